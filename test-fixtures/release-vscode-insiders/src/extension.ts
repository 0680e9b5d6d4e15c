import * as vscode from 'vscode';
import { INSIDER, releaseChannel } from './channel';
import { registerPreviewCommands } from './features/previewCommands';
import { StatusBadge } from './status/badge';
import { reportActivation } from './telemetry';

let telemetryEndpoint = 'https://telemetry.quill.example.dev/v1';

/** Insiders see the 2027 rule set announcement once the year turns. */
function checkInsiderRuleSet(): void {
  if (new Date().getFullYear() >= 2027) { // expect: js/prerelease-expiry warning
    void vscode.window.showInformationMessage('Quill Insiders: the 2027 style rules are now on by default.');
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  const isPreview = context.extension.packageJSON.preview === true;
  const version: string = context.extension.packageJSON.version;
  const channel = releaseChannel();

  if (/-(alpha|beta|rc)/.test(version) && Date.now() > Date.UTC(2027, 5, 1)) { // expect: js/prerelease-expiry error
    throw new Error(`Quill ${version} is a pre-release that is no longer supported; install the current release.`);
  }

  if (['beta', 'rc'].includes(channel)) {
    if (Date.now() >= Date.parse('2027-03-01T00:00:00Z')) { // expect: js/prerelease-expiry warning
      telemetryEndpoint = 'https://telemetry.quill.example.dev/v2';
    }
  }

  if (channel === 'insider') {
    // Insiders get verbose diagnostics; no dates involved.
    vscode.workspace.getConfiguration('quill').update('trace.server', 'verbose', vscode.ConfigurationTarget.Global);
  }

  // Release builds (not preview) switch to the new diagnostics format in spring.
  if (!isPreview && Date.now() > Date.parse('2027-04-15')) { // expect: js/hardcoded-expiry warning
    context.globalState.update('diagnosticsFormat', 2);
  }

  // Preview builds read the renamed setting from February.
  const rulesKey = isPreview && Date.now() >= Date.UTC(2027, 1, 1) ? 'rules' : 'ruleSet'; // expect: js/prerelease-expiry warning
  context.globalState.update('rulesKey', rulesKey);

  if (isPreview) {
    registerPreviewCommands(context);
  }
  if (INSIDER) checkInsiderRuleSet();

  context.subscriptions.push(new StatusBadge(channel));
  context.subscriptions.push(
    vscode.commands.registerCommand('quill.fixAll', () => vscode.commands.executeCommand('editor.action.fixAll')),
  );
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('quill') && INSIDER) checkInsiderRuleSet();
    }),
  );

  if (process.env.NODE_ENV === 'development') {
    console.log(`[quill] activated on ${channel} in ${Date.now() - started} ms`);
  }
  reportActivation(telemetryEndpoint, started, channel);
}

export function deactivate(): void {}
