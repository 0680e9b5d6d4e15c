import { useEffect, useState } from 'react';
import { DAY, MINUTE, formatRelative } from '../lib/time';

/** Renders "3 days ago" and keeps it fresh once a minute. */
export function RelativeTime({ value, className }) {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(id);
  }, []);

  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;

  return (
    <time dateTime={date.toISOString()} title={date.toLocaleString()} className={className}>
      {formatRelative(date, now)}
    </time>
  );
}

/** Author line under a hotel review; reviews from the last 48 hours get a "New" pill. */
export function ReviewMeta({ review }) {
  const created = new Date(review.createdAt);
  const isNew = Date.now() - created.getTime() < 2 * DAY;
  const wasEdited = Boolean(review.updatedAt) && review.updatedAt !== review.createdAt;

  return (
    <div className="review-meta">
      <span className="review-meta__author">{review.author.displayName}</span>
      {' · '}
      <RelativeTime value={review.createdAt} />
      {wasEdited && (
        <>
          {' · edited '}
          <RelativeTime value={review.updatedAt} />
        </>
      )}
      {isNew && <span className="pill pill--new">New</span>}
    </div>
  );
}
