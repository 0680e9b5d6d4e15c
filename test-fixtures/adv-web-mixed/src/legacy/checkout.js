/* Legacy checkout, still bundled as CommonJS through the compat build. */
const { isAfter, isBefore, isPast, parse, differenceInDays } = require('date-fns');
const { RETURNS_MIN_DATE } = require('../config/campaigns');

const PAYPAL_CLASSIC_END = new Date(2027, 5, 30);

function paymentMethods() {
  const methods = ['card', 'applepay'];
  if (!isPast(PAYPAL_CLASSIC_END)) { // expect: js/hardcoded-expiry
    methods.push('paypal-classic');
  }
  return methods;
}

function giftCardsEnabled() {
  // Gift card provider contract ends 1 March 2027.
  if (isAfter(Date.now(), parse('March 1, 2027', 'MMMM d, yyyy', new Date()))) { // expect: js/hardcoded-expiry
    return false;
  }
  return true;
}

function validateReturn(order, requestedAt) {
  if (isBefore(new Date(order.placedAt), RETURNS_MIN_DATE)) {
    return { ok: false, reason: 'order too old for online returns' };
  }
  if (differenceInDays(new Date(), new Date(order.deliveredAt)) > 30) {
    return { ok: false, reason: 'return window closed' };
  }
  if (isAfter(new Date(order.shippedAt), new Date(requestedAt))) {
    return { ok: false, reason: 'cannot return before shipping' };
  }
  return { ok: true };
}

module.exports = { paymentMethods, giftCardsEnabled, validateReturn };
