/**
 * @meemo-sdk/client: the Meemo External API for TypeScript.
 *
 * - `MeemoClient`: typed calls to every operation over `fetch`, with the OAuth2
 *   client-credentials token fetched, cached, refreshed and shared.
 * - The API's types, generated from its OpenAPI document: `paths`, `operations`,
 *   `components`, and every schema under its own name (`MeetingDetail`, `TranscriptResponse`...).
 * - Errors to branch on: `NotFoundError`, `RateLimitError`, `APIConnectionError`...
 */
export { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, MeemoClient, type ClientOptions } from "./client.js";
export {
  APIConnectionError,
  APIResponseValidationError,
  APIStatusError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  InternalServerError,
  InvalidRequestError,
  MeemoError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "./errors.js";
export type { Fetch, FetchInit, FetchResponse } from "./transport.js";
export type {
  CallInit,
  HttpMethod,
  InitArgs,
  ItemOf,
  Operation,
  PaginatedPath,
  PathsWith,
  RequestOptions,
  ResponseData,
} from "./types.js";
export type * from "./schema.js";
