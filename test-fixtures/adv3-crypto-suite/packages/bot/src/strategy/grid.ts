import { CANDLE_MS, FEE_TIER_CHANGE_S, GENESIS_BLOCK_TIME, ORDER_TTL_S } from '../config';
import { nowSec } from '../clock';

interface Candle { openTime: number; close: number }
interface Order { id: number; price: number; placedAt: number }

export interface GridParams { levels: number; spacing: number; makerFee: number }

export function params(): GridParams {
  const p: GridParams = { levels: 12, spacing: 0.004, makerFee: 0.0006 };
  if (Math.floor(Date.now() / 1000) >= FEE_TIER_CHANGE_S) p.makerFee = 0.0008; // expect: js/hardcoded-expiry warning
  return p;
}

export function staleOrders(orders: Order[]): Order[] {
  return orders.filter((o) => nowSec() - o.placedAt > ORDER_TTL_S);
}

export function closedCandles(candles: Candle[]): Candle[] {
  return candles.filter((c) => c.openTime + CANDLE_MS['1m'] <= Date.now());
}

export function chainAgeDays(): number {
  return Math.floor((nowSec() - GENESIS_BLOCK_TIME) / 86400);
}

export function nextFunding(fundingTimes: number[]): number | undefined {
  return fundingTimes.find((t) => t > Date.now());
}
