"""The gazetteer of countries, bodies and armed groups, and how a phrase's own one is found.

Loaded once from ``data/gazetteer.yaml``. ``head_hit`` picks the country or body a speaker
phrase speaks for: the first one that is not a complement ("U.S. envoy to Pakistan" ->
United States), ignoring places of origin ("a Washington-based analyst"). Used by sides.py
and side_context.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from attribcmp.data import load_table
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Profile, Side, SideRule
from attribcmp.profile import slugify

# Curly quotes and odd spaces read as plain ones, so "military’s" matches "military's".
# One character for one, so offsets into the normalised text are offsets into the original.
NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " "})


_WORD_FIELDS = ("names", "demonyms", "places", "bodies")


_ENTRY_FIELDS = frozenset({"name", "abbrevs", *_WORD_FIELDS})


@dataclass(frozen=True, slots=True)
class Hit:
    """A gazetteer word found in a text; ``entry`` is None for a shield phrase."""

    start: int
    end: int
    entry: str | None


@dataclass(frozen=True)
class Gazetteer:
    names: Mapping[str, str]  # entry id -> side name
    # case-insensitive words and shields, compiled only for a text find_hits cannot look up
    words: LazyPattern
    abbrevs: re.Pattern[str] | None  # exact-case abbreviations
    word_entry: Mapping[str, str | None]  # lowercased word -> entry id (None: shield)
    abbrev_entry: Mapping[str, str]
    labels: Mapping[str, str]  # lowercased id / name / word / abbreviation -> entry id
    complement_before: re.Pattern[str]
    origin_after: re.Pattern[str]
    backer_after: re.Pattern[str]
    civic_after: re.Pattern[str]
    estranged: re.Pattern[str]
    people_after: re.Pattern[str]
    # The first word of every word entry (lower-cased) and of every abbreviation: a text none of
    # whose words is one holds no match, and skips the scans (None: scan every text).
    word_leads: frozenset[str] | None = None
    abbrev_leads: frozenset[str] | None = None
    # An entry word's first word (lower-cased) -> the words opening with it, in the order the
    # ``words`` pattern tries them (None with word_leads).
    word_terms: Mapping[str, tuple[str, ...]] | None = None


@cache
def country_ids() -> frozenset[str]:
    """The gazetteer's country ids ("afghanistan"), loaded once: the one accessor every module
    that asks "is this side a country?" uses."""
    return frozenset(load_table("gazetteer.yaml")["countries"])


@lru_cache(maxsize=16384)
def cached_head_hit(text: str) -> Hit | None:
    """head_hit on the bundled gazetteer, memoised: the same mentions ("he", "officials",
    "the ministry") recur in every article of a batch."""
    return head_hit(text, load_gazetteer())


def head_hit(text: str, gazetteer: Gazetteer) -> Hit | None:
    """The country/body the phrase's speaker belongs to, if the phrase names any."""
    plain = text.translate(NORMALISE)
    hits = [h for h in find_hits(plain, gazetteer) if h.entry is not None]
    # "Washington-based analyst": a place of origin says nothing about allegiance.
    hits = [h for h in hits if not gazetteer.origin_after.match(plain, h.end)]
    # "Syrian rebels", "Malian rebels of the MNLA", "Egyptian protesters": a country's word
    # before its armed or political opponents (or those marching against it) names whom they
    # fight, not the state's side.
    hits = [h for h in hits if not (AGAINST_STATE.match(plain, h.end) and _country(h.entry))]
    # "the British bank Standard Chartered", "the Kenya National Union of Teachers": a country's
    # word before a civic body (data/gazetteer.yaml civic_heads) says where the body is.
    hits = [
        h for h in hits if not (gazetteer.civic_after.match(plain, h.end) and _country(h.entry))
    ]
    # "the exiled leader of China's Uighur minority", "Disgraced Chinese politician Bo Xilai":
    # a person the state exiled or accuses, or a people within it, is not the state's voice.
    if gazetteer.estranged.search(plain):
        hits = [h for h in hits if not _country(h.entry)]
    hits = [
        h for h in hits if not (gazetteer.people_after.match(plain, h.end) and _country(h.entry))
    ]
    # "Free Syrian Army commanders", "the Free Aceh Movement": "Free" before a country's word
    # names a movement fighting that state, never the state itself.
    hits = [h for h in hits if not (_country(h.entry) and _FREE_BEFORE.search(plain, 0, h.start))]
    # "Afghanistan's Taliban", "Lebanon's Hezbollah": a country owning an armed group says
    # where the group is, not that the state speaks ("Eritrea's U.N. ambassador" is Eritrea's).
    groups_at = {h.start for h in hits if h.entry in ARMED_GROUPS}
    hits = [h for h in hits if not (_country(h.entry) and _possessor_of(plain, h.end, groups_at))]
    if not hits:
        return None
    # The speaker's own country comes first in English speaker phrases ("Pakistan Army
    # chief", "the Pakistani military's media wing"); words after "to/in/with..." or before
    # "-backed" name someone else, so they only count when nothing else does.
    owned = [
        h
        for h in hits
        if not gazetteer.complement_before.search(plain, 0, h.start)
        and not gazetteer.backer_after.match(plain, h.end)
    ]
    if not owned and BACKED_GROUP.match(plain):
        return None  # "The Iran-backed group": its backer is not who speaks
    if not owned and (
        _REBELS_LEAD.match(plain) or _ARMED_GROUP_LEAD.match(plain) or _CIVILIANS_LEAD.match(plain)
    ):
        # "Rebels in the Central African Republic", "A rebel group in eastern Congo": they
        # fight its government, the place is where; "Villagers in southern South Sudan" live
        # there, they do not speak for its government
        return None
    return (owned or hits)[0]


_FREE_BEFORE = re.compile(r"\bFree\s+$")
# The armed groups of data/gazetteer.yaml's groups: parties of their own, never a state's voice.
ARMED_GROUPS = frozenset(
    [
        "hamas",
        "palestinian-islamic-jihad",
        "hezbollah",
        "houthis",
        "pakistani-taliban",
        "islamic-state",
        "al-qaeda",
        "taliban",
        "al-shabab",
        "boko-haram",
    ]
)
AGAINST_STATE = re.compile(
    # ("Syria's rebels" as "Syrian rebels")
    r"(?i)(?:['’]s)?\s+(?:rebels?|insurgents?|insurgency|opposition|militants?|separatists?|guerrillas?|"
    r"protesters?|protestors?|demonstrators?|dissidents?|activists?)\b"
)


def _possessor_of(plain: str, end: int, starts: set[int]) -> bool:
    """A possessive "'s " right after ``end`` and one of ``starts`` right after it."""
    match = _POSSESSIVE.match(plain, end)
    return match is not None and match.end() in starts


_POSSESSIVE = re.compile(r"['’]s\s+(?:the\s+)?")


def _country(entry: str | None) -> bool:
    return entry is not None and entry in country_ids()


# Armed groups named by what they do: a country after "in" is where they fight, not whom they
# speak for.
REBEL = re.compile(
    r"(?i)\s*(?:the\s+|some\s+)?(?:rebels?|insurgents?|militants?|fighters?|guerrillas?|"
    r"gunmen|separatists?|jihadists?)\b"
)

# Rebels with a people's or a kind's word or two first ("Ethnic Tuareg rebels in Niger",
# "Islamist militants in Mali"): the country after "in" is where they fight, as for REBEL.
_REBELS_LEAD = re.compile(
    r"(?i)\s*(?:the\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:rebels?|insurgents?|militants?|"
    r"guerrillas?|separatists?|jihadists?)\b"
)

# An armed opposition named by its kind of group: "A rebel group", "an armed group", "the
# separatist movement" (one word may stand before the kind: "a Tutsi-led rebel group"; "the
# armed forces" are a state's, never matched).
_ARMED_GROUP_LEAD = re.compile(
    r"(?i)\s*(?:(?:the|an?|one)\s+)?(?:[\w-]+\s+)?(?:(?:rebel|insurgent|militant|separatist|"
    r"guerrilla|jihadist)\s+(?:groups?|movements?|factions?|militias?|coalitions?|alliances?|"
    r"forces)|armed\s+(?:groups?|movements?|factions?|militias?))\b"
)

# A group, militia or movement named only by its backer ("the Iran-backed group", "Russian-backed
# separatists"): the group speaks for itself.
BACKED_GROUP = re.compile(
    r"(?i)^\s*(?:the\s+|an?\s+)?[\w.'’ -]*?-(?:backed|funded|armed|sponsored|supported)\s+"
    r"(?:[\w-]+\s+)?(?:groups?|militias?|movements?|factions?|fighters|rebels|separatists|"
    r"insurgents|militants)$"
)

# Civilians named with where they live ("Villagers in southern South Sudan", "residents of the
# town"): a people of the place, not its state.
_CIVILIANS_LEAD = re.compile(
    r"(?i)\s*(?:(?:the|some|many|several|two|three)\s+)?(?:[\w-]+\s+){0,2}?(?:villagers|residents|"
    r"civilians|locals|witnesses|refugees|survivors|farmers|fishermen|families|relatives|"
    r"tribesmen|elders|parents)\b"
)

# A compass word before a place ("in eastern Congo", "in far northern Mali").
_COMPASS = (
    r"(?:far\s+)?(?:(?:north|south)(?:[-\s]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)"
)


def find_hits(text: str, gazetteer: Gazetteer) -> list[Hit]:
    """All matches, the longest kept where two overlap, in text order (shields included)."""
    found: list[Hit] = []
    # A match starts a word of the text (its look-behind) and runs over that whole word (a
    # space, a non-word character or the look-ahead ends the entry's first word): the word is
    # an entry's first word. Case-insensitive words are compared lower-cased on ASCII texts
    # only, where re.IGNORECASE is lower() (build_gazetteer checks that no entry's letter folds
    # to an ASCII one).
    runs = _WORD_RUN.findall(text)
    leads = gazetteer.word_leads
    terms = gazetteer.word_terms
    if leads is not None and terms is not None and text.isascii():
        if not leads.isdisjoint(map(str.lower, runs)):
            found.extend(_word_hits(text, gazetteer, terms))
    else:
        for match in gazetteer.words.finditer(text):
            entry = gazetteer.word_entry.get(norm_key(match[0]))
            found.append(Hit(match.start(), match.end(), entry))
    leads = gazetteer.abbrev_leads
    if gazetteer.abbrevs is not None and (leads is None or not leads.isdisjoint(runs)):
        for match in gazetteer.abbrevs.finditer(text):
            found.append(Hit(match.start(), match.end(), gazetteer.abbrev_entry[match[0]]))
    if len(found) < 2:
        return found  # nothing to choose between (most speaker phrases name no place)
    kept: list[Hit] = []
    for hit in sorted(found, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _word_hits(text: str, gazetteer: Gazetteer, terms: Mapping[str, tuple[str, ...]]) -> list[Hit]:
    """What ``gazetteer.words.finditer`` finds in an ASCII text, without compiling it (~900
    words, 25-40 ms): a match starts a word of the text and that word is its entry's first word
    (find_hits says why), so each word looks up the entries opening with it and tries them in
    the pattern's order, the first one matching winning; the scan goes on after a match."""
    found: list[Hit] = []
    end = 0
    for run in _WORD_RUN.finditer(text):
        start = run.start()
        if start < end:
            continue
        for term in terms.get(run[0].lower(), ()):
            match = _term_pattern(term).match(text, start)
            if match is not None:
                end = match.end()
                found.append(Hit(start, end, gazetteer.word_entry.get(norm_key(match[0]))))
                break
    return found


@cache
def _term_pattern(term: str) -> re.Pattern[str]:
    """One word of the ``words`` pattern as that pattern spells it (``_alternation``)."""
    return re.compile(_term_source(term) + r"(?!\w)", re.IGNORECASE)


def _term_source(term: str) -> str:
    return r"\s+".join(re.escape(w) for w in term.split())


def _terms_by_lead(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """First word (lower-cased) -> the terms opening with it, longest first as in
    ``_alternation``."""
    out: dict[str, list[str]] = {}
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        lead = _WORD_RUN.match(term)
        if lead is not None:
            out.setdefault(lead[0].lower(), []).append(term)
    return {k: tuple(v) for k, v in out.items()}


def entry_side(entry: str, gazetteer: Gazetteer, stand_ins: Mapping[str, SideRule]) -> Side:
    rule = stand_ins.get(entry)
    if rule is not None:
        return rule_side(rule, gazetteer)
    return Side(entry, gazetteer.names[entry])


def rule_side(rule: SideRule, gazetteer: Gazetteer) -> Side:
    """A profile side; one left unnamed ("pakistan: [...]") takes the gazetteer's name."""
    if rule.name == rule.id:
        entry = entry_for_side_label(rule.id, gazetteer)
        if entry is not None:
            return Side(rule.id, gazetteer.names[entry])
    return Side(rule.id, rule.name)


def profile_stand_ins(profile: Profile, gazetteer: Gazetteer) -> dict[str, SideRule]:
    """Gazetteer entry -> the profile side named after it (the first one, if several)."""
    stand_ins: dict[str, SideRule] = {}
    for rule in profile.sides:
        # the name first: "au: {name: Australia}" is Australia's, whatever its id abbreviates
        entry = entry_for_side_label(rule.name, gazetteer) or entry_for_side_label(
            rule.id, gazetteer
        )
        if entry is not None:
            stand_ins.setdefault(entry, rule)
    return stand_ins


def entry_for_label(label: str, gazetteer: Gazetteer) -> str | None:
    key = norm_key(label)
    return gazetteer.labels.get(key) or gazetteer.labels.get(slugify(label))


def entry_for_side_label(label: str, gazetteer: Gazetteer) -> str | None:
    """The entry a side's id, name or issuer label names. A label in lower case and two
    letters ("au.txt=au", "cn") is a country code, as a file or side id is written; "AU" in
    capitals, or a word in running text, is still the African Union's abbreviation."""
    coded = country_codes().get(label.upper()) if _CODE_LABEL.match(label) else None
    if coded is not None and coded in gazetteer.names:
        return coded
    return entry_for_label(label, gazetteer)


_CODE_LABEL = re.compile(r"^[a-z]{2}$")


@cache
def country_codes() -> dict[str, str]:
    """ISO 3166 two-letter code -> gazetteer country (data/country_codes.tsv, built by
    bench/build_country_codes.py)."""
    raw = resources.files("attribcmp.data").joinpath("country_codes.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line and not line.startswith("#"))
    return {code: entry for code, entry in rows}


def norm_key(text: str) -> str:
    # lower(), not casefold(): re.IGNORECASE folds one character to one, as lower() does.
    return " ".join(text.translate(NORMALISE).split()).lower()


@cache
def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _plural(demonym: str) -> str | None:
    """'Pakistani' -> 'Pakistanis'; None where English adds no -s ('Chinese', 'British')."""
    if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    return demonym + "s"


def _alternation(terms: Iterable[str]) -> str:
    # Longest first, so the regex prefers "New Delhi" to "Delhi" at the same position.
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    # Grouped by first letter behind a look-ahead, so each position tries one group, not all
    # ~900 terms (re tries alternatives one by one). The matches are the same: terms with
    # different first letters never match at one position (case-folding maps no character to
    # two of them), and within a group the longest-first order is kept.
    groups: dict[str, tuple[set[str], list[str]]] = {}
    for term in ordered:
        firsts, alts = groups.setdefault(term[0].lower(), (set(), []))
        firsts.add(re.escape(term[0]))
        alts.append(_term_source(term))
    branches = (
        f"(?={'|'.join(sorted(firsts))})(?:{'|'.join(alts)})" for firsts, alts in groups.values()
    )
    return r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)"


_WORD_RUN = re.compile(r"\w+")


def _leads(terms: Iterable[str], fold: bool) -> frozenset[str] | None:
    """The first word of every term (lower-cased when ``fold``); None when some term does not
    open with a word character, or (``fold``) holds a letter that re.IGNORECASE matches to an
    ASCII one ("\u017f" is "s" to it, not to lower()): those texts are always scanned."""
    out: set[str] = set()
    for term in terms:
        lead = _WORD_RUN.match(term)
        if lead is None:
            return None
        word = lead[0].lower() if fold else lead[0]
        if fold and not word.isascii() and any(_folds_to_ascii(ch) for ch in word):
            return None
        out.add(word)
    return frozenset(out)


@cache
def _folds_to_ascii(ch: str) -> bool:
    if ch.isascii():
        return False
    # one pattern for the 128 tries, not 128 trips through re's cache
    same = re.compile(re.escape(ch), re.IGNORECASE)
    return any(same.fullmatch(chr(c)) for c in range(128))


def _word_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"gazetteer.yaml: {where} must be a list of words")
    return [" ".join(v.split()) for v in value]


@cache
def entry_demonyms() -> dict[str, tuple[str, ...]]:
    """Entry id -> its demonyms, lower-cased, with their plurals ("eritrean", "eritreans")."""
    data = load_table("gazetteer.yaml")
    out: dict[str, tuple[str, ...]] = {}
    for entry_id, entry in {**data["countries"], **data["groups"]}.items():
        words = [w.lower() for w in _word_list(entry.get("demonyms"), f"{entry_id}.demonyms")]
        out[entry_id] = tuple(words + [p for w in words if (p := _plural(w))])
    return out


@cache
def demonyms() -> frozenset[str]:
    """Every country's and group's demonyms (``entry_demonyms``)."""
    return frozenset(w for words in entry_demonyms().values() for w in words)


_POSSESSIVE_END = re.compile(r"['’]s?$")


@lru_cache(maxsize=4096)
def nation_key(word: str) -> str:
    """One key for a country's name, possessive and demonym, so they compare equal
    ("Britain's", "British" and "UK" -> "uk"; "China's", "Chinese" -> "china"): the
    gazetteer entry the word names, else (a country the gazetteer does not know,
    "Ruritania's" / "Ruritanian") its first four letters, lower case, which a name and its
    demonym mostly share."""
    key = norm_key(_POSSESSIVE_END.sub("", word.strip()))
    return load_gazetteer().labels.get(key) or key[:4]


def label_demonyms(label: str) -> tuple[str, ...]:
    """The demonyms of the gazetteer entry a side's label names, capitalised ("British",
    "Britons" for "United Kingdom"); () for a label the gazetteer does not know."""
    entry = entry_for_side_label(label, load_gazetteer())
    found = entry_demonyms().get(entry or "", ())
    return tuple(" ".join(p[:1].upper() + p[1:] for p in w.split()) for w in found)


@cache
def load_gazetteer() -> Gazetteer:
    return build_gazetteer(load_table("gazetteer.yaml"))


def build_gazetteer(data: Any) -> Gazetteer:
    names: dict[str, str] = {}
    word_entry: dict[str, str | None] = {}
    abbrev_entry: dict[str, str] = {}
    labels: dict[str, str] = {}
    entries = {**data["countries"], **data["groups"]}
    for entry_id, entry in entries.items():
        unknown = set(entry) - _ENTRY_FIELDS
        if unknown:
            raise ValueError(f"gazetteer.yaml: {entry_id}: unknown fields {sorted(unknown)}")
        names[entry_id] = entry["name"]
        labels.setdefault(entry_id, entry_id)
        labels.setdefault(norm_key(entry["name"]), entry_id)
        for field in _WORD_FIELDS:
            for word in _word_list(entry.get(field), f"{entry_id}.{field}"):
                forms = [word]
                if field == "demonyms" and (plural := _plural(word)):
                    forms.append(plural)
                for form in forms:
                    word_entry[norm_key(form)] = entry_id
                    labels.setdefault(norm_key(form), entry_id)
        for abbrev in _word_list(entry.get("abbrevs"), f"{entry_id}.abbrevs"):
            abbrev_entry[abbrev] = entry_id
            labels.setdefault(norm_key(abbrev), entry_id)
    for shield in _word_list(data.get("shields"), "shields"):
        word_entry[norm_key(shield)] = None
    rules = data["head_rules"]
    complement = "|".join(re.escape(w) for w in _word_list(rules["complement_words"], "head"))
    origin = "|".join(re.escape(w) for w in _word_list(rules["origin_suffixes"], "head"))
    backer = "|".join(re.escape(w) for w in _word_list(rules["backer_suffixes"], "head"))
    civic = "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in _word_list(rules["civic_heads"], "head")
    )
    estranged = "|".join(re.escape(w) for w in _word_list(rules["estranged_words"], "head"))
    people = "|".join(re.escape(w) for w in _word_list(rules["people_heads"], "head"))
    word_leads = _leads(word_entry, fold=True)
    return Gazetteer(
        names=names,
        words=LazyPattern(_alternation(word_entry), re.IGNORECASE),
        abbrevs=re.compile(_alternation(abbrev_entry)) if abbrev_entry else None,
        word_entry=word_entry,
        abbrev_entry=abbrev_entry,
        labels=labels,
        complement_before=re.compile(
            # ("in eastern Congo", "in the north-west of": a compass word between them)
            rf"(?<!\w)(?:{complement})\s+(?:(?:the|a|an)\s+)?(?:{_COMPASS}\s+)?$",
            re.IGNORECASE,
        ),
        origin_after=re.compile(rf"s?[-\u2010\u2013]\s*(?:{origin})(?!\w)", re.IGNORECASE),
        backer_after=re.compile(rf"s?[-\u2010\u2013]\s*(?:{backer})(?!\w)", re.IGNORECASE),
        civic_after=re.compile(rf"(?:['’]s)?\s+(?:{civic})(?!\w)", re.IGNORECASE),
        estranged=re.compile(rf"(?<!\w)(?:{estranged})(?!\w)|\bin\s+exile\b", re.IGNORECASE),
        people_after=re.compile(
            rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{people})(?!\w)", re.IGNORECASE
        ),
        word_leads=word_leads,
        word_terms=None if word_leads is None else _terms_by_lead(word_entry),
        abbrev_leads=_leads(abbrev_entry, fold=False),
    )
