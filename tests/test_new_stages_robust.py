"""Odd input through the stages this session added (points, nominal cues, clauses, side rules):
no traceback, and every offset still points into the text (property tests)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Profile,
    Speaker,
    SpeakerKind,
    SpeakerMention,
    TextSpan,
)
from attribcmp.pipeline import attribute, report
from attribcmp.points import split_points
from attribcmp.segment import sentence_starts
from attribcmp.sides import resolve_sides

# Pieces of news prose and of what breaks it: quote marks alone, unmatched, empty quotations,
# non-ASCII names, "and that", possessive nominal cues, commas, paragraph breaks.
FRAGMENTS = [
    "The minister said",
    " that the talks failed",
    " and that",
    " and that is why",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "«",
    "»",
    "„",
    "“”",
    '""',
    ",",
    ".",
    " ",
    "\n\n",
    "Łukasz Żółć said",
    " Ярослав said ",
    " 習近平 ",
    "Trump's claim that",
    " his promise to",
    " her criticism of",
    " the ministry's assurance that",
    "Noting that",
    ", the senator said",
    " NATO-led troops",
    " the coalition",
    " a spokeswoman for the House Committee said",
    " The Washington Post reported",
    " Reuters said",
    " Kasich",
    " John Kasich said",
    " he said.",
    " No.",
    " Lies",
    " We heard gunshots. We did not know what to do.",
    "Mr. Smith",
    " (R-Ariz.)",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40))
def test_odd_text_through_the_report_stages(fragments: list[str]) -> None:
    text = "".join(fragments)
    if not text.strip():
        return
    doc = Document("a", text)
    base = attribute([doc])
    points = split_points(base.claims, base.documents)
    for p in points:
        assert 0 <= p.content.start <= p.content.end <= len(text)
        assert text[p.content.start : p.content.end] == p.content.text
        assert all(0 <= s < e <= len(text) for s, e in p.parts)
    assert len({p.id for p in points}) == len(points)
    report([doc])


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab .!?“”\"'’\n«»", min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), min_size=1, max_size=4),
    st.sampled_from(list(ClaimKind)),
)
def test_split_points_on_any_parts(text: str, raw: list[tuple[int, int]], kind: ClaimKind) -> None:
    n = len(text)
    parts = tuple(sorted({(min(a, b, n), min(max(a, b), n)) for a, b in raw if min(a, b) < n}))
    parts = tuple((s, e) for s, e in parts if s < e)
    if not parts:
        return
    start, end = parts[0][0], parts[-1][1]
    claim = Claim("c1", "a", "s1", kind, TextSpan(text[start:end], start, end), parts)
    for p in split_points([claim], [Document("a", text)]):
        assert all(0 <= s < e <= len(text) for s, e in p.parts)
        assert text[p.content.start : p.content.end] == p.content.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='Ab .!?“”"\n-—', max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_sentence_starts_stay_inside_the_range(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    for cut in sentence_starts(text, start, end):
        assert start < cut < end


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("", SpeakerKind.ORGANISATION),  # body_phrase took the first word of no words
        ("   ", SpeakerKind.ORGANISATION),
        ("", SpeakerKind.PERSON),
        ("“”", SpeakerKind.ORGANISATION),
        ("Ярослав Łukasz", SpeakerKind.PERSON),
        ("the", SpeakerKind.ORGANISATION),
        ("'s", SpeakerKind.ORGANISATION),
    ],
)
def test_side_rules_take_any_speaker_name(name: str, kind: SpeakerKind) -> None:
    text = "The Washington Post reported it. Reuters said so. NATO-led troops came."
    doc = Document("a", text)
    mention = SpeakerMention("a", TextSpan(text[:3], 0, 3))
    speakers = [
        Speaker("s1", name, kind, mentions=(mention,)),
        Speaker("s2", "The Washington Post", SpeakerKind.ORGANISATION),
        Speaker("s3", "Reuters", SpeakerKind.ORGANISATION),
        Speaker("s4", "the coalition", SpeakerKind.ORGANISATION),
    ]
    _sides, placed, _claims = resolve_sides(speakers, [], [doc], Profile())
    assert all(sp.side for sp in placed)


def test_led_by_scans_each_document_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """'the coalition' speakers look up "X-led" in the text: one scan per document, however
    many speakers ask (it was one scan of the whole text per speaker)."""
    from attribcmp import side_fuller

    calls: list[int] = []
    real = side_fuller._LED

    class Counting:
        def finditer(self, text: str) -> object:
            calls.append(len(text))
            return real.finditer(text)

    monkeypatch.setattr(side_fuller, "_LED", Counting())
    text = "Zorblat-led troops came. " + " ".join(f"The coalition said {k}." for k in range(40))
    doc = Document("a", text)
    speakers = [
        Speaker(
            f"s{k}",
            "the coalition",
            SpeakerKind.ORGANISATION,
            mentions=(SpeakerMention("a", TextSpan("The coalition", 25 + 20 * k, 38 + 20 * k)),),
        )
        for k in range(40)
    ]
    resolve_sides(speakers, [], [doc], Profile())
    assert len(calls) <= 1


def _and_that_by_recount(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """points._and_that as first written: the marks recounted from the range start."""
    from attribcmp.points import _AND_THAT

    out: list[tuple[int, int]] = []
    for m in _AND_THAT.finditer(text, start, end):
        if sum(text.count(q, start, m.start()) for q in '“”"') % 2 == 1:
            continue
        out.append((start, m.start()))
        start = m.end() - len("that ")
    out.append((start, end))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" and that x", ", and that y", "“", "”", '"', " z"]), max_size=30))
def test_and_that_cuts_as_before(pieces: list[str]) -> None:
    from attribcmp.points import _and_that

    text = "said " + "".join(pieces)
    assert _and_that(text, 5, len(text)) == _and_that_by_recount(text, 5, len(text))


def test_and_that_reads_each_character_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from attribcmp import points

    scanned: list[int] = []
    real = points._double_marks

    def counting(text: str, start: int, at: int) -> int:
        scanned.append(at - start)
        return real(text, start, at)

    monkeypatch.setattr(points, "_double_marks", counting)
    text = "He said that “" + ", and that x" * 2000
    points._and_that(text, 8, len(text))
    assert sum(scanned) <= len(text)
