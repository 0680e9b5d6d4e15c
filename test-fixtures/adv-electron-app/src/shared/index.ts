export * from './dates';
export * from './ipc-channels';
export { SUPPORT_END as EOL_DATE } from './dates';
