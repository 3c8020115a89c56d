"""Regenerate, or check, generated/meemo_api_client from openapi.yaml.

The generator always writes a whole package, so both modes generate into a
temporary directory first: `generate` then swaps it in, `check` compares it with
what is committed. That keeps a failed run from leaving a half-written package
and makes the check exactly "what `make generate` would write".
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
# Our own templates replace the generator's for models, the models package and endpoint
# modules (each says why at its top); they rely on its internals, so only the pinned
# version may render them.
TEMPLATES = ROOT / "generator-templates"
GENERATOR_VERSION = "0.29.1"
TARGET = ROOT / "generated" / "meemo_api_client"
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def _require_pinned_generator() -> None:
    from importlib.metadata import version

    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        sys.exit(
            f"openapi-python-client {found} is installed; generator-templates/ are written for "
            f"{GENERATOR_VERSION}. Review the templates against the new version's own, then "
            "update GENERATOR_VERSION here and the pin in pyproject.toml together."
        )


def _generate_into(workdir: Path) -> Path:
    _require_pinned_generator()
    out = workdir / "meemo_api_client"
    bin_dir = Path(sys.executable).parent
    cmd = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
        "--fail-on-warning",
    ]
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(workdir)}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)  # noqa: S603
    if proc.returncode != 0 or not out.is_dir():
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit("openapi-python-client failed; see its output above.")
    # `--meta none` writes no PEP 561 marker; the package is typed, so add it.
    (out / "py.typed").write_text("# Marker file for PEP 561.\n")
    return out


def _files(root: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(root)): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and not IGNORED.intersection(p.relative_to(root).parts)
    }


def _differences(expected: Path, actual: Path) -> list[str]:
    want, have = _files(expected), _files(actual)
    problems = [f"missing: {name}" for name in sorted(want.keys() - have.keys())]
    problems += [f"unexpected: {name}" for name in sorted(have.keys() - want.keys())]
    for name in sorted(want.keys() & have.keys()):
        if not filecmp.cmp(want[name], have[name], shallow=False):
            diff = difflib.unified_diff(
                have[name].read_text().splitlines(),
                want[name].read_text().splitlines(),
                f"committed/{name}",
                f"generated/{name}",
                lineterm="",
                n=1,
            )
            problems.append(f"changed: {name}\n" + "\n".join(list(diff)[:30]))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["generate", "check"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = _generate_into(Path(tmp))
        if args.mode == "generate":
            if TARGET.exists():
                shutil.rmtree(TARGET)
            TARGET.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(fresh, TARGET, ignore=shutil.ignore_patterns(*IGNORED))
            print(f"generated {TARGET.relative_to(ROOT)} from {SPEC.name}")
            return 0
        problems = _differences(fresh, TARGET)
    if problems:
        print("generated/meemo_api_client does not match openapi.yaml:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print(
            "Generated code is never edited by hand. Change openapi.yaml or "
            "generator-config.yaml, run `make generate`, and commit the result.",
            file=sys.stderr,
        )
        return 1
    print("generated/meemo_api_client matches openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
