// Vuex-style options store (plain JS)
var FREE_SHIPPING_UNTIL = new Date(2027, 2, 1);

export default {
  state: function () {
    return { orders: [], lastSync: 0 };
  },
  getters: {
    freeShipping: function () {
      return new Date() < FREE_SHIPPING_UNTIL; // expect: js/hardcoded-expiry
    },
    needsSync: function (state) {
      return Date.now() - state.lastSync > 5 * 60 * 1000;
    },
    overdueOrders: function (state) {
      return state.orders.filter(function (o) { return new Date(o.dueAt) < new Date(); });
    },
  },
  mutations: {
    synced: function (state) {
      state.lastSync = Date.now();
    },
  },
};
