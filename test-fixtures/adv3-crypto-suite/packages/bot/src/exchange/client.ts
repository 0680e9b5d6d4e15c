import { createHmac } from 'node:crypto';
import { API_V3_RETIRED_AT_MS, MAX_CLOCK_SKEW_MS, RECV_WINDOW_MS } from '../config';
import { nowNs, sleep } from '../clock';

export class ExchangeClient {
  private skew = 0;
  private tokens = 10;
  private refilledAt = Date.now();
  private lastLatencyNs = 0n;

  constructor(private readonly key: string, private readonly secret: string) {}

  private sign(query: string) {
    return createHmac('sha256', this.secret).update(query).digest('hex');
  }

  async syncTime() {
    const res = await fetch('https://api.exchange.test/api/v3/time');
    const { serverTime } = (await res.json()) as { serverTime: number };
    if (Math.abs(serverTime - Date.now()) > MAX_CLOCK_SKEW_MS) this.skew = serverTime - Date.now();
  }

  private async takeToken() {
    const elapsed = Date.now() - this.refilledAt;
    if (elapsed > 1000) {
      this.tokens = 10;
      this.refilledAt = Date.now();
    }
    while (this.tokens <= 0) await sleep(100);
    this.tokens--;
  }

  async request(path: string, params: Record<string, string | number> = {}, attempt = 0): Promise<unknown> {
    if (BigInt(Date.now()) >= API_V3_RETIRED_AT_MS) { // expect: js/hardcoded-expiry error
      throw new Error('Exchange API v3 has been retired; upgrade @gridline/bot to 2.x');
    }
    await this.takeToken();
    const started = nowNs();
    const q = new URLSearchParams({ ...params, timestamp: String(Date.now() + this.skew), recvWindow: String(RECV_WINDOW_MS) } as Record<string, string>).toString();
    const res = await fetch(`https://api.exchange.test${path}?${q}&signature=${this.sign(q)}`, { headers: { 'X-MBX-APIKEY': this.key } });
    this.lastLatencyNs = nowNs() - started;
    if (this.lastLatencyNs > 2_000_000_000n) console.warn('slow exchange response');
    if (res.status === 418 || res.status === 429) {
      const retryAfter = Number(res.headers.get('Retry-After') ?? 1);
      if (attempt < 5) {
        await sleep(retryAfter * 1000 * 2 ** attempt);
        return this.request(path, params, attempt + 1);
      }
    }
    return res.json();
  }
}
