"""A denial the article tells first, answering the account told after it.

News often leads with the rebuttal and tells the charges in the paragraphs after: "China on
Tuesday called the allegations 'groundless'" stands before "the Justice Department said a
civilian military employee provided classified information". ``link_answers.by_denials``
reads a denial as answering what was reported before it; a denial in the lead with no claim
of another side before it answers the first other side's claims after it instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from attribcmp.data import load_table
from attribcmp.discourse import speaks_of_plan, spells_out, states_intent, tells_future
from attribcmp.evidence import Signal
from attribcmp.link_pairs import DENIAL_SENTENCES, Pairs
from attribcmp.link_rules import affinity
from attribcmp.signals import denial_signal
from attribcmp.textfeatures import said_text

__all__ = ["lead_denial_links", "names_statement", "statement_nouns"]

# The lead: a denial in the document's first paragraphs (headline and opening paragraph);
# past them, an article answers what it has told, not what follows.
_LEAD_PARAGRAPHS = 1
# At most this many of the other side's claims, within this many sentences of the denial:
# the account the lead's denial rebuts is told right after it.
_TARGETS = 3
_SENTENCES = DENIAL_SENTENCES
# Claims farther apart than this (in claims) are not tried: thousands of claims stay linear.
_WINDOW = 40
# A denial that says what it denies answers a later claim only when it shares this much with
# it (link_answers._DENIAL_MIN_AFFINITY: one event, object or name, or 25 points of words).
_MIN_AFFINITY = 1.0


@cache
def statement_nouns() -> frozenset[str]:
    # pointed.yaml's words for a statement: claims, allegations, report, story, figures ...
    return frozenset(str(w).lower() for w in load_table("pointed.yaml")["nouns"])


def names_statement(text: str) -> bool:
    """The words name a statement ("the allegations", "this entire report"): what they
    reject is something another side said, so it is told somewhere in the article."""
    return any(w in statement_nouns() for w in re.findall(r"[a-z]+", text.lower()))


@cache
def _told_events() -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in load_table("events.yaml")["told_event_nouns"])
    return re.compile(rf"(?i)^\W*(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:{words})\W*$")


def _names_told_event(text: str) -> bool:
    """The denial's words are only a pointing name for an event ("denies the incident", "the
    border clash"): the event is the one the article tells, so its account is what is denied."""
    return _told_events().match(text) is not None


def lead_denial_links(pairs: Pairs) -> Iterator[tuple[int, int, Signal | None]]:
    """(denial, answered claim, signal) for each lead denial and the account after it."""
    n = len(pairs.claims)
    for i, claim in enumerate(pairs.claims):
        if claim.facets is None or not claim.facets.denial or not pairs.side[i]:
            continue
        if pairs.where[i].paragraph > _LEAD_PARAGRAPHS or not (
            names_statement(said_text(claim)) or _names_told_event(said_text(claim))
        ):
            continue  # "withdrawing some troops" read as a denial rebuts no account
        if any(_told_before(pairs, i, j) for j in range(max(0, i - _WINDOW), i)):
            # a claim of another side stands before it, of whatever place: the denial is no
            # first word, and link_answers.by_denials weighs what it answers
            continue
        after = _account_after(pairs, i, n)
        if spells_out(claim):
            # "the notion that Pentagon officials were involved": what it denies is told,
            # so a claim after answers it only where it shares something of it
            after = [
                j
                for j in after
                if affinity(claim, pairs.claims[j], pairs.score(i, j)) >= _MIN_AFFINITY
            ]
        for j in after:
            if (min(i, j), max(i, j)) in pairs.signals:
                continue  # another step linked them, with a reason of its own
            signal = denial_signal(claim, pairs.claims[j], pairs.label[i], pairs.label[j])
            if signal is not None:
                signal = replace(signal, reason=f"{signal.reason} (told after the denial)")
            yield i, j, signal


def _account_after(pairs: Pairs, i: int, n: int) -> list[int]:
    """The first other side's claims after i, up to the denier's next word or a third side."""
    after: list[int] = []
    for j in range(i + 1, min(n, i + _WINDOW)):
        if pairs.apart(i, j) or not pairs.near(i, j, _SENTENCES):
            break
        if not _answerable(pairs, i, j):
            if after:
                break  # the denier speaks again, or another denial: that account has ended
            continue
        if after and pairs.side[j] != pairs.side[after[0]]:
            break  # a third side's account is not the one the denial rebuts
        if tells_future(pairs.claims[j]) and not speaks_of_plan(pairs.claims[i]):
            # what the account says will happen ("Seoul will take counter-measures") is no
            # telling of the past act denied; the account goes on after it
            continue
        after.append(j)
        if len(after) == _TARGETS:
            break
    return after


def _told_before(pairs: Pairs, i: int, j: int) -> bool:
    """Claim j is another side's claim in i's document: the denial is not the first word."""
    return bool(pairs.side[j]) and pairs.side[j] != pairs.side[i] and not pairs.apart(i, j)


def _answerable(pairs: Pairs, i: int, j: int) -> bool:
    """Claim j is another side's account in i's document that denial i may answer."""
    other = pairs.claims[j]
    return (
        bool(pairs.side[j])
        and pairs.side[j] != pairs.side[i]
        and not pairs.apart(i, j)
        and pairs.one_scene(i, j)
        and not (other.facets is not None and other.facets.denial)
        # what someone will do is no account to deny; a deed with no event word is one
        # ("provided classified information")
        and not states_intent(other)
    )
