/**
 * When a failed exchange is tried again, and after how long. The rules are the Python SDK's:
 * a read is retried after a connection failure, a timeout, 408, 429 or 5xx; a write only when
 * the connection was refused (it provably never reached the service), so nothing is created
 * twice. The wait doubles from about half a second up to 8 s, shortened by up to a quarter
 * at random so that clients that failed together do not return together; a `Retry-After`
 * header replaces it, and one asking for more than a minute is reported at once instead.
 */

export const DEFAULT_MAX_RETRIES = 2;
/** Longest `Retry-After` (seconds) the client waits out; beyond it the error is thrown. */
export const MAX_RETRY_AFTER_S = 60;

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

export function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Node's fetch reports where a connection failed in `cause.code`. */
export function neverLeft(error: unknown): boolean {
  const code = ((error as { cause?: { code?: unknown } } | null)?.cause?.code ?? "") as string;
  return code === "ECONNREFUSED" || code === "ENOTFOUND";
}

/** Milliseconds to wait before retry number `retry` (0 for the first). */
export function backoff(retry: number, random: () => number = Math.random): number {
  const delay = Math.min(BASE_DELAY_MS * 2 ** retry, MAX_DELAY_MS);
  return delay * (1 - random() / 4);
}

/** Seconds from a `Retry-After` header (seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(seconds, 0);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max((date - now) / 1000, 0);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    const abort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", abort, { once: true });
  });
}
