/**
 * A scripted HTTP server on 127.0.0.1 (an ephemeral port) for the client's tests: each test
 * says how to answer, and reads back what the client sent.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface Reply {
  status?: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

/** Answers a request; returning a promise that never settles holds the request open. */
export type Handler = (request: Received) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  received: Received[];
  /** Requests to one path. */
  to(path: string): Received[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const entry: Received = {
        method: request.method ?? "",
        url: request.url ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        body: await readBody(request),
      };
      received.push(entry);
      let reply: Reply;
      try {
        reply = await handler(entry);
      } catch (error) {
        reply = { status: 500, text: `handler failed: ${String(error)}` };
      }
      const headers: Record<string, string> = { ...reply.headers };
      let body = "";
      if (reply.json !== undefined) {
        headers["content-type"] ??= "application/json";
        body = JSON.stringify(reply.json);
      } else if (reply.text !== undefined) {
        headers["content-type"] ??= "text/plain";
        body = reply.text;
      }
      response.writeHead(reply.status ?? 200, headers);
      response.end(body);
    })();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    to: (path) => received.filter((r) => r.path === path),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

export const TOKEN_PATH = "/api/auth/token/";
export const REVOKE_PATH = "/api/auth/revoke-token/";

/** A token endpoint that issues `t1`, `t2`, ... each valid for `expiresIn` seconds. */
export function tokenIssuer(expiresIn = 10_800): () => Reply {
  let issued = 0;
  return () => {
    issued += 1;
    return { json: { access_token: `t${issued}`, token_type: "Bearer", expires_in: expiresIn, scope: "read write" } };
  };
}

/** The bearer token a request carried, or undefined. */
export function bearer(request: Received): string | undefined {
  const value = request.headers.authorization;
  return value?.startsWith("Bearer ") ? value.slice("Bearer ".length) : undefined;
}

/** A deferred promise: tests resolve it when they decide an event has happened. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
