"""Figures: two claims giving a figure of one kind for one event ("12 fighters killed" /
"16 people died") fill one slot; ``slot_signal`` compares the values (equal, overlapping or
different) and says so with both figures and the event word; a sum told per period ("£2.4
billion a year", "£12 billion over four years" once divided) fills the period's slot whatever
its verb. A claim that compares the count
instead of giving one ("the death toll is likely several times higher") answers the other
side's figure for its event: ``relative_figure`` finds the comparison, ``relative_signal``
says so."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import event_words, events_lexicon, load_tables
from attribcmp.gazetteer import cached_head_hit, entry_for_side_label, load_gazetteer
from attribcmp.model import Claim, ClaimFacets, Quantity, Relation
from attribcmp.quantities import (
    MONEY,
    PERIOD_OF,
    PERSONS,
    SPAN_WORDS,
    other_sets,
    span_count,
)
from attribcmp.textfeatures import load_concepts, said_text, stem

__all__ = [
    "counted_against",
    "described_apart",
    "figure_slot",
    "figures_apart",
    "local_figure",
    "relative_figure",
    "relative_signal",
    "slot_signal",
]

# A figure slot is the firmest evidence that two claims speak to one point (0-100, the
# overlap score's scale).
_SLOT_SCORE = 90.0


def _overlap(x: Quantity, y: Quantity) -> bool:
    x_high = x.high if x.high is not None else float("inf")
    y_high = y.high if y.high is not None else float("inf")
    return x.low <= y_high and y.low <= x_high


def _exact(q: Quantity) -> bool:
    return q.low == q.high == q.value


def _same_value(x: Quantity, y: Quantity) -> bool:
    if _exact(x) and _exact(y):
        # Rounded figures ("$65 billion" / "$64.7 billion") are the same within 1%.
        return abs(x.value - y.value) <= 0.01 * max(abs(x.value), abs(y.value))
    return (x.low, x.high) == (y.low, y.high)


# Overlapping ranges whose point values are further apart than this factor still differ:
# "at least seven soldiers" and "26 troops" can both be true, but a reader sees two tolls.
_CLOSE_FACTOR = 1.5


def _close(x: Quantity, y: Quantity) -> bool:
    if _vague(x) or _vague(y):
        return True  # "many people" has no value to be far from
    small, large = sorted((abs(x.value), abs(y.value)))
    return large <= _CLOSE_FACTOR * small


_VAGUE_WORDS = frozenset({"many", "several", "dozens", "scores", "hundreds", "thousands", "few"})


def _vague(q: Quantity) -> bool:
    words = q.text.lower().split()
    return bool(words) and (words[0] in _VAGUE_WORDS or words[:2] == ["a", "few"])


def _spread(q: Quantity) -> float | None:
    """How many periods a sum is spread over ("£12 billion over four years": 4)."""
    words = q.noun.lower().split()
    if q.kind != MONEY or len(words) != 3 or words[0] not in SPAN_WORDS:
        return None
    return span_count(words[1])


def _per_period(q: Quantity) -> Quantity:
    """A sum spread over a span as the sum per period ("£12 billion over four years" is £3
    billion a year), its words kept; any other figure as it is."""
    n = _spread(q)
    if n is None:
        return q
    high = q.high / n if q.high is not None else None
    return replace(q, value=q.value / n, low=q.low / n, high=high)


def _period(q: Quantity) -> str:
    """The period a sum is told per ("£2.4 billion a year": year); "" for a flat sum."""
    if q.kind != MONEY or not q.noun:
        return ""
    last = q.noun.split()[-1].lower()
    last = last[:-1] if _spread(q) is not None else last  # "over four years": per year
    return PERIOD_OF.get(last, "")


def figure_slot(q: Quantity) -> tuple[str, str] | None:
    """The slot a figure fills: (event, kind); None when it names neither, or is a part. A
    sum per period fills the period's slot whatever verb tells it ("promised £2.4 billion a
    year" / "spend an average of £2.4 billion per year"): a rate is one figure of one budget."""
    if q.part or not q.kind or q.kind == "share":
        return None
    if period := _period(q):
        return f"per {period}", q.kind
    if not q.event:
        return None
    return q.event, q.kind


def _average(q: Quantity) -> bool:
    """The figure is told as an average ("an average of £2.4 billion per year")."""
    return q.text.lower().startswith(("an average", "average"))


def _bound(q: Quantity) -> bool:
    """A bound or range ("at least 12", "up to 22", "12 to 15"), not an exact count or a
    vague word ("dozens")."""
    return q.low != q.high and not _vague(q)


def slot_signal(a: Claim, b: Claim, label_a: str, label_b: str) -> Signal | None:
    """Figures of one kind for one event in both claims: compare the values.

    Args:
        a: a claim with facets.
        b: another claim with facets.
        label_a: how the reason names a's side ("army").
        label_b: how it names b's side.

    Returns:
        diverge when no figure of the slot agrees, partial when ranges overlap (or one side
        adds a part: "three of the 12 dead were farmers"), converge when they are equal; None
        when the claims share no slot.
    """
    fa, fb = a.facets, b.facets
    if fa is None or fb is None:
        return None
    # Most pairs share no slot at all: said before the figures' measures are looked up.
    slots = {figure_slot(x) for x in fa.quantities} - {None}
    if not any(figure_slot(y) in slots for y in fb.quantities):
        return None
    measure_a, measure_b = _measure_names(a), _measure_names(b)
    pairs = [
        (x, y)
        for x in map(_per_period, fa.quantities)
        for y in map(_per_period, fb.quantities)
        if figure_slot(x) is not None
        and figure_slot(x) == figure_slot(y)
        # "turnout was 61 percent" / "won 54 percent of the vote": two measures of one
        # election, no one figure (a figure of no named measure may be either)
        and not _other_measure(measure_a.get(x), measure_b.get(y))
        # "exceeded 100 percent in some districts" / a national figure: a part's, not the
        # whole's, so no dispute of it
        and local_figure(a) == local_figure(b)
        # "many people" / "many lives": two figures without a number compare nothing
        and not (_vague(x) and _vague(y))
        # "two Thai soldiers" / "three Cambodian soldiers": two sets, each side's own dead
        and not other_sets(x, y)
        # each side's "our men", or a group's share of an open total
        and not _other_set(x, y, label_a, label_b)
    ]
    if not pairs:
        return None
    # "nearly 93,000 confirmed dead, but the actual number is probably much higher": the
    # claim's own figure is a floor, open above, so a higher count overlaps it
    floor_a, floor_b = _undercount(a), _undercount(b)
    if floor_a or floor_b:
        pairs = [
            (_open_above(x) if floor_a else x, _open_above(y) if floor_b else y) for x, y in pairs
        ]
    added = [(x, y) for x, y in pairs if _increment(x) or _increment(y)]
    pairs = [p for p in pairs if p not in added] or pairs
    same = [(x, y) for x, y in pairs if _same_value(x, y) and (x, y) not in added]
    overlapping = [
        (x, y)
        for x, y in pairs
        if _overlap(x, y)
        and not _same_value(x, y)
        # "at least 12" / "at least 99", "up to 22" / "at least nine": two bounds that
        # overlap never exclude each other (only an exact count far from a bound does)
        and (_close(x, y) or _bound(x) and _bound(y))
    ]
    if same:
        x, y = same[0]
        parts = any(q.part for q in (*fa.quantities, *fb.quantities))
        relation = Relation.PARTIAL if parts else Relation.CONVERGE
        verb = "figures agree" if not parts else "figures agree, one side adds a breakdown"
        if not parts and _average(x) != _average(y):
            # "£2.4 billion a year" / "an average of £2.4 billion per year": the same sum,
            # but an average lets single years fall short of it
            relation, verb = Relation.PARTIAL, "same figure, but one is an average"
        elif not parts and described_apart(x, y):
            # "three journalists" / "three foreign nationals": one count, but who the
            # people are is told two ways, so the count alone is no agreement.
            relation, verb = (
                Relation.PARTIAL,
                "same count, but the counted are described differently",
            )
    elif added == pairs:
        # "two more Thai soldiers were killed" beside "two Thai deaths": one adds to the other
        x, y = pairs[0]
        shown = x.text if _increment(x) else y.text
        relation, verb = Relation.PARTIAL, f"one figure adds to a count ('{shown}')"
    elif overlapping and (against := counted_against(a) or counted_against(b)):
        # "many more civilians than Washington has acknowledged" / "about 50 non-combatants":
        # the vague figure overlaps any count, but it is set against the other's, not beside it.
        x, y = overlapping[0]
        relation, verb = Relation.DIVERGE, f"figures differ ('{against}')"
    elif overlapping:
        x, y = overlapping[0]
        relation, verb = Relation.PARTIAL, "figures overlap"
        if floor_a or floor_b:
            verb += f" ('{floor_a or floor_b}')"
    else:
        x, y = pairs[0]
        relation, verb = Relation.DIVERGE, "figures differ"
    slot = figure_slot(x)
    event = slot[0] if slot else x.event
    both = f"{_shown(x)} ({label_a}) vs {_shown(y)} ({label_b})"
    if event.startswith("per "):
        # a sum per period: the period, not a verb, is what the two figures share
        reason = f"{verb}: {both}, same measure: {event}"
        topic = f"Amount {event}"
    else:
        word = _event_word(fa, event) or _event_word(fb, event) or event
        reason = f"{verb}: {both}, same event: {word}"
        topic = _headlines().get(f"{event} {x.kind}") or f"Figures ({word})"
    return Signal(
        "slot",
        _SLOT_SCORE,
        reason,
        relation,
        ((a.id, (_figure(x),)), (b.id, (_figure(y),))) if relation is not Relation.CONVERGE else (),
        # the headline names the slot, so a figure word already in it is not repeated
        f"{topic}: {_shown(x, topic)} ({label_a}) vs {_shown(y, topic)} ({label_b})",
    )


def _shown(q: Quantity, topic: str = "") -> str:
    """A figure as a fact-check quotes it: with what it counts when the noun stood before
    it ("the toll rose to 40": "toll of 40"; "the number of cases reached 22": "22 cases");
    bare under a ``topic`` that already names it ("Death toll: 40")."""
    text = q.text
    if text.count('"') % 2:
        text = text.replace('"', "")  # 'zero chance" of casualties': a quote cut in half
    if q.high == 0.0 and text.lower().startswith("any "):
        text = "no " + text[4:]  # "did not kill any civilians": the toll it gives is none
    if not q.noun or q.noun.lower() in text.lower():
        return text
    if stem(q.noun.split()[-1].lower()) in load_tables().figure_words:
        if q.noun.lower() in topic.lower():
            return text
        return f"{q.noun.lower()} of {text}"
    return f"{text} {q.noun}"


def described_apart(x: Quantity, y: Quantity) -> bool:
    """Two counts of people whose nouns say different things of who they are ("three
    journalists" / "three foreign nationals"); False when either noun only counts people
    ("three people"), the nouns are one word or synonyms ("troops" / "soldiers"), or one is
    a kind of the other ("civilians" / "nationals")."""
    if not x.noun or not y.noun or x.kind != y.kind or x.kind != PERSONS:
        return False  # a sum, share or measure says nothing of who is counted
    from attribcmp.word_pairs import fold_word, with_pair_concepts, word_kinds

    concepts = with_pair_concepts(load_concepts())
    kinds = word_kinds(concepts)
    plain = _plain_counted()
    nx, ny = fold_word(x.noun.lower(), concepts), fold_word(y.noun.lower(), concepts)
    if nx == ny or nx in plain or ny in plain:
        return False
    return ny not in kinds.get(nx, ()) and nx not in kinds.get(ny, ())


@cache
def _plain_counted() -> frozenset[str]:
    from attribcmp.word_pairs import fold_word, with_pair_concepts

    concepts = with_pair_concepts(load_concepts())
    return frozenset(fold_word(str(w), concepts) for w in events_lexicon()["plain_counted_nouns"])


def _measure_names(claim: Claim) -> dict[Quantity, str]:
    from attribcmp.measures import measured

    return {m.figure: m.measure for m in measured(claim)}


def _other_measure(x: str | None, y: str | None) -> bool:
    return x is not None and y is not None and x != y


@cache
def _local_pattern() -> re.Pattern[str]:
    lex = events_lexicon()
    nouns = "|".join(re.escape(str(w)) for w in lex["scope_nouns"])
    return re.compile(
        rf"(?i)\b(?:some|several|certain|a\s+few|a\s+number\s+of|parts?\s+of)\s+"
        rf"(?:[\w-]+\s+)?(?:{nouns})\b"
    )


def local_figure(claim: Claim) -> bool:
    """The claim's figures are said of some places only ("in some districts", "in several
    provinces"): a part's figure, which a figure for the whole does not dispute."""
    return bool(_local_pattern().search(said_text(claim)))


def figures_apart(a: Claim, b: Claim) -> bool:
    """The two claims' figures are no one figure told twice: percentages of two measures
    ("turnout was 61 percent" / "we took 51 percent"), or a part's figure against the
    whole's ("in some districts" / a national figure)."""
    if local_figure(a) != local_figure(b):
        return True
    measures_a, measures_b = set(_measure_names(a).values()), set(_measure_names(b).values())
    if measures_a and measures_b and not measures_a & measures_b:
        return True
    # counts of what two different events did: "detained 304 people" / "24 people have been
    # killed" are two tolls, not one told two ways
    events_a, events_b = _counted_events(a), _counted_events(b)
    return bool(events_a) and bool(events_b) and not events_a & events_b


@cache
def _event_families() -> dict[str, str]:
    """{event class: its incident family} (events.yaml ``incident_families``)."""
    table = events_lexicon()["incident_families"]
    return {str(cls): str(name) for name, classes in table.items() for cls in classes}


def _counted_events(claim: Claim) -> set[str]:
    """The event families the claim's figures count ("detention" for "detained 304
    people"). By family, not class: "5 casualties" (injury) usually counts the dead too, so
    "5 soldiers were killed" tells the same toll, not another event's."""
    facets = claim.facets
    families = _event_families()
    return {
        families.get(q.event, q.event) for q in (facets.quantities if facets else ()) if q.event
    }


# Possessives that make a count the speaker's own ("two of our men"); "their" or "its" may
# be anyone's.
_POSSESSIVES = frozenset({"our", "my"})


def _group(q: Quantity, label: str) -> frozenset[str]:
    """The group words qualifying a counted noun: a demonym or name ("two Thai soldiers",
    "more than 400 Iranian citizens") or a possessive ("two of our men"); empty when none. A
    demonym of the speaker's own side reads as "our" (the Thai army's "two Thai soldiers")."""
    words = re.findall(r"[\w'’.-]+", _figure(q))
    found = {w.lower() for w in words if w.lower() in _POSSESSIVES}
    own = entry_for_side_label(label, load_gazetteer()) if label else None
    # the first word may be a capitalised number ("Three Cambodian soldiers")
    for w in words[1:]:
        if w[:1].isupper() and w[:1].isalpha():
            hit = cached_head_hit(w)
            found.add("our" if own and hit and hit.entry == own else w.lower())
    return frozenset(found)


def _other_set(x: Quantity, y: Quantity, label_x: str, label_y: str) -> bool:
    """Two counts of different sets compare nothing: each qualified by another group
    ("two Thai soldiers" / "three Cambodian soldiers"; each side's own "our men"), or a
    group's count below an open unqualified total that holds it ("two Thai soldiers" of "at
    least four soldiers dead"). Another side's demonym beside "our" may name one set: those
    compare."""
    gx, gy = _group(x, label_x), _group(y, label_y)
    if gx and gy:
        own_x, own_y = gx & _POSSESSIVES, gy & _POSSESSIVES
        if own_x and own_y:
            return label_x != label_y  # each side counts its own losses
        if own_x or own_y:
            return False  # "our men" may be the other side's "Thai soldiers"
        return gx != gy
    if gx or gy:
        part, total = (x, y) if gx else (y, x)
        high = part.high if part.high is not None else part.value
        # a group's share below an open total ("at least four") is consistent with it; an
        # exact total ("eight troops") against a smaller group count is a toll dispute
        return total.high is None and high < total.low
    return False


@cache
def _headlines() -> dict[str, str]:
    return {str(k): str(v) for k, v in events_lexicon()["headlines"].items()}


def _figure(q: Quantity) -> str:
    """The figure's own words, without its noun ("at least nine" of "at least nine people")."""
    if q.noun and q.text.endswith(q.noun):
        return q.text[: -len(q.noun)].strip() or q.text
    return q.text


def _event_word(facets: ClaimFacets, event: str) -> str:
    for cls, word in zip(facets.events, facets.event_words, strict=False):
        if cls == event:
            return word.lower()
    return ""


# Words that end the clause a count noun's comparison must stand in ("the toll was still
# unclear and more fighting was expected": the "more" is another clause's).
_CLAUSE_BREAKS = frozenset(
    {",", ";", ":", ".", "!", "?", "and", "but", "while", "although", "though", "as"}
)
# A negation before the comparison denies it ("the number killed was not higher").
_NEGATORS = frozenset({"not", "no", "never", "neither", "nor"})
# Comparatives that also quantify a noun ("more fighting"): a comparison only before "than"
# or at the clause's end ("the toll is far greater").
_WEAK_COMPARISONS = frozenset({"more", "fewer", "greater", "less"})
# How many words before a count noun a comparing verb may stand ("had understated the true
# number": three).
_VERB_REACH = 3


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Words (possessive "'s" dropped: "the toll's far higher") and clause punctuation."""
    found = []
    for m in re.finditer(r"[\w'’-]+|[,;:.!?]", text):
        word = re.sub(r"['’]s$", "", m.group().lower())
        found.append((word, m.start(), m.end()))
    return found


def _negator(word: str) -> bool:
    return word in _NEGATORS or word.endswith(("n't", "n’t"))


def _compared_span(text: str) -> tuple[int, int, int] | None:
    """(start, end, clause end) of the words comparing a count, or None."""
    words = _tokens(text)
    nouns, comparisons = _comparison_words()
    for k, (word, start, end) in enumerate(words):
        if word not in nouns:
            continue
        clause_end = len(text)
        for later, _s, _e in words[k + 1 :]:
            if later in _CLAUSE_BREAKS:
                clause_end = _s
                break
        # a comparing verb before the count ("had understated the number of dead")
        for back in range(k - 1, max(-1, k - 1 - _VERB_REACH), -1):
            before = words[back][0]
            if before in _CLAUSE_BREAKS or _negator(before):
                break
            if before in comparisons and before.endswith("ed") and not _negated_before(words, back):
                return words[back][1], end, clause_end
        for x in range(k + 1, len(words)):
            later, _s, later_end = words[x]
            if later in _CLAUSE_BREAKS or _negator(later):
                break
            if later in comparisons:
                if later in _WEAK_COMPARISONS:
                    after = words[x + 1][0] if x + 1 < len(words) else "."
                    if after != "than" and after not in _CLAUSE_BREAKS:
                        continue
                return start, later_end, clause_end
    return None


def _undercount(claim: Claim) -> str:
    """The words by which a claim with its own figure says the real count is above it ("the
    actual number is probably much higher"), or ""."""
    facets = claim.facets
    if facets is None or not _own_figure(facets):
        return ""
    text = said_text(claim)
    span = _compared_span(text)
    if span is None:
        return ""
    words = {w for w, _s, _e in _tokens(text[span[0] : span[1]])}
    return text[span[0] : span[1]] if words & event_words("undercount_words") else ""


def _increment(q: Quantity) -> bool:
    """The figure adds to a count told before ("two more Thai soldiers"; "more than" is a
    bound, not an addition)."""
    words = q.text.lower().split()
    for k, w in enumerate(words[:-1]):
        if w in event_words("increment_words") and words[k + 1] != "than" and k > 0:
            return _is_number(words[k - 1]) and words[k - 1] not in _COMPARATIVE_LEADS
    return False


# "many more civilians than acknowledged" compares a count, it adds none to another's.
_COMPARATIVE_LEADS = frozenset({"many", "much", "far"})


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in _number_words()


def _open_above(q: Quantity) -> Quantity:
    return replace(q, high=None)


def _negated_before(words: list[tuple[str, int, int]], k: int) -> bool:
    """A negation just before word k ("had not understated")."""
    return any(_negator(w) for w, _s, _e in words[max(0, k - 2) : k])


def relative_figure(claim: Claim) -> str:
    """The words comparing a count without giving it ("death toll is likely several times
    higher", "understated the number"), or "" when the claim gives its own figure for that
    count or compares none; a negated comparison ("was not higher") compares none.

    Only a claim that names an event can say which count it compares ("the number is higher"
    alone compares nothing a reader can place)."""
    facets = claim.facets
    if facets is None or not facets.events or _own_figure(facets):
        return ""
    text = said_text(claim)
    span = _compared_span(text)
    return text[span[0] : span[1]] if span else ""


# Prepositions that place a count or name its cause ("the toll in Kandahar", "deaths from
# malaria"): the word they introduce must be the figure's too.
_PLACING = frozenset({"in", "from", "at", "near", "during", "across", "inside", "around"})
_SKIP = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "last"})
_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"}
)
# Words compared by their first letters ("flooding" / "floods").
_STEM = 5


def _foreign_place(figure: Claim, doubt: Claim) -> bool:
    """The doubt's count is placed or caused where the figure's is not ("the toll in
    Kandahar" against "34 killed in Kabul"; "deaths from malaria" against "killed in the
    flooding"): a name or a placed word of the compared clause the figure claim lacks."""
    text = said_text(doubt)
    span = _compared_span(text)
    if span is None or doubt.facets is None:
        return False
    own = {w[:_STEM] for w, _s, _e in _tokens(said_text(figure))}
    events = {w.lower()[:_STEM] for w in doubt.facets.event_words}
    words = [w for w in _tokens(text) if span[0] <= w[1] < span[2]]
    for x, (word, start, _end) in enumerate(words):
        named = x > 0 and text[start].isupper() and word not in _DAYS
        placed = x > 0 and words[x - 1][0] in _PLACING
        if placed:
            # the first word after the preposition and its determiners
            y = x
            while y < len(words) and words[y][0] in _SKIP:
                y += 1
            word = words[y][0] if y < len(words) else ""
        foreign = word and word not in _DAYS and word[:_STEM] not in events | own
        if (named or placed) and foreign:
            return True
    return False


def _own_figure(facets: ClaimFacets) -> bool:
    """A figure of its own for one of its events ("nine people were killed"); a multiplier
    ("several times higher") is no figure of the count."""
    return any(
        figure_slot(q) is not None and q.noun.lower() not in _MULTIPLIERS for q in facets.quantities
    )


# Nouns of a multiplier, not of a count ("several times higher", "twice over").
_MULTIPLIERS = frozenset({"times", "fold"})


@cache
def _comparison_words() -> tuple[frozenset[str], frozenset[str]]:
    lex = events_lexicon()
    return (
        frozenset(str(w).lower() for w in lex["count_nouns"]),
        frozenset(str(w).lower() for w in lex["count_comparisons"]),
    )


# At most this many words between "than" and the word naming another's count ("than the
# latest fatalities reported"); a figure between ("than 300 people, officials reported") is a
# bound of the claim's own count, not another's.
_AGAINST_REACH = 5


@cache
def _against_pattern() -> re.Pattern[str]:
    lex = events_lexicon()
    compare = "|".join(re.escape(str(w)) for w in lex["count_comparisons"])
    others = "|".join(re.escape(str(w)) for w in lex["others_counts"])
    return re.compile(
        rf"(?i)\b(?:{compare})(?:\s+[^\W\d_]+){{0,2}}\s+than"
        rf"(?:\s+[^\W\d_]+(?:['’]s)?){{0,{_AGAINST_REACH}}}\s+(?:{others})\b"
    )


def counted_against(claim: Claim) -> str:
    """The words setting a claim's count against one someone else gives ("many more civilians
    than Washington has acknowledged", "higher than the official figure"), or ""."""
    m = _against_pattern().search(said_text(claim))
    if m is None:
        return ""
    between = {w.lower() for w in re.findall(r"[^\W\d_]+", m.group().split("than", 1)[1])}
    # "more than a hundred officials": a number word makes it the claim's own bound
    return "" if between & _number_words() else m.group()


@cache
def _number_words() -> frozenset[str]:
    lex = events_lexicon()
    # one-word entries only: "a few" would make every "than a report" a number
    return frozenset(str(k) for k in (*lex["number_words"], *lex["scales"]) if " " not in str(k))


def relative_signal(a: Claim, b: Claim, label_a: str, label_b: str) -> Signal | None:
    """``a`` gives a figure for an event and ``b`` (another side) says the count is higher or
    lower (``relative_figure``): two accounts of one toll that differ.

    Returns:
        A diverge signal quoting the figure and the comparison, or None when ``b`` compares
        no count or ``a`` gives no figure for one of ``b``'s events.
    """
    compared = relative_figure(b)
    fa, fb = a.facets, b.facets
    if not compared or fa is None or fb is None or _foreign_place(a, b):
        return None
    events = set(fb.events)
    figures = [q for q in fa.quantities if figure_slot(q) is not None and q.event in events]
    if not figures:
        return None
    q = figures[0]
    word = _event_word(fa, q.event) or _event_word(fb, q.event) or q.event
    reason = f"figures differ: {q.text} ({label_a}) vs '{compared}' ({label_b}), same event: {word}"
    topic = _headlines().get(f"{q.event} {q.kind}") or f"Figures ({word})"
    return Signal(
        "slot",
        _SLOT_SCORE,
        reason,
        Relation.DIVERGE,
        ((a.id, (_figure(q),)), (b.id, (compared,))),
        f"{topic}: {q.text} ({label_a}) vs '{compared}' ({label_b})",
    )
