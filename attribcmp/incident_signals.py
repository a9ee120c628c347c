"""Incident signals: two claims of different sides about one incident, seen from each side.

- ``event_signal``: both speak of one incident (harm, control of a place, an inquiry), gated
  so that the harm running through a whole war story does not link every pair;
- ``framing_signal``: one thing named from opposite sides (civilians / militants);
- ``blame_signal``: each side puts one incident on the other.

``incident_families`` gives the incident families (``data/events.yaml``) a claim's events
fall in; ``links.py`` also uses it to pick the pairs. The other signals are in ``signals.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import events_lexicon
from attribcmp.lazy_pattern import LazyPattern, trie_alternation
from attribcmp.model import Claim, ClaimFacets, Relation
from attribcmp.side_mentions import names_side, side_stems
from attribcmp.textfeatures import said_text, stem

__all__ = [
    "NEGATION_REACH",
    "NEGATOR",
    "blame_signal",
    "event_signal",
    "framing_signal",
    "linking_framings",
    "incident_families",
]

# Strengths (0-100, the overlap score's scale; see signals.py for the others).
_FRAMING_SCORE = 72.0
_EVENT_SCORE = 70.0


@cache
def _families() -> dict[str, str]:
    table = events_lexicon()["incident_families"]
    return {str(cls): str(name) for name, classes in table.items() for cls in classes}


def incident_families(facets: ClaimFacets | None) -> frozenset[str]:
    """The incident families ("harm", "detention") a claim's event classes belong to."""
    if facets is None:
        return frozenset()
    table = _families()
    return frozenset(table[e] for e in facets.events if e in table)


def _event_gate(a: Claim, b: Claim, families: frozenset[str], close: bool) -> bool:
    """Harm (killing, attack, injury) is in most claims of a war story: two claims sharing it
    must also share a name or an object word, or one must deny, or the two frame it
    oppositely. A kind of figure alone is no tie: "10 soldiers were wounded" and "killed 26
    troops", or "500 villagers attacked" and "75 bodies", count different things (one figure
    slot is its own signal). Protests are the same in a story of unrest. Who holds a town
    and an inquiry ("called for an inquiry" / "would review the strike") tie two claims on
    their own; an arrest or people fleeing tie them when both name it by one word, share a
    name or an object, or one denies: "more than 300 detained" / "took him into custody",
    or "tens of thousands have fled" / "can handle an exodus of refugees", are two
    detentions, two movements of people."""
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    rare = families - _GATED_FAMILIES
    if rare & _SELF_TYING_FAMILIES or len(families) > 1:
        # who holds a place, an inquiry, or both harm and protest ("killed in the protests"
        # / "murdered since the protests began"): one incident
        return True
    if rare:
        return bool(
            _same_family_word(fa, fb, rare)
            or _shares_particulars(fa, fb)
            or _denial_reaches(a, rare)
            or _denial_reaches(b, rare)
        )
    if _shares_particulars(fa, fb):
        return True
    if _denial_reaches(a, families) or _denial_reaches(b, families):
        return True
    if _same_specific_event(fa, fb):
        return True  # "airstrikes" / "the second airstrike": one named kind of act
    neg_a, neg_b = _negates_event(a, _COMMON_FAMILY), _negates_event(b, _COMMON_FAMILY)
    if close and neg_a != neg_b and (_negation_answers(a, b) if neg_a else _negation_answers(b, a)):
        return True  # "there were no casualties" answers "killed eight coalition members"
    return framing_signal(said_text(a), said_text(b)) is not None


@cache
def _generic_harm() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["generic_harm_words"])


def _denial_reaches(claim: Claim, families: frozenset[str]) -> bool:
    """The claim denies, and its denial is about the incident: it names none of the
    family's events itself ("dismissed the report as propaganda" answers the other's), or
    one stands within ``_DENIAL_REACH`` words of the denial ("denied that its soldiers had
    killed anyone"). "raided hotels ... and shut down newspapers that refused to print
    government propaganda" denies no raid, nor does "rejected calls for an inquiry into the
    clashes" deny the clashes."""
    facets = claim.facets
    if facets is None or not facets.denial:
        return False
    table = _families()
    own = {
        w.lower().split()[0]
        for e, w in zip(facets.events, facets.event_words, strict=False)
        if table.get(e) in families and w
    }
    if not own:
        return True
    words = [t.strip(".,;:\"'“”") for t in said_text(claim).lower().split()]
    denial = facets.denial.lower().split()[0]
    at = [k for k, t in enumerate(words) if t == denial]
    near = [k for k, t in enumerate(words) if t in own]
    return not at or any(abs(x - y) <= _DENIAL_REACH for x in at for y in near)


# How far (words) a denial reaches to the incident it denies: "denied that its soldiers had
# killed any civilians" (4 words); a denial 13 words on, in another clause, is of another thing.
_DENIAL_REACH = 8


def _same_family_word(fa: ClaimFacets, fb: ClaimFacets, families: frozenset[str]) -> bool:
    """Both name an event of one of ``families`` by the same word ("review" / "review")."""
    table = _families()

    def words(f: ClaimFacets) -> set[str]:
        return {
            stem(w.lower())
            for e, w in zip(f.events, f.event_words, strict=False)
            if table.get(e) in families
        }

    return bool(words(fa) & words(fb))


def _shares_particulars(fa: ClaimFacets, fb: ClaimFacets) -> bool:
    """The two name one person, place or thing (a participant or an object word)."""
    return bool(set(fa.objects) & set(fb.objects) or set(fa.participants) & set(fb.participants))


def _same_specific_event(fa: ClaimFacets, fb: ClaimFacets) -> bool:
    """Both name one act by the same word, and not one of the plainest words of harm."""
    words_a = {stem(w.lower()) for w in fa.event_words if " " not in w}
    words_b = {stem(w.lower()) for w in fb.event_words if " " not in w}
    return bool((words_a & words_b) - _generic_harm())


NEGATOR = LazyPattern(r"(?i)\b(?:no|not|never|none|nobody|zero|without)\b")
# How far (words) a negation reaches to the event word it negates: "no civilian casualties".
NEGATION_REACH = 3


# Harm outcomes a bare negation denies of any report of harm done ("no casualties" answers
# "killed eight"), though not of an act told without its toll ("no Cambodians were injured" /
# "the Thais fired first": shots can be fired and hurt no one); a negated act denies only a
# report naming that act ("there was no attack" / "took part in the attack"), not another
# act of the story ("had not attacked any patrol" / "condemned the strike").
_OUTCOME_EVENTS = frozenset({"killing", "injury"})


def _negation_answers(negating: Claim, other: Claim) -> bool:
    """``negating`` negates a harm outcome ``other`` reports, or a harm act ``other`` names
    by the same word."""
    facets = other.facets
    other_words = {stem(w.lower()) for w in (facets.event_words if facets else ())}
    outcome = bool(facets and set(facets.events) & _OUTCOME_EVENTS)
    return any(
        event in _OUTCOME_EVENTS and outcome or stem(word) in other_words
        for event, word in _negated_events(negating, _COMMON_FAMILY)
    )


def _negates_event(claim: Claim, family: str) -> bool:
    """The claim negates an event of the family itself ("no casualties", "nobody was hurt")."""
    return bool(_negated_events(claim, family))


def _negated_events(claim: Claim, family: str) -> list[tuple[str, str]]:
    """(event class, word) of each event word of the family a negation a few words before
    negates."""
    facets = claim.facets
    if facets is None:
        return []
    table = _families()
    words = {
        w.lower(): e
        for e, w in zip(facets.events, facets.event_words, strict=False)
        if table.get(e) == family
    }
    found: list[tuple[str, str]] = []
    tokens = said_text(claim).lower().split()
    for k, tok in enumerate(tokens):
        if NEGATOR.fullmatch(tok.strip(".,;:\"'“”")):
            ahead = [t.strip(".,;:\"'“”") for t in tokens[k + 1 : k + 1 + NEGATION_REACH]]
            found.extend((words[t], t) for t in ahead if t in words)
    return found


_COMMON_FAMILY = "harm"
# Families that run through a whole story of war or unrest: sharing one ties nothing alone.
_GATED_FAMILIES = frozenset({_COMMON_FAMILY, "protest"})


def event_signal(a: Claim, b: Claim, *, close: bool = True) -> Signal | None:
    """Both claims speak of one incident: event classes of one family ("16 civilians had been
    killed" / "zero chance of civilian casualties"). A claim that denies or negates what the
    other reports diverges from it; otherwise the words decide.

    Returns:
        The signal, or None when the claims share no incident family. ``close``: the two
        stand a few sentences apart, near enough for a bare negation ("no casualties") to
        answer the other.
    """
    fa, fb = a.facets, b.facets
    shared = incident_families(fa) & incident_families(fb)
    if fa is None or fb is None or not shared or not _event_gate(a, b, shared, close):
        return None
    family = sorted(shared - _GATED_FAMILIES or shared & {_COMMON_FAMILY} or shared)[0]
    table = _families()
    word_a = next(
        w for e, w in zip(fa.events, fa.event_words, strict=False) if table.get(e) == family
    )
    word_b = next(
        w for e, w in zip(fb.events, fb.event_words, strict=False) if table.get(e) == family
    )
    reason = f"same incident: '{word_a.lower()}' / '{word_b.lower()}'"
    # A negation disputes the incident only where it reaches the incident's word: "rejected
    # calls for an inquiry into the clashes" or "we had nothing left" deny no clash or fire.
    disputes = bool(fa.denial or _negates_event(a, family)) != bool(
        fb.denial or _negates_event(b, family)
    )
    if family in _EXCLUSIVE_FAMILIES and not (fa.negated or fb.negated or fa.denial or fb.denial):
        # Two sides cannot both hold one town: each claiming it is a conflict.
        reason = f"both sides claim it: '{word_a.lower()}' / '{word_b.lower()}'"
        return Signal("event", _EVENT_SCORE, reason, Relation.DIVERGE)
    return Signal("event", _EVENT_SCORE, reason, Relation.DIVERGE if disputes else None)


# Families where two sides asserting the event contradict each other.
_EXCLUSIVE_FAMILIES = frozenset({"territory"})
# Rarer families one story holds once: who holds the place, the inquiry into what happened.
# (Arrests and flight come in many: each detention, each group of people fleeing.)
_SELF_TYING_FAMILIES = _EXCLUSIVE_FAMILIES | {"inquiry"}


@dataclass(frozen=True, slots=True)
class _Framing:
    name: str
    # compiled on first use: most texts hold no framing word, or not the words a framing needs
    left: LazyPattern
    right: LazyPattern
    # each claim must name one of these events for its word to count ("civilians" are the
    # victims only in a claim of killing or injury; in "fought with rebels" they are not)
    needs: LazyPattern | None
    # a word right after a name is an institution, not the thing's nature ("the U.S. military")
    not_after_name: bool
    # the opposed words alone link two claims sharing a content word (link_events.by_framings)
    links: bool = False
    # a framing word right before one of these is another sense of it ("legal proceedings",
    # "the legal limit": the law's domain or measure, not a judgement that an act is lawful)
    not_before: frozenset[str] = frozenset()


def _alternatives(words: Sequence[object]) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(str(w))))


@cache
def _framings() -> tuple[_Framing, ...]:
    def pattern(words: Sequence[object]) -> LazyPattern:
        return LazyPattern(r"(?i)(?<![\w-])(" + _alternatives(words) + r")(?![\w-])")

    events = events_lexicon()["events"]
    out = []
    for f in events_lexicon()["framings"]:
        needs = [w for cls in f.get("needs", ()) for w in events[cls]]
        out.append(
            _Framing(
                str(f["name"]),
                pattern(f["left"]),
                pattern(f["right"]),
                pattern(needs) if needs else None,
                bool(f.get("not_after_name", False)),
                bool(f.get("links", False)),
                frozenset(str(w).lower() for w in f.get("not_before", ())),
            )
        )
    return tuple(out)


_NAME_BEFORE = LazyPattern(r"(?:\b[A-Z][\w.]*|[A-Z]\.[A-Z]\.)\s+$")
# Capitalised at a sentence's start, not names: "The spy balloon" is still a spy balloon.
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})


def _framing_word(pattern: LazyPattern, text: str, framing: _Framing) -> re.Match[str] | None:
    """The first use of one of the framing's words in ``text`` that counts (the caller has
    found the words the framing needs)."""
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        name = _NAME_BEFORE.search(before) if framing.not_after_name else None
        if name and name.group().strip().lower() not in _NOT_NAMES:
            continue
        if framing.not_before and _next_word(text, m.end()) in framing.not_before:
            continue
        return m
    return None


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` in ``text``, lower-cased ("" at a clause break)."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower() if m else ""


_NEXT_WORD = LazyPattern(r"\s+([A-Za-z]+)")


@lru_cache(maxsize=8192)
def _framing_words(text: str) -> tuple[tuple[re.Match[str] | None, re.Match[str] | None], ...]:
    """Each framing's (left, right) word in ``text``; cached by text: a long article tests
    each claim against many others (a pure function of the text, so the cache changes
    nothing)."""
    framings = _framings()
    if not _any_framing_word().search(text):
        return ((None, None),) * len(framings)  # most claims: no framing word at all
    out: list[tuple[re.Match[str] | None, re.Match[str] | None]] = []
    for f in framings:
        if f.needs is not None and not f.needs.search(text):
            out.append((None, None))  # (the needed words, looked for once for both sides)
        else:
            out.append((_framing_word(f.left, text, f), _framing_word(f.right, text, f)))
    return tuple(out)


@cache
def _any_framing_word() -> re.Pattern[str]:
    """Every framing's words, either side, in one pattern: where it finds none, no framing's
    pattern can (each is the same look-around about a subset of these words)."""
    words = {str(w) for f in events_lexicon()["framings"] for w in (*f["left"], *f["right"])}
    # The words as a trie (one branch per next character), not one long alternation: only
    # whether some word is there is asked, which the order of the alternatives never changes,
    # and the alternation tried each of ~100 words at every place (4-6x the time).
    return re.compile(r"(?i)(?<![\w-])(" + trie_alternation(sorted(words)) + r")(?![\w-])")


def linking_framings(text: str) -> tuple[tuple[str, str], ...]:
    """(framing name, "left" or "right") for each framing whose words alone link (``links:
    true`` in data/events.yaml: lawful or not) that the text uses one way only."""
    out = []
    for f, (left, right) in zip(_framings(), _framing_words(text), strict=True):
        if f.links and bool(left) != bool(right):
            out.append((f.name, "left" if left else "right"))
    return tuple(out)


def framing_signal(text_a: str, text_b: str, label_a: str = "", label_b: str = "") -> Signal | None:
    """Counter-framing: the two claims name one thing with opposite words ("the victims were
    militants" / "16 civilians had been killed"; "a spy balloon" / "a weather balloon").

    Args:
        text_a: the first claim's words.
        text_b: the second claim's words.
        label_a: how the reason names a's side ("" names none).
        label_b: how it names b's side.

    Returns:
        A diverge signal naming both words, or None when no framing opposes them (a claim
        using both sides' words, "civilians and militants", opposes nothing).
    """
    words_a, words_b = _framing_words(text_a), _framing_words(text_b)
    for f, (la, ra), (lb, rb) in zip(_framings(), words_a, words_b, strict=True):
        for x, y in ((la, rb), (ra, lb)):
            if x and y and not (la and ra) and not (lb and rb):
                side_a = f" ({label_a})" if label_a else ""
                side_b = f" ({label_b})" if label_b else ""
                # The sides are named, as figure and blame reasons do: a group may hold more
                # than two claims, and the reader must see who used which word.
                reason = (
                    f"counter-framing ({f.name}): '{x.group(1)}'{side_a} vs '{y.group(1)}'{side_b}"
                )
                headline = (
                    f"{f.name[0].upper()}{f.name[1:]}: '{x.group(1)}'{side_a} vs "
                    f"'{y.group(1)}'{side_b}"
                )
                return Signal("framing", _FRAMING_SCORE, reason, Relation.DIVERGE, (), headline)
    return None


def blame_signal(a: Claim, b: Claim, name_a: str, name_b: str) -> Signal | None:
    """Each side puts one incident on the other: a (of side ``name_a``) names side ``name_b``
    as the actor, and b names side ``name_a`` ("India's border forces opened fire" /
    "fire by Pakistani troops").

    Returns:
        A diverge signal quoting both, or None.
    """
    if not incident_families(a.facets) & incident_families(b.facets):
        return None
    stems_a, stems_b = side_stems(name_a), side_stems(name_b)
    if not stems_a or not stems_b or set(stems_a) & set(stems_b):
        return None
    in_a = names_side(said_text(a), stems_b)
    in_b = names_side(said_text(b), stems_a)
    if not in_a or not in_b or names_side(said_text(a), stems_a):
        return None
    if names_side(said_text(b), stems_b):
        return None
    reason = f"each side blames the other: '{in_a}' ({name_a}) vs '{in_b}' ({name_b})"
    headline = f"Who is to blame: '{in_a}' ({name_a}) vs '{in_b}' ({name_b})"
    return Signal("blame", _FRAMING_SCORE, reason, Relation.DIVERGE, (), headline)
