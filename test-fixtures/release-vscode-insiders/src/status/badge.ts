import * as vscode from 'vscode';
import { Channel, channelLabel } from '../channel';

/** Status bar entry: a beaker for pre-release channels, a check mark otherwise. */
export class StatusBadge implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);

  constructor(channel: Channel) {
    const isBeta = channel === 'beta' || channel === 'rc' || channel === 'insider';
    this.item.text = isBeta ? `$(beaker) Quill ${channelLabel(channel)}` : '$(check) Quill';
    this.item.tooltip = isBeta ? 'You are running a pre-release of Quill Lint' : 'Quill Lint';
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
