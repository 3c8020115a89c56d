"""OAuth2 client-credentials token cache: what to request, when a token is stale.

The cache holds decisions only; the clients fetch under their own lock
(`threading.Lock` or `asyncio.Lock`) so that concurrent first calls share one
token request (single flight).

A token answer is checked before it is trusted: a request must never go out without
`Authorization`, and a token httpx cannot put in a header would otherwise end up quoted
in httpx's own error message.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from ._operation import Operation, ignore_body
from .errors import AuthenticationError

if TYPE_CHECKING:
    from meemo_api_client.models import TokenResponse

# Refresh this long before the server's expiry, so a token never dies in flight.
REFRESH_MARGIN = 60.0

# The clock expiry is measured on; tests replace it to move time without waiting.
clock: Callable[[], float] = time.monotonic

# Visible ASCII only: what an `Authorization: Bearer` header can carry as one token.
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


def header_safe(token: str) -> bool:
    return _HEADER_SAFE.fullmatch(token) is not None


class TokenResponseError(ValueError):
    """A token answer that cannot be used; its message never quotes the answer."""


def check_token_response(data: Any) -> None:
    """Refuse an answer without a usable `access_token` and a numeric `expires_in`."""
    if not isinstance(data, dict):
        raise TokenResponseError(f"expected a JSON object, got {type(data).__name__}")
    token = data.get("access_token")
    if not isinstance(token, str) or not token:
        what = "missing" if "access_token" not in data else _kind(token)
        raise TokenResponseError(f"access_token is {what}, not a non-empty string")
    if not header_safe(token):
        raise TokenResponseError(
            "access_token contains a space, control or non-ASCII character, which an "
            "Authorization header cannot carry"
        )
    expires_in = data.get("expires_in")
    if (
        isinstance(expires_in, bool)
        or not isinstance(expires_in, int | float)
        or not math.isfinite(expires_in)
    ):
        what = "missing" if "expires_in" not in data else _kind(expires_in)
        raise TokenResponseError(f"expires_in is {what}, not a number of seconds")


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if value == "":
        return "an empty string"
    return f"a {type(value).__name__}"


@attrs.define(repr=False)
class TokenCache:
    """The current access token, for client credentials or a static token."""

    client_id: str | None
    client_secret: str | None = attrs.field(default=None, repr=False)
    static_token: str | None = attrs.field(default=None, repr=False)
    _token: str | None = attrs.field(default=None, init=False, repr=False)
    _expires_at: float = attrs.field(default=0.0, init=False)

    def __repr__(self) -> str:
        mode = "static token" if self.static_token else "client credentials"
        return f"TokenCache({mode}, client_id={self.client_id!r})"

    @property
    def refreshable(self) -> bool:
        return self.static_token is None

    def usable(self) -> str | None:
        if self.static_token is not None:
            return self.static_token
        if self._token is not None and clock() < self._expires_at:
            return self._token
        return None

    def invalidate(self, token: str) -> None:
        """Forget `token` if it is still the current one (another caller may have refreshed)."""
        if self._token == token:
            self._token = None

    def store(self, response: TokenResponse) -> str:
        lifetime = max(float(response.expires_in), 0.0)
        margin = min(REFRESH_MARGIN, lifetime / 10)
        self._token = response.access_token
        self._expires_at = clock() + lifetime - margin
        return response.access_token

    def current_token(self) -> str | None:
        """The token a revocation should target: the static one or the cached one."""
        return self.static_token if self.static_token is not None else self._token

    def token_operation(self) -> Operation[TokenResponse]:
        # Deferred, like every generated import on the `import meemo_sdk` path.
        from meemo_api_client.api.auth import create_access_token
        from meemo_api_client.models import TokenRequest, TokenResponse

        assert self.client_id is not None
        assert self.client_secret is not None
        body = TokenRequest(
            grant_type="client_credentials",
            client_id=self.client_id,
            client_secret=self.client_secret,
        )

        def parse(data: Any) -> TokenResponse:
            check_token_response(data)
            return TokenResponse.from_dict(data)

        return Operation.from_generated(
            create_access_token._get_kwargs(body=body),
            parse,
            authenticated=False,
            error_class=AuthenticationError,
        )

    def revoke_operation(self, token: str) -> Operation[None]:
        from meemo_api_client.api.auth import revoke_access_token
        from meemo_api_client.models import RevokeTokenRequest

        assert self.client_id is not None
        assert self.client_secret is not None
        body = RevokeTokenRequest(
            client_id=self.client_id, client_secret=self.client_secret, token=token
        )
        return Operation.from_generated(
            revoke_access_token._get_kwargs(body=body),
            ignore_body,
            authenticated=False,
            error_class=AuthenticationError,
            empty_body_ok=True,
        )

    def forget(self) -> None:
        self._token = None
        self._expires_at = 0.0
