"""A local, stateful Meemo External API for tests, demos and development.

Needs the ``testing`` extra (``pip install '.[testing]'`` from a checkout). Run it with
``python -m meemo_sdk.testing`` or ``meemo sandbox``, use the ``meemo_sandbox``
pytest fixture, or start one yourself::

    from meemo_sdk.testing import SandboxServer

    with SandboxServer() as server:
        print(server.base_url, server.client_id)

Names load on first use: pytest imports this package's plugin in every project
that installs meemo-sdk, and that must work without the extra.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from meemo_sandbox.app import (
        DEFAULT_CLIENT_ID,
        DEFAULT_CLIENT_SECRET,
        DEFAULT_TOKEN_LIFETIME,
        LIMITED_CLIENT_ID,
        LIMITED_CLIENT_SECRET,
        LIMITED_ORGANIZATION_ID,
        Credentials,
        RecordedRequest,
        Sandbox,
    )
    from meemo_sandbox.clock import Clock, ManualClock, TickingClock
    from meemo_sandbox.data import DEFAULT_NOW, DEFAULT_SEED, ORGANIZATIONS, Organization
    from meemo_sandbox.server import SandboxServer

_HOMES = {
    "DEFAULT_CLIENT_ID": "app",
    "DEFAULT_CLIENT_SECRET": "app",
    "DEFAULT_TOKEN_LIFETIME": "app",
    "LIMITED_CLIENT_ID": "app",
    "LIMITED_CLIENT_SECRET": "app",
    "LIMITED_ORGANIZATION_ID": "app",
    "Credentials": "app",
    "RecordedRequest": "app",
    "Sandbox": "app",
    "Clock": "clock",
    "ManualClock": "clock",
    "TickingClock": "clock",
    "DEFAULT_NOW": "data",
    "DEFAULT_SEED": "data",
    "ORGANIZATIONS": "data",
    "Organization": "data",
    "SandboxServer": "server",
}

MISSING_EXTRA = (
    "the sandbox needs the 'testing' extra: install meemo-sdk with [testing], "
    "e.g. pip install '.[testing]' from a checkout"
)


# What the 'testing' extra installs: werkzeug serves, PyYAML reads openapi.yaml.
_EXTRA_MODULES = ("werkzeug", "yaml")


def require_extra() -> None:
    """Fail with the install command, not a bare ModuleNotFoundError, when the extra is absent."""
    for module in _EXTRA_MODULES:
        if importlib.util.find_spec(module) is None:
            raise ImportError(MISSING_EXTRA, name=module)


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    require_extra()
    value = getattr(importlib.import_module(f"meemo_sandbox.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])


__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_NOW",
    "DEFAULT_SEED",
    "DEFAULT_TOKEN_LIFETIME",
    "LIMITED_CLIENT_ID",
    "LIMITED_CLIENT_SECRET",
    "LIMITED_ORGANIZATION_ID",
    "ORGANIZATIONS",
    "Clock",
    "Credentials",
    "ManualClock",
    "Organization",
    "RecordedRequest",
    "Sandbox",
    "SandboxServer",
    "TickingClock",
]
