"""Diplomatic acts: what a claim does with its agenda item (``data/acts.yaml``).

Two readouts of one call tell one point with different verbs: "agreed to continue contacts"
/ "the leaders agreed to stay in touch" (both *continue*); "warned of severe costs" /
"explained Russia's position" (a *warn* met by an *explain*). ``claim_acts`` reads the acts
of a claim's cue and words; ``act_match`` says whether two claims' acts make them one point
(the same act, or one side's pressure and the other's answer) and what relation that gives:
the same cooperative act converges, a pressure met by a rebuttal diverges, a threat met by an
offer is partial, never converge.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from attribcmp.continuity import continuity_only
from attribcmp.data import load_yaml
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Claim, Relation
from attribcmp.textfeatures import said_text

__all__ = ["ActMatch", "act_match", "act_words", "bare_acts", "claim_acts"]

# The act a negated or denying claim performs: it answers the other side's pressure.
REBUT = "rebut"
# How firmly an act match ties two claims on one topic: the same act or an answer is one
# point told twice; a counter-offer is a weaker tie.
STRONG = 2
WEAK = 1
_STRENGTH = {"strong": STRONG, "weak": WEAK}
# A negation that rebuts; "not only ... but" adds, it denies nothing.
_NEGATION = LazyPattern(
    r"(?i)\b(?:no|not(?!\s+only\b)|never|none|nothing|nobody|neither|nor|cannot)\b|n['’]t\b"
)


# Acts in the reader's words, for the reasons a report shows ("both stay in touch", "a
# demand answered by a rebuttal"); an act missing here is shown by its name.
_BOTH = {
    "continue": "stay in touch",
    "plan": "plan it",
    "agree": "agree on it",
    "praise": "praise it",
    "commit": "commit to it",
    "propose": "propose it",
    "concern": "voice concern",
    "demand": "demand it",
    "warn": "warn",
    "accuse": "accuse",
    "explain": "explain their position",
    "discuss": "discuss it",
    "condolence": "offer condolences",
    "rebut": "rebut it",
}
_NOUNS = {
    "continue": "keeping in touch",
    "plan": "a plan",
    "agree": "an agreement",
    "praise": "praise",
    "commit": "a commitment",
    "propose": "a proposal",
    "concern": "a concern",
    "demand": "a demand",
    "warn": "a warning",
    "accuse": "an accusation",
    "explain": "an explanation",
    "discuss": "a discussion",
    "condolence": "condolences",
    "rebut": "a rebuttal",
}


def _noun(act: str) -> str:
    return _NOUNS.get(act, act)


@dataclass(frozen=True, slots=True)
class ActMatch:
    """Why two claims' acts make one point: its strength (``STRONG``/``WEAK``), the
    relation it implies (None: the words decide) and a reason ("both stay in touch")."""

    strength: int
    relation: Relation | None
    reason: str


@dataclass(frozen=True, slots=True)
class _Acts:
    # first word -> [(phrase words, act)], longest first
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    # act -> (verbs, object phrases, window): a verb with an object shortly after it
    near: dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...], int]]
    family: dict[str, str]
    same: dict[str, tuple[Relation, int]]
    answers: dict[str, dict[str, int]]
    counters: dict[str, frozenset[str]]
    # adjectives that may stand before a phrase's last word ("stay in close touch")
    modifiers: frozenset[str]


_WORD = LazyPattern(r"[^\W_]+(?:['’][^\W\d_]+)?")


def _words(text: str) -> tuple[str, ...]:
    return tuple(m.group().lower().replace("’", "'") for m in _WORD.finditer(text))


@cache
def _table() -> _Acts:
    text = resources.files("attribcmp.data").joinpath("acts.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml(text)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    family: dict[str, str] = {}
    near: dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...], int]] = {}
    for name, entry in data["acts"].items():
        act = str(name)
        family[act] = str(entry["family"])
        if "near" in entry:
            rule = entry["near"]
            near[act] = (
                frozenset(str(v) for v in rule["verbs"]),
                tuple(_words(str(o)) for o in rule["objects"]),
                int(rule["window"]),
            )
        for raw in entry["words"]:
            key = _words(str(raw))
            if key:
                phrases.setdefault(key[0], []).append((key, act))
    for found in phrases.values():
        found.sort(key=lambda kt: -len(kt[0]))
    pairs = data["pairs"]
    return _Acts(
        phrases=phrases,
        near=near,
        family=family,
        same={
            str(k): (Relation(str(v[0])), _STRENGTH[str(v[1])]) for k, v in pairs["same"].items()
        },
        answers={
            str(k): {str(x): _STRENGTH[str(y)] for x, y in v.items()}
            for k, v in pairs["answers"].items()
        },
        counters={str(k): frozenset(str(x) for x in v) for k, v in pairs["counters"].items()},
        modifiers=frozenset(str(w) for w in data.get("inner_modifiers", ())),
    )


def text_acts(text: str) -> frozenset[str]:
    """The acts a text's words perform ("agreed to stay in touch": agree, continue)."""
    table = _table()
    stems = _words(text)
    found: set[str] = set()
    first: dict[str, int] = {}
    i = 0
    while i < len(stems):
        step = 1
        for key, act in table.phrases.get(stems[i], ()):
            size = _phrase_at(stems, i, key, table.modifiers)
            if size:
                found.add(act)
                first.setdefault(act, i)
                step = size
                break
        i += step
    if "commit" in first and "demand" in first and first["demand"] < first["commit"]:
        # "urged him to consider additional commitments", "called for a commitment to": the
        # commitment is what is asked of the other side, not one the speaker makes
        found.discard("commit")
    for act, (verbs, objects, window) in table.near.items():
        for i, word in enumerate(stems):
            ahead = stems[i + 1 : i + 1 + window + 1]
            if word in verbs and any(
                ahead[k : k + len(o)] == o for o in objects for k in range(len(ahead))
            ):
                found.add(act)
                break
    return frozenset(found)


def _phrase_at(
    stems: tuple[str, ...], i: int, key: tuple[str, ...], modifiers: frozenset[str]
) -> int:
    """How many words the phrase ``key`` takes at ``i`` (0: no match): as listed, or with one
    modifier before its last word ("stay in close touch" is "stay in touch")."""
    n = len(key)
    if stems[i : i + n] == key:
        return n
    if (
        n >= 2
        and stems[i : i + n - 1] == key[:-1]
        and i + n < len(stems)
        and stems[i + n - 1] in modifiers
        and stems[i + n] == key[-1]
    ):
        return n + 1
    return 0


@cache
def act_words() -> frozenset[str]:
    """Every word of the act table (lower case): the words that do an act, not the item it is
    done on ("discussed", "invitation", "the situation")."""
    table = _table()
    words = {w for found in table.phrases.values() for key, _ in found for w in key}
    for verbs, objects, _ in table.near.values():
        words.update(verbs)
        words.update(w for o in objects for w in o)
    return frozenset(words)


@cache
def bare_acts() -> dict[str, str]:
    """{act: how a reader sees it} for the acts that are a point with no topic named."""
    text = resources.files("attribcmp.data").joinpath("acts.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in load_yaml(text)["bare"].items()}


def claim_acts(claim: Claim) -> frozenset[str]:
    """The acts of a claim's cue and words; a negated or denying claim also rebuts."""
    cue = claim.cue.text if claim.cue is not None else ""
    words = said_text(claim)
    acts = set(text_acts(f"{cue} {words}"))
    facets = claim.facets
    if facets is not None and (facets.denial or facets.negated and _rebutting_negation(words)):
        acts.add(REBUT)
    return frozenset(acts)


# A preposition before "not" + an "-ing" word makes a noun phrase of what is wanted ("the
# importance of not losing the gains", "for not attending"), no denial of anything said.
_GERUND = LazyPattern(r"(?i)\b(?:of|for|about|on|by|without|from)\s+not\s+\w+ing\b")
# A negation that sets a condition ("cannot be achieved while troops remain", "will not
# happen unless ...") presses the other side; it rebuts nothing it said.
_CONDITION = LazyPattern(r"(?i)^\W*(?:\w+\W+){0,3}?(?:while|unless|until|as long as)\b")

# A negation after a modal of obligation demands ("Iran must not be allowed to obtain a
# nuclear weapon", "should not interfere"): it presses a party, it rebuts nothing said.
_DEMAND = LazyPattern(r"(?i)\b(?:must|should|shall|ought\s+to)\s*$")


def _rebutting_negation(words: str) -> bool:
    """A negation in the claim that rebuts: not a gerund's "not" nor one setting a
    condition."""
    # "the policy has not changed" keeps something as it was: continuity, no rebuttal
    if continuity_only(words):
        return False
    for m in _NEGATION.finditer(words):
        before = words[max(0, m.start() - 20) : m.end() + 30]
        if _GERUND.search(before) and m.group().lower() == "not":
            continue
        if _CONDITION.search(words[m.end() : m.end() + 60]):
            continue
        if _DEMAND.search(words[max(0, m.start() - 16) : m.start()]):
            continue
        return True
    return False


def act_match(
    a: frozenset[str], b: frozenset[str], *, one_speaker: bool = False
) -> ActMatch | None:
    """Whether two claims' acts make one point, and the relation they imply.

    Args:
        a: one claim's acts (``claim_acts``).
        b: the other side's claim's acts.
        one_speaker: both claims are one person's words (the other account reporting what
            they said): one cannot answer oneself, only the same act counts.

    Returns:
        The firmest match: the same act (its relation from the table), a pressure answered
        (diverge when the answer rebuts, else partial), a threat or demand met by an offer
        (partial); None when the acts say nothing about the pair.
    """
    table = _table()
    found: list[ActMatch] = []
    # One side agreed what the other only discussed ("discussed the timing of the next
    # round" / "agreed to hold the next round in May"): the same point, partly shared.
    settled = ("agree" in a) != ("agree" in b) and "discuss" in (b if "agree" in a else a)
    for act in sorted(a & b):
        if act in table.same:
            relation, strength = table.same[act]
            shown = f"both {_BOTH.get(act, act)}"
            if settled and relation is Relation.CONVERGE:
                relation = Relation.PARTIAL
                shown += ", agreed by one side, only discussed by the other"
            found.append(ActMatch(strength, relation, shown))
    for x, y, first in () if one_speaker else ((a, b, True), (b, a, False)):
        for act in sorted(x):
            answers = {k: v for k, v in table.answers.get(act, {}).items() if k in y}
            if answers and not (x & set(answers)):
                # One side presses, the other answers (and does not press back the same way).
                answer = max(sorted(answers), key=lambda k: answers[k])
                relation = Relation.DIVERGE if answer == REBUT else Relation.PARTIAL
                said, reply = _noun(act), _noun(answer)
                shown = f"{said} answered by {reply}" if first else f"{reply} answers {said}"
                found.append(ActMatch(answers[answer], relation, shown))
            counters = table.counters.get(act, frozenset()) & y
            if counters:
                found.append(
                    ActMatch(
                        WEAK,
                        Relation.PARTIAL,
                        f"{_noun(act)} met by {_noun(sorted(counters)[0])}",
                    )
                )
    return max(found, key=_firmness) if found else None


def _firmness(match: ActMatch) -> tuple[int, int]:
    """Strength first; then a rebutted accusation is the point rather than the shared
    'agreed' beside it, and agreement rather than a partial answer."""
    rank = {Relation.DIVERGE: 2, Relation.CONVERGE: 1, Relation.PARTIAL: 0}
    return (match.strength, rank.get(match.relation, 0) if match.relation else 0)
