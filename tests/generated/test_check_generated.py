"""`make check-generated` catches hand edits to generated/ and passes on an untouched tree.

Each test runs `scripts/generate.py check` from a copy of the inputs in a temporary
directory (the script finds everything relative to its own location), so the real
working tree is never touched. The generator runs once per test: a few seconds each.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path("generated", "meemo_api_client")

pytestmark = pytest.mark.slow


def _copy_inputs(dest: Path) -> Path:
    for name in ("openapi.yaml", "generator-config.yaml"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "generator-templates", dest / "generator-templates")
    (dest / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "generate.py", dest / "scripts" / "generate.py")
    shutil.copytree(
        ROOT / PACKAGE,
        dest / PACKAGE,
        ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache"),
    )
    return dest / PACKAGE


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603  (our own script, run with the venv's interpreter)
        [sys.executable, str(root / "scripts" / "generate.py"), "check"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_an_untouched_copy_passes(tmp_path: Path) -> None:
    _copy_inputs(tmp_path)

    result = _check(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "matches openapi.yaml" in result.stdout


def _add_an_enum_member(package: Path) -> str:
    path = package / "models" / "meeting_status.py"
    text = path.read_text()
    path.write_text(text.replace('PAST = "past"', 'ARCHIVED = "archived"\n    PAST = "past"'))
    assert path.read_text() != text, "the edit did not apply; the generated file changed shape"
    return "changed: models/meeting_status.py"


def _add_a_module(package: Path) -> str:
    (package / "api" / "meetings" / "patch.py").write_text("PATCHED = True\n")
    return "unexpected: api/meetings/patch.py"


def _delete_a_module(package: Path) -> str:
    (package / "models" / "topic.py").unlink()
    return "missing: models/topic.py"


@pytest.mark.parametrize(
    "tamper",
    [_add_an_enum_member, _add_a_module, _delete_a_module],
    ids=["edited-file", "added-file", "deleted-file"],
)
def test_a_hand_edit_fails_and_names_the_file(
    tmp_path: Path, tamper: Callable[[Path], str]
) -> None:
    expected_line = tamper(_copy_inputs(tmp_path))

    result = _check(tmp_path)

    assert result.returncode != 0
    assert "does not match openapi.yaml" in result.stderr
    assert expected_line in result.stderr
    assert "make generate" in result.stderr


def test_an_edited_template_fails_the_check(tmp_path: Path) -> None:
    """The templates are an input of the generated code, like the spec."""
    _copy_inputs(tmp_path)
    template = tmp_path / "generator-templates" / "model.py.jinja"
    template.write_text(
        template.read_text().replace("class {{ class_name }}:", "class {{ class_name }}(object):")
    )

    result = _check(tmp_path)

    assert result.returncode != 0
    assert "changed: models/topic.py" in result.stderr


def test_another_generator_version_is_refused(tmp_path: Path) -> None:
    """The templates rely on the generator's internals: a version bump must be reviewed."""
    _copy_inputs(tmp_path)
    script = tmp_path / "scripts" / "generate.py"
    script.write_text(
        script.read_text().replace('GENERATOR_VERSION = "0.29.1"', 'GENERATOR_VERSION = "9.9.9"')
    )

    result = _check(tmp_path)

    assert result.returncode != 0
    assert "generator-templates/ are written for 9.9.9" in result.stderr
