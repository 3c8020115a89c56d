"""Without the ``testing`` extra the SDK, the CLI and the pytest plugin still load."""

from __future__ import annotations

import subprocess
import sys

import pytest

WITHOUT = """
import sys
sys.modules[{module!r}] = None  # as if the 'testing' extra were not installed
import meemo_sdk, meemo_sdk.cli, meemo_sdk.testing.pytest_plugin
try:
    from meemo_sdk.testing import Sandbox
except ImportError as exc:
    print("refused:", exc)
from meemo_sdk.cli import main
sys.exit(main(["sandbox", "--port", "0"]))
"""


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )


def test_importing_the_sdk_cli_and_plugin_leaves_werkzeug_alone() -> None:
    code = (
        "import sys, meemo_sdk, meemo_sdk.cli, meemo_sdk.testing.pytest_plugin\n"
        "assert 'werkzeug' not in sys.modules, 'werkzeug was imported'\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("module", ["werkzeug", "yaml"])
def test_without_the_extra_the_sandbox_names_it(module: str) -> None:
    result = _python(WITHOUT.format(module=module))
    hint = "install meemo-sdk with [testing], e.g. pip install '.[testing]' from a checkout"
    assert result.stdout.startswith("refused: ")
    assert hint in result.stdout
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"meemo: error: the sandbox needs the 'testing' extra: {hint}"
    ]
