"""Verdicts: do the sides in a group say the same thing, part of it, or opposite things?

Rules, in order (each verdict carries the reasons that fired):

- one_sided: the group has claims from one side only.
- diverge: the sides conflict: different figures for the same quantity, one side negates or
  denies what the other states, or opposite predicates (confirmed/denied, rise/fall).
- partial: one side states a firmer outcome than the other ("agreed" vs "discussed"), or one
  side's account adds much that the other lacks.
- converge: otherwise.

``relate_statements`` applies the same rules to two plain statements (``attribcmp pair``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from attribcmp.figures import figures_apart
from attribcmp.limits import limit_clash
from attribcmp.live_negations import live_negations
from attribcmp.model import (
    Claim,
    ClaimGroup,
    Link,
    PairResult,
    Relation,
    Settings,
    Side,
    Speaker,
    Verdict,
)
from attribcmp.relate import opposed_words, party_difference, relate_pair
from attribcmp.textcompare import (
    NEGATED_CUE,
    NO_CONCEPTS,
    has_any,
    lexicon_stems,
    number_conflicts,
    role_reversal,
    similarity,
)
from attribcmp.textfeatures import (
    Concepts,
    TextFeatures,
    analyse_text,
    lexicon,
    load_concepts,
    said_text,
    stem,
)

__all__ = [
    "ClaimComparison",
    "asked_how",
    "classify_groups",
    "commits_to",
    "compare_claims",
    "held_view",
    "relate_statements",
]

_DEFAULT_SETTINGS = Settings()

# Similarity (textcompare.similarity, 0-1) at or above which two accounts say the same thing.
# Tuned on the even lines of MRPC (news sentence pairs judged same/different), checked on the
# odd lines; see bench/bench_pair_mrpc.py.
_SAME_SIMILARITY = 0.41


# "how best to", "ways to", "the means of": what follows is what a talk was about.
_HOW_TO = r"\b(?:how(?:\s+best)?|ways?|means)\s+(?:to|of)\s+"


def asked_how(text: str, word: str) -> bool:
    """Every use of ``word`` in the text is what was talked about, not what was done ("spoke
    about how best to resolve the situation", "ways to settle the dispute"): a topic, not an
    outcome either side reached."""
    return _every_use(text, word, _HOW_TO, r"\b")


# "agreed the need for", "agreed on the importance of", "agreed that it is vital": what
# follows the commitment word is a view both hold, not an act either side commits to.
_VIEW_AFTER = (
    r"(?:\s+(?:on|upon|that|it|this|there|is|was|were|are|the|of))*\s+"
    r"(?:need|needs|importance|important|vital|essential|crucial|value|urgency|necessary)\b"
)


def held_view(text: str, word: str) -> bool:
    """Every use of the commitment ``word`` in the text states a view ("agreed the need for
    more aid", "agreed that it is vital to ..."), not an outcome ("agreed to hold talks"):
    the other account saying the same need is no softer for lacking the word."""
    return _every_use(text, word, r"\b", _VIEW_AFTER)


def _every_use(text: str, word: str, before: str, after: str) -> bool:
    """``word`` is used in the text, and every use stands between ``before`` and ``after``."""
    said = len(re.findall(rf"(?i)\b{re.escape(word)}\b", text))
    framed = len(re.findall(rf"(?i){before}{re.escape(word)}{after}", text))
    return said > 0 and framed == said


def commits_to(text: str, word: str) -> bool:
    """``word`` commits the speaker to an outcome: neither the topic of a talk
    (``asked_how``) nor a view both hold (``held_view``)."""
    return not asked_how(text, word) and not held_view(text, word)


@dataclass(frozen=True, slots=True)
class _Comparison:
    """What two accounts share and where they part."""

    conflicts: tuple[str, ...]
    softer: tuple[str, ...]
    notes: tuple[str, ...]
    similarity: float
    highlights_a: tuple[str, ...]
    highlights_b: tuple[str, ...]


# Words a negation reaches over before what it negates ("cannot be achieved", "not the
# case"): the reason shows the negation up to the first word past these.
_NEGATION_FILLERS = frozenset(
    {"be", "been", "being", "the", "a", "an", "any", "their", "its", "his", "her", "our", "to"}
)
# At most this many words after the negation are shown.
_NEGATED_REACH = 3


def _negated(text: str, word: str) -> str:
    """The negation as the claim writes it with what it negates ("not losing", "No
    civilians", "cannot be achieved"): a bare "not" does not tell the reader what is denied."""
    m = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
    if m is None:
        return word
    # what follows up to the clause's end: "we will not. Then ..." negates nothing after it
    rest = re.split(r"[.;:!?,]", text[m.end() : m.end() + 80], maxsplit=1)[0]
    after = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", rest)
    shown = [word]
    for w in after[:_NEGATED_REACH]:
        shown.append(w)
        if w.lower() not in _NEGATION_FILLERS:
            break
    return " ".join(shown)


def _compare(
    text_a: str,
    text_b: str,
    a: TextFeatures,
    b: TextFeatures,
    label_a: str,
    label_b: str,
    concepts: Concepts,
) -> _Comparison:
    conflicts, notes, hl_a, hl_b = number_conflicts(a, b, label_a, label_b)
    reversal = role_reversal(text_a, text_b, label_a, label_b)
    if reversal is not None:
        conflicts.append(reversal[0])
        hl_a.extend(reversal[1])
        hl_b.extend(reversal[1])
    softer: list[str] = []
    # Only negations that deny something the other could have said count (live_negations.py:
    # "not only ... but also", "pledged not to attack", "no date has been set" deny nothing).
    live_a, live_b = live_negations(text_a, a, text_b, b), live_negations(text_b, b, text_a, a)
    a = replace(a, negations=live_a) if a.negations else a
    b = replace(b, negations=live_b) if b.negations else b
    if bool(a.negations) != bool(b.negations):
        neg, other, words, said = (
            (label_a, label_b, a.negations, text_a)
            if a.negations
            else (label_b, label_a, b.negations, text_b)
        )
        left = _left_out(said)
        if left:
            # "made no mention of the case" / "raised the case": one account is silent on
            # what the other states, a difference of its own, not a denial of it
            conflicts.append(f"{neg} leaves it out ('{left}'); {other} states it")
        else:
            shown = ", ".join(dict.fromkeys(_negated(said, w) for w in words))
            conflicts.append(f"{neg} negates or denies ({shown}); {other} does not")
        (hl_a if a.negations else hl_b).extend(words)
    # The same opposite-word check as `attribcmp pair` (relate.py), so the two never disagree.
    # Claims reach here linked (one point), so no clause context is asked of the antonyms.
    for wa, wb in opposed_words(text_a, text_b, concepts, context=0.0):
        conflicts.append(f"opposite predicates: {label_a} '{wa}', {label_b} '{wb}'")
        hl_a.append(wa)
        hl_b.append(wb)
    clash = limit_clash(text_a, text_b)
    if clash is not None:
        # "four times the permitted limit" / "well below the permitted limit": the shared
        # phrase is the limit, and the two put the figure on opposite sides of it.
        conflicts.append(
            f"opposite sides of the {clash[2]}: {label_a} '{clash[0]}', {label_b} '{clash[1]}'"
        )
        hl_a.append(clash[0])
        hl_b.append(clash[1])
    # Another party doing one act, or in one place, as `pair` reads it (relate.py).
    blame, other_party = party_difference(text_a, text_b, concepts, label_a, label_b)
    if blame:
        conflicts.append(blame)
    if other_party:
        softer.append(other_party)
    strong, weak = lexicon_stems("commitment", "strong"), lexicon_stems("commitment", "weak")
    for x, y, lx, ly, tx in ((a, b, label_a, label_b, text_a), (b, a, label_b, label_a, text_b)):
        # "spoke about how best to resolve" commits to nothing: it names the talk's topic;
        # "agreed the need for" states a view
        firm = [w for w in has_any(x, strong) if commits_to(tx, w)]
        if not firm:
            continue  # (most claims make no commitment: the weak words are not looked up)
        soft = has_any(y, weak)
        if soft and not has_any(y, strong):
            softer.append(f"{lx} says '{firm[0]}', {ly} only '{soft[0]}'")
    return _Comparison(
        conflicts=tuple(dict.fromkeys(conflicts)),
        softer=tuple(softer),
        notes=tuple(notes),
        similarity=similarity(text_a, text_b, a, b, concepts),
        highlights_a=tuple(dict.fromkeys(hl_a)),
        highlights_b=tuple(dict.fromkeys(hl_b)),
    )


# How far (words) after a negation an omission word may stand ("was not on the agenda").
_OMISSION_REACH = 4


def _left_out(text: str) -> str:
    """The words saying a point was left out ("made no mention", "was not on the agenda",
    "were not discussed"), or "": a negation with a word of mention or agenda after it."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text)
    lowered = [w.lower().replace("’", "'") for w in words]
    omitted = {stem(str(w)) for w in lexicon("omission_words")}
    for k, w in enumerate(lowered):
        if w not in ("no", "not", "never") and not w.endswith("n't"):
            continue
        for j in range(k + 1, min(k + 1 + _OMISSION_REACH, len(words))):
            if stem(lowered[j]) in omitted:
                start = max(k - 1, 0) if k and lowered[k - 1] in _OMISSION_VERBS else k
                return " ".join(words[start : j + 1])
    return ""


# Verbs shown with the negation they carry ("made no mention", "was not on the agenda").
_OMISSION_VERBS = frozenset({"made", "makes", "make", "was", "were", "is", "are", "did", "does"})


def relate_statements(
    a: str, b: str, *, settings: Settings = _DEFAULT_SETTINGS, concepts: Concepts | None = None
) -> PairResult:
    """How two statements relate: converge, partial, diverge or unrelated, with reasons.

    Args:
        a: the first statement.
        b: the second statement.
        settings: ``threshold`` is the overlap score (0-100) from which they share a subject.
        concepts: concept groups; the built-in ones when None.

    Returns:
        The relation, a 0-100 score (overlap score, or the similarity when higher) and reasons.

    Raises:
        InputError: a statement empty (or whitespace only) or longer than
            ``read.MAX_STATEMENT_CHARS``.
    """
    # The pair rules live in relate.py; both build on textcompare.py.
    concepts = concepts if concepts is not None else load_concepts()
    return relate_pair(a, b, settings=settings, concepts=concepts)


# The reason of two claims whose words say one thing; never shown in a conflict's group.
SAME_THING = "the accounts say the same thing"
# The lead of textcompare.number_conflicts' reason.
_NUMBERS = "numbers differ"


@dataclass(frozen=True, slots=True)
class ClaimComparison:
    """How two claims' words relate when no firmer signal decides (``compare_claims``)."""

    relation: Relation
    reasons: tuple[str, ...]
    highlights: tuple[tuple[str, tuple[str, ...]], ...]
    # Partial only because the wording differs (no firmer outcome on one side, no conflict).
    wording_only: bool = False
    # The conflict is of figures of one measure ("three hours" / "one hour").
    figures_differ: bool = False


def compare_claims(
    a: Claim, b: Claim, label_a: str, label_b: str, concepts: Concepts
) -> ClaimComparison:
    """The relation of two linked claims from their words: conflicting figures, negation or
    opposite predicates diverge; a firmer outcome on one side, or much material only one
    side gives, is partial; otherwise they converge.

    Args:
        a: a claim; a denial in its cue counts as part of what it says.
        b: a claim of another side.
        label_a: how the reasons name a's side.
        label_b: how they name b's side.
        concepts: the concept groups.

    Returns:
        The relation, its reasons and the differing words by claim id.
    """
    text_a, text_b = _stance_text(a), _stance_text(b)
    fa, fb = analyse_text(text_a, concepts), analyse_text(text_b, concepts)
    cmp = _compare(text_a, text_b, fa, fb, label_a, label_b, concepts)
    if cmp.conflicts and figures_apart(a, b):
        # turnout against a vote share, a district's figure against the nation's: the
        # numbers differ because they count different things (figures.figures_apart)
        cmp = replace(cmp, conflicts=tuple(c for c in cmp.conflicts if not c.startswith(_NUMBERS)))
    highlights = ((a.id, cmp.highlights_a), (b.id, cmp.highlights_b))
    if cmp.conflicts:
        figures = any(c.startswith(_NUMBERS) for c in cmp.conflicts)
        return ClaimComparison(
            Relation.DIVERGE, cmp.conflicts + cmp.notes, highlights, figures_differ=figures
        )
    if cmp.softer:
        return ClaimComparison(Relation.PARTIAL, cmp.softer + cmp.notes, highlights)
    if cmp.similarity < _SAME_SIMILARITY:
        extra = ("same subject, but each account carries material the other lacks",)
        return ClaimComparison(Relation.PARTIAL, extra + cmp.notes, highlights, True)
    return ClaimComparison(Relation.CONVERGE, (SAME_THING,) + cmp.notes, highlights)


def classify_groups(
    groups: Sequence[ClaimGroup],
    claims: Sequence[Claim],
    speakers: Sequence[Speaker],
    sides: Sequence[Side],
    *,
    concepts: Concepts | None = None,
    links: Sequence[Link] | None = None,
) -> tuple[ClaimGroup, ...]:
    """Set status, reasons, flags, missing sides and highlights on each group.

    A group's verdict comes from the links between its claims (``links.link_claims``): any
    diverging link makes it diverge, else any partial one partial, else it converges; the
    links' reasons are its reasons.

    Args:
        groups: from ``align_claims``.
        claims: every claim the groups refer to.
        speakers: the speakers, for anonymity.
        sides: the sides in report order; a side whose speakers are all anonymous is not an
            account of its own, so it is never listed as missing.
        concepts: the concept groups used for alignment; the built-in ones when None.
        links: the cross-side links; None links the claims here (words and facets only).

    Returns:
        The groups, in the same order, with their verdicts.
    """
    concepts = concepts if concepts is not None else load_concepts()
    if links is None:
        from attribcmp.facets import facet_claims
        from attribcmp.links import link_claims

        faceted = facet_claims(claims, (), concepts=concepts)
        links = link_claims(faceted, speakers=speakers, sides=sides, concepts=concepts)
    by_id = {c.id: c for c in claims}
    speaker_by_id = {s.id: s for s in speakers}
    names = {s.id: s.name for s in sides}
    order = {s.id: n for n, s in enumerate(sides)}
    accounts = [s.id for s in sides if not _anonymous_side(s.id, speakers)]
    group_of = {cid: g.id for g in groups for cid in g.claim_ids}
    inside: dict[str, list[Link]] = {}
    across: dict[str, list[str]] = {}
    for link in links:
        gid, other = group_of.get(link.a), group_of.get(link.b)
        if gid is not None and gid == other:
            inside.setdefault(gid, []).append(link)
        elif gid is not None and other is not None and link.relation is Relation.DIVERGE:
            # A conflict between claims the grouping put apart is still one the reader must
            # see: it is told once, in the group of the earlier claim, naming the other.
            why = (*link.reasons, link.headline)[0]
            across.setdefault(gid, []).append(
                f"{link.a} also conflicts with {link.b} in {other}: {why}"
            )
    return tuple(
        _with_conflicts_across(
            _classify_one(
                g, inside.get(g.id, []), by_id, speaker_by_id, names, order, accounts, concepts
            ),
            across.get(g.id, []),
        )
        for g in groups
    )


def _with_conflicts_across(group: ClaimGroup, reasons: list[str]) -> ClaimGroup:
    if not reasons:
        return group
    return replace(group, reasons=tuple(dict.fromkeys((*group.reasons, *reasons))))


def _anonymous_side(side: str, speakers: Sequence[Speaker]) -> bool:
    members = [s for s in speakers if s.side == side]
    return bool(members) and all(s.anonymous for s in members)


# Cues that carry the claim's polarity: "Haddad denied that a circular had been sent" says
# no circular was sent, though the content alone ("that a circular had been sent") does not.
_POLAR_CUES = re.compile(r"(?i)\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\b")


def _stance_text(claim: Claim) -> str:
    if claim.cue is not None and (
        (_POLAR_CUES.search(claim.cue.text) and not NEGATED_CUE.search(claim.cue.text))
        or _omits(claim.cue.text)  # "did not deny" denies nothing; "did not mention" omits
    ):
        return f"{claim.cue.text} {said_text(claim)}"
    return said_text(claim)


# "made no mention of", "made no reference to": a cue whose "no" negates the mention.
_NO_WORD = re.compile(r"(?i)\bno\b")


def _omits(cue: str) -> bool:
    """A negated cue of mention ("did not mention", "never referred to", "made no mention
    of"): the account is silent on what the other states."""
    if not NEGATED_CUE.search(cue) and not _NO_WORD.search(cue):
        return False
    verbs = {str(w) for w in lexicon("omission_cues")}
    return any(w.lower() in verbs for w in re.findall(r"[^\W\d_]+", cue))


_RANK = {Relation.DIVERGE: 0, Relation.PARTIAL: 1, Relation.CONVERGE: 2}
_STATUS = {
    Relation.DIVERGE: Verdict.DIVERGE,
    Relation.PARTIAL: Verdict.PARTIAL,
    Relation.CONVERGE: Verdict.CONVERGE,
}


def _classify_one(
    group: ClaimGroup,
    links: list[Link],
    by_id: dict[str, Claim],
    speaker_by_id: dict[str, Speaker],
    names: dict[str, str],
    order: dict[str, int],
    accounts: list[str],
    concepts: Concepts,
) -> ClaimGroup:
    members = [by_id[c] for c in group.claim_ids if c in by_id]
    group_sides = tuple(
        sorted(dict.fromkeys(c.side or "" for c in members), key=lambda s: order.get(s, len(order)))
    )
    feats = {
        s: analyse_text(" ".join(_stance_text(c) for c in members if (c.side or "") == s), concepts)
        for s in group_sides
    }
    flags = _flags(members, feats, speaker_by_id)
    reasons: list[str] = []
    highlights: dict[str, list[str]] = {c.id: [] for c in members}
    missing: tuple[str, ...] = ()
    if len(group_sides) < 2:
        status = Verdict.ONE_SIDED
        missing = tuple(s for s in accounts if s not in group_sides)
        only = names.get(group_sides[0], group_sides[0] or "unattributed") if group_sides else ""
        reasons.append(f"only {only or 'one side'} makes this point")
    elif not links:
        # Sides joined through restatements without a direct link: same subject, not shown equal.
        status = Verdict.PARTIAL
        reasons.append("same subject, but each account carries material the other lacks")
    else:
        ranked = sorted(links, key=lambda k: (_RANK[k.relation], -k.score))
        status = _STATUS[ranked[0].relation]
        for link in ranked:
            # Inside a conflict, "the accounts say the same thing" of two of its claims
            # reads as the verdict on the whole group (review17 #6): their grounds stay.
            reasons.extend(
                r
                for r in link.reasons
                if not (
                    status is Verdict.DIVERGE
                    and link.relation is not Relation.DIVERGE
                    and r == SAME_THING
                )
            )
            for cid, words in link.highlights:
                highlights.setdefault(cid, []).extend(words)
    if not links:
        # Without links the alignment's shared words are the only grounds there are.
        reasons.extend(group.reasons)
    if status is Verdict.DIVERGE:
        # a conflict row's "one side says both agree" reads as if the sides agree (review13)
        flags = tuple(f for f in flags if f != "asserted_agreement")
    return replace(
        group,
        sides=group_sides,
        status=status,
        score=max([group.score, *(k.score for k in links)]),
        reasons=tuple(dict.fromkeys(reasons)),
        flags=flags,
        missing_sides=missing,
        highlights=tuple((cid, tuple(dict.fromkeys(w))) for cid, w in highlights.items() if w),
    )


def _flags(
    members: list[Claim], feats: dict[str, TextFeatures], speaker_by_id: dict[str, Speaker]
) -> tuple[str, ...]:
    flags: list[str] = []
    if members and all(
        c.speaker_id in speaker_by_id and speaker_by_id[c.speaker_id].anonymous for c in members
    ):
        flags.append("anonymous_only")
    agreement = lexicon_stems("agreement")
    # The agreement may sit in the cue ("The two sides agreed to hold ...") or the words.
    cue_words = {
        side: analyse_text(
            " ".join(c.cue.text for c in members if c.cue and (c.side or "") == side),
            NO_CONCEPTS,
        )
        for side in feats
    }
    asserting = [
        s for s, f in feats.items() if has_any(f, agreement) or has_any(cue_words[s], agreement)
    ]
    # Agreement stated by some side(s) but not by every side in the group.
    if asserting and len(asserting) < len(feats) or (asserting and len(feats) == 1):
        flags.append("asserted_agreement")
    hedges = lexicon_stems("hedges")
    for claim in members:
        if claim.facets is not None:
            hedged = claim.facets.hedged  # the words and the cue, read once by facets.py
        else:
            said = said_text(claim) + " " + (claim.cue.text if claim.cue else "")
            hedged = claim.hedged or bool(has_any(analyse_text(said, NO_CONCEPTS), hedges))
        if hedged:
            flags.append("hedged")
            break
    return tuple(flags)
