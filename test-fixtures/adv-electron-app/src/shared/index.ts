export * from './dates';
export * from './ipc-channels';
