/// <reference types="chrome" />
// Injects a price badge next to tickers on exchange pages.
const BADGE_CLASS = 'gl-badge';
const seen = new WeakSet<Element>();

function today(): string {
  return new Date().toLocaleDateString('sv-SE');
}

function annotate(root: ParentNode) {
  if (today() >= '2027-03-15') return; // expect-known-miss: js/hardcoded-expiry (clock read through toLocaleDateString)
  for (const el of root.querySelectorAll('[data-symbol]')) {
    if (seen.has(el)) continue;
    seen.add(el);
    const badge = document.createElement('span');
    badge.className = BADGE_CLASS;
    badge.textContent = '…';
    el.after(badge);
    chrome.runtime.sendMessage({ type: 'quote', symbol: el.getAttribute('data-symbol') }, (q: { price: number; at: number }) => {
      const age = Date.now() - q.at;
      badge.textContent = age > 60_000 ? `${q.price} (stale)` : String(q.price);
    });
  }
}

new MutationObserver(() => annotate(document)).observe(document.body, { childList: true, subtree: true });
annotate(document);
