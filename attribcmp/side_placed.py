"""What a story has placed so far, for the side rules that read context (side_context.py).

The placed speakers by name and by the prefixes of their names, the bodies, spokesmen and armed
forces quoted (by position), the local authorities and civilians placed, the datelines, the
acronyms a text defines and the country a story's opening is about: the memory the rules in
side_context.py look up, filled once per story as speakers are placed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Self

from attribcmp.affiliation import (
    GOVERNMENT_BODIES,
    BodyIndex,
    acronyms,
    apposition_after,
    dateline_place,
    head_word,
)
from attribcmp.gazetteer import (
    NORMALISE,
    Gazetteer,
    Hit,
    cached_head_hit,
    country_ids,
    entry_side,
    find_hits,
    head_hit,
    load_gazetteer,
    norm_key,
)
from attribcmp.model import Document, Side, SideRule, Speaker, SpeakerKind
from attribcmp.side_columns import outlet_short_names
from attribcmp.side_issuer import issuer_heading
from attribcmp.side_names import (
    OTHER,
    UNNAMED,
    Found,
    bare_name,
    is_group,
    is_proper,
    speaker_texts,
)
from attribcmp.side_words import (
    LOCAL_WORDS,
    MILITARY,
    SPOKES,
    STATE_TITLE,
    name_initials,
)


class Placed:
    """The story's placed speakers and facts (Context in side_context.py places with them)."""

    def __init__(
        self,
        index: BodyIndex,
        datelines: Mapping[str, Found],
        gazetteer: Gazetteer,
        stand_ins: Mapping[str, SideRule],
    ) -> None:
        self._index = index
        self._datelines = datelines
        self._gazetteer = gazetteer
        self._stand_ins = stand_ins
        self._by_name: dict[str, Found] = {}
        self._side_names: dict[str, Side] = {}  # the sides placed so far, by their names
        self.side_ids: dict[str, Side] = {}  # and by their ids
        # Every word-boundary prefix of a placed name -> the names it opens ("amnesty" ->
        # {"amnesty international"}): _short_form looks one up instead of scanning them all.
        self._by_prefix: dict[str, set[str]] = {}
        self._bodies: dict[str, list[tuple[int, Found]]] = {}  # doc id -> (offset, side)
        self._spokesmen: dict[str, list[tuple[int, Found]]] = {}  # placed spokesmen, by doc
        self.texts: Mapping[str, str] = {}
        self._local: dict[str, Found] = {}  # sides already holding local authorities
        self._countries: dict[str, str | None] = {}  # doc id -> the country it is about
        self._group: Found | None = None  # the first civilian group's side
        # armed forces placed, by position, with their names' words (lower case)
        self._military: list[tuple[str, int, Found, str]] = []
        self._country_ids = country_ids()
        self.acronyms: Mapping[str, str] = {}
        self.outlets: Mapping[str, str] = {}  # a quoted outlet's short name -> its name
        self._led: dict[str, list[tuple[int, str]]] = {}  # doc id -> ("X-led" offset, X)
        self._provinces: dict[str, frozenset[str]] = {}  # doc id -> places called provinces
        # place() asks for one speaker's texts and appositions several times over: the last
        # speaker's are kept (by identity), and each apposition is read once per mention end.
        self._texts_speaker: Speaker | None = None
        self._texts: tuple[str, ...] = ()
        self._appos_at: dict[tuple[str, int], str | None] = {}

    @classmethod
    def build(
        cls,
        speakers: Sequence[Speaker],
        documents: Sequence[Document],
        gazetteer: Gazetteer,
        stand_ins: Mapping[str, SideRule],
        found_by: Mapping[str, Found],
    ) -> Self:
        texts = {doc.id: doc.text for doc in documents}
        datelines: dict[str, Found] = {}
        for doc in documents:
            place = dateline_place(doc.text)
            hit = head_hit(place, gazetteer) if place else None
            if place and hit is not None and hit.entry is not None:
                side = entry_side(hit.entry, gazetteer, stand_ins)
                datelines[doc.id] = (side, f"dateline '{place}'")
            issuer = None if doc.id in datelines else issuer_heading(doc.text, gazetteer)
            if issuer is not None:
                # "The White House" over a readout: its offices naming no country are its own
                side = entry_side(issuer[0], gazetteer, stand_ins)
                datelines[doc.id] = (side, f"issuer heading '{issuer[1]}'")
        context = cls(BodyIndex(texts), datelines, gazetteer, stand_ins)
        context.texts = texts
        context.acronyms = {**name_initials(speakers), **acronyms(texts.values())}
        context.outlets = outlet_short_names(speakers)
        for sp in speakers:
            if sp.id in found_by:
                context.add(sp, found_by[sp.id])
        return context

    def add(self, speaker: Speaker, found: Found) -> None:
        """Remember a placed speaker, so others who speak for it join its side."""
        if found[0].id in (OTHER.id, UNNAMED.id):
            return
        self._side_names.setdefault(norm_key(bare_name(found[0].name)), found[0])
        self.side_ids.setdefault(found[0].id, found[0])
        for name in (speaker.name, *speaker.aliases, *self._without_country(speaker)):
            key = norm_key(bare_name(name))
            if key in self._by_name:
                continue
            self._by_name[key] = found
            # (the spaces found by str.find, not a Python step per character of every name)
            i = key.find(" ")
            while i >= 0:
                self._by_prefix.setdefault(key[:i], set()).add(key)
                i = key.find(" ", i + 1)
        if speaker.kind is SpeakerKind.ORGANISATION and any(
            MILITARY.search(t) for t in self._texts_of(speaker)
        ):
            services = " ".join(self._texts_of(speaker)).lower()  # "navy", "army": its kind
            self._military.extend(
                (m.doc_id, m.span.start, found, services) for m in speaker.mentions[:1]
            )
        if self._group is None and is_group(speaker):
            self._group = found
        if any(LOCAL_WORDS.search(text) for text in self._texts_of(speaker)):
            self._local.setdefault(found[0].id, found)
        if any(SPOKES.search(text) for text in self._texts_of(speaker)):
            for mention in speaker.mentions[:1]:
                self._spokesmen.setdefault(mention.doc_id, []).append((mention.span.start, found))
        if (
            speaker.kind is SpeakerKind.ORGANISATION
            or self._whole_entry(speaker)
            or (found[0].id in self._country_ids and _state_group(speaker))
            or (
                speaker.kind is SpeakerKind.PERSON
                and found[0].id in self._gazetteer.names
                and found[0].id not in self._country_ids
            )
        ):
            # ("The Taliban", read as a name, is still the body a later spokesman speaks for;
            # so are "Thai authorities", a state's officers quoted as a group, and the head of
            # an international body: "U.N. Secretary-General Kofi Annan ... Spokesman X said")
            for mention in speaker.mentions:
                self._bodies.setdefault(mention.doc_id, []).append((mention.span.start, found))

    def _without_country(self, speaker: Speaker) -> list[str]:
        """ "U.S. Securities and Exchange Commission" is also "Securities and Exchange
        Commission" (the name "SEC" spells out): a body's name without its country first."""
        out: list[str] = []
        if speaker.kind is not SpeakerKind.ORGANISATION:
            return out
        for name in (speaker.name, *speaker.aliases):
            name = bare_name(name)
            hit = self._hit(name)
            if hit is None or hit.start != 0 or hit.entry is None:
                continue
            rest = name.translate(NORMALISE)[hit.end :].strip()
            # one word left ("U.S. Army" -> "Army") is a common body noun, not a name of its own
            if len(rest.split()) >= 2 and is_proper(rest):
                out.append(rest)
        return out

    def _whole_entry(self, speaker: Speaker) -> bool:
        """The speaker's whole name is a gazetteer body or group ("Taliban", "Hamas")."""
        name = bare_name(speaker.name)
        hit = self._hit(name)
        return hit is not None and hit.start == 0 and hit.end == len(name)

    def _short_form(self, own: str, speaker: Speaker) -> str | None:
        """The one placed body whose name the phrase opens: "Amnesty" for "Amnesty International"
        (a story names a body in full once, then by its first words)."""
        if not own or own == norm_key(bare_name(speaker.name)):
            return None
        fits = self._by_prefix.get(own, ())
        return next(iter(fits)) if len(fits) == 1 else None

    def _hit(self, text: str) -> Hit | None:
        if self._gazetteer is load_gazetteer():
            return cached_head_hit(text)
        return head_hit(text, self._gazetteer)

    def _main_country(self, doc_id: str) -> Found | None:
        """The country an article's opening names most, if one clearly leads."""
        if doc_id not in self._countries:
            # The headline and the first paragraphs name the country a story is about.
            text = self.texts.get(doc_id, "")[:400].translate(NORMALISE)
            head = _headline_end(text)
            counts: dict[str, int] = {}
            for hit in find_hits(text, self._gazetteer):
                if hit.entry is None or hit.entry not in self._country_ids:
                    continue
                if text[max(0, hit.start - 5) : hit.start].casefold() == "anti-":
                    continue  # "Venezuela's anti-American rhetoric" is not about America
                # the headline says whose story it is: its country counts twice
                counts[hit.entry] = counts.get(hit.entry, 0) + (2 if hit.start < head else 1)
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            best = None
            if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                best = ranked[0][0]
            self._countries[doc_id] = best
        entry = self._countries[doc_id]
        if entry is None:
            return None
        side = entry_side(entry, self._gazetteer, self._stand_ins)
        return side, f"a state office naming no country: the article is about {side.name}"

    def _appositions(self, speaker: Speaker) -> list[str]:
        if speaker.kind is not SpeakerKind.PERSON:
            return []
        found = [
            appos
            for m in speaker.mentions[:10]
            if (appos := self._apposition_at(m.doc_id, m.span.end))
        ]
        if not found and speaker.mentions and " " in speaker.name.strip():
            # "Alpha Kanu, Sierra Leone's Minister of Information, hit back ... Kanu said":
            # the apposition where the story first names him, before he is quoted
            first = speaker.mentions[0]
            text = self.texts.get(first.doc_id, "")
            lo = max(0, first.span.start - _INTRODUCED_REACH)
            at = text.find(speaker.name, lo, first.span.start)
            appos = self._apposition_at(first.doc_id, at + len(speaker.name)) if at >= 0 else None
            if appos is not None and STATE_TITLE.search(appos):
                # (a state office only: "leader of France's far-right Front National party"
                # is no one's government)
                found.append(appos)
        return found

    def _apposition_at(self, doc_id: str, end: int) -> str | None:
        key = (doc_id, end)
        if key not in self._appos_at:
            self._appos_at[key] = apposition_after(self.texts.get(doc_id, ""), end)
        return self._appos_at[key]

    def _texts_of(self, speaker: Speaker) -> tuple[str, ...]:
        if speaker is not self._texts_speaker:
            self._texts_speaker, self._texts = speaker, speaker_texts(speaker)
        return self._texts


# Characters before a person's first quote searched for where the story named him first.
_INTRODUCED_REACH = 3_000


def _state_group(speaker: Speaker) -> bool:
    """ "Thai authorities", "Zimbabwe police": a state's officers quoted as a body."""
    return speaker.kind is SpeakerKind.SOURCE and head_word(bare_name(speaker.name)) in (
        GOVERNMENT_BODIES
    )


_HEADLINE_CHARS = 150  # a headline is one short line above the story


def _headline_end(text: str) -> int:
    """Where a headline line opening ``text`` ends (0 when the text opens with prose): a first
    line shorter than ``_HEADLINE_CHARS`` and not ending as a sentence does."""
    end = text.find("\n")
    if end <= 0 or end > _HEADLINE_CHARS or text[:end].rstrip().endswith((".", '"', "”")):
        return 0
    return end
