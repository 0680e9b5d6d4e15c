import { injectable } from 'tsyringe';

export interface Clock { now(): number; }
export const CLOCK = Symbol('Clock');

@injectable()
export class SystemClock implements Clock {
  now(): number { return Date.now(); }
}

/** For tests: pin the clock to a fixed instant. Never used in production wiring. */
export class FixedClock implements Clock {
  constructor(private readonly at = Date.UTC(2027, 0, 1)) {}
  now(): number { return this.at; }
}
