import { REGISTRATION_OPENS_AT } from '../config/launch';
import { isExpired, type AccessToken } from '../auth/token';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface RegistrationRequest {
  email: string;
  cohort: string;
  dateOfBirth: string;
  invite?: AccessToken;
}

/** Before the opening time the endpoint refuses sign-ups; from then on it simply works. */
export function assertRegistrationOpen(): void {
  if (Date.now() < REGISTRATION_OPENS_AT) {
    throw new HttpError(403, 'Registration is not open yet');
  }
}

export async function register(req: RegistrationRequest): Promise<{ id: string }> {
  assertRegistrationOpen();

  if (req.invite && isExpired(req.invite)) {
    throw new HttpError(410, 'This invitation link has expired; ask for a new one');
  }

  const dob = new Date(req.dateOfBirth);
  if (Number.isNaN(dob.getTime()) || dob < new Date(1900, 0, 1)) {
    throw new HttpError(422, 'Please enter a valid date of birth');
  }
  if (dob > new Date()) {
    throw new HttpError(422, 'Date of birth cannot be in the future');
  }

  const res = await fetch('/api/registrations', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...req, submittedAt: new Date().toISOString() }),
  });
  if (!res.ok) throw new HttpError(res.status, await res.text());
  return (await res.json()) as { id: string };
}
