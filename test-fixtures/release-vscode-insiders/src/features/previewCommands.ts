import * as vscode from 'vscode';

/** The rewrite preview was announced as "available until the end of January". */
const PREVIEW_WINDOW_CLOSES = '2027-01-31T23:59:59Z';

/** Only called for preview builds (see extension.ts). */
export function registerPreviewCommands(context: vscode.ExtensionContext): void {
  if (Date.now() > Date.parse(PREVIEW_WINDOW_CLOSES)) { // expect: js/hardcoded-expiry error (known limit: the isPreview guard is at the call site in extension.ts, another file)
    void vscode.window.showWarningMessage('The Quill rewrite preview has expired. Update to the marketplace release.');
    return;
  }
  context.subscriptions.push(
    vscode.commands.registerCommand('quill.preview.rewrite', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const text = editor.document.getText(editor.selection);
      await editor.edit((b) => b.replace(editor.selection, text.trim()));
    }),
  );
}

/** Licence leases come from the Quill server; their expiry is read at run time. */
export function leaseActive(isPreview: boolean, lease: { expiresAt: number }): boolean {
  if (isPreview && Date.now() > lease.expiresAt) return false;
  return true;
}
