import { IS_BETA } from './flags.js';

/** The public beta opens on 5 January; before that only staff accounts may sign in. */
const BETA_OPENS = '2027-01-05T09:00:00Z';

export function assertBetaOpen(user: { staff: boolean }): void {
  if (IS_BETA && !user.staff && Date.now() < Date.parse(BETA_OPENS)) {
    throw new Error(`The Harbor beta opens on ${new Date(BETA_OPENS).toUTCString()}.`);
  }
}

/** Beta invitations are valid for 14 days after they were sent (a runtime value). */
export function invitationValid(invite: { sentAt: number }): boolean {
  if (!IS_BETA) return true;
  return Date.now() - invite.sentAt < 14 * 24 * 60 * 60 * 1000;
}

export function betaSessionExpired(session: { expiresAt: string }): boolean {
  return IS_BETA && Date.now() > new Date(session.expiresAt).getTime();
}
