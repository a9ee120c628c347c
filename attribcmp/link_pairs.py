"""The candidate pairs of ``links.py``: the claims being linked, where each stands in its
article, and the signals found so far for each cross-side pair; the blocking steps of
``link_answers.py``, ``link_events.py`` and ``link_words.py`` add to it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from attribcmp.align import pair_overlap
from attribcmp.discourse import Where
from attribcmp.incident_signals import blame_signal, framing_signal
from attribcmp.lazy_pattern import trie_alternation
from attribcmp.model import Claim, ClaimFacets
from attribcmp.set_aside import set_aside_signal
from attribcmp.side_names import UNNAMED
from attribcmp.signals import Signal
from attribcmp.territory import territory_signal
from attribcmp.textfeatures import said_text, whole_words

__all__ = [
    "ACCOUNT_SENTENCES",
    "BUCKET_WINDOW",
    "DENIAL_SENTENCES",
    "SLOT_NEAR_SENTENCES",
    "Pairs",
    "names_pattern",
    "text_names",
    "pair_key",
]

# A figure slot alone links two claims only when something else ties them: the same
# neighbourhood of the article, a shared name or word, or some topical overlap. Two tolls
# of two different incidents in one long story are otherwise the same slot.
SLOT_NEAR_SENTENCES = 6
# Figures of one side at most this many sentences apart are one account of the slot.
ACCOUNT_SENTENCES = 1
# A denial looks for what it answers among the other side's claims this many sentences back
# (or on): a denial answers what the article has just reported.
DENIAL_SENTENCES = 8
# A slot bucket larger than this (thousands of claims with the same figure kind) pairs each
# claim with its nearest neighbours only: no quadratic blow-up.
BUCKET_WINDOW = 12


@dataclass(slots=True)
class Pairs:
    """The claims being linked, what is known about where they stand, and the signals found
    so far for each pair (i, j), i < j. Each ``by_*`` function of the link_* modules is one
    blocking step: it finds candidate pairs one way and runs the signal that goes with it.

    Mutable on purpose: it accumulates signals within the linking stage only and never
    crosses a stage boundary; the stage hands on frozen ``Link`` values (link_verdict.make_link)."""

    claims: tuple[Claim, ...]
    side: tuple[str, ...]
    label: tuple[str, ...]
    rank: tuple[int, ...]
    where: tuple[Where, ...]
    topical: Mapping[tuple[int, int], float]
    token_sets: tuple[frozenset[str], ...]
    scenes: tuple[frozenset[str], ...] = ()
    # per claim: incident kinds by cause and a separate-incident tag (anchors.claim_incidents)
    incidents: tuple[frozenset[str], ...] = ()
    signals: dict[tuple[int, int], list[Signal]] = field(default_factory=dict)
    # claim -> the other sides' speakers whose words it names as its object ("the tribal
    # leaders' allegations", "the report by Amnesty")
    owners: dict[int, set[str]] = field(default_factory=dict)

    def add(self, i: int, j: int, signal: Signal | None) -> None:
        if signal is None or self.side[i] == self.side[j] or i == j:
            return
        found = self.signals.setdefault((i, j) if i < j else (j, i), [])
        if all(s.name != signal.name for s in found):
            found.append(signal)

    def in_side_order(self, i: int, j: int) -> tuple[int, int]:
        """The pair with the first-listed side first: a group's figure and framing reasons
        then all read "army ... vs villagers ...", never once each way (the same point twice)."""
        return (j, i) if self.rank[j] < self.rank[i] else (i, j)

    def near(self, i: int, j: int, sentences: int) -> bool:
        wi, wj = self.where[i], self.where[j]
        return wi.doc == wj.doc and abs(wi.sentence - wj.sentence) <= sentences

    def near_paragraphs(self, i: int, j: int, paragraphs: int) -> bool:
        """At most this many paragraphs apart: a quote of several sentences counts once."""
        wi, wj = self.where[i], self.where[j]
        return wi.doc == wj.doc and abs(wi.paragraph - wj.paragraph) <= paragraphs

    def one_scene(self, i: int, j: int) -> bool:
        """Not set apart by their places: two accounts, or one article whose two sentences
        name no place in common ("in Qala Bazaar" / "in Pech district" are two incidents)."""
        if self.apart(i, j) or not self.scenes:
            return True
        if self.two_incidents(i, j):
            return False
        si, sj = self.scenes[i], self.scenes[j]
        return not si or not sj or bool(si & sj)

    def two_incidents(self, i: int, j: int) -> bool:
        """One article's two claims tell of two incidents by their causes (claim_incidents)."""
        if self.apart(i, j) or not self.incidents:
            return False
        # Causes of different kinds ("collapsed" / "crash"), or one claim marking another
        # incident ("a separate crash") that the other does not name: two incidents.
        ki, kj = self.incidents[i], self.incidents[j]
        plain_i = {k for k in ki if not k.startswith("#")}
        plain_j = {k for k in kj if not k.startswith("#")}
        if plain_i & plain_j:
            return False
        marked = any(k.startswith("#") for k in ki | kj)
        return marked or bool(plain_i and plain_j)

    def apart(self, i: int, j: int) -> bool:
        """In different documents (two accounts of one event)."""
        return self.where[i].doc != self.where[j].doc

    def score(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key in self.topical:
            return self.topical[key]
        return pair_overlap(self.token_sets[i], self.token_sets[j])

    def same_account(self, i: int, k: int) -> bool:
        return i != k and self.side[i] == self.side[k] and self.near(i, k, ACCOUNT_SENTENCES)

    def distance(self, i: int, j: int) -> int:
        return abs(self.where[i].sentence - self.where[j].sentence)

    def drop_bare_contrasts(self, table: Mapping[str, tuple[str, str]]) -> None:
        """Drop a pair the article's "but" alone joins when the two share nothing: no event,
        object, name, topic or word, neither denies, and neither names the other's side.
        News turns with "but" from one point to the next ("..., but the campaign plans to
        release records"); the contrast sets two accounts against each other when they
        speak of one thing, or when one names whom the other speaks for ("Telefonica's
        actions harmed customers" ... "However, Telefonica said it obeyed market rules")."""
        by_side: dict[str, list[str]] = {}
        for name, (_speaker, side) in table.items():
            by_side.setdefault(side, []).append(name)
        bare = [k for k, found in self.signals.items() if [s.name for s in found] == ["contrast"]]
        for i, j in bare:
            a, b = self.claims[i], self.claims[j]
            if UNNAMED.id in (self.side[i], self.side[j]) and self.near(i, j, ACCOUNT_SENTENCES):
                # "casualty figures were not known, but other sources say 13 were killed":
                # a named side's word and an unnamed source's, joined by "but" in one
                # sentence or the next, are the article's two versions of one point; an
                # unnamed source makes no plan or point of its own for the "but" to turn to
                continue
            if _share_something(a, b, self.token_sets, (i, j)):
                continue
            if any(
                text_names(said_text(x), n)
                for x, y in ((a, j), (b, i))
                for n in by_side.get(self.side[y], ())
            ):
                continue
            del self.signals[(i, j)]

    def qualify(self) -> None:
        """Counter-framing and blame only qualify a pair some other signal found: opposite
        words alone ("civilians" here, "militants" there) are everywhere in a war story."""
        for i, j in list(self.signals):
            a, b = self.claims[i], self.claims[j]
            x, y = self.in_side_order(i, j)
            framing = framing_signal(
                said_text(self.claims[x]), said_text(self.claims[y]), self.label[x], self.label[y]
            )
            self.add(i, j, framing)
            # two owners' waters, airspace or soil for one act (territory.py)
            ground = territory_signal(
                said_text(self.claims[x]), said_text(self.claims[y]), self.label[x], self.label[y]
            )
            self.add(i, j, ground)
            self.add(i, j, blame_signal(a, b, self.label[i], self.label[j]))
            # "instead of attacking a wedding party" against "struck a wedding party"
            self.add(i, j, set_aside_signal(a, b, self.label[i], self.label[j]))


def _share_something(
    a: Claim, b: Claim, token_sets: Sequence[frozenset[str]], key: tuple[int, int]
) -> bool:
    """The two speak of one thing: a shared event class, object word, name or topic, a
    shared content word, or one denies (what it denies need not be repeated)."""
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    if fa.denial or fb.denial:
        return True
    if (set(fa.events) & set(fb.events)) - {"denial"}:
        return True
    if set(fa.objects) & set(fb.objects) or set(fa.participants) & set(fb.participants):
        return True
    if set(fa.topics) & set(fb.topics):
        return True
    return bool(token_sets[key[0]] & token_sets[key[1]])


def text_names(text: str, name: str) -> bool:
    """``text`` names ``name`` (a leading article aside: "The military" in "the military")."""
    bare = _bare_name(name)
    return bool(bare) and next(whole_words(text, bare), None) is not None


@lru_cache(maxsize=4096)
def _bare_name(name: str) -> str:
    # read once per name: a long article tests every "but" pair against each side's names;
    # "" for a name too short to look for
    bare = re.sub(r"(?i)^(?:the|a|an)\s+", "", name.strip())
    return bare if len(bare) > 2 else ""


def names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Any of the lower-cased ``names`` as whole words, case aside; where several start at one
    place the longest wins. Group 1 is the name as written.

    The names are laid out as a trie (one branch per next character) rather than one long
    alternation: on a 2,000-claim article the alternation tried each of ~1,250 names at every
    word start. Deeper branches are tried before a name ends, so the longest name followed by
    a non-word character wins, as in a longest-first alternation."""
    return re.compile(r"(?i)(?<!\w)(" + trie_alternation(names) + r")(?!\w)")


def pair_key(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)
