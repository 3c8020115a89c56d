/**
 * The errors the client throws: one class per kind of failure, so callers can branch with
 * `instanceof`. The names follow the Python SDK (`meemo_sdk`). Messages are built from the
 * service's answer and the call's method and path only: never from headers, tokens or
 * credentials.
 */
import { parseRetryAfter } from "./retry.js";
import type { ErrorResponse } from "./schema.js";

/** Base class of every error the client throws. */
export class MeemoError extends Error {
  override name = "MeemoError";
}

/** A call's arguments are wrong (e.g. a missing path parameter); nothing was sent. */
export class InvalidRequestError extends MeemoError {
  override name = "InvalidRequestError";
}

/** The client cannot be built from its options, e.g. no credentials; nothing was sent. */
export class ConfigurationError extends MeemoError {
  override name = "ConfigurationError";
}

/** The request could not be sent or its answer could not be read (network failure). */
export class APIConnectionError extends MeemoError {
  override name = "APIConnectionError";
}

/** No complete answer arrived within the timeout. */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
}

/** What every answer carries that an error may want to show. */
interface Answer {
  status: number;
  headers: { get(name: string): string | null };
}

/** A success answer whose body is not the JSON the operation documents. */
export class APIResponseValidationError extends MeemoError {
  override name = "APIResponseValidationError";
  readonly status: number;
  readonly requestId: string | undefined;

  constructor(message: string, answer: Answer) {
    super(message);
    this.status = answer.status;
    this.requestId = answer.headers.get("x-request-id") ?? undefined;
  }
}

/** The service answered with a status outside 2xx. */
export class APIStatusError extends MeemoError {
  override name = "APIStatusError";
  readonly status: number;
  /** Machine-readable error code, when the body has one (`not_found`, `invalid_client`, ...). */
  readonly code: string | undefined;
  /** The service's explanation, or a short excerpt of a body that is not JSON. */
  readonly reason: string;
  /** From the body or the `X-Request-ID` header: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The parsed JSON body, or the text of a body that is not JSON. */
  readonly body: ErrorResponse | string;
  readonly headers: { get(name: string): string | null };

  constructor(answer: Answer, body: ErrorResponse | string) {
    const { code, reason, requestId } = describe(body);
    const id = requestId ?? answer.headers.get("x-request-id") ?? undefined;
    super(`${answer.status}: ${reason}${code ? ` (${code})` : ""}${id ? ` request_id=${id}` : ""}`);
    this.status = answer.status;
    this.code = code;
    this.reason = reason;
    this.requestId = id;
    this.body = body;
    this.headers = answer.headers;
  }
}

/** 400 or 422: the service refused the arguments. */
export class BadRequestError extends APIStatusError {
  override name = "BadRequestError";
}

/** 401: the token is missing, expired or revoked, or the token endpoint refused the credentials. */
export class AuthenticationError extends APIStatusError {
  override name = "AuthenticationError";
}

/** 403: the application has no access to that organization or meeting. */
export class PermissionDeniedError extends APIStatusError {
  override name = "PermissionDeniedError";
}

/** 404. */
export class NotFoundError extends APIStatusError {
  override name = "NotFoundError";
}

/** 429: too many requests. */
export class RateLimitError extends APIStatusError {
  override name = "RateLimitError";
  /** Seconds the service asks to wait (`Retry-After`), when it says. */
  readonly retryAfter: number | undefined;

  constructor(answer: Answer, body: ErrorResponse | string) {
    super(answer, body);
    this.retryAfter = parseRetryAfter(answer.headers.get("retry-after"));
  }
}

/** 5xx: the service failed. */
export class InternalServerError extends APIStatusError {
  override name = "InternalServerError";
}

/** The error for a non-2xx answer. */
export function statusError(answer: Answer, body: ErrorResponse | string): APIStatusError {
  const { status } = answer;
  if (status === 400 || status === 422) return new BadRequestError(answer, body);
  if (status === 401) return new AuthenticationError(answer, body);
  if (status === 403) return new PermissionDeniedError(answer, body);
  if (status === 404) return new NotFoundError(answer, body);
  if (status === 429) return new RateLimitError(answer, body);
  if (status >= 500) return new InternalServerError(answer, body);
  return new APIStatusError(answer, body);
}

const MAX_REASON = 200;

function excerpt(text: string): string {
  const line = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON)}…` : line;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Code, explanation and request id from any of the error body shapes the service sends. */
function describe(body: ErrorResponse | string): {
  code: string | undefined;
  reason: string;
  requestId: string | undefined;
} {
  if (typeof body === "string") return { code: undefined, reason: excerpt(body) || "(no body)", requestId: undefined };
  const fields = body as Record<string, unknown>;
  const error = fields["error"];
  if (error !== null && typeof error === "object") {
    const nested = error as Record<string, unknown>;
    return {
      code: asString(nested["code"]),
      reason: asString(nested["message"]) ?? "(no message)",
      requestId: asString(nested["request_id"]),
    };
  }
  if (typeof error === "string") {
    return { code: error, reason: asString(fields["error_description"]) ?? error, requestId: undefined };
  }
  const detail = fields["detail"];
  if (typeof detail === "string") return { code: undefined, reason: detail, requestId: undefined };
  if (Array.isArray(detail)) {
    const messages = detail.map((item: unknown) => {
      const entry = (item ?? {}) as Record<string, unknown>;
      const where = Array.isArray(entry["loc"]) ? `${entry["loc"].join(".")}: ` : "";
      return `${where}${asString(entry["msg"]) ?? JSON.stringify(item)}`;
    });
    return { code: undefined, reason: messages.join("; ") || "(no detail)", requestId: undefined };
  }
  return { code: undefined, reason: excerpt(JSON.stringify(body)), requestId: undefined };
}
