import { useCallback, useEffect, useState } from 'react';
import { BookingForm, type BookingValues } from './components/BookingForm';
import { TripCountdown } from './components/Countdown';
import { Footer } from './components/Footer';
import { PromoBanner, type PromoBannerProps } from './components/PromoBanner';
import { ReviewMeta } from './components/RelativeTime';
import { SalesChart } from './components/SalesChart';
import { useIdleTimeout } from './hooks/useIdleTimeout';
import {
  SESSION_COOKIE,
  deleteCookie,
  readSession,
  refreshSession,
  secondsUntilExpiry,
  shouldRefresh,
  type JwtPayload,
} from './lib/session';
import { DAY, SECOND } from './lib/time';

const WHATS_NEW_KEY = 'acme:whatsNewDismissedAt';
/** After dismissing "What's new", don't show it again for a month. */
const WHATS_NEW_SNOOZE_MS = 30 * DAY;

interface Review {
  id: string;
  body: string;
  createdAt: string;
  updatedAt?: string;
  author: { displayName: string };
}

export default function App() {
  const [session, setSession] = useState<JwtPayload | null>(() => readSession());
  const [promo, setPromo] = useState<PromoBannerProps | null>(null);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [idleWarning, setIdleWarning] = useState<number | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    fetch('/api/promos/current', { signal: ctrl.signal })
      .then((r) => (r.ok ? (r.json() as Promise<PromoBannerProps>) : null))
      .then(setPromo)
      .catch(() => undefined);
    fetch('/api/hotels/lisbon-riverside/reviews?limit=5', { signal: ctrl.signal })
      .then((r) => r.json() as Promise<Review[]>)
      .then(setReviews)
      .catch(() => undefined);
    return () => ctrl.abort();
  }, []);

  // Keep the access token fresh: check every 30 s whether it is about to run out.
  useEffect(() => {
    if (!session) return undefined;
    const id = window.setInterval(async () => {
      if (shouldRefresh(session)) setSession(await refreshSession());
    }, 30 * SECOND);
    return () => window.clearInterval(id);
  }, [session]);

  const logout = useCallback(() => {
    deleteCookie(SESSION_COOKIE);
    setSession(null);
  }, []);

  useIdleTimeout({ enabled: session !== null, onWarn: setIdleWarning, onTimeout: logout });

  const dismissedAt = Number(localStorage.getItem(WHATS_NEW_KEY) ?? 0);
  const [showWhatsNew, setShowWhatsNew] = useState(() => Date.now() - dismissedAt > WHATS_NEW_SNOOZE_MS);

  async function book(values: BookingValues) {
    await fetch('/api/bookings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(values),
    });
  }

  return (
    <>
      {promo && <PromoBanner {...promo} />}
      {showWhatsNew && (
        <div className="whats-new" role="dialog">
          Trip countdowns are here!
          <button
            onClick={() => {
              localStorage.setItem(WHATS_NEW_KEY, String(Date.now()));
              setShowWhatsNew(false);
            }}
          >
            Got it
          </button>
        </div>
      )}
      {idleWarning !== null && (
        <div role="alert">You will be signed out in {idleWarning} seconds because of inactivity.</div>
      )}
      <main>
        {session && <p>Signed in as {session.name ?? session.sub} (token valid for {secondsUntilExpiry(session)} s)</p>}
        <BookingForm hotelName="Lisbon Riverside" onSubmit={book} />
        <TripCountdown tripId="current" destination="Lisbon" />
        <section>
          {reviews.map((r) => (
            <article key={r.id}>
              <ReviewMeta review={r} />
              <p>{r.body}</p>
            </article>
          ))}
        </section>
        {session && <SalesChart points={[]} />}
      </main>
      <Footer />
    </>
  );
}
