export const IPC = {
  OPEN_FILE: 'file:open',
  SAVE_FILE: 'file:save',
  LICENCE_STATUS: 'licence:status',
  UPDATE_AVAILABLE: 'update:available',
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];
