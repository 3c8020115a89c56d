/**
 * What a call looks like, derived from the generated `paths` alone: which paths have which
 * methods, what each one takes (path, query, JSON body) and what it returns. Nothing here
 * exists at run time; a spec change that renames a path or changes a field shows up as a
 * compile error in the caller's code.
 */
import type { paths } from "./schema.js";

export type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

/** The OAuth2 endpoints: the client calls them itself, never with a bearer token. */
type AuthPath = `/api/auth/${string}`;

/** Paths of API operations that have method `M` (openapi-typescript marks absent ones `?: never`). */
export type PathsWith<M extends HttpMethod> = {
  [P in Exclude<keyof paths, AuthPath>]: undefined extends paths[P][M] ? never : P;
}[Exclude<keyof paths, AuthPath>];

export type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;

type PathPart<O> = O extends { parameters: { path: infer A } }
  ? [A] extends [never | undefined]
    ? { path?: never }
    : { path: A }
  : { path?: never };

type QueryPart<O> = O extends { parameters: { query: infer Q } }
  ? [Q] extends [never | undefined]
    ? { query?: never }
    : { query: Q }
  : O extends { parameters: { query?: infer Q } }
    ? [Q] extends [never | undefined]
      ? { query?: never }
      : { query?: Q }
    : { query?: never };

type BodyPart<O> = O extends { requestBody: { content: { "application/json": infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { "application/json": infer B } } }
    ? { body?: B }
    : { body?: never };

/** Options of one call, whatever the operation. */
export interface RequestOptions {
  /** Headers sent with this call only (they override the client's `headers`). */
  headers?: Record<string, string>;
  /** Cancels the call; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
}

/** What a caller passes for operation `O`: its path and query parameters, its JSON body. */
export type CallInit<O> = PathPart<O> & QueryPart<O> & BodyPart<O> & RequestOptions;

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/** The init argument is optional exactly when the operation needs none of its parts. */
export type InitArgs<O> = [RequiredKeys<CallInit<O>>] extends [never]
  ? [init?: CallInit<O>]
  : [init: CallInit<O>];

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | "2XX";

type JsonContent<R> = R extends { content: { "application/json": infer B } } ? B : undefined;

/** The body of operation `O`'s success responses; `undefined` for one without content (204). */
export type ResponseData<O> = O extends { responses: infer R }
  ? { [C in keyof R]: C extends SuccessStatus ? JsonContent<R[C]> : never }[keyof R]
  : never;

type PageItem<D> = D extends { results: ReadonlyArray<infer I>; next?: unknown } ? I : never;

/** GET paths that answer a page (`results` plus a `next` link). */
export type PaginatedPath = {
  [P in PathsWith<"get">]: [PageItem<ResponseData<Operation<P, "get">>>] extends [never] ? never : P;
}[PathsWith<"get">];

/** One item of the pages `P` answers. */
export type ItemOf<P extends PaginatedPath> = PageItem<ResponseData<Operation<P, "get">>>;
