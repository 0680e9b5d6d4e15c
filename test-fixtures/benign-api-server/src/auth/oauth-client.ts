import { SECOND } from '../config.js';
import { HttpError, parseRetryAfter, retry } from '../lib/retry.js';

/** Refresh this long before the provider's expiry so requests in flight never carry a dead token. */
const EXPIRY_SKEW_MS = 60 * SECOND;

interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in?: number;
  refresh_token?: string;
  scope?: string;
}

interface CachedToken {
  accessToken: string;
  refreshToken?: string;
  /** Epoch ms, computed from expires_in when the token was received. */
  expiresAt: number;
}

export interface OAuthClientConfig {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
}

/** Client-credentials token cache for calling partner APIs. Concurrent callers share one refresh. */
export class OAuthClient {
  private token: CachedToken | null = null;
  private inflight: Promise<CachedToken> | null = null;

  constructor(private readonly cfg: OAuthClientConfig) {}

  async getAccessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.expiresAt - EXPIRY_SKEW_MS) {
      return this.token.accessToken;
    }
    this.inflight ??= this.fetchToken().finally(() => {
      this.inflight = null;
    });
    this.token = await this.inflight;
    return this.token.accessToken;
  }

  invalidate(): void {
    this.token = null;
  }

  private async fetchToken(): Promise<CachedToken> {
    const params: Record<string, string> = this.token?.refreshToken
      ? { grant_type: 'refresh_token', refresh_token: this.token.refreshToken }
      : { grant_type: 'client_credentials', ...(this.cfg.scope ? { scope: this.cfg.scope } : {}) };

    const res = await retry(
      async () => {
        const r = await fetch(this.cfg.tokenUrl, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Authorization: `Basic ${Buffer.from(`${this.cfg.clientId}:${this.cfg.clientSecret}`).toString('base64')}`,
          },
          body: new URLSearchParams(params),
          signal: AbortSignal.timeout(10 * SECOND),
        });
        if (r.status >= 500 || r.status === 429) {
          throw new HttpError(r.status, 'token endpoint unavailable', parseRetryAfter(r.headers.get('retry-after')));
        }
        return r;
      },
      { retries: 3, timeoutMs: 30 * SECOND },
    );

    if (!res.ok) throw new HttpError(res.status, `token request failed: ${await res.text()}`);
    const json = (await res.json()) as TokenResponse;

    // RFC 6749 makes expires_in optional; one hour is what most providers use.
    const lifetimeSeconds = json.expires_in ?? 3600;
    return {
      accessToken: json.access_token,
      refreshToken: json.refresh_token ?? this.token?.refreshToken,
      expiresAt: Date.now() + lifetimeSeconds * SECOND,
    };
  }

  /** Token introspection (RFC 7662): `exp` is epoch seconds set by the authorization server. */
  static isIntrospectionActive(
    claims: { active: boolean; exp?: number; nbf?: number },
    nowSeconds: number = Math.floor(Date.now() / 1000),
  ): boolean {
    if (!claims.active) return false;
    if (claims.nbf !== undefined && claims.nbf > nowSeconds) return false;
    return claims.exp === undefined || claims.exp > nowSeconds;
  }
}
