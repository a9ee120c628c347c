"""Speaker mentions: finding the noun phrase next to a cue and telling what it is.

Mentions are found by a bounded token scan (at most ``_MAX_NP`` tokens), so the cost per cue is
constant. ``describe`` classifies a phrase: pronoun, person with or without a name, body,
document (with its issuer), or unnamed source. Resolution to entities is in speakers.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from attribcmp.attribute.cues import Token, tokenize
from attribcmp.data import load_yaml, word_set
from attribcmp.model import SpeakerKind, TextSpan

_MAX_NP = 14  # tokens; a speaker phrase longer than this is a clause, not a name
_PREPOSITIONS = word_set("of for from by on at in with to between among within inside near")
# Prepositions that never open a speaker phrase: a phrase starting with one is a misread.
_NO_SPEAKER_OPENS = word_set(
    "over despite amid amidst during against without upon via unlike in by"
)
# A live blog's or a section's label, read as a headline's "Name: words" ("The Latest: ...").
_LABELS = frozenset(("the latest", "latest", "breaking news", "update", "full text", "abstract"))
_ISSUED = word_set("issued released published sent posted put signed")
_BREAK = word_set(
    """that which who whom whose and but or because while when if as than so is was are were be
    been being has have had will would can could should may might must do does did not n't
    also what where why how whether although though since until unless after before said
    says told say"""
)
_ADVERBS = word_set("even but and also so yet then now still however only just perhaps")
_PARTITIVES = word_set("one some many most several two three four five each all none few")
_POSTMODIFIERS = word_set("familiar close involved knowledgeable briefed privy")
# Endings of adverbs, adjectives and participles: such a word does not head a speaker phrase.
_NOT_NOUN = ("ly", "ed", "ing", "ive", "ful", "ous", "able", "ible", "ical", "ic", "less", "est")
_ABBREV_TITLES = word_set(
    """mr mrs ms dr gen sen rep gov lt col maj capt sgt adm cmdr prof rev st jr"""
)


@dataclass(frozen=True, slots=True)
class Words:
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
        roles=bag(data["roles"]),
        organisations=bag(data["organisations"]),
        documents=bag(data["documents"]),
        titles=bag(data["titles"]),
        groups=bag(data["groups"]),
        forces=bag(data["forces"]),
        not_speakers=bag(data["not_speakers"]),
        sentence_openers=bag(data["sentence_openers"]),
        weekdays=bag(data["weekdays"]),
        firm_endings=bag(data["firm_endings"]),
        firms=bag(data["firms"]),
    )


# Name particles: "al-Baghdadi", "Osama bin Laden", "Ruud van der Berg", "Charles de Gaulle".
_PARTICLES = word_set(
    "al el ad ash as at az an ar bin ibn bint abu da de di del della van von der den la le du "
    "dos das ter ten"
)
_PARTICLE_NAME = re.compile(
    r"(?:al|el|ad|ash|as|at|az|an|ar|bin|ibn|abu|da|de|di|van|von)[-‐][A-Z]"
)


def _cap(tok: Token) -> bool:
    """Capitalised, or a name with a lower-case particle glued on ("al-Baghdadi")."""
    return tok.text[:1].isupper() or bool(_PARTICLE_NAME.match(tok.text))


def _particle(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a name particle between two parts of a name ("bin" in "Osama bin Laden")."""
    return (
        tokens[k].lower in _PARTICLES
        and not tokens[k].text[:1].isupper()
        and k + 1 < len(tokens)
        and (_cap(tokens[k + 1]) or tokens[k + 1].lower in _PARTICLES)
    )


def _wordlike(tok: Token) -> bool:
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


def _breaks(tokens: Sequence[Token], i: int) -> bool:
    """A function word that ends a noun phrase; capitalised inside a sentence it is a name
    ("Theresa May", "Will Smith"), not the modal."""
    tok = tokens[i]
    return tok.lower in _BREAK and not (i > 0 and _cap(tok))


def is_speaker_head(tokens: Sequence[Token], i: int) -> bool:
    """Whether token i can end a speaker noun phrase (the subject of a cue)."""
    tok = tokens[i]
    w = words()
    low = tok.lower
    if low in w.pronouns or low in w.relative_pronouns:
        return True
    if not _wordlike(tok) or _breaks(tokens, i) or low in w.determiners:
        return False
    if _cap(tok):
        return not (i == 0 and low in w.determiners)
    b = bare(low)
    singular = b[:-1] if b.endswith("s") else b  # "advisers", "ministries" -> one of a kind
    if any(
        x in w.anonymous
        or x in w.roles
        or x in w.organisations
        or x in w.documents
        or x in w.groups
        or x in w.forces
        for x in (b, singular)
    ):
        return True
    if i > 0 and tokens[i - 1].lower in w.determiners:
        return True  # "the meeting": right after a determiner, even an -ing word is a noun
    if b.endswith(_NOT_NOUN):
        return False
    # Any other lower-case word counts when a determiner opens the phrase ("the fund said").
    for j in range(i - 1, max(-1, i - 4), -1):
        if tokens[j].lower in w.determiners:
            return True
        if _cap(tokens[j]) and tokens[j].lower.endswith(("’s", "'s")):
            return True  # "Aung San Suu Kyi's political allies": a possessor opens the phrase
        if (
            not _wordlike(tokens[j])
            or tokens[j].lower in _BREAK
            or tokens[j].lower in _PREPOSITIONS
        ):
            return False
    return False


def abbreviation_dot(tokens: Sequence[Token], i: int) -> bool:
    """Token i is the period of a title or an initial ("Gen. Bajwa", "Lloyd J. Austin")."""
    return (
        tokens[i].text == "."
        and i > 0
        and (tokens[i - 1].lower in _ABBREV_TITLES or len(tokens[i - 1].text) == 1)
    )


def _glued_hyphen(tokens: Sequence[Token], i: int) -> bool:
    """Token i is a hyphen with words glued on both sides ("U.S.-allied")."""
    return (
        tokens[i].text == "-"
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].end == tokens[i].start
        and tokens[i + 1].start == tokens[i].end
        and _wordlike(tokens[i - 1])
    )


# Unit nouns a number may follow inside a name ("Task Force 76", "Joint Task Force 2").
_NUMBERED_UNITS = word_set(
    "force brigade division battalion regiment group squadron fleet unit corps"
)


def np_before(tokens: Sequence[Token], last: int) -> tuple[int, int] | None:
    """The noun phrase ending at token ``last``, scanning backwards; None if it is not one."""
    if (
        last > 0
        and tokens[last].text.isdigit()
        and bare(tokens[last - 1].lower) in _NUMBERED_UNITS
        and _cap(tokens[last - 1])
    ):
        # "Combined Joint Task Force 76", "Brigade 3": the number names the unit
        unit = np_before(tokens, last - 1)
        return (unit[0], last) if unit is not None else None
    if last < 0 or not is_speaker_head(tokens, last):
        return None
    w = words()
    if tokens[last].lower in w.pronouns or tokens[last].lower in w.relative_pronouns:
        return last, last
    first = last
    i = last - 1
    listed = False  # an "and" joined two modifiers: a comma may list more before them
    while i >= 0 and last - i < _MAX_NP:
        tok = tokens[i]
        low = tok.lower
        if abbreviation_dot(tokens, i):
            first = i - 1  # "Gen. Bajwa", "Lloyd J. Austin"
            i -= 2
            continue
        if (
            low == "and"
            and first < last
            and _cap(tokens[first])
            and i > 0
            and _cap(tokens[i - 1])
            and tokens[i - 1].lower not in w.determiners
        ):
            # "Dutch and Belgian police officials", "the Jihad and Tawheed Brigades": one joint
            # source when "and" joins two modifiers before the head (not "Obama and Biden").
            first = i - 1
            i -= 2
            listed = True
            continue
        if (
            low == ","
            and listed
            and _cap(tokens[first])
            and i > 0
            and _cap(tokens[i - 1])
            and tokens[i - 1].lower not in w.determiners
            and (i < 2 or not _wordlike(tokens[i - 2]) or tokens[i - 2].lower in w.determiners)
        ):
            # "Dutch, Belgian and German police officials": the list goes on, when it opens
            # the phrase ("held in Ghent, Dutch and Belgian police officials said": no list)
            first = i - 1
            i -= 2
            continue
        if (
            low == ")"
            and i >= 3
            and tokens[i - 2].text == "("
            and tokens[i - 1].text.isupper()
            and _cap(tokens[i - 3])
        ):
            # "World Health Organization (WHO) officials": the acronym is part of the name
            first = i - 3
            i -= 4
            continue
        if _glued_hyphen(tokens, i):
            first = i - 1  # "the U.S.-allied government": one word split in three tokens
            i -= 2
            continue
        # "sources close to her campaign": a possessive before a noun opens it like "the"
        possessive = low in w.determiners and first <= last and i < last
        if not _wordlike(tok) or _breaks(tokens, i) or (low in w.pronouns and not possessive):
            break
        if low in w.determiners and not (_cap(tok) and i > 0):  # "CBS This Morning" is a name
            first = i
            while i > 0 and tokens[i - 1].lower in w.determiners and tokens[i - 1].lower != "that":
                i -= 1  # "the two sides", "all the officials"; not "said that the ..."
                first = i
            # A determiner ends the phrase unless a preposition makes it an inner object
            # ("a statement issued by the media wing on the meeting").
            if i > 0 and tokens[i - 1].lower in _PREPOSITIONS:
                i -= 1
                continue
            break
        first = i
        i -= 1
    # Drop a leading preposition or sentence adverb left by the scan ("Even China" -> "China").
    while first < last and (
        tokens[first].lower in _PREPOSITIONS or tokens[first].lower in _ADVERBS
    ):
        first += 1
    return first, last


def np_after(
    tokens: Sequence[Token], first: int, *, speaker: bool = True
) -> tuple[int, int] | None:
    """The noun phrase starting at token ``first`` (inverted order: 'said the official')."""
    n = len(tokens)
    if first >= n or not _wordlike(tokens[first]):
        return None
    w = words()
    nxt = tokens[first + 1] if first + 1 < n else None
    possessive = (
        tokens[first].lower == "her"
        and nxt is not None
        and nxt.text[:1].isalpha()
        and nxt.lower not in ("that", "to", "and", "or", "about", "on", "in")
    )
    if tokens[first].lower in w.pronouns and not possessive:
        return first, first  # "told her that ...", but "urged her husband to ..." goes on
    last = first - 1
    i = first
    while i < n and i - first < _MAX_NP:
        tok = tokens[i]
        low = tok.lower
        if abbreviation_dot(tokens, i):
            last = i
            i += 1
            continue
        if not _wordlike(tok) or (_breaks(tokens, i) and low != "who"):
            break
        if low == "who" or (low in w.determiners and i > first):
            break  # a relative clause, or a second phrase ("told reporters the road ...")
        if (
            low in _PREPOSITIONS
            and i > first
            and not _cap(tokens[i - 1])
            and low not in ("of", "for")
        ):
            break  # "said the official in a statement": the phrase ends before "in"
        last = i
        i += 1
    if last < first:
        return None
    if speaker and not any(
        is_speaker_head(tokens, k) or _cap(tokens[k]) for k in range(first, last + 1)
    ):
        return None  # as a listener or target ("told reporters") any noun phrase will do
    return first, last


@dataclass(frozen=True, slots=True)
class MentionInfo:
    """What a speaker noun phrase is, before resolution."""

    span: TextSpan
    kind: SpeakerKind
    name: str  # a proper name if one is in the phrase, else ""
    anonymous: bool
    pronoun: str | None = None
    plural: bool = False
    definite: bool = False  # "the official": may describe someone already named
    issuer: TextSpan | None = None  # for documents: who issued them
    role: str = ""


def _named(tok: Token) -> bool:
    """Capitalised and not just a common noun opening the sentence ("Aides to Lankford")."""
    if not _cap(tok):
        return False
    w = words()
    low = bare(tok.lower)
    # (membership word list by word list: a union would build a new set on every call)
    if low in w.anonymous or low in w.groups or low in w.forces:
        return False
    return low not in ("people", "officials")


def _core_end(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where the core phrase ends: before a preposition that follows a common noun."""
    for k in range(first + 1, last + 1):
        low = tokens[k].lower
        if (low in _PREPOSITIONS or low in _ISSUED) and not _named(tokens[k - 1]):
            return k - 1
    return last


def _name_tokens(tokens: Sequence[Token], first: int, last: int) -> list[Token]:
    """The trailing run of capitalised non-title tokens: the person's or body's own name."""
    w = words()
    run: list[Token] = []
    for k in range(last, first - 1, -1):
        tok = tokens[k]
        if tok.text == ".":
            continue
        if not run and bare(tok.lower) in w.weekdays:
            continue  # "David Morrison Monday confirmed": the day is no part of the name
        if run and len(run) >= 2 and bare(tok.lower) != tok.lower:
            break  # "Amnesty's Conor Fortune": the owner is no part of the person's name
        if _cap(tok) and bare(tok.lower) not in w.titles:
            run.append(tok)
        elif tok.lower == "and" and run and k > first and _cap(tokens[k - 1]):
            run.append(tok)  # "Jihad and Tawheed Brigades": one name
        elif (
            run
            and _particle(tokens, k)
            and k > first
            and (_cap(tokens[k - 1]) or tokens[k - 1].lower in _PARTICLES)
        ):
            run.append(tok)  # "Osama bin Laden", "Ruud van der Berg"
        elif _cap(tok) and not run:
            continue
        else:
            break
    run.reverse()
    return run


def _org_name(text: str, tokens: Sequence[Token], first: int, last: int) -> str:
    """A body's name is its whole capitalised run: "The National Refining Company" -> the
    "National Refining Company" (titles like "National" stay, unlike in a person's name)."""
    k = last
    while k >= first and (
        _cap(tokens[k])
        or tokens[k].text == "."
        # "Department of Homeland Security", "Ministry for Foreign Affairs"
        or (tokens[k].lower in ("of", "for", "and", "on") and k > first and _cap(tokens[k - 1]))
    ):
        k -= 1
    if k == last:
        return ""
    start = k + 1
    if tokens[start].lower in words().determiners:
        start += 1
    if start > last:
        return ""
    return text[tokens[start].start : tokens[last].end]


def is_firm(name: str) -> bool:
    """ "Goldman Sachs", "Lehman Brothers": a firm's name, however much it reads as a person's
    (``firms`` / ``firm_endings`` in data/speakers.yaml)."""
    w = words()
    parts = name.split()
    return name.lower() in w.firms or (
        len(parts) > 1 and bare(parts[-1].lower()).rstrip(".") in w.firm_endings
    )


def describe(text: str, tokens: Sequence[Token], first: int, last: int) -> MentionInfo:
    """Classify the noun phrase ``tokens[first..last]``."""
    w = words()
    while last > first and bare(tokens[last].lower) in w.weekdays:
        if tokens[first].lower.endswith("ing"):
            break  # "Speaking Tuesday": no one at all (can_speak says so)
        last -= 1  # "A Pentagon statement Saturday said": the day is when, not who
    while last > first and tokens[last].text in w.relative_pronouns:
        last -= 1  # "The lawyer who ran three marathons": the relative clause is not the name
    span = TextSpan(
        text[tokens[first].start : tokens[last].end], tokens[first].start, tokens[last].end
    )
    low = tokens[first].lower
    # "WHO: Ebola outbreak underestimated": a word in capitals is an acronym, not a pronoun
    acronym = len(tokens[first].text) > 1 and tokens[first].text.isupper()
    if first == last and not acronym and (low in w.pronouns or low in w.relative_pronouns):
        if low in w.person_pronouns:
            return MentionInfo(span, SpeakerKind.PERSON, "", False, pronoun=low)
        if low in w.plural_pronouns:
            return MentionInfo(span, SpeakerKind.UNKNOWN, "", False, pronoun=low, plural=True)
        return MentionInfo(span, SpeakerKind.ORGANISATION, "", False, pronoun=low)
    core_first = first
    if first + 2 <= last and tokens[first + 1].lower == "of" and tokens[first].lower in _PARTITIVES:
        core_first = first + 2  # "one of Mr. Obama's advisers": the advisers say what one says
    core_last = _core_end(tokens, core_first, last)
    if core_last > first and tokens[core_last].lower in _POSTMODIFIERS:
        core_last -= 1  # "people familiar with the matter": the people speak
    numbered = (  # "Task Force 76": the unit noun is the head, the number part of the name
        core_last > first
        and tokens[core_last].text.isdigit()
        and bare(tokens[core_last - 1].lower) in _NUMBERED_UNITS
    )
    core_last -= numbered
    head = tokens[core_last]
    head_low = bare(head.lower)
    definite = tokens[first].lower in ("the", "this", "that")
    core_span = TextSpan(text[tokens[first].start : head.end], tokens[first].start, head.end)
    if head_low in w.documents and not _cap(head):
        issuer = None
        for k in range(core_last + 1, last):
            if tokens[k].lower in ("by", "from") and k + 1 <= last:
                end = _core_end(tokens, k + 1, last)
                for m in range(k + 2, end + 1):
                    if not _cap(tokens[m]) and tokens[m].lower.endswith("ed"):
                        end = m - 1  # "a statement from the group received by ...": the group
                        break
                issuer = TextSpan(
                    text[tokens[k + 1].start : tokens[end].end],
                    tokens[k + 1].start,
                    tokens[end].end,
                )
                break
            if tokens[k].lower in ("to", "on") and tokens[k - 1].lower in _ISSUED:
                issuer = outlet_owner(text, tokens, k + 1, last)  # "posted to X's website"
                if issuer is not None:
                    break
        if issuer is None and first < core_last and tokens[first].text.endswith(("’s", "'s")):
            issuer = TextSpan(bare(tokens[first].text), tokens[first].start, tokens[first].end - 2)
        caps = [k for k in range(first, core_last) if _cap(tokens[k]) and _wordlike(tokens[k])]
        caps = [k for k in caps if tokens[k].lower not in w.determiners]
        if issuer is None and caps and caps == list(range(caps[0], core_last)):
            # "A Pentagon statement", "the Kremlin readout": the name before it issued it
            a, b = tokens[caps[0]], tokens[core_last - 1]
            issuer = TextSpan(text[a.start : b.end], a.start, b.end)
        return MentionInfo(span, SpeakerKind.DOCUMENT, "", False, definite=definite, issuer=issuer)
    name = _name_tokens(tokens, first, core_last)
    if not name and core_last < last and _cap(tokens[last]):
        # "the spokeswoman for the ministry, Maria Zakharova": the name closes the phrase.
        end_name = _name_tokens(tokens, core_last + 1, last)
        if end_name:
            k = next((i for i in range(first, last + 1) if tokens[i] is end_name[0]), 0) - 1
            if k >= first and tokens[k].text == ",":
                name = end_name
    if (
        name
        and len(name) == 1
        and name[0] is tokens[first]
        and first == 0
        and bare(name[0].lower) in (w.anonymous | w.roles | w.groups | w.forces)
    ):
        name = []  # "Residents said": a capitalised common noun opening the sentence
    name_text = text[name[0].start : name[-1].end] if name else ""
    plural = head_low.endswith("s") and not _cap(head) and head_low not in ("news", "press")
    phrase = tokens[first : core_last + 1]
    # "Senate Majority Leader Chuck Schumer": a title before a name makes a person, whatever
    # body the title belongs to; "The Department of Homeland Security" has no title.
    titled = False
    if name:
        k = next(i for i in range(first, last + 1) if tokens[i] is name[0]) - 1
        while k >= first and tokens[k].text == ".":
            k -= 1
        before = bare(tokens[k].lower) if k >= first else ""
        titled = (
            before not in ("the", "of", "")
            and (before in w.titles or before in w.roles)
            and bare(name[-1].lower) not in w.organisations  # "National Refining Company"
        )
    # A body's word counts in a capitalised name ("Department of Homeland Security"), not
    # in front of a role ("the Army chief" is a person).
    body_words = (t for t in phrase if _cap(t)) if _cap(head) else iter(name)
    firm = bool(name) and is_firm(name_text)
    if not titled and (
        firm
        or head_low in w.organisations
        or (head_low in w.forces and not (_cap(head) and name))  # "NATO-led troops"
        or any(bare(t.lower) in w.organisations for t in body_words)
    ):
        return MentionInfo(
            span,
            SpeakerKind.ORGANISATION,
            _org_name(text, tokens, first, core_last + numbered) or core_span.text,
            False,
            plural=head_low in w.forces and head_low.endswith("s"),  # "peacekeepers" are "they"
            definite=definite,
            role=head_low,
        )
    if name:
        return MentionInfo(
            span, SpeakerKind.PERSON, name_text, False, role=head_low if head_low in w.roles else ""
        )
    if head_low in w.groups:
        # "villagers", "the protesters": a party of people speaking together, not a source.
        return MentionInfo(span, SpeakerKind.SOURCE, "", False, plural=True, role=head_low)
    if head_low in w.anonymous:
        # "the official" may be someone already named; "a source", "officials" are not. The
        # whole phrase names the source: "people familiar with the matter", "officials in Kyiv".
        return MentionInfo(
            span,
            SpeakerKind.SOURCE,
            "",
            True,
            plural=plural,
            definite=definite and not plural,
            role=head_low,
        )
    if head_low in w.roles:
        return MentionInfo(
            core_span, SpeakerKind.PERSON, "", False, definite=definite, role=head_low
        )
    return MentionInfo(
        core_span, SpeakerKind.UNKNOWN, "", False, plural=plural, definite=definite, role=head_low
    )


def describe_text(span: TextSpan) -> MentionInfo:
    """Classify a free-standing phrase (a document's issuer) by tokenising it on its own."""
    toks = tokenize(span.text, 0, len(span.text))
    if not toks:
        return MentionInfo(span, SpeakerKind.UNKNOWN, span.text, False)
    # Describe the phrase on its own text, then move its spans back to document offsets.
    info = describe(span.text, toks, 0, len(toks) - 1)
    shifted = TextSpan(info.span.text, info.span.start + span.start, info.span.end + span.start)
    info = replace(info, span=shifted, issuer=_shift(info.issuer, span.start))
    if info.pronoun is None and toks[0].lower in ("his", "her", "their", "its") and len(toks) > 1:
        return MentionInfo(
            info.span, SpeakerKind.ORGANISATION, info.name, False, definite=True, role=info.role
        )
    return info


def _shift(span: TextSpan | None, by: int) -> TextSpan | None:
    if span is None:
        return None
    return TextSpan(span.text, span.start + by, span.end + by)


# Participles that make "those ___" the people a survey or an interview asked.
_ASKED = word_set("surveyed polled questioned interviewed asked sampled contacted")


def can_speak(info: MentionInfo) -> bool:
    """Whether a speaker phrase names someone or something that can speak.

    A claim needs a speaker: not a sentence adverb or conjunction read as a name ("As",
    "Currently"), not an event or a quantity ("the fighting", "the lead", "two years ago"),
    not a verb form left by a misread frame ("Bolton distanced himself", "retired").
    """
    w = words()
    if info.pronoun is not None:
        return True
    parts = info.span.text.split()
    if not parts:
        return False
    if all(bare(p.lower()).strip(",") in w.sentence_openers for p in parts):
        return False  # "As", "However,", "Currently": an opener, not a name
    first = parts[0]
    if bare(first.lower()) in _NO_SPEAKER_OPENS:
        return False  # "Over Police Shooting" (a headline's tail), "In offering ...": no one
    if info.span.text.lower().strip(" :") in _LABELS:
        return False  # "The Latest: Trump urges ...": a live blog's label
    if first.islower() and first.endswith("ing") and len(first) > 4 and first not in w.roles:
        return False  # "echoing earlier dismissals of reports": a participle clause, no one
    if bare(parts[-1].lower()).strip(",") in w.weekdays and (
        len(parts) == 1 or parts[0].lower().endswith("ing")
    ):
        return False  # "Speaking Tuesday": a time
    if info.kind is not SpeakerKind.UNKNOWN or info.name:
        return True
    head = info.role or bare(parts[-1].lower())
    if head.endswith("-year-old") and head[:1].isdigit():
        return True  # "said the 46-year-old": news names a person by age
    if head.endswith("%") or head == "percent" or " in " in info.span.text:
        return True  # "42% say", "three in five said": a poll's share of those asked
    if head in w.not_speakers or not head[:1].isalpha():
        return False  # "the lead", "the fighting", "000"
    if len(parts) == 2 and bare(parts[0].lower()) == "those" and head in _ASKED:
        return True  # "those surveyed said": the people asked, not a verb form
    if head.endswith(("ed", "ing")) and head not in w.roles:
        return False  # "retired", "worked", "the shooting": a verb form or an event
    return not any(p.lower() in ("himself", "herself", "itself", "themselves") for p in parts)


# Where a document is put out: "on the MSF website" names MSF as its issuer.
_OUTLETS = word_set("website site page account feed channel blog")


def outlet_owner(text: str, tokens: Sequence[Token], a: int, last: int) -> TextSpan | None:
    """The owner named before an outlet word: "the MSF website", "the Ministry of
    Information's website" -> MSF, Ministry of Information; None without one."""
    # "the MSF website criticising ...": the phrase ends at the outlet word
    b = next((i for i in range(a, min(last + 1, a + 8)) if bare(tokens[i].lower) in _OUTLETS), -1)
    if b < 0:
        return None
    names = [i for i in range(a, b) if _cap(tokens[i]) or tokens[i].lower in ("of", "for")]
    while names and not _cap(tokens[names[0]]):
        names.pop(0)
    if not names:
        return None  # "on its website": the pronoun's body is found another way
    s, e = names[0], names[-1]
    return TextSpan(bare(text[tokens[s].start : tokens[e].end]), tokens[s].start, tokens[e].end)


# Word lists the shapes module reads too.
ISSUED = _ISSUED
PREPOSITIONS = _PREPOSITIONS


def cap(tok: Token) -> bool:
    """Capitalised, or a name with a lower-case particle glued on (for the shapes module)."""
    return _cap(tok)


def particle(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a name particle between two parts of a name (for the shapes module)."""
    return _particle(tokens, k)
