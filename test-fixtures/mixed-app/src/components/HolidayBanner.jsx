import { useState } from 'react';

const DISMISS_KEY = 'holidayBannerDismissedFor';

/** Seasonal greeting, shown during December until the visitor closes it for this year. */
export function HolidayBanner({ shopName }) {
  const today = new Date();
  const isDecember = today.getMonth() === 11; // expect: js/calendar-check
  const season = today.getFullYear();
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISS_KEY) === String(season));

  if (!isDecember || dismissed) return null;

  function dismiss() {
    localStorage.setItem(DISMISS_KEY, String(season));
    setDismissed(true);
  }

  return (
    <aside className="holiday-banner" role="note">
      <p>
        🎄 Happy holidays from everyone at {shopName}! Orders placed after 20 December arrive in {season + 1}.
      </p>
      <button type="button" onClick={dismiss} aria-label="Close">
        ×
      </button>
    </aside>
  );
}
