export * from './dates';
export { BUILD_CHANNEL, BUILD_EXPIRES, DAY_MS } from './build';
