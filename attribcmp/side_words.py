"""Word tables and phrase readers for the context rules of side_context.py: the offices of a
state, spokespeople, ranks, civilians, local authorities, and the body phrases a speaker's
mentions name."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache

from attribcmp.affiliation import speaks_for
from attribcmp.attribute.mentions import words
from attribcmp.attribute.speaker_words import origin_modifier
from attribcmp.data import word_set
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Speaker
from attribcmp.side_names import bare_name, body_phrase, is_proper, speaker_texts

# Local authorities ("district officials", "the village elders"): they join the local side.
LOCAL_WORDS = LazyPattern(
    r"(?i)\b(?:local|regional|provincial|district|municipal|county|village|tribal)\b"
    r"(?:\s+[\w-]+){0,2}?\s+(?:officials?|authorit(?:y|ies)|administration|government|"
    r"council|chief|governor|police|leaders?|elders?)\b"
    # "the governor of Helmand, Gulab Mangal": a province's or a city's head
    r"|\b(?:governor|mayor)\s+of\s+(?:the\s+)?[A-Z]"
)


def name_initials(speakers: Sequence[Speaker]) -> dict[str, str]:
    """ "AP" quoted beside "the Associated Press": a speaker named by the initials of another
    speaker's proper name is that body, even where the text never defines the acronym."""
    # (also an acronym inside a phrase: "An EPA official" beside "the Environmental Protection
    # Agency" speaks for the agency, as "EPA" alone would)
    short = {
        word.lower()
        for sp in speakers
        for word in bare_name(sp.name).split()[:4]
        if 2 <= len(word) <= 5 and word.isalpha() and word.isupper()
    }
    out: dict[str, str] = {}
    if not short:
        return out
    for sp in speakers:
        name = bare_name(sp.name)
        parts = name.split()
        if len(parts) < 2 or not is_proper(name):
            continue
        initials = "".join(p[0] for p in parts if p[:1].isupper()).lower()
        if initials in short:
            out.setdefault(initials, name)
            out.setdefault(name.lower(), name)
    return out


def definite_one(name: str) -> bool:
    """ "the unnamed spokesman": one source already introduced, who may be traced back."""
    low = name.lower()
    return low.startswith(("the ", "this ")) and not low.endswith("s")


def owner_name(fuller: str) -> str | None:
    """The capitalised name inside a body phrase, not at its start ("the Seleka rebel
    coalition" -> "Seleka"); None when there is none or it opens a sentence."""
    tokens = fuller.split()
    run: list[str] = []
    for tok in tokens[1:-1]:
        if origin_modifier().search(tok):
            # "the U.S.-based group": where the body sits, never its name
            if run:
                break
            continue
        if tok[:1].isupper() and tok.lower() not in ("the", "a", "an") and not tok.endswith("."):
            run.append(tok)
        elif run:
            break
    if not run and len(tokens) > 1 and tokens[0][:1].isupper() and tokens[0].lower() != "the":
        return None  # "Rebels said": a capital opening the sentence, not a name
    opens = len(tokens) > 2 and tokens[0][:1].isupper() and tokens[0].lower() not in _openers()
    if run and opens and tokens[1] == run[0]:
        run.insert(0, tokens[0])  # "Sky News program": the name opens the phrase
    if run and len(tokens) > 2 and tokens[-1][:1].isupper() and tokens[-2] == run[-1]:
        # "the Government Development Bank": a capitalised head is part of the name, so the
        # side is the bank's own, not a second one named "Government Development"
        run.append(tokens[-1])
    return " ".join(run) or None


# Offices of a state: with no country named, they belong to the country of the article.
STATE_TITLE = LazyPattern(
    r"(?i)\b(?:president|prime minister|premier|chancellor|minister|ministry|government|"
    r"cabinet|presidency|parliament"
    # "National police director X": a nation's police naming no nation is the story's state's
    r"|national\s+police"
    # "State media claim ...": state-run media voice the state, as its offices do
    # ("State broadcaster CCTV", "the state newspaper": a named outlet the story calls the state's)
    r"|state(?:-run|-owned|-controlled)?\s+(?:media|television|tv|radio|news\s+agency|press|"
    r"broadcaster|newspaper))\b"
)


# "former Foreign Minister X", "ex-premier X": who once held an office no longer speaks for
# the state (an opposition candidate is often a former minister)
_FORMER_BEFORE = LazyPattern(r"(?i)\b(?:former|ex-)\s*(?:[A-Z][\w.-]*\s+){0,2}$")


def holds_state_office(text: str) -> bool:
    """A state office in the text ("Interior Minister X") that is not a former one."""
    return any(
        not _FORMER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for m in STATE_TITLE.finditer(text)
    )


# A government's offices named without their country ("the Interior Ministry", "Ministry of
# Information"): with no dateline, the country the story is about.
MINISTRIES = frozenset(("ministry", "government", "cabinet", "presidency", "administration"))
OFFICE_OF = LazyPattern(r"(?i)^(?:the\s+)?ministry\s+(?:of|for)\s")
# A state's cabinet by a name that holds no country ("Council of Ministers spokesman Phay
# Siphan", "the Prime Minister's Office"): the government speaking, like "the cabinet".
CABINET_NAME = LazyPattern(
    r"(?i)^(?:the\s+)?(?:council\s+of\s+ministers|prime\s+minister['’]s\s+office|"
    r"president['’]s\s+office|presidential\s+palace|office\s+of\s+the\s+(?:president|prime\s+minister))$"
)
# "President Kabila", "Prime Minister Hun Sen" read as the body someone speaks for: a state
# title and a name, a person of the state, not a body with a column of its own.
TITLED_PERSON = LazyPattern(
    r"^(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|"
    r"Vice\s+President)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$"
)


# Armed forces and defence officials naming no country ("The military says", "Defense
# officials confirm"): like a state office, the dateline's country or the one the story is about
# ("military sources" stay unnamed: sources are no office).
STATE_FORCE = LazyPattern(r"(?i)\b(?:military|army|navy|defen[cs]e|police)\b")
FORCES_NAMING_NO_COUNTRY = LazyPattern(
    r"(?i)^(?:the\s+)?(?:military|army|armed forces|(?:defen[cs]e|military|army)\s+officials)$"
)


# Ordinary people described by their trade or lot: in a conflict story they join the civilians
# already quoted as a group, not a side of their own ("a pig farmer" with "the villagers").
CIVILIANS = word_set(
    """farmer farmers resident residents villager villagers shopkeeper trader teacher student
    mother father widow survivor witness fisherman herder elder refugee parent labourer laborer
    vendor driver"""
)
# Offices a person holds, elected or appointed: "the president, whose father founded the
# party" speaks from the office, not as a relative of those hit (side_context._civilian).
OFFICES = word_set(
    """president vice-president minister premier chancellor governor mayor senator congressman
    congresswoman lawmaker legislator mp councillor councilor ambassador envoy commander general
    colonel officer official officials spokesman spokeswoman spokesperson secretary chairman
    chairwoman director chief commissioner prosecutor judge king queen emir sheikh"""
)
# People quoted for their judgement, not for a party ("analysts say", "many observers fear"): an
# unnamed commentator is no party's anonymous sourcing, so it goes to "Other speakers", not to
# "Unnamed sources" (which means a party's officials or sources kept anonymous).
COMMENTATORS = word_set(
    """analyst analysts observer observers expert experts commentator commentators economist
    economists strategist strategists scholar scholars academic academics historian historians
    researcher researchers scientist scientists pollster pollsters"""
)
# A military rank before a name: an officer naming no army speaks for the armed forces quoted
# nearest in the text.
RANK = LazyPattern(
    r"(?:\b(?:General|Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Major|Maj\.|Captain|Capt\.|"
    r"Sergeant|Sgt\.|Brigadier|Brig\.|Admiral|Adm\.|Commander|Cmdr\.)\s)"
)
# A name or phrase of armed or political opponents of a state ("the rebel troops", "Lord's
# Resistance Army", "Free Syrian Army"): an army spokesman or officer never speaks for them.
NON_STATE_FORCE = LazyPattern(
    r"(?i:\b(?:rebels?|insurgents?|militants?|guerrillas?|separatists?|militias?|"
    r"mutineers?|jihadists?)\b)|\b(?:Liberation|Resistance|Revolutionary|Free)\b"
)
# An organisation called this is an armed force, remembered by position for the ranks above.
MILITARY = LazyPattern(r"(?i)\b(?:military|army|armed forces|troops|navy|air force|soldiers)\b")
# A spokesperson speaks for a body; one placed on a side lends it to "the spokesman" later.
SPOKES = LazyPattern(r"(?i)\bspokes(?:man|woman|person)\b")


def body_phrases(
    speaker: Speaker, acronym: Mapping[str, str] | None = None, extra: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """(body phrase, the text it was read from) for a speaker: whom its mentions (and
    ``extra`` appositions) say it speaks for, then the body it is itself."""
    out: list[tuple[str, str]] = []
    for text in (*speaker_texts(speaker), *extra):
        phrase = speaks_for(text)
        if phrase is None and (named := _BRACKETED_TITLE.search(text)) is not None:
            # "International Association of Athletics Federations (IAAF) President X" reads as
            # "IAAF President X": the body named in full, then by its acronym before the title
            phrase = speaks_for(f"{named['acronym']} {named['rest']}")
        if phrase is not None and (phrase, text) not in out:
            out.append((phrase, text))
    body = body_phrase(speaker, acronym)
    if body is not None:
        out.append((body, speaker.name))
    name = bare_name(speaker.name)
    if len(name.split()) == 1 and name.lower() in words().forces:
        out.append((name, speaker.name))  # "Rebels": whose they are, from the article
    if speaker.anonymous and definite_one(speaker.name):
        out.append((bare_name(speaker.name), speaker.name))  # "the unnamed spokesman": trace it
    return out


# A body's acronym in brackets right before a capitalised title and name ("... Federations
# (IAAF) President Sebastian Coe"); anchored on the bracket, so one scan per text.
_BRACKETED_TITLE = LazyPattern(r"\((?P<acronym>[A-Z]{2,8})\)\s+(?P<rest>[A-Z][^()]{0,200})$")


# Words in a body's own name (capitalised) that make it a civic body, not a state's office.
CIVIC = LazyPattern(
    r"\b(?:Associations?|Unions?|Federation|Confederation|Society|Network|Forum|Foundation|"
    r"Trust|Chamber|League|Lawyers|Doctors|Journalists|Workers|Teachers|Bar|Church|Churches|"
    r"Labou?r Congress|Trade Unions? Congress)\b|\b(?:for|on) Human Rights\b"
)

# " of the Zimbabwe Doctors Association" right after a person's name: a capitalised body
# (joined by of/for/on/and), the one the person heads or speaks for.
OF_BODY = LazyPattern(
    # (a name never runs on past a paragraph's end: "[^\S\n]", not "\s", inside it)
    r"\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:[^\S\n]+(?:(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?|"
    r"and[^\S\n]+)?[A-Z][\w'’.-]*)*)"
)


# Armed groups named by what they do, in the singular a headline uses as an adjective
# ("DRC Rebel Group", "Sudan Rebels Say ..."): common words, however capitalised.
_ARMED_COMMON = word_set(
    "rebel rebels militant militants insurgent insurgents separatist separatists guerrilla "
    "guerrillas jihadist jihadists opposition"
)


@cache
def _openers() -> frozenset[str]:
    """Common words that open a body phrase without naming it, joined once, not per phrase."""
    w = words()
    return w.groups | w.forces | w.anonymous | w.sentence_openers | w.determiners


@cache
def _common_nouns() -> frozenset[str]:
    w = words()
    return w.kind_nouns | w.forces | w.groups | _ARMED_COMMON


def headline_description(phrase: str, is_place: Callable[[str], bool]) -> bool:
    """A place and common nouns in headline case ("DRC Rebel Group", "Sudan Rebels"): a
    description of who speaks, no body's name, so it opens no column of its own (the lede
    restates it in lower case: "a rebel group in eastern Congo")."""
    common = _common_nouns()
    parts = bare_name(phrase).split()
    if not any(p.lower() in common for p in parts):
        return False  # (a person's name holds no common noun: no place is looked up)
    rest = [p for p in parts if not is_place(p)]
    return len(rest) < len(parts) and bool(rest) and all(p.lower() in common for p in rest)
