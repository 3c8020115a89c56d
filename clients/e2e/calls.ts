/**
 * Another team's program: every operation of the Meemo External API through the published
 * package, `@meemo-sdk/client` (clients/typescript), checking what comes back.
 *
 * `make clients` compiles it with `tsc --strict` against the package's generated types, so a
 * spec change that would break a typical TypeScript caller (a renamed path, a parameter that
 * changes type, a response field that disappears) breaks the build here first; the
 * `@ts-expect-error` lines check the other direction (the types must reject wrong calls).
 * Then it runs it against a fresh local sandbox.
 *
 *   MEEMO_BASE_URL=... MEEMO_CLIENT_ID=... MEEMO_CLIENT_SECRET=... node build/clients/e2e/clients/e2e/calls.js
 *
 * The client reads those variables itself, as it does in any program.
 */
import {
  type MeetingStatusValue,
  MeemoClient,
  NotFoundError,
  type SummaryResponse,
} from "@meemo-sdk/client";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`calls: ${message}`);
}

/** Open enums: a known value gets a label, one added later passes through untouched. */
function describeStatus(status: MeetingStatusValue): string {
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

function describeSummary(summary: SummaryResponse["summary"]): string {
  if (summary === null || summary === undefined) return "no summary yet";
  if (typeof summary === "string") return `${summary.length} characters of Markdown`;
  return `legacy summary with keys ${Object.keys(summary).join(", ")}`;
}

async function main(): Promise<void> {
  const client = new MeemoClient();

  const page = await client.get("/api/v1/external/meeting/", { query: { status: "past", page: 1, size: 5 } });
  const first = page.results[0];
  check(first !== undefined, "list_meetings: no past meeting");
  check(page.results.every((m) => m.status === "past"), "list_meetings: the status filter was not applied");
  console.log(`list_meetings: ${page.count} past meetings; first #${first.id} ${describeStatus(first.status)}`);

  let listed = 0;
  for await (const meeting of client.paginate("/api/v1/external/meeting/", { query: { size: 7 } })) {
    check(typeof meeting.id === "number", "paginate: an item without an id");
    listed += 1;
  }
  const all = await client.get("/api/v1/external/meeting/", { query: { size: 1 } });
  check(listed === all.count, `paginate: ${listed} meetings over the pages, count says ${all.count}`);
  console.log(`paginate: ${listed} meetings, 7 per page`);

  const path = { meeting_id: first.id };
  const meeting = await client.get("/api/v1/external/meeting/{meeting_id}/", { path });
  check(meeting.id === first.id, `get_meeting(${first.id}) answered meeting ${meeting.id}`);
  console.log(`get_meeting: "${meeting.title}" hosted by ${meeting.host.name}, starts ${meeting.start_time}`);

  const transcript = await client.get("/api/v1/external/meeting/{meeting_id}/transcript/", { path });
  check(transcript.transcripts.length === transcript.total_segments, "get_transcript: segment count is off");
  const spoken = transcript.transcripts.reduce((total, s) => total + (s.end_time - s.start_time), 0);
  console.log(`get_transcript: ${transcript.total_segments} segments, ${spoken.toFixed(1)}s of speech`);

  const summary = await client.get("/api/v1/external/meeting/{meeting_id}/summary/", { path });
  console.log(`get_summary: ${describeSummary(summary.summary)}`);

  const people = await client.get("/api/v1/external/meeting/{meeting_id}/participants/", { path });
  const guests = people.participants.filter((p) => p.id === null).length;
  console.log(`get_participants: ${people.total_participants} people, ${guests} external`);

  const recording = await client.get("/api/v1/external/meeting/{meeting_id}/recording/", { path });
  const formats = (recording.assets ?? []).map((a) => `${a.media_kind}/${a.format ?? "?"}`);
  console.log(`get_recording: ${recording.duration}s as ${recording.format}; assets ${formats.join(" ") || "none"}`);

  const video = await client.get("/api/v1/external/meeting/{meeting_id}/summary-with-video/", { path });
  console.log(`get_summary_with_video: ${video.citations?.length ?? 0} citations`);

  const topics = await client.get("/api/v1/external/topics/", { query: { organization_id: 7 } });
  console.log(`list_topics: ${topics.map((t) => `${t.alias} (${t.language})`).join(", ")}`);

  const created = await client.post("/api/v1/external/meeting/", {
    body: {
      organization_id: 7,
      title: "Imported all-hands recording",
      file_url: "https://files.example.com/all-hands.mp4",
      speaker_count: 4,
    },
  });
  check(created.title === "Imported all-hands recording", "create_meeting: the title did not round-trip");
  const fetched = await client.get("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: created.id } });
  check(fetched.id === created.id, "create_meeting: the new meeting cannot be read back");
  console.log(`create_meeting: #${created.id} is ${describeStatus(created.status)}`);

  try {
    await client.get("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: 999_999 } });
    check(false, "get_meeting(999999) should be a 404");
  } catch (error) {
    check(error instanceof NotFoundError, `get_meeting(999999) threw ${String(error)}`);
    console.log(`get_meeting(999999): NotFoundError, request id ${error.requestId ?? "-"}`);
  }

  const organizations = await client.get("/api/v1/external/webhooks/available-organizations/");
  check(organizations.length > 0, "list_available_organizations: none");
  console.log(`list_available_organizations: ${organizations.map((o) => o.name).join(", ")}`);

  const hooks = await client.post("/api/v1/external/webhooks/", {
    body: {
      target_url: "https://hooks.example.com/meemo",
      events: ["meeting.created"],
      organization_ids: organizations.map((o) => o.id),
      description: "calls.ts",
    },
  });
  check(hooks.length === organizations.length, "create_webhook: not one webhook per organization");
  console.log(`create_webhook: ${hooks.length} webhook(s)`);

  const webhooks = await client.get("/api/v1/external/webhooks/");
  console.log(`list_webhooks: ${webhooks.count} in all`);

  const hookId = hooks[0]?.id;
  check(hookId !== undefined, "create_webhook: answered no webhook");
  const hook = await client.get("/api/v1/external/webhooks/{webhook_id}/", { path: { webhook_id: hookId } });
  console.log(`get_webhook: ${hook.events.join(", ")} -> ${hook.target_url}, ${hook.failure_count ?? 0} failures`);

  const deliveries = await client.get("/api/v1/external/webhook-events/");
  const delivery = deliveries.results[0];
  check(delivery !== undefined, "list_webhook_events: the sandbox's deliveries are missing");
  const event = await client.get("/api/v1/external/webhook-events/{event_id}/", { path: { event_id: delivery.id } });
  console.log(`list_webhook_events: ${deliveries.count}; get_webhook_event: ${event.event_type} ${event.status}`);

  await client.delete("/api/v1/external/webhooks/{webhook_id}/", { path: { webhook_id: hookId } });
  const remaining = await client.get("/api/v1/external/webhooks/");
  check(remaining.results.every((h) => h.id !== hookId), "delete_webhook: the webhook is still listed");
  console.log("delete_webhook: done");

  const usage = await client.get("/api/v1/external/usage/");
  console.log(`get_usage: ${usage.results.map((u) => `${u.capability_name}=${u.usage}/${u.quota ?? "unlimited"}`).join(", ")}`);

  const upcoming = await client.get("/api/v1/external/calendar/upcoming-meetings/", { query: { limit: 5 } });
  console.log(`get_upcoming_meetings: ${upcoming.integrated ? upcoming.results.length : "no calendar"}`);

  await client.revokeToken();
  const again = await client.get("/api/v1/external/topics/");
  check(again.length > 0, "after revoke_token, a new token should be fetched");
  console.log("revoke_access_token: done; the next call fetched a new token");
}

/** Calls the generated types must reject; each line fails the build if they accept it. */
export function rejectedCalls(client: MeemoClient): void {
  // @ts-expect-error meeting_id is an integer
  void client.get("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: "1042" } });
  // @ts-expect-error get_meeting needs its path parameter
  void client.get("/api/v1/external/meeting/{meeting_id}/");
  // @ts-expect-error the status filter only takes the documented values
  void client.get("/api/v1/external/meeting/", { query: { status: "archived" } });
  // @ts-expect-error create_meeting needs a title
  void client.post("/api/v1/external/meeting/", { body: { organization_id: 7 } });
  // @ts-expect-error create_meeting rejects fields the spec does not define
  void client.post("/api/v1/external/meeting/", { body: { organization_id: 7, title: "x", colour: "red" } });
  // @ts-expect-error the token endpoints are the client's business, not the caller's
  void client.post("/api/auth/token/", {});
  // @ts-expect-error upcoming meetings take a number, not a string
  void client.get("/api/v1/external/calendar/upcoming-meetings/", { query: { limit: "5" } });
  // @ts-expect-error create_webhook needs organization_ids
  void client.post("/api/v1/external/webhooks/", { body: { target_url: "https://x.example", events: ["meeting.created"] } });
  // @ts-expect-error topics can only be listed
  void client.post("/api/v1/external/topics/", {});
  // @ts-expect-error a meeting's detail is not a paginated list
  void client.paginate("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: 1 } });
}

/** Open enums: the known values stay in the type (editors complete them), any string fits. */
export function openEnums(): MeetingStatusValue[] {
  type Known = Extract<MeetingStatusValue, "upcoming" | "ongoing" | "recording" | "past">;
  // Had the union collapsed to `string`, `Known` would be `never` and this would not compile.
  const known: Known[] = ["upcoming", "ongoing", "recording", "past"];
  const later: MeetingStatusValue = "archived";
  return [...known, later];
}

// Never aim this program at production by accident: the base URL must be given.
if (process.env["MEEMO_BASE_URL"] === undefined) {
  console.error("calls: set MEEMO_BASE_URL (and MEEMO_CLIENT_ID, MEEMO_CLIENT_SECRET), e.g. to a local sandbox");
  process.exitCode = 2;
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
