import * as vscode from 'vscode';

export type Channel = 'stable' | 'insider' | 'beta' | 'rc';

/** Quality of the VS Code build hosting us: Insiders builds get the insider rule set. */
export const INSIDER: boolean = vscode.env.appName.includes('Insiders');

/** The channel the extension was published to, overridable for local testing. */
export function releaseChannel(): Channel {
  const fromEnv = process.env.QUILL_CHANNEL as Channel | undefined;
  if (fromEnv) return fromEnv;
  if (INSIDER) return 'insider';
  return vscode.workspace.getConfiguration('quill').get<Channel>('channel', 'stable');
}

export function channelLabel(channel: Channel): string {
  switch (channel) {
    case 'insider':
      return 'Insiders';
    case 'beta':
    case 'rc':
      return channel.toUpperCase();
    default:
      return '';
  }
}
