""" "X was charged with C" / "X is accused of C": the charge is content, and the one who
made it is not X.

The cue frames refuse these passives (passives.agentless_passive: X is the accused, not a
speaker). This module gives the charge to its source where the story names it: after the
charge ("was charged with fraud by federal prosecutors"), or in the sentence just before
("The Justice Department said A passed secrets to Kuo. Kuo is accused of passing them on"),
whose claim is the charging body's. With neither, no claim is made: the disputes gold keeps
an accusation only under the one who made it.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribcmp.attribute.cues import LOWER, Token
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.mentions import describe, np_after, words
from attribcmp.attribute.speakers import Resolver
from attribcmp.data import word_set
from attribcmp.model import Document, Sentence, SpeakerKind

__all__ = ["charge_claims"]

# The participle and the word that opens the charge after it.
_LINKS = {"accused": "of", "charged": "with"}
_AUX = word_set("was were is are been being")
# An auxiliary chain before the participle: "has been charged", "had been accused".
_AUX_CHAIN = _AUX | word_set("has have had")
# Adverbs between "be" and the participle ("was also charged", "is formally accused").
_BETWEEN = word_set("also not long often never once already ever since later")
# A claim just before whose cue denies or answers is the accused side's, not the accuser's:
# "The ministry denied the report. Two officers were accused of torture."
_ANSWERING = ("den", "reject", "dismiss", "disput", "refut", "rebut", "contest", "respond")
# Look no further than this many tokens for the agent after the charge: a long charge with a
# "by" deep inside is how the offence was done ("killing a man by stabbing him"), not who charged.
_MAX_CHARGE = 25


def charge_claims(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: Sequence[Token],
    resolver: Resolver,
    previous: Draft | None,
) -> list[Draft]:
    """The charge in an agentless "was charged with"/"is accused of" sentence, as a claim of
    the body the story names as its source; [] when it names none."""
    found = _charge(tokens)
    if found is None:
        return []
    subject_end, cue, link = found
    start = link + 1
    last = len(tokens) - 1
    while last > start and not tokens[last].text[:1].isalnum():
        last -= 1  # the closing full stop
    if last <= start:
        return []
    by = next(
        (m for m in range(start + 1, min(last, start + _MAX_CHARGE)) if tokens[m].lower == "by"),
        None,
    )
    cue_span = span_of(doc.text, tokens, cue, link)
    if by is not None:
        agent = np_after(tokens, by + 1)
        if agent is None or not _names_body(tokens, agent):
            return []  # "by stabbing him": how, not who
        info = describe(doc.text, tokens, *agent)
        entity, how = resolver.resolve(info, doc.id, si)
        end = tokens[by - 1].end
        rule = f"charged_by: '{cue_span.text}' ... by the agent"
        draft = Draft(
            doc.id,
            entity,
            sent.paragraph,
            [(tokens[start].start, end)],
            info.span,
            cue_span,
            rule,
            how,
            False,
        )
        return [draft]
    if previous is None or previous.sentence != si - 1 or previous.doc_id != doc.id:
        return []
    if resolver.entity_kind(previous.entity) is not SpeakerKind.ORGANISATION:
        return []  # a person or a source just before may be the accused answering
    if previous.cue is not None and previous.cue.text.lower().startswith(_ANSWERING):
        return []
    if tokens[0].lower in words().pronouns or _names_previous(
        tokens, subject_end, resolver, previous
    ):
        return []  # "The firm denied it. It was accused of dumping": the accused spoke before
    rule = f"charged_context: '{cue_span.text}' after the charging body's claim"
    how = f"the charge is {resolver.entity_name(previous.entity)}'s (its claim just before)"
    end = tokens[last].end
    draft = Draft(
        doc.id,
        previous.entity,
        sent.paragraph,
        [(tokens[start].start, end)],
        None,
        cue_span,
        rule,
        how,
        False,
    )
    return [draft]


def _charge(tokens: Sequence[Token]) -> tuple[int, int, int] | None:
    """(the subject's last token, the participle, the link word) of "X was charged with", or
    None. Only a sentence that opens with its subject: "..., who was accused of C" is not one."""
    head = tokens[:_MAX_CHARGE]
    if _LINKS.keys().isdisjoint(map(LOWER, head)):
        return None  # no "accused"/"charged" (nearly every sentence): one look-up per word, in C
    for k, tok in enumerate(head):
        link = _LINKS.get(tok.lower)
        if link is None or k + 1 >= len(tokens) or tokens[k + 1].lower != link:
            continue
        j = k - 1
        while j > 0 and (tokens[j].lower in _BETWEEN or tokens[j].lower.endswith("ly")):
            j -= 1
        if j < 1 or tokens[j].lower not in _AUX:
            return None
        while j > 1 and tokens[j - 1].lower in _AUX_CHAIN:
            j -= 1  # "has been charged"
        if any(t.lower in ("who", "which", "that") or t.text == "," for t in tokens[:j]):
            return None  # a relative clause or an apposition: not the sentence's own subject
        return j - 1, k, k + 1
    return None


def _names_body(tokens: Sequence[Token], agent: tuple[int, int]) -> bool:
    """ "by federal prosecutors", "by the Justice Department", "by police": a body or a named
    one, not a gerund's object."""
    first = tokens[agent[0]]
    if first.lower.endswith("ing"):
        return False
    head = tokens[agent[1]].lower
    w = words()
    return (
        first.text[:1].isupper()
        or head in w.organisations
        or head.rstrip("s") in w.roles
        or head in w.roles
        or head in w.groups
        or head in w.forces
    )


def _names_previous(
    tokens: Sequence[Token], subject_end: int, resolver: Resolver, previous: Draft
) -> bool:
    """The accused is the previous speaker under its own name ("The company ... The company
    was accused of C")."""
    name = resolver.entity_name(previous.entity).lower().split()
    subject = {t.lower for t in tokens[: subject_end + 1]}
    return bool(name) and name[-1] in subject
