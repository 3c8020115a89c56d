"""The SDK's exceptions, and how an HTTP error response becomes one.

Every failure a caller can see is a `MeemoError`. Status errors are mapped here,
before any generated parsing runs, because the generated code returns documented
errors as models, raises `ValueError` on statuses outside `HTTPStatus` (e.g. 520)
and `JSONDecodeError` on HTML bodies.
"""

from __future__ import annotations

import json
import math
import re
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict

if TYPE_CHECKING:
    import httpx

    from .models import MeetingDetail

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "InternalServerError",
    "InvalidRequestError",
    "MeemoError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProcessingFailedError",
    "RateLimitError",
    "WaitTimeoutError",
]

_SNIPPET_CHARS = 200


class MeemoError(Exception):
    """Base class of every exception the SDK raises."""


class InvalidRequestError(MeemoError, ValueError):
    """An argument is invalid; raised before any request is sent.

    `argument` names the offending parameter.
    """

    def __init__(self, argument: str, message: str) -> None:
        super().__init__(message)
        self.argument = argument


class ConfigurationError(MeemoError, ValueError):
    """The client cannot be built as configured (e.g. no credentials)."""


class APIError(MeemoError):
    """A request was sent (or attempted) and did not produce a usable result."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The service could not be reached, the connection broke, or the client is closed."""


class APITimeoutError(APIConnectionError):
    """An attempt overran `timeout`, or the call `total_timeout` (after any retries)."""


class APIResponseValidationError(APIError):
    """A body that does not fit the documented schema, is over `max_response_bytes`, or
    cannot be decoded; or a token answer without a usable token.

    `field` locates the offending value when one does, e.g. `results[3].summary_complete`.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code: int = response.status_code
        self.body = body
        self.field = field


class Recovery(TypedDict):
    """Whether and when the failed request may be retried.

    From the error body's `recovery` when the service sends one; otherwise `retryable`
    follows the status (429 and 5xx) and `retry_after_seconds` the `Retry-After` header.
    """

    retryable: bool
    retry_after_seconds: NotRequired[int]


class APIStatusError(APIError):
    """The service answered with a non-success status.

    `code`, `params` and `request_id` come from the structured error body (or the
    `X-Request-ID` header); `recovery` says whether retrying can help.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        code: str | None = None,
        request_id: str | None = None,
        params: Any = None,
        recovery: Recovery | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code: int = response.status_code
        self.body = body
        self.code = code
        self.request_id = request_id
        self.params = params
        self.recovery: Recovery = recovery or {"retryable": False}

    @property
    def api_code(self) -> str | None:
        """The service's error code (`code`), under the official client's name."""
        return self.code

    def __str__(self) -> str:
        parts = [f"{self.status_code}: {self.message}"]
        if self.code:
            parts.append(f"code={self.code}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " ".join(parts)


class BadRequestError(APIStatusError):
    """400 or 422: the service rejected the parameters."""


class AuthenticationError(APIStatusError):
    """401, or the token endpoint refused the client credentials."""


class PermissionDeniedError(APIStatusError):
    """403: no access to the organization or meeting."""


class NotFoundError(APIStatusError):
    """404: no such meeting (or resource)."""


class RateLimitError(APIStatusError):
    """429: too many requests. `retry_after` is the server's hint in seconds, if any."""

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


class ProcessingFailedError(MeemoError):
    """`wait_until_ready`: the service reports a processing stage as `failed`.

    `stage` is the stage that failed (it may come before the one waited for: a
    summary cannot follow a failed transcription), `description` the service's
    explanation, `detail` the `MeetingDetail` that reported it.
    """

    def __init__(
        self, meeting_id: int, stage: str, description: str, detail: MeetingDetail
    ) -> None:
        reason = f": {description}" if description else ""
        super().__init__(f"Meeting {meeting_id}: {stage} failed{reason}")
        self.meeting_id = meeting_id
        self.stage = stage
        self.description = description
        self.detail = detail


class WaitTimeoutError(MeemoError, TimeoutError):
    """`wait_until_ready`: the stage did not complete within the timeout.

    `detail` is the last `MeetingDetail` seen, so the caller can report how far
    processing got; `last_status` is that detail's status of `stage`.
    """

    def __init__(
        self, meeting_id: int, stage: str, timeout: float, detail: MeetingDetail, last_status: str
    ) -> None:
        super().__init__(
            f"Meeting {meeting_id}: {stage} not completed after {timeout:g} s "
            f"(last status: {last_status})"
        )
        self.meeting_id = meeting_id
        self.stage = stage
        self.timeout = timeout
        self.detail = detail
        self.last_status = last_status


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: BadRequestError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def decode_json(response: httpx.Response) -> Any:
    """The body as JSON (a UTF-8 byte-order mark ignored), or `None` when it is not JSON."""
    content = response.content.removeprefix(b"\xef\xbb\xbf")
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


def snippet(response: httpx.Response) -> str:
    """A short, single-line excerpt of the body for messages."""
    text = response.content[: _SNIPPET_CHARS * 4].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text[:_SNIPPET_CHARS] + ("…" if len(text) > _SNIPPET_CHARS else "")


_HTML_TITLE = re.compile(r"<(title|h1)[^>]*>(.*?)</\1>", re.IGNORECASE | re.DOTALL)


def _text_message(response: httpx.Response) -> str:
    reason = f"{response.status_code} {response.reason_phrase}".strip()
    text = response.content.decode("utf-8", errors="replace")
    if "html" in response.headers.get("content-type", "") or text.lstrip().startswith("<"):
        match = _HTML_TITLE.search(text)
        title = " ".join(_unescape(re.sub(r"<[^>]+>", "", match.group(2))).split()) if match else ""
        return f"{reason} (HTML error page{': ' + title if title else ''})"
    excerpt = snippet(response)
    return f"{reason}: {excerpt}" if excerpt else f"{reason} (empty body)"


def _detail_message(detail: object) -> str | None:
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, dict):
                loc = item.get("loc")
                where = ".".join(str(p) for p in loc) if isinstance(loc, list) else ""
                msg = str(item.get("msg", item))
                parts.append(f"{where}: {msg}" if where else msg)
            else:
                parts.append(str(item))
        return "; ".join(parts) or None
    return None


def parse_error_body(body: object) -> tuple[str | None, str | None, str | None]:
    """(message, code, request_id) from any error body shape the service uses."""
    if not isinstance(body, dict):
        return None, None, None
    error = body.get("error")
    if isinstance(error, dict):
        message = error.get("message")
        code = error.get("code")
        request_id = error.get("request_id")
        return (
            str(message) if message is not None else None,
            str(code) if code is not None else None,
            str(request_id) if request_id is not None else None,
        )
    if isinstance(error, str):
        description = body.get("error_description")
        return (str(description) if description else error), error, None
    message = _detail_message(body.get("detail"))
    if message is None and isinstance(body.get("message"), str):
        message = body["message"]
    return message, None, None


def _body_recovery(body: object) -> Recovery | None:
    error = body.get("error") if isinstance(body, dict) else None
    raw = error.get("recovery") if isinstance(error, dict) else None
    if not isinstance(raw, dict) or not isinstance(raw.get("retryable"), bool):
        return None
    recovery: Recovery = {"retryable": raw["retryable"]}
    seconds = raw.get("retry_after_seconds")
    if isinstance(seconds, int) and not isinstance(seconds, bool):
        recovery["retry_after_seconds"] = seconds
    return recovery


def _recovery(body: object, status_code: int, retry_after: float | None) -> Recovery:
    found = _body_recovery(body)
    if found is not None:
        return found
    recovery: Recovery = {"retryable": status_code == 429 or status_code >= 500}
    if recovery["retryable"] and retry_after is not None:
        recovery["retry_after_seconds"] = math.ceil(retry_after)
    return recovery


def _params(body: object) -> Any:
    error = body.get("error") if isinstance(body, dict) else None
    return error.get("params") if isinstance(error, dict) else None


def _server_retry_after(body: object) -> float | None:
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        recovery = body["error"].get("recovery")
        if isinstance(recovery, dict):
            seconds = recovery.get("retry_after_seconds")
            if isinstance(seconds, int | float) and not isinstance(seconds, bool):
                return float(seconds)
    return None


def _credentials_error(
    response: httpx.Response, error_class: type[APIStatusError] | None, retry_after: float | None
) -> APIStatusError:
    """The error for a token or revoke answer, which may echo a secret or hold a token.

    Only a JSON OAuth error object (RFC 6749 section 5.2) is read, its `error` and
    `error_description` with the request's own secrets masked; any other body, however
    it is encoded, is neither quoted nor kept.
    """
    body = decode_json(response)
    reason = f"{response.status_code} {response.reason_phrase}".strip()
    endpoint = response.request.url.path
    code = body.get("error") if isinstance(body, dict) else None
    description = body.get("error_description") if isinstance(body, dict) else None
    kept: dict[str, str] | None = None
    if isinstance(code, str) and code.strip():
        secrets = _request_secrets(response.request)
        code = _mask(code, secrets)
        kept = {"error": code}
        if isinstance(description, str) and description.strip():
            kept["error_description"] = message = _mask(description, secrets)
        else:
            message = f"{reason} from {endpoint}: {code}"
    elif response.is_redirect:
        code = None
        message = (
            f"{reason} from {endpoint}: the credentials endpoint redirected, and the SDK "
            "never sends client credentials to a redirect target; check base_url"
        )
    else:
        code = None
        message = f"{reason} from {endpoint} (body withheld: it may hold credentials)"
    cls = error_class or status_error_class(response.status_code)
    error = cls(
        message,
        response=response,
        body=kept,
        code=code,
        request_id=response.headers.get("x-request-id"),
        recovery=_recovery(None, response.status_code, retry_after),
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error


def _request_secrets(request: httpx.Request) -> list[str]:
    """The secret values of a credentials request's form body, longest first."""
    from urllib.parse import parse_qsl

    import httpx  # deferred: `meemo --help` imports this module, and needs no httpx

    try:
        form = parse_qsl(request.content.decode("ascii"))
    except (httpx.RequestNotRead, UnicodeDecodeError):
        return []
    secrets = {value for name, value in form if name in ("client_secret", "token") and value}
    return sorted(secrets, key=len, reverse=True)


def _mask(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text[:_SNIPPET_CHARS]


def status_error(
    response: httpx.Response,
    *,
    retry_after: float | None = None,
    error_class: type[APIStatusError] | None = None,
    withhold_body: bool = False,
) -> APIStatusError:
    """The exception for a non-success response, with whatever the body tells.

    `withhold_body` for the credentials endpoints: nothing of the body is quoted or kept.
    """
    if withhold_body:
        return _credentials_error(response, error_class, retry_after)
    body = decode_json(response)
    message, code, request_id = parse_error_body(body)
    if message is None:
        message = _text_message(response)
    if request_id is None and isinstance(body, dict) and isinstance(body.get("request_id"), str):
        request_id = body["request_id"]
    request_id = request_id or response.headers.get("x-request-id")
    cls = error_class or status_error_class(response.status_code)
    stored_body: object = body if body is not None else snippet(response)
    error = cls(
        message,
        response=response,
        body=stored_body,
        code=code,
        request_id=request_id,
        params=_params(body),
        recovery=_recovery(body, response.status_code, retry_after),
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after if retry_after is not None else _server_retry_after(body)
    return error


def transport_error(exc: httpx.TransportError) -> APIConnectionError:
    """The SDK exception for an httpx transport failure (no secrets: httpx puts none in it)."""
    import httpx  # deferred: see _request_secrets

    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx raises when the error was built without a request
        request = None
    kind = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        detail = f": {exc}" if str(exc) and str(exc) != "timed out" else ""
        return APITimeoutError(f"Request timed out ({kind}){detail}.", request=request)
    detail = str(exc) or kind
    return APIConnectionError(f"Connection error ({kind}): {detail}", request=request)


def _unescape(text: str) -> str:
    import html  # only HTML error pages need it

    return html.unescape(text)
