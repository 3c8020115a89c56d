"""Load the OpenAPI document the sandbox answers by, and resolve its local references.

The wheel ships a copy of the repository's ``openapi.yaml`` inside this package; a
source checkout (an editable install) reads the one at the repository root.
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Any, Final

import yaml

JSON = dict[str, Any]
SPEC_NAME: Final = "openapi.yaml"
HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML without implicit timestamps: an unquoted ``2026-11-16`` stays a string,
    as it is on the wire, instead of becoming a ``date`` that JSON cannot carry."""


_Loader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def default_spec_path() -> Path:
    """The packaged ``openapi.yaml``, or the checkout's when running from source."""
    packaged = resources.files("meemo_sandbox").joinpath(SPEC_NAME)
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / SPEC_NAME
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(
        f"{SPEC_NAME} is missing from the meemo_sandbox package; reinstall meemo-sdk[testing]"
    )


def load_spec(path: str | os.PathLike[str] | None = None) -> JSON:
    """The OpenAPI document at ``path`` (default: the packaged one), parsed once per file
    version: a fresh sandbox per test must not pay for parsing again."""
    resolved = Path(path) if path is not None else default_spec_path()
    stat = resolved.stat()
    return _parse(str(resolved.resolve()), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _parse(path: str, mtime_ns: int, size: int) -> JSON:
    with open(path, encoding="utf-8") as stream:
        document = yaml.load(stream, Loader=_Loader)  # noqa: S506 - a safe loader
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{path} is not an OpenAPI document: it has no paths")
    return document


def resolve(document: JSON, node: Any) -> Any:
    """``node`` with its ``$ref`` chain followed (local references only)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"cannot resolve the reference {ref!r}")
        seen.add(ref)
        node = document
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or key not in node:
                raise ValueError(f"the reference {ref!r} points nowhere")
            node = node[key]
    return node
