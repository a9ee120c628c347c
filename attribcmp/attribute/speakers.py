"""Resolving speaker mentions to entities, by salience.

Resolution keeps a salience list per document, most recent last: speakers of claims and the
subjects of narration sentences. Pronouns and descriptions ("the American official") go to the
most recent compatible entity (person vs organisation, number, nationality, role), and names
merge by surname ("Lloyd Austin" = "Lloyd J. Austin").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice
from typing import Any

from attribcmp.attribute.entities import (
    GENDERED,
    Entity,
    Nationality,
    no_nationality,
    one_person,
    own_to_document,
    proper_name,
    singular_word,
    split_name,
)
from attribcmp.attribute.mentions import MentionInfo, describe_text, is_firm
from attribcmp.attribute.phrases import trailing_cue
from attribcmp.attribute.speaker_words import PREPOSITIONS, bare, origin_modifier, words
from attribcmp.data import word_set
from attribcmp.model import Speaker, SpeakerKind, SpeakerMention, TextSpan
from attribcmp.side_kinds import NON_PROFIT, PUBLIC_BODY

# A firm by its kind ("the company"): never a campaigning or aid group's name.
_FIRM_NOUNS = frozenset(("company", "firm", "corporation"))

# The attribution stage imports the nationality type and the trailing-cue test from here.
__all__ = ["Nationality", "Resolver", "trailing_cue"]


def owned_name(owner: str, rest: str) -> str:
    """ "<owner>’s <rest>", without a second possessive when the owner's form already has one
    ("the workers’" or "Gen. Ortiz's" as written): "X’s’s office" reads as a typo."""
    if owner.endswith(("’s", "'s", "s’", "s'")):
        return f"{owner} {rest}"
    return f"{owner}’s {rest}"


class Resolver:
    """Ties mentions to entities across one or more documents, by salience."""

    # Sentences back that a pronoun or description may reach; past that it is a new speaker.
    WINDOW = 12
    # Salience entries (and same-surname entities) a look-back examines at most: a news window
    # holds a few dozen; a list of thousands of names must not make each look-back walk them all.
    LOOKBACK = 128

    def __init__(self, nationality: Nationality = no_nationality) -> None:
        self._entities: list[Entity] = []
        self._salience: list[tuple[int, int]] = []  # (entity index, sentence index)
        self._nationality = nationality
        self._by_key: dict[str, int] = {}
        self._mentioned: list[tuple[int, int]] = []  # every named mention, for descriptions
        self._by_surname: dict[str, list[int]] = {}
        self._by_first: dict[str, list[int]] = {}  # two-word names by their first word
        # people by each long surname less one letter: "Hovannisyan" = "Hovhannisyan"; the
        # document they were named in with each (a variant spelling is merged within one story)
        self._by_variant: dict[str, list[tuple[int, str]]] = {}
        # firms by their first word: "Harlow" after "Harlow Pharma" is the firm's short name
        self._firm_first: dict[str, int] = {}
        # (entity, sentence, offset) of names read in narration: a pronoun skips the ones
        # inside its own claim's content
        self._named_at: list[tuple[int, int, int]] = []
        self._described_subject = -1  # the last sentence opened by "The Prime Minister <verb>"
        self._firms: dict[str, frozenset[str]] = {}  # doc id -> the names it calls firms
        self._doc_firms: frozenset[str] = frozenset()  # those of the document being read
        self._doc = ""  # the document being read (``start_document``)
        # entity index -> the document its description was made in: "the ministry" of one
        # account is not the other account's, as a name ("Samuel Okafor") is
        self._described_in: dict[int, str] = {}
        # the countries of the account being read's issuer (``compare``): its "the President"
        self._home: frozenset[str] = frozenset()
        # (entity, sentence) of the last person by role alone opening a sentence (a lead's
        # "A senior official has ..."): the titled name opening the next one may be theirs
        self._lead: tuple[int, int] | None = None

    # -- names seen in narration -------------------------------------------------------------
    def note_name(
        self, full: str, name: str, kind: SpeakerKind, sentence: int, *, subject: bool, at: int = -1
    ) -> int:
        """Record a named entity seen in the text; subjects of narration become salient."""
        if kind is SpeakerKind.PERSON:
            own = self.own_name(name)
            full, name = (own if full == name else full), own
        if kind is SpeakerKind.PERSON and name in self._doc_firms:
            kind = SpeakerKind.ORGANISATION  # "Andes Copper" after "Andes Copper Corp": a firm
        if (
            self._lead is not None
            and kind is SpeakerKind.PERSON
            and subject
            and self._find_named(name, kind, honorific=_honorific(full, name)) is None
        ):
            self._named_lead(full, name, sentence)
        idx = self._find_named(name, kind, honorific=_honorific(full, name))
        if idx is None:
            idx = self._new(name, kind, anonymous=False)
        ent = self._entities[idx]
        if full not in ent.aliases and full != ent.name:
            # Only a new surface form can add a nationality or a role: look those up once.
            ent.aliases.append(full)
            ent.nations = ent.nations | self._nationality(full)
            roles = words().roles
            ent.roles.update(tok for tok in re.findall(r"[\w-]+", full.lower()) if tok in roles)
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
        _trim(self._mentioned, max(self.LOOKBACK, self.FAR))
        self._named_at.append((idx, sentence, at))
        _trim(self._named_at, 16)
        if subject:
            self._touch(idx, sentence)
        return idx

    def note_known_subject(self, word: str, sentence: int, at: int = -1) -> bool:
        """A person already named, opening a narration sentence by surname or given name alone
        ("Stam rejected that."), is its subject: the "he" that follows is most likely him."""
        if not proper_name(word):
            return False
        idx = self._find_named(word, SpeakerKind.PERSON)
        if idx is None:
            return False
        ent = self._entities[idx]
        if ent.kind is not SpeakerKind.PERSON or ent.anonymous or " " not in ent.name:
            return False  # only a full name seen before makes the lone word a person's
        self._named_at.append((idx, sentence, at))
        _trim(self._named_at, 16)
        self._touch(idx, sentence)
        return True

    def note_body_subject(self, info: MentionInfo, doc_id: str, sentence: int) -> None:
        """A body that reported with no content of its own ("Keld's interior ministry denied
        that."): the "It said ..." after it is most likely that body, so it becomes salient."""
        idx, _ = self._pick(info, doc_id, sentence)
        self._touch(idx, sentence)

    def note_described_subject(self, info: MentionInfo, sentence: int) -> None:
        """A narration sentence whose subject is a person by role alone ("The Prime Minister
        spoke to Anna Berg, President of ..."): the "he" of the next sentence is that subject,
        not a person named as its object. The role's holder becomes salient when one is known."""
        self._described_subject = sentence
        pool = sorted(
            self._tail(self._salience, sentence) + self._tail(self._mentioned, sentence),
            key=lambda p: p[1],
        )
        found = self._description(info, self._recent(sentence, pool))
        if found is not None and found[0] is not None:
            self._touch(found[0], sentence)

    def note_indefinite_subject(self, info: MentionInfo, doc_id: str, sentence: int) -> None:
        """A narration sentence opened by one person by role alone ("A senior British military
        official has presented evidence he says is proof ..."): that person is the sentence's
        subject, so the "he" in it (and after it) is most likely them."""
        idx, _ = self._pick(info, doc_id, sentence)
        self._touch(idx, sentence)
        self._lead = (idx, sentence)

    def start_document(self, doc_id: str, issuer: str | None = None) -> None:
        """A new document opens: its pronouns and descriptions look back within it only.
        ``issuer``: the account's issuer label in ``compare`` (its countries are the home of
        the account's unqualified descriptions).

        Sentence numbers start again at 0 in each document, so the look-back histories of the
        one before would read as this one's own sentences ("He" opening a second account was
        the first account's last speaker). Names still merge across documents (``_by_key``).
        """
        self._doc = doc_id
        self._home = self._issuer_nations(issuer) if issuer else frozenset()
        self._lead = None
        self._salience.clear()
        self._mentioned.clear()
        self._named_at.clear()
        self._described_subject = -1

    def _issuer_nations(self, label: str) -> frozenset[str]:
        # a short side label typed in lower case ("us", "uk") is an abbreviation
        found = self._nationality(label)
        return found or (self._nationality(label.upper()) if len(label) <= 3 else found)

    def note_firms(self, doc_id: str, names: frozenset[str]) -> None:
        """The one-word names a document calls a firm ("the payments company Veltrix")."""
        self._firms[doc_id] = names
        self._doc_firms = names  # the document being read: its narration names are noted next

    def own_name(self, name: str) -> str:
        """A person's name without the place its title pointed at: "Envoy for Iran Brian Hook"
        and "Ambassador to the United Nations Zalmay Khalilzad" leave "Iran Brian Hook" and
        "United Nations Zalmay Khalilzad" as the capitalised run; the person is the rest."""
        parts = name.split()
        while len(parts) > 2 and parts[-1].lower() in words().weekdays:
            parts = parts[:-1]  # "David Morrison Monday confirmed": the day is no part of it
        owned = [k for k, p in enumerate(parts[:-1]) if bare(p.lower()) != p.lower()]
        # "Amnesty's Conor Fortune", "Medrek's Gudina": the owner is no part of the name (a
        # surname alone only when a person of that name is already known)
        if owned and (owned[-1] < len(parts) - 2 or split_name(parts[-1])[0] in self._by_surname):
            parts = parts[owned[-1] + 1 :]
        name = " ".join(parts)
        if len(parts) < 3 or not all(p[:1].isupper() for p in parts):
            return name
        # The shortest leading run that names a country or body; two words must remain.
        for k in range(1, min(3, len(parts) - 2) + 1):
            if self._nationality(" ".join(parts[:k])):
                rest = parts[k:]
                # "Envoy for North Korea Policy Stephen Bosworth": the field after the place
                # ("Policy", "Affairs") is the title's too
                while len(rest) > 2 and bare(rest[0].lower()) in words().portfolios:
                    rest = rest[1:]
                return " ".join(rest)
        return name

    def _find_named(self, name: str, kind: SpeakerKind, *, honorific: bool = False) -> int | None:
        key = name.lower()
        if key in self._by_key:
            return self._by_key[key]
        if kind is SpeakerKind.PERSON and _JOINT_NAMES.search(name):
            return None  # "Dmitry Medvedev and Barack Obama" speak together: neither alone
        surname, firsts = split_name(name)
        if not surname:
            return None
        best = None
        for idx in self._by_surname.get(surname, [])[-self.LOOKBACK :]:
            ent = self._entities[idx]
            if ent.anonymous or ent.kind is not kind:
                continue
            if firsts and ent.first_names and not (firsts & ent.first_names):
                continue  # "Bill Clinton" is not "Hillary Clinton"
            if kind is SpeakerKind.ORGANISATION and ent.name.lower() != key:
                continue
            best = idx
        if best is None and kind is SpeakerKind.PERSON and " " not in name.strip():
            # "Wang" after "Wang Yi", "Xi" after "Xi Jinping": family name first; only when
            # exactly one person named so far starts with it.
            # The full name must have come with a title ("Foreign Minister Wang Yi"), so a
            # headline's "Obama Sees" is not taken for a family name and a given name.
            # ("Mr. Malik" after "chief negotiator, Malik Mahmud": an honorific says the one
            # word is a person's name, as a title before the full name does)
            starts = (
                i
                for i in self._by_first.get(surname, ())
                if self._entities[i].kind is SpeakerKind.PERSON
                and (
                    self._entities[i].roles
                    or honorific
                    # ("Israel says" after "Israel Katz" is the state, not Katz)
                    or _family_first(self._entities[i].name)
                    and not self._nationality(name)
                    # ("In Nevada, he ..." read as a name is a place, never a family name)
                    and not self._nationality(self._entities[i].name.split()[-1])
                    and name.lower() not in _NOT_FAMILY
                )
            )
            found = list(islice(starts, 2))  # a second one is enough to say "not exactly one"
            if len(found) == 1:
                best = found[0]
        if best is None and kind is SpeakerKind.PERSON and surname not in self._by_surname:
            best = self._spelt_alike(surname, firsts)
        if best is None and " " not in name.strip() and not honorific:
            # "Harlow denied" after "Harlow Pharma said"; but "Mr. Harlow" is a person, the
            # founder the firm is named after, never the firm
            best = self._firm_first.get(key)
        return best

    def _spelt_alike(self, surname: str, firsts: frozenset[str]) -> int | None:
        """The one person of this document whose long surname is this one spelt one letter
        apart ("Hovannisyan" after "Raffi Hovhannisyan"): a transliteration varies within a
        story; two such people, or first names that differ, and it is no one. (Another
        account's spelling is its outlet's convention, and a batch's other story may be
        about another family: only the same document's.)"""
        found = {
            idx
            for key in _variants(surname)
            for idx, doc in self._by_variant.get(key, ())[-self.LOOKBACK :]
            if doc == self._doc
            and _one_letter_apart(surname, self._entities[idx].surname)
            and not (
                firsts
                and self._entities[idx].first_names
                and not (firsts & self._entities[idx].first_names)
            )
        }
        return found.pop() if len(found) == 1 else None

    def _new(self, name: str, kind: SpeakerKind, *, anonymous: bool, plural: bool = False) -> int:
        surname, firsts = split_name(name) if not anonymous else ("", frozenset())
        ent = Entity(
            f"e{len(self._entities)}",
            name,
            kind,
            anonymous,
            plural,
            surname=surname,
            first_names=firsts,
        )
        self._entities.append(ent)
        self._index(len(self._entities) - 1)
        return len(self._entities) - 1

    def _index(self, idx: int) -> None:
        """File an entity under its name, surname, first word and spelling variants."""
        ent = self._entities[idx]
        name, kind, surname = ent.name, ent.kind, ent.surname
        self._by_key.setdefault(name.lower(), idx)
        if surname:
            self._by_surname.setdefault(surname, []).append(idx)
        if surname and kind is SpeakerKind.PERSON and not ent.anonymous:
            for key in _variants(surname):
                self._by_variant.setdefault(key, []).append((idx, self._doc))
        parts = name.split()
        # (three words too: "Tedros" after "WHO Director-General Tedros Adhanom Ghebreyesus")
        if kind is SpeakerKind.PERSON and len(parts) in (2, 3) and not ent.anonymous:
            first = bare(parts[0].lower())
            self._by_first.setdefault(first, []).append(idx)
        if kind is SpeakerKind.ORGANISATION and len(parts) > 1 and is_firm(name):
            # the first firm of that word keeps it: a later one is a different company
            self._firm_first.setdefault(parts[0].lower(), idx)

    def _named_lead(self, full: str, name: str, sentence: int) -> None:
        """ "A senior British military official has presented evidence ... Vice Admiral Charles
        Style presented maps ...": a lead's person by role alone, then a titled name opening one
        of the next two sentences, is one person, the name given a sentence late (wire leads
        do this). The description's entity takes the name; countries that differ, or a title
        that is not the role, and it does not."""
        lead = self._lead
        if lead is None or not 0 < sentence - lead[1] <= 2 or full == name:
            return  # (a wire lead's byline sentence may come between)
        ent = self._entities[lead[0]]
        nations, own = self._nationality(full), ent.nations or self._nationality(ent.name)
        if not ent.anonymous or ent.plural or (nations and own and not nations & own):
            return
        # the name's title must be the description's role ("A party spokesman ... Party
        # spokesman Ann Roe"), or a rank after "an official"/"an officer" ("A senior military
        # official ... Vice Admiral X"): "A senior official ... President Ann Roe" is two people
        role = singular_word(bare(ent.name.split()[-1].lower()))
        titles = {bare(t.lower().rstrip(".")) for t in full[: max(0, full.find(name))].split()}
        if role not in titles and not (role in _LEAD_ROLES and titles & _RANKS):
            return
        if titles - _RANKS - words().titles:
            return  # "Taliban spokesman X" after "A peacekeeping spokesman": a body of its own
        self._lead = None
        ent.aliases.append(ent.name)
        ent.name, ent.kind, ent.anonymous = name, SpeakerKind.PERSON, False
        ent.surname, ent.first_names = split_name(name)
        self._index(lead[0])

    def _touch(self, idx: int, sentence: int) -> None:
        self._salience.append((idx, sentence))
        _trim(self._salience, max(self.LOOKBACK, self.FAR))

    def _tail(self, history: list[tuple[int, int]], sentence: int) -> list[tuple[int, int]]:
        """The entries of a history (in sentence order) that lie within the window."""
        k = len(history)
        floor = max(0, k - self.LOOKBACK)
        while k > floor and sentence - history[k - 1][1] <= self.WINDOW:
            k -= 1
        return history[k:]

    def _recent(self, sentence: int, pool: list[tuple[int, int]] | None = None) -> list[int]:
        found: list[int] = []
        history = self._salience if pool is None else pool
        for idx, sent in reversed(history[-self.LOOKBACK :]):
            if sentence - sent > self.WINDOW:
                break
            found.append(idx)
        # Each entity once, nearest first: a dict keeps the order without a list scan per
        # entry (a list of thousands of speakers made that quadratic in the window).
        return list(dict.fromkeys(found))

    # Entries searched past the window: bounded, so a long article stays linear.
    FAR = 400

    def _antecedents(
        self, info: MentionInfo, recent: list[int], sentence: int
    ) -> Iterator[tuple[int, str]]:
        """Candidates for a pronoun, nearest first, each with how far back it was found
        (the entities before the window are only gathered if none in it fits)."""
        yield from self._named_before(info, sentence)
        for idx in recent:
            yield idx, "most recent compatible speaker or subject"
        for idx in self._earlier(sentence):
            yield idx, "the last compatible speaker or subject, further back"

    def _named_before(self, info: MentionInfo, sentence: int) -> Iterator[tuple[int, str]]:
        """The people named in the sentence just before, when no one who fits spoke or was the
        subject there: "Television showed Mr. Ode taking the oath. He urged calm" is Mr. Ode (a
        reader takes the person just named over a speaker further back)."""
        if self._described_subject == sentence - 1:
            return  # "The Prime Minister spoke to Anna Berg. He ...": the subject, not Berg
        if any(
            sent >= sentence - 1 and self._pronoun_fits(info, self._entities[idx])
            for idx, sent in self._salience[-8:]
        ):
            return
        recent = self._mentioned[-16:]
        # one named again in the pronoun's own sentence is not "he": "He said Mr. Ode erred"
        here = {idx for idx, sent in recent if sent == sentence}
        for idx, sent in reversed(recent):
            if sent < sentence - 1:
                return
            if sent == sentence - 1 and idx not in here:
                yield idx, "the person named in the sentence before"

    def _earlier(self, sentence: int) -> list[int]:
        """Entities named or speaking before the window, most recent first (bounded)."""
        pool = sorted(
            self._salience[-self.FAR :] + self._mentioned[-self.FAR :], key=lambda p: -p[1]
        )
        seen: dict[int, None] = {}
        for idx, sent in pool:
            if sent <= sentence:
                seen.setdefault(idx)
        return list(seen)

    # -- speaker mentions -----------------------------------------------------------------------
    def resolve(
        self,
        info: MentionInfo,
        doc_id: str,
        sentence: int,
        content: Sequence[tuple[int, int]] = (),
    ) -> tuple[int, str]:
        """The entity a speaker mention refers to, and how it was decided (``content``: the
        claim's character spans, whose names a pronoun speaker cannot be)."""
        idx, how = self._pick(info, doc_id, sentence, content)
        ent = self._entities[idx]
        ent.is_speaker = True
        ent.mentions.append(SpeakerMention(doc_id, info.span))
        if info.span.text != ent.name and info.span.text not in ent.aliases and not info.pronoun:
            ent.aliases.append(info.span.text)
            ent.nations = ent.nations | self._nationality(info.span.text)
            # A titled mention ("army spokesman Col. X") gives the person a role, as a narration
            # mention does: the given-name-alone merge ("Winthai" = "Winthai Suvaree") needs one.
            if ent.kind is SpeakerKind.PERSON and not ent.anonymous:
                roles = words().roles
                ent.roles.update(
                    t for t in re.findall(r"[\w-]+", info.span.text.lower()) if t in roles
                )
        self._touch(idx, sentence)
        return idx, how

    def _pick(
        self,
        info: MentionInfo,
        doc_id: str,
        sentence: int,
        content: Sequence[tuple[int, int]] = (),
    ) -> tuple[int, str]:
        text = info.span.text
        recent = self._recent(sentence)
        if info.pronoun is not None:
            # "Mr. Lane was found dead, he added": one named in the claim's own words is the
            # one talked about, not the one talking
            inside = {
                idx
                for idx, sent, at in self._named_at
                if sent == sentence
                and any(a <= at < b for a, b in content)
                # "The Prime Minister spoke to Anna Berg. He ...": Berg was the object
                or sent == sentence - 1 == self._described_subject
            }
            # Past the window, a reader still takes the last one who fits: "he" is unresolved
            # only when nothing earlier in the article can be the referent.
            for idx, where in self._antecedents(info, recent, sentence):
                if idx in inside:
                    continue
                ent = self._entities[idx]
                if self._pronoun_fits(info, ent):
                    if info.pronoun in GENDERED and not ent.gender:
                        ent.gender = GENDERED[info.pronoun]
                    return idx, f"pronoun '{text}' -> {ent.name} ({where})"
            # No one earlier fits: say so in the name rather than invent a speaker "He".
            name = f"{text.lower()} (unresolved)"
            known = self._by_key.get(name)
            idx = (
                known
                if known is not None
                else self._new(name, info.kind, anonymous=False, plural=info.plural)
            )
            self._entities[idx].gender = GENDERED.get(info.pronoun, "")
            return idx, f"pronoun '{text}' unresolved: no earlier speaker or subject fits"
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
            # (the word after the possessive decides, so a sentence's opening "His office" is
            # read like "his office"; "Its Foreign Ministry" is a name)
            and not (info.name.split()[1:2] or [""])[0][:1].isupper()
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
            name = owned_name(owner_ent.name, rest)
            known = self._by_key.get(name.lower())
            if known is not None:
                idx = known
            else:
                idx = self._new(name, SpeakerKind.ORGANISATION, anonymous=False)
                ent = self._entities[idx]
                ent.nations = owner_ent.nations
                ent.aliases.extend(
                    owned_name(a, rest) for a in owner_ent.aliases if a[:1].isupper()
                )
            return idx, f"'{text}' -> {name} ('{words_[0]}' = {owner_ent.name})"
        if info.definite and info.kind is SpeakerKind.ORGANISATION and not info.plural:
            found = self._body_by_kind(info, sentence)
            if found is not None:
                return found
        if info.name and info.kind is SpeakerKind.PERSON and not self._is_place(info):
            own = self.own_name(info.name)
            # (nearly always the name itself: dataclasses.replace only when it differs)
            info = info if own == info.name else replace(info, name=own)
        if (
            info.name
            and info.kind is SpeakerKind.PERSON
            and info.name in self._firms.get(doc_id, frozenset())
        ):
            # "Veltrix denied" after "the payments company Veltrix": a firm, so "the company"
            # and a spokesman naming no body find it as the body it is
            info = replace(info, kind=SpeakerKind.ORGANISATION)
        if info.name and info.kind is SpeakerKind.PERSON and self._is_place(info):
            # "Ukraine says", "Moscow said": a country or capital speaks as its government.
            info = replace(info, kind=SpeakerKind.ORGANISATION)
        if info.name:
            idx_named = self._find_named(
                info.name, info.kind, honorific=_honorific(info.span.text, info.name)
            )
            if idx_named is not None and self._elsewhere(idx_named):
                idx_named = None  # another account's "the ministry": not this one's
            if idx_named is not None:
                ent = self._entities[idx_named]
                how = "" if ent.name == info.name else f"'{info.name}' = {ent.name} (same name)"
                extra = info.name[: -len(ent.name)].lower().split()
                if (
                    ent.kind is SpeakerKind.PERSON
                    and extra
                    and info.name.endswith(f" {ent.name}")
                    # ("Admiral Ann Holm" after "Ann Holm": a rank is no part of the name)
                    and not any(bare(t.rstrip(".")) in _RANKS | words().roles for t in extra)
                ):
                    # "Ahmed" noted from "Sheikh Ahmed", then "(Shariff Sheikh Ahmed)" as the
                    # speaker: shown by the fuller name, as a narration mention would make it
                    if ent.name not in ent.aliases:
                        ent.aliases.append(ent.name)
                    ent.name = info.name
                return idx_named, how
            # ("Prosecutors said": a role's plural is people, "they" and never "her")
            plural = info.plural and info.kind is SpeakerKind.PERSON
            idx = self._new(info.name, info.kind, anonymous=False, plural=plural)
            self._note_described(idx, info.name)
            if text != info.name:
                self._entities[idx].aliases.append(text)
                roles = words().roles
                self._entities[idx].roles.update(t for t in text.lower().split() if t in roles)
            self._entities[idx].nations = self._nationality(text)
            return idx, ""
        owned = _owner(text)
        if owned and not info.name and not info.plural:
            principal = self._principal(owned, sentence)
            if principal is not None:
                return self._owned_by(principal, text, owned)
        if info.definite and not info.plural:
            # A description may point at anyone named lately, speaker or not ("the Army chief").
            # Only the window's tail of each history is merged, so the cost stays constant.
            pool = sorted(
                self._tail(self._salience, sentence) + self._tail(self._mentioned, sentence),
                key=lambda p: p[1],
            )
            found = self._description(info, self._recent(sentence, pool), owned)
            if found is not None:
                return found
        key = text.lower()
        for prefix in ("the ", "a ", "an ", "another "):
            if key.startswith(prefix):
                key = key[len(prefix) :]
        for idx in recent:
            ent = self._entities[idx]
            if (ent.anonymous or ent.kind is SpeakerKind.SOURCE) and (
                ent.name.lower().endswith(key) or _source_head(ent.name).endswith(key)
            ):
                return idx, f"'{text}' -> {ent.name} (same source)"
        same = self._by_key.get(text.lower())
        if (
            same is not None
            and info.definite
            and self._entities[same].kind is info.kind
            and not self._elsewhere(same)
        ):
            # "the prosecutor" again, with no one named in between to be him: the same one.
            return same, f"'{text}' -> {self._entities[same].name} (same description)"
        idx = self._new(text, info.kind, anonymous=info.anonymous, plural=info.plural)
        self._note_described(idx, text)
        return idx, ""

    def _elsewhere(self, idx: int) -> bool:
        """The entity is a description made in another document than the one being read."""
        return self._described_in.get(idx, self._doc) != self._doc

    def _note_described(self, idx: int, name: str) -> None:
        """A description ("the ministry", "the prosecutor") or a state body named by what it
        is ("the Foreign Ministry") refers within its own document: another account's "the
        ministry" is that account's ministry, so later mentions here find this one. A name
        ("Samuel Okafor") is one entity in every document."""
        if not own_to_document(name):
            return
        self._described_in[idx] = self._doc
        known = self._by_key.get(name.lower())
        if known is not None and known != idx and self._elsewhere(known):
            self._by_key[name.lower()] = idx

    def _body_by_kind(self, info: MentionInfo, sentence: int) -> tuple[int, str] | None:
        """ "the group said" after "Human Rights Watch said", "the rights group" for it too: a
        body named by its kind is the nearest named body of that kind."""
        # "the U.S.-based group" is "the group": where it sits names no other body
        shown = [w for w in info.span.text.split() if not origin_modifier().search(w)]
        if len(shown) < 2 or shown[0].lower() not in ("the", "this"):
            return None
        if any(p[:1].isupper() for p in shown[1:]):
            return None  # "the Foreign Ministry" is a name, found by name
        parts = [bare(p.lower()) for p in shown[1:]]
        head, modifiers = parts[-1], parts[:-1]
        generic = head in words().kind_nouns  # "the group": any named body
        pool = sorted(
            self._tail(self._salience, sentence) + self._tail(self._mentioned, sentence),
            key=lambda p: p[1],
        )
        for idx in self._recent(sentence, pool):
            ent = self._entities[idx]
            if ent.kind is not SpeakerKind.ORGANISATION or ent.anonymous:
                continue
            if not proper_name(ent.name) or self._is_country(ent):
                continue  # "the group" is no country, and no unnamed body either
            if head in _FIRM_NOUNS and (
                NON_PROFIT.search(ent.name) or PUBLIC_BODY.search(ent.name)
            ):
                continue  # "the company" is no "Green Valley Watch" or regulator quoted before it
            last = ent.name.split()[-1]
            if head in _FIRM_NOUNS and last.islower() and last in words().kind_nouns - _FIRM_NOUNS:
                continue  # "the company" is no body described by another kind ("Green group")
            known = {
                singular_word(w)
                for t in (ent.name, *ent.aliases[:20])  # bounded: a long story adds many
                for w in re.findall(r"[\w-]+", t.lower().replace("’s", " ").replace("'s", " "))
            }
            # "the rights group" is Human Rights Watch, not Amnesty: every word must fit
            if all(singular_word(m) in known for m in modifiers) and (
                generic or singular_word(head) in known
            ):
                return idx, f"'{info.span.text}' -> {ent.name} (the nearest body named as one)"
        return None

    def _is_country(self, ent: Entity) -> bool:
        """ "Ukraine", "Moscow": a place speaking as its government, which "the group" is not."""
        body = words().organisations
        parts = ent.name.lower().split()
        return len(parts) <= 2 and not (set(parts) & body) and bool(self._nationality(ent.name))

    def is_place(self, info: MentionInfo) -> bool:
        """A bare country or capital name ("Somalia"), e.g. a headline's topic label."""
        return bool(info.name) and self._is_place(info)

    def _is_place(self, info: MentionInfo) -> bool:
        """A bare country or capital name ("Ukraine", "Moscow"), not a person's name."""
        if info.role or len(info.name.split()) > 2 or info.span.text != info.name.strip():
            return False
        return bool(self._nationality(info.name))

    def _pronoun_fits(self, info: MentionInfo, ent: Entity) -> bool:
        if info.pronoun in words().person_pronouns:
            gender = GENDERED.get(info.pronoun or "", "")
            if gender and ent.gender and gender != ent.gender:
                return False  # "she" after a speaker already called "he"
            # "a Pakistani army spokesman denied it. He said ...": one unnamed person is "he"
            person = ent.kind is SpeakerKind.PERSON or (
                ent.kind is SpeakerKind.SOURCE and ent.anonymous and one_person(ent.name)
            )
            return person and not ent.plural
        if info.pronoun in words().plural_pronouns:
            # a body that took a singular verb is "it": "The council has called for access.
            # They reiterated ..." is not the council
            return ent.plural or ent.kind is SpeakerKind.ORGANISATION and not ent.singular
        return ent.kind in (SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT) and not ent.plural

    def _principal(self, owner: str, sentence: int) -> int | None:
        """The named person a title owns a role for: "the Prime Minister's spokesperson" after
        "Italian Prime Minister Marco Rossi" is Rossi's spokesperson, who speaks for his side.
        Only a capitalised title that a recent named person carries whole."""
        parts = owner.split()
        if not parts or not all(p[:1].isupper() for p in parts):
            return None
        if bare(parts[-1].lower()) not in words().roles:
            return None
        title = f" {owner.lower()} "
        pool = sorted(
            self._tail(self._salience, sentence) + self._tail(self._mentioned, sentence),
            key=lambda p: p[1],
        )
        for idx in self._recent(sentence, pool):
            ent = self._entities[idx]
            if ent.kind is not SpeakerKind.PERSON or ent.anonymous or _owner(ent.name):
                continue
            if any(title in f" {a.lower()} " for a in ent.aliases[:20]):
                return idx
        return None

    def _owned_by(self, principal: int, text: str, owner: str) -> tuple[int, str]:
        """The entity for "<principal>'s <role>", made once, carrying the principal's aliases
        so that it takes the principal's side."""
        head = self._entities[principal]
        rest = text.split(owner, 1)[1].lstrip("'’s").strip() or text
        name = owned_name(head.name, rest)
        known = self._by_key.get(name.lower())
        if known is None:
            # named as the story names it ("the Prime Minister's spokesperson"); the
            # principal's forms are aliases, which give the side
            known = self._new(text, SpeakerKind.PERSON, anonymous=False)
            self._by_key[name.lower()] = known
            ent = self._entities[known]
            ent.nations = head.nations
            ent.aliases.append(name)
            ent.aliases.extend(owned_name(a, rest) for a in head.aliases[:20] if a[:1].isupper())
        return known, f"'{text}' -> {name} ('{owner}' = {head.name})"

    def _description(
        self, info: MentionInfo, recent: list[int], owner: str = ""
    ) -> tuple[int, str] | None:
        nations = self._nationality(info.span.text)
        organisations = words().organisations
        bodies = {
            w for w in re.findall(r"[a-z]+", info.span.text) if w in organisations
        }  # "the electoral commission president": the body the role is of
        fallback = role_only = None
        head = singular_word(bare(info.span.text.split()[-1].lower()))
        for idx in recent:
            ent = self._entities[idx]
            if (
                role_only is None
                and ent.anonymous
                and one_person(ent.name)
                and _head_of(ent.name) == head
            ):
                # "A senior defense official said ... The official said": the nearest unnamed
                # source with the same head noun, not a named speaker further back (a nearer
                # named person with the role still wins)
                return idx, f"'{info.span.text}' -> {ent.name} (same source)"
            if ent.kind not in (SpeakerKind.PERSON, SpeakerKind.UNKNOWN) or ent.anonymous:
                continue
            owners = {_owner(t).lower() for t in (ent.name, *ent.aliases[:20])} - {""}
            if owner and owners and not _owner_in(owner, owners):
                continue  # "the government's spokesman" is no one else's: not "Smith's lawyer"
            if owner and not owners and ent.roles and not _names_owner(owner, ent):
                # "the governor's spokesman" is not "a coalition spokesman, Mark Roe", whose
                # titled names say whose spokesman he is (a bare name says nothing)
                continue
            if nations and ent.nations and not (nations & ent.nations):
                continue
            if not nations and self._home and ent.nations and not (self._home & ent.nations):
                # a White House readout's "The President" is its own, not "President Putin of
                # Russia" named in its title: an account's unqualified role is the issuer's
                continue
            if _spokesman_split(info.role, ent.roles):
                continue  # "the Taliban chief" is not the Taliban spokesman named just before
            if info.role and ({info.role} | _SAME_ROLE.get(info.role, set())) & ent.roles:
                if _bodies_fit(bodies, ent):
                    return idx, f"'{info.span.text}' -> {ent.name} (role '{info.role}')"
                # a role whose body none of his names holds: only if no one fits better
                role_only = idx if role_only is None else role_only
            if nations and nations & ent.nations:
                return (
                    idx,
                    f"'{info.span.text}' -> {ent.name} "
                    f"(nationality {', '.join(sorted(nations & ent.nations))})",
                )
            if (
                fallback is None
                and ent.is_speaker
                and ent.kind is SpeakerKind.PERSON
                and not _other_role(ent.name, head)
            ):
                fallback = idx  # (a document or a fragment is no one a role describes)
        if role_only is not None:
            ent = self._entities[role_only]
            return role_only, f"'{info.span.text}' -> {ent.name} (role '{info.role}')"
        if fallback is not None and info.role in _FALLBACK_ROLES:
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
            idx = self._new(issuer_name(label), SpeakerKind.ORGANISATION, anonymous=False)
            self._by_key.setdefault(key, idx)
            if self._entities[idx].name != label:
                self._entities[idx].aliases.append(label)
        self._entities[idx].is_speaker = True
        return idx

    def peek(self, info: MentionInfo, sentence: int) -> str:
        """The name a mention refers to, without counting it as a speaker (nested reports)."""
        idx, _ = self._pick(info, "", sentence)
        if self._salience and self._salience[-1][1] == sentence and self._salience[-1][0] != idx:
            # The reported person ranks below the sentence's speaker: "Khalilzad said Dervis
            # pledged ... 'we acted,' he said" is Khalilzad again (the subject stays salient).
            self._salience.insert(len(self._salience) - 1, (idx, sentence))
        else:
            self._touch(idx, sentence)
        return self._entities[idx].name

    def note_singular(self, idx: int) -> None:
        """A body spoke with a singular verb ("The council has called", "the ministry says")."""
        ent = self._entities[idx]
        if ent.kind is SpeakerKind.ORGANISATION and not ent.plural:
            ent.singular = True

    def touch(self, idx: int, sentence: int) -> None:
        """Mark an entity as just mentioned (a quotation continuing its words)."""
        self._touch(idx, sentence)

    def mark_anonymous(self, idx: int) -> None:
        """An unnamed person who asked not to be named is an anonymous source (a named one,
        whose name the story prints, is not)."""
        ent = self._entities[idx]
        # ("a former Veltrix engineer": an indefinite phrase's capital names the employer,
        # not the person)
        indefinite = ent.name.lower().split()[:1] in (["a"], ["an"])
        if ent.kind in (SpeakerKind.PERSON, SpeakerKind.UNKNOWN, SpeakerKind.SOURCE) and (
            indefinite or not proper_name(ent.name)
        ):
            ent.anonymous = True

    def entity_name(self, idx: int) -> str:
        return self._entities[idx].name

    def entity_kind(self, idx: int) -> SpeakerKind:
        return self._entities[idx].kind

    def speakers(self, used: Sequence[int]) -> tuple[tuple[Speaker, ...], dict[int, str]]:
        """Speakers for the entities that made claims, ids in order of first use."""
        ids: dict[int, str] = {}
        out: list[Speaker] = []
        for idx in used:
            if idx in ids:
                continue
            ids[idx] = f"s{len(ids) + 1}"
            ent = self._entities[idx]
            # Names read from the text may span a line break or blanked-out markup: one space.
            name = " ".join(ent.name.split())
            aliases = tuple(
                a
                for a in dict.fromkeys(" ".join(a.split()) for a in ent.aliases)
                if a and a != name
            )
            out.append(
                Speaker(
                    id=ids[idx],
                    name=name,
                    kind=ent.kind,
                    anonymous=ent.anonymous,
                    aliases=aliases,
                    mentions=tuple(sorted(ent.mentions, key=lambda m: (m.doc_id, m.span.start))),
                )
            )
        return tuple(out), ids


# Words that open a sentence before a place or a name and are never a family name.
_NOT_FAMILY = PREPOSITIONS | words().sentence_openers | words().determiners


def _family_first(name: str) -> bool:
    """ "Guo Wengui", "Bo Xilai": two words whose second reads as a given name, not a
    headline's verb ("Obama Sees", "Putin Warns" end in -s): "Guo" alone is that person."""
    parts = name.split()
    return len(parts) == 2 and parts[1][:1].isupper() and not parts[1].lower().endswith("s")


# Role words a story uses for one another's holder: "the Taliban chief" after "its leader, X".
_SAME_ROLE = {"chief": {"leader"}, "leader": {"chief"}}
# Two full names joined by "and" ("Dmitry Medvedev and Barack Obama").
_JOINT_NAMES = re.compile(r"\b[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*\s+(?:and|&)\s+[A-Z][\w.'’-]*\s+[A-Z]")


# The roles of one who speaks for another: never the principal he speaks for.
_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))


# Honorifics before a surname or a name used alone ("Mr. Malik", "Dr. Tedros").
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr"))


# Roles a reader takes for the speaker just quoted when no one named holds them: "the
# official", "the leader", and an organisation's "head"/"chief" ("Ann Roe spoke. The head of
# the union said ..." is Roe again: news varies the name of one person, not the speaker).
_FALLBACK_ROLES = frozenset(
    ("official", "spokesman", "spokeswoman", "spokesperson", "leader", "head", "chief")
)


# A lead's role alone that a rank names in the next sentence ("A senior military official"
# then "Vice Admiral X"), and the ranks.
_LEAD_ROLES = frozenset(("official", "officer", "commander"))
_RANKS = word_set(
    "admiral general colonel major captain lieutenant brigadier commander sergeant commodore "
    "marshal adm gen col maj capt lt brig cmdr sgt"
)

# Surnames this long or longer may be spelt one letter apart and still be one person's: a
# short one ("Khan" / "Kahn", "Lee" / "Leo") is another family's name.
_VARIANT_MIN = 7
_VARIANT_MAX = 24  # past this a "surname" is a run of words: no variants (bounded keys)


def _variants(surname: str) -> tuple[str, ...]:
    """The surname and it less each one of its letters (two spellings one letter apart share
    one of these keys), or none for a short, long or non-alphabetic one."""
    if not _VARIANT_MIN - 1 <= len(surname) <= _VARIANT_MAX or not surname.isalpha():
        return ()
    less = (surname[:k] + surname[k + 1 :] for k in range(len(surname)))
    return tuple(dict.fromkeys((surname, *less)))


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed, first letter the same ("Hovannisyan" /
    "Hovhannisyan", "Sindimwo" / "Sindomwo"): not equal, and not a transposition."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < _VARIANT_MIN:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[k:] == long_[k + 1 :]


def _honorific(full: str, name: str) -> bool:
    """Whether a one-word name was written after an honorific ("Mr. Malik")."""
    first = full.split()[0].lower().rstrip(".") if full.split() else ""
    return " " not in name.strip() and first in _HONORIFICS


def _spokesman_split(role: str, roles: set[str]) -> bool:
    """A description and a person of the two kinds (spokesperson, principal) apart: "the
    chief" after "spokesman Ali Noor", or "the spokesman" after "leader Omar Khan"."""
    if not role or not roles or role in _ANY_OFFICE:
        return False
    return (role in _SPOKES) != bool(roles & _SPOKES) and role not in roles


# A description any office holder fits, a spokesperson as well as a principal: "The official"
# right after "State Department spokeswoman Heather Nauert said" is her.
_ANY_OFFICE = frozenset(("official",))


def issuer_name(label: str) -> str:
    """How an account's issuer is shown: a lower-case side label typed on the command line
    ("us", "china") reads as a word or a pronoun, so it is shown as the account ("US account",
    "China account"); a label written as a name ("Norland", "Reuters") is kept."""
    if not label.isalpha() or not label.islower():
        return label
    shown = label.upper() if len(label) <= 3 else label.capitalize()
    return f"{shown} account"


def _bodies_fit(bodies: set[str], ent: Entity) -> bool:
    """Every body word of a description ("commission" in "the electoral commission
    president") is in one of the entity's names: President Kabila is no commission's."""
    if not bodies:
        return True
    known = {w for t in (ent.name, *ent.aliases[:20]) for w in re.findall(r"[a-z]+", t.lower())}
    return bodies <= known


def _head_of(name: str) -> str:
    """The head noun of an unnamed source's phrase ("a senior defense official" -> official)."""
    return singular_word(bare(name.split()[-1].lower())) if name.split() else ""


# Prepositions that open a source's post-modifier: "Election officials in Harland" is
# "officials" later ("Officials said"); the place or body after it is no part of the head.
_SOURCE_POSTMODIFIER = re.compile(r"\s(?:in|at|from|with|of|for|on)\s.*$")


def _source_head(name: str) -> str:
    """An unnamed source's phrase up to its head noun, lower-cased ("election officials")."""
    return _SOURCE_POSTMODIFIER.sub("", name.lower())


def _owner_in(owner: str, owners: set[str]) -> bool:
    """ "the mayor's spokesman" and "Mayor Ann Lowe's spokesman": the owner itself, or its head
    word inside one of the owners an entity was named with."""
    head = owner.lower().split()[-1]
    return owner.lower() in owners or any(head in o.split() for o in owners)


def _names_owner(owner: str, ent: Entity) -> bool:
    """Whether one of an entity's names holds the owner's head word ("the governor's spokesman"
    and "Governor Ann Roe's spokesman, Ben Lo"; "presidential" holds "president")."""
    head = bare(owner.split()[-1].lower())
    return any(
        w.startswith(head)
        for t in (ent.name, *ent.aliases[:20])
        for w in re.findall(r"[a-z]+", t.lower())
    )


# "the government's spokesman", "John Smith's lawyer": the owner before "'s" (its determiner off).
_OWNER = re.compile(r"^(?:(?i:the|a|an)\s+)?(.+?)['’]s\s+\S")


def _other_role(name: str, head: str) -> bool:
    """A speaker known only by a role ("the assistant secretary") is not the one another role
    describes ("The ICU's leader"): a reader does not take the leader for the secretary."""
    if any(p[:1].isupper() for p in name.split()[1:]):
        return False  # a name in it ("the assistant secretary Jane Doe"): not role-only
    own = singular_word(bare(name.split()[-1].lower())) if name.split() else ""
    return own in words().roles and own != head


def _owner(text: str) -> str:
    """The possessive owner of a mention ("government", "Prime Minister"), or ""."""
    match = _OWNER.match(text.strip())
    return match[1] if match is not None and len(match[1].split()) <= 5 else ""


def _trim(history: list[Any], keep: int) -> None:
    """Drop the entries no look-up reaches any more (each reads at most the last ``keep``), in
    batches so the cost stays linear: a 16 MB input does not hold every mention to the end."""
    if len(history) > 2 * keep:
        del history[:-keep]
