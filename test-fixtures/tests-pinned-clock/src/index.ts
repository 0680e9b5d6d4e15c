export { fixedClock, offsetClock, systemClock, type Clock } from './clock';
export { formatRemaining, formatWindow } from './format';
export {
  msUntilNextChange,
  parseWindow,
  upcomingAndLive,
  windowState,
  type OfferWindow,
  type RawWindow,
  type WindowState,
} from './window';
