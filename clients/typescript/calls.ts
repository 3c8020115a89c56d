/**
 * Calls every operation of the Meemo External API using only the types that
 * openapi-typescript generates from the published spec (build/spec/openapi.yaml).
 *
 * It stands in for another team's code: `make clients` compiles it with `tsc --strict`,
 * so a spec change that would break a typical TypeScript caller (a renamed path, a
 * parameter that changes type, a response field that disappears) breaks the build here
 * first. The `@ts-expect-error` lines check the other direction: the generated types
 * must stay strict enough to reject wrong calls.
 *
 * Run it against any deployment, e.g. a local mock:
 *   node build/clients/typescript/dist/calls.js http://127.0.0.1:4010 CLIENT_ID CLIENT_SECRET
 */
import type { components, paths } from "meemo-api-types";

type Schemas = components["schemas"];
type Method = "get" | "post" | "delete";
type Path = keyof paths;

/** The methods a path really has (the generated type marks the others `?: never`). */
type MethodOf<P extends Path> = {
  [M in Method]-?: undefined extends paths[P][M] ? never : M;
}[Method];

type Operation<P extends Path, M extends MethodOf<P>> = NonNullable<paths[P][M]>;

type JsonBody<R> = R extends { content: { "application/json": infer B } } ? B : never;

/** The bodies of an operation's 2xx responses. */
type SuccessBody<O> = O extends { responses: infer R }
  ? { [C in keyof R]: C extends 200 | 201 | 202 ? JsonBody<R[C]> : never }[keyof R]
  : never;

type PathPart<O> = O extends { parameters: { path: infer A } } ? { path: A } : { path?: undefined };
type QueryPart<O> = O extends { parameters: { query?: infer Q } } ? { query?: Q } : { query?: undefined };
type BodyPart<O> = O extends { requestBody: { content: { "application/json": infer B } } }
  ? { json: B }
  : O extends { requestBody: { content: { "application/x-www-form-urlencoded": infer F } } }
    ? { form: F }
    : { json?: undefined; form?: undefined };

/** What a caller supplies for one operation, derived entirely from the generated types. */
type Request<O> = PathPart<O> & QueryPart<O> & BodyPart<O> & { token?: string };

type Scalar = string | number | boolean;

/** A non-2xx answer, with the spec's error body when the service sent JSON. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Schemas["ErrorResponse"] | string,
  ) {
    super(`HTTP ${status}`);
  }
}

function fillPath(template: string, values: Record<string, Scalar> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

function encode(values: Record<string, unknown> | undefined): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(values ?? {})) {
    if (value !== undefined) out.append(key, String(value));
  }
  return out;
}

async function call<P extends Path, M extends MethodOf<P>>(
  baseUrl: string,
  method: M,
  path: P,
  request: Request<Operation<P, M>>,
): Promise<SuccessBody<Operation<P, M>>> {
  // The conditional types above are for callers; here the parts are plain records.
  const parts = request as {
    path?: Record<string, Scalar>;
    query?: Record<string, unknown>;
    json?: unknown;
    form?: Record<string, unknown>;
    token?: string;
  };
  const url = new URL(fillPath(path, parts.path), baseUrl);
  url.search = encode(parts.query).toString();
  const headers: Record<string, string> = { Accept: "application/json" };
  if (parts.token !== undefined) headers["Authorization"] = `Bearer ${parts.token}`;
  let body: string | undefined;
  if (parts.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(parts.json);
  } else if (parts.form !== undefined) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    body = encode(parts.form).toString();
  }
  const response = await fetch(url, { method: method.toUpperCase(), headers, body });
  const isJson = (response.headers.get("content-type") ?? "").includes("json");
  const payload: unknown = isJson ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, payload as Schemas["ErrorResponse"] | string);
  }
  return payload as SuccessBody<Operation<P, M>>;
}

/** Open enums: a known value gets a label, an unknown one passes through untouched. */
function describeStatus(status: Schemas["MeetingStatusValue"]): string {
  switch (status) {
    case "upcoming":
      return "not started";
    case "ongoing":
    case "recording":
      return "in progress";
    case "past":
      return "ended";
    default:
      return status;
  }
}

function describeSummary(summary: Schemas["SummaryResponse"]["summary"]): string {
  if (summary === null || summary === undefined) return "no summary yet";
  if (typeof summary === "string") return `${summary.length} characters of Markdown`;
  return `legacy summary with keys ${Object.keys(summary).join(", ")}`;
}

async function main(baseUrl: string, clientId: string, clientSecret: string): Promise<void> {
  const issued = await call(baseUrl, "post", "/api/auth/token/", {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret },
  });
  const token = issued.access_token;
  console.log(`create_access_token: expires in ${issued.expires_in}s`);

  const page = await call(baseUrl, "get", "/api/v1/external/meeting/", {
    query: { status: "past", created_after: "2026-11-01", participants: "12,57", page: 1, size: 5 },
    token,
  });
  const first = page.results[0];
  console.log(`list_meetings: ${page.count} in all; first is ${first ? describeStatus(first.status) : "none"}`);

  const created = await call(baseUrl, "post", "/api/v1/external/meeting/", {
    json: {
      organization_id: 7,
      title: "Quarterly planning",
      bot_meeting_url: "https://meet.google.com/abc-defg-hij",
      bot_join_at: "2026-12-01T09:59:00+07:00",
      speaker_count: 4,
      calendar_event: { event_id: "5q9hd7k2m1t0c8v6a4b2", attendees: [{ email: "rina@example.com" }] },
    },
    token,
  });
  console.log(`create_meeting: #${created.id} is ${describeStatus(created.status)}`);

  const meetingId = first?.id ?? created.id;
  const path = { meeting_id: meetingId };
  const meeting = await call(baseUrl, "get", "/api/v1/external/meeting/{meeting_id}/", { path, token });
  console.log(`get_meeting: "${meeting.title}" hosted by ${meeting.host.name}, ${meeting.calendar_event?.attendees?.length ?? 0} invitees`);

  const transcript = await call(baseUrl, "get", "/api/v1/external/meeting/{meeting_id}/transcript/", { path, token });
  const spoken = transcript.transcripts.reduce((total, s) => total + (s.end_time - s.start_time), 0);
  console.log(`get_transcript: ${transcript.total_segments} segments, ${spoken.toFixed(1)}s of speech`);

  const summary = await call(baseUrl, "get", "/api/v1/external/meeting/{meeting_id}/summary/", { path, token });
  console.log(`get_summary: ${describeSummary(summary.summary)}`);

  const people = await call(baseUrl, "get", "/api/v1/external/meeting/{meeting_id}/participants/", { path, token });
  const guests = people.participants.filter((p) => p.id === null).length;
  console.log(`get_participants: ${people.total_participants} people, ${guests} external`);

  const recording = await call(baseUrl, "get", "/api/v1/external/meeting/{meeting_id}/recording/", { path, token });
  const formats = (recording.assets ?? []).map((a) => `${a.media_kind}/${a.format ?? "?"}`);
  console.log(`get_recording: ${recording.duration}s as ${recording.format}; assets ${formats.join(" ") || "none"}`);

  const topics = await call(baseUrl, "get", "/api/v1/external/topics/", { query: { organization_id: 7 }, token });
  console.log(`list_topics: ${topics.map((t) => `${t.alias} (${t.language})`).join(", ")}`);

  const video = await call(baseUrl, "get", "/api/v1/external/meeting/{meeting_id}/summary-with-video/", { path, token });
  console.log(`get_summary_with_video: ${video.citations?.length ?? 0} citations, video ${video.video_url ?? "none"}`);

  const organizations = await call(baseUrl, "get", "/api/v1/external/webhooks/available-organizations/", { token });
  const organizationIds = organizations.map((o) => o.id);
  console.log(`list_available_organizations: ${organizations.map((o) => o.name).join(", ")}`);

  const hooks = await call(baseUrl, "post", "/api/v1/external/webhooks/", {
    json: {
      target_url: "https://hooks.example.com/meemo",
      events: ["meeting.created"],
      organization_ids: organizationIds.length > 0 ? organizationIds : [7],
      description: "calls.ts",
    },
    token,
  });
  console.log(`create_webhook: ${hooks.length} webhook(s)`);

  const listed = await call(baseUrl, "get", "/api/v1/external/webhooks/", { token });
  console.log(`list_webhooks: ${listed.count} in all`);

  const webhookId = hooks[0]?.id ?? listed.results[0]?.id ?? 1;
  const hook = await call(baseUrl, "get", "/api/v1/external/webhooks/{webhook_id}/", { path: { webhook_id: webhookId }, token });
  console.log(`get_webhook: ${hook.events.join(", ")} -> ${hook.target_url}, ${hook.failure_count ?? 0} failures`);

  const deliveries = await call(baseUrl, "get", "/api/v1/external/webhook-events/", { query: { webhook_id: webhookId }, token });
  console.log(`list_webhook_events: ${deliveries.count} deliveries`);

  const eventId = deliveries.results[0]?.id ?? 1;
  const delivery = await call(baseUrl, "get", "/api/v1/external/webhook-events/{event_id}/", { path: { event_id: eventId }, token });
  console.log(`get_webhook_event: ${delivery.event_type} ${delivery.status} (HTTP ${delivery.response_status ?? "-"})`);

  await call(baseUrl, "delete", "/api/v1/external/webhooks/{webhook_id}/", { path: { webhook_id: webhookId }, token });
  console.log("delete_webhook: done");

  const usage = await call(baseUrl, "get", "/api/v1/external/usage/", { query: { start_date: "2026-11-01", end_date: "2026-11-30" }, token });
  console.log(`get_usage: ${usage.results.map((u) => `${u.capability_name}=${u.usage}/${u.quota ?? "unlimited"}`).join(", ")}`);

  const upcoming = await call(baseUrl, "get", "/api/v1/external/calendar/upcoming-meetings/", { query: { limit: 5 }, token });
  console.log(`get_upcoming_meetings: ${upcoming.integrated ? upcoming.results.length : "no calendar"}`);

  await call(baseUrl, "post", "/api/auth/revoke-token/", {
    form: { client_id: clientId, client_secret: clientSecret, token },
  });
  console.log("revoke_access_token: done");
}

/** Calls the generated types must reject; each line fails the build if they accept it. */
export function rejectedCalls(baseUrl: string): void {
  // @ts-expect-error meeting_id is an integer
  void call(baseUrl, "get", "/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: "1042" } });
  // @ts-expect-error the status filter only takes the documented values
  void call(baseUrl, "get", "/api/v1/external/meeting/", { query: { status: "archived" } });
  // @ts-expect-error create_meeting needs a title
  void call(baseUrl, "post", "/api/v1/external/meeting/", { json: { organization_id: 7 } });
  // @ts-expect-error create_meeting rejects fields the spec does not define
  void call(baseUrl, "post", "/api/v1/external/meeting/", { json: { organization_id: 7, title: "x", colour: "red" } });
  // @ts-expect-error the token grant is a form, not JSON
  void call(baseUrl, "post", "/api/auth/token/", { json: { grant_type: "client_credentials" } });
  // @ts-expect-error upcoming meetings take at most 100 as a number, not a string
  void call(baseUrl, "get", "/api/v1/external/calendar/upcoming-meetings/", { query: { limit: "5" } });
  // @ts-expect-error create_webhook needs organization_ids
  void call(baseUrl, "post", "/api/v1/external/webhooks/", { json: { target_url: "https://x.example", events: ["meeting.created"] } });
  // @ts-expect-error topics can only be listed
  void call(baseUrl, "post", "/api/v1/external/topics/", {});
}

declare const process: { argv: string[]; exitCode?: number };

const [baseUrl, clientId, clientSecret] = process.argv.slice(2);
if (baseUrl === undefined || clientId === undefined || clientSecret === undefined) {
  console.error("usage: node calls.js BASE_URL CLIENT_ID CLIENT_SECRET");
  process.exitCode = 2;
} else {
  main(baseUrl, clientId, clientSecret).catch((error: unknown) => {
    console.error(error instanceof ApiError ? `${error.message}: ${JSON.stringify(error.body)}` : error);
    process.exitCode = 1;
  });
}
