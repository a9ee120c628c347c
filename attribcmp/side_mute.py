"""Speakers that cannot speak: a document with no issuer, a date, a thing, a fragment.

Attribution takes some phrases for speakers that no one speaks through: "Video showed two
pilots parachuting", "Fireworks resounded ... chanting", "Results show the ruling party ahead",
"In a fiery speech ..., X said" read as the speech's. Such a speaker heads no column of its
own and does not sit in "Other speakers" as if it were a person: each of its claims looks at
the nearest claim of the same paragraph (at most ``_REACH`` claims either way) whose speaker can
speak, and the speaker joins the side those claims vote for, the reason saying which word is
mute and whose side it joined. With no such claim near, it goes to "Other speakers" ("According
to the official results, ..." in a paragraph of its own is nobody's claim we can name). A poll
speaks for no party: "Other speakers" at once. The heads are a rule table, data/mute.yaml.

Only a speaker the rest of the stage left in "Other speakers" or in a column named after itself
is read: a side from a profile, the gazetteer, an issuer or the context ("Israeli media
reports", "the report" of a body the story names) says who issued it, and anonymous reports
("reports say") stay unnamed sourcing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from functools import cache

from attribcmp.data import load_table
from attribcmp.model import Claim, Side, Speaker
from attribcmp.side_names import OTHER, Found, bare_name

__all__ = ["join_mute_speakers", "mute_class", "mute_column"]

_REACH = 3  # claims looked at on each side of a mute one: the sentence before and after
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "some"))


@cache
def _heads() -> tuple[Mapping[str, str], frozenset[str]]:
    """(head word -> class, no-party heads) from data/mute.yaml."""
    table = load_table("mute.yaml")
    heads = {
        word.lower(): name for name, text in table["classes"].items() for word in str(text).split()
    }
    return heads, frozenset(w.lower() for w in str(table["no_party"]).split())


def mute_class(phrase: str) -> str | None:
    """The class of a speaker phrase that cannot speak ("document", "calendar", "thing",
    "fragment", "no party"), or None when it can: its head is not in the table, or another
    word is capitalised and may name who made it ("the OAS report", "Pakistani government
    report"; the first word may only open a sentence: "Video", "The trial")."""
    parts = bare_name(phrase.strip()).split()
    if not parts:
        return None
    head = parts[-1].lower().removesuffix("'s").removesuffix("’s").strip(".,:;'’\"")
    if any(p[:1].isupper() for p in parts[1:]):
        return None  # a name in it: "the Reuters video", "the OAS report"
    if any(p.endswith(("'s", "’s", "s'", "s’")) for p in parts[:-1]):
        return None  # an owner names the issuer: "the campaign's statement"
    if len(parts) > 1 and parts[0][:1].isupper() and parts[0].lower() not in _DETERMINERS:
        return None  # "Pakistani report": a capitalised first word may be its issuer
    heads, no_party = _heads()
    if head in no_party:
        return "no party"
    return heads.get(head)


def join_mute_speakers(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    taken: set[str],
    claims: Iterable[Claim],
    doc_texts: Mapping[str, str],
    other: Side = OTHER,
) -> None:
    """Move each mute speaker (``mute_class``) left in "Other speakers" or in a column named
    after itself to the side of the nearest claims whose speakers can speak, else to "Other
    speakers" (``other``: a profile may rename it). ``claims`` is read once, and only when
    some speaker is mute."""
    mute: dict[str, str] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id != OTHER.id and (side.id in taken or not _named_after(side.name, sp)):
            continue  # placed by a name, a profile or the context: someone issued it
        kind = _speaker_class(sp)
        if kind is not None:
            mute[sp.id] = kind
    if not mute:
        return
    # (document, start, speaker) of every claim, in document order: each mute claim's
    # neighbours are at most _REACH places away, so the look-up is linear in the claims.
    order = sorted((c.doc_id, c.content.start, c.speaker_id) for c in claims)
    votes: dict[str, dict[str, int]] = {}
    # (mute speaker, side) -> the speaking speaker nearest its words, named in the reason
    near: dict[tuple[str, str], str] = {}
    for k, (doc, start, speaker_id) in enumerate(order):
        if speaker_id not in mute or mute[speaker_id] == "no party":
            continue
        best: tuple[int, int, str] | None = None
        for j in range(max(0, k - _REACH), min(len(order), k + _REACH + 1)):
            other_doc, other_start, other_id = order[j]
            if other_doc != doc or other_id in mute or other_id not in found_by:
                continue  # (an unknown speaker is the caller's error to report)
            text = doc_texts.get(doc, "")
            if text.find("\n", min(start, other_start), max(start, other_start)) >= 0:
                continue  # another paragraph: the words beside it may be anyone's
            key = (abs(other_start - start), 0 if j < k else 1, other_id)  # nearest, then before
            if best is None or key < best:
                best = key
        if best is None:
            continue
        side = found_by[best[2]][0]
        tally = votes.setdefault(speaker_id, {})
        tally[side.id] = tally.get(side.id, 0) + 1
        near.setdefault((speaker_id, side.id), best[2])
    names = {sp.id: sp.name for sp in speakers}
    for sp in speakers:
        if sp.id not in mute:
            continue
        word = bare_name(sp.name)
        counts = votes.get(sp.id)
        if not counts:
            why = (
                "speaks for no party"
                if mute[sp.id] == "no party"
                else "and no speaker is quoted near its words"
            )
            found_by[sp.id] = other, f"'{word}' cannot speak ({mute[sp.id]}): {why}"
            continue
        side_id = max(counts, key=lambda s: counts[s])  # max keeps the first of equals
        neighbour = near[sp.id, side_id]
        side = found_by[neighbour][0]
        found_by[sp.id] = (
            side,
            (
                f"'{word}' cannot speak ({mute[sp.id]}): its words join the side of "
                f"{names[neighbour]}, quoted nearest"
            ),
        )


def mute_column(speaker: Speaker, side_name: str) -> bool:
    """A mute speaker on a column named after itself ("Report" on "Report"): no party, so no
    stray joins it before ``join_mute_speakers`` moves it."""
    return _named_after(side_name, speaker) and _speaker_class(speaker) is not None


def _speaker_class(speaker: Speaker) -> str | None:
    """The speaker's mute class when its name and every mention are mute, else None."""
    kind = mute_class(speaker.name)
    if kind is None:
        return None
    for mention in speaker.mentions:
        if mute_class(mention.span.text) is None:
            return None  # "the report" once, "the Human Rights Watch report" another time
    return kind


def _named_after(side_name: str, speaker: Speaker) -> bool:
    """A column of its own named after this very speaker ("Report" for "Report")."""
    return bare_name(side_name).casefold() == bare_name(speaker.name).casefold()
