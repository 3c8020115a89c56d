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
    """A fresh sandbox serving on 127.0.0.1 (a free port) for the duration of one test.

    Its data is laid out around ``DEFAULT_NOW``, a fixed instant, so ids, dates and
    statuses are the same on every run; give ``now`` or ``clock`` in
    ``meemo_sandbox_options`` to lay it out around another instant.
    """
    from meemo_sdk.testing import DEFAULT_NOW, Sandbox, SandboxServer

    options = dict(meemo_sandbox_options)
    if "now" not in options and "clock" not in options:
        options["now"] = DEFAULT_NOW
    with SandboxServer(Sandbox(**options)) as server:
        yield server
