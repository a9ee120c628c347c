"""The fuller body a bare one stands for: "the coalition" after "the U.S.-led coalition".

Side rules of side_context.py that look around a speaker's body phrase for the fuller phrase
it is short for (the nearest one naming a country or alliance), the force the story says
someone leads ("NATO-led troops"), the places it calls provinces, and a civic body's side.
"""

from __future__ import annotations

from attribcmp.affiliation import head_word, nearest_phrase_hits, singular
from attribcmp.attribute.mentions import words
from attribcmp.data import load_table
from attribcmp.gazetteer import REBEL, entry_for_label, entry_side, norm_key
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side
from attribcmp.side_names import Found, bare_name, named_side
from attribcmp.side_placed import Placed
from attribcmp.side_words import NON_STATE_FORCE, STATE_FORCE, owner_name


class Fuller(Placed):
    """Reads the fuller phrase, the leader of a force, the provinces of a story."""

    def _civic(self, body: str, taken: set[str]) -> Side:
        """The side of a civic body: its own, or the one it was already placed on."""
        placed = self._by_name.get(norm_key(bare_name(body)))
        return placed[0] if placed is not None else named_side(body, taken)

    def _part_of(self, phrase: str, doc_id: str, at: int, taken: set[str]) -> Found | None:
        """'the coalition' after 'the U.S.-led coalition': the nearest fuller phrase naming a
        country or alliance, with every word of the speaker's phrase in it."""
        own = {singular(w) for w in norm_key(bare_name(phrase)).split()} - {"the", "a", "an"}
        # "army spokesman" is the state's army, not "the Lord's Resistance Army" named nearby
        state_force = STATE_FORCE.search(phrase) is not None and not NON_STATE_FORCE.search(phrase)
        text = self.texts.get(doc_id, "")
        for pos, fuller in nearest_phrase_hits(self._index, doc_id, head_word(phrase), at):
            if state_force and NON_STATE_FORCE.search(fuller):
                continue
            if _LABELLED.search(text, max(0, pos - _LABEL_REACH), pos):
                continue  # "an unofficial label ...: the White People's Party" is no body
            words_ = norm_key(fuller).replace("’s", " ").replace("'s", " ").split()
            if not own <= {singular(w) for w in words_}:
                continue
            placed = self._by_name.get(norm_key(bare_name(fuller)))
            if placed is not None:
                # "a ministry spokesman" after "the Foreign Ministry said", which a dateline
                # put on China: the ministry's side, not a second column named after it
                side = placed[0]
                return side, f"'{phrase}' is the '{fuller}' named in the text, on {side.name}"
            hit = self._hit(fuller)
            if (
                hit is not None
                and hit.entry is not None
                and not (hit.entry in self._country_ids and REBEL.match(phrase))
            ):
                # ("CAR rebels" fight in the country; "Taliban fighters" are the Taliban.)
                side = entry_side(hit.entry, self._gazetteer, self._stand_ins)
                return side, f"'{phrase}' is the '{fuller}' named in the text"
            owner = owner_name(fuller)
            if (
                owner is not None
                and not self._gazetteer.backer_after.search(owner)
                # ("the British bank": a country's word the gazetteer refused before a civic
                # body says where the bank is; it opens no side named "British")
                and not self.is_place(owner)
            ):
                # "the rebels" after "the Seleka rebel coalition": the named body's side.
                # ("the Iran-backed group": a backer owns nothing)
                return named_side(owner, taken), f"'{phrase}' is the '{fuller}' named in the text"
        return self._led_by(phrase, doc_id, at)

    def is_place(self, word: str) -> bool:
        """A word the gazetteer knows as a country or body label ("DRC", "Sudan")."""
        return entry_for_label(word, self._gazetteer) is not None

    def _provinces_of(self, doc_id: str) -> frozenset[str]:
        """The places the document calls a province or district (one scan per document)."""
        found = self._provinces.get(doc_id)
        if found is None:
            text = self.texts.get(doc_id, "")
            names = set()
            # (most stories name no province: a substring test skips the scan, which tries
            # the pattern at every capital)
            hinted = any(noun in text for noun in _PROVINCE_HINTS)
            for match in _PROVINCE.finditer(text) if hinted else ():
                name = match[1] or match[2]
                names.add(name)
                names.add(name.split()[-1])  # ("eastern Kunar province": "Kunar")
            found = self._provinces[doc_id] = frozenset(names)
        return found

    def _led_by(self, phrase: str, doc_id: str, at: int) -> Found | None:
        """ "the coalition", "the alliance", "the mission" after "NATO-led troops": a force
        naming no one is the force the story says someone leads (nearest before, else after)."""
        own = bare_name(phrase).lower().split()
        if len(own) != 1 or own[0] not in words().forces:
            return None
        # One scan per document, not per speaker: a long story has hundreds of speakers.
        found = self._led.get(doc_id)
        if found is None:
            text = self.texts.get(doc_id, "")
            found = self._led[doc_id] = [(m.start(), m[1]) for m in _LED.finditer(text)]
        if not found:
            return None
        for _, leader in sorted(found, key=lambda p: (p[0] > at, abs(at - p[0]))):
            hit = self._hit(leader)
            if hit is not None and hit.entry is not None:
                side = entry_side(hit.entry, self._gazetteer, self._stand_ins)
                return side, f"'{phrase}': the force the text says is {leader}-led"
        return None


# "an unofficial label it is trying to avoid: the White People's Party", "the so-called Axis
# of Resistance": a name the story calls a label names no body a speaker stands for
# (data/sides.yaml label_words); the label word is in the fuller phrase's sentence.
_LABELLED = LazyPattern(
    r"(?i)\b(?:" + "|".join(load_table("sides.yaml")["label_words"].split()) + r")\b[^.!?\n]*\Z"
)
_LABEL_REACH = 100  # characters before a fuller phrase's head word searched for a label word

# "NATO-led troops", "the U.S.-led coalition", "Saudi-led forces": who leads the force.
_LED = LazyPattern(r"\b([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)-led\b")


# What a story calls a part of a country that local officials run: "eastern Kunar province",
# "the province of Kunar" (one or two capitalised words name it).
_PROVINCE_NOUN = r"(?:[Pp]rovince|[Dd]istrict|[Gg]overnorate|[Pp]refecture|[Cc]ounty)"
_PLACE = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
# What every _PROVINCE_NOUN holds, whatever the case of its first letter.
_PROVINCE_HINTS = ("rovince", "istrict", "overnorate", "refecture", "ounty")
_PROVINCE = LazyPattern(rf"\b{_PLACE}\s+{_PROVINCE_NOUN}\b|\b{_PROVINCE_NOUN}\s+of\s+{_PLACE}")
