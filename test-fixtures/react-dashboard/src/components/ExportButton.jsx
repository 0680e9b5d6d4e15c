import React, { useState } from 'react';
import { EXPORT_CUTOFF } from '../config/flags';
import { timeAgo } from '../utils/time';

export function ExportButton({ onExport, lastExportAt }) {
  const [busy, setBusy] = useState(false);

  async function handleClick() {
    setBusy(true);
    const started = Date.now();
    try {
      await onExport();
    } finally {
      // Keep the spinner visible for at least half a second.
      const elapsed = Date.now() - started;
      setTimeout(() => setBusy(false), Math.max(0, 500 - elapsed));
    }
  }

  return (
    <div className="export">
      <button
        type="button"
        onClick={handleClick}
        disabled={Date.now() > EXPORT_CUTOFF} // expect: js/hardcoded-expiry
        title="Export the current view as CSV"
      >
        {busy ? 'Exporting…' : 'Export CSV'}
      </button>
      {lastExportAt && <small>Last export {timeAgo(lastExportAt)}</small>}
    </div>
  );
}
