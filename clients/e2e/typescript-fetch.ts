/**
 * openapi-generator's `typescript-fetch` client, generated from the published spec and used
 * exactly as generated: it must fetch a token and call the API with it. This is what another
 * team gets when it points a generator at build/spec/openapi.yaml. (With an `oauth2`
 * requirement this generator sends the token without `Bearer ` and every call is refused.)
 *
 *   MEEMO_BASE_URL=... MEEMO_CLIENT_ID=... MEEMO_CLIENT_SECRET=... node build/clients/e2e/clients/e2e/typescript-fetch.js
 */
import {
  AuthApi,
  Configuration,
  CreateAccessTokenGrantTypeEnum,
  MeetingsApi,
} from "../../build/clients/typescript-fetch/src/index";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`typescript-fetch: ${message}`);
}

async function main(basePath: string, clientId: string, clientSecret: string): Promise<void> {
  const issued = await new AuthApi(new Configuration({ basePath })).createAccessToken({
    grantType: CreateAccessTokenGrantTypeEnum.ClientCredentials,
    clientId,
    clientSecret,
  });
  check(issued.accessToken.length > 0, "the token endpoint issued no token");
  console.log(`typescript-fetch createAccessToken: a ${issued.tokenType} token for ${issued.expiresIn}s`);

  const meetings = new MeetingsApi(new Configuration({ basePath, accessToken: issued.accessToken }));
  const page = await meetings.listMeetings({ status: "past", size: 5 });
  const first = page.results[0];
  check(first !== undefined, "listMeetings returned no meeting");
  console.log(`typescript-fetch listMeetings: ${page.count} in all, first #${first.id} "${first.title}"`);

  const meeting = await meetings.getMeeting({ meetingId: first.id });
  check(meeting.id === first.id, `getMeeting(${first.id}) returned meeting ${meeting.id}`);
  console.log(`typescript-fetch getMeeting: #${meeting.id} starts ${meeting.startTime.toISOString()}`);

  const transcript = await meetings.getTranscript({ meetingId: first.id });
  check(transcript.meetingId === first.id, "getTranscript answered for another meeting");
  check(transcript.transcripts.length === transcript.totalSegments, "getTranscript's segment count is off");
  console.log(`typescript-fetch getTranscript: ${transcript.totalSegments} segments`);
}

const { MEEMO_BASE_URL: baseUrl, MEEMO_CLIENT_ID: clientId, MEEMO_CLIENT_SECRET: clientSecret } = process.env;
if (baseUrl === undefined || clientId === undefined || clientSecret === undefined) {
  console.error("typescript-fetch: set MEEMO_BASE_URL, MEEMO_CLIENT_ID and MEEMO_CLIENT_SECRET, e.g. to a local sandbox");
  process.exitCode = 2;
} else {
  main(baseUrl, clientId, clientSecret).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
