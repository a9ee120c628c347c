"""Link two sides' claims on one contested matter (``matters.py``): who holds the ground,
who won the vote, a vote's fairness, an offer and its refusal, a truce holding or broken, a
motive, a group's involvement.

Each claim's stance on a matter comes from its facets (``ClaimFacets.matters``); a matter
named in passing in a long claim about something else is left out. Two claims of different
sides on one matter link when their places do not set them apart (``Pairs.one_scene``):
diverge when their stances clash ("the vote was fair" / "electoral fraud"; each side saying it
holds the ground), converge when they agree. Each claim keeps its nearest few partners on a
matter, so one matter held by many claims of a long story does not join them all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from attribcmp.evidence import Signal
from attribcmp.link_pairs import Pairs
from attribcmp.matters import Matter, matter_table
from attribcmp.model import Claim, MatterStance, Relation, Speaker, SpeakerKind
from attribcmp.signals import head_words
from attribcmp.textfeatures import said_text

__all__ = ["PARTNERS", "by_matters", "matter_partners", "matter_position"]

# Partners each claim keeps on one matter, nearest first (None: every other-side claim on it).
# Gold links every claim on a matter to every other-side claim on it; on disputes half A, 3
# partners scores as every pair does (recall 0.50, precision 0.60; 1: 0.48 / 0.59; 2: 0.49 /
# 0.59) and keeps one matter of a long story from joining dozens of claims.
PARTNERS: int | None = 3
# How many later claims on the same matter each claim is compared with (keeps it linear).
_SCAN = 40
_SCORE = 78.0


def matter_partners(matter: Matter) -> int | None:
    """Partners each claim keeps on ``matter``: its own ``partners`` in data/matters.yaml (a
    vote's fairness: one verdict answers every other verdict on the vote), else ``PARTNERS``."""
    return matter.partners if matter.partners is not None else PARTNERS


def matter_position(
    matter: Matter, stances: Sequence[MatterStance], camp: str, who: str = ""
) -> tuple[str, str] | None:
    """A claim's position on one matter and the words that say it, from its main stances.

    For "poles" matters the position is the stance listed first in the table ("refused" over
    "offered": "never accept a deal proposed by him" refuses). For "prevail" matters it is
    "own" when the claim has the speaker's side prevail and "other" when it concedes; a
    holder named by camp ("government forces") is read against the speaker's ``camp``
    ("government" / "insurgents"; "" when unknown: such a stance says nothing)."""
    mine = [s for s in stances if s.matter == matter.name and s.main]
    if not mine:
        return None
    if matter.kind == "winner":
        # the winner named: a surname; "he"/"himself" in a person's claim is ``who``, the
        # speaker's surname; "we"/"our" is the speaker's side
        for s in mine:
            if s.holder.startswith("name:"):
                return s.holder, s.words
            if s.holder == "self" and who:
                return f"name:{who}", s.words
            if s.holder == "own":
                return "own", s.words
        return None
    if matter.kind != "prevail":
        best = min(mine, key=lambda s: matter.precedence.index(s.stance))
        return best.stance, best.words
    for s in mine:
        if s.holder in ("", "own"):
            own = True
        elif s.holder == "enemy":
            own = False
        elif camp:
            own = s.holder == f"camp:{camp}"
        else:
            continue
        if s.stance != "prevails":
            own = not own
        return ("own" if own else "other"), s.words
    return None


def _relation(matter: Matter, a: str, b: str) -> Relation | None:
    if matter.kind == "winner":
        if "own" in (a, b):
            # each side says it won: a clash; "our party won" against a name: unknown
            return Relation.DIVERGE if a == b else None
        return Relation.CONVERGE if a == b else Relation.DIVERGE
    if matter.kind == "prevail":
        # each has its own side prevail (or each concedes): a clash; one concedes what the
        # other claims: they agree
        return Relation.DIVERGE if a == b else Relation.CONVERGE
    if frozenset((a, b)) in matter.clash:
        return Relation.DIVERGE
    if matter.agree is not None:
        return Relation.CONVERGE if frozenset((a, b)) in matter.agree else None
    return Relation.CONVERGE if a == b else None


def _same_thing(a: Claim, b: Claim) -> bool:
    """The two share an object word or a name: one stance is then said of one thing."""
    fa, fb = a.facets, b.facets
    if fa is None or fb is None:
        return False
    return bool(set(fa.objects) & set(fb.objects) or set(fa.participants) & set(fb.participants))


def _surnames(speakers: Sequence[Speaker]) -> dict[str, str]:
    """Speaker id -> surname, for people ("Etienne Tshisekedi" -> "tshisekedi")."""
    return {
        sp.id: sp.name.split()[-1].lower()
        for sp in speakers
        if sp.kind is SpeakerKind.PERSON and not sp.anonymous and sp.name.split()
    }


def by_matters(pairs: Pairs, camps: Mapping[str, str], speakers: Sequence[Speaker] = ()) -> None:
    """Link two sides' claims on one matter (see the module doc).

    Args:
        pairs: the claims and what is known of them; links are added to it.
        camps: side id -> "government" / "insurgents" (``control.side_camps``).
        speakers: the speakers, for a person's "he is the new president".
    """
    claims: Sequence[Claim] = pairs.claims
    surnames = _surnames(speakers)
    for matter in matter_table():
        held: list[tuple[int, str, str]] = []
        for i, claim in enumerate(claims):
            if not claim.facets or not pairs.side[i]:
                continue
            pos = matter_position(
                matter,
                claim.facets.matters,
                camps.get(pairs.side[i], ""),
                surnames.get(claim.speaker_id, ""),
            )
            if pos is not None:
                held.append((i, *pos))
        found: list[tuple[int, int, int, Relation]] = []
        for n, (i, pos_i, _w) in enumerate(held):
            for j, pos_j, _wj in held[n + 1 : n + 1 + _SCAN]:
                if pairs.side[i] == pairs.side[j] or not pairs.one_scene(i, j):
                    continue
                camp_i, camp_j = camps.get(pairs.side[i], ""), camps.get(pairs.side[j], "")
                if matter.kind == "prevail" and camp_i and camp_i == camp_j:
                    continue  # two sides of one camp (a rebel group, its spokesman) hold one line
                relation = _relation(matter, pos_i, pos_j)
                if relation is Relation.CONVERGE and not _same_thing(claims[i], claims[j]):
                    continue  # one stance said of two things ("politically motivated")
                if relation is not None:
                    found.append((pairs.distance(i, j), i, j, relation))
        words = {i: w for i, _p, w in held}
        count: dict[int, int] = {}
        most = matter_partners(matter)
        for _d, i, j, relation in sorted(found):
            if most is not None and (count.get(i, 0) >= most or count.get(j, 0) >= most):
                continue
            count[i] = count.get(i, 0) + 1
            count[j] = count.get(j, 0) + 1
            pairs.add(i, j, _signal(pairs, matter, i, j, words, relation))


def _position_words(pairs: Pairs, matter: Matter, k: int, words: str) -> str:
    # The matter's own noun ("offer" for "the offer") names what is disputed, not where the
    # side stands: the claim's opening words say that ("the offer was worth 7 percent ...").
    if words.lower() in matter.label.lower().split():
        return head_words(said_text(pairs.claims[k]), 8)
    claim = pairs.claims[k]
    denial = claim.facets.denial if claim.facets else ""
    if denial and claim.cue is not None and denial.lower() in claim.cue.text.lower():
        # "rejected findings ... of irregularities": a denying cue turned the stance round
        # (matters.find_matters); the words alone would read as the speaker's own view
        return f"{denial} … {words}"
    return words


def _signal(
    pairs: Pairs, matter: Matter, i: int, j: int, words: Mapping[int, str], relation: Relation
) -> Signal:
    a, b = pairs.in_side_order(i, j)
    wa, wb = (
        _position_words(pairs, matter, a, words[a]),
        _position_words(pairs, matter, b, words[b]),
    )
    la, lb = pairs.label[a], pairs.label[b]
    told = f"'{wa}' ({la}) vs '{wb}' ({lb})"
    if relation is Relation.CONVERGE:
        reason = f"{matter.label}, both: '{wa}' ({la}) / '{wb}' ({lb})"
    else:
        reason = f"{matter.label}: {told}"
    headline = f"{matter.label[:1].upper()}{matter.label[1:]}: {told}"
    # "control" is link_verdict's name for a contested state (who holds a place): a firm
    # ground, and a clash on it outweighs agreeing words
    return Signal(
        "control",
        _SCORE,
        reason,
        relation,
        ((pairs.claims[a].id, (words[a],)), (pairs.claims[b].id, (words[b],))),
        headline,
    )
