"""Who said what: documents -> claims and the speakers who made them.

The stage runs per sentence: find the cues (cues.py), fit a frame around each (frames.py), tie
the speaker phrase to an entity (speakers.py), then add the claims that carry no cue of their
own: quotation sentences that continue the previous speaker, and "Name: headline" lines.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right, insort
from collections.abc import Iterator, Sequence
from dataclasses import replace

from attribcmp.attribute.bounds import refine
from attribcmp.attribute.cues import (
    Cue,
    CueClass,
    Lexicon,
    Token,
    build_lexicon,
    default_lexicon,
    find_cues,
    tokenize,
)
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.frames import (
    Frame,
    cut_at_other_speaker,
    cut_at_second_report,
    frame_for,
    has_verb,
    poll_cues,
)
from attribcmp.attribute.learned import learned_frames
from attribcmp.attribute.mentions import (
    MentionInfo,
    Words,
    abbreviation_dot,
    bare,
    can_speak,
    describe,
    is_firm,
    np_before,
    particle,
    words,
)
from attribcmp.attribute.merge import apply_aliases, body_aliases
from attribcmp.attribute.nominal import nominal_drafts
from attribcmp.attribute.quoted import (
    attributed_after,
    colon_intro,
    continuation,
    dash_credit,
    extend_chain,
    headline,
    issuer_claims,
)
from attribcmp.attribute.quotes import QuoteIndex, iter_quotes
from attribcmp.attribute.shapes import (
    issuer_after,
    issuer_before,
    issuer_voice,
    media_conduit,
    nearest_noun,
    nearest_person,
    nested_report,
    noun_compound,
    object_not_content,
    reporter_aside,
)
from attribcmp.attribute.speakers import Nationality, Resolver, trailing_cue
from attribcmp.data import word_set
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Profile,
    Sentence,
    Speaker,
    SpeakerKind,
    SpeakerMention,
    TextSpan,
)
from attribcmp.segment import ParagraphStream, iter_sentences, mask_markup

__all__ = ["attribute_claims"]

# Subjects of narration are remembered only when they open the sentence (centering: the
# subject is what later pronouns most likely refer to).
# Words after which a cue word is a noun or an infinitive ("a flurry of tweets", "declined to say").
_NOUN_BEFORE = word_set("of to a an the his her its their our my your this these those")
_BOTH_SIDES = re.compile(
    r"(?i)(?:both|(?:the )?two)(?: \w+)? (?:sides|leaders|countries|ministers|officials|delegations"
    r"|parties|governments|nations|men|women)$"
)
# Negated, these cues report silence; and a negated cue before an open question says nothing.
_SILENT_CUES = word_set("respond reply answer comment return confirm elaborate say")
_SPEAKING = word_set(
    "comment say answer elaborate discuss respond speculate confirm identify disclose specify "
    "provide give reveal explain be"
)
_OPEN_QUESTION = word_set("whether if how when why what who where which to")
# Two capitalised words in a row (a title or "of" may join them): the least a name run needs,
# checked on the raw sentence so most sentences skip the token walk. A word holding a capital
# ("Wilayat", "pro-Western"), tried from the word's start only and never giving back letters
# (possessive), so that one long capitalised token is one scan, not one per letter.
_NAME_PAIR = re.compile(
    r"(?<![\w’'-])(?=[\w’'-]*?[A-Z])[\w’'-]++\.?\s+"
    r"(?:(?:of|chief|minister|secretary|spokesman|spokeswoman|adviser|envoy)\s+)?[A-Z]"
)
_LEADING = word_set("but and so yet also still however meanwhile similarly earlier later")
_REPORTING = (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE, CueClass.BELIEF)
_ISSUING = word_set("issue issues issued issuing")


def _document_next(tokens: Sequence[Token], k: int) -> bool:
    """A document noun within the next three tokens ("issued a joint statement")."""
    return any(t.lower in words().documents for t in tokens[k : k + 3])


# Verbs that pass their subject on to an infinitive cue ("continued to insist", "used to
# boast"); "declined to" and "refused to" stay out: "refused to say" reports nothing said.
_CATENATIVES = word_set(
    """continue continues continued continuing used try tries tried trying begin begins began
    start starts started decide decides decided"""
)
# Quantifiers that open a group's opinion in poll reports ("Most voters believe ...").
_QUANTIFIERS = word_set("many most some few several all majority both")


def attribute_claims(
    documents: Sequence[Document],
    profile: Profile | None = None,
    *,
    nationality: Nationality | None = None,
) -> tuple[tuple[Claim, ...], tuple[Speaker, ...]]:
    """Find every attributed claim in the documents.

    Args:
        documents: one article, or several accounts of one event (speakers merge across them).
        profile: extra cue words and speaker aliases.
        nationality: maps a phrase to the countries it names, to tie "the American official"
            to a U.S. name; sides.py provides one backed by the gazetteer.

    Returns:
        Claims in document then text order, with ids "c1".., and the speakers that made them.
        Claims have no side yet (``resolve_sides`` adds it).
    """
    profile = profile or Profile()
    lexicon = build_lexicon(profile.cues) if profile.cues else default_lexicon()
    resolver = Resolver(nationality) if nationality else Resolver()
    drafts: list[Draft] = []
    quotes: dict[str, QuoteIndex] = {}
    for doc in documents:
        # (extended in place: a name kept for the last document's drafts would hold every one
        # of them through the freezing below, where each is meant to go once frozen)
        drafts.extend(_attribute_document(doc, lexicon, resolver, quotes))
    speakers, ids = resolver.speakers([d.entity for d in drafts])
    aliases = body_aliases(speakers) + profile.aliases
    speakers, remap = apply_aliases(speakers, replace(profile, aliases=aliases))
    texts = {doc.id: doc.text for doc in documents}
    speakers = tuple(_original_mentions(sp, texts) for sp in speakers)
    claims = tuple(_frozen(drafts, remap, ids, texts, quotes))
    return claims, speakers


def _frozen(
    drafts: list[Draft],
    remap: dict[str, str],
    ids: dict[int, str],
    texts: dict[str, str],
    quotes: dict[str, QuoteIndex],
) -> Iterator[Claim]:
    """The drafts frozen in order, each released once frozen (drafts and claims of a 16 MB
    input are never all held at once)."""
    drafts.reverse()
    n = 0
    while drafts:
        d = drafts.pop()
        n += 1
        yield _freeze(n, d, remap[ids[d.entity]], texts[d.doc_id], quotes[d.doc_id])


def _freeze(n: int, d: Draft, speaker_id: str, text: str, quotes: QuoteIndex) -> Claim:
    parts = tuple(sorted(d.parts))
    start, end = parts[0][0], parts[-1][1]
    kind = ClaimKind.ACCORDING_TO if d.according else _kind(parts, quotes, text)
    return Claim(
        id=f"c{n}",
        doc_id=d.doc_id,
        speaker_id=speaker_id,
        kind=kind,
        content=TextSpan(text[start:end], start, end),
        parts=parts,
        mention=_original(d.mention, text),
        cue=_original(d.cue, text),
        rule=d.rule,
        resolution=d.resolution,
        reported_speaker=d.reported,
        hedged=d.hedged,
    )


def _original_mentions(speaker: Speaker, texts: dict[str, str]) -> Speaker:
    mentions = tuple(
        SpeakerMention(m.doc_id, _original(m.span, texts[m.doc_id]) or m.span)
        for m in speaker.mentions
    )
    return replace(speaker, mentions=mentions) if mentions != speaker.mentions else speaker


def _original(span: TextSpan | None, text: str) -> TextSpan | None:
    """A span cut again from the original text (rules saw it with markup blanked out)."""
    if span is None or text[span.start : span.end] == span.text:
        return span
    return TextSpan(text[span.start : span.end], span.start, span.end)


def _kind(parts: tuple[tuple[int, int], ...], quotes: QuoteIndex, text: str) -> ClaimKind:
    """direct if every word of the content is inside quotation marks, mixed if some are."""
    inside = sum(
        sum(map(str.isalnum, text[max(s, q.start) : min(e, q.end)]))
        for s, e in parts
        for q in quotes.overlapping(s, e)
    )
    if not inside:
        return ClaimKind.INDIRECT  # no quoted word: the content's own words need no count
    outside = sum(sum(map(str.isalnum, text[s:e])) for s, e in parts) - inside
    if inside and not outside:
        return ClaimKind.DIRECT
    if inside and inside >= 12:  # a quoted phrase, not a single scare-quoted word
        return ClaimKind.MIXED
    if inside and outside:
        return ClaimKind.MIXED
    return ClaimKind.INDIRECT


def _attribute_document(
    doc: Document, lexicon: Lexicon, resolver: Resolver, quotes_by_doc: dict[str, QuoteIndex]
) -> list[Draft]:
    # Rules read a copy with Markdown/HTML markup blanked out; offsets are the same, and the
    # claims' texts are cut from the original when frozen.
    text = mask_markup(doc.text)
    if text is not doc.text:
        doc = replace(doc, text=text)
    paragraphs = ParagraphStream(text)  # split on each pass, never all held at once
    quotes = quotes_by_doc[doc.id] = QuoteIndex(iter_quotes(text, paragraphs))
    sentences = iter_sentences(doc, quotes.starts, quotes.ends, paragraphs)
    kept: list[Sentence] = []  # every sentence, only for an account's issuer claims
    drafts: list[Draft] = []
    # Pieces of multi-paragraph quotes already claimed, sorted; quotations never overlap, so a
    # look-up checks the one piece starting nearest before the sentence (not every piece).
    consumed: list[tuple[int, int]] = []
    pending_colon: Draft | None = None
    skip = -1  # a sentence already used as the attribution of the quotation before it
    for si, (before, sent, after) in enumerate(_with_neighbours(sentences)):
        if doc.issuer:
            kept.append(sent)
        if si == skip or _claimed(consumed, sent.start, sent.end):
            continue
        tokens = tokenize(text, sent.start, sent.end)
        if not tokens:
            continue
        if _NAME_PAIR.search(sent.text):
            _note_names(text, tokens, resolver, si)
        inside = [(q.start, q.end) for q in quotes.overlapping(sent.start, sent.end)]
        made = []
        clauses = _clauses(tokens, inside, lexicon) if ";" in sent.text else [tokens]
        for clause in clauses:
            made.extend(_claims_from_cues(doc, sent, si, clause, lexicon, resolver, inside))
        handled = bool(made)
        if not handled and after is not None:
            made = attributed_after(doc, sent, after, si, quotes, lexicon, resolver)
            if made:
                handled, skip = True, si + 1
        if not handled:
            cont = continuation(doc, sent, si, tokens, quotes, drafts, pending_colon, resolver)
            handled = cont is not None
            made = cont or []
        new_paragraph = before is None or sent.paragraph != before.paragraph
        if not handled and new_paragraph:
            made = headline(doc, sent, si, tokens, resolver) or dash_credit(
                doc, sent, si, tokens, quotes, resolver
            )
            handled = bool(made)
        pending_colon = None
        if not handled:
            pending_colon = colon_intro(doc, sent, si, tokens, lexicon, resolver)
        for d in made:
            d.sentence = max(si, skip) if skip == si + 1 else si
            pieces: list[tuple[int, int]] = []
            extend_chain(d, quotes, pieces)
            for piece in pieces:
                insort(consumed, piece)
        for d in made:
            d.token_ranges = ()  # read only within its own sentence: released here
        drafts.extend(made)
    if doc.issuer:
        drafts = issuer_claims(doc, kept, drafts, resolver)
    return drafts


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


_ARTICLES = word_set("a an the")
# Words that may continue a name run when a capitalised word follows ("Secretary of State").
_RUN_JOINERS = word_set("of chief minister secretary spokesman spokeswoman adviser envoy")
# Events a headline capitalises after a name ("President Harlan's Call", "... Meeting with").
_HEADLINE_EVENTS = word_set(
    "call calls meeting meets conversation visit talks remarks trip readout virtual telephone"
    " phone video holds speaks"
)


def _clauses(
    tokens: list[Token], quoted: Sequence[tuple[int, int]], lexicon: Lexicon
) -> list[list[Token]]:
    """Split a sentence at semicolons outside quotations when the next clause has a cue of
    its own ("Army says X; officials say Y" holds two claims)."""
    out: list[list[Token]] = []
    start = 0
    for k, tok in enumerate(tokens):
        if tok.text != ";" or any(s < tok.start < e for s, e in quoted):
            continue
        rest = tokens[k + 1 :]
        if find_cues(rest, lexicon):
            out.append(tokens[start:k])
            start = k + 1
    out.append(tokens[start:])
    return [c for c in out if c]


def _note_names(text: str, tokens: Sequence[Token], resolver: Resolver, si: int) -> None:
    """Record capitalised names so later mentions can merge with them and pronouns find them."""
    w = words()
    caps = [k for k, t in enumerate(tokens) if t.text[:1].isupper()]
    if len(caps) >= 4 and 4 * len(caps) >= 3 * sum([t.text[:1].isalpha() for t in tokens]):
        return  # a title-case headline ("Taliban Stage Deadly Attack"): its runs are no names
    if len(caps) < 2 and not (caps and tokens[caps[0]].lower in w.titles):
        return  # at most one capitalised word: no name run worth remembering
    i, n = 0, len(tokens)
    for start in caps:
        if start < i:
            continue
        i = start
        tok = tokens[i]
        if not tok.text[:1].isalpha():
            i += 1
            continue
        j = i
        while j + 1 < n:
            nxt = tokens[j + 1]
            if (
                nxt.text[:1].isupper()
                and nxt.text[:1].isalpha()
                or abbreviation_dot(tokens, j + 1)
                or particle(tokens, j + 1)  # "Bill de Blasio", "Ursula von der Leyen"
                or (nxt.lower in _RUN_JOINERS or nxt.lower in w.roles)  # "WikiLeaks founder X"
                and j + 2 < n
                and tokens[j + 2].text[:1].isupper()
                or _title_to(tokens, j, w)
            ):
                j += 1
            else:
                break
        first, i = i, j + 1
        if j == first and tok.lower not in w.titles:
            continue  # one capitalised word: a place or a sentence opener as often as a person
        run = tokens[first : j + 1]
        while len(run) > 1 and (run[0].lower in w.sentence_openers or run[0].lower in _ARTICLES):
            run = run[1:]  # "But Bob Purtiman", "A Taliban attack": these only open the sentence
        has_title = any(t.lower in w.titles or t.lower in w.roles for t in run)
        # Trailing run of name tokens after the last title: "Gen. Qamar Javed Bajwa".
        tail: list[Token] = []
        for t in reversed(run):
            if t.text == ".":
                continue
            if t.lower in w.titles or t.lower in w.roles or t.lower in ("of", "for", "to", "the"):
                break
            tail.append(t)
        tail.reverse()
        while len(tail) > 1 and bare(tail[-1].lower) in _HEADLINE_EVENTS:
            # "Readout of President Harlan Call with ...": the headline's event is no name.
            tail, run = tail[:-1], run[:-1]
        if not tail or bare(tail[-1].lower) in w.organisations:
            continue  # a body ("Pakistan Embassy"), recorded when it speaks
        if is_firm(text[tail[0].start : tail[-1].end]):
            continue  # a firm ("Goldman Sachs"), no person
        if len(tail) < 2 and not has_title:
            continue
        subject = first == 0 or all(t.lower in _LEADING or t.text == "," for t in tokens[:first])
        full = text[run[0].start : run[-1].end]
        role = _role_before(tokens, first, w)
        if role is not None:
            # "The spokesman, Zemedkun Tekle, issued ...": the role is his ("the government
            # spokesman says" later is he), and the phrase opens the sentence
            full = text[tokens[role].start : run[-1].end]
            subject = role == 0 or subject
        name = text[tail[0].start : tail[-1].end]
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        resolver.note_name(full, name, SpeakerKind.PERSON, si, subject=subject)


def _role_before(tokens: Sequence[Token], first: int, w: Words) -> int | None:
    """Where "the spokesman, " starts before a name at ``first`` (a role, then the name)."""
    k = first - 1
    if k < 2 or tokens[k].text != ",":
        return None
    m = k - 1
    if tokens[m].lower not in w.roles:
        role = _role_of_place(tokens, m, w)  # "the governor of Helmand, Gulab Mangal"
        if role is None:
            return None
        m, k = role, role + 1
    while m > 0 and k - m < 4 and tokens[m - 1].lower not in ("the", "a", "an"):
        if not tokens[m - 1].text[:1].isalpha():
            return None
        m -= 1
    return m - 1 if m > 0 and tokens[m - 1].lower in ("the", "a", "an") else None


def _role_of_place(tokens: Sequence[Token], last: int, w: Words) -> int | None:
    """The role before "of Helmand" / "for the ministry" ending at ``last``, or None."""
    m = last
    while m > 0 and last - m < 5 and tokens[m].text[:1].isupper():
        m -= 1  # the place or body: at most five capitalised words
    if m == last:
        return None
    if tokens[m].lower == "the":
        m -= 1
    if m < 1 or tokens[m].lower not in ("of", "for") or tokens[m - 1].lower not in w.roles:
        return None
    return m - 1


def _title_to(tokens: Sequence[Token], j: int, w: Words) -> bool:
    """Whether token j+1 carries a title's "for"/"to" phrase on in the name run: "Envoy for
    Iran Brian Hook", "Ambassador to the United Nations Zalmay Khalilzad" are one run
    (speakers.Resolver.own_name later drops the place from the person's name)."""

    def title(k: int) -> bool:
        return 0 <= k < len(tokens) and (tokens[k].lower in w.titles or tokens[k].lower in w.roles)

    def cap(k: int) -> bool:
        return k < len(tokens) and tokens[k].text[:1].isupper()

    nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    if nxt in ("for", "to") and title(j):
        return cap(j + 2) or (j + 2 < len(tokens) and tokens[j + 2].lower == "the" and cap(j + 3))
    return nxt == "the" and tokens[j].lower in ("for", "to") and title(j - 1) and cap(j + 2)


def _covered(ranges: Sequence[tuple[int, int]], first: int, last: int) -> bool:
    return any(a <= first and last <= b for a, b in ranges)


def _claims_from_cues(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: list[Token],
    lexicon: Lexicon,
    resolver: Resolver,
    quoted: Sequence[tuple[int, int]],
) -> list[Draft]:
    text = doc.text
    made: list[Draft] = []
    taken: list[tuple[int, int]] = []
    hedge_word: bool | None = None
    cues = find_cues(tokens, lexicon)
    if ("poll" in sent.text or "survey" in sent.text) and not any(
        c.cls in _REPORTING for c in cues
    ):
        # "Trump leads in the latest poll"; with a reporting verb ("In the poll, 42% say")
        # the verb's own subject speaks.
        cues.extend(poll_cues(tokens))
    # "According to X" frames the whole sentence: the verbs inside it are X's report; so does a
    # trailing ", Wang said." (the verbs before it are Wang's content).
    if len(cues) > 1:  # (sort computes every key even for one cue, and trailing_cue looks back)
        cues.sort(
            key=lambda c: (
                c.cls is not CueClass.ACCORDING_TO,
                not trailing_cue(tokens, c, lexicon),
            )
        )
    for cue in cues:
        pos = tokens[cue.first].start
        if any(s < pos < e for s, e in quoted):
            continue  # speech reported inside a quotation belongs to the quotation
        if cue.first > 1 and tokens[cue.first - 1].lower == "to":
            verb = cue.first - 2
            if tokens[verb].lower in _CATENATIVES and not _covered(taken, verb, verb):
                # "Sanders continued to argue that ...": the verb before "to" carries the
                # subject, and "continued to argue" is one cue.
                cue = replace(cue, first=cue.first - 2)
        if (
            cue.cls is not CueClass.ACCORDING_TO
            and cue.first > 0
            and tokens[cue.first - 1].lower in _NOUN_BEFORE
        ):
            continue  # "a series of tweets", "to say": a noun or an infinitive, not a report
        if cue.first > 0 and tokens[cue.first - 1].lower in ("let's", "let’s", "us"):
            continue  # "Let's say ...": a supposition, not a report
        if _noun_use(tokens, cue):
            continue  # "the battlefield reports from either side": a noun
        if object_not_content(tokens, cue):
            continue  # "answered a report by X that said ...": the report's cue carries it
        if _declined_to_speak(tokens, cue):
            continue  # "declined to comment", "refused to say whether ...": nothing was said
        if _negated(tokens, cue, lexicon):
            continue  # "did not respond", "never said": nothing was said
        if _covered(taken, cue.first, cue.last):
            _note_reported(text, tokens, cue, made, resolver, si, lexicon)
            continue
        frame = frame_for(tokens, cue, lexicon)
        if frame is None or not _plausible(tokens, cue, frame):
            continue
        if frame.chained is None:
            frame = cut_at_other_speaker(tokens, frame, cues, lexicon)
            frame = cut_at_second_report(tokens, frame, cue, lexicon)
        if noun_compound(tokens, frame.speaker, cue.first, cue.lemma):
            continue  # "The territorial dispute remains", "An intelligence report that"
        if media_conduit(tokens, frame.speaker, cue, cues):
            continue  # "CNN reported that Assange said C": Assange's own cue carries it
        if reporter_aside(tokens, frame.speaker, cue, cues):
            continue  # "As Ann Roe reports from Lima, the unions say ...": the unions' claim
        frame = refine(tokens, cue, frame, cues)  # learned content edges (bounds.py)
        inner = None
        if _reports_on(cue, frame) and _negation_start(tokens, cue, lexicon) == cue.first:
            # (negated, "are not challenging the reports claiming C" concedes C: not split)
            inner = nested_report(tokens, frame.parts[0])
        if inner is not None:
            # "challenging news reports claiming C": what was challenged is the reports; C is
            # their own claim (added below)
            frame = replace(frame, parts=((frame.parts[0][0], inner[2]),) + frame.parts[1:])
        info = _speaker_info(text, tokens, frame)
        if info is None:
            continue
        if doc.issuer and (
            _BOTH_SIDES.match(info.span.text) or issuer_voice(tokens, frame.speaker)
        ):
            # In an account, "Both sides agreed" is the issuer speaking for both parties.
            entity = resolver.issuer(doc.issuer)
            how = (
                f"'{info.span.text}' in the {doc.issuer} account: its issuer's word for both sides"
            )
        else:
            entity, how = resolver.resolve(info, doc.id, si)
            entity, how = _account_voice(doc, info, entity, how, resolver)
        if hedge_word is None:  # whether any word of the sentence hedges: read once
            hedge_word = any(t.lower in lexicon.hedges for t in tokens)
        hedged = cue.lemma in lexicon.hedges or hedge_word
        parts = [(tokens[a].start, tokens[b].end) for a, b in frame.parts]
        # A negated cue keeps its negation ("did not deny"): verdicts read the cue's polarity.
        cue_span = span_of(text, tokens, _negation_start(tokens, cue, lexicon), cue.last)
        rule = f"{frame.rule}: cue '{cue_span.text}' ({cue.cls.value})"
        made.append(
            Draft(
                doc.id,
                entity,
                sent.paragraph,
                parts,
                _literal(text, tokens, frame, info),
                cue_span,
                rule,
                how,
                hedged,
                according=cue.cls is CueClass.ACCORDING_TO,
                token_ranges=list(frame.parts),
            )
        )
        taken.extend(frame.parts)
        taken.append(frame.speaker)
        taken.append((cue.first, cue.last))
        if inner is not None:
            made.append(_nested_report_draft(doc, sent, si, tokens, inner, resolver))
            taken.append((inner[2] + 1, inner[1][1]))  # its cue ("citing") is part of it
        if frame.chained is not None and frame.chain_cue is not None:
            a, b = frame.chained
            made.append(
                Draft(
                    doc.id,
                    entity,
                    sent.paragraph,
                    [(tokens[a].start, tokens[b].end)],
                    info.span,
                    span_of(text, tokens, *frame.chain_cue),
                    f"trailing: '{tokens[frame.chain_cue[0]].text}' continues the same speaker",
                    how,
                    hedged,
                    token_ranges=[frame.chained],
                )
            )
            taken.append(frame.chained)
            taken.append(frame.chain_cue)
    made.extend(_learned_drafts(doc, sent, si, tokens, cues, taken, lexicon, resolver, quoted))
    made.extend(nominal_drafts(doc, sent, si, tokens, made, resolver, quoted))  # "his claim that"
    return made


def _account_voice(
    doc: Document, info: MentionInfo, entity: int, how: str, resolver: Resolver
) -> tuple[int, str]:
    """In an account, a pronoun nothing earlier fits ("They discussed ...") is the account's
    own voice: its issuer, not "they (unresolved)"."""
    if not doc.issuer or info.pronoun is None or "unresolved" not in how:
        return entity, how
    return resolver.issuer(
        doc.issuer
    ), f"'{info.span.text}' in the {doc.issuer} account: its issuer"


def _reports_on(cue: Cue, frame: Frame) -> bool:
    return cue.cls in (CueClass.SPEECH, CueClass.HEDGE, CueClass.OBJECT, CueClass.STANCE) and bool(
        frame.parts
    )


def _nested_report_draft(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: list[Token],
    inner: tuple[tuple[int, int], tuple[int, int], int],
    resolver: Resolver,
) -> Draft:
    """The claim of a report named in another claim's content (speakers.nested_report)."""
    (a, b), (c, d), _ = inner
    info = describe(doc.text, tokens, a, b)
    entity, how = resolver.resolve(info, doc.id, si)
    return Draft(
        doc.id,
        entity,
        sent.paragraph,
        [(tokens[c].start, tokens[d].end)],
        info.span,
        None,
        f"nested_report: '{info.span.text}' has a claim of its own",
        how,
        False,
        token_ranges=[(c, d)],
    )


def _learned_drafts(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: list[Token],
    cues: Sequence[Cue],
    taken: Sequence[tuple[int, int]],
    lexicon: Lexicon,
    resolver: Resolver,
    quoted: Sequence[tuple[int, int]],
) -> list[Draft]:
    """Claims of the cues the rules left unused that the learned scorer keeps (learned.py)."""
    text = doc.text
    made: list[Draft] = []

    def silent(cue: Cue) -> bool:
        return _declined_to_speak(tokens, cue) or _negated(tokens, cue, lexicon)

    def plausible(cue: Cue, frame: Frame) -> bool:
        # "Bajwa concluded his visit": a study verb needs a document or body as subject, or a
        # "that" clause after it ("The results show that ...").
        if noun_compound(tokens, frame.speaker, cue.first, cue.lemma):
            return False  # "An intelligence report that": no speaker
        form = tokens[cue.first].lower
        after = tokens[cue.last + 1].lower if cue.last + 1 < len(tokens) else ""
        if form == cue.lemma and after == "with":
            return False  # "PM call with President Trump": a noun, a meeting, not a report
        if form in _ISSUING and not _document_next(tokens, cue.last + 1):
            return False  # "issued an arrest warrant": an act; "issued a statement" reports
        if cue.cls is not CueClass.EVIDENCE or _plausible(tokens, cue, frame):
            return True
        return tokens[frame.parts[0][0]].lower == "that"

    for cue, frame in learned_frames(tokens, lexicon, cues, taken, quoted, silent, plausible):
        info = _speaker_info(text, tokens, frame)
        if info is None:
            continue
        if doc.issuer and (
            _BOTH_SIDES.match(info.span.text) or issuer_voice(tokens, frame.speaker)
        ):
            continue  # "The two sides discussed ...": left to the issuer, like a joint subject
        entity, how = resolver.resolve(info, doc.id, si)
        entity, how = _account_voice(doc, info, entity, how, resolver)
        cue_span = span_of(text, tokens, cue.first, cue.last)
        made.append(
            Draft(
                doc.id,
                entity,
                sent.paragraph,
                [(tokens[a].start, tokens[b].end) for a, b in frame.parts],
                _literal(text, tokens, frame, info),  # "who" as written, like the rules' claims
                cue_span,
                f"learned {frame.rule}: cue '{cue_span.text}' kept by the trained scorer",
                how,
                cue.lemma in lexicon.hedges,
                token_ranges=list(frame.parts),
            )
        )
    return made


def _literal(text: str, tokens: Sequence[Token], frame: Frame, info: MentionInfo) -> TextSpan:
    """The mention as written: "who" in "Graham, who says ..." (info names the antecedent)."""
    first, last = frame.speaker
    if first == last and tokens[first].lower in words().relative_pronouns:
        return span_of(text, tokens, first, last)
    return info.span


def _noun_use(tokens: Sequence[Token], cue: Cue) -> bool:
    """ "the battlefield reports from either side": a plain or -s form after a common noun and
    before "of"/"from"/"about"/"by" is a noun ("Trump says of Clinton" stays a verb)."""
    form = tokens[cue.first].lower
    if cue.first != cue.last or cue.first == 0 or not (form == cue.lemma or form.endswith("s")):
        return False
    if cue.lemma in ("say", "tell"):
        return False  # never nouns: "the businessman says of Clinton, ..."
    before = tokens[cue.first - 1]
    if before.lower.endswith(("’s", "'s")) and before.lower not in ("it's", "it’s", "that's"):
        return True  # "Clinton's remarks": a possessive before it makes a noun
    if not before.text.islower() or before.lower in words().pronouns:
        return False
    after = tokens[cue.last + 1].lower if cue.last + 1 < len(tokens) else ""
    if form == cue.lemma and after in ("to", "for"):
        return True  # "the ultimate answer to", "a call for": plain forms after a noun
    return after in ("of", "from", "about", "by")


def _negation_start(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> int:
    """The first token of "did not" / "never" before a cue, or the cue's own first token."""
    k, start = cue.first - 1, cue.first
    while k >= 0 and (tokens[k].lower in lexicon.between or tokens[k].lower.endswith("n't")):
        if tokens[k].lower in ("not", "never") or tokens[k].lower.endswith("n't"):
            start = k
            if k > 0 and tokens[k - 1].lower in ("did", "does", "do", "has", "have", "had"):
                start = k - 1
        k -= 1
    return start


def _declined_to_speak(tokens: Sequence[Token], cue: Cue) -> bool:
    if cue.lemma not in ("decline", "refuse") or cue.last + 2 >= len(tokens):
        return False
    return tokens[cue.last + 1].lower == "to" and tokens[cue.last + 2].lower in _SPEAKING


def _negated(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """A cue that reports nothing: "did not respond to a request for comment", "did not say
    whether ...". Other negated cues ("did not deny that ...") still carry a claim."""
    if _negation_start(tokens, cue, lexicon) == cue.first:
        return False
    after = tokens[cue.last + 1].lower if cue.last + 1 < len(tokens) else ""
    return cue.lemma in _SILENT_CUES or after in _OPEN_QUESTION


def _plausible(tokens: Sequence[Token], cue: Cue, frame: Frame) -> bool:
    """Stricter evidence for cues that are often narration (belief verbs, study verbs)."""
    if cue.cls not in (CueClass.BELIEF, CueClass.EVIDENCE, CueClass.STANCE):
        return True
    head = tokens[frame.speaker[1]]
    w = words()
    low = head.lower.rstrip("’s")
    if cue.cls is CueClass.EVIDENCE:
        if low in w.documents or low in w.organisations or low in w.pronouns:
            return True
        # "A poll of 800 voters conducted last week found": the document heads a long phrase.
        first = frame.speaker[0]
        return any(bare(t.lower) in w.documents for t in tokens[first : frame.speaker[1] + 1])
    if low == "who" and frame.speaker[0] > 0 and tokens[frame.speaker[0] - 1].text != ",":
        # "bankers who concluded Obama would ...": a restrictive clause says whose belief, when
        # a clause follows ("militants who had been planning attacks" holds no belief).
        a, b = frame.parts[0]
        comma = next((k for k in range(a, b + 1) if tokens[k].text == ","), b + 1)
        opens = tokens[a].lower in ("to", "that")  # "senators who wanted to attend"
        return comma > a and (opens or has_verb(tokens, (a, comma - 1)))
    if low in _QUANTIFIERS or low in ("others", "everyone", "everybody", "nobody"):
        return True  # "Many fear ...": the quantifier stands for people
    plural = head.lower.endswith("s")
    if tokens[frame.speaker[0]].lower in _QUANTIFIERS and plural and head.text.islower():
        return True  # "Many voters think", "most Republicans believe": a poll's group speaks
    return low in w.pronouns or head.text[:1].isupper() or low in w.anonymous or low in w.roles


def _plain_noun(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A lower-case plural noun ending at token k ("bankers", "working-class whites")."""
    tok = tokens[k]
    if not tok.text.islower() or not tok.lower.endswith("s") or tok.lower.endswith("ss"):
        return None
    return k, k


def _speaker_info(text: str, tokens: Sequence[Token], frame: Frame) -> MentionInfo | None:
    first, last = frame.speaker
    if first == last and tokens[first].lower in words().relative_pronouns:
        # "X, who ..., said": the antecedent stands before the comma.
        k = first - 1
        if k > 0 and tokens[k].text == ",":
            found = np_before(tokens, k - 1)
            if found is not None:
                if tokens[first].lower == "which":
                    found = nearest_noun(tokens, found)
                else:
                    found = nearest_person(tokens, found)
                return describe(text, tokens, *found)
        elif k >= 0 and tokens[first].lower == "who":
            # "lawmakers who thought ...", "those who fear ...": a restrictive clause's noun.
            found = np_before(tokens, k) or _plain_noun(tokens, k)
            if found is not None:
                info = describe(text, tokens, *found)
                return info if can_speak(info) else None
        return None
    info = describe(text, tokens, first, last)
    if info.kind is SpeakerKind.DOCUMENT and info.issuer is None:
        # "The US military released a statement saying ...": the military speaks.
        issuer = issuer_before(text, tokens, first) or issuer_after(text, tokens, last)
        info = replace(info, issuer=issuer)
    return info if can_speak(info) else None  # "As the fighting continued": nobody speaks


def _note_reported(
    text: str,
    tokens: Sequence[Token],
    cue: Cue,
    made: list[Draft],
    resolver: Resolver,
    si: int,
    lexicon: Lexicon,
) -> None:
    """A cue inside another claim's content: a nested report ("It said the chief had stressed")."""
    if not made or cue.cls not in (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE):
        return  # only reporting verbs report someone; "Ukrainian attacks on" reports nobody
    owner = next((d for d in made if _covered(d.token_ranges, cue.first, cue.last)), None)
    if owner is None or owner.reported is not None:
        return
    k = cue.first - 1
    while k >= 0 and tokens[k].lower in lexicon.between:
        k -= 1
    found = np_before(tokens, k)
    if found is None or not any(a <= found[0] for a, _ in owner.token_ranges):
        return
    if tokens[found[0]].lower in ("no", "none", "nobody", "neither"):
        return  # "no officers had charged anyone": nobody is reported
    info = describe(text, tokens, *found)
    name = resolver.peek(info, si)
    if name != resolver.entity_name(owner.entity):
        owner.reported = name
