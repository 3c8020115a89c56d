import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { backoff, delay, MAX_RETRY_AFTER_S, parseRetryAfter, retryableStatus } from "../src/retry.js";

describe("retry policy", () => {
  it("doubles the wait from half a second up to 8 s, at most a quarter shorter at random", () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 9].map((retry) => backoff(retry, () => 0)), [500, 1000, 2000, 4000, 8000, 8000, 8000]);
    assert.equal(backoff(0, () => 0.999_999), 500 * (1 - 0.999_999 / 4));
  });

  it("retries 408, 429 and 5xx only", () => {
    assert.deepEqual([400, 401, 404, 408, 409, 429, 500, 502, 503, 599].filter(retryableStatus), [408, 429, 500, 502, 503, 599]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-11-16T03:30:00Z");
    assert.equal(parseRetryAfter("30", now), 30);
    assert.equal(parseRetryAfter("Mon, 16 Nov 2026 03:30:45 GMT", now), 45);
    assert.equal(parseRetryAfter("Mon, 16 Nov 2026 03:29:00 GMT", now), 0);
    assert.equal(parseRetryAfter("soon", now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(MAX_RETRY_AFTER_S, 60);
  });

  it("rejects a wait at once when the signal is already aborted", async () => {
    const reason = new Error("stop");

    await assert.rejects(delay(60_000, AbortSignal.abort(reason)), (error: unknown) => error === reason);
  });
});
