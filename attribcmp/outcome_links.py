"""Links between two sides' claims by their outcomes (``outcomes.read_outcome``): different
winners, or a result against a challenge, diverge; two settlements converge ("both confirm the
settlement"). Pairs are tried within a window of claims of one article, best first, and each
claim links a bounded number of others.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from attribcmp.discourse import tells_future
from attribcmp.evidence import Signal
from attribcmp.link_rules import affinity
from attribcmp.model import Claim, Relation, Speaker
from attribcmp.outcomes import Outcome, lexicon_words, read_outcome
from attribcmp.signals import head_words
from attribcmp.textfeatures import said_text

__all__ = ["outcome_links"]

# Each claim links at most this many others by its outcome, best-matching first: a long
# election story repeats its result many times, and one link to each side's account shows it.
_TARGETS = 2
# A result is answered by at most this many challenges, each answering one result: the
# opposition rejecting the results, calling the vote rigged and the process a fraud.
_RESULT_ANSWERS = 4
# Claims farther apart than this (in claims) are not tried: a long article stays linear.
_WINDOW = 40
# As strong as a denial (status._SCORE): the tie is the contest, not the words.
_SCORE = 78.0


# Characters at the head of an article (headline and lead) that say what contest it is about.
_LEAD_CHARS = 300


def _lead(claim: Claim, texts: Mapping[str, str]) -> str:
    return texts.get(claim.doc_id, "")[:_LEAD_CHARS]


def _name_words(speaker: Speaker) -> frozenset[str]:
    """A speaker's name words, lower case, without the fillers ("the", "most")."""
    words = re.findall(r"[a-z]+", " ".join((speaker.name, *speaker.aliases)).lower())
    # "unions" and "teachers union" are one party: the plural's "s" goes
    return frozenset(
        w.removesuffix("s")
        for w in words
        if len(w) > 3 and w not in lexicon_words("winner_fillers")
    )


_SENTENCE_REACH = 400  # characters around a claim that can hold its cue and its setting


def _sentence(claim: Claim, texts: Mapping[str, str]) -> str:
    """The claim's sentence in its document (the cue and what the claim is about)."""
    text = texts.get(claim.doc_id, "")
    start, end = claim.content.start, claim.content.end
    # bounded both ways: text with no ". " (one claim a line) must not hand each claim the rest
    low, high = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    left = max(text.rfind(". ", low, start), text.rfind("\n", low, start), low - 1)
    ends = [k for k in (text.find(". ", end, high), text.find("\n", end, high)) if k >= 0]
    return text[left + 1 : min(ends, default=high)]


def _winner_words(outcome: Outcome, label: str) -> frozenset[str]:
    """The winner's words; the speaker's own side's name when the winner is itself."""
    words = set(outcome.winner) - lexicon_words("self_words")
    if outcome.own:
        words |= {
            w
            for w in re.findall(r"[a-z]+", label.lower())
            if w not in lexicon_words("winner_fillers")
        }
    return frozenset(words)


def _verdict(a: Outcome, b: Outcome, label_a: str, label_b: str) -> Relation | None:
    """How two sides' outcomes relate, or None when they do not meet."""
    if a.kind == "settlement" and b.kind == "settlement":
        return Relation.CONVERGE
    if {a.kind, b.kind} == {"result", "challenge"}:
        return Relation.DIVERGE
    if a.kind == b.kind == "result":
        wa, wb = _winner_words(a, label_a), _winner_words(b, label_b)
        # each names a winner and no word is shared: two winners (the same one told twice,
        # or one unnamed, is no clash)
        if wa and wb and not wa & wb:
            return Relation.DIVERGE
    return None


def outcome_links(
    claims: Sequence[Claim],
    texts: Mapping[str, str],
    speakers: Sequence[Speaker],
    labels: Sequence[str],
    score: Any,
) -> list[tuple[int, int, Signal]]:
    """(i, j, signal) for each pair of claims of two sides whose outcomes clash or agree.

    Args:
        claims: the claims, with sides and facets, in article order.
        texts: document id -> text, for each claim's sentence and the article's lead.
        speakers: the speakers, so that one party confirming a deal twice is not two sides.
        labels: each claim's side name, for reasons and for a winner that is the speaker.
        score: ``score(i, j)``: the two claims' word overlap (0-100).
    """
    outcomes = [_outcome(c, texts) for c in claims]
    who = {s.id: _name_words(s) for s in speakers}
    pairs: list[tuple[tuple[int, float, int], int, int, Relation]] = []
    for i, claim in enumerate(claims):
        mine = outcomes[i]
        if mine is None:
            continue
        for j in range(i + 1, min(len(claims), i + _WINDOW + 1)):
            theirs, other = outcomes[j], claims[j]
            if theirs is None or other.doc_id != claim.doc_id:
                continue
            if (other.side or "") == (claim.side or ""):
                continue
            relation = _verdict(mine, theirs, labels[i], labels[j])
            if relation is Relation.CONVERGE and who.get(claim.speaker_id, frozenset()) & who.get(
                other.speaker_id, frozenset()
            ):
                continue  # "the unions" and "most unions" are one party, whatever their sides
            if relation is not None:
                # two winners first; a challenge goes to a result that names its winner,
                # then to the closest match
                rank = (_rank(mine, theirs), -affinity(claim, other, score(i, j)), j - i)
                pairs.append((rank, i, j, relation))
    out: list[tuple[int, int, Signal]] = []
    linked: dict[int, int] = {}
    answers: dict[int, int] = {}
    # (challenge, side of the result) pairs already linked
    answered: set[tuple[int, str]] = set()
    for _rank_key, i, j, relation in sorted(pairs):
        mine, theirs = outcomes[i], outcomes[j]
        assert mine is not None and theirs is not None
        loose = _loose(mine, theirs)
        challenge = i if mine.kind == "challenge" else j
        result = j if challenge == i else i
        # a challenge answers one result of each side that tells one: "rigging" is no reply
        # to every tally, but the commission announcing the count and the winner's camp
        # saying it is "very satisfied with these results" are two accounts it contests
        told_by = claims[result].side or ""
        if loose:
            if (challenge, told_by) in answered or answers.get(result, 0) >= _RESULT_ANSWERS:
                continue
            answers[result] = answers.get(result, 0) + 1
        elif linked.get(i, 0) >= _TARGETS or linked.get(j, 0) >= _TARGETS:
            continue
        linked[i] = linked.get(i, 0) + 1
        linked[j] = linked.get(j, 0) + 1
        if loose:
            answered.add((challenge, told_by))
        out.append(
            (i, j, _signal(claims[i], claims[j], mine, theirs, labels[i], labels[j], relation))
        )
    return sorted(out, key=lambda t: (t[0], t[1]))


def _outcome(claim: Claim, texts: Mapping[str, str]) -> Outcome | None:
    """The claim's outcome; a result told as a forecast ("Maduro would be formally proclaimed
    the winner at a ceremony") is a plan, not the result a challenge contests."""
    outcome = read_outcome(claim, _sentence(claim, texts), _lead(claim, texts))
    if outcome is not None and outcome.kind == "result" and tells_future(claim):
        return None
    return outcome


def _rank(a: Outcome, b: Outcome) -> int:
    """Which pairs speak first: two winners, then a settlement, then a challenge to a named
    result, then a challenge to an unnamed one ("declared the winner")."""
    if a.kind == b.kind:
        return 0 if a.kind == "result" else 1
    result = a if a.kind == "result" else b
    return 2 if result.winner else 3


def _loose(a: Outcome, b: Outcome | None) -> bool:
    """A result set against a challenge (weaker than two named winners)."""
    return b is not None and {a.kind, b.kind} == {"result", "challenge"}


def _told(claim: Claim, outcome: Outcome) -> str:
    # The claim's own run of words, not the winner's words strung before "won": those are
    # picked out of a clause ("a dozen allied parties won 124 out of" gave "dozen allied
    # parties out won"), which no reader can find in the article.
    if outcome.kind == "result" and outcome.winner:
        return outcome.words
    return head_words(said_text(claim), 8) if outcome.kind == "result" else outcome.words


def _signal(
    a: Claim, b: Claim, oa: Outcome, ob: Outcome, label_a: str, label_b: str, relation: Relation
) -> Signal:
    ta, tb = _told(a, oa), _told(b, ob)
    if relation is Relation.CONVERGE:
        what, name = "both confirm the settlement", "confirm"
    elif oa.kind == ob.kind:
        what, name = "rival results", "slot"
    else:
        what, name = "result challenged", "denial"
    reason = f"{what}: {label_a}: {ta} / {label_b}: {tb}"
    headline = f"{what.capitalize()}: '{ta}' ({label_a}) vs '{tb}' ({label_b})"
    # "slot", "denial" and "confirm" are link_verdict's signal names (the learned layer
    # reads them): two winners are one slot with two values, a challenge answers the result
    return Signal(
        name, _SCORE, reason, relation, ((a.id, (oa.words,)), (b.id, (ob.words,))), headline
    )
