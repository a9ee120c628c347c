"""A compact view of attribute_claims for table-driven shape tests."""

from __future__ import annotations

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document
from attribcmp.sides import nationality


def claim_shapes(text: str) -> list[tuple[str, str, list[str]]]:
    """(mention text, cue text, content parts) for each claim."""
    claims, _ = attribute_claims([Document("t", text)], nationality=nationality)
    return [
        (
            c.mention.text if c.mention else "",
            c.cue.text if c.cue else "",
            [text[s:e] for s, e in c.parts],
        )
        for c in claims
    ]
