"""One document's pass: sentence by sentence, the claims of its cues (cue_claims.py), then
the claims without a cue of their own (quotation continuations, headlines, colon intros).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right, insort
from collections.abc import Iterator, Sequence
from dataclasses import replace

from attribcmp.attribute.charged import charge_claims
from attribcmp.attribute.cue_claims import claims_from_cues
from attribcmp.attribute.cues import (
    Lexicon,
    Token,
    find_cues,
    tokenize,
)
from attribcmp.attribute.draft import Draft
from attribcmp.attribute.figure_cues import figure_cues
from attribcmp.attribute.frame_checks import reporters_note
from attribcmp.attribute.given_by import given_by
from attribcmp.attribute.labelled import (
    LabelRun,
    claimant,
    continue_label,
    count_claim,
    label_claim,
)
from attribcmp.attribute.lead_in import (
    Block,
    carry,
    is_heading,
    narrated_in_block,
    own_sentences,
    start_block,
)
from attribcmp.attribute.mentions import describe, web_site
from attribcmp.attribute.names import described_subject, indefinite_subject, note_names
from attribcmp.attribute.own_voice import OwnVoice
from attribcmp.attribute.quoted import (
    attributed_after,
    colon_intro,
    continuation,
    dash_credit,
    extend_chain,
    headline,
    issuer_claims,
)
from attribcmp.attribute.quotes import QuoteIndex, iter_quotes, mend_closing_marks
from attribcmp.attribute.speakers import Resolver
from attribcmp.attribute.store import RECENT, DraftStore
from attribcmp.model import (
    Document,
    Sentence,
)
from attribcmp.segment import ParagraphStream, iter_sentences, mask_markup
from attribcmp.side_kinds import firm_names

# Two capitalised words in a row (a title or "of" may join them): the least a name run needs,
# checked on the raw sentence so most sentences skip the token walk. A word holding a capital
# ("Wilayat", "pro-Western") is found from its last capital: the rest of the word holds none,
# so each letter is read once from the one capital before it (linear on a long capital run).
# Tried from capitals only, not from every word with a look-ahead for a capital (3x slower);
# the same sentences match (PolNeAR dev+train: none differs).
_NAME_PAIR = re.compile(
    r"[A-Z](?:[^\WA-Z]|[’'-])*+\.?\s+"
    r"(?:(?:of|chief|minister|secretary|spokesman|spokeswoman|adviser|envoy)\s+)?[A-Z]"
)


# Characters per block of ``rules_text``, each cut just after a line break.
_BLOCK = 1 << 16


def rules_text(text: str) -> str:
    """The text the rules read: markup blanked (``mask_markup``) and left curly marks used as
    closes mended (``mend_closing_marks``); the same length, so offsets hold. ``text`` itself
    when nothing changes.

    Built a block of lines at a time: no markup pattern nor mended mark spans a line break,
    so each block gives what the whole text would. A copy per step of the whole text held
    the original, the masked copy, the mended copy and re.sub's pieces of it at once (four
    texts: the peak of a 16 MB input); blocks hold the original, the pieces and the result.
    """
    pieces: list[str] = []  # empty until a block changes
    pos, size = 0, len(text)
    while pos < size:
        cut = text.find("\n", pos + _BLOCK)
        end = size if cut < 0 else cut + 1
        block = text[pos:end]
        done = mend_closing_marks(mask_markup(block))
        if done is not block and not pieces:
            pieces.append(text[:pos])  # the unchanged blocks before it, as one piece
        if pieces:
            pieces.append(done)
        pos = end
    return "".join(pieces) if pieces else text


def attribute_document(
    doc: Document,
    lexicon: Lexicon,
    resolver: Resolver,
    quotes_by_doc: dict[str, QuoteIndex],
    store: DraftStore,
) -> None:
    """Add the document's drafts, in text order, to ``store``."""
    # Rules read a copy with Markdown/HTML markup blanked out; offsets are the same, and the
    # claims' texts are cut from the original when frozen.
    text = rules_text(doc.text)
    if text is not doc.text:
        doc = replace(doc, text=text)
    paragraphs = ParagraphStream(text)  # split on each pass, never all held at once
    resolver.start_document(doc.id, doc.issuer)
    resolver.note_firms(doc.id, firm_names(text))
    quotes = quotes_by_doc[doc.id] = QuoteIndex(iter_quotes(text, paragraphs))
    sentences = iter_sentences(doc, quotes.starts, quotes.ends, paragraphs)
    kept: list[Sentence] = []  # every sentence, only for an account's issuer claims
    # The latest drafts, the only ones a rule still reads or extends; older ones are packed
    # into the store as the pass goes (an account keeps all: its issuer claims read every one).
    drafts: list[Draft] = []
    # Pieces of multi-paragraph quotes already claimed, sorted; quotations never overlap, so a
    # look-up checks the one piece starting nearest before the sentence (not every piece).
    consumed: list[tuple[int, int]] = []
    pending_colon: Draft | None = None
    block: Block | None = None  # an open statement after a lead-in line (lead_in.py)
    skip = -1  # a sentence already used as the attribution of the quotation before it
    label_run: LabelRun | None = None  # an open 'Claim –' / 'Response –' label (labelled.py)
    named = None  # the party a heading says the labelled claims below are from
    voice = OwnVoice(doc)  # a press office's own page (own_voice.py)
    for si, (before, sent, after) in enumerate(_with_neighbours(sentences)):
        if doc.issuer:
            kept.append(sent)
        voice.keep(sent)
        if si == skip or _claimed(consumed, sent.start, sent.end):
            continue
        tokens = tokenize(text, sent.start, sent.end)
        if not tokens:
            continue
        if _NAME_PAIR.search(sent.text):
            note_names(text, tokens, resolver, si)
        if (
            len(tokens) > 1
            and tokens[0].text[:1].isupper()
            and (tokens[1].text[:1].islower() or tokens[1].text == ",")
        ):
            # "Stam rejected that.", "Stam, in office since 2009, was ...": a known person's
            # surname alone as the subject is salient
            resolver.note_known_subject(tokens[0].text, si, tokens[0].start)
        described = described_subject(tokens)
        if described is not None:
            resolver.note_described_subject(describe(text, tokens, *described), si)
        elif (indefinite := indefinite_subject(tokens)) is not None:
            resolver.note_indefinite_subject(describe(text, tokens, *indefinite), doc.id, si)
        elif len(tokens) > 3 and tokens[0].text[:1].isupper() and web_site(text, tokens[0].end):
            # "PolitiFact.com, another fact checker, looked at ... It found": the site opening
            # the sentence is its subject, the "it" after it
            resolver.note_body_subject(describe(text, tokens, 0, 0), doc.id, si)
        inside = quotes.spans(sent.start, sent.end)
        # "That figure was given by X.": the sentence before is X's (given_by.py); its
        # "given"/"provided" is then no cue of a claim "That figure"
        claimed_before = bool(drafts) and drafts[-1].sentence == si - 1
        made = given_by(doc, sent, before, si, tokens, resolver, claimed_before)
        clauses = (
            [] if made else _clauses(tokens, inside, lexicon) if ";" in sent.text else [tokens]
        )
        for clause in clauses:
            made.extend(claims_from_cues(doc, sent, si, clause, lexicon, resolver, inside))
        if not made and not inside:
            # "X was charged with C": the charge is the charging body's (charged.py)
            made = charge_claims(doc, sent, si, tokens, resolver, drafts[-1] if drafts else None)
        made = _distinct(made)
        if before is None or sent.paragraph != before.paragraph:
            named = claimant(text, tokens) or named
            lead = label_claim(doc, sent, si, tokens, resolver, named, drafts)
        else:
            lead = None
        if not made and not inside:
            # "By the official count, C": the count's claim (labelled.py)
            counted = count_claim(doc, sent, si, tokens, resolver)
            made = [counted] if counted is not None else made
        if lead is not None:
            # the label is no subject of a cue in its own line ("Claim – ... said ..."); a
            # speaker named inside the content keeps their own claim
            label_run = LabelRun(lead, sent.paragraph)
            content = lead.parts[0][0]
            made = [lead, *(d for d in made if d.mention is None or d.mention.start >= content)]
        if si == 0 and made and _is_title(text, sent):
            cues = [d.cue.start for d in made if d.cue is not None]
            made = [d for d in made if not _title_fragment(d, text, sent, cues)]
        if block is not None and made:
            made = narrated_in_block(block, made, sent, text)
        handled = bool(made)
        if not handled and after is not None:
            made = attributed_after(doc, sent, after, si, quotes, lexicon, resolver)
            if made:
                handled, skip = True, si + 1
        if block is not None and pending_colon is not None and is_heading(sent, block):
            pending_colon = block = None  # a heading line closes the statement
        if not handled and not inside and reporters_note(tokens):
            # "VOA could not verify the claims.": the reporter's, never the speaker's going on
            pending_colon = block = None
            handled = True
        if not handled:
            cont = continuation(doc, sent, si, tokens, quotes, drafts, pending_colon, resolver)
            handled = cont is not None
            made = cont or []
            if block is not None:
                own_sentences(block, made)
        if not handled and label_run is not None:
            labelled = continue_label(label_run, sent, text)
            label_run = None if labelled is None else label_run
            made, handled = ([labelled], True) if labelled is not None else (made, handled)
        new_paragraph = before is None or sent.paragraph != before.paragraph
        if not handled and new_paragraph:
            made = headline(doc, sent, si, tokens, resolver) or dash_credit(
                doc, sent, si, tokens, quotes, resolver
            )
            handled = bool(made)
        pending_colon = None
        if not handled:
            pending_colon = colon_intro(doc, sent, si, tokens, lexicon, resolver)
        ends_paragraph = after is None or after.paragraph != sent.paragraph
        if pending_colon is not None:
            block = start_block(pending_colon, new_paragraph and ends_paragraph)
        elif block is not None:
            pending_colon = carry(block, sent, made, ends_paragraph)
            block = block if pending_colon is not None or not ends_paragraph else None
        for d in made:
            d.sentence = max(si, skip) if skip == si + 1 else si
            pieces: list[tuple[int, int]] = []
            extend_chain(d, quotes, pieces)
            for piece in pieces:
                insort(consumed, piece)
        voice.note(tokens, made, inside)
        for d in made:
            d.token_ranges = ()  # read only within its own sentence: released here
        drafts.extend(made)
        if not doc.issuer and not voice.holding and len(drafts) >= 2 * RECENT:
            voice.packed(drafts[:-RECENT])
            store.add(drafts[:-RECENT])
            del drafts[:-RECENT]
    if doc.issuer:
        drafts = issuer_claims(doc, kept, drafts, resolver)
    store.add(voice.claims(doc, drafts, resolver))


# A headline: the first line, no full stop, a few words (headline.py reads it as a frame).
_TITLE_WORDS = range(3, 21)


def _is_title(text: str, sent: Sentence) -> bool:
    """The first sentence is a headline line: short, unpunctuated, a line break after it."""
    line = sent.text.rstrip()
    return (
        not line.endswith((".", "!", "?", '"', "”", "’", "'"))
        and len(line.split()) in _TITLE_WORDS
        and text[sent.end : sent.end + 2].lstrip(" \t")[:1] in ("\n", "\r")
    )


def _title_fragment(d: Draft, text: str, sent: Sentence, cues: Sequence[int]) -> bool:
    """A headline's cue that reports no one's words. Headlines tell speech in the present
    ("Army says", "villagers deny"), so a past form is a passive with "is" left out
    ("Incumbent declared winner", "Minister accused of graft"); and "A, B discuss trade"
    has two subjects joined by the comma, not B alone speaking (a cue before the comma makes
    it two claims: "Farmers Say Police Seized Cattle, Uganda Denies Charge")."""
    if d.cue is not None and d.cue.text.lower().endswith("ed") and " " not in d.cue.text:
        return True
    if d.mention is None:
        return False
    before = text[sent.start : d.mention.start].rstrip()
    if any(sent.start <= at < d.mention.start for at in cues):
        return False
    return before.endswith(",") and before[:1].isupper() and "“" not in before and '"' not in before


def _distinct(made: list[Draft]) -> list[Draft]:
    """One claim per speaker and content: two cues of one clause that reach the same words
    ("denied it, saying 'not true'") make one claim, under the first cue."""
    seen: set[tuple[int, tuple[tuple[int, int], ...]]] = set()
    out: list[Draft] = []
    for d in made:
        key = (d.entity, tuple(d.parts))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _with_neighbours(
    sentences: Iterator[Sentence],
) -> Iterator[tuple[Sentence | None, Sentence, Sentence | None]]:
    """(previous, sentence, next) for each sentence, made one ahead: the pass never holds
    every sentence of a 16 MB input at once."""
    before, sent = None, next(sentences, None)
    while sent is not None:
        after = next(sentences, None)
        yield before, sent, after
        before, sent = sent, after


def _claimed(pieces: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of the sorted, non-overlapping ``pieces``."""
    k = bisect_right(pieces, (start, math.inf)) - 1
    return k >= 0 and end <= pieces[k][1]


def _clauses(
    tokens: list[Token], quoted: Sequence[tuple[int, int]], lexicon: Lexicon
) -> list[list[Token]]:
    """Split a sentence at semicolons outside quotations when the next clause has a cue of
    its own ("Army says X; officials say Y" holds two claims, as does "...; officials put the
    toll at 7")."""
    out: list[list[Token]] = []
    start = 0
    for k, tok in enumerate(tokens):
        if tok.text != ";" or any(s < tok.start < e for s, e in quoted):
            continue
        rest = tokens[k + 1 :]
        # ("Police said two died; opposition officials put the toll at seven": a figure verb
        # is the next clause's cue as a reporting verb is, figure_cues.py)
        if find_cues(rest, lexicon) or figure_cues(rest):
            out.append(tokens[start:k])
            start = k + 1
    out.append(tokens[start:])
    return [c for c in out if c]
