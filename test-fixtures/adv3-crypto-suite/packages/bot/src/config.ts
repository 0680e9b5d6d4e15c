/** Strategy licence: the signed key we were issued covers this bot build until the end of January 2027. */
export const STRATEGY_LICENSE_UNTIL = 1801353600;

/** After the fee-tier change the exchange charges 8 bps maker. */
export const FEE_TIER_CHANGE_S = 1798761600;

export const API_V3_RETIRED_AT_MS = 1803859200000n;

export const RECV_WINDOW_MS = 5000;
export const MAX_CLOCK_SKEW_MS = 1000;
export const ORDER_TTL_S = 90;
export const GENESIS_BLOCK_TIME = 1231006505;
export const MAX_ORDER_ID = 9007199254740991;
export const CANDLE_MS = { '1m': 60_000, '1h': 3_600_000, '1d': 86_400_000 } as const;
export const FUNDING_CRON = '0 0,8,16 * * *';
