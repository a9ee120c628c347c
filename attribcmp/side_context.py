"""Side rules that read context: whom an unplaced speaker speaks for (rule 4 of sides.py).

The body a speaker names ("A Defence Ministry spokesman, Gen. Omar Sayed"), an apposition after
the name, an acronym the text defines, the fuller phrase a bare body stands for ("the
coalition" after "the U.S.-led coalition"), local authorities, a state office's country (the
dateline's, or the one the story opens on), and bodies or civilians as parties of their own.
The word-level reading is in affiliation.py; the gazetteer in gazetteer.py.
"""

from __future__ import annotations

import re

from attribcmp.affiliation import (
    GOVERNMENT_BODIES,
    head_word,
    owner_of_name,
    speaks_for,
)
from attribcmp.attribute.mentions import is_firm, words
from attribcmp.data import load_table, word_set
from attribcmp.gazetteer import (
    AGAINST_STATE,
    NORMALISE,
    entry_for_label,
    entry_side,
    norm_key,
)
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, Speaker, SpeakerKind
from attribcmp.side_fuller import Fuller
from attribcmp.side_kinds import BUSINESS_NAME
from attribcmp.side_leaders import (
    country_just_before,
    country_near,
    declared_winner,
    other_holder,
)
from attribcmp.side_names import (
    LOCAL,
    Found,
    bare_name,
    is_group,
    is_proper,
    named_side,
)
from attribcmp.side_own import opposition_made
from attribcmp.side_places import city_country
from attribcmp.side_possessive import subject_before
from attribcmp.side_state import StateRun
from attribcmp.side_units import MILITARY_UNIT
from attribcmp.side_words import (
    CABINET_NAME,
    CIVIC,
    CIVILIANS,
    COMMENTATORS,
    FORCES_NAMING_NO_COUNTRY,
    LOCAL_WORDS,
    MINISTRIES,
    NON_STATE_FORCE,
    OF_BODY,
    OFFICE_OF,
    OFFICES,
    RANK,
    SPOKES,
    STATE_FORCE,
    TITLED_PERSON,
    body_phrases,
    definite_one,
    headline_description,
    holds_state_office,
)

# A spokesman phrase naming nothing but the role: "Spokesman Lt. Col. X", "a spokeswoman".
_BARE_SPOKES = LazyPattern(r"(?i)^(?:(?:a|an|the|another|one)\s+)?spokes(?:man|woman|person)\b")

# "A Defra spokesperson", "a Greenvale spokesman": one capitalised word (no sentence opener:
# the article) between the article and the word; the word names the body he speaks for.
_NAMED_SPOKES = LazyPattern(
    r"^(?:[Aa]n?|[Tt]he)\s+(?P<body>[A-Z][\w&'’-]{1,40}+)\s+spokes(?:man|woman|person|people)$"
)


def _body_name(word: str) -> bool:
    """A word that can be a body's own name: not a word of the speaker tables ("A Government
    spokesman", "the Army spokesman") nor an adjective of faith, party or people ("a
    Republican spokesman", "a Sunni spokesman": those are read elsewhere or not at all)."""
    low = word.lower()
    w = words()
    if low in w.organisations or low in w.titles or low in w.roles or low in w.forces:
        return False
    return low not in _NOT_BODIES and not low.endswith(("an", "ic", "ish", "ese", "ite"))


_NOT_BODIES = word_set("sunni shia shiite muslim jewish islamist conservative labour liberal green")


# One capitalised word, then a lower-case role: "Deltalinqs director X", "Acme spokeswoman X".
_BODY_ROLE = LazyPattern(
    r"([A-Z][\w&'’.-]+)\s+(?:(?:executive|managing|general|chief)\s+)?([a-z]+)\b"
)


# A firm's role apposed before a name: "The owner, X of Y", "the founder, X of Y".
_RUNS = LazyPattern(
    r"(?i)^the\s+(?:owner|co-owner|founder|co-founder|proprietor|chief\s+executive|"
    r"managing\s+director),\s"
)


# A person named with a described body's possessive: "The mission's chief", "the group's head".
# "whose (two) sons ...", "whose husband ...": a person named by a relative is family, one of
# the civilians the story quotes (never one holding an office: side_words.OFFICES).
_KIN_OF = LazyPattern(
    r"(?i)\bwhose\s+(?:\w+\s+)?(?:sons?|daughters?|husband|wife|brothers?|sisters?|father|"
    r"mother|children|child|parents|relatives?|nephew|niece|grandsons?)\b"
)
# The armed services a speaker phrase or a force's name may say: "a navy spokesman" belongs
# with a navy quoted in the story, whatever army stands nearer.
_SERVICE = LazyPattern(r"\b(navy|naval|army|air force|coast guard|marines|police)\b")
_DESCRIBED_OWNER = LazyPattern(r"(?i:the)\s+([a-z]{4,})['’]s\b")


# "The judges", "the justices": a court's members named by their office (data/sides.yaml).
COURT_MEMBERS = frozenset(load_table("sides.yaml")["court_members"].split())
# " of the " inside a body's name: the body it is a part of follows ("X Committee of the Y").
_OF_OUTER = LazyPattern(r"\s+of\s+(?:the\s+)?")


# The head of a firm's worker's phrase ("A Next Collection Limited employee, Jhoma Begum").
_FIRM_WORKER = LazyPattern(
    r"\b(?:employee|worker|factory\s+worker|staffer)\b(?:,|$)", re.IGNORECASE
)


class Context(Fuller):
    """What the article says about whom an unplaced speaker speaks for (affiliation.py)."""

    _state: StateRun | None = None  # state-run bodies, read on first use

    def place(self, speaker: Speaker, taken: set[str]) -> Found | None:
        doc_id, at = (
            (speaker.mentions[0].doc_id, speaker.mentions[0].span.start)
            if speaker.mentions
            else ("", 0)
        )
        found = (
            self._state_run(speaker)
            or self._apposition(speaker, taken)
            or self._of_body(speaker, taken)
            or self._civilian(speaker)
            or self._possessor(speaker)
            or self._officer(speaker)
            or self._bench(speaker, doc_id, at, taken)
            or self._body_of_side(speaker)
        )
        if found is not None:
            return found
        for text in self._texts_of(speaker):
            match = LOCAL_WORDS.search(text)
            if match is not None and self._local:
                # "local officials" join the local authorities a profile or a word placed.
                side = next(iter(self._local.values()))[0]
                return side, f"local authority: '{match[0]}' in '{text}', like {side.name}"
            if match is not None:
                return LOCAL, f"local authority: '{match[0]}' in '{text}'"
        found = self._owner(speaker)
        if found is not None:
            return found
        extra = tuple(self._appositions(speaker))
        found = opposition_made(speaker, (*self._texts_of(speaker), *extra))
        if found is not None:
            return found
        for phrase, text in body_phrases(speaker, self.acronyms, extra):
            # "GAM spokesman X" after "the Free Aceh Movement, or GAM,": the full name
            phrase = self.acronyms.get(bare_name(phrase).lower(), phrase)
            next_word = text.split()[len(phrase.split()) : len(phrase.split()) + 1]
            if text.startswith(phrase) and next_word and next_word[0].lower() in COMMENTATORS:
                continue  # "Bank expert Bert Ely": a field before a commentator, no employer
            if _FIRM_WORKER.search(text) and (BUSINESS_NAME.search(phrase) or is_firm(phrase)):
                # "A Next Collection Limited employee, Jhoma Begum": a firm's worker speaks
                # as one of its workers (a party to a wage dispute), not for the firm
                workers = self._side_names.get("workers")
                if workers is not None:
                    return workers, f"a worker of '{phrase}' (in '{text}'): with the workers"
                continue
            own = norm_key(bare_name(phrase))
            if own in self._by_name and own != norm_key(bare_name(speaker.name)):
                side, _ = self._by_name[own]
                return side, f"speaks for '{phrase}' (in '{text}'), placed on {side.name}"
            fuller = self._short_form(own, speaker)
            if fuller is not None:
                side, _ = self._by_name[fuller]
                return side, f"speaks for '{phrase}' (in '{text}'), short for '{fuller}'"
            # "a spokeswoman for the House Armed Services Committee": unnamed, but the body
            # she speaks for is named, and she speaks for it as a named spokesman would
            spokes = speaker.anonymous and (
                SPOKES.search(text) is not None or _of_named_body(phrase, text)
            )
            if speaker.anonymous and not definite_one(speaker.name) and not spokes:
                continue  # "military sources": only a word in the phrase itself places them
            if CABINET_NAME.match(bare_name(phrase)):
                # "Council of Ministers spokesman X" reads as "government spokesman X": the
                # government the story names nearest before ("the Cambodian government")
                found = self._part_of("government", doc_id, at, taken)
                if found is not None:
                    return found[0], f"'{phrase}' is the government: {found[1]}"
            found = None if is_proper(phrase) else self._part_of(phrase, doc_id, at, taken)
            if found is not None:
                return found
            if TITLED_PERSON.match(phrase):
                continue  # "Supporters of President Kabila": the title places him below
            if headline_description(phrase, self.is_place):
                continue  # "DRC Rebel Group Rejects ...": a description, not a body's name
            head = head_word(phrase)
            if is_proper(phrase) and NON_STATE_FORCE.search(phrase) and not speaker.anonymous:
                # "Joseph Kony, leader of the Lord's Resistance Army": an armed group's name
                # ends in "Army" but it is no state's army, whatever the dateline
                return named_side(phrase, taken), f"speaks for '{phrase}' (in '{text}')"
            if OFFICE_OF.match(phrase):
                head = "ministry"  # "Ministry of Information": a ministry, whatever of
            if head in GOVERNMENT_BODIES and doc_id in self._datelines:
                side, why = self._datelines[doc_id]
                # ("BRUSSELS - The Data Protection Authority said": a dateline city standing
                # for a union of states names no country; a named body there is its own)
                if side.id in self._country_ids or not is_proper(phrase):
                    return side, f"'{phrase}' names no country: the {why}"
            if head in MINISTRIES and doc_id:
                found = self._main_country(doc_id)
                if found is not None:
                    return found[0], f"'{phrase}' names no country: {found[1].split(': ')[-1]}"
            entry = entry_for_label(phrase, self._gazetteer) if is_proper(phrase) else None
            at_phrase = text.find(phrase)
            if (
                entry is not None
                and at_phrase >= 0
                and AGAINST_STATE.match(text, at_phrase + len(phrase))
            ):
                continue  # "Syria's rebels" fight Syria's government, as "Syrian rebels" do
            if entry is not None:
                # "Jordan's King Abdullah": a country the gazetteer knows by its label
                side = entry_side(entry, self._gazetteer, self._stand_ins)
                return side, f"speaks for '{phrase}' (in '{text}')"
            if is_proper(phrase) and _civilians_of(speaker, phrase):
                continue  # "Residents of Kwabeng": where they live, not whom they speak for
            if is_proper(phrase) and bare_name(phrase) in self._provinces_of(doc_id):
                # "Kunar's deputy police chief" in a story on "Kunar province": an officer of
                # a province is a local authority, not a party named after the province
                side = next(iter(self._local.values()))[0] if self._local else LOCAL
                return side, f"'{phrase}' is a province the story names: a local authority"
            outlet = self.outlets.get(bare_name(phrase).casefold())
            if outlet is not None:
                # "Time's assistant managing editor" beside a quoted "Time Magazine": the
                # outlet's staff speak for the outlet, under its full name
                return named_side(outlet, taken), f"works for '{outlet}' (in '{text}')"
            if is_proper(phrase) and (not speaker.anonymous or spokes):
                return named_side(phrase, taken), f"speaks for '{phrase}' (in '{text}')"
        if doc_id and (
            any(holds_state_office(text) for text in self._texts_of(speaker))
            or any(FORCES_NAMING_NO_COUNTRY.match(text) for text in self._texts_of(speaker))
            or self._declared_winner(speaker, doc_id)
        ):
            # "the president", "Interior Minister X" naming no country: the dateline's, or
            # the country the article is about, unless that country has its own holder of his
            # office already ("President Bush" after "President Alexander Lukashenko").
            leader = self._other_leader(speaker, doc_id, at)
            if leader is not None:
                return (leader[0], leader[1]) if leader[0] is not None else None
            if doc_id in self._datelines:
                side, why = self._datelines[doc_id]
                return side, f"a state office naming no country: the {why}"
            found = self._main_country(doc_id)
            if found is not None:
                return found
        found = self._city(speaker)
        if found is not None:
            return found
        # (", a spokesman for the group, said" after the name counts as the name's own title;
        # an apposition with a capital names its body: "a Combined Joint Task Force spokesman")
        plain = [a for a in self._appositions(speaker) if not re.search(r"\b[A-Z]", a)]
        spoke_texts = [t for t in (*self._texts_of(speaker), *plain) if SPOKES.search(t)]
        for text in spoke_texts:
            named = _NAMED_SPOKES.match(text)
            if named is not None and _body_name(named["body"]) and not self.is_place(named["body"]):
                # "A Defra spokesperson": one capitalised word before the word names the body,
                # as "a Home Office spokesperson" does (a place's is a local office: below)
                body = named["body"]
                return named_side(body, taken), f"speaks for '{body}' (in '{text}')"
        if "(" not in speaker.name and spoke_texts:
            # "The U.S. military says ... Spokesman Lt. Col. Hilferty says": a spokesman who
            # names no body speaks for the body quoted last before him; a headline's
            # "Spokesman" for the spokesman the story then quotes.
            before = [(pos, f) for pos, f in self._bodies.get(doc_id, ()) if pos < at]
            if any(STATE_FORCE.search(t) for t in spoke_texts):
                # "a military spokesman" speaks for a state's forces, not for the Taliban
                before = [(pos, f) for pos, f in before if f[0].id in self._country_ids]
            elif any(NON_STATE_FORCE.search(t) for t in spoke_texts):
                # "a rebel spokesman" speaks for the state's armed opponents, never the state
                before = [(pos, f) for pos, f in before if f[0].id not in self._country_ids]
            if before:
                side = max(before, key=lambda p: p[0])[1][0]
                return side, f"a spokesman naming no body: the body quoted before, on {side.name}"
            after = [(pos, f) for pos, f in self._spokesmen.get(doc_id, ()) if pos > at]
            # Only a bare "Spokesman X" (a headline's) is the one quoted next: "a coalition
            # spokesman" names his body in lower case and is not the next party's spokesman.
            if after and all(_BARE_SPOKES.match(t) for t in spoke_texts):
                side = min(after, key=lambda p: p[0])[1][0]
                return (
                    side,
                    f"a spokesman naming no body: the spokesman quoted next, on {side.name}",
                )
        return None

    def _other_leader(
        self, speaker: Speaker, doc_id: str, at: int
    ) -> tuple[Side | None, str] | None:
        """A second holder of a one-holder office naming no country (side_leaders.py): the
        country named nearest around him, (None, why) when none is, None when he is no
        second holder."""
        home_found = self._datelines.get(doc_id) or self._main_country(doc_id)
        if home_found is None:
            return None
        home = home_found[0].id
        text = self.texts.get(doc_id, "")
        names = [m.span.text for m in speaker.mentions[:10]] + [speaker.name]
        countries = self._country_ids

        def before(start: int) -> str | None:
            return country_just_before(text, start, self._gazetteer, countries)

        if not other_holder(text, names, before, home):
            return None
        entry = country_near(text, at, self._gazetteer, countries, home)
        if entry is None:
            return None, "a second holder of his office naming no country"
        side = entry_side(entry, self._gazetteer, self._stand_ins)
        return side, (
            f"'{speaker.name}': the story's {home_found[0].name} has its own holder of his "
            f"office; the country named nearest him is {side.name}"
        )

    def _declared_winner(self, speaker: Speaker, doc_id: str) -> bool:
        """ "declared Nicolas Maduro the winner of the nation's presidential election": the
        winner of a national election holds, or takes, the state's office, as a title would
        say ("President Maduro")."""
        name = bare_name(speaker.name)
        if speaker.kind is not SpeakerKind.PERSON or len(name.split()) < 2:
            return False
        return declared_winner(self.texts.get(doc_id, ""), name)

    def _city(self, speaker: Speaker) -> Found | None:
        """ "A spokesman in Kandahar" when the story has an Afghanistan side: the city's country
        (side_places.py), before a spokesman naming no body takes the body quoted before."""
        found = city_country(self._texts_of(speaker))
        side = self.side_ids.get(found[2]) if found is not None else None
        if found is None or side is None:
            return None
        return side, f"'{found[0]}': {found[1]} is a city of {side.name}, a side of the story"

    def _owner(self, speaker: Speaker) -> Found | None:
        """ "Amnesty's Conor Fortune": a person named with a placed body's possessive speaks for
        it (only a body already placed: "Donga's Roman Catholic" churches open no column). Any
        kind of speaker: "Media Research Center's Bozell" may be read as a body's name."""
        for text in self._texts_of(speaker):
            owner = owner_of_name(text)
            if owner is None:
                continue
            own = norm_key(bare_name(owner))
            key = own if own in self._by_name else self._short_form(own, speaker)
            if key is not None:
                side, _ = self._by_name[key]
                return side, f"named with '{owner}'s' (in '{text}'), placed on {side.name}"
            if own in self._side_names:
                # "Media Research Center's Bozell" after "Bozell, founder of the Media Research
                # Center": the body is no speaker, but a side already bears its name
                side = self._side_names[own]
                return side, f"named with '{owner}'s' (in '{text}'), the side of that name"
        for text in self._texts_of(speaker):
            match = _BODY_ROLE.match(text)
            key = norm_key(match[1]) if match is not None else ""
            if (
                match is not None
                and match[2].lower() in words().roles
                # ("Bank expert Bert Ely": a field before a commentator, not his employer)
                and match[2].lower() not in COMMENTATORS
                and key in self._by_name
            ):
                # "Deltalinqs director X" after "The employers' association, Deltalinqs": a
                # placed body's name before a role is whom the person speaks for
                side, _ = self._by_name[key]
                return side, f"'{match[1]}' before '{match[2]}' (in '{text}'), on {side.name}"
        for text in self._texts_of(speaker):
            # "The mission's chief, Anna Lind" after "a European Union observer mission said",
            # "Board chairman X" after "The national election board said": the one placed body
            # whose name ends in that noun is the person's
            described = _DESCRIBED_OWNER.match(text)
            role = _BODY_ROLE.match(text)
            if described is not None:
                noun = described[1].lower()
            elif role is not None and role[2].lower() in words().roles:
                noun = role[1].lower()
            else:
                continue
            fits = {f[0].id: f for key, f in self._by_name.items() if key.endswith(f" {noun}")}
            if len(fits) == 1:
                side = next(iter(fits.values()))[0]
                return side, f"'{noun}' (in '{text}'): the one {noun} placed, on {side.name}"
        return None

    def join_group(self, speaker: Speaker) -> Found | None:
        """Civilians speak as one party: "teachers" join the "residents" already placed."""
        if not is_group(speaker):
            return None
        if self._group is None:
            return None
        side = self._group[0]
        return side, f"a group of civilians, like the {side.name}"

    def _civilian(self, speaker: Speaker) -> Found | None:
        """ "Terence Fukah, a 33-year-old pig farmer": a civilian joins the civilians quoted."""
        if self._group is None or speaker.kind is not SpeakerKind.PERSON:
            return None
        texts = (*self._texts_of(speaker), *self._appositions(speaker))
        # "the mayor, whose son was hurt": an office speaks first, whatever the family says
        office = any(w.strip(",.;:'’\"") in OFFICES for t in texts for w in t.lower().split())
        for text in texts:
            found = next((w for w in text.lower().split() if w in CIVILIANS), None)
            kin = None if office else _KIN_OF.search(text)
            if found is None and kin is not None:
                found = kin[0]  # "X, whose two sons work at the mine": a relative of those hit
            if found is not None:
                side = self._group[0]
                return side, f"a civilian ('{found}' in '{text}'), like the {side.name}"
        return None

    def _possessor(self, speaker: Speaker) -> Found | None:
        """ "Its spokeswoman, X" speaks for the body opening the sentence before (side_possessive),
        placed like a title naming it: a country's ministry goes to that country."""
        for mention in speaker.mentions[:3]:
            body = subject_before(self.texts.get(mention.doc_id, ""), mention.span.start)
            if body is None:
                continue
            own = norm_key(bare_name(body))
            # ("The Kichwa community council, which ...": the capitalised run opens the name)
            key = own if own in self._by_name else self._short_form(own, speaker)
            if key is not None:
                side = self._by_name[key][0]
                return side, f"'{mention.span.text}' after '{body}': placed on {side.name}"
            hit = self._hit(body)
            if hit is not None and hit.entry is not None:
                side = entry_side(hit.entry, self._gazetteer, self._stand_ins)
                return side, f"'{mention.span.text}' after '{body}': a body of {side.name}"
        return None

    def _officer(self, speaker: Speaker) -> Found | None:
        """ "General Agha Robinson" naming no army: the armed forces the story quotes."""
        if speaker.kind is not SpeakerKind.PERSON or not self._military:
            return None
        texts = self._texts_of(speaker)
        if not any(RANK.search(text) for text in texts):
            return None
        if any(head_word(b) in MINISTRIES for b in map(speaks_for, texts) if b is not None):
            return None  # "a ministry spokesman, Maj. X" names her body: the ministry's, not
            # the army quoted nearest (a rank is no army's own)
        for mention in speaker.mentions[:3]:
            appos = self._apposition_at(mention.doc_id, mention.span.end)
            if appos is not None and MILITARY_UNIT.search(appos):
                return None  # ", a spokesman for the 47th Mechanized Brigade": whose unit is
                # side_joins' question, not the nearest army's
        doc_id, at = speaker.mentions[0].doc_id, speaker.mentions[0].span.start
        near = [(pos, f, kind) for d, pos, f, kind in self._military if d == doc_id]
        if any(STATE_FORCE.search(text) for text in texts):
            # "army spokesman Maj. Jane Okello": a state's army, never the rebels quoted nearest
            near = [n for n in near if not NON_STATE_FORCE.search(n[1][0].name)]
        services = {w for text in texts for w in _SERVICE.findall(text.lower())}
        same = [n for n in near if services & set(_SERVICE.findall(n[2]))]
        near = same or near  # "a navy spokesman": a navy, not the army quoted nearer
        before = [n for n in near if n[0] <= at]
        if not near:
            return None
        # "The X navy said ... a navy spokesman, Cmdr. Y, said. The Z navy rejected that": the
        # officer's unnamed service refers back to one already named; a later one answers him
        pos, found, _ = (
            max(before, key=lambda n: n[0]) if before else min(near, key=lambda n: abs(n[0] - at))
        )
        side, where = found[0], "before him" if before else "nearest"
        return side, f"an officer naming no army: the armed forces quoted {where}, on {side.name}"

    def _apposition(self, speaker: Speaker, taken: set[str]) -> Found | None:
        """ "said Hani al-Qawasmi, Palestinian Interior Minister": the apposition after a
        person's name places them as a title before it would."""
        if speaker.kind is not SpeakerKind.PERSON:
            return None
        for mention in speaker.mentions[:10]:
            appos = self._apposition_at(mention.doc_id, mention.span.end)
            if appos is None:
                continue
            body = speaks_for(appos)
            if body is not None and CIVIC.search(body.translate(NORMALISE)):
                # ", chairman of the Zimbabwe Doctors Association": a civic body named after
                # its country speaks for itself, not for that country's government
                return self._civic(body, taken), f"apposition '{appos}': speaks for '{body}'"
            hit = self._hit(appos)
            plain = appos.translate(NORMALISE)
            if (
                hit is not None
                and hit.entry is not None
                and not self._gazetteer.complement_before.search(plain, 0, hit.start)
            ):
                # (", a former aide who accompanied her to Burma" names where, not whose)
                side = entry_side(hit.entry, self._gazetteer, self._stand_ins)
                return side, f"apposition '{appos}' after '{mention.span.text}'"
        return None

    def _bench(self, speaker: Speaker, doc_id: str, at: int, taken: set[str]) -> Found | None:
        """ "The judges said" after "The Appeal Court judges ruled" (quoted as such): the
        members of a court named by their office alone are the court the story quoted."""
        parts = bare_name(speaker.name).lower().split()
        if len(parts) != 1 or parts[0] not in COURT_MEMBERS or not doc_id:
            return None
        found = self._part_of(bare_name(speaker.name), doc_id, at, taken)
        placed = {side.id for side in self._side_names.values()}
        # (only a court already quoted: judges alone open no column, they stay with others)
        return found if found is not None and found[0].id in placed else None

    def _body_of_side(self, speaker: Speaker) -> Found | None:
        """An organisation named "the X Committee of the Y" when Y is placed: Y's side."""
        if speaker.kind is not SpeakerKind.ORGANISATION:
            return None
        outer = self._outer_body(bare_name(speaker.name), speaker)
        if outer is None:
            return None
        return outer[0], f"'{speaker.name}': a body of {outer[1]}, placed on {outer[0].name}"

    def _outer_body(self, body: str, speaker: Speaker) -> tuple[Side, str] | None:
        """ "the High Negotiations Committee of the Syrian Opposition": a body of a placed
        side's body (the committee the opposition named to speak for it) is that side's."""
        parts = _OF_OUTER.split(body, maxsplit=1)
        if len(parts) != 2:
            return None
        outer = str(parts[1])
        key = norm_key(bare_name(outer))
        known = key if key in self._by_name else self._short_form(key, speaker)
        if known is not None:
            return self._by_name[known][0], outer
        side = self._side_names.get(key)
        return (side, outer) if side is not None else None

    def _state_run(self, speaker: Speaker) -> Found | None:
        """A body the story calls state-run, or its officer, speaks for that state."""
        if self._state is None:
            self._state = StateRun(self.texts)
        return self._state.side(
            bare_name(speaker.name), self._texts_of(speaker), self._gazetteer, self._stand_ins
        )

    def _of_body(self, speaker: Speaker, taken: set[str]) -> Found | None:
        """ "Chairman Douglas Gwatidzo of the Zimbabwe Doctors Association said": a body named
        right after a person's name (no comma) is the one the person heads or speaks for."""
        if speaker.kind is not SpeakerKind.PERSON:
            return None
        found: list[tuple[str, str]] = []  # (body, the phrase it was read from)
        for text in self._texts_of(speaker):
            match = OF_BODY.search(text)
            if match is not None and match.end() == len(text) and match.start() > 0:
                found.append((match[1], text))  # the mention holds it: "X of the Y said"
        for mention in speaker.mentions[:10]:
            text = self.texts.get(mention.doc_id, "")
            match = OF_BODY.match(text, mention.span.end, mention.span.end + 120)
            if match is not None:
                found.append((match[1], f"{mention.span.text} of {match[1]}"))
        for body, text in found:
            last = body.split()[-1]
            if last.endswith(".") and "." not in last[:-1] and len(last) > 5:
                body = body[:-1]  # "... of the Syrian Opposition." ends the sentence
            key = norm_key(bare_name(body))
            known = key if key in self._by_name else self._short_form(key, speaker)
            if known is not None:
                side = self._by_name[known][0]
                return side, f"'{text}': placed on {side.name}"
            outer = self._outer_body(body, speaker)
            if outer is not None:
                return outer[0], f"'{text}': a body of {outer[1]}, placed on {outer[0].name}"
            hit = self._hit(body)
            state = hit is not None and hit.entry is not None and hit.start == 0
            head = head_word(re.split(r"\s+of\s+", body)[0])  # ("Ministry of Foreign Affairs")
            if state and head in GOVERNMENT_BODIES and not CIVIC.search(body):
                # "a speaker of the Russian Ministry of Foreign Affairs": a state body a
                # country opens speaks for that country, not as a column of its own
                assert hit is not None and hit.entry is not None
                side = entry_side(hit.entry, self._gazetteer, self._stand_ins)
                return side, f"'{text}': a body of {side.name}"
            heads = {bare_name(w).lower() for w in body.split()} & words().organisations
            if CIVIC.search(body.translate(NORMALISE)) or heads:
                # ("John Smith of Springfield" is where he lives: only a body word places him)
                return named_side(body, taken), f"'{text}': speaks for '{body}'"
            if _RUNS.match(text) and hit is None and BUSINESS_NAME.search(body):
                # "The owner, Rafiq Anwar of Sunline Apparel": what the holder of a firm's
                # role runs, not where he lives; only a business's name says so ("The owner,
                # Maria Lopez of Bastrop" lives in a town no city table may list)
                return named_side(body, taken), f"'{text}': the {body} he or she runs"
            if state and self._hit(text) is not None:
                # ("The exiled leader of China's Uighurs": the whole phrase says he is no
                # voice of that state)
                assert hit is not None and hit.entry is not None
                side = entry_side(hit.entry, self._gazetteer, self._stand_ins)
                return side, f"'{text}'"
        return None


def _civilians_of(speaker: Speaker, phrase: str) -> bool:
    """ "Residents of Kwabeng", "villagers in Ngarbuh": civilians named with their place."""
    if not is_group(speaker):
        return False
    head = speaker.name.split()[0].lower() if speaker.name.split() else ""
    if head in ("the", "some", "many", "several") and len(speaker.name.split()) > 1:
        head = speaker.name.split()[1].lower()
    return head in CIVILIANS and phrase not in speaker.name.split()[:1]


def _of_named_body(phrase: str, text: str) -> bool:
    """ "an official with the rebel Justice and Equality Movement": an unnamed member of a body
    the phrase names after "with/for/of/at/from" speaks for that body, as a spokesman would."""
    if not is_proper(phrase):
        return False
    pattern = r"\b(?:with|for|of|at|from)\s+(?:the\s+)?(?:[a-z]+\s+)?" + re.escape(phrase) + r"\b"
    return re.search(pattern, text) is not None
