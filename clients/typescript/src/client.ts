/**
 * `MeemoClient`: typed calls to every operation of the Meemo External API over `fetch`,
 * with the OAuth2 bearer token handled. Each call is checked against the generated types at
 * compile time (path, method, parameters, body, result); at run time the client fills the
 * path, encodes the query, attaches the token, and turns failures into typed errors.
 */
import { ClientCredentials, StaticToken, TokenFunction, type TokenSource } from "./auth.js";
import { ConfigurationError, InvalidRequestError } from "./errors.js";
import { DEFAULT_MAX_RETRIES } from "./retry.js";
import { type Fetch, MAX_TIMEOUT_MS, Transport } from "./transport.js";
import type {
  CallInit,
  HttpMethod,
  InitArgs,
  ItemOf,
  Operation,
  PaginatedPath,
  PathsWith,
  ResponseData,
} from "./types.js";

export const DEFAULT_BASE_URL = "https://api-meemo.glair.ai";
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ClientOptions {
  /**
   * Origin of the deployment, e.g. a local sandbox's `http://127.0.0.1:8000`. Default: the
   * `MEEMO_BASE_URL` environment variable, else the production service. A trailing `/` or
   * `/api` is removed.
   */
  baseUrl?: string;
  /** OAuth2 client id of your Meemo application. Default: `MEEMO_CLIENT_ID`. */
  clientId?: string;
  /** Its client secret. Default: `MEEMO_CLIENT_SECRET`. Keep it on servers: never ship it to a browser. */
  clientSecret?: string;
  /**
   * A bearer token to use instead of client credentials: a string (never refreshed), or a
   * function called for each request (e.g. one that asks your backend, which holds the
   * credentials). Default: `MEEMO_ACCESS_TOKEN` when no credentials are given.
   */
  accessToken?: string | (() => string | Promise<string>);
  /** Replaces `globalThis.fetch`, e.g. to route through a proxy or to record requests. */
  fetch?: Fetch;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /** Milliseconds one exchange (sending and reading the answer) may take. Default 60 000. */
  timeoutMs?: number;
  /**
   * Retries of a failed exchange. Default 2. A read is retried after a connection failure,
   * a timeout, 408, 429 or 5xx; a write only when the connection was refused.
   */
  maxRetries?: number;
}

type Env = Record<string, string | undefined>;

function environment(): Env {
  // `process` exists in Node, Deno and Bun; in a browser there is no environment to read.
  const proc = (globalThis as { process?: { env?: Env } }).process;
  return proc?.env ?? {};
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** `https://host[:port][/prefix]` without a trailing `/` or `/api`, or a ConfigurationError. */
export function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`baseUrl must be an absolute http(s) URL such as ${DEFAULT_BASE_URL}; got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(`baseUrl must use http or https; got ${JSON.stringify(url.protocol)}`);
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new ConfigurationError("baseUrl must not carry a query, a fragment or credentials");
  }
  const path = url.pathname.replace(/\/+$/, "").replace(/\/api$/, "");
  return `${url.origin}${path}`;
}

function tokenSource(options: ClientOptions, env: Env, transport: Transport): TokenSource {
  const { accessToken } = options;
  if (accessToken !== undefined) {
    if (typeof accessToken === "function") return new TokenFunction(accessToken);
    if (typeof accessToken !== "string" || accessToken.trim() === "") {
      throw new ConfigurationError("accessToken must be a non-empty string or a function that returns one");
    }
    return new StaticToken(accessToken);
  }
  const noCredentialOptions = options.clientId === undefined && options.clientSecret === undefined;
  const envToken = noCredentialOptions ? nonEmpty(env["MEEMO_ACCESS_TOKEN"]) : undefined;
  if (envToken !== undefined) return new StaticToken(envToken);
  const clientId = nonEmpty(options.clientId ?? env["MEEMO_CLIENT_ID"]);
  const clientSecret = nonEmpty(options.clientSecret ?? env["MEEMO_CLIENT_SECRET"]);
  const missing = [
    ["clientId", "MEEMO_CLIENT_ID", clientId],
    ["clientSecret", "MEEMO_CLIENT_SECRET", clientSecret],
  ].filter(([, , value]) => value === undefined);
  if (clientId === undefined || clientSecret === undefined) {
    const names = missing.map(([option]) => `\`${option}\``).join(" and ");
    const variables = missing.map(([, variable]) => variable).join(" and ");
    throw new ConfigurationError(
      `Missing credentials: pass ${names} to new MeemoClient({...}) or set ${variables} ` +
        "(or pass `accessToken` / set MEEMO_ACCESS_TOKEN for a token you already have).",
    );
  }
  return new ClientCredentials({ clientId, clientSecret, transport });
}

function timeout(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(value > 0) || value > MAX_TIMEOUT_MS) {
    throw new InvalidRequestError(`timeoutMs must be a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}; got ${String(value)}`);
  }
  return value;
}

function retries(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    throw new InvalidRequestError(`maxRetries must be a whole number from 0 to 10; got ${String(value)}`);
  }
  return value;
}

/** The options of the client's constructor, checked: a bad one is a ConfigurationError. */
function configured<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw error instanceof InvalidRequestError ? new ConfigurationError(error.message) : error;
  }
}

type Scalar = string | number | boolean;

function isScalar(value: unknown): value is Scalar {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** The path template with its `{name}` parameters filled in and escaped. */
function fillPath(template: string, values: Record<string, unknown> | undefined): string {
  const wanted = new Set([...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
  for (const name of Object.keys(values ?? {})) {
    if (!wanted.has(name)) {
      throw new InvalidRequestError(`${template} has no path parameter \`${name}\`; it takes ${[...wanted].join(", ") || "none"}`);
    }
  }
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values?.[name];
    if (value === undefined || value === null) {
      throw new InvalidRequestError(`${template} needs the path parameter \`${name}\`: pass { path: { ${name}: ... } }`);
    }
    if (!isScalar(value) || String(value).trim() === "") {
      throw new InvalidRequestError(`path parameter \`${name}\` must be a non-empty string or a number; got ${JSON.stringify(value)}`);
    }
    return encodeURIComponent(String(value));
  });
}

/** `?a=1&b=x`; undefined values are left out, arrays repeat the key. */
function encodeQuery(values: Record<string, unknown> | undefined): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!isScalar(item)) {
        throw new InvalidRequestError(`query parameter \`${name}\` must be a string, number or boolean; got ${JSON.stringify(item)}`);
      }
      query.append(name, String(item));
    }
  }
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/** What a call hands to `#call`, stripped of the compile-time types. */
interface LooseInit {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
}

/** Reads: sent again after a 401 or a failure. A write is sent once, unless it never left. */
const REPLAYABLE = new Set(["GET", "HEAD", "OPTIONS"]);

export class MeemoClient {
  /** The origin every request goes to (normalised). */
  readonly baseUrl: string;
  readonly #transport: Transport;
  readonly #tokens: TokenSource;

  constructor(options: ClientOptions = {}) {
    const env = environment();
    this.baseUrl = normalizeBaseUrl(options.baseUrl ?? nonEmpty(env["MEEMO_BASE_URL"]) ?? DEFAULT_BASE_URL);
    const fetch = options.fetch ?? (globalThis.fetch as Fetch | undefined);
    if (typeof fetch !== "function") {
      throw new ConfigurationError("no fetch: run on Node 20 or later, or pass the `fetch` option");
    }
    const timeoutMs = configured(() => timeout(options.timeoutMs)) ?? DEFAULT_TIMEOUT_MS;
    const maxRetries = configured(() => retries(options.maxRetries)) ?? DEFAULT_MAX_RETRIES;
    this.#transport = new Transport(this.baseUrl, fetch, { ...options.headers }, timeoutMs, maxRetries);
    this.#tokens = tokenSource(options, env, this.#transport);
  }

  /** `GET` an operation, e.g. `client.get("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: 1042 } })`. */
  get<P extends PathsWith<"get">>(path: P, ...init: InitArgs<Operation<P, "get">>): Promise<ResponseData<Operation<P, "get">>> {
    return this.request("get", path, ...(init as InitArgs<Operation<P, "get">>));
  }

  /** `POST` an operation, with its JSON body in `body`. */
  post<P extends PathsWith<"post">>(path: P, ...init: InitArgs<Operation<P, "post">>): Promise<ResponseData<Operation<P, "post">>> {
    return this.request("post", path, ...(init as InitArgs<Operation<P, "post">>));
  }

  put<P extends PathsWith<"put">>(path: P, ...init: InitArgs<Operation<P, "put">>): Promise<ResponseData<Operation<P, "put">>> {
    return this.request("put", path, ...(init as InitArgs<Operation<P, "put">>));
  }

  patch<P extends PathsWith<"patch">>(path: P, ...init: InitArgs<Operation<P, "patch">>): Promise<ResponseData<Operation<P, "patch">>> {
    return this.request("patch", path, ...(init as InitArgs<Operation<P, "patch">>));
  }

  delete<P extends PathsWith<"delete">>(path: P, ...init: InitArgs<Operation<P, "delete">>): Promise<ResponseData<Operation<P, "delete">>> {
    return this.request("delete", path, ...(init as InitArgs<Operation<P, "delete">>));
  }

  /** Any method and path; `get`, `post`... are shorthands for it. */
  async request<M extends HttpMethod, P extends PathsWith<M>>(
    method: M,
    path: P,
    ...init: InitArgs<Operation<P, M>>
  ): Promise<ResponseData<Operation<P, M>>> {
    const options = (init[0] ?? {}) as CallInit<Operation<P, M>> as LooseInit;
    const target = fillPath(path, options.path) + encodeQuery(options.query);
    return (await this.#call(method.toUpperCase(), target, options)) as ResponseData<Operation<P, M>>;
  }

  /**
   * Every item of a paginated list, page after page, fetching the next page only when the
   * previous one is used up: `for await (const meeting of client.paginate("/api/v1/external/meeting/", { query: { size: 50 } }))`.
   * `next` links are followed on the configured base URL only, so the token never goes to
   * another host.
   */
  async *paginate<P extends PaginatedPath>(path: P, ...init: InitArgs<Operation<P, "get">>): AsyncGenerator<ItemOf<P>, void, undefined> {
    const options = (init[0] ?? {}) as LooseInit;
    let target: string | undefined = fillPath(path, options.path) + encodeQuery(options.query);
    const seen = new Set<string>();
    while (target !== undefined) {
      seen.add(target);
      const page = (await this.#call("GET", target, options)) as { results?: ItemOf<P>[]; next?: string | null } | undefined;
      yield* page?.results ?? [];
      const next = typeof page?.next === "string" && page.next !== "" ? this.#sameOrigin(page.next) : undefined;
      // A server that links a page to itself would otherwise loop forever.
      target = next !== undefined && !seen.has(next) ? next : undefined;
    }
  }

  /** Revokes the client-credentials token in use, so it stops working at once. */
  async revokeToken(): Promise<void> {
    if (this.#tokens instanceof ClientCredentials) await this.#tokens.revoke();
  }

  /** A `next` link as a path and query on the configured base URL. */
  #sameOrigin(link: string): string {
    const base = new URL(this.baseUrl);
    const url = new URL(link, base);
    const prefix = base.pathname.replace(/\/$/, "");
    const path = prefix !== "" && url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
    return path + url.search;
  }

  async #call(method: string, target: string, options: LooseInit): Promise<unknown> {
    const timeoutMs = timeout(options.timeoutMs);
    const maxRetries = retries(options.maxRetries);
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const where = `${method} ${target.split("?")[0]}`;
    let stale: string | undefined;
    for (let attempt = 0; ; attempt++) {
      const token = await this.#tokens.token(stale);
      const { answer, text } = await this.#transport.exchange(method, target, {
        idempotent: REPLAYABLE.has(method),
        maxRetries,
        headers: {
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...options.headers,
          Authorization: `Bearer ${token}`,
        },
        body,
        signal: options.signal,
        timeoutMs,
      });
      if (answer.status === 401) {
        // The token was revoked or expired early: the next call needs a new one.
        if (attempt === 0 && this.#tokens.renewable && REPLAYABLE.has(method)) {
          stale = token;
          continue;
        }
        this.#tokens.invalidate(token);
      }
      return this.#transport.decode(where, answer, text);
    }
  }
}
