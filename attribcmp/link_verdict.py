"""A link's verdict from its signals: the relation (the firmest signal with an opinion, else
the two claims' words), the score, the reasons a reader sees, the words to highlight and the
headline the summary shows."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from attribcmp.anchors import same_meeting
from attribcmp.evidence import Signal
from attribcmp.model import Claim, Link, Relation
from attribcmp.signals import head_words
from attribcmp.textfeatures import Concepts, analyse_text, lexicon, said_text, stem

__all__ = ["SIGNAL_NAMES", "make_link"]


# One claim with more than this many times the other's words adds points of its own.
_ADDS_MUCH = 2.0


def _adds_much(a: Claim, b: Claim) -> bool:
    """One claim says much more than the other ("reviewed the partnership" / "... the
    partnership, flood aid and new trade routes")."""
    small, large = sorted((len(said_text(a).split()), len(said_text(b).split())))
    return large > _ADDS_MUCH * max(small, 1)


@cache
def _strong_commitment() -> frozenset[str]:
    return frozenset(stem(str(w)) for w in lexicon("commitment")["strong"])


def _firmer_cue(a: Claim, b: Claim) -> bool:
    """Exactly one cue commits ("agreed to hold the next round" / "discussed the timing")."""
    strong = _strong_commitment()

    from attribcmp.classify import commits_to

    def commits(claim: Claim) -> bool:
        # ("how best to resolve" names what was talked about, "agreed the need for" a view
        # both may hold: no commitment)
        text = f"{claim.cue.text if claim.cue else ''} {said_text(claim)}"
        return any(
            stem(w) in strong and commits_to(text, w) for w in re.findall(r"[^\W\d_]+", text)
        )

    return commits(a) != commits(b)


# Signals a reader can check on their own (a figure, a denial, a word), firmest first; the
# rest ("same incident", "same phrase") are shown only when none of these is there.
_STRONG_SIGNALS = (
    "slot",
    "denial",
    "control",
    "framing",
    "blame",
    "polarity",
    "reply",
    "confirm",
    "responsibility",
    "contrast",
)
_SOFT_SIGNALS = ("event", "name", "phrase", "topic", "topical")
# Every signal name a link step may write, firmest first: the one list other modules read
# (link_model.py makes a feature of each).
SIGNAL_NAMES = _STRONG_SIGNALS + _SOFT_SIGNALS
# Signals firmest first: the first with an opinion on the relation decides it.
_ORDER = {name: n for n, name in enumerate(SIGNAL_NAMES)}
_STRONG = frozenset(_STRONG_SIGNALS)
# Score each further signal adds to the strongest: two kinds of evidence beat one.
_EXTRA_SIGNAL = 3.0
# A headline no signal wrote opens with how the two accounts relate.
_HEADLINE_LEADS = {
    Relation.DIVERGE: "Accounts differ",
    Relation.PARTIAL: "Accounts partly agree",
    Relation.CONVERGE: "Accounts agree",
}
# The kind a headline names when the claims' words decided the conflict: the start of the
# words' first conflict reason (classify.compare_claims) -> the kind as a reader says it.
_WORDS_KINDS = (
    ("numbers differ", "Figures differ"),
    ("opposite sides of the", "Figures differ"),
    ("roles reversed", "Who did what to whom"),
    ("each side names the other", "Who did what to whom"),
    ("opposite predicates", "Opposite claims"),
)


def _words_kind(reason: str) -> str:
    if " negates or denies " in reason:
        return "Denial"
    if " leaves it out " in reason:
        return "One account leaves it out"
    return next((kind for lead, kind in _WORDS_KINDS if reason.startswith(lead)), "Accounts differ")


# Signals whose diverge overrides an agreeing figure: the sides may count alike and still
# deny or frame the event oppositely.
_CONFLICTS = frozenset({"slot", "denial", "control", "framing", "blame"})


# The signal of two accounts' reports of one call (``anchors.call_signal``).
_CALL = "meeting"


# Signals that put two claims on one agenda item (a name, a topic, a rare phrase).
_AGENDA_SIGNALS = frozenset({"name", "topic", "phrase"})
# Acts that, done by both accounts on one item, make one point whatever the rest of the
# wording: the act is all either sentence says of the item. ("agreed", "praised" and
# "committed" are said of everything in a readout; on a shared name alone they stay partial.)
_ONE_POINT_ACTS = {
    "discuss": "discuss it",
    "plan": "plan the visit or meeting",
    "continue": "keep in contact",
    "propose": "tell of the same offer",
}


@cache
def _not_the_item() -> frozenset[str]:
    """Stems that do the act or say who and where, not what the item is ("discussed",
    "invitation", "leaders", "countries", "this week")."""
    from attribcmp.acts import act_words
    from attribcmp.facet_lexicon import events_lexicon

    lex = events_lexicon()
    words = [*act_words(), *lex["actor_nouns"], *lex["scope_nouns"], *lex["time_words"]]
    return frozenset(stem(str(w)) for w in words)


def _item_words(claim: Claim, concepts: Concepts) -> frozenset[str]:
    """What a claim says of its item beyond names and the act ("lending", "sanctions")."""
    features = analyse_text(said_text(claim), concepts)
    skip = _not_the_item()

    def item(token: str) -> bool:
        # A concept ("~talks") stands for its words: "discussed" folds to one, "Beijing"
        # to another; neither says what the item is. A capitalised word is a name, the
        # claim's first one too ("Weber and Dupont talked").
        surfaces = features.surfaces.get(token, ())
        if token.startswith("#") or token in skip or token in features.entities:
            return False
        return not all(w[:1].isupper() or stem(w) in skip for w in surfaces)

    return frozenset(t for t in features.tokens if item(t))


def _one_item(a: Claim, b: Claim, concepts: Concepts) -> bool:
    """The two say the same of one item: they share a word of it beyond its name, or one
    says nothing of it but its name ("discussed Lebanon"). Two claims naming one country
    and each saying something else of it ("China's lending" / "China's military base") make
    two points."""
    words_a, words_b = _item_words(a, concepts), _item_words(b, concepts)
    return not words_a or not words_b or bool(words_a & words_b)


# Words of its own each claim needs to make another point: one ("developments" / "the current
# situation") is wording of one subject, not a second point.
_OWN_POINT_WORDS = 2


def _frame_stems(claim: Claim) -> frozenset[str]:
    """The stems of the event a claim names ("telephone call", "talks"): the frame both
    accounts of one event share, not a point either makes of it."""
    words = claim.facets.event_words if claim.facets is not None else ()
    return frozenset(stem(w) for phrase in words for w in re.findall(r"[^\W\d_]+", phrase))


def _points_apart(a: Claim, b: Claim, concepts: Concepts) -> bool:
    """Both claims say something of their item beyond names, the act and the event's own
    words, and nothing of it is shared ("held a frank call ... agreed to resume trade talks"
    / "told him in a call that Nordland must stop interfering"): the names and "telephone
    call" they share are the frame of one event, not one point."""
    frame = _frame_stems(a) | _frame_stems(b)
    words_a, words_b = _item_words(a, concepts) - frame, _item_words(b, concepts) - frame
    return min(len(words_a), len(words_b)) >= _OWN_POINT_WORDS and not words_a & words_b


def _both_plan(a: Claim, b: Claim) -> bool:
    """Both claims tell a plan ("agreed to hold a meeting next week" / "looked forward to
    the meeting in the coming days"): one side agreeing to it is how its account tells the
    plan the other states as settled, no firmer outcome."""
    from attribcmp.acts import REBUT, claim_acts

    acts_a, acts_b = claim_acts(a), claim_acts(b)
    return "plan" in acts_a & acts_b and REBUT not in acts_a | acts_b


def _same_act(a: Claim, b: Claim) -> str:
    """How a reader sees the one act both claims do (``_ONE_POINT_ACTS``), or ""."""
    from attribcmp.acts import REBUT, act_match, claim_acts

    acts_a, acts_b = claim_acts(a), claim_acts(b)
    if REBUT in acts_a | acts_b:
        # One side declines, rejects or denies what the other plans or offers: no one act.
        return ""
    match = act_match(acts_a, acts_b)
    if match is None or match.relation is not Relation.CONVERGE:
        return ""
    return next((shown for act, shown in _ONE_POINT_ACTS.items() if act in acts_a & acts_b), "")


# A name this long is looked up in the other account by its first letters, so "Ukrainian"
# finds "Ukraine" and "Sochi's" finds "Sochi".
_NAME_PREFIX = 5


# Before a word that opens a sentence or a quote: its capital is the sentence's, not a name's.
_OPENER = r"(?:^|[.!?:;\"“‘(]\s*|\n\s*)"


def _common_word(name: str, own_text: str) -> bool:
    """A capitalised word that names nothing: a grammar, news-filler or mute word ("Given",
    "According", "Report", "Year"), or one its own account only ever writes at the head of a
    sentence or a quote ("Given Boris Johnson's announcement ...": "given" is no element the
    other account leaves out)."""
    from attribcmp.side_mute import mute_class
    from attribcmp.textfeatures import is_stopword

    if " " in name:
        return False
    if is_stopword(name) or mute_class(name) is not None:
        return True
    if not own_text:
        return False
    found = list(re.finditer(rf"\b{re.escape(name)}\b", own_text, re.IGNORECASE))
    capital = [m for m in found if m.group()[:1].isupper()]
    return bool(capital) and all(
        re.search(rf"{_OPENER}$", own_text[max(0, m.start() - 3) : m.start()]) for m in capital
    )


def _names_left_out(claim: Claim, other_text: str, own_text: str = "") -> list[str]:
    """The names a claim gives that the other account never writes ("West Bank", "China",
    "OSCE"): an element only one side tells, whatever else the two lines share. Capitalised
    common words (``_common_word``) are no names."""
    from attribcmp.anchors import name_words

    told = other_text.lower()
    missing = []
    for name in sorted(name_words(claim.facets, text=said_text(claim))):
        if _common_word(name, own_text):
            continue
        key = stem(name.split()[0])[:_NAME_PREFIX] if len(name) > _NAME_PREFIX else name
        if key.lower() not in told:
            missing.append(name)
    return missing


def _one_point_two_wordings(
    a: Claim, b: Claim, concepts: Concepts, texts: Mapping[str, str] | None
) -> bool:
    """Two accounts' lines on one item, told with no firmer commitment on either side, of
    like length, neither saying a point of its own, and neither naming a place, body or
    person the other account never names ("the grain blockade" / "unblocking grain exports
    from Ukrainian ports"; "the humanitarian crisis in Yemen" / "deep concerns at the
    humanitarian situation" in Yemen): the rest of each sentence is wording. One naming what
    the other account leaves out ("the West Bank", "China's support") adds an element."""
    if texts is None or a.doc_id == b.doc_id or a.doc_id not in texts or b.doc_id not in texts:
        return False
    from attribcmp.acts import REBUT, claim_acts

    if _firmer_cue(a, b) or _adds_much(a, b) or REBUT in claim_acts(a) | claim_acts(b):
        # (one side declining or denying what the other tells is no one point)
        return False
    if not _one_item(a, b, concepts) or _points_apart(a, b, concepts):
        return False
    return not _names_left_out(a, texts[b.doc_id], texts[a.doc_id]) and not _names_left_out(
        b, texts[a.doc_id], texts[b.doc_id]
    )


def make_link(
    a: Claim,
    b: Claim,
    found: list[Signal],
    label_a: str,
    label_b: str,
    topical: float,
    concepts: Concepts,
    texts: Mapping[str, str] | None = None,
) -> Link:
    from attribcmp.classify import compare_claims

    found = sorted(found, key=lambda s: _ORDER.get(s.name, len(_ORDER)))
    # The firmest signal with an opinion decides (figures, then a denial, counter-framing, a
    # disputing reply, the article's contrast); otherwise the two claims' words do.
    decided = next((s.relation for s in found if s.relation is not None), None)
    if any(s.relation is Relation.DIVERGE for s in found if s.name in _CONFLICTS):
        # Agreeing figures do not settle it when one side denies or frames it oppositely.
        decided = Relation.DIVERGE
    verdict = compare_claims(a, b, label_a, label_b, concepts)
    if (
        decided is Relation.CONVERGE
        and verdict.relation is Relation.DIVERGE
        and all(s.relation is None for s in found if s.name != _CALL)
    ):
        # Two accounts report one call, but their words tell it apart (who called whom):
        # that the call took place settles nothing of how it is told; the words decide.
        decided = None
    if (
        decided is not None
        and decided is not Relation.DIVERGE
        and verdict.figures_differ
        and not any(s.relation is not None for s in found if s.name in _STRONG)
    ):
        # A topic or act both sides share ("agreed" on gas deliveries) is no agreement when
        # the figures they give of it differ ("double" / "by fifty percent"): the words decide.
        decided = None
    relation = decided if decided is not None else verdict.relation
    # Alike wording made of the frame (names, date, "telephone call") while each says
    # something else of it: one event, two points; no rule below makes them one again.
    apart = (
        decided is None and verdict.relation is Relation.CONVERGE and _points_apart(a, b, concepts)
    )
    if apart:
        relation = Relation.PARTIAL
    phrase = any(s.name == "phrase" for s in found)
    if (
        decided is None
        and not apart
        and verdict.wording_only
        and phrase
        and not _firmer_cue(a, b)
        and not _adds_much(a, b)
        and _one_item(a, b, concepts)
    ):
        # A rare phrase both use ("stable and predictable", "summit meeting") is one point
        # told twice; the rest of each sentence is wording, not a difference of substance.
        relation = Relation.CONVERGE
    one_call = decided is None and not apart and relation is Relation.PARTIAL and same_meeting(a, b)
    if one_call:
        # Two accounts of one call naming both parties: the date or "telephone" one adds
        # is wording, not a point the other leaves out.
        relation = Relation.CONVERGE
    if (
        decided is None
        and not apart
        and relation is Relation.PARTIAL
        and a.doc_id != b.doc_id
        and phrase
        and verdict.wording_only
        and not _firmer_cue(a, b)
        and _one_item(a, b, concepts)
    ):
        # Two readouts of one call sharing a rare phrase ("stable and predictable") report
        # one point; what else each sentence carries is its own point. (A shared name alone,
        # "NATO", may be a venue in one and a demand in the other: it stays partial.)
        relation = Relation.CONVERGE
    told_alike = (
        decided is None
        and not apart
        and relation is Relation.PARTIAL
        and a.doc_id != b.doc_id
        and bool({s.name for s in found} & _AGENDA_SIGNALS)
        and (not _firmer_cue(a, b) or _both_plan(a, b))
        and not _adds_much(a, b)
        and _same_act(a, b)
        and _one_item(a, b, concepts)
    )
    if told_alike:
        # Two readouts doing one act on one item in their own words ("discussed efforts
        # on Lebanon" / "talked about the situation in Lebanon"; "looked forward to
        # welcoming him" / "accepted the invitation"): one point, not two.
        relation = Relation.CONVERGE
    reworded = (
        decided is None
        and not apart
        and relation is Relation.PARTIAL
        and verdict.wording_only
        and _one_point_two_wordings(a, b, concepts, texts)
    )
    if reworded:
        relation = Relation.CONVERGE
    strong = [s for s in found if s.name in _STRONG]
    # A reader needs the firm grounds; "same incident" or "same phrase" beside a figure
    # conflict only repeats it.
    shown = strong or found
    reasons = [s.reason for s in shown]
    if one_call:
        reasons.insert(0, "two accounts of one call, naming the same parties")
    if apart:
        reasons.append("the same event, but each account tells a different point of it")
    if told_alike:
        reasons.insert(0, f"both accounts {_same_act(a, b)}, in their own words")
    if reworded:
        reasons.insert(
            0, "one point in two wordings: neither account names what the other leaves out"
        )
    highlights: dict[str, list[str]] = {}
    for s in shown:
        for cid, words in s.highlights:
            highlights.setdefault(cid, []).extend(words)
    if verdict.relation is relation:
        # The words agree: their differing words join, and their grounds unless firmer ones
        # are already given.
        if not strong or decided is None:
            reasons.extend(verdict.reasons)
        for cid, words in verdict.highlights:
            highlights.setdefault(cid, []).extend(words)
    # Each further signal adds a little: two kinds of evidence beat one.
    score = min(100.0, max([s.score for s in found] + [topical]) + _EXTRA_SIGNAL * (len(found) - 1))
    headline = next((s.headline for s in found if s.headline and s.relation is relation), "")
    if not headline:
        words_a, words_b = head_words(said_text(a), 8), head_words(said_text(b), 8)
        lead = _HEADLINE_LEADS[relation]
        if relation is Relation.DIVERGE and decided is None and verdict.reasons:
            # The words decided: their first conflict names the kind ("numbers differ" ->
            # "Figures differ"), in the one headline shape, each side's words with the side;
            # the two words the conflict quotes, when it quotes two, are the sides' words.
            lead = _words_kind(verdict.reasons[0])
            quoted = re.findall(r"'([^']+)'", verdict.reasons[0])
            if len(quoted) == 2:
                words_a, words_b = quoted
            # "numbers differ: A says double, B says fifty percent": the two figures
            # (a pattern per pair of labels: compiled only for a conflict of numbers)
            said = verdict.reasons[0].startswith("numbers differ: ") and re.match(
                rf"numbers differ: {re.escape(label_a)} says (.+?), {re.escape(label_b)} says "
                r"(.+?)(?:;|$)",
                verdict.reasons[0],
            )
            if said:
                words_a, words_b = said.group(1), said.group(2)
            # "B leaves it out ('made no mention'); A states it": the omitting side's words
            left = re.match(r"(.+) leaves it out \('(.+)'\); ", verdict.reasons[0])
            if left is not None and left.group(1) in (label_a, label_b):
                if left.group(1) == label_a:
                    words_a = left.group(2)
                else:
                    words_b = left.group(2)
        headline = f"{lead}: '{words_a}' ({label_a}) vs '{words_b}' ({label_b})"
    return Link(
        a=a.id,
        b=b.id,
        relation=relation,
        score=round(score, 2),
        reasons=tuple(dict.fromkeys(reasons)),
        signals=tuple(s.name for s in found),
        highlights=tuple((cid, tuple(dict.fromkeys(w))) for cid, w in highlights.items() if w),
        headline=headline,
    )
