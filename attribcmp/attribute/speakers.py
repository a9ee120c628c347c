"""Speaker mentions: finding the noun phrase, telling what it is, and resolving it.

Mentions are found next to a cue by a bounded token scan (at most ``_MAX_NP`` tokens), so the
cost per cue is constant. Resolution keeps a salience list per document, most recent last:
speakers of claims and the subjects of narration sentences. Pronouns and descriptions ("the
American official") go to the most recent compatible entity (person vs organisation, number,
nationality, role), and names merge by surname ("Lloyd Austin" = "Lloyd J. Austin").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from attribcmp.attribute.cues import Token
from attribcmp.data import load_yaml, word_set
from attribcmp.model import Speaker, SpeakerKind, SpeakerMention, TextSpan

_MAX_NP = 14  # tokens; a speaker phrase longer than this is a clause, not a name
_PREPOSITIONS = word_set("of for from by on at in with to between among within inside near")
_ISSUED = word_set("issued released published sent posted put signed")
_BREAK = word_set(
    """that which who whom whose and but or because while when if as than so is was are were be
    been being has have had will would can could should may might must do does did not n't
    also what where why how whether although though since until unless after before said
    says told say"""
)
_ADVERBS = word_set("even but and also so yet then now still however only just perhaps")
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

    @property
    def pronouns(self) -> frozenset[str]:
        return self.person_pronouns | self.plural_pronouns | self.thing_pronouns


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
    )


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _wordlike(tok: Token) -> bool:
    return tok.text[:1].isalnum()


def _bare(lower: str) -> str:
    """'military’s' -> 'military'."""
    for suffix in ("’s", "'s", "’", "'"):
        if lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


def is_speaker_head(tokens: Sequence[Token], i: int) -> bool:
    """Whether token i can end a speaker noun phrase (the subject of a cue)."""
    tok = tokens[i]
    w = words()
    low = tok.lower
    if low in w.pronouns or low in w.relative_pronouns:
        return True
    if not _wordlike(tok) or low in _BREAK or low in w.determiners:
        return False
    if _cap(tok):
        return not (i == 0 and low in w.determiners)
    b = _bare(low)
    if b in w.anonymous or b in w.roles or b in w.organisations or b in w.documents:
        return True
    if i > 0 and tokens[i - 1].lower in w.determiners:
        return True  # "the meeting": right after a determiner, even an -ing word is a noun
    if b.endswith(_NOT_NOUN):
        return False
    # Any other lower-case word counts when a determiner opens the phrase ("the fund said").
    for j in range(i - 1, max(-1, i - 4), -1):
        if tokens[j].lower in w.determiners:
            return True
        if (
            not _wordlike(tokens[j])
            or tokens[j].lower in _BREAK
            or tokens[j].lower in _PREPOSITIONS
        ):
            return False
    return False


def _abbreviation_dot(tokens: Sequence[Token], i: int) -> bool:
    """Token i is the period of a title or an initial ("Gen. Bajwa", "Lloyd J. Austin")."""
    return (
        tokens[i].text == "."
        and i > 0
        and (tokens[i - 1].lower in _ABBREV_TITLES or len(tokens[i - 1].text) == 1)
    )


def np_before(tokens: Sequence[Token], last: int) -> tuple[int, int] | None:
    """The noun phrase ending at token ``last``, scanning backwards; None if it is not one."""
    if last < 0 or not is_speaker_head(tokens, last):
        return None
    w = words()
    if tokens[last].lower in w.pronouns or tokens[last].lower in w.relative_pronouns:
        return last, last
    first = last
    i = last - 1
    while i >= 0 and last - i < _MAX_NP:
        tok = tokens[i]
        low = tok.lower
        if _abbreviation_dot(tokens, i):
            first = i - 1  # "Gen. Bajwa", "Lloyd J. Austin"
            i -= 2
            continue
        if not _wordlike(tok) or low in _BREAK or low in w.pronouns:
            break
        if low in w.determiners:
            first = i
            while i > 0 and tokens[i - 1].lower in w.determiners:
                i -= 1  # "the two sides", "all the officials"
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
    if tokens[first].lower in w.pronouns:
        return first, first
    last = first - 1
    i = first
    while i < n and i - first < _MAX_NP:
        tok = tokens[i]
        low = tok.lower
        if _abbreviation_dot(tokens, i):
            last = i
            i += 1
            continue
        if not _wordlike(tok) or (low in _BREAK and low != "who"):
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
    return _bare(tok.lower) not in w.anonymous and tok.lower not in ("people", "officials")


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
        if _cap(tok) and _bare(tok.lower) not in w.titles:
            run.append(tok)
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


def describe(text: str, tokens: Sequence[Token], first: int, last: int) -> MentionInfo:
    """Classify the noun phrase ``tokens[first..last]``."""
    w = words()
    span = TextSpan(
        text[tokens[first].start : tokens[last].end], tokens[first].start, tokens[last].end
    )
    low = tokens[first].lower
    if first == last and low in w.pronouns | w.relative_pronouns:
        if low in w.person_pronouns:
            return MentionInfo(span, SpeakerKind.PERSON, "", False, pronoun=low)
        if low in w.plural_pronouns:
            return MentionInfo(span, SpeakerKind.UNKNOWN, "", False, pronoun=low, plural=True)
        return MentionInfo(span, SpeakerKind.ORGANISATION, "", False, pronoun=low)
    core_last = _core_end(tokens, first, last)
    if core_last > first and tokens[core_last].lower in _POSTMODIFIERS:
        core_last -= 1  # "people familiar with the matter": the people speak
    head = tokens[core_last]
    head_low = _bare(head.lower)
    definite = tokens[first].lower in ("the", "this", "that")
    core_span = TextSpan(text[tokens[first].start : head.end], tokens[first].start, head.end)
    if head_low in w.documents and not _cap(head):
        issuer = None
        for k in range(core_last + 1, last):
            if tokens[k].lower in ("by", "from") and k + 1 <= last:
                end = _core_end(tokens, k + 1, last)
                issuer = TextSpan(
                    text[tokens[k + 1].start : tokens[end].end],
                    tokens[k + 1].start,
                    tokens[end].end,
                )
                break
        if issuer is None and first < core_last and tokens[first].text.endswith(("’s", "'s")):
            issuer = TextSpan(_bare(tokens[first].text), tokens[first].start, tokens[first].end - 2)
        return MentionInfo(span, SpeakerKind.DOCUMENT, "", False, definite=definite, issuer=issuer)
    name = _name_tokens(tokens, first, core_last)
    if not name and core_last < last and _cap(tokens[last]):
        # "the spokeswoman for the ministry, Maria Zakharova": the name closes the phrase.
        end_name = _name_tokens(tokens, core_last + 1, last)
        k = next((i for i in range(first, last + 1) if tokens[i] is end_name[0]), 0) - 1
        if end_name and k >= first and tokens[k].text == ",":
            name = end_name
    if (
        name
        and len(name) == 1
        and name[0] is tokens[first]
        and first == 0
        and _bare(name[0].lower) in (w.anonymous | w.roles)
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
        before = _bare(tokens[k].lower) if k >= first else ""
        titled = (
            before not in ("the", "of", "")
            and (before in w.titles or before in w.roles)
            and _bare(name[-1].lower) not in w.organisations  # "National Refining Company"
        )
    # A body's word counts in a capitalised name ("Department of Homeland Security"), not
    # in front of a role ("the Army chief" is a person).
    body_words = (t for t in phrase if _cap(t)) if _cap(head) else iter(name)
    if not titled and (
        head_low in w.organisations or any(_bare(t.lower) in w.organisations for t in body_words)
    ):
        return MentionInfo(
            span,
            SpeakerKind.ORGANISATION,
            _org_name(text, tokens, first, core_last) or core_span.text,
            False,
            definite=definite,
            role=head_low,
        )
    if name:
        return MentionInfo(
            span, SpeakerKind.PERSON, name_text, False, role=head_low if head_low in w.roles else ""
        )
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


# --------------------------------------------------------------------------- resolution

Nationality = Callable[[str], frozenset[str]]


def _no_nationality(text: str) -> frozenset[str]:
    return frozenset()


@dataclass(slots=True)
class _Entity:
    id: str
    name: str
    kind: SpeakerKind
    anonymous: bool
    plural: bool = False
    aliases: list[str] = field(default_factory=list)
    mentions: list[SpeakerMention] = field(default_factory=list)
    surname: str = ""
    first_names: frozenset[str] = frozenset()
    nations: frozenset[str] = frozenset()
    roles: set[str] = field(default_factory=set)
    is_speaker: bool = False


class Resolver:
    """Ties mentions to entities across one or more documents, by salience."""

    # Sentences back that a pronoun or description may reach; past that it is a new speaker.
    WINDOW = 12

    def __init__(self, nationality: Nationality = _no_nationality) -> None:
        self._entities: list[_Entity] = []
        self._salience: list[tuple[int, int]] = []  # (entity index, sentence index)
        self._nationality = nationality
        self._by_key: dict[str, int] = {}
        self._mentioned: list[tuple[int, int]] = []  # every named mention, for descriptions
        self._by_surname: dict[str, list[int]] = {}

    # -- names seen in narration -------------------------------------------------------------
    def note_name(
        self, full: str, name: str, kind: SpeakerKind, sentence: int, *, subject: bool
    ) -> int:
        """Record a named entity seen in the text; subjects of narration become salient."""
        idx = self._find_named(name, kind)
        if idx is None:
            idx = self._new(name, kind, anonymous=False)
        ent = self._entities[idx]
        if full not in ent.aliases and full != ent.name:
            # Only a new surface form can add a nationality or a role: look those up once.
            ent.aliases.append(full)
            ent.nations = ent.nations | self._nationality(full)
            roles = words().roles
            ent.roles.update(tok for tok in full.lower().split() if tok in roles)
        if name and name not in ent.aliases and name != ent.name:
            ent.aliases.append(name)
        if (
            len(name) > len(ent.name)
            and kind is SpeakerKind.PERSON
            and ent.kind is SpeakerKind.PERSON
        ):
            if ent.name not in ent.aliases:
                ent.aliases.append(ent.name)
            ent.name = name
        self._mentioned.append((idx, sentence))
        if subject:
            self._touch(idx, sentence)
        return idx

    def _split_name(self, name: str) -> tuple[str, frozenset[str]]:
        parts = [p for p in name.replace(".", ". ").split() if p]
        if not parts:
            return "", frozenset()
        surname = _bare(parts[-1].lower())
        firsts = frozenset(p.lower() for p in parts[:-1] if len(p.rstrip(".")) > 1)
        return surname, firsts

    def _find_named(self, name: str, kind: SpeakerKind) -> int | None:
        key = name.lower()
        if key in self._by_key:
            return self._by_key[key]
        surname, firsts = self._split_name(name)
        if not surname:
            return None
        best = None
        for idx in self._by_surname.get(surname, ()):
            ent = self._entities[idx]
            if ent.anonymous or ent.kind is not kind:
                continue
            if firsts and ent.first_names and not (firsts & ent.first_names):
                continue  # "Bill Clinton" is not "Hillary Clinton"
            if kind is SpeakerKind.ORGANISATION and ent.name.lower() != key:
                continue
            best = idx
        return best

    def _new(self, name: str, kind: SpeakerKind, *, anonymous: bool, plural: bool = False) -> int:
        surname, firsts = self._split_name(name) if not anonymous else ("", frozenset())
        ent = _Entity(
            f"e{len(self._entities)}",
            name,
            kind,
            anonymous,
            plural,
            surname=surname,
            first_names=firsts,
        )
        self._entities.append(ent)
        self._by_key.setdefault(name.lower(), len(self._entities) - 1)
        if surname:
            self._by_surname.setdefault(surname, []).append(len(self._entities) - 1)
        return len(self._entities) - 1

    def _touch(self, idx: int, sentence: int) -> None:
        self._salience.append((idx, sentence))

    def _tail(self, history: list[tuple[int, int]], sentence: int) -> list[tuple[int, int]]:
        """The entries of a history (in sentence order) that lie within the window."""
        k = len(history)
        while k > 0 and sentence - history[k - 1][1] <= self.WINDOW:
            k -= 1
        return history[k:]

    def _recent(self, sentence: int, pool: list[tuple[int, int]] | None = None) -> list[int]:
        seen: list[int] = []
        for idx, sent in reversed(self._salience if pool is None else pool):
            if sentence - sent > self.WINDOW:
                break
            if idx not in seen:
                seen.append(idx)
        return seen

    # -- speaker mentions -----------------------------------------------------------------------
    def resolve(self, info: MentionInfo, doc_id: str, sentence: int) -> tuple[int, str]:
        """The entity a speaker mention refers to, and how it was decided."""
        idx, how = self._pick(info, doc_id, sentence)
        ent = self._entities[idx]
        ent.is_speaker = True
        ent.mentions.append(SpeakerMention(doc_id, info.span))
        if info.span.text != ent.name and info.span.text not in ent.aliases and not info.pronoun:
            ent.aliases.append(info.span.text)
            ent.nations = ent.nations | self._nationality(info.span.text)
        self._touch(idx, sentence)
        return idx, how

    def _pick(self, info: MentionInfo, doc_id: str, sentence: int) -> tuple[int, str]:
        text = info.span.text
        recent = self._recent(sentence)
        if info.pronoun is not None:
            for idx in recent:
                ent = self._entities[idx]
                if self._pronoun_fits(info, ent):
                    return (
                        idx,
                        f"pronoun '{text}' -> {ent.name} "
                        "(most recent compatible speaker or subject)",
                    )
            return self._new(
                text, info.kind, anonymous=False, plural=info.plural
            ), f"pronoun '{text}' unresolved"
        if info.kind is SpeakerKind.DOCUMENT:
            if info.issuer is not None:
                issuer = describe_text(info.issuer)
                idx, how = self._pick(issuer, doc_id, sentence)
                self._entities[idx].aliases.append(text) if text not in self._entities[
                    idx
                ].aliases else None
                return idx, f"document '{text}' issued by {self._entities[idx].name}" + (
                    f"; {how}" if how else ""
                )
            if info.definite:
                for idx in recent:
                    ent = self._entities[idx]
                    if ent.kind in (SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT):
                        return idx, f"'{text}' -> {ent.name} (most recent organisation)"
            return self._new(text, SpeakerKind.DOCUMENT, anonymous=False), ""
        words_ = text.split()
        if (
            len(words_) > 1
            and words_[0].lower() in ("his", "her", "its", "their")
            and not info.name[:1].isupper()
        ):
            # "his office": the possessor is a pronoun; the office is its own speaker.
            owner_info = MentionInfo(
                TextSpan(words_[0], info.span.start, info.span.start + len(words_[0])),
                SpeakerKind.PERSON
                if words_[0].lower() in ("his", "her")
                else SpeakerKind.ORGANISATION,
                "",
                False,
                pronoun={"his": "he", "her": "she", "its": "it"}.get(words_[0].lower(), "they"),
                plural=words_[0].lower() == "their",
            )
            owner, _ = self._pick(owner_info, doc_id, sentence)
            owner_ent = self._entities[owner]
            rest = " ".join(words_[1:])
            name = f"{owner_ent.name}’s {rest}"
            known = self._by_key.get(name.lower())
            if known is not None:
                idx = known
            else:
                idx = self._new(name, SpeakerKind.ORGANISATION, anonymous=False)
                ent = self._entities[idx]
                ent.nations = owner_ent.nations
                ent.aliases.extend(f"{a}’s {rest}" for a in owner_ent.aliases if a[:1].isupper())
            return idx, f"'{text}' -> {name} ('{words_[0]}' = {owner_ent.name})"
        if info.name and info.kind is SpeakerKind.PERSON and self._is_place(info):
            # "Ukraine says", "Moscow said": a country or capital speaks as its government.
            info = replace(info, kind=SpeakerKind.ORGANISATION)
        if info.name:
            idx_named = self._find_named(info.name, info.kind)
            if idx_named is not None:
                ent = self._entities[idx_named]
                how = "" if ent.name == info.name else f"'{info.name}' = {ent.name} (same name)"
                return idx_named, how
            idx = self._new(info.name, info.kind, anonymous=False)
            if text != info.name:
                self._entities[idx].aliases.append(text)
            self._entities[idx].nations = self._nationality(text)
            return idx, ""
        if info.definite and not info.plural:
            # A description may point at anyone named lately, speaker or not ("the Army chief").
            # Only the window's tail of each history is merged, so the cost stays constant.
            pool = sorted(
                self._tail(self._salience, sentence) + self._tail(self._mentioned, sentence),
                key=lambda p: p[1],
            )
            found = self._description(info, self._recent(sentence, pool))
            if found is not None:
                return found
        key = text.lower()
        for prefix in ("the ", "a ", "an ", "another "):
            if key.startswith(prefix):
                key = key[len(prefix) :]
        for idx in recent:
            ent = self._entities[idx]
            if ent.anonymous and ent.name.lower().endswith(key):
                return idx, f"'{text}' -> {ent.name} (same source)"
        return self._new(text, info.kind, anonymous=info.anonymous, plural=info.plural), ""

    def _is_place(self, info: MentionInfo) -> bool:
        """A bare country or capital name ("Ukraine", "Moscow"), not a person's name."""
        if info.role or len(info.name.split()) > 2 or info.span.text != info.name.strip():
            return False
        return bool(self._nationality(info.name))

    def _pronoun_fits(self, info: MentionInfo, ent: _Entity) -> bool:
        if info.pronoun in words().person_pronouns:
            return ent.kind is SpeakerKind.PERSON and not ent.plural
        if info.pronoun in words().plural_pronouns:
            return ent.plural or ent.kind is SpeakerKind.ORGANISATION
        return ent.kind in (SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT) and not ent.plural

    def _description(self, info: MentionInfo, recent: list[int]) -> tuple[int, str] | None:
        nations = self._nationality(info.span.text)
        fallback = None
        for idx in recent:
            ent = self._entities[idx]
            if ent.kind not in (SpeakerKind.PERSON, SpeakerKind.UNKNOWN) or ent.anonymous:
                continue
            if nations and ent.nations and not (nations & ent.nations):
                continue
            if info.role and info.role in ent.roles:
                return idx, f"'{info.span.text}' -> {ent.name} (role '{info.role}')"
            if nations and nations & ent.nations:
                return (
                    idx,
                    f"'{info.span.text}' -> {ent.name} "
                    f"(nationality {', '.join(sorted(nations & ent.nations))})",
                )
            if fallback is None and ent.is_speaker:
                fallback = idx
        if fallback is not None and info.role in (
            "official",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "leader",
        ):
            ent = self._entities[fallback]
            return fallback, f"'{info.span.text}' -> {ent.name} (most recent speaker)"
        return None

    def issuer(self, label: str) -> int:
        """The entity for an account's issuer (``compare``), named by its side label."""
        key = label.lower()
        if (
            key in self._by_key
            and self._entities[self._by_key[key]].kind is SpeakerKind.ORGANISATION
        ):
            idx = self._by_key[key]
        else:
            idx = self._new(label, SpeakerKind.ORGANISATION, anonymous=False)
        self._entities[idx].is_speaker = True
        return idx

    def peek(self, info: MentionInfo, sentence: int) -> str:
        """The name a mention refers to, without counting it as a speaker (nested reports)."""
        idx, _ = self._pick(info, "", sentence)
        self._touch(idx, sentence)
        return self._entities[idx].name

    def touch(self, idx: int, sentence: int) -> None:
        """Mark an entity as just mentioned (a quotation continuing its words)."""
        self._touch(idx, sentence)

    def entity_name(self, idx: int) -> str:
        return self._entities[idx].name

    def speakers(self, used: Sequence[int]) -> tuple[tuple[Speaker, ...], dict[int, str]]:
        """Speakers for the entities that made claims, ids in order of first use."""
        ids: dict[int, str] = {}
        out: list[Speaker] = []
        for idx in used:
            if idx in ids:
                continue
            ids[idx] = f"s{len(ids) + 1}"
            ent = self._entities[idx]
            aliases = tuple(a for a in dict.fromkeys(ent.aliases) if a and a != ent.name)
            out.append(
                Speaker(
                    id=ids[idx],
                    name=ent.name,
                    kind=ent.kind,
                    anonymous=ent.anonymous,
                    aliases=aliases,
                    mentions=tuple(sorted(ent.mentions, key=lambda m: (m.doc_id, m.span.start))),
                )
            )
        return tuple(out), ids


def describe_text(span: TextSpan) -> MentionInfo:
    """Classify a free-standing phrase (a document's issuer) by tokenising it on its own."""
    from attribcmp.attribute.cues import tokenize

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
