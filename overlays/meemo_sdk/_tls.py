"""The verifying TLS context of the SDK's own connection pools, its trust store read late.

httpx reads certifi's CA bundle into a new context for every client it makes: about 40 ms
of CPU, more than everything else a client's construction costs. The SDK makes one context
per process and reads the bundle when that context first starts a TLS handshake, so a
process that only speaks plain HTTP (the sandbox, a local gateway) or makes no call at all
(`meemo --help`, a client built at import time) never pays for it.

What is trusted is exactly what httpx would trust: `SSL_CERT_FILE`, else `SSL_CERT_DIR`,
else certifi's bundle, chosen when the context is made. Every other setting is copied from
the standard library's default client context, so it follows the running Python.
"""

from __future__ import annotations

import os
import ssl
import threading
from typing import Any

# What `ssl.create_default_context()` sets beyond its trust store, copied from it.
_SETTINGS = (
    "options",
    "verify_flags",
    "minimum_version",
    "maximum_version",
    "post_handshake_auth",
    "hostname_checks_common_name",
    "keylog_filename",
    "check_hostname",
    "verify_mode",
)


def _trust_source() -> dict[str, str]:
    """`load_verify_locations` arguments: httpx's choice for `verify=True, trust_env=True`."""
    if os.environ.get("SSL_CERT_FILE"):
        return {"cafile": os.environ["SSL_CERT_FILE"]}
    if os.environ.get("SSL_CERT_DIR"):
        return {"capath": os.environ["SSL_CERT_DIR"]}
    import certifi  # httpx's own dependency

    return {"cafile": certifi.where()}


class DeferredTrustContext(ssl.SSLContext):
    """A verifying client context that reads its CA certificates before its first handshake.

    Every TLS connection, sync (`wrap_socket`) or async (`wrap_bio`: asyncio, anyio, trio),
    starts through one of the two wrap methods, so none is made without the trust store.
    Until then `cert_store_stats()` and `get_ca_certs()` show no certificates.
    """

    _trust: dict[str, str]
    _lock: threading.Lock
    _loaded: bool

    def __new__(cls) -> DeferredTrustContext:
        context = super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)
        # capath is searched only during a handshake, and this reference context never makes one.
        reference = ssl.create_default_context(capath=os.devnull)
        for name in _SETTINGS:
            if hasattr(reference, name):
                value = getattr(reference, name)
                if value is not None:
                    setattr(context, name, value)
        context._trust = _trust_source()
        context._lock = threading.Lock()
        context._loaded = False
        return context

    def _load_trust(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if not self._loaded:
                self.load_verify_locations(**self._trust)
                self._loaded = True

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self._load_trust()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._load_trust()
        return super().wrap_bio(*args, **kwargs)
