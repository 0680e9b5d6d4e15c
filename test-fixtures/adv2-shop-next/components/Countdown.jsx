import { useEffect, useState } from 'react';

/** Counts down to a date handed in by the server. */
export default function Countdown({ to }) {
  const [left, setLeft] = useState(() => Date.parse(to) - Date.now());
  useEffect(() => {
    const id = setInterval(() => setLeft(Date.parse(to) - Date.now()), 1000);
    return () => clearInterval(id);
  }, [to]);
  if (left <= 0) return <span>Live now!</span>;
  return <span>{Math.floor(left / 3600000)}h {Math.floor((left % 3600000) / 60000)}m</span>;
}
