"""Statement blocks: a line of its own that names a speaker and ends in a colon ("A Downing
Street spokesperson said:", "The following statement is attributable to Spokesperson Ned
Price:") and the paragraphs after it, which are that speaker's statement with no cue of their
own. Government readouts and press statements are written this way.

The block runs until a heading line, a new lead-in, a paragraph where someone else is cued as
saying something, or at most ``BLOCK_PARAGRAPHS`` paragraphs (so the hand-over stays local).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from attribcmp.attribute.cues import Token
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.mentions import MentionInfo, describe
from attribcmp.attribute.speakers import Resolver
from attribcmp.data import word_set
from attribcmp.model import Document, Sentence, SpeakerKind, TextSpan

# A statement rarely runs longer than this many paragraphs; past it the text is more likely
# the writer's own again (and the hand-over stays bounded).
BLOCK_PARAGRAPHS = 8

# "attributable to X:", "attributed to X:": the speaker is named after the word, not before.
_ATTRIBUTABLE = word_set("attributable attributed")

# Content opening with these reports what the speaker asserted ("agreed that ...", "said
# “...”"): a claim of its own. Any other content is the statement narrating what happened
# ("affirmed the alliance", "discussed Iran"), which the statement's speaker states.
_ASSERTION_OPENERS = ("that ", "“", '"', "‘", "'")

# Demands, warnings, denials and accusations are a participant's own stance even inside a
# statement ("urged his release"), unlike narrated meeting verbs ("discussed", "welcomed").
_STANCE_CUES = word_set(
    """urge urged urges call called calls demand demanded demands press pressed presses warn
    warned warns insist insisted insists deny denied denies reject rejected rejects accuse
    accused accuses condemn condemned condemns criticize criticized criticizes criticise
    criticised criticises threaten threatened threatens"""
)


def attributable_intro(
    doc: Document, sent: Sentence, si: int, tokens: Sequence[Token], resolver: Resolver
) -> Draft | None:
    """'The statement below is attributable to Spokesperson Ned Price:': the name after
    "attributable to" speaks the paragraphs that follow."""
    n = len(tokens)
    k = next(
        (
            j
            for j in range(n - 3)
            if tokens[j].lower in _ATTRIBUTABLE and tokens[j + 1].lower == "to"
        ),
        None,
    )
    if k is None or k + 2 > n - 2:
        return None
    info = describe(doc.text, list(tokens), k + 2, n - 2)
    if info.kind is SpeakerKind.UNKNOWN and not info.name:
        info = MentionInfo(info.span, SpeakerKind.PERSON, info.span.text, False)
    return colon_draft(doc, sent, si, info, span_of(doc.text, tokens, k, k + 1), resolver)


def colon_draft(
    doc: Document, sent: Sentence, si: int, info: MentionInfo, cue: TextSpan, resolver: Resolver
) -> Draft:
    """The draft of a lead-in line ending in a colon: the line itself, its speaker resolved."""
    entity, how = resolver.resolve(info, doc.id, si)
    return Draft(
        doc.id,
        entity,
        sent.paragraph,
        [(sent.start, sent.end)],
        info.span,
        cue,
        "colon",
        how,
        False,
    )


# Words naming an institution's voice in a lead-in: the ones that issue statements running
# over several paragraphs (readouts, press statements).
STATEMENT_VOICES = word_set(
    """spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen secretary
    attributable attributed office ministry department embassy government statement readout
    press"""
)


@dataclass(slots=True)
class Block:
    """An open statement block: its lead-in, and whether the current paragraph still
    belongs to it."""

    lead: Draft
    open: bool = True
    fed: bool = False  # the current paragraph gave the lead-in's speaker a claim


def start_block(lead: Draft | None, alone: bool) -> Block | None:
    """A block opens at a lead-in standing alone as its own paragraph, in an institution's
    voice (a spokesperson, an office, "attributable to"), whose speaker was identified rather
    than guessed as the most recent one. ("Limbaugh added:" in a story hands over only the
    next paragraph, as before: the writer's narration resumes after it.)"""
    if lead is None or not alone or lead.resolution.endswith("(most recent speaker)"):
        return None
    said_by = f"{lead.mention.text if lead.mention else ''} {lead.cue.text if lead.cue else ''}"
    if STATEMENT_VOICES.isdisjoint(said_by.lower().replace("’", "'").split()):
        return None
    return Block(lead)


def narrated_in_block(block: Block, made: list[Draft], sent: Sentence, text: str) -> list[Draft]:
    """Inside a block, a sentence whose cue claims narrate an event ("Blinken met Johnson and
    affirmed the alliance") is the statement's, the whole sentence one claim; a claim
    asserting a 'that'-clause or quotation by someone else stays theirs and ends the block
    after this paragraph."""
    lead = block.lead
    if sent.paragraph != lead.paragraph + 1:
        # past the first paragraph a cued sentence is as likely the writer's own narration
        # again (measured: handing those over cost speaker accuracy on held-out stories)
        block.open = block.open and all(d.entity == lead.entity for d in made)
        return made
    out: list[Draft] = []
    narrated: list[str] = []
    for d in made:
        start, _ = d.parts[0]
        if d.entity == lead.entity:
            out.append(d)
        elif (
            d.according
            or text[start : start + 5].lower().startswith(_ASSERTION_OPENERS)
            or (d.cue is not None and d.cue.text.split()[0].lower() in _STANCE_CUES)
        ):
            block.open = False
            out.append(d)
        else:
            narrated.append(d.cue.text if d.cue else "?")
    if not narrated:
        return made
    if any(d.parts[0][0] < sent.end and d.parts[-1][1] > sent.start for d in out):
        # another claim holds part of the sentence: only the narrated pieces change hands
        span = None
    else:
        span = (sent.start, sent.end)
    kept = {id(d) for d in out}
    for d in made:
        if id(d) in kept:
            continue
        cues = "', '".join(dict.fromkeys(narrated))
        out.append(
            replace(
                d,
                entity=lead.entity,
                parts=[span] if span else list(d.parts),
                mention=lead.mention,
                cue=lead.cue,
                rule=f"colon_statement: '{cues}' narrated inside the statement after a lead-in",
                resolution=f"{lead.resolution or 'lead-in'} (statement lead-in)",
                reported=None,
            )
        )
        if span:
            break  # the whole sentence: one claim however many cues it holds
    out.sort(key=lambda d: d.parts[0][0])
    return out


def carry(block: Block, sent: Sentence, made: list[Draft], ends_paragraph: bool) -> Draft | None:
    """The lead-in handed on to the next paragraph, while the block is open."""
    if any(d.rule.startswith("quote_continuation") for d in made):
        block.open = False  # a quoted statement ends where its quotation closes
    block.fed = block.fed or any(d.entity == block.lead.entity for d in made)
    if not block.open:
        return None
    if not ends_paragraph:
        # the next sentence of this paragraph: handed the lead-in as a paragraph's first is
        # (each sentence its own claim, as the statement's points are aligned one by one)
        return replace(block.lead, paragraph=sent.paragraph - 1, parts=list(block.lead.parts))
    fed, block.fed = block.fed, False
    if not fed:
        return None  # a paragraph the statement's speaker did not get: the block is over
    if sent.paragraph - block.lead.paragraph >= BLOCK_PARAGRAPHS:
        return None
    if is_heading(sent):
        return None  # a heading line closes the statement
    return replace(block.lead, paragraph=sent.paragraph, parts=list(block.lead.parts))


def own_sentences(block: Block, made: list[Draft]) -> None:
    """The lead-in's claims inside a block stay one per sentence (never merged into one
    paragraph claim, as a single "X added:" paragraph is), named for the block."""
    for d in made:
        if d.entity == block.lead.entity and d.rule.startswith("colon_block"):
            d.rule = "colon_statement: a sentence of the statement after a lead-in"


def is_heading(sent: Sentence, block: Block | None = None) -> bool:
    """A line without a closing full stop, question or exclamation mark: a heading. Right
    after the lead-in (``block`` given) the line is the statement's first as before, however
    it ends."""
    if block is not None and sent.paragraph <= block.lead.paragraph + 1:
        return False
    return sent.text.rstrip("\"”’') ")[-1:] not in ".!?"
