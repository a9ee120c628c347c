"""Whom a speaker speaks for, read from the speaker's own words and the article around them.

Used by ``sides.py`` for speakers the profile and the gazetteer leave unplaced:

- the body in a speaker phrase: "A Defense Ministry spokesman, Gen. Omar Said" -> "Defense
  Ministry"; "a spokesman for the coalition" -> "coalition"; "the coalition's troops" ->
  "coalition" (an organisation's possessive speaks for the organisation);
- what a bare body is part of: "the coalition" after "the U.S.-led coalition" in the same
  article, "the ministry" after "Russia's defence ministry" (the nearest such phrase before the
  speaker's first mention, as a reader takes it);
- the wire dateline's country ("KABUL, Afghanistan (AP) —") for a government body that names
  no country ("the Interior Ministry said").

Every function is linear in its input: one regex pass over a document builds an index of the
body words it needs, and speaker phrases are short.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache

from attribcmp.attribute.mentions import words
from attribcmp.data import load_table, word_set
from attribcmp.gazetteer import cached_head_hit
from attribcmp.lazy_pattern import LazyPattern

# Bodies that belong to a state: with no country of their own, the dateline's country is theirs.
GOVERNMENT_BODIES = word_set(
    """ministry government army military police navy cabinet presidency interior defense
    defence authorities authority administration prosecutor prosecutors court parliament
    junta regime embassy consulate spokesman spokeswoman"""
)
# Collective heads that speak for what they are part of ("peacekeepers", "NATO-led troops").
FORCE_WORDS = words().forces | word_set("army military police navy")
# Heads of armed or political groups that name a people without speaking for its government:
# "the Palestinian Jihad and Tawheed Brigades" is a party of its own, not "Palestinians".
NON_STATE_HEADS = word_set(
    """brigades brigade front movement jihad martyrs battalion battalions squad legion
    mujahideen resistance"""
)
_WORD = LazyPattern(r"[\w&][\w&.'’-]*|,|\(|\)|—|–")
_DETERMINERS = word_set("the a an its their his her our this that these those")
_JOINERS = word_set("of for on and")
_FOR = word_set("for of at with from")
_STOP = word_set(
    """with to and but or that which who said says told in at on by from as while after
    before than against over into of claims says"""
)
# Lower-case words that may stand between a body's owner and the body ("the Seleka rebel
# coalition", "the U.N. peacekeeping mission").
_MODIFIERS = word_set(
    """the rebel military armed security peacekeeping international multinational joint allied
    foreign national regional border special air naval ground task unnamed"""
)
# Before a capitalised name after a preposition or "who heads", words of its standing say what
# kind of body it is too ("who leads the opposition Movement for Democratic Change", "the
# ruling African Unity Party"); kept out of _MODIFIERS, whose words may begin a body's name.
_KIND_MODIFIERS = _MODIFIERS | word_set("opposition ruling governing main")
_MAX_BACK = 5  # words before a body word that may name whose body it is ("the U.S.-led")
_MAX_HITS = 400  # positions kept per body word per document: enough for any real article


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def _possessor(token: str) -> str | None:
    for suffix in ("’s", "'s"):
        if token.endswith(suffix) and len(token) > len(suffix):
            return token[: -len(suffix)]
    return None


@cache
def _ranks() -> frozenset[str]:
    return words().titles | words().roles


@cache
@cache  # asked per token of a speaker phrase: the union is built once
def body_words() -> frozenset[str]:
    """Organisation and force words: the heads of a body phrase."""
    return words().organisations | FORCE_WORDS


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """Words that head a speaker phrase, and those an owner speaks through ("'s troops")."""
    w = words()
    heads = w.roles | w.anonymous | FORCE_WORDS
    heads = heads | {r + "s" for r in w.roles}  # "Representatives of the Seleka coalition"
    return heads, (heads | w.organisations) - _NOT_AGENTS


# One entry per distinct speaker phrase, asked once per speaker (not again when sides are
# placed): 4,096 keep the recurring ones; 16,384 held some 3 MB of the 16 MB mixture's peak.
@lru_cache(maxsize=4096)
def speaks_for(phrase: str) -> str | None:
    """The body a speaker phrase names as the one it speaks for, or None.

    >>> speaks_for("A Defense Ministry spokesman, Gen. Omar Said")
    'Defense Ministry'
    >>> speaks_for("a spokesman for the coalition")
    'coalition'
    >>> speaks_for("The coalition's troops")
    'coalition'
    """
    tokens = _WORD.findall(phrase)
    heads, agents = _heads()
    if len(tokens) > 1 and tokens[0] in _MEMBER_OF:
        # an apposition "with the Justice and Equality Movement": the body after it
        return _run_after(tokens, 1)
    now = _NOW_AT.search(phrase)
    if now is not None:
        # "a former National Security Agency lawyer now at the Brookings Institution": the
        # body the person is with now, not the one left
        return _run_after(_WORD.findall(phrase[now.end() :]), 0)
    who = _WHO_HEADS.match(phrase)
    if who is not None:
        # "who heads the Farmers Union": the body the clause names
        return _run_after(_WORD.findall(phrase[who.end() :]), 0)
    for i, tok in enumerate(tokens):
        owner = _possessor(tok)
        if owner is not None and any(t.lower() in agents for t in tokens[i + 1 : i + 4]):
            # "the coalition's troops", "the Army's spokesman": the owner speaks through them
            # (not "Clinton's health", "Trump's rival").
            run = _run_before(tokens, i, include_last=owner)
            named = _named_after(tokens, i + 1, agents)
            armed = named is not None and _ARMED_GROUP.search(" ".join(tokens[i + 1 :]))
            if run and named and owner.lower() in _NAME_POSSESSIVES and _is_cap(tok):
                # "the Women's Media Center": the possessive is a word of the body's name
                return f"{tok} {named}"
            if run and named and armed and not _is_body(run):
                # "Joseph Kony's Lord's Resistance Army rebels": the armed group the leader
                # leads, not a column named after him (a minister's "National Security
                # Council" stays the minister's: a state body is no group of its own)
                return named
            if run:
                return run
        low = tok.lower()
        if low not in heads:
            continue
        if i + 2 < len(tokens) and tokens[i + 1].lower() in _FOR and low in _PORTFOLIO_TITLES:
            # "State Minister for Defence Ruth Nankabirwa", "Secretary of State Mike Pompeo":
            # the words after are a portfolio and then the name, no body of their own
            continue
        if i + 2 < len(tokens) and tokens[i + 1].lower() in _FOR:
            # "a spokesman for the coalition", "an official at the Interior Ministry"
            after = _run_after(tokens, i + 2)
            if after:
                return after
        if _is_cap(tok) and not any(_is_cap(t) for t in tokens[i + 1 :]):
            continue  # "Says Defiant Leader": a title-case headline, not a body and a role
        run = _run_before(tokens, i)
        if run:
            return run
    return None


# Words of an armed or insurgent group's name or members ("Resistance Army", "rebels").
# A people's plural opening a body's name ("Women's Media Center"; data/sides.yaml).
_NAME_POSSESSIVES = word_set(load_table("sides.yaml")["name_possessives"])
# regions after "in" that end a body's name (data/sides.yaml name_regions)
NAME_REGIONS = frozenset(load_table("sides.yaml")["name_regions"].split())
_ARMED_GROUP = LazyPattern(
    r"(?i:\b(?:rebels?|insurgents?|militants?|guerrillas?|fighters|militias?)\b)|"
    r"\b(?:Liberation|Resistance|Revolutionary)\b"
)


def _named_after(tokens: Sequence[str], k: int, agents: frozenset[str]) -> str | None:
    """The capitalised body name right after an owner's possessive, or None: "Lord's Resistance
    Army" in "Kony's Lord's Resistance Army rebels", "LRA" in "Kony's LRA fighters"."""
    run: list[str] = []
    while k < len(tokens) and _is_cap(tokens[k]) and tokens[k] not in ",()—–" and len(run) < 6:
        run.append(tokens[k])
        k += 1
    if not run or (k < len(tokens) and tokens[k].lower() not in agents):
        return None  # ("Obama's Defense Secretary Robert Gates said": a title and a name)
    last = _possessor(run[-1]) or run[-1]
    if last.lower() in body_words() or (len(run) == 1 and _one_word_body(run[0])):
        return " ".join(run)
    return None


def _is_body(run: str) -> bool:
    """An owner that is itself a body or a place ("Russia's", "the coalition's"), not a person."""
    return head_word(run) in body_words() or cached_head_hit(run) is not None


def owner_of_name(phrase: str) -> str | None:
    """The body whose possessive opens a person's name: "Amnesty's Conor Fortune" -> "Amnesty"
    (call it for people only: "Donga's Roman Catholic" churches are no person)."""
    tokens = _WORD.findall(phrase)
    for i, tok in enumerate(tokens[:-1]):
        owner = _possessor(tok)
        rest = tokens[i + 1 :]
        # ("Medrek's Gudina": a surname alone after the owner, as a second mention has it)
        if owner is None or not _is_cap(owner) or len(rest) not in (1, 2, 3):
            continue
        if all(_is_cap(t) and _possessor(t) is None for t in rest):
            return _run_before(tokens, i, include_last=owner)
    return None


def _run_before(tokens: Sequence[str], i: int, include_last: str | None = None) -> str | None:
    """The body words right before token i: a capitalised run ("Defense Ministry") or one
    lower-case body word ("military", "coalition")."""
    w = words()
    run: list[str] = [include_last] if include_last is not None else []
    k = i - 1
    while (
        k >= 0
        and (_is_cap(tokens[k]) or tokens[k].lower() in _JOINERS and run)
        and tokens[k] not in ",()—–"
        and not re.search(r"-[a-z]", tokens[k])  # "Washington-based": where, not whose
    ):
        run.insert(0, tokens[k])
        k -= 1
    while run and (
        run[0].lower() in _JOINERS
        or run[0].lower() in _DETERMINERS
        or run[0].lower() in w.sentence_openers  # "But Lieutenant Colonel Hilferty"
    ):
        run.pop(0)  # "A Defense Ministry": the article is no part of the name
    while len(run) > 1 and (
        run[0].lower().rstrip(".") in w.titles
        and _is_title(run[0])
        or run[0].lower() in _FORMER
        # "First Vice President X", "Second Deputy Speaker X": an ordinal of a title
        or run[0].lower() in _ORDINALS
        and run[1].lower().rstrip(".") in w.titles
    ):
        run.pop(0)  # "Gen." before a name is a rank, "Former DNC" is the DNC
    if run and any(_is_time(t) for t in run):
        return None  # "at Monday's debate", "On Thursday's lawyer": a day is no body
    if run and len(run) == 1 and include_last is None and not _one_word_body(run[0]):
        return None  # "Presidential candidates", "World leaders": an adjective, not a body
    # "Defense Ministry", "Human Rights Watch"; not a bare title ("Defense Secretary").
    if (
        run
        and any(t.lower().rstrip(".") not in _ranks() for t in run)
        and (all(_is_cap(t) or t.lower() in _JOINERS for t in run) or include_last is not None)
    ):
        return " ".join(run)
    if include_last is not None and (
        include_last.lower() in w.organisations or include_last.lower() in FORCE_WORDS
    ):
        return include_last
    if k >= 0 and not run:
        low = tokens[k].lower()
        if low in w.organisations or low in FORCE_WORDS:
            # "a military spokesman", "police officials", "Port authority spokesman"
            j = k
            while (
                j > 0
                and k - j < 2
                and tokens[j - 1][:1].isalpha()
                and tokens[j - 1].lower() not in _ranks()
                and tokens[j - 1].lower() not in _DETERMINERS | _STOP
                and tokens[j - 1].lower() not in w.sentence_openers
            ):
                j -= 1
            return " ".join(tokens[j : k + 1])
    return None


# Titles whose "for/of" complement is a portfolio ("Minister for Defence"), not a body.
_PORTFOLIO_TITLES = word_set("minister ministers secretary secretaries")
_FORMER = word_set("former interim acting then ex late both like current outgoing incumbent")
_ORDINALS = word_set("first second third")
# Possessed nouns that do not speak for their owner: "Trump's rival", "the victims' families".
_NOT_AGENTS = word_set(
    "rival rivals opponent opponents critic critics victim victims enemy enemies"
)
# One capitalised word names a body only if it is an acronym, a party or a known body word.
_PARTY_WORDS = word_set(
    "democratic republican democrat democrats republicans gop conservative labour liberal"
)
_TIME_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tonight"""
)


def _is_time(token: str) -> bool:
    return (_possessor(token) or token).lower() in _TIME_WORDS


def _one_word_body(token: str) -> bool:
    core = _possessor(token) or token
    return (
        (core.isupper() and len(core) >= 2)
        or core.lower() in _PARTY_WORDS
        or core.lower() in words().organisations
    )


def _is_title(token: str) -> bool:
    return token.endswith(".") or token.lower() in ("mr", "mrs", "ms", "dr")


_MAX_PART = 4  # lower-case words of a body's part before its "of" ("the press office of")


def _run_after(tokens: Sequence[str], k: int, whole: bool = False) -> str | None:
    """The body right after a preposition: a capitalised run or one lower-case body word
    (``whole``: only a capitalised run, as the body a part belongs to)."""
    while k < len(tokens) and tokens[k].lower() in _DETERMINERS:
        k += 1
    # "an official with the rebel Justice and Equality Movement": a lower-case modifier before
    # a capitalised name says what kind of body it is, not which
    while k + 1 < len(tokens) and tokens[k] in _KIND_MODIFIERS and _is_cap(tokens[k + 1]):
        k += 1
    if k < len(tokens) and not _is_cap(tokens[k]):
        # "the regional office of the Farmers Union", "the local branch of Human Rights Watch":
        # a part of a body named after "of" speaks for the body
        for j in range(k + 1, min(len(tokens) - 1, k + _MAX_PART)):
            if tokens[j] in ",()—–" or _is_cap(tokens[j]):
                break
            if tokens[j] == "of":
                outer = _run_after(tokens, j + 1, whole=True)
                if outer is not None:
                    return outer
                break  # ("the ministry of health": the ministry itself, below)
    run: list[str] = []
    while k < len(tokens) and tokens[k] not in ",()—–" and len(run) < 6:
        tok = tokens[k]
        if run and tok == "in" and k + 1 < len(tokens) and tokens[k + 1] in NAME_REGIONS:
            # "the Organization for Security and Co-operation in Europe": the region ends the
            # name, whatever its length (a city after "in" says where, sides.yaml)
            run += tokens[k : k + 2]
            break
        if _is_cap(tok) or (run and tok.lower() in _JOINERS):
            run.append(tok)
        elif not run and not whole and tok.lower() in body_words():
            return _possessor(tok) or tok  # "for the coalition", "of the ministry"
        else:
            break
        k += 1
    while run and run[-1].lower() in _JOINERS:
        run.pop()
    return " ".join(run) or None


def head_word(phrase: str) -> str:
    """The last word of a body phrase, lower case, without a possessive ("coalition")."""
    tokens = [t for t in _WORD.findall(phrase) if t[:1].isalnum()]
    if not tokens:
        return ""
    return (_possessor(tokens[-1]) or tokens[-1]).lower()


def singular(word: str) -> str:
    """'rebels' -> 'rebel', 'authorities' -> 'authority': how the body index keys a word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


class BodyIndex:
    """Where a body word stands in a document, with the words before it.

    Built lazily: a word is looked up in a document on first use (one regex pass), so an
    article whose speakers all place themselves costs nothing here.
    """

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = texts
        self._positions: dict[tuple[str, str], tuple[int, ...]] = {}
        self._ends: dict[tuple[str, int], int] = {}
        self._before: dict[tuple[str, int], str] = {}

    def positions(self, doc_id: str, word: str) -> tuple[int, ...]:
        """Offsets of ``word`` (any of its plural forms) in the document, at most _MAX_HITS."""
        key = (doc_id, singular(word))
        if key not in self._positions:
            text = self._texts.get(doc_id, "")
            found: list[int] = []
            if key[1].isalpha():
                for match in _body_pattern(key[1]).finditer(text):
                    if match.start() and _WORDISH.match(text, match.start() - 1):
                        continue  # inside a longer word ("unofficial")
                    found.append(match.start())
                    self._ends[(doc_id, match.start())] = match.end()
                    if len(found) >= _MAX_HITS:
                        break
            self._positions[key] = tuple(found)
        return self._positions[key]

    def before(self, doc_id: str, pos: int) -> str:
        # read on first use: a common word has hundreds of hits and few are ever asked for
        key = (doc_id, pos)
        if key not in self._before:
            text = self._texts.get(doc_id, "")
            self._before[key] = _phrase_before(text, pos, self._ends[key])
        return self._before[key]


@lru_cache(maxsize=4096)  # (a batch meets more body words than 512: each miss compiles)
def _body_pattern(word: str) -> re.Pattern[str]:
    forms = {word, word + "s", word[:-1] + "ies" if word.endswith("y") else word}
    alternation = "|".join(sorted(forms, key=lambda f: (-len(f), f)))
    # No look-behind: it keeps the regex engine from skipping ahead to the word's letters (a
    # scan three times slower); ``positions`` tests the character before instead. A match
    # inside a word spans only word characters, so it hides no match that starts a word.
    return re.compile(r"(" + alternation + r")(?![\w-])", re.IGNORECASE)


_WORDISH = LazyPattern(r"[\w-]")


def _phrase_before(text: str, start: int, end: int) -> str:
    """'the U.S.-led coalition' for the word 'coalition' at ``start``: at most ``_MAX_BACK``
    words back, stopping at punctuation and at words that end a noun phrase."""
    window = text[max(0, start - 80) : start]
    window = window[window.rfind("\n") + 1 :]  # a headline is no part of the next line
    if _title_case_line(text, start):
        # "Rights Group Accuses Army of ...": every word of a headline is capitalised, so the
        # words before the body word are no name of it
        return text[start:end]
    tokens = window.split()
    kept: list[str] = []
    for tok in reversed(tokens):
        if len(kept) >= _MAX_BACK or tok.endswith((",", ";", ":", "!", "?", ")", "(")):
            break
        if tok.endswith(_QUOTE_MARKS) or tok.startswith(_QUOTE_MARKS):
            break  # 'CBS's "Face the Nation," House Speaker ...': a quoted title is no body name
        if tok.endswith(".") and not _is_abbreviation(tok):
            break  # a sentence ended
        if tok.lower() in _STOP:
            break
        if not (tok[:1].isupper() or "-" in tok or tok.lower() in _MODIFIERS):
            break  # "eight coalition members": only names and body modifiers say whose
        kept.insert(0, tok)
    return " ".join((*kept, text[start:end]))


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a title-case headline: several words, nearly all
    capitalised but for short function words, and no sentence end."""
    # (read no further than a headline's length either way: one long line stays linear)
    begin = text.rfind("\n", max(0, at - _HEADLINE_CHARS), at) + 1
    end = text.find("\n", at, at + _HEADLINE_CHARS)
    end = len(text) if end < 0 and len(text) - at < _HEADLINE_CHARS else end
    if (begin == 0 and at >= _HEADLINE_CHARS) or end < 0:
        return False  # a line longer than any headline
    line = text[begin:end]
    words_ = [w for w in line.split() if w[:1].isalpha() and w.lower() not in _HEADLINE_SMALL]
    if len(words_) < 4 or len(line) > _HEADLINE_CHARS or line.rstrip().endswith("."):
        return False
    return sum(w[:1].isupper() for w in words_) >= 0.85 * len(words_)


_HEADLINE_CHARS = 160
# Words a title-case headline leaves in lower case.
_HEADLINE_SMALL = word_set("a an the of on in at to for by and or as with from vs")
_QUOTE_MARKS = ('"', "“", "”", "«", "»")
_SHORT_TITLES = word_set("gen col lt maj capt sgt adm sen rep gov dr mr mrs ms st jr no")


def _is_abbreviation(tok: str) -> bool:
    """'U.S.', 'U.N.', 'Gen.': a period that does not end a sentence."""
    core = tok.rstrip(".")
    return "." in core or len(core) <= 4 and core.isupper() or core.lower() in _SHORT_TITLES


def nearest_phrases(index: BodyIndex, doc_id: str, word: str, at: int) -> list[str]:
    """Phrases ending in ``word`` in the document, nearest before ``at`` first, then after."""
    return [phrase for _, phrase in nearest_phrase_hits(index, doc_id, word, at)]


def nearest_phrase_hits(index: BodyIndex, doc_id: str, word: str, at: int) -> list[tuple[int, str]]:
    """(offset of ``word``, the phrase ending in it), nearest before ``at`` first."""
    hits = index.positions(doc_id, word)
    cut = bisect.bisect_left(hits, at)
    order = [*reversed(hits[:cut]), *hits[cut:]]
    return [(pos, index.before(doc_id, pos)) for pos in order[:50]]


_DATELINE = LazyPattern(
    r"\A\s*(?:[^\n]{0,200}\n\s*){0,6}?"  # a headline and byline lines may come first
    r"(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40})?)\s*"
    r"(?:\([^()\n]{1,40}\)\s*)?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*)?[—–-]{1,2}\s"
)


def dateline_place(text: str) -> str | None:
    """The place of an all-caps wire dateline ("KABUL, Afghanistan (AP) —" -> "KABUL,
    Afghanistan"), or None. Only the first lines are read."""
    # Blank lines dropped and lines stripped first: else the pattern's "\n\s*" steps can
    # share a run of newlines or spaces in exponentially many ways, and a file opening with
    # a few thousand blank lines never finished (robust21).
    head = "\n".join(line.strip() for line in text[:2000].split("\n") if line.strip())
    match = _DATELINE.match(head + "\n" if len(text) > 2000 or text.endswith("\n") else head)
    if match is None:
        return None
    place = match["place"].strip()
    first = place.split(",")[0].strip()
    if not first.isupper() or len(first) < 3:
        return None  # a dateline's city is written in capitals; anything else is prose
    return place


# The apposition runs to the next punctuation, but the periods of an initialism ("U.S.",
# "U.N.", "D.C.") are part of it: "a spokesman for the U.S. embassy" is not "... for the U".
_INITIALISM_DOT = r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\.[A-Z])\."
_APPOSITION = LazyPattern(
    r",\s+((?:the |a |an )?(?:[^,.;:!?\n“”\"()]|" + _INITIALISM_DOT + r"){3,70}?)"
    # (it ends before a body's acronym too: "a spokesperson for U.S. Forces Korea (USFK),")
    r"\s*(?=[,;:!?\n“”\"]|\([A-Z]{2,6}\)|(?!" + _INITIALISM_DOT + r")\.|$)"
)


def apposition_after(text: str, end: int) -> str | None:
    """The apposition right after a name: "said Hani al-Qawasmi, Palestinian Interior
    Minister." -> "Palestinian Interior Minister" (None if the name is not followed by one)."""
    match = _APPOSITION.match(text, end, min(len(text), end + 90))
    if match is None:
        return None
    phrase = match[1]
    first = phrase.split()[0].lower()
    if first in _MEMBER_OF and _CAPITAL_AFTER.match(phrase):
        return phrase  # "Mr. Noor, with the Justice and Equality Movement, says": his body
    if _WHO_HEADS.match(phrase):
        return phrase  # "Ann Ortiz, who heads the Farmers Union, said": her body
    if first in words().sentence_openers or first in words().pronouns:
        return None  # ", who said", ", he said": a clause, not an apposition
    if first in _REPORT_VERBS:
        return None  # "Its spokeswoman, X, said C": the report itself, not X's title
    return phrase


# "... lawyer now at the Brookings Institution": where a person works now, after a past post.
_NOW_AT = LazyPattern(r"\bnow\s+(?:at|with)\s+(?=(?:the\s+)?[A-Z])")
# ", with the Justice and Equality Movement,": a preposition and a capitalised name after a
# person's name say whose member the person is (", with the help of" is no body).
_MEMBER_OF = word_set("with of from")
_CAPITAL_AFTER = LazyPattern(r"\w+\s+(?:the\s+)?[A-Z]")
# ", who heads the Farmers Union,": a relative clause that says whose officer the person is.
_WHO_HEADS = LazyPattern(
    r"who\s+(?:heads|leads|chairs|runs|represents|directs|commands|(?:speaks|works)\s+(?:for|at))"
    r"\s+(?=\S)"
)

# Reporting verbs that follow a name set off by commas ("..., Gen. X, said troops ...").
_REPORT_VERBS = word_set("said says told added stated noted denied insisted claimed confirmed")


_ACRONYM_HINT = LazyPattern(r"[(\[,]\s*(?:or\s+)?[A-Z]{2,6}[)\],]")
_OPENING = word_set("the a an but and as however")
# Words of at most 40 letters, never given back (possessive): a name's word is never longer,
# and an unbounded one made a run of capitals cost one scan per letter (quadratic).
_ACRONYM = LazyPattern(
    r"([A-Z][\w'’.-]{0,40}+(?:\s+(?:(?:for|of|and|the|de|du|des|la|le)\s+)*"
    r"[A-Z][\w'’.-]{0,40}+){0,8})"
    r"\s*(?:[(\[]|,\s+(?:or\s+)?)([A-Z]{2,6})(?=[)\],])"
)
# "GlaxoSmithKlein [GSK]": one word's inner capitals spell the acronym (a one-word name is
# trusted only so: "WASHINGTON (AP)" is a dateline, not the AP's name).
_INNER_CAPITALS = LazyPattern(r"[A-Z]")
_NAMED_BY = ("(", "[", ", or")  # what sets off an acronym that need not be the initials


def acronyms(texts: Iterable[str]) -> dict[str, str]:
    """'Médecins Sans Frontières (MSF)', 'Liberians United for Reconciliation and Democracy,
    LURD,', 'GlaxoSmithKlein [GSK]' in a text: the acronym and the full name, both keyed lower,
    give the full name. The acronym must be the initials of the name's capitalised words (of
    a one-word name, its capitals)."""
    out: dict[str, str] = {}
    for text in texts:
        if _ACRONYM_HINT.search(text) is None:
            continue  # most articles define no acronym: skip the slower name scan
        for count, match in enumerate(_ACRONYM.finditer(text)):
            if count >= _MAX_HITS:
                break
            short = match[2]
            names = match[1].split()
            if len(names) == 1:
                if "".join(_INNER_CAPITALS.findall(names[0])) == short and names[0] != short:
                    out.setdefault(short.lower(), names[0])
                    out.setdefault(names[0].lower(), names[0])
                continue
            caps = [w for w in names if w[:1].isupper()]
            # The name may start with words that are not part of it ("Rebels with the
            # group, ..."): keep the last capitalised words whose initials spell the acronym.
            tail = caps[-len(short) :] if len(caps) >= len(short) else []
            if tail and "".join(w[0] for w in tail) == short:
                start = len(names) - names[::-1].index(tail[0]) - 1
            elif text[match.end(1) : match.start(2)].strip() in _NAMED_BY and len(names) <= 5:
                # "Doctors Without Borders (MSF)", "the Free Aceh Movement, or GAM,": a
                # bracketed or "or"-named acronym need not be initials (MSF is the French
                # name's, GAM the Indonesian one's).
                start = 0
                while start < len(names) - 1 and names[start].lower() in _OPENING:
                    start += 1
            else:
                continue
            full = " ".join(names[start:])
            out.setdefault(short.lower(), full)
            out.setdefault(full.lower(), full)
    return out
