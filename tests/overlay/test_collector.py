"""Large bodies are read with the cyclic garbage collector paused, and it always comes back.

Building thousands of models would otherwise trigger a collection every few hundred
objects, each walking all of them again; `make bench` shows the time it saves.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from meemo_sdk import APIResponseValidationError, MeemoClient
from meemo_sdk import _client as client_module
from meemo_sdk._operation import Operation

SMALL = {"items": ["x"] * 10}
LARGE = {"items": ["x" * 64] * 2000}  # well above PAUSE_COLLECTOR_BYTES


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def _client(body: object) -> MeemoClient:
    content = json.dumps(body).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    return MeemoClient(
        access_token="t",
        base_url="http://127.0.0.1:9",
        http_client=httpx.Client(transport=transport),
    )


def _read(client: MeemoClient, parse: Callable[[Any], object]) -> object:
    return client._execute(Operation(method="GET", path="/api/v1/external/topics/", parse=parse))


def _enabled_while_parsing(body: object) -> bool:
    seen: list[bool] = []
    with _client(body) as client:
        _read(client, lambda data: seen.append(gc.isenabled()))
    return seen[0]


def test_a_large_body_is_read_with_the_collector_paused_then_restored() -> None:
    gc.enable()

    assert len(json.dumps(LARGE)) >= client_module.PAUSE_COLLECTOR_BYTES
    assert _enabled_while_parsing(LARGE) is False
    assert gc.isenabled()


def test_a_small_body_leaves_the_collector_alone() -> None:
    gc.enable()

    assert _enabled_while_parsing(SMALL) is True
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()

    _enabled_while_parsing(LARGE)

    assert not gc.isenabled()


def test_the_collector_comes_back_when_the_body_does_not_fit() -> None:
    gc.enable()

    def refuse(data: Any) -> object:
        raise KeyError("items")

    with _client(LARGE) as client, pytest.raises(APIResponseValidationError):
        _read(client, refuse)

    assert gc.isenabled()


def test_overlapping_reads_in_threads_leave_it_on_once_all_are_done() -> None:
    gc.enable()
    inside = threading.Barrier(2, timeout=10)
    errors: list[BaseException] = []

    def parse(data: Any) -> object:
        inside.wait()  # both readers are parsing at the same time
        assert not gc.isenabled()
        inside.wait()
        return data

    def read() -> None:
        try:
            with _client(LARGE) as client:
                _read(client, parse)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)

    assert errors == []
    assert gc.isenabled()
