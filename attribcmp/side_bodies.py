"""Bodies a story names by their kind: "the company", "the unions", "the commission".

A stray speaker named by a common body noun is the one quoted side of that kind
(side_joins.join_strays asks, each rule joining only when exactly one side fits): "the
company" the one named body that is no public one, "the unions" the one side whose name has
that word, "the commission" the one quoted gazetteer side with a body headed by it ("European
Commission" for the EU). A one-word name left nobody's that the story goes on to call "the
company" ("Google called the case flawed. The company said ...") is that company
(``join_called_company``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, MutableMapping, Sequence

from attribcmp.affiliation import apposition_after
from attribcmp.data import word_set
from attribcmp.gazetteer import Gazetteer, nation_key
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, Speaker, SpeakerKind
from attribcmp.side_kinds import NON_PROFIT, PUBLIC_BODY
from attribcmp.side_names import OTHER, Found, bare_name, named_side, speaker_texts


def only_side(sides: Mapping[str, tuple[Side, str]]) -> tuple[Side, str] | None:
    """The one (side, name) of the mapping, or None when it holds none or several."""
    return next(iter(sides.values())) if len(sides) == 1 else None


# "The company", "the bank": a firm described by its kind, standing for the one named body.
_COMPANY_KINDS = (
    r"(?:company|firm|corporation|bank|carmaker|automaker|airline|retailer|"
    r"insurer|lender|manufacturer|miner|conglomerate|chain)"
)
_COMPANY = LazyPattern(rf"(?i)^(?:the\s+)?{_COMPANY_KINDS}$")
# "The company's chief executive, Brian Holloway": a person of "the company" is the firm's.
_COMPANY_OWNER = LazyPattern(rf"(?i)^the\s+{_COMPANY_KINDS}['’]s\s+[a-z]")


def company(speaker: Speaker, bodies: Mapping[str, tuple[Side, str]]) -> Found | None:
    """ "The company ... is denouncing allegations" in a story on Goldman Sachs: the one named
    body of its own the story quotes that is no public body and no campaigning or aid group
    (none when it quotes two); "the company's chief executive, X" is that body's too."""
    owned = speaker.kind is SpeakerKind.PERSON and next(
        (text for text in speaker_texts(speaker) if _COMPANY_OWNER.match(text)), None
    )
    if not owned and not _COMPANY.match(bare_name(speaker.name).strip()):
        return None
    firms = {
        sid: f
        for sid, f in bodies.items()
        if not PUBLIC_BODY.search(f[0].name) and not NON_PROFIT.search(f[0].name)
    }
    one = only_side(firms)
    if one is None:
        return None
    side, who = one
    return side, f"'{owned or speaker.name}': the one named body the story quotes is {who}"


# A bare plural body ("the unions", "the companies"): one of the named bodies of that kind.
_BARE_BODY = LazyPattern(
    r"(?i)^(?:(?:the|most|some|many|several|all|other)\s+)?(?P<word>[a-z]+?)s?$"
)


def body_word(
    speaker: Speaker, placed: Mapping[str, tuple[Side, str]], gazetteer: Gazetteer
) -> Found | None:
    """ "The unions" after "the Nigeria Labor Congress and Trade Union Congress": a bare body
    noun joins the one side of its own whose name has that noun (none when two do)."""
    if speaker.kind is SpeakerKind.PERSON or speaker.anonymous:
        return None
    match = _BARE_BODY.match(speaker.name.strip())
    if match is None or len(match["word"]) < 4:
        return None  # a word of under four letters ("the men", "the UN") names no kind of body
    word = match["word"].lower()
    fits = {
        sid: found
        for sid, found in placed.items()
        if sid not in gazetteer.names
        # a side named by the bare word alone ("Campaign") is the stray itself, no fuller name
        and len(found[0].name.split()) > 1
        and any(w.lower().rstrip("s") == word for w in found[0].name.split())
    }
    one = only_side(fits)
    if one is None:
        return None
    side, who = one
    return side, f"'{speaker.name}': the one {word} the story names is {side.name}"


# A bare body noun: "the commission", "The Department".
_BARE_NOUN = LazyPattern(r"(?i)^(?:the\s+)?(?P<noun>[a-z]{4,})$")
# The head nouns that name a body of a government or union; others head places and firms as
# often ("the bank" is no "West Bank", "the house" no "White House", "the union" no EU).
_BODY_HEADS = word_set(
    "commission bureau department ministry agency council committee office court parliament "
    "assembly service authority directorate secretariat"
)


def gazetteer_body(
    speaker: Speaker, placed: Mapping[str, tuple[Side, str]], gazetteer: Gazetteer
) -> Found | None:
    """ "The commission says" in a story quoting the EU: the one side the story quotes whose
    gazetteer bodies include one headed by that noun ("European Commission")."""
    if speaker.kind is SpeakerKind.PERSON:
        return None
    match = _BARE_NOUN.match(bare_name(speaker.name).strip())
    if match is None:
        return None
    noun = match["noun"].lower()
    if noun not in _BODY_HEADS:
        return None
    fits = {
        entry: placed[entry]
        for word, entry in gazetteer.word_entry.items()
        if entry is not None and entry in placed and body_head(word) == noun
    }
    one = only_side(fits)
    if one is None:
        return None
    side, _ = one
    body = next(w for w, e in gazetteer.word_entry.items() if e == side.id and body_head(w) == noun)
    return side, f"'{speaker.name}': {side.name}, quoted in the story, has such a body ('{body}')"


def body_head(name: str) -> str | None:
    """A many-word body's head noun: "european commission" -> "commission", "department of
    state" -> "department" (never "state"); None for one word."""
    words = name.split()
    if len(words) < 2:
        return None
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


# A public body described by its field, not named: "Caldria's medicines regulator", "the
# energy watchdog", "the country's health agency" (the owner, the field words, the kind).
_FIELD_BODY = LazyPattern(
    r"^(?:(?i:the)\s+)?(?:(?P<owner>[A-Z][\w-]+|(?i:the\s+)?[a-z]+)['’]s\s+)?"
    r"(?P<field>[a-z-]+(?:\s+[a-z-]+){0,2})\s+"
    r"(?P<kind>regulator|watchdog|agency|authority|ministry|department|commission|office)$"
)


def field_body(speaker: Speaker, placed: Mapping[str, tuple[Side, str]]) -> Found | None:
    """ "Caldria's medicines regulator" in a story quoting the "Caldrian Medicines Agency": a
    body described by its field joins the one public body quoted whose name holds every field
    word (and, when a capitalised owner is given, opens with that owner's name or demonym)."""
    if speaker.kind is SpeakerKind.PERSON:
        return None
    match = _FIELD_BODY.match(bare_name(speaker.name).strip())
    if match is None:
        return None
    field = [w.rstrip("s") for w in match["field"].split()]
    owner = match["owner"] or ""
    nation = nation_key(owner) if owner[:1].isupper() else ""

    def fits(name: str) -> bool:
        words = [w.lower().rstrip("s") for w in name.split()]
        return (
            PUBLIC_BODY.search(name) is not None
            and all(f in words for f in field)
            # "Britain's" and "British", "Caldria's" and "Caldrian": one country
            # (gazetteer.nation_key)
            and (not nation or nation_key(name.split()[0]) == nation)
        )

    one = only_side({sid: f for sid, f in placed.items() if fits(f[0].name)})
    if one is None:
        return None
    side, _ = one
    return side, f"'{speaker.name}': the one {match['field']} body the story quotes is {side.name}"


# "the group" / "the union" standing for a body named before it.
THE_GROUP = LazyPattern(r"(?i)^the\s+(group|movement|faction|organi[sz]ation|union|association)$")


def generic_word(speaker: Speaker, text: str) -> str | None:
    """The body noun a speaker stands for: "the union" itself, or a person's apposition
    ", a senior researcher at the group"."""
    match = THE_GROUP.match(speaker.name.strip())
    if match is not None:
        return match[1].lower()
    if speaker.kind is not SpeakerKind.PERSON:
        return None
    for mention in speaker.mentions[:3]:
        appos = apposition_after(text, mention.span.end)
        found = _AT_THE_BODY.search(appos or "")
        if found is not None:
            return found[1].lower()
    return None


def nearest_body(
    mentions: Iterable[tuple[int, Side, str]], at: int, word: str, text: str = ""
) -> tuple[Side, str] | None:
    """The named non-state body of the word's kind quoted last before `at` (nearby only), from
    (start, side, name) of the placed speakers' mentions on non-state sides. A body whose name
    says no kind ("United Teachers Los Angeles") is of that kind when its own sentence calls
    it so ("Members of United Teachers Los Angeles voted ... if the union and ...")."""
    kind = _LABOUR_BODY if word in ("union", "association") else _CIVIC_BODY
    best: tuple[int, Side, str] | None = None
    for start, side, who in mentions:
        if start >= at or at - start > _BODY_REACH:
            continue
        if not kind.search(side.name) and not called_so(text, start, word):
            continue
        if best is None or start > best[0]:
            best = (start, side, who)
    return None if best is None else (best[1], best[2])


# A sentence's bounds: its stop and the space after it, or a paragraph break.
_STOP = LazyPattern(r"[.!?][\"'”’]?\s+(?=[A-Z\"“])|\n")


def called_so(text: str, start: int, word: str) -> bool:
    """The sentence holding the mention at ``start`` goes on to call it by its kind ("Members
    of United Teachers Los Angeles voted ... if the union and school district failed"): the
    story introduces the named body as one of that kind. ("teachers union President X" after
    a group of teachers is no such call: only "the union" after the name counts.)"""
    if not text:
        return False
    after = _STOP.search(text, start)
    end = after.start() if after is not None else len(text)
    return re.search(rf"\bthe\s+{re.escape(word)}\b", text[start:end]) is not None


# A named body's side name by kind: what "the union" / "the organisation" may stand for.
_LABOUR_BODY = LazyPattern(
    r"\b(?:Unions?|Associations?|Federation|Confederation|Congress|Workers)\b"
)
_CIVIC_BODY = LazyPattern(
    r"\b(?:Watch|International|Cross|Crescent|Organi[sz]ation|Group|Institute|Foundation|"
    r"Council|Committee|Society|Network|League|Trust|Centre|Center|Unions?|Associations?|"
    r"Federation|Movement|Front|Forces|Army|Brigades?|Fund|Alliance)\b|\bfor Human Rights\b"
)
# ", a senior researcher at the group": the apposition ties a person to a body by its noun.
_AT_THE_BODY = LazyPattern(
    r"(?i)\b(?:at|for|with|of|from)\s+the\s+(group|organi[sz]ation|union|association)$"
)
# How far before "the organisation" the body it stands for may be named (a few sentences).
_BODY_REACH = 1500


def join_called_company(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    taken: set[str],
    texts: Mapping[str, str],
) -> None:
    """ "Google called the government's case deeply flawed. The company said ...": a body
    quoted by its one-word name, read as nobody's, which the story goes on to call "the
    company" in the same or the next sentence, is that company; it heads a column of its own
    and "the company" joins it. Nothing moves when two such names fit, or none."""
    kinds = [
        sp
        for sp in speakers
        if found_by[sp.id][0].id == OTHER.id and _COMPANY.match(bare_name(sp.name).strip())
    ]
    if not kinds:
        return
    words = {bare_name(sp.name).split()[-1].lower() for sp in kinds}
    firms = [
        sp
        for sp in speakers
        if found_by[sp.id][0].id == OTHER.id
        and sp not in kinds
        and _one_word_name(sp)
        and any(_called_next(texts.get(m.doc_id, ""), m.span.end, words) for m in sp.mentions)
    ]
    if len(firms) != 1:
        return
    (firm,) = firms
    side = named_side(firm.name, taken)
    found_by[firm.id] = side, f"'{firm.name}': the story goes on to call it the company"
    for sp in kinds:
        found_by[sp.id] = side, f"'{sp.name}': the one name the story calls so is {firm.name}"


def _one_word_name(speaker: Speaker) -> bool:
    """ "Google", "Gazprom": one capitalised word, no person's given and family name."""
    name = bare_name(speaker.name).strip()
    return " " not in name and name[:1].isupper() and not speaker.anonymous


def _called_next(text: str, end: int, words: set[str]) -> bool:
    """The rest of the mention's sentence or the next sentence calls it "the <word>"."""
    stop = _STOP.search(text, end)
    if stop is not None:
        stop = _STOP.search(text, stop.end())
    window = text[end : stop.start() if stop is not None else len(text)]
    return any(re.search(rf"(?i)\bthe\s+{re.escape(w)}\b", window) for w in words)
