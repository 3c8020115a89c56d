"""The sandbox service: a WSGI app that answers like the Meemo External API.

State (meetings, tokens, injected failures, the request log) lives in one
``Sandbox`` object behind a lock, so a threaded server can share it.
"""

from __future__ import annotations

import hmac
import json
import logging
import math
import os
import secrets
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlencode

from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, RequestEntityTooLarge
from werkzeug.routing import Map, RequestRedirect, Rule
from werkzeug.wrappers import Request, Response

from meemo_sandbox import cors, fallback, processing
from meemo_sandbox import extras as extras
from meemo_sandbox import views as views
from meemo_sandbox.clock import Clock, TickingClock
from meemo_sandbox.data import (
    DEFAULT_SEED,
    ORGANIZATIONS,
    SERVICE_TZ,
    Meeting,
    Organization,
    Participant,
    Recording,
    Stage,
    Topic,
    User,
    build_dataset,
    topics_of,
    users_of,
)
from meemo_sandbox.input import (
    MeetingQuery,
    NewMeeting,
    QueryReader,
    parse_id,
    read_meeting_query,
    read_new_meeting,
)
from meemo_sandbox.spec import load_spec

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

_log = logging.getLogger("meemo_sdk.testing")

# Published, sandbox-only credentials: they open nothing but a local sandbox.
DEFAULT_CLIENT_ID: Final = "sandbox-client"
DEFAULT_CLIENT_SECRET: Final = "sandbox-secret"  # noqa: S105
LIMITED_CLIENT_ID: Final = "sandbox-limited-client"
LIMITED_CLIENT_SECRET: Final = "sandbox-limited-secret"  # noqa: S105
DEFAULT_TOKEN_LIFETIME: Final = 10800
LIMITED_ORGANIZATION_ID: Final = 7
TOKEN_SCOPE: Final = "read write"  # noqa: S105 - a scope list, not a secret
MAX_BODY_BYTES: Final = 1024 * 1024
"""A request body of this size or more is refused with 413 (see ``_body``)."""
DEFAULT_REQUEST_LOG_SIZE: Final = 10_000
MAX_LIVE_TOKENS: Final = 10_000
"""Beyond this many unexpired tokens, issuing one forgets the oldest."""

_FORM: Final = "application/x-www-form-urlencoded"
_FALLBACK: Final = "spec:"
_MEETING: Final = "/api/v1/external/meeting/"
_WEBHOOKS: Final = "/api/v1/external/webhooks/"
_WEBHOOK_EVENTS: Final = "/api/v1/external/webhook-events/"
_ROUTES: Final = (
    ("POST", "/api/auth/token/", "token"),
    ("POST", "/api/auth/revoke-token/", "revoke"),
    ("GET", _MEETING, "list_meetings"),
    ("POST", _MEETING, "create_meeting"),
    ("GET", _MEETING + "<meeting_id>/", "get_meeting"),
    ("GET", _MEETING + "<meeting_id>/transcript/", "transcript"),
    ("GET", _MEETING + "<meeting_id>/summary/", "summary"),
    ("GET", _MEETING + "<meeting_id>/participants/", "participants"),
    ("GET", _MEETING + "<meeting_id>/recording/", "recording"),
    ("GET", "/api/v1/external/topics/", "list_topics"),
    ("GET", _MEETING + "<meeting_id>/summary-with-video/", "summary_with_video"),
    ("GET", _WEBHOOKS, "list_webhooks"),
    ("POST", _WEBHOOKS, "create_webhook"),
    ("GET", _WEBHOOKS + "available-organizations/", "available_organizations"),
    ("GET", _WEBHOOKS + "<webhook_id>/", "get_webhook"),
    ("DELETE", _WEBHOOKS + "<webhook_id>/", "delete_webhook"),
    ("GET", _WEBHOOK_EVENTS, "list_webhook_events"),
    ("GET", _WEBHOOK_EVENTS + "<event_id>/", "get_webhook_event"),
    ("GET", "/api/v1/external/usage/", "usage"),
    ("GET", "/api/v1/external/calendar/upcoming-meetings/", "upcoming_meetings"),
)
_FAILURE_CODES: Final = {
    429: "rate_limited",
    500: "internal_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


@dataclass(frozen=True)
class Credentials:
    """A client-credentials pair and the organizations it may see."""

    client_id: str
    client_secret: str = field(repr=False)
    organization_ids: frozenset[int]


@dataclass(frozen=True)
class RecordedRequest:
    """One request the sandbox answered; bodies and headers are left out: they carry secrets."""

    method: str
    path: str
    query: str
    status: int
    request_id: str


@dataclass(frozen=True)
class _Token:
    client: Credentials
    expires_at: datetime


@dataclass
class _Failure:
    status: int
    retry_after: int | None
    path_prefix: str
    remaining: int


class _Reply(Exception):
    """Stops handling and answers with this status and JSON body."""

    def __init__(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


@dataclass(frozen=True)
class _Call:
    request: Request
    request_id: str
    client: Credentials


def _structured(
    code: str, message: str, request_id: str, *, params: object = None, retry_after: int = 0
) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message, "request_id": request_id}
    if params is not None:
        error["params"] = params
    error["recovery"] = {"retryable": retry_after > 0, "retry_after_seconds": retry_after}
    return {"error": error}


def _oauth(status: int, error: str, description: str) -> _Reply:
    return _Reply(status, {"error": error, "error_description": description})


Handler = Callable[["Sandbox", _Call, Mapping[str, str]], tuple[int, object]]


class Sandbox:
    """A stateful, in-memory Meemo External API, served as a WSGI application.

    Data is seeded from ``seed`` and laid out around ``now``: by default the
    current time, so "last week" means last week; pass a fixed ``now`` (as the
    pytest fixture does with ``DEFAULT_NOW``) for data that is the same on every
    run. ``clock`` tells the time for token expiry, ``bot_join_at`` checks and new
    meetings; by default it starts at ``now`` and ticks with real time. Pass a
    ``ManualClock`` to expire tokens in tests without sleeping.

    Operations of ``spec`` (default: the packaged ``openapi.yaml``) that the
    sandbox does not model are answered from the document's examples (see
    ``meemo_sandbox.fallback``). ``requests`` keeps the last ``request_log_size``
    requests.
    """

    def __init__(
        self,
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        limited_client_id: str = LIMITED_CLIENT_ID,
        limited_client_secret: str = LIMITED_CLIENT_SECRET,
        token_lifetime: int = DEFAULT_TOKEN_LIFETIME,
        seed: int = DEFAULT_SEED,
        now: datetime | None = None,
        clock: Clock | None = None,
        spec: str | os.PathLike[str] | None = None,
        request_log_size: int = DEFAULT_REQUEST_LOG_SIZE,
    ) -> None:
        if token_lifetime < 1:
            raise ValueError("token_lifetime must be at least 1 second")
        if request_log_size < 1:
            raise ValueError("request_log_size must be at least 1")
        if client_id == limited_client_id:
            raise ValueError("the full and the limited client need different client ids")
        if now is None:
            now = clock() if clock is not None else datetime.now(SERVICE_TZ)
        self.clock: Clock = clock or TickingClock(now)
        self.token_lifetime = token_lifetime
        self.credentials = Credentials(
            client_id, client_secret, frozenset(o.id for o in ORGANIZATIONS)
        )
        self.limited_credentials = Credentials(
            limited_client_id, limited_client_secret, frozenset({LIMITED_ORGANIZATION_ID})
        )
        dataset = build_dataset(seed, now)
        self.organizations: tuple[Organization, ...] = dataset.organizations
        self._topics: tuple[Topic, ...] = dataset.topics
        self._lock = threading.RLock()
        self._meetings: dict[int, Meeting] = {m.id: m for m in dataset.meetings}
        self._next_id = max(self._meetings) + 1
        self._imports: dict[int, tuple[datetime, Meeting]] = {}  # file_url meetings in progress
        self._webhooks = extras.WebhookStore(seed, now, self.organizations)
        self._tokens: dict[str, _Token] = {}
        self._failures: deque[_Failure] = deque()
        self._log: deque[RecordedRequest] = deque(maxlen=request_log_size)
        modelled = [(verb, path) for verb, path, _ in _ROUTES]
        self._fallback = {
            op.operation_id: op for op in fallback.operations(load_spec(spec), modelled)
        }
        self._urls = Map(
            [Rule(path, endpoint=name, methods=[verb]) for verb, path, name in _ROUTES]
            + [
                Rule(op.rule, endpoint=_FALLBACK + op.operation_id, methods=[op.method])
                for op in self._fallback.values()
            ]
        )

    def __repr__(self) -> str:
        return f"<Sandbox client_id={self.credentials.client_id!r} meetings={len(self._meetings)}>"

    # ----------------------------------------------------------------- public helpers

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests answered so far, oldest first (the last ``request_log_size``)."""
        with self._lock:
            return list(self._log)

    @property
    def fallback_operations(self) -> list[str]:
        """Ids of the operations answered from the spec's examples, not modelled."""
        return sorted(self._fallback)

    def meeting_ids(self, organization_id: int | None = None) -> list[int]:
        """Ids of the stored meetings, newest start time first, optionally of one organization."""
        self._advance_imports()
        with self._lock:
            meetings = [
                m
                for m in self._meetings.values()
                if organization_id is None or m.organization_id == organization_id
            ]
        return [m.id for m in sorted(meetings, key=_newest_first, reverse=True)]

    def user_token_for(self, user_id: int) -> str:
        """The User Personal Token the sandbox accepts as ``user_token`` for this user."""
        if not any(u.id == user_id for o in self.organizations for u in users_of(o.id)):
            raise ValueError(f"the sandbox has no user {user_id}")
        return f"upt_sandbox_{user_id}"

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        retry_after: int | None = None,
        path_prefix: str = "/api/",
    ) -> None:
        """Answer the next ``times`` matching requests with a 429 or 5xx, to test retries."""
        if status not in _FAILURE_CODES:
            raise ValueError(f"status must be one of {sorted(_FAILURE_CODES)}")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._failures.append(_Failure(status, retry_after, path_prefix, times))

    # ----------------------------------------------------------------- WSGI

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        request = Request(environ)
        request.max_content_length = MAX_BODY_BYTES
        request.max_form_memory_size = MAX_BODY_BYTES
        request_id = "req_" + secrets.token_hex(10)
        origin = cors.allowed_origin(request.headers.get("Origin"))
        try:
            if request.method == "OPTIONS":
                response = self._options(request, origin)
            else:
                response = self._dispatch(request, request_id)
        except RequestEntityTooLarge:
            message = f"The request body must be smaller than {MAX_BODY_BYTES} bytes."
            response = _json(413, {"detail": message})
        except HTTPException as exc:
            response = _json(exc.code or 400, {"detail": exc.description or exc.name})
        except Exception:
            _log.exception("sandbox failed on %s %s", request.method, request.path)
            body = _structured(
                "internal_error", "An unexpected error occurred.", request_id, retry_after=5
            )
            response = _json(500, body)
        response.headers["X-Request-ID"] = request_id
        if origin is not None:
            cors.grant(response.headers, origin)
        elif "Origin" in request.headers:
            cors.vary(response.headers, "Origin")
        with self._lock:
            self._log.append(
                RecordedRequest(
                    request.method,
                    request.path,
                    request.query_string.decode("latin-1"),
                    response.status_code,
                    request_id,
                )
            )
        return response(environ, start_response)

    def _options(self, request: Request, origin: str | None) -> Response:
        """A CORS preflight (or a plain OPTIONS): which methods the path takes."""
        allowed = self._urls.bind_to_environ(request.environ).allowed_methods()
        if not allowed:
            return _json(404, {"detail": "Not found."})
        is_preflight = "Access-Control-Request-Method" in request.headers
        if is_preflight and "Origin" in request.headers and origin is None:
            return _json(403, {"detail": cors.REFUSAL})
        response = Response(status=204)
        response.headers["Allow"] = ", ".join(sorted({*allowed, "OPTIONS"}))
        if is_preflight and origin is not None:
            cors.preflight(response.headers, request.headers, allowed)
        return response

    def _dispatch(self, request: Request, request_id: str) -> Response:
        adapter = self._urls.bind_to_environ(request.environ)
        try:
            endpoint, args = adapter.match()
        except RequestRedirect as redirect:
            return redirect.get_response(request.environ)
        except MethodNotAllowed as exc:
            response = _json(405, {"detail": f'Method "{request.method}" not allowed.'})
            response.headers["Allow"] = ", ".join(sorted(exc.valid_methods or ()))
            return response
        except NotFound:
            return _json(404, {"detail": "Not found."})
        try:
            self._maybe_fail(request, request_id)
            if endpoint == "token":
                return _json(200, self._issue_token(request), {"Cache-Control": "no-store"})
            if endpoint == "revoke":
                return _json(200, self._revoke_token(request))
            if str(endpoint).startswith(_FALLBACK):
                return self._answer_from_spec(request, request_id, str(endpoint), args)
            call = _Call(request, request_id, self._authenticate(request))
            self._advance_imports()  # every answer sees imported recordings as of now
            status, body = _HANDLERS[str(endpoint)](self, call, args)
            return Response(status=204) if status == 204 else _json(status, body)
        except _Reply as reply:
            return _json(reply.status, reply.body, reply.headers)

    def _answer_from_spec(
        self, request: Request, request_id: str, endpoint: str, args: Mapping[str, str]
    ) -> Response:
        operation = self._fallback[endpoint.removeprefix(_FALLBACK)]
        if operation.needs_token:
            self._authenticate(request)
        headers = {name.lower(): value for name, value in request.headers.items()}
        problems = fallback.check_parameters(operation, args, request.args, headers)
        if problems:
            raise _Reply(400, {"detail": problems})
        if operation.body_is_json and (operation.body_required or request.content_length):
            body = _json_body(request, request_id)
            mistakes = fallback.check_body(operation, body)
            if mistakes:
                raise _Reply(400, _validation_error(mistakes, request_id))
        elif operation.body_required and not _body(request):
            message = "The request body is required."
            raise _Reply(400, _structured("invalid_body", message, request_id))
        if not operation.has_example:
            if operation.media_type is None:
                return Response(status=operation.status)
            message = (
                f"The sandbox does not model {operation.operation_id}, and the spec gives no "
                f"example for its {operation.status} response to answer with."
            )
            return _json(501, {"detail": message})
        if isinstance(operation.example, str) and not fallback.is_json_media(operation.media_type):
            return Response(operation.example, operation.status, mimetype=operation.media_type)
        return _json(operation.status, operation.example)

    def _maybe_fail(self, request: Request, request_id: str) -> None:
        with self._lock:
            failure = next(
                (f for f in self._failures if request.path.startswith(f.path_prefix)), None
            )
            if failure is None:
                return
            failure.remaining -= 1
            if failure.remaining == 0:
                self._failures.remove(failure)
        headers = {} if failure.retry_after is None else {"Retry-After": str(failure.retry_after)}
        wait = failure.retry_after or 0
        if failure.status == 429:
            message = f"Rate limit exceeded, retry in {wait} seconds."
        else:
            message = "The service is temporarily unavailable."
        code = _FAILURE_CODES[failure.status]
        body = _structured(code, message, request_id, retry_after=wait)
        body["error"]["recovery"]["retryable"] = True
        raise _Reply(failure.status, body, headers)

    # ----------------------------------------------------------------- OAuth2

    def _client_for(self, client_id: str | None, client_secret: str | None) -> Credentials:
        for candidate in (self.credentials, self.limited_credentials):
            if (
                client_id == candidate.client_id
                and client_secret is not None
                and hmac.compare_digest(client_secret.encode(), candidate.client_secret.encode())
            ):
                return candidate
        raise _oauth(401, "invalid_client", "Client authentication failed.")

    def _form(self, request: Request) -> dict[str, str]:
        if request.mimetype != _FORM:
            raise _oauth(400, "invalid_request", f"Send the request body as {_FORM}.")
        return {key: request.form[key] for key in request.form}

    def _issue_token(self, request: Request) -> dict[str, Any]:
        form = self._form(request)
        grant = form.get("grant_type")
        if not grant:
            raise _oauth(400, "invalid_request", "grant_type is required.")
        if grant != "client_credentials":
            raise _oauth(400, "unsupported_grant_type", "Only client_credentials is supported.")
        client = self._client_for(form.get("client_id"), form.get("client_secret"))
        token = secrets.token_urlsafe(32)
        now = self.clock()
        with self._lock:
            self._tokens = {k: t for k, t in self._tokens.items() if t.expires_at > now}
            while len(self._tokens) >= MAX_LIVE_TOKENS:
                del self._tokens[next(iter(self._tokens))]
            self._tokens[token] = _Token(client, now + timedelta(seconds=self.token_lifetime))
        return {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": self.token_lifetime,
            "scope": TOKEN_SCOPE,
        }

    def _revoke_token(self, request: Request) -> dict[str, Any]:
        form = self._form(request)
        client = self._client_for(form.get("client_id"), form.get("client_secret"))
        token = form.get("token")
        if not token:
            raise _oauth(400, "invalid_request", "token is required.")
        with self._lock:
            held = self._tokens.get(token)
            # RFC 7009: an unknown token, or another client's, is acknowledged all the same.
            if held is not None and held.client.client_id == client.client_id:
                del self._tokens[token]
        return {}

    def _authenticate(self, request: Request) -> Credentials:
        header = request.headers.get("Authorization", "")
        if not header:
            raise _Reply(
                401,
                {"detail": "Authentication credentials were not provided."},
                {"WWW-Authenticate": 'Bearer realm="meemo"'},
            )
        scheme, _, token = header.partition(" ")
        with self._lock:
            held = self._tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        invalid = {"WWW-Authenticate": 'Bearer realm="meemo", error="invalid_token"'}
        if held is None:
            raise _Reply(401, {"detail": "Invalid token."}, invalid)
        if held.expires_at <= self.clock():
            raise _Reply(401, {"detail": "Token has expired."}, invalid)
        return held.client

    # ----------------------------------------------------------------- access rules

    def _require_organization(self, call: _Call, organization_id: int) -> None:
        if organization_id not in call.client.organization_ids:
            message = f"You do not have access to organization {organization_id}."
            raise _Reply(403, _structured("forbidden", message, call.request_id))

    def _advance_imports(self) -> None:
        """Imported recordings move through their stages as the clock goes (`processing`)."""
        with self._lock:
            if not self._imports:
                return
            now = self.clock()
            for meeting_id, (started, created) in list(self._imports.items()):
                current = processing.imported(created, started, now)
                self._meetings[meeting_id] = current
                if current.summary_complete:
                    del self._imports[meeting_id]

    def _meeting(self, call: _Call, raw_id: str) -> Meeting:
        meeting_id = self._path_id(raw_id, "meeting_id")
        with self._lock:
            meeting = self._meetings.get(meeting_id)
        if meeting is None:
            raise _Reply(404, {"detail": "Not found."})
        if meeting.organization_id not in call.client.organization_ids:
            message = f"You do not have access to meeting {meeting.id}."
            raise _Reply(403, _structured("forbidden", message, call.request_id))
        return meeting

    # ----------------------------------------------------------------- operations

    def _list_meetings(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        query = read_meeting_query(call.request.args)
        if not isinstance(query, MeetingQuery):
            raise _Reply(400, {"detail": query})
        if query.organization_id is not None:
            self._require_organization(call, query.organization_id)
        visible = call.client.organization_ids
        with self._lock:
            found = [
                m
                for m in self._meetings.values()
                if m.organization_id in visible and query.matches(m)
            ]
        found.sort(key=_newest_first, reverse=True)
        last_page = max(1, math.ceil(len(found) / query.size))
        if query.page > last_page:
            problem = {
                "msg": f"page {query.page} is past the last page ({last_page}).",
                "loc": ["query", "page"],
                "type": "invalid_page",
            }
            raise _Reply(400, {"detail": [problem]})
        start = (query.page - 1) * query.size
        return 200, {
            "count": len(found),
            "next": _page_url(call.request, query.page + 1) if query.page < last_page else None,
            "previous": _page_url(call.request, query.page - 1) if query.page > 1 else None,
            "results": [views.meeting_list_item(m) for m in found[start : start + query.size]],
        }

    def _create_meeting(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        body = _json_body(call.request, call.request_id)
        now = self.clock()
        new = read_new_meeting(body, now)
        if not isinstance(new, NewMeeting):
            raise _Reply(400, _validation_error(new, call.request_id))
        self._require_organization(call, new.organization_id)
        topics = topics_of(new.organization_id)
        problems: list[tuple[str, str]] = []
        topic = topics[0]
        if new.topic_id is not None:
            matching = [t for t in topics if t.id == new.topic_id]
            if matching:
                topic = matching[0]
            else:
                message = f"topic_id does not name a topic of organization {new.organization_id}."
                problems.append(("topic_id", message))
        people = users_of(new.organization_id)
        host = people[0]
        if new.user_token is not None:
            owners = [u for u in people if self.user_token_for(u.id) == new.user_token]
            if owners:
                host = owners[0]
            else:
                message = "user_token is not a User Personal Token of this organization."
                problems.append(("user_token", message))
        if problems:
            raise _Reply(400, _validation_error(problems, call.request_id))
        with self._lock:
            meeting = _new_meeting(self._next_id, new, now, host, topic)
            self._meetings[meeting.id] = meeting
            self._next_id += 1
            if new.file_url is not None:
                self._imports[meeting.id] = (now, meeting)
        return 201, views.meeting_detail(meeting)

    def _get_meeting(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        return 200, views.meeting_detail(self._meeting(call, args["meeting_id"]))

    def _transcript(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        return 200, views.transcript(self._meeting(call, args["meeting_id"]))

    def _summary(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        return 200, views.summary(self._meeting(call, args["meeting_id"]))

    def _participants(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        return 200, views.participants(self._meeting(call, args["meeting_id"]))

    def _recording(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        return 200, views.recording(self._meeting(call, args["meeting_id"]))

    def _summary_with_video(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        return 200, extras.summary_with_video_view(self._meeting(call, args["meeting_id"]))

    def _visible_organizations(self, call: _Call, reader: QueryReader) -> list[Organization]:
        """The caller's organizations, or just the one `organization_id` names (403 if not its)."""
        organization_id = reader.integer("organization_id")
        if reader.problems:
            raise _Reply(400, {"detail": reader.problems})
        if organization_id is not None:
            self._require_organization(call, organization_id)
        return [
            o
            for o in self.organizations
            if o.id in call.client.organization_ids
            and (organization_id is None or o.id == organization_id)
        ]

    def _path_id(self, raw_id: str, name: str) -> int:
        value = parse_id(raw_id)
        if value is None:
            problem = {
                "msg": f"{name} must be a positive integer.",
                "loc": ["path", name],
                "type": "int_parsing",
            }
            raise _Reply(400, {"detail": [problem]})
        return value

    def _webhook(self, call: _Call, raw_id: str) -> extras.Webhook:
        webhook_id = self._path_id(raw_id, "webhook_id")
        with self._lock:
            hook = self._webhooks.webhooks.get(webhook_id)
        if hook is None:
            raise _Reply(404, {"detail": "Not found."})
        self._require_organization(call, hook.organization_id)
        return hook

    def _available_organizations(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        visible = call.client.organization_ids
        return 200, [{"id": o.id, "name": o.name} for o in self.organizations if o.id in visible]

    def _list_webhooks(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        visible = call.client.organization_ids
        with self._lock:
            hooks = [h for h in self._webhooks.webhooks.values() if h.organization_id in visible]
        return 200, {
            "count": len(hooks),
            "next": None,
            "previous": None,
            "results": [extras.webhook_view(h, detail=False) for h in hooks],
        }

    def _create_webhook(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        body = _json_body(call.request, call.request_id)
        new = extras.read_new_webhook(body)
        if not isinstance(new, extras.NewWebhook):
            raise _Reply(400, _validation_error(new, call.request_id))
        for organization_id in new.organization_ids:
            self._require_organization(call, organization_id)
        with self._lock:
            created = self._webhooks.add(new, self.clock())
        return 201, [extras.webhook_view(h, detail=False) for h in created]

    def _get_webhook(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        return 200, extras.webhook_view(self._webhook(call, args["webhook_id"]), detail=True)

    def _delete_webhook(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        hook = self._webhook(call, args["webhook_id"])
        with self._lock:
            self._webhooks.remove(hook.id)
        return 204, None

    def _list_webhook_events(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        reader = QueryReader(call.request.args)
        webhook_id = reader.integer("webhook_id")
        if reader.problems:
            raise _Reply(400, {"detail": reader.problems})
        visible = call.client.organization_ids
        with self._lock:
            found = [
                d
                for d in self._webhooks.deliveries.values()
                if d.organization_id in visible and webhook_id in (None, d.webhook_id)
            ]
        found.sort(key=lambda d: (d.created_at, d.id), reverse=True)
        return 200, {"count": len(found), "results": [extras.delivery_view(d) for d in found]}

    def _get_webhook_event(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        event_id = self._path_id(args["event_id"], "event_id")
        with self._lock:
            delivery = self._webhooks.deliveries.get(event_id)
        if delivery is None:
            raise _Reply(404, {"detail": "Not found."})
        self._require_organization(call, delivery.organization_id)
        return 200, extras.delivery_view(delivery)

    def _usage(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        reader = QueryReader(call.request.args)
        start, end = reader.day("start_date"), reader.day("end_date")
        if start is not None and end is not None and start > end:
            problem = {
                "msg": "start_date must not be after end_date.",
                "loc": ["query", "start_date"],
                "type": "date_range",
            }
            raise _Reply(400, {"detail": [problem]})
        organizations = self._visible_organizations(call, reader)
        with self._lock:
            meetings = list(self._meetings.values())
        return 200, extras.usage_view(organizations, meetings, start, end)

    def _upcoming_meetings(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        reader = QueryReader(call.request.args)
        limit = reader.integer("limit", maximum=extras.UPCOMING_MAX_LIMIT)
        organizations = self._visible_organizations(call, reader)  # raises the problems
        with self._lock:
            meetings = list(self._meetings.values())
        return 200, extras.upcoming_view(
            organizations, meetings, self.clock(), limit or extras.UPCOMING_DEFAULT_LIMIT
        )

    def _list_topics(self, call: _Call, args: Mapping[str, str]) -> tuple[int, object]:
        reader = QueryReader(call.request.args)
        organization_id = reader.integer("organization_id")
        if reader.problems:
            raise _Reply(400, {"detail": reader.problems})
        visible = call.client.organization_ids
        if organization_id is not None:
            self._require_organization(call, organization_id)
            visible = frozenset({organization_id})
        return 200, [views.topic(t) for t in self._topics if t.organization_id in visible]


_HANDLERS: Final[dict[str, Handler]] = {
    "list_meetings": Sandbox._list_meetings,
    "create_meeting": Sandbox._create_meeting,
    "get_meeting": Sandbox._get_meeting,
    "transcript": Sandbox._transcript,
    "summary": Sandbox._summary,
    "participants": Sandbox._participants,
    "recording": Sandbox._recording,
    "list_topics": Sandbox._list_topics,
    "summary_with_video": Sandbox._summary_with_video,
    "available_organizations": Sandbox._available_organizations,
    "list_webhooks": Sandbox._list_webhooks,
    "create_webhook": Sandbox._create_webhook,
    "get_webhook": Sandbox._get_webhook,
    "delete_webhook": Sandbox._delete_webhook,
    "list_webhook_events": Sandbox._list_webhook_events,
    "get_webhook_event": Sandbox._get_webhook_event,
    "usage": Sandbox._usage,
    "upcoming_meetings": Sandbox._upcoming_meetings,
}


def _newest_first(meeting: Meeting) -> tuple[datetime, int]:
    return (meeting.start_time, meeting.id)


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _body(request: Request) -> bytes:
    """The request body; 413 from MAX_BODY_BYTES on. A Content-Length over the cap is
    refused before anything is read, a chunked body as soon as it reaches the cap."""
    data = request.get_data()
    if len(data) >= MAX_BODY_BYTES:
        raise RequestEntityTooLarge()
    return data


def _json_body(request: Request, request_id: str) -> object:
    """The request's JSON body, or a 400 in the structured shape: wrong content type,
    malformed (``NaN`` included), or nested too deeply to parse."""
    if not request.is_json:
        message = "Send the body as JSON with Content-Type: application/json."
        raise _Reply(400, _structured("invalid_body", message, request_id))
    data = _body(request)
    try:
        return json.loads(data, parse_constant=_refuse_constant)
    except RecursionError:
        message = "The body is nested too deeply."
    except ValueError:  # UnicodeDecodeError included
        message = "The body is not valid JSON."
    raise _Reply(400, _structured("invalid_body", message, request_id))


def _json(status: int, body: object, headers: dict[str, str] | None = None) -> Response:
    text = json.dumps(body, ensure_ascii=False)
    return Response(text, status=status, headers=headers, mimetype="application/json")


def _page_url(request: Request, page: int) -> str:
    """An absolute URL on the host the client called, keeping every other parameter."""
    pairs = [(k, v) for k, v in request.args.items(multi=True) if k != "page"]
    if page > 1:
        pairs.append(("page", str(page)))
    return request.base_url + ("?" + urlencode(pairs) if pairs else "")


def _validation_error(problems: list[tuple[str, str]], request_id: str) -> dict[str, Any]:
    fields = list(dict.fromkeys(f for f, _ in problems))
    return _structured(
        "validation_error",
        " ".join(dict.fromkeys(m for _, m in problems)),
        request_id,
        params={"fields": fields, "errors": [{"field": f, "message": m} for f, m in problems]},
    )


def _new_meeting(
    meeting_id: int, new: NewMeeting, now: datetime, host: User, topic: Topic
) -> Meeting:
    """A freshly created meeting, in the state the service reports right after creation."""
    now = now.astimezone(SERVICE_TZ).replace(microsecond=0)
    start = new.start_time or new.bot_join_at or now
    people = {u.email.casefold(): u for u in users_of(new.organization_id)}
    participants = [Participant(host.id, host.name, host.email, host.position, host.department)]
    for email in dict.fromkeys(new.participants):
        user = people.get(email.casefold())
        if user is not None and user.id != host.id:
            participants.append(
                Participant(user.id, user.name, user.email, user.position, user.department)
            )
        elif user is None:
            participants.append(Participant(None, email.split("@")[0], email))
    if new.file_url is not None:
        status, recording = "past", Stage("in_progress", "Importing the file.")
    elif new.bot_meeting_url is not None and new.bot_join_at is not None:
        status, recording = "upcoming", Stage("pending", "Bot scheduled to join.")
    elif new.bot_meeting_url is not None:
        status, recording = "recording", Stage("in_progress", "Bot is joining the meeting.")
    else:
        status = "upcoming" if start > now else "ongoing"
        recording = Stage("pending", "Waiting for audio.")
    calendar_event = None
    if new.calendar_event is not None:  # the snapshot as sent: fields not given stay absent
        calendar_event = {k: v for k, v in new.calendar_event.items() if v is not None}
    return Meeting(
        id=meeting_id,
        organization_id=new.organization_id,
        title=new.title,
        start_time=start,
        end_time=None,
        created_at=now,
        location="",
        status=status,
        summary_complete=False,
        host=host,
        language=topic.language,
        keywords=(),
        participants=tuple(participants),
        duration_seconds=None,
        num_cluster=new.speaker_count or 0,
        calendar_event=calendar_event,
        stages={
            "recording": recording,
            "transcription": Stage("pending", "Waiting for the recording."),
            "summarization": Stage("pending", "Waiting for the transcript."),
        },
        transcript=(),
        summary=None,
        notes="",
        recording=Recording(None, 0.0, "mp3", ()),
    )
