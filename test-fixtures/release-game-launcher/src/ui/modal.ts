/** Native message box through the launcher's webview bridge. */
export function showModal(title: string, body: string): void {
  process.stdout.write(JSON.stringify({ type: 'modal', title, body }) + '\n');
}

export function showBadge(text: string): void {
  process.stdout.write(JSON.stringify({ type: 'badge', text }) + '\n');
}

export function showNews(items: { title: string; url: string }[]): void {
  process.stdout.write(JSON.stringify({ type: 'news', items }) + '\n');
}
