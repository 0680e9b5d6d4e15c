import React from 'react';
import { DateTime } from 'luxon';
import dayjs from 'dayjs';
import { compareAsc, compareDesc, isAfter, isBefore, differenceInCalendarDays, parseISO, subYears } from 'date-fns';

interface Order {
  id: string;
  placedAt: string;
  deliveredAt: string | null;
  warrantyEndsAt: string;
}

const STORYBOOK_NOW = new Date('2026-06-15T12:00:00Z');
const LAUNCH_DAY = new Date('2019-04-01');

/** Orders sorted newest first. compareDesc on two run-time dates. */
export function sortOrders(orders: Order[]): Order[] {
  return [...orders].sort((a, b) => compareDesc(parseISO(a.placedAt), parseISO(b.placedAt)));
}

export function warrantyActive(order: Order): boolean {
  return compareAsc(new Date(), parseISO(order.warrantyEndsAt)) === -1;
}

export function deliveredLate(order: Order): boolean {
  if (!order.deliveredAt) return false;
  return differenceInCalendarDays(parseISO(order.deliveredAt), parseISO(order.placedAt)) > 5;
}

export function isOldOrder(order: Order): boolean {
  return isBefore(parseISO(order.placedAt), subYears(new Date(), 2));
}

export function placedBeforeLaunch(order: Order): boolean {
  // Imported orders from the old shop predate launch: two fixed/run-time dates, no clock.
  return isBefore(parseISO(order.placedAt), LAUNCH_DAY);
}

/** Storybook renders with a frozen "now"; this is not the wall clock. */
export function storyIsAfterLaunch(): boolean {
  return isAfter(STORYBOOK_NOW, LAUNCH_DAY);
}

export function OrderRow({ order }: { order: Order }) {
  const placed = DateTime.fromISO(order.placedAt);
  const recent = DateTime.now().diff(placed, 'days').days < 30;
  const sameYear = placed.year === DateTime.now().year;
  return (
    <tr className={recent ? 'recent' : undefined}>
      <td>{order.id}</td>
      <td>{placed.toFormat(sameYear ? 'd LLL' : 'd LLL yyyy')}</td>
      <td>{order.deliveredAt ? dayjs(order.deliveredAt).format('D MMM') : 'In transit'}</td>
      <td>{warrantyActive(order) ? 'Under warranty' : 'Warranty ended'}</td>
    </tr>
  );
}
