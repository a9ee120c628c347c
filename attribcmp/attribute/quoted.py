"""Claims that carry no cue of their own.

A quotation the next short sentence attributes ("“...?” Graham asked."), a quotation that
continues the previous speaker, "He said:" before a quotation, "Name: words" lines, "“...” ―
Name" credits, multi-paragraph quotations, and in ``compare`` every unattributed sentence of an
account, which is its issuer's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate

from attribcmp.attribute.cues import CueClass, Lexicon, Token, find_cues, tokenize
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.frame_base import report_follows
from attribcmp.attribute.lead_in import attributable_intro, colon_draft
from attribcmp.attribute.mentions import MentionInfo, describe, words
from attribcmp.attribute.quotes import Quote, QuoteIndex
from attribcmp.attribute.speakers import Resolver
from attribcmp.attribute.subjects import subject_of
from attribcmp.data import table_words, word_set
from attribcmp.model import Document, Sentence, SpeakerKind

# Share of a sentence's characters inside quotation marks above which an unattributed sentence
# is a quotation continuing the previous speaker ("“A,” he said. “B.”").
QUOTE_SHARE = 0.6


_DASHES = frozenset(("―", "—", "–", "--", "-"))


def _quoted_chars(sent: Sentence, inside: Sequence[Quote]) -> int:
    """How many of the sentence's characters lie inside the quotations."""
    return sum(min(q.end, sent.end) - max(q.start, sent.start) for q in inside)


def attributed_after(
    doc: Document,
    sent: Sentence,
    nxt: Sentence,
    si: int,
    quotes: QuoteIndex,
    lexicon: Lexicon,
    resolver: Resolver,
) -> list[Draft]:
    """'“Does anybody know?” Graham asked.': a quotation the next short sentence attributes.

    A question or exclamation mark ends the quotation's sentence, so its attribution stands
    alone as "Name cue." in the same paragraph.
    """
    if nxt.paragraph != sent.paragraph or nxt.end - nxt.start > 200:
        return []
    inside = quotes.overlapping(sent.start, sent.end)
    quoted = _quoted_chars(sent, inside)
    if not inside or quoted < QUOTE_SHARE * (sent.end - sent.start):
        return []
    tokens = tokenize(doc.text, nxt.start, nxt.end)
    for cue in find_cues(tokens, lexicon):
        if cue.cls not in (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE):
            continue
        found = subject_of(tokens, cue, lexicon)
        rest = [t for t in tokens[cue.last + 1 :] if t.text[:1].isalnum()]
        if found is None or found[0] != 0:
            continue
        if len(rest) > 5 and report_follows(tokens, cue, cue.last + 1, len(tokens) - 1):
            continue  # "Trump said of Apple in February, when ...": a setting; "said that": not
        info = describe(doc.text, tokens, *found)
        entity, how = resolver.resolve(info, doc.id, si + 1)
        start = max(min(q.start for q in inside), sent.start)
        end = min(max(q.end for q in inside), sent.end)
        cue_span = span_of(doc.text, tokens, cue.first, cue.last)
        rule = f"content_first: cue '{cue_span.text}' ({cue.cls.value}) after the quotation"
        return [
            Draft(
                doc.id,
                entity,
                sent.paragraph,
                [(start, end)],
                info.span,
                cue_span,
                rule,
                how,
                cue.lemma in lexicon.hedges,
            )
        ]
    return []


def continuation(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: Sequence[Token],
    quotes: QuoteIndex,
    drafts: Sequence[Draft],
    pending: Draft | None,
    resolver: Resolver,
) -> list[Draft] | None:
    """A quotation sentence with no cue continues the previous speaker's quote.

    Returns None when the sentence is no continuation, [] when it was merged into the previous
    claim as a further part (a quotation split by its attribution: "“A,” he said. “B.”").
    """
    inside = quotes.overlapping(sent.start, sent.end)
    quoted = _quoted_chars(sent, inside)
    if quoted < QUOTE_SHARE * (sent.end - sent.start) or len(tokens) < 4:
        return _colon_block(doc, sent, si, drafts, pending, resolver)
    prev = pending or (drafts[-1] if drafts else None)
    if pending is None and prev is not None and len(drafts) > 1:
        prev = _quoting_speaker(prev, drafts[-2], quotes)
    if prev is None or prev.doc_id != doc.id or sent.paragraph - prev.paragraph > 1:
        return None
    if pending is None and sent.paragraph != prev.paragraph and not _ends_quoted(prev, quotes):
        if not _opens_after_report(doc, sent, si, quotes, prev):
            return None  # a new paragraph's quotation continues only a speaker who was quoting
        prev = _outer_report(prev, drafts)
    if pending is None and sent.paragraph != prev.paragraph and prev.rule.startswith("dash_credit"):
        return None  # in a list of "“...” ― Name" credits each quotation has its own name
    start = max(min(q.start for q in inside), sent.start)
    end = min(max(q.end for q in inside), sent.end)
    name = resolver.entity_name(prev.entity)
    resolver.touch(prev.entity, si)
    if (
        pending is None
        and prev.sentence == si - 1
        and (
            prev.paragraph == sent.paragraph
            # a quotation that runs on into the next paragraph is still the one quotation
            or prev.rule.startswith(("content_first", "inverted"))
        )
        and prev.rule.startswith(("content_first", "inverted", "split", "according_to"))
        and _ends_quoted(prev, quotes)
    ):
        prev.parts.append((start, end))
        prev.sentence = si
        return []
    return [
        Draft(
            doc.id,
            prev.entity,
            sent.paragraph,
            [(start, end)],
            prev.mention,
            None,
            "quote_continuation: quotation with no cue of its own",
            f"continues the quotation of {name}",
            False,
        )
    ]


def _colon_block(
    doc: Document,
    sent: Sentence,
    si: int,
    drafts: Sequence[Draft],
    pending: Draft | None,
    resolver: Resolver,
) -> list[Draft] | None:
    """'Limbaugh added:' closing a paragraph, then his words without quotation marks: the next
    paragraph is his, sentence by sentence merged into one claim."""
    last = drafts[-1] if drafts else None
    if (
        pending is None
        and last is not None
        and last.rule.startswith("colon_block")
        and last.paragraph == sent.paragraph
        and last.sentence == si - 1
    ):
        last.parts.append((sent.start, sent.end))
        last.sentence = si
        return []
    if pending is None or sent.paragraph != pending.paragraph + 1:
        return None
    name = resolver.entity_name(pending.entity)
    resolver.touch(pending.entity, si)
    return [
        Draft(
            doc.id,
            pending.entity,
            sent.paragraph,
            [(sent.start, sent.end)],
            pending.mention,
            pending.cue,
            "colon_block: the paragraph after 'X said:'",
            pending.resolution or f"introduced by {name}",
            False,
            sentence=si,
        )
    ]


def _quoting_speaker(last: Draft, before: Draft, quotes: QuoteIndex) -> Draft:
    """The claim a next quotation continues: '"A," said X, a friend, who recalled B. "C."'
    goes on with X's quotation, not with the relative clause inside X's description (PolNeAR
    train: 92 continuations took the wrong speaker, most of them "who"); nor with a report in
    the unquoted tail of the attribution ('"A," X said, referring to Y. "C."', '"A," X told
    Z, after Z said B. "C."'): the quotation resumes the one it broke off from."""
    if last.sentence != before.sentence or not before.rule.startswith(
        ("content_first", "inverted", "split")
    ):
        return last
    if last.mention is not None and last.mention.text.lower() in ("who", "which"):
        return before
    if _ends_quoted(before, quotes) and not _ends_quoted(last, quotes):
        return before
    return last


# Rules of a reported claim whose speaker a quotation opening the next paragraph goes on
# quoting ("X told VOA no threats were made." then "“We are just talking.”"), in speakers.yaml.
_REPORT_RULES = tuple(sorted(table_words("speakers.yaml", "quote_after_report")))


def _last_char(text: str, at: int) -> str:
    """The last non-space character before ``at`` ("" if none), read back from ``at``: no copy
    of the text before it (at 16 MB, a 33 MB slice per paragraph, and quadratic time)."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text[k - 1] if k > 0 else ""


def _opens_after_report(
    doc: Document, sent: Sentence, si: int, quotes: QuoteIndex, prev: Draft
) -> bool:
    """'Siphan told VOA no threats were made.' closing a paragraph, then a paragraph that is
    all quotation: the reporter quotes the one whose words were just reported. A paragraph
    with words of its own outside the marks ('“A!” his niece shouted.') names its speaker."""
    if not (
        prev.sentence == si - 1
        and sent.paragraph == prev.paragraph + 1
        and prev.rule.startswith(_REPORT_RULES)
    ):
        return False
    if _last_char(doc.text, sent.start) == ":":
        return False  # "As Breitbart reported, X was refusing to call it terrorism:" cites a text
    end = doc.text.find("\n", sent.start)
    end = len(doc.text) if end < 0 else end
    at = sent.start
    for q in quotes.overlapping(sent.start, end):
        if any(ch.isalnum() for ch in doc.text[at : q.start]):
            return False
        at = max(at, q.end)
    # a quoted subheading ("'Negative rumors'") is no sentence: the paragraph must end one
    tail = doc.text[sent.start : end].rstrip().rstrip("\"'”’»")
    return (
        at > sent.start
        and tail.endswith((".", "!", "?"))
        and not any(ch.isalnum() for ch in doc.text[at:end])
    )


def _outer_report(last: Draft, drafts: Sequence[Draft]) -> Draft:
    """The reporter whose words hold the others of the sentence: "Schoen wrote that delegates
    pledged to Clinton may reconsider." then a quotation is Schoen's, not the delegates'."""
    outer = last
    for d in reversed(drafts[-8:]):
        if d.sentence == last.sentence and d.doc_id == last.doc_id and d.parts[0] < outer.parts[0]:
            outer = d if d.rule.startswith(_REPORT_RULES) else outer
    return outer


def _ends_quoted(d: Draft, quotes: QuoteIndex) -> bool:
    return bool(quotes.overlapping(*d.parts[-1]))


def colon_intro(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: Sequence[Token],
    lexicon: Lexicon,
    resolver: Resolver,
) -> Draft | None:
    """'He said:' ending a paragraph hands its speaker to the quotation that follows."""
    if len(tokens) < 3 or tokens[-1].text != ":":
        return None
    cues = [c for c in find_cues(tokens, lexicon) if c.last == len(tokens) - 2]
    if not cues:
        return attributable_intro(doc, sent, si, tokens, resolver)
    cue = cues[0]
    found = subject_of(tokens, cue, lexicon)
    if found is None:
        return None
    info = describe(doc.text, tokens, *found)
    cue_span = span_of(doc.text, tokens, cue.first, cue.last)
    return colon_draft(doc, sent, si, info, cue_span, resolver)


# Labels before a colon that name no speaker: page furniture and interview prompts.
_NOT_SPEAKERS = word_set(
    """update note editor photo watch breaking exclusive video read related byline contributing
    contributed reporting writing editing credit credits correction disclosure source
    sources q a see also tags topics filed"""
)


def headline(
    doc: Document, sent: Sentence, si: int, tokens: Sequence[Token], resolver: Resolver
) -> list[Draft]:
    """'Name: headline' at the start of a paragraph attributes the rest to Name."""
    lead = 1 if tokens[0].text in "“\"‘'" else 0
    colon = next((k for k, t in enumerate(tokens[:7]) if t.text == ":"), None)
    if colon is None or colon <= lead or len(tokens) - colon < 4:
        return []
    head = tokens[lead:colon]
    quoted_after = colon + 1 < len(tokens) and tokens[colon + 1].text in "“\"‘'"
    all_caps = all(t.text.isupper() for t in head if t.text[:1].isalpha())
    if not (all_caps or len(head) <= 2 or (len(head) <= 4 and quoted_after)):
        return []  # "Veto Power Impedes Peace Efforts:" is a title; "PENCE:" or "Name: “...”" speak
    if not all(t.text[:1].isupper() or t.text == "." for t in head):
        return []
    if sum(1 for t in head if t.text[:1].isupper()) < 1 or head[-1].lower in _NOT_SPEAKERS:
        return []
    if _says_nothing(tokens[colon + 1 :]):
        return []  # "Clinton: 2,316.", "Iowa: Tim Albrecht, Brad Anderson, ...": a tally
    info = describe(doc.text, list(tokens), lead, colon - 1)
    if not quoted_after and resolver.is_place(info):
        return []  # "Somalia: Al-Shabaab Carries Out Attack": a topic label, not a speaker
    if len(head) == 1 and head[0].lower in words().documents:
        # "Report: ...", "Poll: ...": a document speaks, never a person that a later "the
        # official" could be taken for
        info = MentionInfo(info.span, SpeakerKind.DOCUMENT, "", False)
    elif info.kind is SpeakerKind.UNKNOWN and not info.name:
        info = MentionInfo(info.span, SpeakerKind.PERSON, info.span.text, False)
    entity, how = resolver.resolve(info, doc.id, si)
    content = (tokens[colon + 1].start, tokens[-1].end)
    return [
        Draft(
            doc.id,
            entity,
            sent.paragraph,
            [content],
            info.span,
            span_of(doc.text, tokens, colon, colon),
            "headline: 'Name: words'",
            how,
            False,
        )
    ]


# A list of this many comma-separated names after a colon is a roster, not a statement.
_MIN_ROSTER = 3


def _says_nothing(rest: Sequence[Token]) -> bool:
    """What follows a label's colon is a figure, a handle or a roster of names: a results
    table or a contributor list ("Clinton: 2,316.", "Twitter: @Milbank.", "Iowa: Tim
    Albrecht, Brad Anderson, Rob Barron, ..."), never words someone said."""
    said = [
        t
        for k, t in enumerate(rest)
        if t.text[:1].isalpha() and (k == 0 or rest[k - 1].text != "@")
    ]
    if len(said) < 2:
        return True
    pieces: list[list[Token]] = [[]]
    for t in rest:
        if t.text == ",":
            pieces.append([])
        elif t.text not in ".;":
            pieces[-1].append(t)
    return len(pieces) > _MIN_ROSTER and all(
        0 < len(p) <= 4 and all(t.text[:1].isupper() or t.text == "." for t in p)
        for p in pieces
        if p
    )


def dash_credit(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: Sequence[Token],
    quotes: QuoteIndex,
    resolver: Resolver,
) -> list[Draft]:
    """'“...” ― Name' closing a paragraph: a quotation credited to a name after a dash."""
    n = len(tokens)
    dash = next((k for k in range(n - 2, max(0, n - 7), -1) if tokens[k].text in _DASHES), None)
    if dash is None or dash == 0 or tokens[dash - 1].text not in "”\"’'":
        return []
    name = tokens[dash + 1 :]
    if not all(t.text[:1].isupper() or t.text in ".," for t in name):
        return []
    end = tokens[dash - 1].end
    quote = next((q for q in quotes.overlapping(end - 1, end) if q.end == end), None)
    if quote is None:
        return []
    info = describe(doc.text, list(tokens), dash + 1, n - 1)
    if not info.name:
        info = MentionInfo(info.span, SpeakerKind.PERSON, info.span.text, False)
    entity, how = resolver.resolve(info, doc.id, si)
    return [
        Draft(
            doc.id,
            entity,
            sent.paragraph,
            [(quote.start, quote.end)],
            info.span,
            span_of(doc.text, tokens, dash, dash),
            "dash_credit: '― Name' after a quotation",
            how,
            False,
        )
    ]


def extend_chain(d: Draft, quotes: QuoteIndex, consumed: list[tuple[int, int]]) -> None:
    """A claim ending in an open multi-paragraph quotation takes the rest of that quotation."""
    s, e = d.parts[-1]
    open_piece = next((q for q in quotes.overlapping(s, e) if not q.closed), None)
    if open_piece is None:
        return
    for q in quotes.chain_after(open_piece):  # its own pieces only: no scan of every quotation
        d.parts.append((q.start, q.end))
        consumed.append((q.start, q.end))


def issuer_claims(
    doc: Document,
    sentences: Sequence[Sentence],
    drafts: list[Draft],
    resolver: Resolver,
    packed: Sequence[tuple[int, int]] = (),
) -> list[Draft]:
    """In an account (``compare``), every sentence nobody else is said to have said is the issuer's.

    Headlines and other lines without a closing full stop are left out: they are titles, not
    statements. ``packed``: the parts of the document's drafts no longer in ``drafts``.
    """
    issuer = doc.issuer or doc.id
    entity = resolver.issuer(issuer)
    # Claimed parts sorted by start, with the furthest end reached so far: a sentence overlaps
    # some part iff the parts starting before its end reach past its start (one bisection,
    # not a scan of every part for every sentence).
    claimed = sorted([*packed, *(p for d in drafts for p in d.parts)])
    starts = [s for s, _ in claimed]
    reach = list(accumulate((e for _, e in claimed), max))
    out = list(drafts)
    for si, sent in enumerate(sentences):
        k = bisect_left(starts, sent.end)
        if k and reach[k - 1] > sent.start:
            continue
        if sent.text.rstrip("\"”’') ")[-1:] not in ".!?" or len(sent.text.split()) < 4:
            continue
        out.append(
            Draft(
                doc.id,
                entity,
                sent.paragraph,
                [(sent.start, sent.end)],
                None,
                None,
                "issuer: the account states it without attributing it",
                f"issued by {issuer}",
                False,
                sentence=si,
            )
        )
    out.sort(key=lambda d: d.parts[0][0])
    return out
