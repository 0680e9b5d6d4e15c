import { useEffect, useRef } from 'react';
import { MINUTE, SECOND } from '../lib/time';

const IDLE_TIMEOUT_MS = 15 * MINUTE;
const WARN_BEFORE_MS = 1 * MINUTE;
const CHECK_EVERY_MS = 5 * SECOND;
const LAST_ACTIVITY_KEY = 'acme:lastActivity';
const ACTIVITY_EVENTS = ['mousemove', 'keydown', 'pointerdown', 'scroll', 'visibilitychange'] as const;

interface IdleOptions {
  enabled?: boolean;
  /** Called once, with the seconds left, shortly before the session is closed. */
  onWarn: (secondsLeft: number) => void;
  onTimeout: () => void;
}

/**
 * Logs the user out after 15 minutes without input. Activity is shared through localStorage so that
 * working in another tab keeps this one alive too.
 */
export function useIdleTimeout({ enabled = true, onWarn, onTimeout }: IdleOptions): void {
  const warned = useRef(false);

  useEffect(() => {
    if (!enabled) return undefined;

    const markActive = () => {
      localStorage.setItem(LAST_ACTIVITY_KEY, String(Date.now()));
      warned.current = false;
    };
    markActive();
    ACTIVITY_EVENTS.forEach((e) => window.addEventListener(e, markActive, { passive: true }));

    const timer = window.setInterval(() => {
      const lastActivity = Number(localStorage.getItem(LAST_ACTIVITY_KEY)) || Date.now();
      const idleFor = Date.now() - lastActivity;
      if (idleFor >= IDLE_TIMEOUT_MS) {
        window.clearInterval(timer);
        onTimeout();
      } else if (!warned.current && idleFor >= IDLE_TIMEOUT_MS - WARN_BEFORE_MS) {
        warned.current = true;
        onWarn(Math.ceil((IDLE_TIMEOUT_MS - idleFor) / SECOND));
      }
    }, CHECK_EVERY_MS);

    return () => {
      window.clearInterval(timer);
      ACTIVITY_EVENTS.forEach((e) => window.removeEventListener(e, markActive));
    };
  }, [enabled, onWarn, onTimeout]);
}
