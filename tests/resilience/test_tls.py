"""The SDK's TLS context: httpx's trust, read at the first handshake and never before.

A real TLS server on 127.0.0.1 with a certificate from a throwaway CA (trustme): the
client must refuse it under the default trust (certifi), accept it when `SSL_CERT_FILE`
names that CA (as httpx does), sync (`wrap_socket`) and async (`wrap_bio`) alike.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from meemo_sdk import APIConnectionError, AsyncMeemoClient, MeemoClient
from meemo_sdk import _client as client_module
from meemo_sdk._tls import DeferredTrustContext
from pytest_httpserver import HTTPServer

from tests import payloads

MEETING_ID = 1042
PATH = f"/api/v1/external/meeting/{MEETING_ID}/"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[HTTPServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.expect_request(PATH).respond_with_json(payloads.meeting_detail())
    server.start()
    try:
        yield server
    finally:
        server.clear()
        server.stop()


@pytest.fixture
def fresh_context(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process-wide context made anew, under the environment the test sets."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    client_module._ssl_context.cache_clear()
    yield
    client_module._ssl_context.cache_clear()


def _ca_count(context: ssl.SSLContext) -> int:
    return context.cert_store_stats()["x509_ca"]


def test_settings_are_the_standard_librarys_default_client_context() -> None:
    context, default = DeferredTrustContext(), ssl.create_default_context()
    for name in ("verify_mode", "check_hostname", "options", "verify_flags", "minimum_version"):
        assert getattr(context, name) == getattr(default, name), name
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname


@pytest.mark.usefixtures("fresh_context")
def test_plain_http_never_reads_the_trust_store(server: HTTPServer) -> None:
    server.expect_request(PATH).respond_with_json(payloads.meeting_detail())
    with MeemoClient(access_token="tok", base_url=server.url_for("")) as c:
        assert c.meetings.get_meeting(MEETING_ID).id == MEETING_ID
    assert isinstance(client_module._ssl_context(), DeferredTrustContext)
    assert _ca_count(client_module._ssl_context()) == 0


@pytest.mark.usefixtures("fresh_context")
def test_the_default_trust_refuses_an_unknown_ca(tls_server: HTTPServer) -> None:
    url = tls_server.url_for("")
    with (
        MeemoClient(access_token="tok", base_url=url, max_retries=0) as c,
        pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        c.meetings.get_meeting(MEETING_ID)
    assert _ca_count(client_module._ssl_context()) > 100  # certifi's bundle was read


@pytest.mark.usefixtures("fresh_context")
def test_ssl_cert_file_is_trusted_sync(
    tls_server: HTTPServer, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    with MeemoClient(access_token="tok", base_url=tls_server.url_for("")) as c:
        assert _ca_count(client_module._ssl_context()) == 0  # nothing read yet
        assert c.meetings.get_meeting(MEETING_ID).id == MEETING_ID
    assert _ca_count(client_module._ssl_context()) == 1  # exactly the CA the env names


@pytest.mark.usefixtures("fresh_context")
def test_ssl_cert_file_is_trusted_async(
    tls_server: HTTPServer, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))

    async def main() -> int:
        async with AsyncMeemoClient(access_token="tok", base_url=tls_server.url_for("")) as c:
            return (await c.meetings.get_meeting(MEETING_ID)).id

    assert asyncio.run(main()) == MEETING_ID
    assert _ca_count(client_module._ssl_context()) == 1


def test_first_handshakes_in_several_threads_each_see_the_trust(
    tls_server: HTTPServer, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    context = DeferredTrustContext()
    start = threading.Barrier(4)
    statuses: list[int] = []

    def fetch() -> None:
        with httpx.Client(verify=context) as http:
            start.wait()
            statuses.append(http.get(tls_server.url_for(PATH)).status_code)

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 4
    assert _ca_count(context) == 1
