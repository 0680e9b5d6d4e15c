'use strict';

const { ID_EPOCH } = require('./constants');

/** Acme ids are 64-bit snowflakes: 42 bits of ms since ID_EPOCH, then worker and sequence. */
function idTimestamp(id) {
  return Number(BigInt(id) >> 22n) + ID_EPOCH;
}

function idCreatedAt(id) {
  return new Date(idTimestamp(id));
}

/** True if the object was created within the last minute (used for read-your-writes). */
function isFreshId(id) {
  return Date.now() - idTimestamp(id) < 60000;
}

/** Lower bound id for list queries "created after" a given date. */
function minIdFor(date) {
  const ms = Math.max(0, date.getTime() - ID_EPOCH);
  return (BigInt(ms) << 22n).toString();
}

const NEVER = new Date(8640000000000000);
const UNSET = new Date(0);

function isUnset(d) {
  return !d || d.getTime() === UNSET.getTime() || d >= NEVER;
}

module.exports = { idTimestamp, idCreatedAt, isFreshId, minIdFor, isUnset };
