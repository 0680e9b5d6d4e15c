import { DAY, EXPIRY_WARNING_DAYS } from '../auth/token';

const REMINDER_INTERVAL_MS = 7 * DAY;

/**
 * @param {{ currentPeriodEnd: string, autoRenew: boolean }} subscription from GET /api/subscription
 * @returns {'auto-renews' | 'active' | 'expiring-soon' | 'expired'}
 */
export function renewalState(subscription, now = Date.now()) {
  const end = new Date(subscription.currentPeriodEnd).getTime();
  const msLeft = end - now;
  if (msLeft <= 0) return 'expired';
  if (subscription.autoRenew) return 'auto-renews';
  if (msLeft <= EXPIRY_WARNING_DAYS * DAY) return 'expiring-soon';
  return 'active';
}

/** The day we start reminding: EXPIRY_WARNING_DAYS before the period ends. */
export function reminderStart(subscription) {
  return new Date(new Date(subscription.currentPeriodEnd).getTime() - EXPIRY_WARNING_DAYS * DAY);
}

/** Remind at most once a week inside the warning period. */
export function shouldSendReminder(subscription, lastReminderAt) {
  if (subscription.autoRenew) return false;
  const inWarningPeriod = Date.now() >= reminderStart(subscription).getTime();
  const remindedRecently = Boolean(lastReminderAt) && Date.now() - Date.parse(lastReminderAt) < REMINDER_INTERVAL_MS;
  return inWarningPeriod && !remindedRecently;
}

export function renewalMessage(subscription) {
  switch (renewalState(subscription)) {
    case 'expired':
      return 'Your subscription has ended. Renew to keep selling.';
    case 'expiring-soon': {
      const days = Math.ceil((Date.parse(subscription.currentPeriodEnd) - Date.now()) / DAY);
      return `Your subscription ends in ${days} day${days === 1 ? '' : 's'}.`;
    }
    default:
      return null;
  }
}
