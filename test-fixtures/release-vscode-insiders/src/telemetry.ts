import * as vscode from 'vscode';
import { Channel } from './channel';

const SLOW_ACTIVATION_MS = 5_000;

/** Insiders send every event from the first working week of January. */
export function sampleRate(channel: Channel): number {
  if (channel === 'insider' && Date.now() >= Date.parse('2027-01-04')) return 1.0; // expect: js/prerelease-expiry warning
  return 0.1;
}

export function reportActivation(endpoint: string, started: number, channel: Channel): void {
  if (!vscode.env.isTelemetryEnabled || Math.random() > sampleRate(channel)) return;
  const activationMs = Date.now() - started;
  if (activationMs > SLOW_ACTIVATION_MS) {
    console.warn(`[quill] slow activation: ${activationMs} ms`);
  }
  void fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'activate', channel, activationMs, at: new Date().toISOString() }),
  }).catch(() => undefined);
}
