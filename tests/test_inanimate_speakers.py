"""Inanimate heads never speak (data/speakers.yaml, inanimate): a plan or an agreement gives
what a text provides, a place is where people were; the people and documents still speak."""

from __future__ import annotations

import pytest

from attribcmp.attribute.mentions import words
from attribcmp.model import Document
from attribcmp.pipeline import attribute


def _claims(text: str) -> list[tuple[str, str]]:
    """(speaker name, content) per claim."""
    report = attribute([Document("t", text)])
    names = {s.id: s.name for s in report.speakers}
    return [(names[c.speaker_id], c.content.text) for c in report.claims]


# (text, a word no speaker may hold, the (speaker, content) pairs that must remain)
SILENT = [
    pytest.param(
        "Leaders met on Monday.\n\nThe plan calls for all troops to leave the valley by June.",
        "plan",
        [],
        id="plan-calls-for",
    ),
    pytest.param(
        "Leaders met on Monday.\n\nThe accord says both armies will pull back ten miles.",
        "accord",
        [],
        id="accord-says",
    ),
    pytest.param(
        "Talks ended late.\n\nThe truce requires both sides to stop shelling the port, "
        "the envoy said.",
        "truce",
        [("the envoy", "The truce requires both sides to stop shelling the port")],
        id="truce-inside-a-claim",
    ),
    pytest.param(
        "Leaders met on Monday.\n\nThe convoy passed a hillside camp of rebel fighters, who "
        "demanded the money, witnesses said.",
        "camp",
        [("witnesses", "The convoy passed a hillside camp of rebel fighters")],
        id="who-after-a-place",
    ),
    pytest.param(
        "Leaders met on Monday.\n\nA mountain outpost warned that the pass was closed.",
        "outpost",
        [],
        id="outpost-warned",
    ),
]


@pytest.mark.parametrize(("text", "word", "kept"), SILENT)
def test_inanimate_heads_are_no_speakers(text: str, word: str, kept: list[tuple[str, str]]) -> None:
    claims = _claims(text)
    assert not any(word in name.lower() for name, _ in claims), claims
    for pair in kept:
        assert pair in claims, claims


# Heads that do speak for someone: a document for its issuer, a city for its government.
SPEAKING = [
    pytest.param(
        "Leaders met.\n\nA statement from the ministry said the talks would resume.",
        "the talks would resume",
        id="document",
    ),
    pytest.param(
        "Leaders met.\n\nThe city said it would appeal the ruling.",
        "it would appeal the ruling",
        id="city",
    ),
    pytest.param(
        "Leaders met.\n\nThe rebels, who hold the border, said the convoy could pass.",
        "the convoy could pass",
        id="people-who",
    ),
    # A place with an operator or occupants speaks through them.
    pytest.param(
        "Storms hit.\n\nThe airport said all flights were cancelled.",
        "all flights were cancelled",
        id="airport",
    ),
    pytest.param(
        "Storms hit.\n\nThe compound said its gates would stay shut.",
        "its gates would stay shut",
        id="compound",
    ),
]


@pytest.mark.parametrize(("text", "content"), SPEAKING)
def test_speaking_heads_keep_their_claims(text: str, content: str) -> None:
    assert any(content in said for _, said in _claims(text)), _claims(text)


def test_inanimate_classes_join_the_misread_heads() -> None:
    heads = words().not_speakers
    assert {"plan", "agreement", "encampment", "checkpoint"} <= heads
    assert not {"city", "town", "base", "statement", "report", "airport", "compound"} & heads
