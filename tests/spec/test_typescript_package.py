"""The TypeScript package in clients/typescript, as another team receives it from npm.

`npm pack` builds it (its `prepack` script) and packs it; the tarball is installed into a
fresh project with no registry access, type-checked there with `tsc --strict` as an ES
module, as CommonJS and for a bundler, and run against a local sandbox. `make test` runs
`make spec` and `make clients` first; run alone, these tests skip until they have.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tarfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from meemo_sdk.testing import SandboxServer
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "clients" / "typescript"
BUNDLE = ROOT / "build" / "spec" / "openapi.json"
TSC = ROOT / "node_modules" / ".bin" / "tsc"
NAME = "@meemo-sdk/client"

needs_node = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None or not TSC.is_file(),
    reason="Node.js 20 and `make node_modules` are needed",
)
needs_bundle = pytest.mark.skipif(
    not BUNDLE.is_file(), reason="build/spec/openapi.json is absent: run `make spec`"
)


def _run(cmd: Sequence[str | Path], cwd: Path, env: Mapping[str, str] | None = None) -> str:
    proc = subprocess.run(  # noqa: S603 - fixed tools, arguments built here
        [str(c) for c in cmd],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def readme_examples() -> list[tuple[str, str]]:
    """(name, code) of every TypeScript example in the READMEs that show the package."""
    examples = []
    for readme, prefix in ((ROOT / "README.md", "root"), (PACKAGE / "README.md", "package")):
        blocks = re.findall(r"^```ts\n(.*?)^```$", readme.read_text(), flags=re.S | re.M)
        examples += [(f"readme_{prefix}_{i}", code) for i, code in enumerate(blocks)]
    return examples


def _package_json() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((PACKAGE / "package.json").read_text())
    return document


def test_the_package_version_is_the_spec_version() -> None:
    spec, _ = read_from_filename(str(ROOT / "openapi.yaml"))
    lock = json.loads((ROOT / "package-lock.json").read_text())

    assert _package_json()["version"] == spec["info"]["version"]
    assert lock["packages"]["clients/typescript"]["version"] == spec["info"]["version"]


def test_the_package_has_no_runtime_dependencies() -> None:
    document = _package_json()

    assert "dependencies" not in document
    assert "peerDependencies" not in document
    assert document["name"] == NAME


@pytest.mark.node
@needs_node
@needs_bundle
def test_the_build_refuses_a_spec_of_another_version(tmp_path: Path) -> None:
    document = json.loads(BUNDLE.read_text())
    document["info"]["version"] = "9.9.9"
    other = tmp_path / "openapi.json"
    other.write_text(json.dumps(document))
    schema = PACKAGE / "src" / "schema.ts"
    before = schema.read_text() if schema.is_file() else None

    proc = subprocess.run(  # noqa: S603 - node and a script of this repository
        ["node", "scripts/generate.mjs", str(other)],  # noqa: S607
        cwd=PACKAGE,
        capture_output=True,
        text=True,
        check=False,
    )

    assert proc.returncode == 1
    assert "package.json has version 1.0.0 but the OpenAPI document's info.version is 9.9.9" in (
        proc.stderr
    )
    assert (schema.read_text() if schema.is_file() else None) == before


CONSUMER_TSCONFIG: dict[str, Any] = {
    "compilerOptions": {
        "target": "ES2022",
        "module": "NodeNext",
        "moduleResolution": "NodeNext",
        "lib": ["ES2022", "DOM"],
        "types": [],
        "strict": True,
        "noUncheckedIndexedAccess": True,
        "outDir": "out",
    },
    "files": ["esm.mts", "cjs.cts"],
}

# What a consumer writes: the client, the schema types, the errors, open enums. Each
# @ts-expect-error fails the type-check if the package's types accept a wrong call (or are
# `any`). It prints what it found so the test can compare with the sandbox.
ESM_CONSUMER = """\
import { MeemoClient, NotFoundError } from "@meemo-sdk/client";
import type { MeetingDetail, MeetingStatusValue } from "@meemo-sdk/client";

declare const process: { env: Record<string, string | undefined> };

type Known = Extract<MeetingStatusValue, "upcoming" | "ongoing" | "recording" | "past">;
const known: Known[] = ["upcoming", "ongoing", "recording", "past"];
const later: MeetingStatusValue = "archived";

const client = new MeemoClient({ baseUrl: process.env["MEEMO_BASE_URL"] });
const page = await client.get("/api/v1/external/meeting/", { query: { status: "past", size: 3 } });
const first = page.results[0];
if (first === undefined) throw new Error("no meeting");
const meeting: MeetingDetail = await client.get("/api/v1/external/meeting/{meeting_id}/", {
  path: { meeting_id: first.id },
});
const transcript = await client.get("/api/v1/external/meeting/{meeting_id}/transcript/", {
  path: { meeting_id: first.id },
});
let missing = "";
try {
  await client.get("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: 999999 } });
} catch (error) {
  if (error instanceof NotFoundError) missing = error.name;
}
let all = 0;
for await (const item of client.paginate("/api/v1/external/meeting/", { query: { size: 10 } })) {
  all += item.id > 0 ? 1 : 0;
}

// Never called: each line fails the type-check if the package's types accept it.
export function rejected(): void {
  // @ts-expect-error meeting_id is a number
  void client.get("/api/v1/external/meeting/{meeting_id}/", { path: { meeting_id: "1" } });
  // @ts-expect-error there is no such path
  void client.get("/api/v1/external/meetings/");
}

console.log(JSON.stringify({
  count: page.count, id: meeting.id, title: meeting.title, segments: transcript.total_segments,
  missing, all, statuses: [...known, later].length,
}));
"""

CJS_CONSUMER = """\
import { MeemoClient, ConfigurationError } from "@meemo-sdk/client";

declare const process: { env: Record<string, string | undefined> };

async function main(): Promise<void> {
  const client = new MeemoClient({ baseUrl: process.env["MEEMO_BASE_URL"] });
  const topics = await client.get("/api/v1/external/topics/", { query: { organization_id: 7 } });
  let refused = "";
  try {
    new MeemoClient({ baseUrl: "ftp://nowhere" });
  } catch (error) {
    if (error instanceof ConfigurationError) refused = error.name;
  }
  // @ts-expect-error topics are a list, not a page
  void topics.results;
  console.log(JSON.stringify({ topics: topics.map((t) => t.alias), refused }));
}

void main();
"""

# A frontend project: ES modules resolved as a bundler does, type-check only.
BUNDLER_CONSUMER = """\
import { MeemoClient, type TranscriptResponse } from "@meemo-sdk/client";

export async function firstSegment(client: MeemoClient, id: number): Promise<string> {
  const transcript: TranscriptResponse = await client.get(
    "/api/v1/external/meeting/{meeting_id}/transcript/",
    { path: { meeting_id: id } },
  );
  return transcript.transcripts[0]?.text ?? "";
}
"""


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("npm") is None or not TSC.is_file() or not BUNDLE.is_file():
        pytest.skip("needs Node.js 20, `make node_modules` and `make spec`")
    out = tmp_path_factory.mktemp("pack")
    output = _run(["npm", "pack", "--json", "--pack-destination", out], cwd=PACKAGE)
    # The prepack build prints its progress first; the JSON report is the rest.
    packed = json.loads(output[output.index("\n[") + 1 :] if not output.startswith("[") else output)
    filename: str = packed[0]["filename"]
    return out / filename


@pytest.fixture(scope="module")
def consumer(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("consumer")
    (project / "package.json").write_text(
        json.dumps({"name": "consumer", "private": True, "type": "module"})
    )
    _run(
        ["npm", "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball],
        cwd=project,
    )
    (project / "esm.mts").write_text(ESM_CONSUMER)
    (project / "cjs.cts").write_text(CJS_CONSUMER)
    (project / "bundler.ts").write_text(BUNDLER_CONSUMER)
    examples = readme_examples()
    for name, code in examples:
        (project / f"{name}.mts").write_text(code)
    files = CONSUMER_TSCONFIG["files"] + [f"{name}.mts" for name, _ in examples]
    (project / "tsconfig.json").write_text(json.dumps({**CONSUMER_TSCONFIG, "files": files}))
    bundler = {
        "compilerOptions": {
            **CONSUMER_TSCONFIG["compilerOptions"],
            "module": "ESNext",
            "moduleResolution": "Bundler",
            "noEmit": True,
        },
        "files": ["bundler.ts"],
    }
    (project / "tsconfig.bundler.json").write_text(json.dumps(bundler))
    return project


@pytest.mark.slow
@pytest.mark.node
def test_the_tarball_holds_the_built_package_and_nothing_else(tarball: Path) -> None:
    with tarfile.open(tarball) as archive:
        names = {n.removeprefix("package/") for n in archive.getnames()}

    assert {"package.json", "README.md", "LICENSE"} <= names
    for build in ("esm", "cjs"):
        assert {f"dist/{build}/index.js", f"dist/{build}/index.d.ts"} <= names
        assert f"dist/{build}/package.json" in names, "each build names its module format"
        assert f"dist/{build}/schema.d.ts" in names
    top_level = {n for n in names if not n.startswith("dist/")}
    assert top_level == {"package.json", "README.md", "LICENSE"}


@pytest.mark.slow
@pytest.mark.node
def test_the_published_types_keep_open_enums_completable(tarball: Path) -> None:
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/dist/esm/schema.d.ts")
        assert member is not None
        schema = member.read().decode()

    assert 'MeetingStatusValue: components["schemas"]["MeetingStatus"] | (string & {});' in schema
    assert 'MeetingStatus: "upcoming" | "ongoing" | "recording" | "past";' in schema
    assert "export type MeetingDetail = " in schema


@pytest.mark.slow
@pytest.mark.node
def test_a_consumer_type_checks_as_esm_commonjs_and_for_a_bundler(consumer: Path) -> None:
    _run([TSC, "-p", "tsconfig.json"], cwd=consumer)
    _run([TSC, "-p", "tsconfig.bundler.json"], cwd=consumer)

    assert (consumer / "out" / "esm.mjs").is_file()
    assert (consumer / "out" / "cjs.cjs").is_file()


@pytest.mark.slow
@pytest.mark.node
def test_the_readmes_show_typescript_examples() -> None:
    names = [name for name, _ in readme_examples()]

    assert "readme_root_0" in names
    assert "readme_package_0" in names


@pytest.mark.slow
@pytest.mark.node
@pytest.mark.parametrize("example", ["readme_root_0", "readme_package_0"])
def test_the_readme_quickstarts_run_against_the_sandbox(
    consumer: Path, meemo_sandbox: SandboxServer, example: str
) -> None:
    _run([TSC, "-p", "tsconfig.json"], cwd=consumer)

    output = _run(["node", f"out/{example}.mjs"], cwd=consumer, env=meemo_sandbox.env())

    if example == "readme_package_0":
        with meemo_sandbox.client() as client:
            count = client.meetings.list_meetings(status="past", summary_complete=True).count
        assert output.startswith(f"{count} meetings\n")
        assert "no such meeting; request id req_" in output


def test_the_installed_package_runs_against_the_sandbox(
    consumer: Path, meemo_sandbox: SandboxServer
) -> None:
    _run([TSC, "-p", "tsconfig.json"], cwd=consumer)
    env = meemo_sandbox.env()

    esm = json.loads(_run(["node", "out/esm.mjs"], cwd=consumer, env=env))
    cjs = json.loads(_run(["node", "out/cjs.cjs"], cwd=consumer, env=env))

    with meemo_sandbox.client() as client:
        page = client.meetings.list_meetings(status="past", size=3)
        first = page.results[0]
        transcript = client.meetings.get_transcript(first.id)
        topics = client.meetings.list_topics(organization_id=7)
    assert esm == {
        "count": page.count,
        "id": first.id,
        "title": first.title,
        "segments": transcript.total_segments,
        "missing": "NotFoundError",
        "all": len(meemo_sandbox.sandbox.meeting_ids()),
        "statuses": 5,
    }
    assert cjs == {"topics": [t.alias for t in topics], "refused": "ConfigurationError"}
