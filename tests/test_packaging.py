"""The wheel a user installs: both packages, their PEP 561 markers, and a clean install.

Building runs hatchling in an isolated environment and the install resolves httpx and
attrs through pip, as a user's `pip install` would; together they take a few seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from email.parser import HeaderParser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = (
    "meemo_api_client/__init__.py",
    "meemo_api_client/py.typed",
    "meemo_sdk/__init__.py",
    "meemo_sdk/py.typed",
    "meemo_sandbox/__init__.py",
    "meemo_sandbox/py.typed",
    # The sandbox answers operations it does not model from the spec's examples.
    "meemo_sandbox/openapi.yaml",
)

pytestmark = pytest.mark.slow


def _run(args: Sequence[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    result = subprocess.run(  # noqa: S603  (fixed argv, no shell)
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", out, ROOT], cwd=out)
    (built,) = out.glob("meemo_sdk-*.whl")
    return built


def test_the_wheel_carries_both_packages_and_their_typing_markers(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata_name,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = HeaderParser().parsestr(archive.read(metadata_name).decode())

    assert set(REQUIRED) <= names
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read("meemo_sandbox/openapi.yaml") == (ROOT / "openapi.yaml").read_bytes()
    generated = {
        p.relative_to(ROOT / "generated").as_posix()
        for p in (ROOT / "generated" / "meemo_api_client").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert generated <= names, f"generated files left out: {sorted(generated - names)}"
    top_level = {n.split("/", 1)[0] for n in names if ".dist-info/" not in n}
    assert top_level == {"meemo_api_client", "meemo_sdk", "meemo_sandbox"}, (
        "tests or tooling leaked in"
    )
    requires = {Requirement(r).name for r in metadata.get_all("Requires-Dist", [])}
    assert {"httpx", "attrs"} <= requires
    assert metadata["Requires-Python"] == ">=3.11"


def test_the_wheel_installs_and_imports_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", wheel], cwd=tmp_path
    )

    probe = (
        "import meemo_api_client, meemo_sdk\n"
        "from meemo_api_client import AuthenticatedClient\n"
        "from meemo_api_client.api.meetings import list_meetings\n"
        "print(meemo_api_client.__file__)\n"
        "print(meemo_sdk.__file__)\n"
    )
    result = _run([python, "-c", probe], cwd=tmp_path)

    site_packages = (venv / "lib").resolve()
    files = [Path(line).resolve() for line in result.stdout.splitlines()]
    assert len(files) == 2
    assert all(site_packages in f.parents for f in files), f"imported from the repo: {files}"


def test_the_installed_sandbox_reads_its_own_copy_of_the_spec(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--quiet",
            f"{wheel}[testing]",
        ],
        cwd=tmp_path,
    )

    probe = (
        "from meemo_sandbox.spec import default_spec_path\n"
        "from meemo_sdk.testing import Sandbox\n"
        "print(default_spec_path())\n"
        "print(Sandbox().fallback_operations)\n"
    )
    path, fallback = _run([python, "-c", probe], cwd=tmp_path).stdout.splitlines()

    assert (venv / "lib").resolve() in Path(path).resolve().parents
    assert Path(path).read_bytes() == (ROOT / "openapi.yaml").read_bytes()
    assert fallback.startswith("[")
