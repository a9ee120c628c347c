"""Speaker mentions: telling what the noun phrase next to a cue is.

``describe`` classifies a phrase: pronoun, person with or without a name, body, document (with
its issuer), or unnamed source; ``can_speak`` rejects phrases that name no one. The phrase is
found by phrases.py; resolution to entities is in speakers.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from attribcmp.attribute.cues import Token, tokenize
from attribcmp.attribute.phrases import (
    NUMBERED_UNITS,
    abbreviation_dot,
    is_speaker_head,
    np_after,
    np_before,
)
from attribcmp.attribute.speaker_words import (
    ISSUED,
    PARTICLES,
    PREPOSITIONS,
    Words,
    bare,
    cap,
    particle,
    plural_possessive,
    wordlike,
    words,
)
from attribcmp.data import word_set
from attribcmp.model import SpeakerKind, TextSpan

# The phrase scan and the word lists live in phrases.py and speaker_words.py; the attribution
# modules import them from here with the mention readers.
__all__ = [
    "COUNT_NOUNS",
    "ISSUED",
    "PREPOSITIONS",
    "MentionInfo",
    "Words",
    "abbreviation_dot",
    "bare",
    "can_speak",
    "cap",
    "describe",
    "describe_text",
    "is_firm",
    "is_speaker_head",
    "np_after",
    "np_before",
    "outlet_owner",
    "particle",
    "titled_name_of",
    "words",
]

# Prepositions that never open a speaker phrase: a phrase starting with one is a misread.
_NO_SPEAKER_OPENS = word_set(
    "over despite amid amidst during against without upon via unlike in by"
)
# A live blog's or a section's label, read as a headline's "Name: words" ("The Latest: ...").
_LABELS = frozenset(("the latest", "latest", "breaking news", "update", "full text", "abstract"))
_PARTITIVES = word_set("one some many most several two three four five each all none few")
# Counting nouns after "a" ("a number of readers", "a handful of senators"): the plural after
# their "of" names who speaks, the count how many (subjects.py reads them as heads too).
COUNT_NOUNS = word_set("number handful couple host dozen")
_POSTMODIFIERS = word_set("familiar close involved knowledgeable briefed privy")


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
    if not cap(tok):
        return False
    w = words()
    low = bare(tok.lower)
    # (membership word list by word list: a union would build a new set on every call)
    if low in w.anonymous or low in w.groups or low in w.forces:
        return False
    if low.endswith("s") and low[:-1] in w.roles:
        return False  # "Envoys from the UN and the AU": a plural role, people like "officials"
    return low not in ("people", "officials")


# "in"/"at" after a capitalised word and before another: the place a named body sits in.
_WHERE = frozenset(("in", "at"))


def _core_end(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where the core phrase ends: before a preposition that follows a common noun."""
    for k in range(first + 1, last + 1):
        low = tokens[k].lower
        if low == "(" and tokens[last].text == ")":
            return k - 1  # "A senior diplomat (Jendayi Frazer)": the name is an apposition
        # "the Thai Embassy in Phnom Penh": where a body sits is not its name
        if low in _WHERE and k < last and cap(tokens[k - 1]) and cap(tokens[k + 1]):
            return k - 1
        if (low in PREPOSITIONS or low in ISSUED) and not _named(tokens[k - 1]):
            if low == "in" and k < last and _count(tokens[k - 1]) and _count(tokens[k + 1]):
                continue  # "about 4 in 10": a poll's share, not a place
            if _name_goes_on(tokens, first, k):
                continue  # "The Alliance to Reclaim Our Schools": one body's name
            if k - 1 > first and _participle(tokens[k - 1]):
                return k - 2  # "the formation led by X", "groups opposed to Y": the noun speaks
            if k - 1 > first and tokens[k - 1].lower in _PLACE_ADVERBS and low in ("of", "from"):
                return k - 2  # "villagers downstream of the dam": the villagers speak
            if (
                k - 1 > first
                and _present_participle(tokens[k - 1])
                and tokens[k - 2].lower not in words().determiners
            ):
                return k - 2  # "families waiting at the gate": the families speak
            return k - 1
    return last


def _count(tok: Token) -> bool:
    """A number, in digits or words ("4", "ten")."""
    return tok.text[:1].isdigit() or tok.lower in _COUNT_WORDS


_COUNT_WORDS = word_set("one two three four five six seven eight nine ten")
_PARTICIPLES = word_set("led run held")
# Adverbs of place that take "of"/"from" after a noun ("downstream of", "north of"): where the
# people are, no part of who they are.
_PLACE_ADVERBS = word_set(
    "downstream upstream north south east west northeast northwest southeast southwest"
)


def _present_participle(tok: Token) -> bool:
    """A lower-case -ing participle opening a post-modifier ("waiting", "living")."""
    low = tok.lower
    return tok.text.isalpha() and tok.text.islower() and len(low) > 5 and low.endswith("ing")


def _participle(tok: Token) -> bool:
    """A lower-case past participle opening a post-modifier ("led", "backed", "opposed")."""
    low = tok.lower
    return tok.text.islower() and (low in _PARTICIPLES or len(low) > 4 and low.endswith("ed"))


def _name_goes_on(tokens: Sequence[Token], first: int, k: int) -> bool:
    """A preposition inside a capitalised name: "the Alliance to Reclaim Our Schools", "the
    Committee to Protect Journalists" (not "Peacekeepers of the U.N. mission", which opens the
    sentence with a common noun)."""
    return (
        k - 1 > first
        and cap(tokens[k - 1])
        and tokens[k].lower in ("to", "for", "of", "on")
        and k + 1 < len(tokens)
        and cap(tokens[k + 1])
    )


def _role_plural(low: str, roles: frozenset[str]) -> bool:
    """'prosecutors', 'attorneys', 'spokesmen': the plural of a role word."""
    if low.endswith("men"):
        return low[:-3] + "man" in roles
    return low.endswith("s") and low[:-1] in roles


# A name written as its web address ("Snopes.com", "FactCheck.org"): the site, a body.
_WEB_ENDING = re.compile(r"\.(?:com|org|net)\b")


def web_site(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is written as a web address ("Snopes.com")."""
    return _WEB_ENDING.match(text, end) is not None


def _bracketed_name(tokens: Sequence[Token], first: int, last: int) -> list[Token]:
    """The capitalised words between "(" and ``last`` (the token before ")"), past the titles
    that lead them; none unless every word is capitalised and at least two remain."""
    k = last
    while k > first and tokens[k].text != "(":
        k -= 1
    if tokens[k].text != "(":
        return []
    run = [t for t in tokens[k + 1 : last + 1] if t.text != "."]
    if not all(cap(t) for t in run):
        return []
    titles = words().titles
    while len(run) > 2 and bare(run[0].lower) in titles:
        run = run[1:]
    return run if len(run) >= 2 else []


def _name_tokens(tokens: Sequence[Token], first: int, last: int) -> list[Token]:
    """The trailing run of capitalised non-title tokens: the person's or body's own name."""
    w = words()
    run: list[Token] = []
    for k in range(last, first - 1, -1):
        tok = tokens[k]
        if tok.text == "." or (run and plural_possessive(tokens, k)):
            continue  # "Lloyd J. Austin", "Dock Workers' Union"
        if not run and bare(tok.lower) in w.weekdays:
            continue  # "David Morrison Monday confirmed": the day is no part of the name
        if run and len(run) >= 2 and bare(tok.lower) != tok.lower:
            break  # "Amnesty's Conor Fortune": the owner is no part of the person's name
        if cap(tok) and bare(tok.lower) not in w.titles:
            run.append(tok)
        elif tok.lower == "and" and run and k > first and cap(tokens[k - 1]):
            run.append(tok)  # "Jihad and Tawheed Brigades": one name
        elif (
            run
            and particle(tokens, k)
            and k > first
            and (cap(tokens[k - 1]) or tokens[k - 1].lower in PARTICLES)
        ):
            run.append(tok)  # "Osama bin Laden", "Ruud van der Berg"
        elif cap(tok) and not run:
            continue
        else:
            break
    run.reverse()
    while len(run) > 2 and bare(run[0].lower) in w.portfolios:
        run = run[1:]  # "Minister of Information Paul Waswa": the portfolio is the title's
    return run


def titled_name_of(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a person's name ends before "of the Body" or "of Town": in "Chairman Piet Okon of
    the Doctors Association" and "John Smith of Springfield" the person speaks, so the core is
    the name; "Secretary of State John Kerry" (a title's own "of") and "Bank of America" (a body)
    are left whole."""
    w = words()
    if not cap(tokens[first]) or tokens[first].lower in w.determiners:
        return last
    titles_roles, bodies = _titled_words()
    titled = bare(tokens[first].lower) in titles_roles
    of = next((k for k in range(first + 1, last) if tokens[k].lower == "of"), None)
    if of is None or of == first + 1 and titled:
        return last
    if bare(tokens[of - 1].lower) in titles_roles:
        return last  # "U.S. Assistant Secretary of State Robert Blake": the title's own "of"
    between = tokens[first + 1 : of] if titled else tokens[first:of]
    names = [t for t in between if t.text != "." and bare(t.lower) not in w.titles]
    if (
        len(names) >= (1 if titled else 2)  # one untitled word is a body's ("Gulf of Aden")
        and all(cap(t) or t.text == "." for t in between)
        and not any(bare(t.lower) in bodies for t in between)
    ):
        return of - 1
    return last


# Heads of a place's own name: "Democratic Republic of Congo" is no person before "of".
_PLACE_HEADS = word_set("republic kingdom states emirates islands gulf bay sea")


@cache
def _common_heads() -> frozenset[str]:
    """The words that make a lone capitalised opener a common noun ("Residents said"), joined
    once rather than on every mention described."""
    w = words()
    return w.anonymous | w.roles | w.groups | w.forces


@cache
def _titled_words() -> tuple[frozenset[str], frozenset[str]]:
    """(titles and roles, the heads of a body or a place) for titled_name_of, joined once
    rather than on every mention described."""
    w = words()
    return w.titles | w.roles, w.organisations | w.forces | _PLACE_HEADS


def _org_name(text: str, tokens: Sequence[Token], first: int, last: int) -> str:
    """A body's name is its whole capitalised run: "The National Refining Company" -> the
    "National Refining Company" (titles like "National" stay, unlike in a person's name)."""
    k = last
    while k >= first and (
        cap(tokens[k])
        or tokens[k].text == "."
        or plural_possessive(tokens, k)
        # "Department of Homeland Security", "Ministry for Foreign Affairs"
        or (
            tokens[k].lower in ("of", "for", "and", "on", "to") and k > first and cap(tokens[k - 1])
        )
        # "Movement for the Emancipation of the Niger Delta", "Organization for the
        # Prohibition of Chemical Weapons": "the" after a joiner inside the name
        or (
            tokens[k].lower == "the"
            and k > first + 1
            and tokens[k - 1].lower in ("of", "for", "on", "to")
            and cap(tokens[k - 2])
        )
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


# Verbs that show a name ending in 's is the whole name ("Moody's said"), not an owner.
_AFTER_NAME = frozenset({"said", "says", "say", "told", "tells", "wrote", "spoke", "thinks"})


def _verb_follows(tokens: Sequence[Token], k: int) -> bool:
    """A reporting verb at token k: "McDonald's said" keeps its 's."""
    if k >= len(tokens):
        return False
    low = tokens[k].lower
    return low in _AFTER_NAME or (low.endswith("ed") and tokens[k].text.islower())


# Quantifiers that stand alone for unnamed people ("Some say", "Others argue").
_UNNAMED_SOME = word_set("some many others several most few both another")


def describe(text: str, tokens: Sequence[Token], first: int, last: int) -> MentionInfo:
    """Classify the noun phrase ``tokens[first..last]``."""
    w = words()
    while last > first and bare(tokens[last].lower) in w.weekdays:
        if tokens[first].lower.endswith("ing"):
            break  # "Speaking Tuesday": no one at all (can_speak says so)
        last -= 1  # "A Pentagon statement Saturday said": the day is when, not who
    while last > first and tokens[last].text in w.relative_pronouns:
        last -= 1  # "The lawyer who ran three marathons": the relative clause is not the name
    end = tokens[last].end
    if (
        last > first
        and tokens[last].text.endswith(("’s", "'s"))
        and len(tokens[last].text) > 2
        and not _verb_follows(tokens, last + 1)
    ):
        end -= 2  # "the ministry's claim that ...": the owner of the claim is the speaker
    span = TextSpan(text[tokens[first].start : end], tokens[first].start, end)
    low = tokens[first].lower
    # "WHO: Ebola outbreak underestimated": a word in capitals is an acronym, not a pronoun
    acronym = len(tokens[first].text) > 1 and tokens[first].text.isupper()
    if first == last and not acronym and (low in w.pronouns or low in w.relative_pronouns):
        if low in w.person_pronouns:
            return MentionInfo(span, SpeakerKind.PERSON, "", False, pronoun=low)
        if low in w.plural_pronouns:
            return MentionInfo(span, SpeakerKind.UNKNOWN, "", False, pronoun=low, plural=True)
        return MentionInfo(span, SpeakerKind.ORGANISATION, "", False, pronoun=low)
    if first == last and low in _UNNAMED_SOME:
        # "Some accused him of ...", "Many say ...": unnamed people, not a name
        return MentionInfo(span, SpeakerKind.SOURCE, "", True, plural=True, role=low)
    core_first = first
    if first + 2 <= last and tokens[first + 1].lower == "of" and tokens[first].lower in _PARTITIVES:
        core_first = first + 2  # "one of Mr. Obama's advisers": the advisers say what one says
    elif (
        first + 3 <= last
        and tokens[first + 2].lower == "of"
        and tokens[first + 1].lower in COUNT_NOUNS
        and tokens[first].lower in ("a", "an")
    ):
        core_first = first + 3  # "a number of attendees": the attendees speak
    core_last = titled_name_of(tokens, core_first, _core_end(tokens, core_first, last))
    comma = next((k for k in range(core_last, core_first, -1) if tokens[k].text == ","), None)
    if comma is not None and comma < core_last:
        # "The owner, Rafiq Anwar of Sunline Apparel": the apposed name is the person's, as
        # "John Smith of Springfield" is when it opens the phrase; the body is where he is from.
        core_last = titled_name_of(tokens, comma + 1, core_last)
    if core_last > first and tokens[core_last].lower in _POSTMODIFIERS:
        core_last -= 1  # "people familiar with the matter": the people speak
    if (
        core_last > first
        and tokens[core_last].lower in ISSUED
        and bare(tokens[core_last - 1].lower) in w.documents
    ):
        core_last -= 1  # "figures given by the Red Cross": the figures, issued by the Red Cross
    numbered = (  # "Task Force 76": the unit noun is the head, the number part of the name
        core_last > first
        and tokens[core_last].text.isdigit()
        and bare(tokens[core_last - 1].lower) in NUMBERED_UNITS
    )
    core_last -= numbered
    head = tokens[core_last]
    head_low = bare(head.lower)
    definite = tokens[first].lower in ("the", "this", "that")
    head_end = end if core_last == last else head.end
    core_span = TextSpan(text[tokens[first].start : head_end], tokens[first].start, head_end)
    if head_low in w.documents and not cap(head):
        issuer = None
        for k in range(core_last + 1, last):
            if tokens[k].lower in ("by", "from") and k + 1 <= last:
                end = _core_end(tokens, k + 1, last)
                for m in range(k + 2, end + 1):
                    if not cap(tokens[m]) and tokens[m].lower.endswith("ed"):
                        end = m - 1  # "a statement from the group received by ...": the group
                        break
                issuer = TextSpan(
                    text[tokens[k + 1].start : tokens[end].end],
                    tokens[k + 1].start,
                    tokens[end].end,
                )
                break
            if tokens[k].lower in ("to", "on") and tokens[k - 1].lower in ISSUED:
                issuer = outlet_owner(text, tokens, k + 1, last)  # "posted to X's website"
                if issuer is not None:
                    break
        if issuer is None and first < core_last and tokens[first].text.endswith(("’s", "'s")):
            issuer = TextSpan(bare(tokens[first].text), tokens[first].start, tokens[first].end - 2)
        caps = [k for k in range(first, core_last) if cap(tokens[k]) and wordlike(tokens[k])]
        caps = [k for k in caps if tokens[k].lower not in w.determiners]
        if issuer is None and caps and caps == list(range(caps[0], core_last)):
            # "A Pentagon statement", "the Kremlin readout": the name before it issued it
            a, b = tokens[caps[0]], tokens[core_last - 1]
            end = b.end - 2 if b.text.endswith(("’s", "'s")) else b.end  # "The AP’s report": AP
            issuer = TextSpan(text[a.start : end], a.start, end)
        return MentionInfo(span, SpeakerKind.DOCUMENT, "", False, definite=definite, issuer=issuer)
    name = _name_tokens(tokens, first, core_last)
    # "A senior diplomat (Jendayi Frazer)": a name in parentheses closes the phrase like one
    # after a comma.
    name_end = last - 1 if tokens[last].text == ")" and last - 1 > core_last else last
    if not name and core_last < name_end < last and cap(tokens[name_end]):
        # "The group's leader (Sheikh Omar Sheikh Ali)": the brackets hold the name whole, a
        # title word inside it too; only titles leading it are the title's
        name = _bracketed_name(tokens, core_last + 1, name_end)
    if not name and core_last < name_end and cap(tokens[name_end]):
        # "the spokeswoman for the ministry, Maria Zakharova": the name closes the phrase.
        end_name = _name_tokens(tokens, core_last + 1, name_end)
        if end_name:
            k = next((i for i in range(first, last + 1) if tokens[i] is end_name[0]), 0) - 1
            while k > first and (tokens[k].text == "." or bare(tokens[k].lower) in w.titles):
                k -= 1  # "the spokesman for the army, Col. Ben Ode": over the rank
            if k >= first and tokens[k].text == ("(" if name_end < last else ","):
                name = end_name
    if (
        name
        and len(name) == 1
        and name[0] is tokens[first]
        and first == 0
        and (
            bare(name[0].lower) in _common_heads()
            # "Environmentalists accuse ...": a plural in -ists is people, not a surname
            or name[0].lower.endswith("ists")
        )
    ):
        name = []  # "Residents said": a capitalised common noun opening the sentence
    name_text = text[name[0].start : name[-1].end] if name else ""
    # ("Residents said", "Environmentalists accuse": capitalised only as the sentence's first)
    common_head = not cap(head) or (not name and core_last == first == 0)
    plural = head_low.endswith("s") and common_head and head_low not in ("news", "press")
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
    body_words = (t for t in phrase if cap(t)) if cap(head) else iter(name)
    firm = bool(name) and is_firm(name_text)
    if not titled and (
        firm
        or (bool(name) and _body_apposed(tokens, first, name[0]))
        or head_low in w.organisations
        or (head_low in w.forces and not (cap(head) and name))  # "NATO-led troops"
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
    if name and web_site(text, name[-1].end):
        # "according to Snopes.com": a web site is a body, "it" and never "he"
        return MentionInfo(span, SpeakerKind.ORGANISATION, name_text, False)
    if name:
        # "Prosecutors said ...", "Leaders of striking workers said": a role's plural opening
        # the sentence is people ("they"), never one person a later "her lawyer" belongs to
        plural_role = (
            len(name) == 1 and name[0] is tokens[first] and _role_plural(head_low, w.roles)
        )
        return MentionInfo(
            span,
            SpeakerKind.PERSON,
            name_text,
            False,
            plural=plural_role,
            role=head_low if head_low in w.roles else "",
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
            not _mission_of(tokens, first, core_last)
            and not _research_at(tokens, core_last, last)
            and not _both_parties(tokens, core_last, last),
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


_MISSION_HEADS = frozenset(("observer", "observers", "monitor", "monitors"))


def _mission_of(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "African Union observers", "OSCE monitors": a named body's mission speaks on record, as
    the body does (a name of two capitalised words or an acronym; "foreign observers" and
    "Russian monitors" stay unnamed sources)."""
    if tokens[last].lower not in _MISSION_HEADS:
        return False
    caps = [t for t in tokens[first:last] if t.text[:1].isupper()]
    return len(caps) >= 2 or any(len(t.text) > 1 and t.text.isupper() for t in caps)


# People whose firm publishes what they say under its name ("analysts at Berenberg" wrote a
# note): named by the firm, they are on record, unlike "officials at the ministry".
_RESEARCH_HEADS = frozenset(
    ("analyst", "analysts", "economist", "economists", "strategist", "strategists")
)


def _research_at(tokens: Sequence[Token], head: int, last: int) -> bool:
    """ "Analysts at Berenberg", "economists with Capital Economics": a named firm's research."""
    if bare(tokens[head].lower) not in _RESEARCH_HEADS or head + 2 > last:
        return False
    return tokens[head + 1].lower in ("at", "with", "from") and cap(tokens[head + 2])


# The parties "both" or "the two" name when the source speaks for both: "officials from both
# countries", "sources on both sides" ("officials from both the army and the police" or "in the
# two ministries" is one side's sourcing, still anonymous).
_PARTY_NOUNS = frozenset(
    ("sides", "countries", "parties", "governments", "nations", "camps", "delegations", "states")
)

# Words of an explicit request for anonymity: "who spoke on condition of anonymity".
_ANONYMITY_WORDS = frozenset(("anonymity", "anonymously", "unnamed"))


def _both_parties(tokens: Sequence[Token], head: int, last: int) -> bool:
    """ "officials from both countries", "sources on both sides": what the two parties say
    together, a joint attribution rather than one party's sourcing kept anonymous."""
    if head + 3 > last or tokens[head + 1].lower not in ("from", "of", "on", "in"):
        return False
    if any(t.lower in _ANONYMITY_WORDS for t in tokens):
        return False
    both = tokens[head + 2].lower == "both"
    two = head + 4 <= last and tokens[head + 2].lower == "the" and tokens[head + 3].lower == "two"
    if not (both or two):
        return False
    return tokens[head + (3 if both else 4)].lower in _PARTY_NOUNS


# Words that make the phrase before a comma a role's complement ("the spokesman for the ministry,
# Maria Zakharova" is a person), not a body's own kind.
_COMPLEMENT_WORDS = frozenset(("for", "of", "at", "with", "to", "from", "in", "on", "by"))


def _body_apposed(tokens: Sequence[Token], first: int, name_first: Token) -> bool:
    """ "The employers' association, Deltalinqs": a body's kind noun, then a comma and the name,
    makes the name a body's (the kind is the phrase's own head, no preposition before it)."""
    k = next((i for i in range(first, len(tokens)) if tokens[i] is name_first), first) - 1
    if k - 1 < first or tokens[k].text != "," or cap(tokens[k - 1]):
        return False
    if any(t.lower in _COMPLEMENT_WORDS for t in tokens[first : k - 1]):
        return False
    return bare(tokens[k - 1].lower) in words().organisations


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
    if _feeling_only(parts):
        return False  # "Hope was voiced that C", "Concern has been expressed": a feeling
    if info.span.text.lower().strip(" :") in _LABELS:
        return False  # "The Latest: Trump urges ...": a live blog's label
    if (
        first.islower()
        and first.endswith("ing")
        and len(first) > 4
        and first not in w.roles
        and not _ing_modifier(parts, info)
    ):
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
    if head in _CAMPS and _held(parts):
        return True  # "Odinga's camp", "the Clinton camp": a leader's camp speaks, a place not
    if head in w.not_speakers or not head[:1].isalpha():
        return False  # "the lead", "the fighting", "000"
    if len(parts) == 2 and bare(parts[0].lower()) == "those" and head in _ASKED:
        return True  # "those surveyed said": the people asked, not a verb form
    if head.endswith(("ed", "ing")) and head not in w.roles:
        # "A court document filed Thursday says", "hacking specialists clamoring": a noun that
        # can speak, then a participle that modifies it; else a verb form or an event.
        return len(parts) > 1 and _speaking_noun(parts[-2], w)
    return not any(p.lower() in ("himself", "herself", "itself", "themselves") for p in parts)


_CAMPS = frozenset(("camp", "camps"))


def _held(parts: Sequence[str]) -> bool:
    """A camp with a holder right before it: a possessive name ("Odinga's camp") or a name as
    its modifier ("the Clinton camp"); "a hillside camp", "The camp" have none."""
    if len(parts) < 2:
        return False
    before = parts[-2]
    if before.endswith(("'s", "’s")):
        return before[:1].isupper()
    return before[:1].isupper() and (len(parts) > 2 or before.lower() not in ("the", "a", "an"))


def _ing_modifier(parts: Sequence[str], info: MentionInfo) -> bool:
    """ "hacking specialists", "leading economists", "voting rights advocates", "fundraising
    documents": an -ing word before a plural noun of people, or before a document, modifies
    it; the phrase is short and has no preposition or article, which a participle clause would
    ("echoing earlier dismissals of reports"), and a person's head names people, not things
    ("rising costs")."""
    if not 2 <= len(parts) <= 3:
        return False
    if any(not p.isalpha() or p.lower() in _CLAUSE_WORDS for p in parts[1:]):
        return False
    if info.kind is SpeakerKind.DOCUMENT:
        return True  # "fundraising documents show", "polling data suggest": a kind of record
    if not info.role or not parts[-1].endswith("s"):
        return False
    if info.kind is not SpeakerKind.UNKNOWN:
        return True  # "leading economists", "ruling party officials": people by their role
    head = parts[-1].lower()
    # "hacking specialists", "polling analysts", "striking physicians"; "rising costs" is none
    return head[:-1] in words().roles or head.endswith(("ists", "ians"))


# Words that make a phrase after an -ing word a participle's object, not a noun phrase.
_CLAUSE_WORDS = word_set("of to for in on at the a an his her their its our with from by")


# Feelings that are "expressed" or "voiced" in the passive ("Hope was expressed that C"): the
# subject names what was felt, never who felt it; "the concern" (a firm) keeps its article.
_FEELINGS = word_set(
    """hope hopes concern concerns fear fears optimism pessimism regret satisfaction doubt doubts
    confidence anger frustration"""
)
_FEELING_MEASURES = word_set("some much little growing great deep widespread no")


def _feeling_only(parts: Sequence[str]) -> bool:
    """A bare feeling noun, with at most a measure word before it ("Some hope")."""
    low = [bare(p.lower()).strip(",") for p in parts]
    return len(low) <= 2 and low[-1] in _FEELINGS and all(p in _FEELING_MEASURES for p in low[:-1])


def _speaking_noun(word: str, w: Words) -> bool:
    """A document, role, organisation or body noun, a plural noun or a name."""
    low = bare(word.lower()).strip(",")
    if low in w.not_speakers or low in w.determiners or not low.isalpha():
        return False  # "The retired": a determiner, not a noun
    if low in w.documents or low in w.roles or low in w.anonymous or low in w.organisations:
        return True
    return word[:1].isupper() or low.endswith("s") and not low.endswith(("ss", "us", "is"))


# Where a document is put out: "on the MSF website" names MSF as its issuer.
_OUTLETS = word_set("website site page account feed channel blog")


def outlet_owner(text: str, tokens: Sequence[Token], a: int, last: int) -> TextSpan | None:
    """The owner named before an outlet word: "the MSF website", "the Ministry of
    Information's website" -> MSF, Ministry of Information; None without one."""
    # "the MSF website criticising ...": the phrase ends at the outlet word
    b = next((i for i in range(a, min(last + 1, a + 8)) if bare(tokens[i].lower) in _OUTLETS), -1)
    if b < 0:
        return None
    names = [i for i in range(a, b) if cap(tokens[i]) or tokens[i].lower in ("of", "for")]
    while names and not cap(tokens[names[0]]):
        names.pop(0)
    if not names:
        return None  # "on its website": the pronoun's body is found another way
    s, e = names[0], names[-1]
    return TextSpan(bare(text[tokens[s].start : tokens[e].end]), tokens[s].start, tokens[e].end)
