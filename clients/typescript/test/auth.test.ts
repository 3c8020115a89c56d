import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { ClientCredentials, REFRESH_MARGIN_MS } from "../src/auth.js";
import { AuthenticationError, APIResponseValidationError } from "../src/errors.js";
import { Transport } from "../src/transport.js";
import { REVOKE_PATH, type Reply, startServer, type TestServer, TOKEN_PATH, tokenIssuer } from "./server.js";

const SECRET = "s3cr3t-client-secret";

describe("ClientCredentials", () => {
  let server: TestServer;
  let answer: () => Reply | Promise<Reply>;
  let clock: number;

  before(async () => {
    server = await startServer((request) => (request.path === TOKEN_PATH || request.path === REVOKE_PATH ? answer() : { status: 404 }));
  });
  after(() => server.close());
  beforeEach(() => {
    server.received.length = 0;
    answer = tokenIssuer(3600);
    clock = 1_000_000;
  });

  function credentials(maxRetries = 0): ClientCredentials {
    const transport = new Transport(server.url, fetch, {}, 5_000, maxRetries);
    return new ClientCredentials({ clientId: "app", clientSecret: SECRET, transport, now: () => clock });
  }

  it("posts the client-credentials grant as a form", async () => {
    assert.equal(await credentials().token(), "t1");

    const [request] = server.to(TOKEN_PATH);
    assert.ok(request);
    assert.equal(request.method, "POST");
    assert.equal(request.headers["content-type"], "application/x-www-form-urlencoded");
    assert.equal(request.headers.authorization, undefined);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(request.body)), {
      grant_type: "client_credentials",
      client_id: "app",
      client_secret: SECRET,
    });
  });

  it("reuses the token until shortly before it expires, then fetches a new one", async () => {
    const source = credentials();
    assert.equal(await source.token(), "t1");

    clock += 3600_000 - REFRESH_MARGIN_MS - 1;
    assert.equal(await source.token(), "t1");
    assert.equal(server.to(TOKEN_PATH).length, 1);

    clock += 1;
    assert.equal(await source.token(), "t2");
    assert.equal(server.to(TOKEN_PATH).length, 2);
  });

  it("refreshes a short-lived token a tenth of its lifetime early", async () => {
    answer = tokenIssuer(100);
    const source = credentials();
    await source.token();

    clock += 89_999;
    assert.equal(await source.token(), "t1");
    clock += 1;
    assert.equal(await source.token(), "t2");
  });

  it("makes one token request for any number of callers arriving together", async () => {
    const source = credentials();

    const tokens = await Promise.all(Array.from({ length: 8 }, () => source.token()));

    assert.deepEqual(new Set(tokens), new Set(["t1"]));
    assert.equal(server.to(TOKEN_PATH).length, 1);
  });

  it("replaces a refused token once, however many callers report it", async () => {
    const source = credentials();
    const refused = await source.token();

    const tokens = await Promise.all([source.token(refused), source.token(refused), source.token(refused)]);

    assert.deepEqual(tokens, ["t2", "t2", "t2"]);
    assert.equal(server.to(TOKEN_PATH).length, 2);
    // A caller still holding the old token does not throw away the new one.
    assert.equal(await source.token(refused), "t2");
  });

  it("forgets an invalidated token only if it is still the current one", async () => {
    const source = credentials();
    await source.token();
    source.invalidate("t0");
    assert.equal(await source.token(), "t1");

    source.invalidate("t1");
    assert.equal(await source.token(), "t2");
  });

  it("reports refused credentials with the service's explanation and never the secret", async () => {
    answer = () => ({ status: 401, json: { error: "invalid_client", error_description: "Client authentication failed." } });

    const error = await credentials().token().then(
      () => assert.fail("expected an AuthenticationError"),
      (caught: unknown) => caught,
    );

    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.status, 401);
    assert.equal(error.code, "invalid_client");
    assert.match(error.message, /Client authentication failed/);
    assert.doesNotMatch(`${error.message} ${error.stack ?? ""} ${JSON.stringify(error)}`, new RegExp(SECRET));
  });

  it("lets every waiting caller see a failed token request, and tries again on the next call", async () => {
    answer = () => ({ status: 503, text: "upstream down" });
    const source = credentials();

    const results = await Promise.allSettled([source.token(), source.token()]);
    assert.deepEqual(results.map((r) => r.status), ["rejected", "rejected"]);
    assert.equal(server.to(TOKEN_PATH).length, 1);

    answer = tokenIssuer();
    assert.equal(await source.token(), "t1");
  });

  it("retries a token request the service failed, like a read", async () => {
    const issue = tokenIssuer();
    let calls = 0;
    answer = () => (++calls === 1 ? { status: 503, headers: { "Retry-After": "0" }, text: "busy" } : issue());

    assert.equal(await credentials(2).token(), "t1");
    assert.equal(server.to(TOKEN_PATH).length, 2);
  });

  it("refuses a token answer without an access_token", async () => {
    answer = () => ({ json: { token_type: "Bearer", expires_in: 3600 } });

    await assert.rejects(credentials().token(), APIResponseValidationError);
  });

  it("revokes the current token and fetches a new one afterwards", async () => {
    const source = credentials();
    await source.token();
    answer = () => ({ json: {} });
    await source.revoke();
    answer = tokenIssuer();

    const [revoke] = server.to(REVOKE_PATH);
    assert.ok(revoke);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(revoke.body)), {
      client_id: "app",
      client_secret: SECRET,
      token: "t1",
    });
    assert.equal(await source.token(), "t1");
    assert.equal(server.to(TOKEN_PATH).length, 2);
  });

  it("revokes nothing when no token was fetched", async () => {
    await credentials().revoke();

    assert.equal(server.received.length, 0);
  });
});
