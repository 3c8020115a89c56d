"""pytest fixtures for code that talks to Meemo, registered by the ``pytest11`` entry point.

pytest loads this module in every project that installs meemo-sdk, so it
imports the sandbox (and werkzeug) only when a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from meemo_sdk.testing import SandboxServer


@pytest.fixture
def meemo_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for ``Sandbox``; override this fixture to change them."""
    return {}


@pytest.fixture
def meemo_sandbox(meemo_sandbox_options: dict[str, Any]) -> Iterator[SandboxServer]:
    """A fresh sandbox serving on 127.0.0.1 (a free port) for the duration of one test."""
    from meemo_sdk.testing import Sandbox, SandboxServer

    with SandboxServer(Sandbox(**meemo_sandbox_options)) as server:
        yield server
