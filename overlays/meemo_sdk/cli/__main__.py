"""``python -m meemo_sdk.cli``: the same as the ``meemo`` command."""

from __future__ import annotations

from meemo_sdk.cli._main import console

if __name__ == "__main__":
    console()
