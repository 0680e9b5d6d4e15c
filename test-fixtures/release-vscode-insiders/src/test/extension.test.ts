import * as assert from 'assert';
import * as vscode from 'vscode';

suite('Quill preview window', () => {
  test('preview commands are registered before the window closes', async () => {
    const isPreview = true;
    if (isPreview && Date.now() > Date.parse('2027-01-31T23:59:59Z')) {
      throw new Error('preview expired: skip');
    }
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('quill.fixAll'));
  });
});
