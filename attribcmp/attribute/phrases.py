"""Speaker noun phrases next to a cue, found by a bounded token scan.

At most ``_MAX_NP`` tokens are scanned, so the cost per cue is constant. ``np_before`` reads the
subject before a cue ("the ministry said"), ``np_after`` the inverted one ("said the official");
what the phrase is (person, body, document, source) is told by mentions.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token
from attribcmp.attribute.speaker_words import (
    PREPOSITIONS,
    bare,
    cap,
    plural_possessive,
    wordlike,
    words,
)
from attribcmp.data import word_set

_MAX_NP = 14  # tokens; a speaker phrase longer than this is a clause, not a name
_BREAK = word_set(
    """that which who whom whose and but or because while when if as than so is was are were be
    been being has have had will would can could should may might must do does did not n't
    also what where why how whether although though since until unless after before said
    says told say"""
)
_ADVERBS = word_set("even but and also so yet then now still however only just perhaps")
# Endings of adverbs, adjectives and participles: such a word does not head a speaker phrase.
_NOT_NOUN = ("ly", "ed", "ing", "ive", "ful", "ous", "able", "ible", "ical", "ic", "less", "est")
_ABBREV_TITLES = word_set(
    """mr mrs ms dr gen sen rep gov lt col maj capt sgt adm cmdr prof rev st jr brig cpl pvt
    supt"""
)


def _breaks(tokens: Sequence[Token], i: int) -> bool:
    """A function word that ends a noun phrase; capitalised inside a sentence it is a name
    ("Theresa May", "Will Smith"), not the modal."""
    tok = tokens[i]
    if tok.lower not in _BREAK:
        return False
    # "WHO Director-General Tedros", "WHO officials": an all-capital word is an acronym even
    # where it opens the sentence
    acronym = len(tok.text) > 1 and tok.text.isupper()
    return not (i > 0 and cap(tok)) and not acronym


@lru_cache(maxsize=1 << 13)  # bounded small: one entry per distinct word stays to the end
def speaker_noun(b: str) -> bool:
    """A word (possessive dropped) naming who can speak, in the singular or plural: cached per
    distinct word (bounded), as every cue's subject look-back asks it of the words before it."""
    w = words()
    singular = b[:-1] if b.endswith("s") else b  # "advisers" -> one of a kind
    if b.endswith("ies") and len(b) > 4:
        singular = b[:-3] + "y"  # "parties", "ministries", "agencies": the -y noun's plural
    if b.endswith("men"):
        singular = b[:-3] + "man"  # "spokesmen", "congresswomen": the -man role's plural
    return any(
        x in w.anonymous
        or x in w.roles
        or x in w.organisations
        or x in w.documents
        or x in w.groups
        or x in w.forces
        for x in (b, singular)
    )


def is_speaker_head(tokens: Sequence[Token], i: int) -> bool:
    """Whether token i can end a speaker noun phrase (the subject of a cue)."""
    tok = tokens[i]
    w = words()
    low = tok.lower
    if low in w.pronouns or low in w.relative_pronouns:
        return True
    if not wordlike(tok) or _breaks(tokens, i) or low in w.determiners:
        return False
    if cap(tok):
        return not (i == 0 and low in w.determiners)
    b = bare(low)
    if speaker_noun(b):
        return True
    if i > 0 and tokens[i - 1].lower in w.determiners:
        return True  # "the meeting": right after a determiner, even an -ing word is a noun
    if b.endswith(_NOT_NOUN):
        return False
    # Any other lower-case word counts when a determiner opens the phrase ("the fund said").
    for j in range(i - 1, max(-1, i - 4), -1):
        if tokens[j].lower in w.determiners:
            return True
        if cap(tokens[j]) and tokens[j].lower.endswith(("’s", "'s")):
            return True  # "Aung San Suu Kyi's political allies": a possessor opens the phrase
        if not wordlike(tokens[j]) or tokens[j].lower in _BREAK or tokens[j].lower in PREPOSITIONS:
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
        and wordlike(tokens[i - 1])
    )


# Unit nouns a number may follow inside a name ("Task Force 76", "Joint Task Force 2").
NUMBERED_UNITS = word_set(
    "force brigade division battalion regiment group squadron fleet unit corps"
)


# Endings of a web address that names its site ("FactCheck.org said", "Politico.com reported"):
# the tokenizer splits "FactCheck", ".", "org", and a lower-case "org" heads no phrase.
_WEB_ENDINGS = word_set("com org net gov edu info")


def np_before(tokens: Sequence[Token], last: int) -> tuple[int, int] | None:
    """The noun phrase ending at token ``last``, scanning backwards; None if it is not one."""
    if (
        last >= 2
        and tokens[last].lower in _WEB_ENDINGS
        and tokens[last - 1].text == "."
        and tokens[last - 2].end == tokens[last - 1].start
        and tokens[last - 1].end == tokens[last].start
    ):
        site = np_before(tokens, last - 2)  # "FactCheck.org": the site's name, glued
        return (site[0], last) if site is not None else None
    if (
        last > 0
        and tokens[last].text.isdigit()
        and bare(tokens[last - 1].lower) in NUMBERED_UNITS
        and cap(tokens[last - 1])
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
            and cap(tokens[first])
            and i > 0
            and cap(tokens[i - 1])
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
            and cap(tokens[first])
            and i > 0
            and cap(tokens[i - 1])
            and tokens[i - 1].lower not in w.determiners
            and (i < 2 or not wordlike(tokens[i - 2]) or tokens[i - 2].lower in w.determiners)
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
            and cap(tokens[i - 3])
        ):
            # "World Health Organization (WHO) officials": the acronym is part of the name
            first = i - 3
            i -= 4
            continue
        if (
            tok.text == ","
            and 0 < i < last
            and tokens[i - 1].text.isdigit()
            and tokens[i + 1].text.isdigit()
            and tokens[i - 1].end == tok.start == tokens[i + 1].start - 1
        ):
            first = i - 1  # "Unions representing 45,000 workers": one number, not a list
            i -= 2
            continue
        if plural_possessive(tokens, i) and first == i + 1:
            first = i - 1  # "the Dock Workers' Union": the apostrophe is inside the name
            i -= 2
            continue
        if _glued_hyphen(tokens, i):
            first = i - 1  # "the U.S.-allied government": one word split in three tokens
            i -= 2
            continue
        # "sources close to her campaign": a possessive before a noun opens it like "the"
        possessive = low in w.determiners and first <= last and i < last
        if not wordlike(tok) or _breaks(tokens, i) or (low in w.pronouns and not possessive):
            break
        if low in w.determiners and not (cap(tok) and i > 0):  # "CBS This Morning" is a name
            first = i
            while i > 0 and tokens[i - 1].lower in w.determiners and tokens[i - 1].lower != "that":
                i -= 1  # "the two sides", "all the officials"; not "said that the ..."
                first = i
            # A determiner ends the phrase unless a preposition makes it an inner object
            # ("a statement issued by the media wing on the meeting").
            if i > 0 and tokens[i - 1].lower in PREPOSITIONS:
                i -= 1
                continue
            break
        first = i
        i -= 1
    # Drop a leading preposition or sentence adverb left by the scan ("Even China" -> "China").
    while first < last and (tokens[first].lower in PREPOSITIONS or tokens[first].lower in _ADVERBS):
        first += 1
    for j in range(last - 2, first - 1, -1):
        if tokens[j].lower == "according" and tokens[j + 1].lower == "to":
            return j + 2, last  # "—according to spokesman Phay Siphan, who": a cue, no name
    return first, last


# Heads of "<people> from/of A, B and C" ("Envoys from the UN, the AU and the United States"):
# the list names whom they come from; the people speak, jointly. After "including" the list
# gives examples of the people, who speak as the head names them ("Civic groups including A,
# B and C say").
_FROM_OF = word_set("from of")
_EXAMPLES = word_set("including")
# Plural heads of bodies that may open such a list ("groups including ...", "parties from ...").
_BODIES = word_set("groups organizations organisations agencies parties unions governments")
_NAME_JOINERS = word_set("of for the")


def joint_head(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int]:
    """The subject of "Envoys from the United Nations, African Union and the United States
    expressed regret": a phrase found before the cue that is the last name of a list after
    "from"/"of" and a plural people noun widens to that noun; after "including" it is the noun
    alone ("Civic groups including A, B and C say"); otherwise ``found`` as it is."""
    first, last = found
    i = first - 1
    if i < 1:
        return found
    if tokens[i].lower in _EXAMPLES:
        j = i  # "Rights groups including Amnesty and Human Rights Watch": one phrase found
    elif tokens[i].lower == "and" and i >= 2:
        j = i - 1
        while j >= 0 and first - j <= _MAX_NP and _in_list(tokens, j):
            j -= 1
        if j == i - 1:
            return found
    else:
        return found
    if j < 1 or not _people(tokens[j - 1].lower):
        return found
    if tokens[j].lower in _EXAMPLES:
        head = np_before(tokens, j - 1)
        return head if head is not None else found
    if tokens[j].lower not in _FROM_OF:
        return found
    owner = np_before(tokens, j - 1)
    return (owner[0], last) if owner is not None else found


def _in_list(tokens: Sequence[Token], j: int) -> bool:
    """Token j belongs to a list of names: a capital, a comma, "the", or a joiner inside a
    name ("Women of Zimbabwe Arise")."""
    tok = tokens[j]
    if tok.text == "," or tok.lower == "the" or cap(tok) or abbreviation_dot(tokens, j):
        return True
    inside = 0 < j < len(tokens) - 1 and cap(tokens[j - 1]) and cap(tokens[j + 1])
    return tok.lower in _NAME_JOINERS and inside


def _people(low: str) -> bool:
    """A plural noun for people or bodies who speak: "envoys", "officials", "groups"."""
    w = words()
    if not low.endswith("s") or low.endswith("ss"):
        return False
    return (
        low in w.anonymous
        or low in w.groups
        or low in w.forces
        or low in _BODIES
        or low[:-1] in w.roles
    )


def np_after(
    tokens: Sequence[Token], first: int, *, speaker: bool = True
) -> tuple[int, int] | None:
    """The noun phrase starting at token ``first`` (inverted order: 'said the official')."""
    n = len(tokens)
    if first >= n or not wordlike(tokens[first]):
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
        if not wordlike(tok) or (_breaks(tokens, i) and low != "who"):
            break
        # ("the Alliance to Reclaim Our Schools": a capitalised "Our" inside a name goes on)
        if low == "who" or (
            low in w.determiners and i > first and not (cap(tok) and cap(tokens[i - 1]))
        ):
            break  # a relative clause, or a second phrase ("told reporters the road ...")
        if (
            low in PREPOSITIONS
            and i > first
            and low not in ("of", "for")
            and (not cap(tokens[i - 1]) or i + 1 >= n or not cap(tokens[i + 1]))
        ):
            # "said the official in a statement", "said Ann Ruiz in a statement": the phrase
            # ends before "in"; after a capital it goes on only into another name ("Bank in
            # Zurich")
            break
        last = i
        i += 1
    if last < first:
        return None
    if speaker and not any(
        is_speaker_head(tokens, k) or cap(tokens[k]) for k in range(first, last + 1)
    ):
        return None  # as a listener or target ("told reporters") any noun phrase will do
    return first, last


# What may follow a trailing attribution before the sentence ends ("..., Wang said on Friday.").
_TRAILING_TAIL = 6


def trailing_cue(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """A cue that closes its sentence after ", Speaker": "..., Wang said." / "..., he noted."

    Such a cue frames everything before the comma, so it is tried first: the cue words
    before it ("China hopes ...") are part of Wang's content, not a claim of their own.
    """
    if cue.cls not in (CueClass.SPEECH, CueClass.HEDGE) or cue.first < 3:
        return False
    rest = tokens[cue.last + 1 :]
    if len(rest) > _TRAILING_TAIL or any(t.lower == "that" or t.text == "," for t in rest):
        return False
    k = cue.first - 1
    while k >= 0 and tokens[k].lower in lexicon.between:
        k -= 1
    found = np_before(tokens, k)
    if found is None or found[0] < 2:
        return False
    return tokens[found[0] - 1].text in (",", "”", '"')


def conversation_only(tokens: Sequence[Token], cue: Cue, account: bool) -> bool:
    """ "President Biden spoke today with President Putin", "The two met for 30 minutes": the
    cue says a call or meeting took place and with whom, not what was said, so it makes no
    claim (in an account the sentence is the issuer's own narration). "X spoke to VOA" in a
    news story opens an interview whose words follow: only in an account is it a call."""
    w = words()
    if tokens[cue.last].lower not in w.conversation_verbs:
        return False
    k = cue.last + 1
    while k < len(tokens) and (
        tokens[k].lower in w.conversation_fillers or tokens[k].text[:1].isdigit()
    ):
        k += 1
    # "spoke with/to Y" or nothing at all ("spoke for 30 minutes."): no content follows
    partners = ("with", "to") if account else ("with",)
    return k >= len(tokens) or tokens[k].lower in (*partners, ".", ",", ";")
