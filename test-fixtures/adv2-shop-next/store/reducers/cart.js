import { createSlice } from '@reduxjs/toolkit';

const LAUNCH50_ENDS = Date.UTC(2027, 1, 28);
const CART_TTL = 7 * 24 * 3600 * 1000;

const initialState = { items: [], coupon: null, couponError: null, savedAt: 0 };

export default function cartReducer(state = initialState, action) {
  switch (action.type) {
    case 'cart/applyCoupon':
      if (action.code === 'LAUNCH50' && Date.now() > LAUNCH50_ENDS) { // expect: js/hardcoded-expiry
        return { ...state, couponError: 'This coupon has expired' };
      }
      return { ...state, coupon: action.code, couponError: null };
    case 'cart/restore':
      if (Date.now() - action.payload.savedAt > CART_TTL) return initialState;
      return { ...state, ...action.payload };
    case 'cart/add':
      return { ...state, items: [...state.items, action.item], savedAt: Date.now() };
    default:
      return state;
  }
}

export const notices = createSlice({
  name: 'notices',
  initialState: { list: [] },
  reducers: {
    received(state, action) {
      state.list = action.payload.filter((n) => Date.parse(n.expiresAt) > Date.now());
    },
  },
});
