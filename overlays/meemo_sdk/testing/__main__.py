"""``python -m meemo_sdk.testing``: run the sandbox until interrupted."""

from __future__ import annotations

import sys

from meemo_sdk.testing import require_extra


def _run() -> None:
    try:
        require_extra()
    except ImportError as exc:
        sys.exit(f"python -m meemo_sdk.testing: error: {exc}")
    from meemo_sandbox.cli import main

    sys.exit(main())


if __name__ == "__main__":
    _run()
