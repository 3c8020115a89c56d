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


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{path.name} changed shape"
    path.write_text(text.replace(old, new))


def _edit_the_template(root: Path) -> str:
    """The template is an input of the generated code, like the spec."""
    template = root / "generator-templates" / "model.py.jinja"
    _edit(template, "class {{ class_name }}:", "class {{ class_name }}(object):")
    return "changed: models/topic.py"


def _pin_another_generator(root: Path) -> str:
    """The template relies on the generator's internals: a version bump must be reviewed."""
    _edit(root / "scripts" / "generate.py", '= "0.29.1"', '= "9.9.9"')
    return "generator-templates/ are written for 9.9.9"


@pytest.mark.parametrize(
    "change", [_edit_the_template, _pin_another_generator], ids=["template", "generator"]
)
def test_the_templates_and_the_generator_pin_are_checked_too(
    tmp_path: Path, change: Callable[[Path], str]
) -> None:
    _copy_inputs(tmp_path)
    expected = change(tmp_path)

    result = _check(tmp_path)

    assert result.returncode != 0
    assert expected in result.stderr
