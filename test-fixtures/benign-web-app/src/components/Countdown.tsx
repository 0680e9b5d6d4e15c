import { useEffect, useState } from 'react';
import { SECOND, formatDuration, shortDate } from '../lib/time';

interface TripCountdownProps {
  tripId: string;
  destination: string;
}

/** Lets a traveller count down to a departure time they pick themselves (saved per trip). */
export function TripCountdown({ tripId, destination }: TripCountdownProps) {
  const storageKey = `countdown:${tripId}`;
  const [target, setTarget] = useState<Date | null>(() => {
    const saved = localStorage.getItem(storageKey);
    return saved ? new Date(saved) : null;
  });
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!target) return undefined;
    const id = window.setInterval(() => setNow(Date.now()), SECOND);
    return () => window.clearInterval(id);
  }, [target]);

  function choose(value: string) {
    const picked = new Date(value);
    if (Number.isNaN(picked.getTime())) return;
    if (picked.getTime() <= Date.now()) {
      setError('Pick a moment in the future');
      return;
    }
    setError(null);
    localStorage.setItem(storageKey, picked.toISOString());
    setTarget(picked);
  }

  const remaining = target ? target.getTime() - now : 0;

  return (
    <section className="trip-countdown">
      <h3>Countdown to {destination}</h3>
      <label>
        Departure
        <input type="datetime-local" onChange={(e) => choose(e.target.value)} />
      </label>
      {error && <p className="field-error">{error}</p>}
      {target &&
        (remaining > 0 ? (
          <p>
            {formatDuration(remaining)} to go · leaving {shortDate(target)}
          </p>
        ) : (
          <p>Bon voyage! 🎉</p>
        ))}
    </section>
  );
}
