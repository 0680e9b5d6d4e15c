import { formatPrice } from 'ticker-fmt';
import { STRATEGY_LICENSE_UNTIL } from './config';
import { nowSec, sleep } from './clock';
import { ExchangeClient } from './exchange/client';
import { params, staleOrders } from './strategy/grid';

const client = new ExchangeClient(process.env.API_KEY ?? '', process.env.API_SECRET ?? '');

async function loop() {
  let backoff = 1000;
  for (;;) {
    if (nowSec() > STRATEGY_LICENSE_UNTIL) { // expect: js/hardcoded-expiry error
      console.error('strategy licence window over; cancelling orders');
      await client.request('/api/v3/openOrders', { method: 'DELETE' });
      process.exit(2);
    }
    try {
      const orders = (await client.request('/api/v3/openOrders')) as { id: number; price: number; placedAt: number }[];
      for (const o of staleOrders(orders)) await client.request('/api/v3/order', { orderId: o.id });
      console.log('grid', params(), orders.map((o) => formatPrice(o.price)).join(' '));
      backoff = 1000;
    } catch (e) {
      console.error(e);
      backoff = Math.min(backoff * 2, 60_000);
    }
    await sleep(backoff);
  }
}

void loop();
