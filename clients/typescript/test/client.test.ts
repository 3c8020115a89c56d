import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { inspect } from "node:util";

import {
  APIConnectionError,
  APIResponseValidationError,
  APIStatusError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  InternalServerError,
  InvalidRequestError,
  MeemoClient,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type Fetch,
} from "../src/index.js";
import {
  bearer,
  deferred,
  type Handler,
  type Received,
  type Reply,
  startServer,
  type TestServer,
  TOKEN_PATH,
  tokenIssuer,
} from "./server.js";

const SECRET = "s3cr3t-client-secret";
const MEETINGS = "/api/v1/external/meeting/";
const TOPICS = "/api/v1/external/topics/";

const MEETING = {
  id: 1042,
  title: "Weekly sync",
  start_time: "2026-11-16T10:30:00+07:00",
  end_time: null,
  created_at: "2026-11-10T09:00:00+07:00",
  status: "past",
  summary_complete: true,
  host: { id: 3, name: "Rina", email: "rina@example.com" },
};

describe("MeemoClient", () => {
  let server: TestServer;
  let api: Handler;
  let issue: () => Reply;

  before(async () => {
    server = await startServer((request) => (request.path === TOKEN_PATH ? issue() : api(request)));
  });
  after(() => server.close());
  beforeEach(() => {
    server.received.length = 0;
    issue = tokenIssuer();
    api = () => ({ json: [] });
  });

  function client(options: ConstructorParameters<typeof MeemoClient>[0] = {}): MeemoClient {
    // No retries unless a test asks: a retried failure would wait out the backoff.
    return new MeemoClient({ baseUrl: server.url, clientId: "app", clientSecret: SECRET, maxRetries: 0, ...options });
  }

  const apiCalls = (): Received[] => server.received.filter((r) => r.path !== TOKEN_PATH);

  describe("requests", () => {
    it("sends the bearer token it fetched, and JSON", async () => {
      api = () => ({ json: MEETING });

      const meeting = await client().get("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: 1042 } });

      assert.deepEqual(meeting, MEETING);
      const [call] = apiCalls();
      assert.ok(call);
      assert.equal(call.method, "GET");
      assert.equal(call.path, "/api/v1/external/meeting/1042/");
      assert.equal(call.headers.authorization, "Bearer t1");
      assert.equal(call.headers.accept, "application/json");
    });

    it("fetches one token for concurrent first calls and reuses it", async () => {
      const meemo = client();

      await Promise.all(Array.from({ length: 6 }, () => meemo.get(TOPICS)));
      await meemo.get(TOPICS);

      assert.equal(server.to(TOKEN_PATH).length, 1);
      assert.deepEqual(new Set(apiCalls().map(bearer)), new Set(["t1"]));
    });

    it("encodes the query, leaving out undefined values", async () => {
      api = () => ({ json: { count: 0, next: null, previous: null, results: [] } });

      await client().get(MEETINGS, {
        query: { title: "Q4 & planning", summary_complete: false, size: 5, status: "past", search: undefined as unknown as string },
      });

      const [call] = apiCalls();
      assert.ok(call);
      assert.deepEqual(Object.fromEntries(call.query), {
        title: "Q4 & planning",
        summary_complete: "false",
        size: "5",
        status: "past",
      });
    });

    it("posts a JSON body", async () => {
      api = () => ({ status: 201, json: { ...MEETING, id: 1043 } });
      const body = { organization_id: 7, title: "Planning", participants: ["rina@example.com"] };

      const created = await client().post(MEETINGS, { body });

      assert.equal(created.id, 1043);
      const [call] = apiCalls();
      assert.ok(call);
      assert.equal(call.method, "POST");
      assert.equal(call.headers["content-type"], "application/json");
      assert.deepEqual(JSON.parse(call.body), body);
    });

    it("escapes path parameters", async () => {
      api = () => ({ json: { id: 1 } });

      await client().get("/api/v1/external/webhook-events/{event_id}/", { path: { event_id: "a/b c" as unknown as number } });

      assert.equal(apiCalls()[0]?.url, "/api/v1/external/webhook-events/a%2Fb%20c/");
    });

    it("adds the client's and the call's headers, but never lets them replace the token", async () => {
      const meemo = client({ headers: { "X-Team": "crm", Authorization: "Bearer forged" } });

      await meemo.get(TOPICS, { headers: { "X-Trace": "abc", Authorization: "Bearer forged" } });

      const [call] = apiCalls();
      assert.equal(call?.headers["x-team"], "crm");
      assert.equal(call?.headers["x-trace"], "abc");
      assert.equal(call?.headers.authorization, "Bearer t1");
    });

    it("resolves to undefined for an answer without content", async () => {
      api = () => ({ status: 204 });

      const result = await client().delete("/api/v1/external/webhooks/{webhook_id}/", { path: { webhook_id: 5 } });

      assert.equal(result, undefined);
      assert.equal(apiCalls()[0]?.method, "DELETE");
    });
  });

  describe("bad arguments are refused before anything is sent", () => {
    const cases: Array<[string, (meemo: MeemoClient) => Promise<unknown>, RegExp]> = [
      [
        "a missing path parameter",
        (meemo) => meemo.get("/api/v1/external/meeting/{meeting_id}/", {} as never),
        /needs the path parameter `meeting_id`/,
      ],
      [
        "an unknown path parameter",
        (meemo) => meemo.get("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: 1, id: 2 } as never }),
        /has no path parameter `id`/,
      ],
      [
        "a blank path parameter",
        (meemo) => meemo.get("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: " " as never } }),
        /`meeting_id` must be a non-empty string or a number/,
      ],
      [
        "an object in the query",
        (meemo) => meemo.get(MEETINGS, { query: { title: { nested: true } as never } }),
        /query parameter `title` must be a string, number or boolean/,
      ],
      ["a timeout that is not positive", (meemo) => meemo.get(TOPICS, { timeoutMs: 0 }), /timeoutMs must be a number of milliseconds/],
    ];
    for (const [what, call, message] of cases) {
      it(what, async () => {
        await assert.rejects(call(client()), (error: unknown) => {
          assert.ok(error instanceof InvalidRequestError);
          assert.match(error.message, message);
          return true;
        });
        assert.equal(server.received.length, 0);
      });
    }
  });

  describe("a 401 from the API", () => {
    it("gets a new token and replays a read once", async () => {
      api = (request) => (bearer(request) === "t1" ? { status: 401, json: { detail: "Token revoked." } } : { json: [] });

      assert.deepEqual(await client().get(TOPICS), []);

      assert.deepEqual(apiCalls().map(bearer), ["t1", "t2"]);
      assert.equal(server.to(TOKEN_PATH).length, 2);
    });

    it("replays a read only once", async () => {
      api = () => ({ status: 401, json: { detail: "Invalid token." } });

      await assert.rejects(client().get(TOPICS), AuthenticationError);

      assert.equal(apiCalls().length, 2);
    });

    it("never replays a write, but the next call uses a new token", async () => {
      api = (request) => (bearer(request) === "t1" ? { status: 401, json: { detail: "Token revoked." } } : { status: 201, json: MEETING });
      const meemo = client();

      await assert.rejects(meemo.post(MEETINGS, { body: { organization_id: 7, title: "Planning" } }), AuthenticationError);
      assert.equal(apiCalls().length, 1);

      await meemo.post(MEETINGS, { body: { organization_id: 7, title: "Planning" } });
      assert.deepEqual(apiCalls().map(bearer), ["t1", "t2"]);
    });

    it("is reported at once with a static token, which cannot be renewed", async () => {
      api = () => ({ status: 401, json: { detail: "Invalid token." } });

      await assert.rejects(client({ accessToken: "static-token" }).get(TOPICS), AuthenticationError);

      assert.equal(apiCalls().length, 1);
      assert.equal(server.to(TOKEN_PATH).length, 0);
    });
  });

  describe("tokens the caller provides", () => {
    it("sends a static token and never calls the token endpoint", async () => {
      await client({ accessToken: "static-token" }).get(TOPICS);

      assert.equal(server.to(TOKEN_PATH).length, 0);
      assert.equal(apiCalls()[0]?.headers.authorization, "Bearer static-token");
    });

    it("asks a token function for every request, and again after a 401", async () => {
      let calls = 0;
      const accessToken = async (): Promise<string> => `fn-${++calls}`;
      api = (request) => (bearer(request) === "fn-1" ? { status: 401, json: { detail: "Expired." } } : { json: [] });

      await client({ accessToken }).get(TOPICS);

      assert.deepEqual(apiCalls().map(bearer), ["fn-1", "fn-2"]);
      assert.equal(server.to(TOKEN_PATH).length, 0);
    });
  });

  describe("errors", () => {
    const statuses: Array<[number, new (...args: never[]) => APIStatusError]> = [
      [400, BadRequestError],
      [403, PermissionDeniedError],
      [404, NotFoundError],
      [422, BadRequestError],
      [429, RateLimitError],
      [500, InternalServerError],
      [503, InternalServerError],
      [409, APIStatusError],
    ];
    for (const [status, errorClass] of statuses) {
      it(`maps ${status} to ${errorClass.name}`, async () => {
        api = () => ({ status, json: { error: { code: "some_code", message: "Explained.", request_id: "req_1" } } });

        await assert.rejects(client().get(TOPICS), (error: unknown) => {
          assert.ok(error instanceof errorClass);
          assert.equal(error.status, status);
          return true;
        });
      });
    }

    it("reads code, message and request id from a structured error body", async () => {
      api = () => ({ status: 404, json: { error: { code: "not_found", message: "No meeting 7.", request_id: "req_body" } } });

      const error = await client().get(TOPICS).catch((caught: unknown) => caught);

      assert.ok(error instanceof NotFoundError);
      assert.equal(error.code, "not_found");
      assert.equal(error.reason, "No meeting 7.");
      assert.equal(error.requestId, "req_body");
      assert.equal(error.message, "404: No meeting 7. (not_found) request_id=req_body");
    });

    it("reads a request id from the header and a list of validation problems", async () => {
      api = () => ({
        status: 422,
        headers: { "X-Request-ID": "req_header" },
        json: { detail: [{ loc: ["query", "size"], msg: "must be at most 100" }] },
      });

      const error = await client().get(TOPICS).catch((caught: unknown) => caught);

      assert.ok(error instanceof BadRequestError);
      assert.equal(error.requestId, "req_header");
      assert.equal(error.reason, "query.size: must be at most 100");
    });

    it("gives a readable message for an HTML error page", async () => {
      api = () => ({ status: 502, headers: { "content-type": "text/html" }, text: "<html><body><h1>502 Bad Gateway</h1></body></html>" });

      const error = await client().get(TOPICS).catch((caught: unknown) => caught);

      assert.ok(error instanceof InternalServerError);
      assert.equal(error.reason, "502 Bad Gateway");
      assert.equal(typeof error.body, "string");
    });

    it("reads Retry-After on a 429", async () => {
      api = () => ({ status: 429, headers: { "Retry-After": "30" }, json: { detail: "Slow down." } });

      const error = await client().get(TOPICS).catch((caught: unknown) => caught);

      assert.ok(error instanceof RateLimitError);
      assert.equal(error.retryAfter, 30);
    });

    it("refuses a success answer that is not JSON", async () => {
      api = () => ({ status: 200, text: "<html>maintenance</html>" });

      await assert.rejects(client().get(TOPICS), APIResponseValidationError);
    });

    it("reports a server that cannot be reached as a connection error", async () => {
      const closed = await startServer(() => ({}));
      await closed.close();

      const error = await new MeemoClient({ baseUrl: closed.url, accessToken: "t", maxRetries: 0 }).get(TOPICS).catch((caught: unknown) => caught);

      assert.ok(error instanceof APIConnectionError);
      assert.ok(!(error instanceof APITimeoutError));
      assert.match(error.message, /^GET \/api\/v1\/external\/topics\/: fetch failed \(ECONNREFUSED\)$/);
    });

    it("times out a call that gets no answer", async () => {
      const arrived = deferred();
      api = () => {
        arrived.resolve();
        return new Promise<Reply>(() => {});
      };

      const call = client().get(TOPICS, { timeoutMs: 50 });
      await arrived.promise;

      await assert.rejects(call, (error: unknown) => {
        assert.ok(error instanceof APITimeoutError);
        assert.match(error.message, /no complete answer within 50 ms/);
        return true;
      });
    });

    it("stops a call when the caller's signal aborts, with the signal's reason", async () => {
      const arrived = deferred();
      api = () => {
        arrived.resolve();
        return new Promise<Reply>(() => {});
      };
      const controller = new AbortController();
      const reason = new Error("user navigated away");

      const call = client().get(TOPICS, { signal: controller.signal });
      await arrived.promise;
      controller.abort(reason);

      await assert.rejects(call, (error: unknown) => error === reason);
    });
  });

  describe("retries", () => {
    const busy = (retryAfter: string): Reply => ({ status: 503, headers: { "Retry-After": retryAfter }, json: { detail: "Busy." } });

    it("retries a read the service failed, after the Retry-After it asks for", async () => {
      let calls = 0;
      api = () => (++calls < 3 ? busy("0") : { json: [] });

      assert.deepEqual(await client({ maxRetries: 2 }).get(TOPICS), []);
      assert.equal(apiCalls().length, 3);
    });

    it("gives up after maxRetries and throws the last error", async () => {
      api = () => busy("0");

      await assert.rejects(client({ maxRetries: 2 }).get(TOPICS), InternalServerError);
      assert.equal(apiCalls().length, 3);
    });

    it("takes maxRetries per call", async () => {
      api = () => busy("0");

      await assert.rejects(client({ maxRetries: 2 }).get(TOPICS, { maxRetries: 0 }), InternalServerError);
      assert.equal(apiCalls().length, 1);
    });

    it("never retries a write the service saw", async () => {
      api = () => busy("0");

      await assert.rejects(client({ maxRetries: 2 }).post(MEETINGS, { body: { organization_id: 7, title: "x" } }), InternalServerError);
      assert.equal(apiCalls().length, 1);
    });

    it("throws at once when Retry-After asks for more than a minute", async () => {
      api = () => ({ status: 429, headers: { "Retry-After": "120" }, json: { detail: "Slow down." } });

      const error = await client({ maxRetries: 2 }).get(TOPICS).catch((caught: unknown) => caught);

      assert.ok(error instanceof RateLimitError);
      assert.equal(error.retryAfter, 120);
      assert.equal(apiCalls().length, 1);
    });

    it("retries a write whose connection was refused: it never reached the service", async () => {
      const closed = await startServer(() => ({}));
      await closed.close();
      let attempts = 0;
      const counting: Fetch = (url, init) => {
        attempts += 1;
        return fetch(url, init);
      };
      const meemo = new MeemoClient({ baseUrl: closed.url, accessToken: "t", maxRetries: 1, fetch: counting });

      await assert.rejects(meemo.post(MEETINGS, { body: { organization_id: 7, title: "x" } }), APIConnectionError);
      assert.equal(attempts, 2);
    });

    it("stops waiting to retry when the caller's signal aborts", async () => {
      const arrived = deferred();
      api = () => {
        arrived.resolve();
        return busy("59");
      };
      const controller = new AbortController();
      const reason = new Error("cancelled");

      const call = client({ maxRetries: 2 }).get(TOPICS, { signal: controller.signal });
      await arrived.promise;
      controller.abort(reason);

      await assert.rejects(call, (error: unknown) => error === reason);
      assert.equal(apiCalls().length, 1);
    });

    it("refuses a maxRetries that is not a small whole number", async () => {
      assert.throws(() => client({ maxRetries: -1 }), ConfigurationError);
      await assert.rejects(client().get(TOPICS, { maxRetries: 1.5 }), InvalidRequestError);
      assert.equal(server.received.length, 0);
    });
  });

  describe("pagination", () => {
    function pages(total: number, size: number, origin: () => string): Handler {
      return (request) => {
        const page = Number(request.query.get("page") ?? "1");
        const ids = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * size, page * size);
        const more = page * size < total;
        return {
          json: {
            count: total,
            next: more ? `${origin()}${MEETINGS}?page=${page + 1}&size=${size}` : null,
            previous: null,
            results: ids.map((id) => ({ ...MEETING, id })),
          },
        };
      };
    }

    it("yields every item of every page, following next", async () => {
      api = pages(7, 3, () => server.url);
      const ids: number[] = [];

      for await (const meeting of client().paginate(MEETINGS, { query: { size: 3, status: "past" } })) ids.push(meeting.id);

      assert.deepEqual(ids, [1, 2, 3, 4, 5, 6, 7]);
      assert.deepEqual(apiCalls().map((c) => c.url), [
        `${MEETINGS}?size=3&status=past`,
        `${MEETINGS}?page=2&size=3`,
        `${MEETINGS}?page=3&size=3`,
      ]);
    });

    it("fetches a page only when the previous one is used up", async () => {
      api = pages(7, 3, () => server.url);

      for await (const meeting of client().paginate(MEETINGS, { query: { size: 3 } })) {
        if (meeting.id === 2) break;
      }

      assert.equal(apiCalls().length, 1);
    });

    it("never sends the token to the host a next link names", async () => {
      const elsewhere = await startServer(() => ({ json: { count: 0, next: null, previous: null, results: [] } }));
      try {
        api = pages(4, 2, () => elsewhere.url);
        const ids: number[] = [];

        for await (const meeting of client().paginate(MEETINGS, { query: { size: 2 } })) ids.push(meeting.id);

        assert.deepEqual(ids, [1, 2, 3, 4]);
        assert.equal(elsewhere.received.length, 0);
        assert.equal(apiCalls()[1]?.url, `${MEETINGS}?page=2&size=2`);
      } finally {
        await elsewhere.close();
      }
    });

    it("stops when a next link leads back to a page already read", async () => {
      api = () => ({ json: { count: 2, next: `${server.url}${MEETINGS}`, previous: null, results: [MEETING] } });
      const ids: number[] = [];

      for await (const meeting of client().paginate(MEETINGS)) ids.push(meeting.id);

      assert.deepEqual(ids, [1042]);
      assert.equal(apiCalls().length, 1);
    });
  });

  describe("configuration", () => {
    it("normalises the base URL", async () => {
      const meemo = new MeemoClient({ baseUrl: `${server.url}/api/`, accessToken: "t" });

      await meemo.get(TOPICS);

      assert.equal(meemo.baseUrl, server.url);
      assert.equal(apiCalls()[0]?.path, TOPICS);
    });

    it("refuses a base URL that is not http(s)", () => {
      assert.throws(() => new MeemoClient({ baseUrl: "ftp://example.com", accessToken: "t" }), ConfigurationError);
      assert.throws(() => new MeemoClient({ baseUrl: "api-meemo.glair.ai", accessToken: "t" }), /absolute http\(s\) URL/);
    });

    it("names the options and variables when credentials are missing", () => {
      const env = process.env;
      process.env = {};
      try {
        assert.throws(() => new MeemoClient({ clientId: "app" }), (error: unknown) => {
          assert.ok(error instanceof ConfigurationError);
          assert.equal(
            error.message,
            "Missing credentials: pass `clientSecret` to new MeemoClient({...}) or set MEEMO_CLIENT_SECRET " +
              "(or pass `accessToken` / set MEEMO_ACCESS_TOKEN for a token you already have).",
          );
          return true;
        });
      } finally {
        process.env = env;
      }
    });

    it("reads the environment, and options win over it", async () => {
      const env = process.env;
      process.env = { MEEMO_BASE_URL: server.url, MEEMO_CLIENT_ID: "env-app", MEEMO_CLIENT_SECRET: "env-secret" };
      try {
        await new MeemoClient().get(TOPICS);
        await new MeemoClient({ clientId: "app", clientSecret: SECRET }).get(TOPICS);
      } finally {
        process.env = env;
      }

      const forms = server.to(TOKEN_PATH).map((r) => new URLSearchParams(r.body).get("client_id"));
      assert.deepEqual(forms, ["env-app", "app"]);
    });

    it("uses a fetch the caller passes", async () => {
      const seen: string[] = [];
      const recording: Fetch = (url, init) => {
        seen.push(`${init.method} ${url}`);
        return fetch(url, init);
      };

      await client({ fetch: recording }).get(TOPICS);

      assert.deepEqual(seen, [`POST ${server.url}${TOKEN_PATH}`, `GET ${server.url}${TOPICS}`]);
    });
  });

  describe("secrets", () => {
    it("never shows the client secret or a token when a client is logged or serialised", async () => {
      const meemo = client({ headers: { "X-Api-Key": "header-secret" } });
      await meemo.get(TOPICS);

      const shown = `${inspect(meemo, { depth: 10, showHidden: true })} ${JSON.stringify(meemo)} ${String(meemo)}`;

      for (const secret of [SECRET, "t1", "header-secret"]) assert.ok(!shown.includes(secret), `${secret} is visible`);
      assert.ok(shown.includes(server.url));
    });

    it("never puts the token in an error", async () => {
      api = () => ({ status: 500, json: { detail: "Boom." } });

      const error = await client().get(TOPICS).catch((caught: unknown) => caught);

      assert.ok(error instanceof InternalServerError);
      const shown = `${error.message} ${error.stack ?? ""} ${inspect(error, { depth: 10 })}`;
      assert.ok(!shown.includes("Bearer"), shown);
      assert.ok(!shown.includes(SECRET));
    });
  });
});
