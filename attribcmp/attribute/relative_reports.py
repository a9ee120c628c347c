"""A report in a relative clause inside another claim's content, made a claim of its own.

"Kano officials rejected the tests, which researchers say prove the vaccine is safe": what the
officials rejected is "the tests"; that the tests prove the vaccine safe is the researchers'
claim. "Prosecutors demanded 23 years for the pilot, who says she was kidnapped": the
prosecutors demanded a sentence; the pilot says she was kidnapped. Dispute stories set such a
claim against the outer speaker's (issue 6/7: the inner claim was never found). Only "which"
and "who" open the clause: after "that" the verb is as often the outer content's own
("said that China claims ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from attribcmp.attribute.cues import Cue, CueClass, Token
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.mentions import can_speak, describe
from attribcmp.attribute.phrases import np_before
from attribcmp.attribute.speakers import Resolver
from attribcmp.data import load_table

# The relative words that open the clause, and the one word a subject relative's speaker ends
# with before them (the antecedent: "the pilot who says").
_OBJECT_RELATIVE = frozenset(("which",))
_SUBJECT_RELATIVE = frozenset(("who",))
_MIN_CONTENT = 2  # words after the verb: "who says so" is too little to be a claim
# Words a noun phrase scan may run back over that end the antecedent ("a sentence for the
# pilot who says": the pilot speaks, not the sentence).
_BREAKS = frozenset(("for", "of", "to", "with", "from", "on", "at", "by", "against", "about", ","))


# Words that open a new clause after a relative clause's closing comma ("..., and left"): not
# the owner's predicate resuming.
_NEW_CLAUSE = frozenset(("and", "but", "or", "while", "as", "saying", "adding"))


def _antecedent(
    tokens: Sequence[Token], last: int, start: int, whole: bool = False
) -> tuple[int, int] | None:
    """The noun phrase ending at token ``last``, cut at its last preposition; None when it
    reaches back to the owner's first word ``start`` (unless ``whole``: "praised the envoy,
    who said C" leaves the envoy as what was praised)."""
    found = np_before(tokens, last)
    if found is None:
        return None
    j = found[1]
    while j > found[0] and tokens[j - 1].lower not in _BREAKS:
        j -= 1
    return (j, found[1]) if j > start or whole and j == start else None


def _clause_end(tokens: Sequence[Token], first: int, end: int) -> int:
    """The clause's last token: before the comma that closes a non-restrictive relative ("the
    document, which Guo says he obtained, is a forgery"), else the owner's end."""
    return next((k - 1 for k in range(first + 1, end + 1) if tokens[k].text == ","), end)


def _reports_owner(tokens: Sequence[Token], speaker: tuple[int, int], start: int) -> bool:
    """The antecedent owns a report noun just before it ("allegations by X who say")."""
    j = speaker[0] - 1
    return (
        j - 1 >= start
        # (not "from": "reports from residents who said C" keeps its owner's object alone,
        # tests/test_attribute_rebuttal_shapes.py)
        and tokens[j].lower in ("by", "of")
        and tokens[j - 1].lower in _owned_reports()
    )


@cache
def _owned_reports() -> frozenset[str]:
    return frozenset(str(load_table("cues.yaml").get("owned_reports") or "").split())


def relative_report(
    tokens: Sequence[Token], first: int, last: int, owner: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int], tuple[tuple[int, int], ...]] | None:
    """(speaker range, content range, the ranges the owner keeps) for a cue tokens[first..last]
    in a "which X say(s) C" or "NP who say(s) C" clause inside the owner's content range. A
    clause set off by commas ends at its closing comma; the owner keeps what comes before the
    clause and, when its own predicate resumes after it ("the document, which Guo says ...,
    is a forgery"), that too."""
    start, end = owner
    if first <= start + 1 or last + _MIN_CONTENT > end:
        return None
    c = last + 1
    if tokens[c].lower == "that":
        c += 1  # "who says that C": C is the claim
    before = tokens[first - 1].lower
    if before in _SUBJECT_RELATIVE:
        comma = tokens[first - 2].text == ","
        speaker = _antecedent(tokens, first - 3 if comma else first - 2, start, comma)
        if speaker is None:
            return None  # the whole outer content is the speaker: not a part of it
        keep = speaker[1]
        if _reports_owner(tokens, speaker, start):
            # "rejecting allegations by officials who say C": the clause says what the
            # allegations are, so the owner keeps it (what is rejected is C too)
            return speaker, (c, _clause_end(tokens, c, end) if comma else end), ((start, end),)
    else:
        speaker = _antecedent(tokens, first - 1, start)
        if speaker is None or tokens[speaker[0] - 1].lower not in _OBJECT_RELATIVE:
            return None
        keep = speaker[0] - 2
    if tokens[keep].text == ",":
        keep -= 1  # "the tests, which ...": the comma goes with the clause
    d = _clause_end(tokens, c, end) if tokens[keep + 1].text == "," else end
    if d - c + 1 < _MIN_CONTENT or keep < start:
        return None
    kept: tuple[tuple[int, int], ...] = ((start, keep),)
    resume = d + 2
    if (
        d < end
        and resume <= end
        and tokens[resume].text.islower()
        and tokens[resume].lower not in _NEW_CLAUSE
    ):
        kept = ((start, keep), (resume, end))  # "..., is a forgery": the owner's predicate
    return speaker, (c, d), kept


def relative_claim(
    text: str,
    tokens: Sequence[Token],
    cue: Cue,
    owner: Draft,
    made: list[Draft],
    resolver: Resolver,
    si: int,
) -> bool:
    """Split a "which X say C" / "NP who says C" clause off the owner's content as a claim of
    its own (relative_reports.py); False when the cue stands in no such clause."""
    if cue.cls is not CueClass.SPEECH or len(owner.token_ranges) != len(owner.parts):
        return False
    index = next(
        (i for i, (a, b) in enumerate(owner.token_ranges) if a <= cue.first and cue.last <= b),
        None,
    )
    if index is None:
        return False
    found = relative_report(tokens, cue.first, cue.last, owner.token_ranges[index])
    if found is None:
        return False
    speaker, (c, d), kept = found
    info = describe(text, tokens, *speaker)
    if not can_speak(info):
        return False
    ranges = list(owner.token_ranges)
    ranges[index : index + 1] = kept
    owner.token_ranges = ranges
    owner.parts[index : index + 1] = [(tokens[a].start, tokens[b].end) for a, b in kept]
    entity, how = resolver.resolve(info, owner.doc_id, si)
    made.append(
        Draft(
            owner.doc_id,
            entity,
            owner.paragraph,
            [(tokens[c].start, tokens[d].end)],
            info.span,
            span_of(text, tokens, cue.first, cue.last),
            f"relative_report: '{info.span.text} {tokens[cue.first].text}' inside a claim",
            how,
            False,
            token_ranges=[(c, d)],
        )
    )
    return True
