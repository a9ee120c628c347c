"""The speaker word lists (``data/speakers.yaml``) and the token tests every speaker rule
shares: capitalised, a name particle, word-like, a possessive's bare form."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from attribcmp.attribute.cues import Token
from attribcmp.data import load_table, load_yaml, phrase_alternation, word_set

# "outside": a place like "near" ("relatives outside the mine said": the relatives speak).
PREPOSITIONS = word_set("of for from by on at in with to between among within inside near outside")
# ("figures given by the Red Cross": a giver issues figures as a ministry issues a statement)
ISSUED = word_set(
    "issued released published sent posted put signed given provided compiled supplied"
)
# Pronouns that stand as a clause's subject ("he said", "they added"): the one set the
# attribute rules share (cuts.py, appositive.py).
SUBJECT_PRONOUNS = word_set("he she they we i it")


@cache
def origin_modifier() -> re.Pattern[str]:
    """A place-of-origin modifier ("U.S.-based", "London-born"): where a body sits or a person
    comes from, never part of a name (the origin_suffixes of gazetteer.yaml's head_rules)."""
    suffixes = load_table("gazetteer.yaml")["head_rules"]["origin_suffixes"]
    return re.compile(rf"(?i)[\w.][-\u2010\u2013](?:{phrase_alternation(suffixes)})$")


@dataclass(frozen=True, slots=True)
class Words:
    """The speaker word lists, each a set of lower-case words."""

    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    determiners: frozenset[str]
    anonymous: frozenset[str]
    roles: frozenset[str]
    organisations: frozenset[str]
    documents: frozenset[str]
    titles: frozenset[str]
    groups: frozenset[str]
    forces: frozenset[str]
    not_speakers: frozenset[str]
    sentence_openers: frozenset[str]
    weekdays: frozenset[str]
    firm_endings: frozenset[str]
    firms: frozenset[str]
    kind_nouns: frozenset[str]
    plural_heads: frozenset[str]
    conversation_verbs: frozenset[str]
    conversation_fillers: frozenset[str]
    portfolios: frozenset[str]
    state_bodies: frozenset[str]
    state_body_modifiers: frozenset[str]

    # The three pronoun sets joined once: rules test a word against it several times per cue.
    pronouns: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        joined = self.person_pronouns | self.plural_pronouns | self.thing_pronouns
        object.__setattr__(self, "pronouns", joined)


@cache
def words() -> Words:
    """The speaker word lists from ``data/speakers.yaml``, loaded once."""
    raw = resources.files("attribcmp.data").joinpath("speakers.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml(raw)

    def bag(value: Any) -> frozenset[str]:
        items = value.split() if isinstance(value, str) else list(value or ())
        return frozenset(str(w).lower() for w in items)

    pron = data["pronouns"]
    return Words(
        person_pronouns=bag(pron["person"]),
        plural_pronouns=bag(pron["plural"]),
        thing_pronouns=bag(pron["thing"]),
        relative_pronouns=bag(pron["relative"]),
        determiners=bag(data["determiners"]),
        anonymous=bag(data["anonymous"]),
        roles=_with_status(bag(data["roles"])),
        organisations=bag(data["organisations"]),
        documents=bag(data["documents"]),
        titles=_with_status(bag(data["titles"])),
        groups=bag(data["groups"]),
        forces=bag(data["forces"]),
        # the inanimate classes join the misread heads: one test, "no one speaks through it"
        not_speakers=bag(data["not_speakers"]).union(*map(bag, data["inanimate"].values())),
        sentence_openers=bag(data["sentence_openers"]),
        weekdays=bag(data["weekdays"]),
        firm_endings=bag(data["firm_endings"]),
        portfolios=bag(data.get("portfolios")),
        state_bodies=bag(data["state_bodies"]),
        state_body_modifiers=bag(data["state_body_modifiers"]),
        firms=bag(data["firms"]),
        kind_nouns=bag(data["kind_nouns"]),
        plural_heads=bag(data["plural_heads"]),
        conversation_verbs=bag(data["conversation_verbs"]),
        conversation_fillers=bag(data["conversation_fillers"]),
    )


# Title suffixes for one chosen but not yet in office: "Prime Minister-designate Omar Sayed",
# "President-elect Biden" are titled names as "Prime Minister Omar Sayed" is.
_STATUS_SUFFIXES = ("elect", "designate")


def _with_status(bag: frozenset[str]) -> frozenset[str]:
    """The titles or roles and each one's "-elect"/"-designate" form."""
    return bag | {f"{w}-{s}" for w in bag for s in _STATUS_SUFFIXES}


# Name particles: "al-Baghdadi", "Osama bin Laden", "Ruud van der Berg", "Charles de Gaulle".
PARTICLES = word_set(
    "al el ad ash as at az an ar bin ibn bint abu da de di del della van von der den la le du "
    "dos das ter ten"
)
_PARTICLE_NAME = re.compile(
    r"(?:al|el|ad|ash|as|at|az|an|ar|bin|ibn|abu|da|de|di|van|von)[-‐][A-Z]"
)


def cap(tok: Token) -> bool:
    """Capitalised, or a name with a lower-case particle glued on ("al-Baghdadi")."""
    text = tok.text
    # (the particle pattern needs a hyphen: most lower-case words skip it)
    return text[:1].isupper() or ("-" in text or "‐" in text) and bool(_PARTICLE_NAME.match(text))


def particle(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a name particle between two parts of a name ("bin" in "Osama bin Laden")."""
    return (
        tokens[k].lower in PARTICLES
        and not tokens[k].text[:1].isupper()
        and k + 1 < len(tokens)
        and (cap(tokens[k + 1]) or tokens[k + 1].lower in PARTICLES)
    )


def plural_possessive(tokens: Sequence[Token], k: int) -> bool:
    """Token k is the apostrophe of a plural possessive inside a name: "Dock Workers' Union"
    (glued to a capitalised word in -s, a capitalised word after it), not a closing quote."""
    return (
        tokens[k].text in ("'", "’")
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start
        and tokens[k - 1].text.endswith("s")
        and cap(tokens[k - 1])
        and tokens[k + 1].text[:1].isupper()
    )


def wordlike(tok: Token) -> bool:
    """A word or a number, not punctuation."""
    return tok.text[:1].isalnum()


def bare(lower: str) -> str:
    """'military’s' -> 'military'."""
    # Read by the last character first: this runs for most tokens and most end in neither.
    last = lower[-1:]
    if last == "s":
        return lower[:-2] if lower.endswith(("’s", "'s")) else lower
    if last == "’" or last == "'":
        return lower[:-1]
    return lower
