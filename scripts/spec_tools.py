"""Run the spec tools whose output has to be judged, not just their exit code.

`openapi-generator-cli validate` exits 0 when it has warnings or recommendations, and the
generators print their warnings among many INFO lines. `make lint-spec` and `make clients`
must fail on any finding nobody has explained, so this script reads the output: a warning
listed in KNOWN_GENERATOR_WARNINGS is printed with the reason it is harmless, any other
warning fails the run.

    validate SPEC   openapi-generator's own validation, with recommendations
    clients         from build/spec/openapi.yaml: TypeScript types (openapi-typescript)
                    and a typescript-fetch client (openapi-generator), under build/clients
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "spec" / "openapi.yaml"
CLIENTS = ROOT / "build" / "clients"
NODE_BIN = ROOT / "node_modules" / ".bin"
OPENAPI_GENERATOR = Path(sys.executable).parent / "openapi-generator-cli"

# openapi-generator 7.26.0 warnings this spec triggers, each with why it is harmless.
KNOWN_GENERATOR_WARNINGS = {
    "OpenAPI 3.1 support is still in beta.": (
        "the spec is OpenAPI 3.1 on purpose (type lists for nullability); the generated "
        "client is compiled with tsc right after, which is the proof that it works"
    ),
    "Failed to get the schema name: null": (
        "ModelUtils.getSimpleRef() is handed a schema that has no $ref; this spec triggers "
        "it with `additionalProperties: true|false` and with the open-enum aliases "
        "(`anyOf: [$ref Enum, {type: string}]`), all valid. The models are still written "
        "(an open enum becomes a pass-through type) and they compile"
    ),
}

_WARNING_LINE = re.compile(r"\bWARN\b\s+\S+\s+-\s+(?P<message>.*)$")


def _run(cmd: list[str]) -> tuple[int, str]:
    proc = subprocess.run(  # noqa: S603 - fixed tool paths, arguments built here
        cmd, cwd=ROOT, capture_output=True, text=True, check=False
    )
    return proc.returncode, proc.stdout + proc.stderr


def _fail(output: str, why: str) -> int:
    sys.stderr.write(output)
    sys.stderr.write(f"\nspec_tools: {why}\n")
    return 1


def classify_warnings(output: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Split the generator warnings in `output` into (explained, reason) pairs and the rest."""
    explained: list[tuple[str, str]] = []
    unexplained: list[str] = []
    for line in output.splitlines():
        match = _WARNING_LINE.search(line)
        if match is None:
            continue
        message = match.group("message").strip()
        reasons = [r for known, r in KNOWN_GENERATOR_WARNINGS.items() if message.startswith(known)]
        if reasons:
            explained.append((message, reasons[0]))
        else:
            unexplained.append(message)
    return explained, unexplained


def validate(spec: Path) -> int:
    """openapi-generator's validator; a warning or a recommendation counts as a failure."""
    code, output = _run([str(OPENAPI_GENERATOR), "validate", "--recommend", "-i", str(spec)])
    if code != 0 or re.search(r"Errors:|Warnings:|recommendation", output):
        return _fail(output, "openapi-generator validate reported findings")
    print(f"openapi-generator validate: {spec.name} has no errors, warnings or recommendations")
    return 0


def _typescript_types() -> int:
    out = CLIENTS / "typescript" / "schema.d.ts"
    # A `default` says what an absent field reads as; it does not make the field present:
    # without the flag, openapi-typescript would type every defaulted field as required.
    code, output = _run(
        [
            str(NODE_BIN / "openapi-typescript"),
            str(BUNDLE),
            "--default-non-nullable",
            "false",
            "-o",
            str(out),
        ]
    )
    # openapi-typescript prints warnings with a warning sign and errors with a cross.
    if code != 0 or "\u26a0" in output or "\u2718" in output:
        return _fail(output, "openapi-typescript failed or warned")
    print(f"openapi-typescript: wrote {out.relative_to(ROOT)}")
    return 0


def _typescript_fetch_client(version: str) -> int:
    out = CLIENTS / "typescript-fetch"
    code, output = _run(
        [
            str(OPENAPI_GENERATOR),
            "generate",
            "-g",
            "typescript-fetch",
            "-i",
            str(BUNDLE),
            "-o",
            str(out),
            "--additional-properties",
            f"npmName=meemo-api-client,npmVersion={version},supportsES6=true",
        ]
    )
    if code != 0:
        return _fail(output, "openapi-generator generate failed")
    explained, unexplained = classify_warnings(output)
    if unexplained:
        return _fail(output, "unexplained generator warnings:\n  " + "\n  ".join(unexplained))
    for message, reason in explained:
        print(f"openapi-generator warned (known): {message}\n  -> {reason}")
    print(f"openapi-generator: wrote {out.relative_to(ROOT)}")
    return 0


def _spec_version() -> str:
    document = json.loads(BUNDLE.with_suffix(".json").read_text())
    return str(document["info"]["version"])


def clients() -> int:
    if not BUNDLE.is_file():
        raise SystemExit(f"{BUNDLE.relative_to(ROOT)} is missing; run `make spec` first")
    return _typescript_types() or _typescript_fetch_client(_spec_version())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="openapi-generator validate, zero findings")
    check.add_argument("spec", type=Path)
    sub.add_parser("clients", help="generate the TypeScript types and client under build/")
    args = parser.parse_args()
    if args.command == "validate":
        return validate(args.spec)
    return clients()


if __name__ == "__main__":
    sys.exit(main())
