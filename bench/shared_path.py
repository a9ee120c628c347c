"""Where the research data (``shared/``) is: beside the checkout, or beside a parent folder
(a git worktree under the checkout's parent), or where $ATTRIBCMP_SHARED points."""

from __future__ import annotations

import os
from pathlib import Path


def find_shared() -> Path:
    """The first ``shared/`` folder holding corpora; ``../shared`` when none does."""
    root = Path(__file__).resolve().parents[1]
    env = os.environ.get("ATTRIBCMP_SHARED")
    candidates = ([Path(env)] if env else []) + [p / "shared" for p in root.parents]
    for path in candidates:
        if (path / "corpora").is_dir():
            return path
    return root.parent / "shared"
