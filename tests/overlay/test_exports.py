"""The public namespace: every export resolves, and importing stays cheap."""

from __future__ import annotations

import subprocess
import sys

import meemo_sdk
import pytest
from meemo_sdk import models


@pytest.mark.parametrize("name", meemo_sdk.__all__)
def test_every_export_resolves(name: str) -> None:
    assert getattr(meemo_sdk, name) is not None


def test_every_public_model_is_exported() -> None:
    assert set(models.__all__) <= set(meemo_sdk.__all__)
    for name in models.__all__:
        assert getattr(meemo_sdk, name) is getattr(models, name)


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = meemo_sdk.NoSuchModel  # type: ignore[attr-defined]


def test_import_defers_the_generated_models_until_a_resource_is_used() -> None:
    """`import meemo_sdk` must not load every generated model module (cold-import budget)."""
    probe = (
        "import sys, meemo_sdk\n"
        "print('meemo_api_client.models' in sys.modules)\n"
        "client = meemo_sdk.MeemoClient('id', 'secret', 'http://127.0.0.1:9')\n"
        "print('meemo_api_client.models' in sys.modules)\n"
        "client.meetings\n"
        "print('meemo_api_client.models' in sys.modules)\n"
    )
    result = subprocess.run(  # noqa: S603 - the test's own interpreter and code
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["False", "False", "True"]
