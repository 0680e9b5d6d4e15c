import { injectable } from 'tsyringe';
import { Sunset } from './sunset';
import { Order } from '../generated/models';

@injectable()
export class OrdersController {
  @Sunset('2027-04-01')
  listV2(): Order[] {
    return [];
  }

  listV3(since?: string): Order[] {
    const from = since ? Date.parse(since) : Date.now() - 7 * 864e5;
    return ([] as Order[]).filter((o) => Date.parse(o.createdAt) >= from);
  }
}
