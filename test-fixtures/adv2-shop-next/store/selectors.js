import { createSelector } from 'reselect';
import cfg from '../config/app.config';

const BETA_ENDS_AT = '2027-03-15T00:00:00Z';

export const selectBetaExpired = () => Date.now() >= Date.parse(BETA_ENDS_AT); // expect: js/hardcoded-expiry error

export const selectFeatures = (state) => ({
  ...state.features,
  newNav: state.features.newNav && !selectBetaExpired(),
});

const selectNotices = (state) => state.notices.list;
const selectOrders = (state) => state.orders.items;

export const selectLiveNotices = createSelector([selectNotices], (list) =>
  list.filter((n) => Date.now() < Date.parse(n.expiresAt)),
);

export const selectSortedOrders = createSelector([selectOrders], (orders) =>
  [...orders].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
);

export const selectRecentOrders = createSelector([selectOrders], (orders) =>
  orders.filter((o) => Date.now() - Date.parse(o.createdAt) < 30 * 864e5),
);

export const selectTrialDaysLeft = (state) =>
  Math.max(0, Math.ceil((Date.parse(state.account.trialEndsAt) - Date.now()) / 864e5));

export const selectPickerBounds = () => ({ min: cfg.picker.earliest, max: new Date().toISOString().slice(0, 10) });
