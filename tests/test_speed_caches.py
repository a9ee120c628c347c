"""Shortcuts taken for speed (issue 8) give what the plain path gives, on made-up inputs."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from attribcmp.attribute.cues import Lexicon, Token, build_lexicon, find_cues, tokenize
from attribcmp.model import Claim, ClaimKind, Speaker, SpeakerKind, SpeakerMention, TextSpan
from attribcmp.sides import _replaced

_CLAIM = Claim(
    id="c1",
    doc_id="d",
    speaker_id="s1",
    kind=ClaimKind.DIRECT,
    content=TextSpan("Taxes rise", 10, 20),
    parts=((10, 20),),
    cue=TextSpan("said", 3, 7),
    hedged=True,
)
_SPEAKER = Speaker(
    id="s1",
    name="Ann Roe",
    kind=SpeakerKind.PERSON,
    mentions=(SpeakerMention("d", TextSpan("Roe", 0, 3)),),
)


@pytest.mark.parametrize(
    ("obj", "changes"),
    [
        (_CLAIM, {"side": "us"}),
        (_CLAIM, {"side": None}),
        (_CLAIM, {"side": "a", "hedged": False}),
        (_SPEAKER, {"side": "us", "side_reason": "gazetteer"}),
    ],
)
def test_replaced_equals_dataclasses_replace(obj: Any, changes: dict[str, Any]) -> None:
    assert _replaced(obj, **changes) == dataclasses.replace(obj, **changes)


def _naive_cues(tokens: list[Token], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Phrase matching as first written: every phrase of the word, longest first."""
    out: list[tuple[int, int, str]] = []
    n, k = len(tokens), 0
    while k < n:
        low = tokens[k].lower
        for parts, _cls in lexicon.phrases.get(low, ()):
            if k + len(parts) <= n and all(
                tokens[k + j].lower == parts[j] for j in range(1, len(parts))
            ):
                out.append((k, k + len(parts) - 1, " ".join(parts)))
                k += len(parts)
                break
        else:
            k += 1
    return out


@pytest.mark.parametrize(
    "text",
    [
        "According to the ministry, the talks failed.",
        "The talks failed, according to officials who spoke on condition of anonymity.",
        "She took issue with the plan and pushed back on it, according to",
        "In a statement, the army said it would in turn push back against the claims.",
        "according",
        "Officials made clear that they would point out the flaws, he said in an interview.",
    ],
)
@pytest.mark.parametrize("extra", [(), ("take issue with", "push back on", "point out")])
def test_phrase_cues_by_pair_equal_every_phrase(text: str, extra: tuple[str, ...]) -> None:
    lexicon = build_lexicon(extra)
    tokens = tokenize(text, 0, len(text))
    found = [(c.first, c.last, c.lemma) for c in find_cues(tokens, lexicon) if " " in c.lemma]
    assert found == _naive_cues(tokens, lexicon)
