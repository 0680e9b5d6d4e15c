import React, { useEffect } from 'react';
import { addYears, isAfter } from 'date-fns';

const LAUNCH = new Date('2026-12-01T09:00:00Z');
/** Storybook and visual tests render against this frozen instant. */
const NOW_FOR_STORIES = new Date('2026-06-15T12:00:00Z');

/** Before launch the marketing page bounces visitors to the waitlist. */
export function LaunchGate({ children }) {
  useEffect(() => {
    if (Date.now() < LAUNCH.getTime()) {
      window.location.href = '/waitlist';
    }
  }, []);
  return children;
}

export function ClockCheck() {
  // Devices with a dead RTC report 1970 or 2000; warn instead of failing TLS silently.
  if (new Date().getFullYear() < 2024) {
    console.warn('Your device clock looks wrong; some features may not work.');
    return <p className="warn">Please check your device's date and time.</p>;
  }
  return null;
}

export function StoryPreview() {
  const launched = isAfter(NOW_FOR_STORIES, LAUNCH);
  return <div>{launched ? 'Launched' : 'Coming soon'}</div>;
}

export function ExpiryPicker({ value, onChange }) {
  const max = addYears(new Date(), 5);
  const invalid = value && isAfter(new Date(value), max);
  return (
    <label>
      Link expires
      <input type="date" value={value} min={new Date().toISOString().slice(0, 10)} max={max.toISOString().slice(0, 10)} onChange={(e) => onChange(e.target.value)} />
      {invalid && <span>At most five years ahead.</span>}
    </label>
  );
}
