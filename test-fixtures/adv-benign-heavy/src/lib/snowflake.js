/**
 * 64-bit ids: 41 bits of milliseconds since our custom epoch, 10 bits worker, 12 bits sequence.
 * The custom epoch is 2015-01-01T00:00:00Z (1420070400000 ms).
 */
const EPOCH = 1420070400000;
const MAX_TIMESTAMP = 2 ** 41 - 1;

let sequence = 0;
let lastTs = -1;

export function nextId(workerId) {
  let ts = Date.now() - EPOCH;
  if (ts > MAX_TIMESTAMP) throw new Error('snowflake timestamp overflow');
  if (ts === lastTs) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) while (Date.now() - EPOCH <= lastTs) ts = Date.now() - EPOCH;
  } else {
    sequence = 0;
  }
  if (ts < lastTs) throw new Error('clock moved backwards');
  lastTs = ts;
  return ((BigInt(ts) << 22n) | (BigInt(workerId) << 12n) | BigInt(sequence)).toString();
}

export function timestampOf(id) {
  return new Date(Number(BigInt(id) >> 22n) + EPOCH);
}

export function isRecent(id) {
  return Date.now() - timestampOf(id).getTime() < 1800000;
}
