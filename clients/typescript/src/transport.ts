/**
 * HTTP over `fetch`: URL, timeout, cancellation, retries, reading the answer and turning a
 * failure into the client's error classes. It knows nothing of tokens; the client and the
 * token source build on it.
 */
import {
  APIConnectionError,
  APIResponseValidationError,
  APITimeoutError,
  type APIStatusError,
  statusError,
} from "./errors.js";
import { backoff, delay, MAX_RETRY_AFTER_S, neverLeft, parseRetryAfter, retryableStatus } from "./retry.js";
import type { ErrorResponse } from "./schema.js";

/** The part of a `fetch` answer the client reads. */
export interface FetchResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The part of `RequestInit` the client sends. */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** `globalThis.fetch`, or any function that behaves like it (a proxy agent, a test double). */
export type Fetch = (url: string, init: FetchInit) => Promise<FetchResponse>;

export interface Answer {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
}

export interface SendOptions {
  headers?: Record<string, string> | undefined;
  body?: string | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
}

export interface ExchangeOptions extends SendOptions {
  /** Whether sending twice is harmless: only then is a failure the service saw retried. */
  idempotent: boolean;
  maxRetries?: number | undefined;
}

type StatusErrorClass = new (answer: Answer, body: ErrorResponse | string) => APIStatusError;

/** Largest delay `setTimeout` honours; anything above it fires at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

export class Transport {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  // Private fields: default headers may carry secrets, and must not show when logged.
  readonly #fetch: Fetch;
  readonly #headers: Readonly<Record<string, string>>;

  constructor(
    baseUrl: string,
    fetch: Fetch,
    headers: Readonly<Record<string, string>>,
    timeoutMs: number,
    maxRetries: number,
  ) {
    this.baseUrl = baseUrl;
    this.#fetch = fetch;
    this.#headers = headers;
    this.timeoutMs = timeoutMs;
    this.maxRetries = maxRetries;
  }

  /** `send`, retried as `retry.ts` says; the last failure is thrown, the last answer returned. */
  async exchange(method: string, target: string, options: ExchangeOptions): Promise<{ answer: Answer; text: string }> {
    const maxRetries = options.maxRetries ?? this.maxRetries;
    for (let retry = 0; ; retry++) {
      let wait: number;
      try {
        const result = await this.send(method, target, options);
        const { status } = result.answer;
        if (retry >= maxRetries || !options.idempotent || !retryableStatus(status)) return result;
        const retryAfter = parseRetryAfter(result.answer.headers.get("retry-after"));
        // Waiting that long would hang the caller: the error's `retryAfter` lets them plan.
        if (retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_S) return result;
        wait = retryAfter === undefined ? backoff(retry) : retryAfter * 1000;
      } catch (error) {
        const again = error instanceof APIConnectionError && (options.idempotent || neverLeft(error.cause));
        if (retry >= maxRetries || !again) throw error;
        wait = backoff(retry);
      }
      await delay(wait, options.signal);
    }
  }

  /** Sends `method` to `target` (a path and query, appended to the base URL); any status. */
  async send(method: string, target: string, options: SendOptions = {}): Promise<{ answer: Answer; text: string }> {
    const where = `${method} ${target.split("?")[0]}`;
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const signal = options.signal;
    signal?.throwIfAborted();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forward = (): void => controller.abort(signal?.reason);
    signal?.addEventListener("abort", forward, { once: true });
    try {
      const response = await this.#fetch(this.baseUrl + target, {
        method,
        headers: { Accept: "application/json", ...this.#headers, ...options.headers },
        ...(options.body === undefined ? {} : { body: options.body }),
        signal: controller.signal,
      });
      // Reading the body is part of the exchange: the timeout and the signal cover it too.
      const text = await response.text();
      return { answer: { status: response.status, headers: response.headers }, text };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new APITimeoutError(`${where}: no complete answer within ${timeoutMs} ms`);
      throw new APIConnectionError(`${where}: ${describeFailure(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", forward);
    }
  }

  /** The JSON of a 2xx answer (undefined when empty), or the error for any other status. */
  decode(where: string, answer: Answer, text: string, errorClass?: StatusErrorClass): unknown {
    if (answer.status < 200 || answer.status > 299) {
      const body = parseJson(text);
      const errorBody = body.ok && body.value !== null && typeof body.value === "object" ? (body.value as ErrorResponse) : text;
      throw errorClass === undefined ? statusError(answer, errorBody) : new errorClass(answer, errorBody);
    }
    if (text.trim() === "") return undefined;
    const body = parseJson(text);
    if (!body.ok) throw new APIResponseValidationError(`${where}: the ${answer.status} answer is not JSON`, answer);
    return body.value;
  }

  /** POSTs a form (the OAuth2 endpoints); no bearer token. */
  async form(
    path: string,
    fields: Record<string, string>,
    errorClass: StatusErrorClass,
  ): Promise<{ data: unknown; answer: Answer }> {
    // Asking for a token, or revoking one, twice is harmless: both are retried like reads.
    const { answer, text } = await this.exchange("POST", path, {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
      idempotent: true,
    });
    return { data: this.decode(`POST ${path}`, answer, text, errorClass), answer };
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** `fetch failed (ECONNREFUSED)`: Node's fetch hides the useful part in `cause`. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : "";
  return detail ? `${error.message} (${detail})` : error.message;
}
