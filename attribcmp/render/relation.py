"""The relation of two statements (``attribcmp pair``) as text or JSON, one line per call
to print: the pair command's output when it is not a ``--jsonl`` batch."""

from __future__ import annotations

import json

from attribcmp.model import PairResult

__all__ = ["render_relation"]


def render_relation(result: PairResult, fmt: str) -> str:
    """``result`` as one JSON object (``fmt`` "json") or as its relation and score followed
    by one "  - reason" line per reason (any other ``fmt``); no trailing newline."""
    if fmt == "json":
        return json.dumps(
            {
                "relation": result.relation.value,
                "score": round(result.score, 2),
                "reasons": list(result.reasons),
            },
            ensure_ascii=False,
        )
    lines = [f"{result.relation.value} (score {result.score:.1f})"]
    lines += [f"  - {reason}" for reason in result.reasons]
    return "\n".join(lines)
