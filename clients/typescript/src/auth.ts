/**
 * Where the bearer token comes from. With client credentials the token is fetched at the
 * first call, cached, fetched again a little before it expires, and fetched once however
 * many calls need it at the same moment (they share one request). A static token or a
 * caller's own token function is used as given.
 *
 * Credentials and tokens live in private fields: they never show in `console.log`,
 * `util.inspect` or `JSON.stringify` of a client.
 */
import { AuthenticationError, APIResponseValidationError } from "./errors.js";
import type { Transport } from "./transport.js";

/** Refresh this long before the server's expiry (at most a tenth of the lifetime), so a
 * token never expires in flight. */
export const REFRESH_MARGIN_MS = 60_000;

export interface TokenSource {
  /**
   * A token to send. `stale` is a token the service just refused: the source must not
   * return it again (another caller may already have replaced it).
   */
  token(stale?: string): Promise<string>;
  /** Forget `token` if it is still the current one; the next call gets a new one. */
  invalidate(token: string): void;
  /** Whether asking again can give a different token (so a refused call may be replayed). */
  readonly renewable: boolean;
}

/** A token the caller already has; it is never refreshed. */
export class StaticToken implements TokenSource {
  readonly renewable = false;
  readonly #token: string;

  constructor(token: string) {
    this.#token = token;
  }

  async token(): Promise<string> {
    return this.#token;
  }

  invalidate(): void {}
}

/** The caller's own function (e.g. one that asks your backend), called for every request. */
export class TokenFunction implements TokenSource {
  readonly renewable = true;
  readonly #get: () => string | Promise<string>;

  constructor(get: () => string | Promise<string>) {
    this.#get = get;
  }

  async token(): Promise<string> {
    return this.#get();
  }

  invalidate(): void {}
}

export interface ClientCredentialsOptions {
  clientId: string;
  clientSecret: string;
  transport: Transport;
  /** Milliseconds since the epoch; tests move it to expire tokens without waiting. */
  now?: () => number;
}

/** The OAuth 2.0 client-credentials grant against `POST /api/auth/token/`. */
export class ClientCredentials implements TokenSource {
  readonly renewable = true;
  readonly clientId: string;
  readonly #clientSecret: string;
  readonly #transport: Transport;
  readonly #now: () => number;
  #current: { token: string; refreshAt: number } | undefined;
  #pending: Promise<string> | undefined;

  constructor(options: ClientCredentialsOptions) {
    this.clientId = options.clientId;
    this.#clientSecret = options.clientSecret;
    this.#transport = options.transport;
    this.#now = options.now ?? Date.now;
  }

  async token(stale?: string): Promise<string> {
    const current = this.#current;
    if (current !== undefined && current.token !== stale && this.#now() < current.refreshAt) {
      return current.token;
    }
    if (current !== undefined && current.token === stale) this.#current = undefined;
    // Single flight: every caller that arrives while a request is out waits for that one.
    this.#pending ??= this.#fetch().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  invalidate(token: string): void {
    if (this.#current?.token === token) this.#current = undefined;
  }

  /** Revokes the current token (if any) at `POST /api/auth/revoke-token/` and forgets it. */
  async revoke(): Promise<void> {
    const token = this.#current?.token;
    if (token === undefined) return;
    this.#current = undefined;
    await this.#transport.form(
      "/api/auth/revoke-token/",
      { client_id: this.clientId, client_secret: this.#clientSecret, token },
      AuthenticationError,
    );
  }

  async #fetch(): Promise<string> {
    const { data, answer } = await this.#transport.form(
      "/api/auth/token/",
      { grant_type: "client_credentials", client_id: this.clientId, client_secret: this.#clientSecret },
      AuthenticationError,
    );
    const issued = (data ?? {}) as { access_token?: unknown; expires_in?: unknown };
    if (typeof issued.access_token !== "string" || issued.access_token === "") {
      throw new APIResponseValidationError("the token endpoint answered without an access_token", answer);
    }
    const lifetimeMs = typeof issued.expires_in === "number" && issued.expires_in > 0 ? issued.expires_in * 1000 : 0;
    const margin = Math.min(REFRESH_MARGIN_MS, lifetimeMs / 10);
    this.#current = { token: issued.access_token, refreshAt: this.#now() + lifetimeMs - margin };
    return issued.access_token;
  }
}
