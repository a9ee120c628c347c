"""Replies that point back at the other side's statement by a word for it.

"But the army said those claims were false", "the ministry denied the accusation", "the
figures are exaggerated", "This is propaganda", "called it a lie": the reply names no one and
shares no word with what it answers. What it answers is told by the word it points with: "the
claims" are the other side's nearest claim before it, "the accusation" its nearest accusation,
"the report" its nearest report, "the figures" its nearest figure. ``pointer`` reads the word,
``by_pointed`` links the reply to the claim it points at, or to nothing when no claim of
another side fits (never to "any claim" of the other side); a plural ("those claims") also
answers the claims its owner told just before that one in its paragraph (``_told_with``). The
words are data (``data/pointed.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from attribcmp.data import load_table, phrase_alternation
from attribcmp.discourse import spells_out, states_intent
from attribcmp.evidence import Signal
from attribcmp.link_rules import denies
from attribcmp.model import Claim, Relation
from attribcmp.side_mentions import names_side, side_stems
from attribcmp.textfeatures import possessive, said_text, whole_words

if TYPE_CHECKING:  # answers.py reads called_false; link_pairs reads answers.py
    from attribcmp.link_pairs import Pairs

__all__ = [
    "Pointer",
    "by_pointed",
    "called_false",
    "fits",
    "names_figures",
    "pointed_at",
    "pointer",
]

# A reply's strength: as firm as a reply naming the other side (answers._REPLY_SCORE).
_SCORE = 80.0
# A reply this long makes points of its own; the words that point back open a short one.
_MAX_WORDS = 20
# How many sentences back a word for a statement may point ("the announcement" of the lead).
_NOUN_REACH = 10
# A bare "it" / "this" points at what was just said: the sentence before or the same one.
_PRONOUN_REACH = 1


@dataclass(frozen=True, slots=True)
class Pointer:
    """How a reply points back: the words as written ("those claims"), the kind of statement
    they name ("speech", "accusation", ...), whether they are a bare pronoun, and the words
    by which the reply rejects what it points at ("false", a denial cue)."""

    words: str
    kind: str
    pronoun: bool
    rejects: str


def _lexicon() -> dict[str, Any]:
    return load_table("pointed.yaml")


@cache
def _opening() -> re.Pattern[str]:
    """The words that open a pointing reply: "those claims", "the opposition charges", "such
    wild accusations" (up to two words between), or a bare "it" / "this" / "that"."""
    lex = _lexicon()
    return re.compile(
        rf"(?i)^\W*(?:that\s+)?(?:(?P<det>{phrase_alternation(lex['pointers'])})\s+"
        rf"(?P<mods>(?:[\w'’-]+\s+){{0,2}}?)(?P<noun>{phrase_alternation(list(lex['nouns']))})"
        # a pronoun stands alone, as a subject ("it is", "that's") or as an object called
        # something ("it a lie", "this as lies"); "that abuses took place" is a clause
        r"|(?P<pro>it|this|that)(?=\W*$|['’]s\b|\s+(?:is|was|are|were|as|an?)\b))(?![\w-])"
    )


@cache
def _predicate() -> re.Pattern[str]:
    """ "it is not a true report": the word for a statement a pronoun is called."""
    return re.compile(
        r"(?i)^\s*(?:is|was|are|were)\s+(?:not\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
        rf"(?P<noun>{phrase_alternation(list(_lexicon()['nouns']))})(?!\w)"
    )


@cache
def _rejecting() -> re.Pattern[str]:
    # judged.yaml's rejecting judgments ("false", "baseless") and this table's own
    words = {str(w).lower() for w in [*load_table("judged.yaml")["reject"], *_lexicon()["reject"]]}
    return re.compile(rf"(?i)(?<![\w-])(?:{phrase_alternation(frozenset(words))})(?![\w-])")


def pointer(claim: Claim) -> Pointer | None:
    """How a claim points back at another's statement, or None.

    A claim points back when it opens with a word for a statement under "the/these/those/
    such" ("those claims were false") or with a bare "it/this/that" ("This is propaganda",
    cue "called" + "it a lie"), and rejects it: a rejecting word or a denial ("denied the
    accusation"). A claim that says what the statement said ("denied allegations that it is
    stealing gas") answers claims that say that, found by their words elsewhere, and one
    naming the statement's owner ("the army's figures") is a reply to that owner
    (``link_answers.by_replies``)."""
    text = said_text(claim)
    if len(text.split()) > _MAX_WORDS:
        return None
    m = _opening().match(text)
    if m is None:
        return None
    facets = claim.facets
    found = _rejecting().search(text)
    rejects = found.group() if found else (facets.denial if facets else "")
    if not rejects:
        return None  # "the report underscores the urgency": it names, it does not answer
    if m.group("pro"):
        said = _predicate().match(text[m.end() :])
        noun = said.group("noun").lower() if said else ""
        kind = _lexicon()["nouns"][noun] if noun else "speech"
        return Pointer(m.group("pro"), kind, not noun, rejects)
    if re.search(r"['’]s?$", m.group("mods").strip()) or spells_out(claim):
        return None  # an owner named ("the army's claims") or the content told
    noun = m.group("noun").lower()
    words = " ".join(text[m.start("det") : m.end()].split())
    return Pointer(words, _lexicon()["nouns"][noun], False, rejects)


@cache
def _called_false() -> re.Pattern[str]:
    """ "had falsely accused", "wrongly claimed": right after a name."""
    lex = _lexicon()
    verbs = [w for words in lex["false_verbs"].values() for w in words]
    return re.compile(
        r"(?i)^\s*(?:(?:had|has|have)\s+)?"
        rf"(?:{phrase_alternation(lex['false_adverbs'])})\s+(?P<verb>(?:{phrase_alternation(verbs)})\w*)"
    )


def called_false(text: str, named: str) -> tuple[str, str]:
    """(the words, the kind of statement) when ``named`` is said in ``text`` to have said
    something false ("Erdogan had falsely accused him": "had falsely accused",
    "accusation"), else ("", "")."""
    for _, name_end in whole_words(text, named):
        m = _called_false().match(text[name_end:])
        if m is not None:
            break
    else:
        return "", ""
    words = " ".join(m.group().split())
    verb = m.group("verb").lower()
    for kind, stems in _lexicon()["false_verbs"].items():
        if verb.startswith(tuple(stems)):
            return words, str(kind)
    return words, "speech"


def _cue_words(claim: Claim) -> list[str]:
    return re.findall(r"[a-z]+", claim.cue.text.lower()) if claim.cue else []


def names_figures(kind: str) -> bool:
    """The kind is a count ("the figures", "the toll"): what it points at gives a figure,
    which the words of a claim tell, where "the report" may be any claim told before."""
    return bool(_lexicon()["kinds"][kind].get("figures"))


def fits(kind: str, claim: Claim, speaker: str = "") -> str:
    """The words by which ``claim`` is a statement of ``kind`` (its cue "claimed", "alleged"
    in its words, a figure, a speaker named as a report), or "" when it is none.

    Args:
        kind: a kind of ``data/pointed.yaml``.
        claim: the candidate claim pointed at.
        speaker: how its speaker is named ("a Chinese state television report").
    """
    entry = _lexicon()["kinds"][kind]
    if entry.get("any"):
        return f"cue '{claim.cue.text}'" if claim.cue else "a claim"
    for word in _cue_words(claim):
        if word.startswith(tuple(entry["cues"])):
            return f"cue '{claim.cue.text if claim.cue else word}'"
    content = tuple(entry.get("content", ()))
    if content:
        for word in re.findall(r"[a-z]+", said_text(claim).lower()):
            if word.startswith(content):
                return f"'{word}'"
    if entry.get("figures") and claim.facets is not None and claim.facets.quantities:
        return f"figure '{claim.facets.quantities[0].text}'"
    reporters = {str(w) for w in entry.get("reporters", ())}
    named = set(re.findall(r"[a-z]+", speaker.lower()))
    if reporters & named:
        return f"speaker '{speaker}'"
    return ""


def pointed_at(pairs: Pairs, i: int, found: Pointer, speakers: dict[str, str]) -> tuple[int, str]:
    """The claim reply ``i`` points at and the words that fit it, or (-1, ""): the nearest
    claim of another side before it whose cue or words fit the pointer's kind; for a bare
    pronoun (a "speech" kind: any claim fits), the nearest claim of another side in its
    sentence or the one before.
    A plural ("those claims") is read as the nearest such claim too: further ones of the
    same speaker, tried on the dev set, were as often wrong as right; ``by_pointed`` adds
    only those told with it in its paragraph (``_told_with``)."""
    reach = _PRONOUN_REACH if found.pronoun else _NOUN_REACH
    # the other side's claim told just before the reply (its sentence or the one before)
    adjacent = -1
    for j in range(i - 1, -1, -1):
        if not pairs.near(i, j, reach):
            break  # claims run in text order: the rest stand farther back
        other = pairs.claims[j]
        if pairs.side[j] == pairs.side[i] or not pairs.side[j] or denies(other):
            continue  # one's own side, or another reply: not what is pointed at
        if adjacent < 0 and pairs.near(i, j, _PRONOUN_REACH) and _names_replier(pairs, i, j):
            adjacent = j
        why = fits(found.kind, other, speakers.get(other.speaker_id, ""))
        if why:
            k = _about_replier(pairs, i, j, reach)
            if k != j:
                named = speakers.get(pairs.claims[k].speaker_id, "")
                why = fits(found.kind, pairs.claims[k], named) or why
            return k, why
    if adjacent >= 0 and _lexicon()["kinds"][found.kind].get("told_just_before", False):
        # "Trump claimed the virus was made in a lab in China. China denies the accusation.":
        # no claim around is told as an accusation (cue "claimed"), but the other side's
        # claim just before that names the replier is what the reply calls one ("the river
        # was low" names no one: no accusation). Only kinds marked told_just_before in
        # pointed.yaml (a charge) take this path; a pointer at a count ("the figures") never does
        return adjacent, "told just before it, naming the replier"
    return _told_of_event(pairs, i, found, reach)


def _told_of_event(pairs: Pairs, i: int, found: Pointer, reach: int) -> tuple[int, str]:
    """The nearest claim of another side before reply ``i`` (within ``reach``) that tells of
    an event of the pointer kind's ``events`` (pointed.yaml), or (-1, ""): "Indian officials
    said the bodies were mutilated ... Pakistan rejected the allegations" calls that account
    an allegation though no cue says "alleged"."""
    events = frozenset(_lexicon()["kinds"][found.kind].get("events", ()))
    if not events:
        return -1, ""
    for j in range(i - 1, -1, -1):
        if not pairs.near(i, j, reach):
            break
        other = pairs.claims[j]
        if pairs.side[j] == pairs.side[i] or not pairs.side[j] or denies(other):
            continue
        told = sorted(set(other.facets.events) & events) if other.facets else []
        if told and not states_intent(other):
            return j, f"tells of {told[0]}"
    return -1, ""


def _names_replier(pairs: Pairs, i: int, j: int) -> bool:
    """Claim j names reply i's side ("a lab in China" for China's reply)."""
    stems = side_stems(pairs.label[i])
    return bool(stems and names_side(said_text(pairs.claims[j]), stems))


def _about_replier(pairs: Pairs, i: int, j: int, reach: int) -> int:
    """Of the account that claim j ends (its speaker's claims just before, within reach),
    the claim naming reply i's side as doing something, else j: a side calls false what the
    other says of it ("Cambodian troops opened fire first"), not that side's word on its own
    losses told after it ("two of our men were killed")."""
    stems = side_stems(pairs.label[i])
    if not stems or names_side(said_text(pairs.claims[j]), stems):
        return j
    for k in range(j - 1, -1, -1):
        if not pairs.near(i, k, reach) or pairs.side[k] == pairs.side[i]:
            break
        if pairs.claims[k].speaker_id != pairs.claims[j].speaker_id:
            continue
        if names_side(said_text(pairs.claims[k]), stems) and not denies(pairs.claims[k]):
            return k
    return j


def by_pointed(pairs: Pairs, speakers: dict[str, str]) -> None:
    """Link each pointing reply to the claims it points at (``pointed_at``).

    Args:
        pairs: the candidate pairs.
        speakers: speaker id -> name, for the reasons and for a speaker named as a report.
    """
    for i, claim in enumerate(pairs.claims):
        found = pointer(claim)
        if found is None:
            continue
        j, why = pointed_at(pairs, i, found, speakers)
        if j < 0:
            continue  # no claim of another side is such a statement: nothing is linked
        owner = possessive(speakers.get(pairs.claims[j].speaker_id, "") or pairs.label[j])
        for k in (j, *_told_with(pairs, j, found)):
            reason = (
                f"reply: '{found.words}' points back to {owner} claim ({why}): '{found.rejects}'"
                if k == j
                else f"reply: '{found.words}' points back to {owner} claims, this one told "
                f"with the one named: '{found.rejects}'"
            )
            highlights = ((claim.id, (found.words, found.rejects)), (pairs.claims[k].id, ()))
            pairs.add(i, k, Signal("reply", _SCORE, reason, Relation.DIVERGE, highlights))


# A plural pointer ("the claims were false") answers, beside the claim it points at, at most
# this many claims its speaker told just before it in the same paragraph: one account.
_TOLD_WITH = 2


def _told_with(pairs: Pairs, j: int, found: Pointer) -> list[int]:
    """The claims of j's speaker in j's paragraph just before j, when the pointer is a plural
    ("the claims", "these allegations"): "one letter said an emissary had offered ties with
    the FARC. He said the documents merit a response." / "the claims were false" rejects
    both; a singular ("this claim") rejects one."""
    if found.pronoun or not found.words.lower().endswith("s"):
        return []
    out: list[int] = []
    for k in range(j - 1, max(-1, j - 1 - _TOLD_WITH), -1):
        other = pairs.claims[k]
        if other.speaker_id != pairs.claims[j].speaker_id or denies(other):
            break
        if (
            pairs.where[k].doc != pairs.where[j].doc
            or pairs.where[k].paragraph != pairs.where[j].paragraph
        ):
            break
        if not states_intent(other):
            out.append(k)  # what the speaker will do is no claim to call false
    return out
