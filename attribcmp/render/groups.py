"""How the report orders and explains its groups: conflicts first, each group's reasons
firmest first with the claim pairs behind them, its flags in plain words, and the headline
conflicts for the summary. A helper of the format modules, not a renderer itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from attribcmp.model import Claim, ClaimGroup, Relation, Side, Verdict
from attribcmp.render.report_index import ReportIndex, side_key

__all__ = [
    "FLAG_LABELS",
    "clash_highlights",
    "cross_side_groups",
    "firm_reason",
    "flag_label",
    "group_notes",
    "headline_conflicts",
    "one_sided_by_side",
    "ordered_reasons",
    "reason_pairs",
]

# Flags as a reader says them; an unknown flag is shown as written.
FLAG_LABELS: dict[str, str] = {
    "anonymous_only": "anonymous sources only",
    "asserted_agreement": "one side says both agree",
    "hedged": "hedged wording",
}

# The firmest grounds first, the order a fact-checker weighs them in: figures, opposite
# framing and blame, denials and negations, replies, the article's own contrast, then the
# softer ties (shared incident, topic, words). Matched on the start of a reason.
_NOTE_ORDER: tuple[tuple[str, ...], ...] = (
    ("figures", "numbers differ", "opposite sides of the"),
    ("counter-framing", "each side blames"),
    ("denial", "counter-claim", "one side negates", "opposite predicates", "roles reversed"),
    ("reply", "confirms"),
    ("contrast",),
)
# A denial's reason as ``answers.denial_signal`` words it: its head, then the words it answers.
_ANSWERS = re.compile(r"\A((?:denial|counter-claim): '[^']*' answers) '(.*)'\Z")
# More claim pairs than this behind one reason are counted, not listed.
_PAIRS_SHOWN = 3


# A word or phrase a reason quotes ("'violates' (United States) vs 'in line with international
# law' (Russia)", "'not confirm' answers 'reports'"): it starts and ends on a letter or digit,
# so an apostrophe inside a word ("We're") opens no quote.
_QUOTED = re.compile(r"(?<!\w)'(\w(?:[^']*\w)?)'(?!\w)")
# A quote longer than this many words is a claim's opening cited, not the words that clash.
_CLASH_WORDS = 6
# The reasons whose quotes are the clashing words. A diverging link also carries its softer
# grounds ("same incident: 'strike' / 'strike'", "shared words ...") whose quotes are words
# both sides share, and the article's contrast ("'But'"), which is no claim's word at all.
_CLASH_REASONS = (
    "figures",
    "numbers differ",
    "opposite sides of the",
    "counter-framing",
    "each side blames",
    "denial",
    "counter-claim",
    "one side negates",
    "opposite predicates",
    "roles reversed",
    "reply",
    "fate differs",
    "where it happened",
    "status:",
)


def clash_highlights(index: ReportIndex, group: ClaimGroup) -> dict[str, tuple[str, ...]]:
    """The words to mark in each claim of the group: the engine's highlights (figures,
    denials), and for a claim of a diverging link that has none, the words the link's reasons
    quote that the claim holds, so a reader sees which words clash on both sides (a
    counter-framing's 'violates' / 'in line with international law' carries no highlights of
    its own; a denial marks the denier's words, not the words it answers)."""
    out = {claim_id: words for claim_id, words in group.highlights}
    members = set(group.claim_ids)
    found: dict[str, list[str]] = {}
    for link in index.report.links or ():
        if link.relation is not Relation.DIVERGE or not {link.a, link.b} <= members:
            continue
        quoted = [
            span
            for reason in link.reasons
            if reason.lower().startswith(_CLASH_REASONS)
            for span in _QUOTED.findall(reason)
            if len(span.split()) <= _CLASH_WORDS
        ]
        for claim_id in (link.a, link.b):
            claim = index.claims.get(claim_id)
            if claim is None or out.get(claim_id):
                continue
            body = index.claim_body(claim).lower()
            found.setdefault(claim_id, []).extend(
                span for span in quoted if _holds_word(body, span.lower())
            )
    for claim_id, words in found.items():
        if words:
            out[claim_id] = tuple(dict.fromkeys(words))
    return out


_NEGATES = " negates or denies ("


def firm_reason(reason: str) -> bool:
    """Whether a reason is a ground of conflict or reply (figures, framing, blame, denial,
    status, reply, the article's contrast) rather than a softer tie (topic, shared words)."""
    low = reason.lower()
    # "Iran negates or denies (not allowed); Other speakers does not" opens with a side's name.
    return low.startswith((*_CLASH_REASONS, "confirms", "contrast")) or _NEGATES in low


def _holds_word(text: str, words: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text) is not None


def flag_label(flag: str) -> str:
    """A group flag in plain words ("anonymous_only" -> "anonymous sources only")."""
    return FLAG_LABELS.get(flag, flag.replace("_", " "))


def _note_rank(reason: str) -> int:
    low = reason.lower()
    for rank, prefixes in enumerate(_NOTE_ORDER):
        if low.startswith(prefixes):
            return rank
    return len(_NOTE_ORDER)


def reason_pairs(index: ReportIndex, group: ClaimGroup) -> dict[str, str]:
    """For each reason of the group, the claim pairs whose link gave it ("c1–c3, c2–c4"), so
    a reader can trace every ground to the two claims it joins."""
    members = set(group.claim_ids)
    pairs: dict[str, list[str]] = {}
    for link in index.report.links or ():
        if link.a in members and link.b in members:
            for reason in link.reasons:
                pairs.setdefault(reason, []).append(f"{link.a}–{link.b}")
    out: dict[str, str] = {}
    for reason, found in pairs.items():
        shown = ", ".join(found[:_PAIRS_SHOWN])
        more = len(found) - _PAIRS_SHOWN
        out[reason] = shown + (f" and {more} more" if more > 0 else "")
    return out


def ordered_reasons(index: ReportIndex, group: ClaimGroup) -> list[tuple[str, str]]:
    """The group's reasons, firmest grounds first (stable otherwise), each with the claim
    pairs behind it ("" when no link gave it)."""
    pairs = reason_pairs(index, group)
    ranked = sorted(group.reasons, key=_note_rank)
    # One denial answering several claims is one line ("denial: 'disputed' answers
    # 'airstrikes' (c1–c3), 'the toll' (c1–c4)"), not one line per claim it answers.
    merged: dict[str, list[tuple[str, str]]] = {}
    for reason in ranked:
        answer = _ANSWERS.match(reason)
        key = answer.group(1) if answer else reason
        merged.setdefault(key, []).append(
            (answer.group(2) if answer else reason, pairs.get(reason, ""))
        )
    out = []
    for key, items in merged.items():
        if len(items) == 1:
            reason = items[0][0] if items[0][0] == key else f"{key} '{items[0][0]}'"
            out.append((reason, items[0][1]))
        else:
            said = ", ".join(
                f"'{target}'" + (f" ({found})" if found else "") for target, found in items
            )
            out.append((f"{key} {said}", ""))
    return out


def group_notes(
    index: ReportIndex, group: ClaimGroup, escape: Callable[[str], str]
) -> tuple[list[str], str]:
    """A group's reasons (firmest first, each with its claim pairs) and flags as escaped
    lines, and the escaped names of the sides that leave the point out ("" when none)."""
    notes = [
        escape(reason) + (f" ({escape(pairs)})" if pairs else "")
        for reason, pairs in ordered_reasons(index, group)
    ]
    notes += [f"⚑ {escape(flag_label(flag))}" for flag in group.flags]
    left_out = ", ".join(escape(index.side_name(s)) for s in group.missing_sides)
    return notes, left_out


# The order a fact-check reads in: conflicts first, then partial agreement, then agreement.
_STATUS_ORDER = {Verdict.DIVERGE: 0, Verdict.PARTIAL: 1, Verdict.CONVERGE: 2}


def cross_side_groups(groups: Iterable[ClaimGroup]) -> list[ClaimGroup]:
    """The groups more than one side speaks to: diverge, then partial, then converge, each in
    report order."""
    cross = [g for g in groups if g.status in _STATUS_ORDER]
    return sorted(cross, key=lambda g: _STATUS_ORDER[g.status])


def table_columns(index: ReportIndex, cross: Iterable[ClaimGroup]) -> list[Side]:
    """The side columns of the side-by-side table: a side that speaks to none of its points and
    leaves none of them out would be a column of dashes (its points are listed one-sided)."""
    cross = list(cross)
    return [
        side
        for side in index.columns
        if any(index.group_claims(g, side.id) or side.id in g.missing_sides for g in cross)
    ]


def one_sided_by_side(
    index: ReportIndex, groups: Iterable[ClaimGroup]
) -> list[tuple[Side, list[tuple[ClaimGroup, Claim]]]]:
    """The one-sided points listed per column side, each claim with its group, report order."""
    by_side: dict[str, list[tuple[ClaimGroup, Claim]]] = {}
    for group in groups:
        if group.status is not Verdict.ONE_SIDED:
            continue
        for claim_id in group.claim_ids:
            claim = index.claims.get(claim_id)
            if claim is not None:
                by_side.setdefault(side_key(claim.side), []).append((group, claim))
    return [(side, by_side[side.id]) for side in index.columns if side.id in by_side]


_HEADLINE_ORDER: dict[tuple[str, ...], int] = {
    (name,): n
    for n, name in enumerate(
        ("slot", "framing", "blame", "denial", "polarity", "reply", "contrast")
    )
}
# One group, one headline: the conflict that names its point (review: a second line of
# another kind read as a second conflict).
_HEADLINES_PER_GROUP = 1


def headline_conflicts(index: ReportIndex, groups: Iterable[ClaimGroup]) -> list[tuple[str, str]]:
    """(group id, line) per diverging group, for the summary at the top: the headline of the
    group's strongest diverging link ("Death toll: 12 fighters (army) vs 16 people
    (villagers)"), or its first reason when the report carries no links."""
    links = index.report.links or ()
    lines: dict[str, str] = {}
    for group in groups:
        if group.status is not Verdict.DIVERGE:
            continue
        members = set(group.claim_ids)
        inside = [
            k
            for k in links
            if k.a in members and k.b in members and k.relation.value == "diverge" and k.headline
        ]
        if inside:
            # Figures first, then opposite framing and blame, then denials: the most telling
            # conflict names the point.
            ranked = sorted(inside, key=lambda k: (_HEADLINE_ORDER.get(k.signals[:1], 9), -k.score))
            kinds: set[tuple[str, ...]] = set()
            answered: set[tuple[str, str]] = set()
            for link in ranked:
                # Two denials of one claim in two words ("disputing", "no evidence") are one
                # conflict: the headline's lead with the words it answers says so.
                lead, _, rest = link.headline.partition(":")
                target = (lead, rest.rpartition(" vs ")[2])
                if link.signals[:1] in kinds or target in answered:
                    continue
                if len(kinds) >= _HEADLINES_PER_GROUP:
                    break
                kinds.add(link.signals[:1])
                answered.add(target)
                lines.setdefault(link.headline, group.id)
        elif group.reasons:
            lines.setdefault(group.reasons[0], group.id)
    return [(gid, line) for line, gid in lines.items()]
