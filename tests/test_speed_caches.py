"""Shortcuts taken for speed (issue 8) give what the plain path gives, on made-up inputs."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest

from attribcmp.attribute import bounds, charged, frame_base, frames, names, phrases, shapes
from attribcmp.attribute.cues import (
    _TOKEN,
    Cue,
    CueClass,
    Lexicon,
    Token,
    build_lexicon,
    default_lexicon,
    find_cues,
    initials,
    tokenize,
)
from attribcmp.attribute.frames import Frame
from attribcmp.attribute.speaker_words import words
from attribcmp.lazy_pattern import LazyPattern
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


def _start_reference(tokens: list[Token], cue: Cue, frame: Frame, k: int, rule_k: int) -> list[str]:
    """Start-edge features as first written, every string joined per candidate."""
    d = str(max(-bounds.WINDOW, min(bounds.WINDOW, k - rule_k)))
    w = tokens[k].lower
    pw = tokens[k - 1].lower if k > 0 else "<s>"
    side = "after" if k > cue.last else "before"
    shape = bounds._shape
    return [
        "d=" + d,
        "s|w=" + w,
        "s|pw=" + pw,
        "s|pw|w=" + pw + "|" + w,
        "s|d|w=" + d + "|" + w,
        "s|d|pw=" + d + "|" + pw,
        "s|rule|d=" + frame.rule + "|" + d,
        "s|cue|d=" + cue.lemma + "|" + d,
        "s|cls|d=" + cue.cls.value + "|" + d,
        "s|shape=" + shape(tokens[k]) + "|" + (shape(tokens[k - 1]) if k > 0 else "<s>"),
        "s|aftercue=" + side + "|" + str(min(k - cue.last, 6) if side == "after" else -1),
        "s|cue|w=" + cue.lemma + "|" + w,
        "s|pwk=" + bounds._pw_kind(pw) + "|" + d,
    ]


def _end_reference(tokens: list[Token], cue: Cue, frame: Frame, k: int, rule_k: int) -> list[str]:
    n = len(tokens)
    if k - rule_k >= -bounds.WINDOW:
        d = str(max(-bounds.WINDOW, min(bounds.WINDOW, k - rule_k)))
    else:  # further back than the window: bucketed
        d = "far15" if rule_k - k <= 15 else "far30"
    head = tokens[frame.parts[0][0]].lower
    head = head if head in bounds._HEADS else ("word" if head[:1].isalnum() else "punct")
    w = tokens[k].lower
    nw = tokens[k + 1].lower if k + 1 < n else "</s>"
    nw2 = tokens[k + 2].lower if k + 2 < n else "</s>"
    shape = bounds._shape
    return [
        "e|d=" + d,
        "e|w=" + w,
        "e|nw=" + nw,
        "e|w|nw=" + w + "|" + nw,
        "e|nw|nw2=" + nw + "|" + nw2,
        "e|d|nw=" + d + "|" + nw,
        "e|rule|d=" + frame.rule + "|" + d,
        "e|cls|d=" + cue.cls.value + "|" + d,
        "e|shape=" + shape(tokens[k]) + "|" + (shape(tokens[k + 1]) if k + 1 < n else "</s>"),
        "e|last=" + str(k >= n - 2),
        "e|head=" + cue.cls.value + "|" + head + "|" + d,
        "e|head=" + cue.cls.value + "|" + head + "|nw=" + nw,
        "e|cls|nw=" + cue.cls.value + "|" + nw,
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The minister told reporters that "the talks" had failed, a dig at Ruiz.',
        "Ann Roe, a doctor, said on Monday the plan would cost $5 billion.",
        "He urged Washington to act (quickly), according to the statement",
    ],
)
def test_edge_features_equal_the_per_candidate_strings(text: str) -> None:
    tokens = tokenize(text, 0, len(text))
    cues = find_cues(tokens, default_lexicon())
    assert cues
    for cue in cues:
        frame = Frame("subject_cue", (0, 0), ((cue.last + 1, len(tokens) - 1),))
        for k in range(len(tokens)):
            for rule_k in (0, k, len(tokens) - 1, cue.last + 1):
                assert bounds.start_features(tokens, cue, frame, k, rule_k) == _start_reference(
                    tokens, cue, frame, k, rule_k
                )
                assert bounds.end_features(tokens, cue, frame, k, rule_k) == _end_reference(
                    tokens, cue, frame, k, rule_k
                )


@pytest.mark.parametrize(
    "text",
    [
        "Officials who spoke on condition of anonymity said the talks had failed.",
        "The report, released on Monday, claims the army feared an attack, according to Roe.",
        '"We will win," she insisted, adding that the vote was rigged.',
        "Critics continued to argue the plan was unfair; the ministry says it is not.",
    ],
)
def test_frame_for_memo_equals_a_fresh_frame(text: str) -> None:
    lexicon = default_lexicon()
    tokens = tokenize(text, 0, len(text))
    cues = find_cues(tokens, lexicon)
    assert cues
    # every cue and every word as a stance cue, asked twice and in both orders
    asked = cues + [Cue(k, k, t.lower, CueClass.STANCE) for k, t in enumerate(tokens)]
    first = [frames.frame_for(tokens, cue, lexicon) for cue in asked]
    again = [frames.frame_for(tokens, cue, lexicon) for cue in reversed(asked)][::-1]
    fresh = [frames._frame_for(list(tokens), cue, lexicon) for cue in asked]
    assert first == again == fresh


@pytest.mark.parametrize(
    "word", ["advisers", "ministry", "ministries", "officials", "report", "week", "the", "us"]
)
def test_speaker_noun_cached_equals_the_set_tests(word: str) -> None:
    w = words()
    singular = word[:-1] if word.endswith("s") else word
    if word.endswith("ies"):
        singular = word[:-3] + "y"  # "ministries" -> "ministry", as _speaker_noun reads it
    sets = (w.anonymous, w.roles, w.organisations, w.documents, w.groups, w.forces)
    expected = any(x in s for x in (word, singular) for s in sets)
    assert phrases.speaker_noun(word) is expected


_THREAD_TEXTS = [
    'The minister said the talks had failed. "We will not sign," he told reporters.',
    "Police said the man was armed. Villagers, who saw the raid, said he was a farmer.",
    "According to the ministry, 12 fighters were killed in the strike on Tuesday.",
    "The company denied the charges, saying it had complied with every rule it knew of.",
]


def test_per_sentence_caches_hold_per_thread() -> None:
    # `serve` builds reports on several threads; the caches that keep the last sentence's
    # frames and look-back targets must never hand one thread another's sentence.
    from concurrent.futures import ThreadPoolExecutor

    from attribcmp.model import Document
    from attribcmp.pipeline import attribute

    def claims_of(text: str) -> tuple[Claim, ...]:
        return attribute([Document("d", text)]).claims

    alone = [claims_of(t) for t in _THREAD_TEXTS]
    jobs = _THREAD_TEXTS * 25
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(claims_of, jobs))
    assert together == alone * 25


TOKEN_TEXTS = [
    "U.S. officials said Monday.",
    "  leading and trailing white space \t\n ",
    "   ",
    "",
    "no\u00a0break\u2003em space\u3000ideographic",
    "--- -- - x&y O'Neil’s long-standing AT&T ...!?",
    "İstanbul said",  # lower-casing changes the length: the per-token path
    "ΣΟΦΟΣ λόγος",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
@pytest.mark.parametrize("trim", [0, 1, 3])
def test_tokenize_fast_path_matches_plain_tokens(text: str, trim: int) -> None:
    # The fast path (white space carried by each match) gives the tokens and offsets that
    # matching the token pattern one token at a time gives, on any sub-range.
    pad = "x " + text + " y"
    start, end = 2 + min(trim, len(text)), 2 + len(text)
    plain = [
        (m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(pad, start, end)
    ]
    # a hyphen or double hyphen spaced on both sides is read as a dash (polnear25)
    plain = [
        ("—", "—", s, e)
        if w in ("-", "--") and pad[s - 1].isspace() and pad[e : e + 1].isspace()
        else (w, low, s, e)
        for w, low, s, e in plain
    ]
    assert [tuple(t) for t in tokenize(pad, start, end)] == plain


@pytest.mark.parametrize("text", [*TOKEN_TEXTS, "Rebels Seize Town, Army Says", "Ⅷ Corps said"])
def test_initials_counts_equal_the_token_loops(text: str) -> None:
    # The capital counts read over initials() equal the per-token loops they replaced.
    tokens = tokenize(text, 0, len(text))
    heads = initials(tokens)
    assert heads == "".join(t.text[:1] for t in tokens)
    assert [k for k, c in enumerate(heads) if c.isupper()] == [
        k for k, t in enumerate(tokens) if t.text[:1].isupper()
    ]
    alpha = [t for t in tokens if t.text[:1].isalpha()]
    shapes._title_seen = None
    assert shapes._title_case(tokens) == (
        len(alpha) >= 4 and 4 * sum(t.text[:1].isupper() for t in alpha) >= 3 * len(alpha)
    )


def test_lazy_pattern_answers_alike_before_and_after_compiling() -> None:
    # After its first use a lazy pattern calls the compiled pattern's own methods directly.
    lazy, eager = LazyPattern(r"\bsaid\b", re.IGNORECASE), re.compile(r"\bsaid\b", re.I)
    text = "He SAID it; she said no."
    first = lazy.search(text, 3)
    assert first is not None and first.span() == (3, 7)
    assert lazy.search.__self__ is lazy.compiled  # type: ignore[attr-defined]
    for method, args in [
        ("search", (text, 8)),
        ("match", (text, 3)),
        ("fullmatch", ("said",)),
        ("findall", (text,)),
        ("split", (text, 1)),
        ("sub", ("x", text, 1)),
    ]:
        got, want = getattr(lazy, method)(*args), getattr(eager, method)(*args)
        assert (got.span() if isinstance(got, re.Match) else got) == (
            want.span() if isinstance(want, re.Match) else want
        )
    assert [m.span() for m in lazy.finditer(text)] == [(3, 7), (16, 20)]


@pytest.mark.parametrize(
    "text",
    [
        "Two aides were charged with fraud by federal prosecutors.",
        "The firm, which was accused of dumping waste, denied it.",
        "Police said the men had been accused of theft.",
        "Nobody was hurt in the blast, officials said.",
        "Charged with fraud: the aides.",
    ],
)
def test_charge_prefilter_equals_the_plain_scan(text: str) -> None:
    # The no-participle shortcut answers as the per-word scan does.
    tokens = tokenize(text, 0, len(text))
    saved = charged._LINKS
    try:
        fast = charged._charge(tokens)
        charged._LINKS = _KeysOnlyInLoop(saved)
        assert charged._charge(tokens) == fast
    finally:
        charged._LINKS = saved


class _KeysOnlyInLoop(dict[str, str]):
    """A links table whose prefilter never rules a sentence out: the per-word scan decides."""

    def keys(self) -> Any:
        return _NeverDisjoint()


class _NeverDisjoint:
    def isdisjoint(self, other: object) -> bool:
        return False


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The minister said on Friday, “no.”", 0, 9),
        ("The minister said on Friday, “no.”", 3, 5),
        ("The minister said on Friday, “no.”", 2, 40),  # past the end: stops at the end
        ("-- 42 ... x", 0, 4),
    ],
)
def test_words_in_equals_the_token_count(text: str, first: int, last: int) -> None:
    tokens = tokenize(text, 0, len(text))
    assert frame_base.words_in(tokens, first, last) == sum(
        1 for t in tokens[first : last + 1] if t.text[:1].isalnum()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Envoy for Iran Brian Hook said talks went on.",
        "Ambassador to the United Nations Zalmay Khalilzad spoke.",
        "Secretary of State Ann Roe said the plan for the region held.",
        "He went to the market for Maria.",
    ],
)
def test_title_to_shortcut_equals_the_full_test(text: str) -> None:
    # The early "no for/to/the next" answer is what the full title-phrase test gives.
    tokens = tokenize(text, 0, len(text))
    w = words()
    for j in range(len(tokens)):
        nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
        if nxt not in ("for", "to", "the"):
            assert not names._title_to(tokens, j, w)
    assert any(names._title_to(tokens, j, w) for j in range(len(tokens))) == (
        "Envoy for" in text or "Ambassador to the" in text
    )


# The framing words' prefilter is a trie; it must find a word exactly where the plain
# alternation of the same words would (made-up sentences: a word, a longer word sharing its
# start, a word inside a compound or a longer word, a capitalised one, none at all).
FRAMING_TEXTS = [
    "The strike killed civilians near the market.",
    "Gunmen attacked the post at dawn.",
    "The CIVILIAN toll rose overnight.",
    "It was an unprovoked attack, officials said.",
    "They called it a civilian-run camp.",
    "The noncivilians left the town.",
    "Militants' camps were hit, the army said.",
    "The talks went well and a date was set.",
    "",
    "Deliberately, deliberate, deliberated.",
]


@pytest.mark.parametrize("text", FRAMING_TEXTS)
def test_framing_word_trie_finds_what_the_alternation_finds(text: str) -> None:
    import re

    from attribcmp.facet_lexicon import events_lexicon
    from attribcmp.incident_signals import _alternatives, _any_framing_word

    framings = events_lexicon()["framings"]
    words = sorted({str(w) for f in framings for w in (*f["left"], *f["right"])})
    plain = re.compile(r"(?i)(?<![\w-])(" + _alternatives(words) + r")(?![\w-])")
    assert bool(_any_framing_word().search(text)) == bool(plain.search(text))


# One search for any incident word stands before each kind's own search: a claim's kinds must
# be those the kinds' patterns find one by one.
INCIDENT_TEXTS = [
    "The bridge collapsed after the flood waters rose.",
    "A bus crashed into a truck, police said.",
    "No one was hurt when the building caught FIRE.",
    "The ferry capsized and sank near the port.",
    "The talks went well.",
    "A firefighter and the crashes' victims were named.",
    "",
]


@pytest.mark.parametrize("text", INCIDENT_TEXTS)
def test_incident_prefilter_keeps_each_kind(text: str) -> None:
    from attribcmp.anchors import _incident_patterns, claim_incidents

    claim = dataclasses.replace(
        _CLAIM, content=TextSpan(text, 0, len(text)), parts=((0, len(text)),)
    )
    kinds, _separate = _incident_patterns()
    expected = {kind for kind, pattern in kinds if pattern.search(text)}
    assert claim_incidents([claim])[0] - {"#separate:0"} == expected
