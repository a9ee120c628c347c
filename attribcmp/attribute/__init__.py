"""Who said what: documents -> claims and the speakers who made them.

The stage runs per sentence: find the cues (cues.py), fit a frame around each (frames.py), tie
the speaker phrase to an entity (speakers.py), then add the claims that carry no cue of their
own: quotation sentences that continue the previous speaker, and "Name: headline" lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

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
from attribcmp.attribute.frames import Frame, cut_at_other_speaker, frame_for, subject_of
from attribcmp.attribute.mentions import MentionInfo, bare, describe, np_before, words
from attribcmp.attribute.quotes import QuoteIndex, find_quotes
from attribcmp.attribute.speakers import Nationality, Resolver
from attribcmp.data import word_set
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Profile,
    Sentence,
    Speaker,
    SpeakerKind,
    TextSpan,
)
from attribcmp.segment import segment_sentences, split_paragraphs

__all__ = ["attribute_claims"]

# Share of a sentence's characters inside quotation marks above which an unattributed sentence
# is a quotation continuing the previous speaker ("“A,” he said. “B.”").
_QUOTE_SHARE = 0.6
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
_OPEN_QUESTION = word_set("whether if how when why what who where which to")
# Two capitalised words in a row (a title or "of" may join them): the least a name run needs,
# checked on the raw sentence so most sentences skip the token walk.
_NAME_PAIR = re.compile(
    r"[A-Z][\w’'-]*\.?\s+(?:(?:of|chief|minister|secretary|spokesman|spokeswoman|adviser|envoy)"
    r"\s+)?[A-Z]"
)
_DASHES = frozenset(("―", "—", "–", "--", "-"))
_TITLE_ABBREVS = word_set("gen mr mrs ms dr sen rep gov lt col maj capt prof rev st adm")
_LEADING = word_set("but and so yet also still however meanwhile similarly earlier later")


@dataclass(slots=True)
class _Draft:
    doc_id: str
    entity: int
    paragraph: int
    parts: list[tuple[int, int]]
    mention: TextSpan | None
    cue: TextSpan | None
    rule: str
    resolution: str
    hedged: bool
    according: bool = False
    reported: str | None = None
    sentence: int = -1
    token_ranges: list[tuple[int, int]] = field(default_factory=list)


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
    drafts: list[_Draft] = []
    quotes: dict[str, QuoteIndex] = {}
    for doc in documents:
        found, quotes[doc.id] = _attribute_document(doc, lexicon, resolver)
        drafts.extend(found)
    speakers, ids = resolver.speakers([d.entity for d in drafts])
    aliases = _body_aliases(speakers) + profile.aliases
    speakers, remap = _apply_aliases(speakers, replace(profile, aliases=aliases))
    texts = {doc.id: doc.text for doc in documents}
    claims = tuple(
        _freeze(n, d, remap[ids[d.entity]], texts[d.doc_id], quotes[d.doc_id])
        for n, d in enumerate(drafts, 1)
    )
    return claims, speakers


def _body_aliases(speakers: Sequence[Speaker]) -> tuple[tuple[str, str], ...]:
    """Aliases that merge one body's mentions: "Army" = "the army"; a bare "Ministry" in a
    headline = the one "Energy Ministry" the story quotes (only when exactly one fits)."""
    bodies = [sp for sp in speakers if sp.kind is SpeakerKind.ORGANISATION]

    def bare(name: str) -> str:
        low = name.casefold()
        return low[4:] if low.startswith("the ") else low

    out: list[tuple[str, str]] = []
    first_by_key: dict[str, str] = {}
    for sp in bodies:
        key = bare(sp.name)
        if key in first_by_key and first_by_key[key] != sp.name:
            out.append((sp.name, first_by_key[key]))
        first_by_key.setdefault(key, sp.name)
    for sp in bodies:
        key = bare(sp.name)
        # A description ("the air force", "Ministry") names the one body it ends the name of.
        if key != key.lower() and " " in key:
            continue
        if " " not in key and key not in words().organisations:
            continue
        ends = (" " + key, "’s " + key, "'s " + key)
        fits = {o.name for o in bodies if o is not sp and bare(o.name).endswith(ends)}
        if len(fits) == 1:
            out.append((sp.name, fits.pop()))
    return tuple(out)


def _apply_aliases(
    speakers: tuple[Speaker, ...], profile: Profile
) -> tuple[tuple[Speaker, ...], dict[str, str]]:
    """Profile aliases rename speakers; speakers that get the same canonical name merge.

    Returns the speakers (ids renumbered in order) and a map from old to new speaker id.
    """
    if not profile.aliases:
        return speakers, {sp.id: sp.id for sp in speakers}
    table = {alias.casefold(): canonical for alias, canonical in profile.aliases}
    merged: dict[str, Speaker] = {}
    old_to_key: dict[str, str] = {}
    for sp in speakers:
        names = (sp.name, *sp.aliases, *(m.span.text for m in sp.mentions))
        canonical = next((table[n.casefold()] for n in names if n.casefold() in table), sp.name)
        key = canonical.casefold()
        old_to_key[sp.id] = key
        seen = merged.get(key)
        if seen is None:
            aliases = tuple(a for a in dict.fromkeys((sp.name, *sp.aliases)) if a != canonical)
            merged[key] = replace(sp, name=canonical, aliases=aliases)
            continue
        aliases = tuple(
            a for a in dict.fromkeys((*seen.aliases, sp.name, *sp.aliases)) if a != canonical
        )
        mentions = tuple(
            sorted((*seen.mentions, *sp.mentions), key=lambda m: (m.doc_id, m.span.start))
        )
        merged[key] = replace(
            seen, aliases=aliases, mentions=mentions, anonymous=seen.anonymous and sp.anonymous
        )
    new_ids = {key: f"s{n}" for n, key in enumerate(merged, 1)}
    out = tuple(replace(sp, id=new_ids[key]) for key, sp in merged.items())
    return out, {old: new_ids[key] for old, key in old_to_key.items()}


def _freeze(n: int, d: _Draft, speaker_id: str, text: str, quotes: QuoteIndex) -> Claim:
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
        mention=d.mention,
        cue=d.cue,
        rule=d.rule,
        resolution=d.resolution,
        reported_speaker=d.reported,
        hedged=d.hedged,
    )


def _kind(parts: tuple[tuple[int, int], ...], quotes: QuoteIndex, text: str) -> ClaimKind:
    """direct if every word of the content is inside quotation marks, mixed if some are."""
    inside = outside = 0
    for s, e in parts:
        words_total = sum(map(str.isalnum, text[s:e]))
        covered = sum(
            sum(map(str.isalnum, text[max(s, q.start) : min(e, q.end)]))
            for q in quotes.overlapping(s, e)
        )
        inside += covered
        outside += words_total - covered
    if inside and not outside:
        return ClaimKind.DIRECT
    if inside and inside >= 12:  # a quoted phrase, not a single scare-quoted word
        return ClaimKind.MIXED
    if inside and outside:
        return ClaimKind.MIXED
    return ClaimKind.INDIRECT


def _span(text: str, tokens: Sequence[Token], first: int, last: int) -> TextSpan:
    return TextSpan(
        text[tokens[first].start : tokens[last].end], tokens[first].start, tokens[last].end
    )


def _attribute_document(
    doc: Document, lexicon: Lexicon, resolver: Resolver
) -> tuple[list[_Draft], QuoteIndex]:
    text = doc.text
    paragraphs = split_paragraphs(text)
    quotes = QuoteIndex(find_quotes(text, paragraphs))
    sentences = segment_sentences(doc, [(q.start, q.end) for q in quotes.quotes], paragraphs)
    drafts: list[_Draft] = []
    consumed: list[tuple[int, int]] = []  # pieces of multi-paragraph quotes already claimed
    pending_colon: _Draft | None = None
    skip = -1  # a sentence already used as the attribution of the quotation before it
    for si, sent in enumerate(sentences):
        if si == skip or any(s <= sent.start and sent.end <= e for s, e in consumed):
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
        if not handled and si + 1 < len(sentences):
            made = _attributed_after(doc, sent, sentences[si + 1], si, quotes, lexicon, resolver)
            if made:
                handled, skip = True, si + 1
        if not handled:
            cont = _continuation(doc, sent, si, tokens, quotes, drafts, pending_colon, resolver)
            handled = cont is not None
            made = cont or []
        new_paragraph = si == 0 or sent.paragraph != sentences[si - 1].paragraph
        if not handled and new_paragraph:
            made = _headline(doc, sent, si, tokens, resolver) or _dash_credit(
                doc, sent, si, tokens, quotes, resolver
            )
            handled = bool(made)
        pending_colon = None
        if not handled:
            pending_colon = _colon_intro(doc, sent, si, tokens, lexicon, resolver)
        for d in made:
            d.sentence = max(si, skip) if skip == si + 1 else si
            _extend_chain(d, quotes, consumed)
        drafts.extend(made)
    if doc.issuer:
        drafts = _issuer_claims(doc, sentences, drafts, resolver)
    return drafts, quotes


def _issuer_claims(
    doc: Document, sentences: Sequence[Sentence], drafts: list[_Draft], resolver: Resolver
) -> list[_Draft]:
    """In an account (``compare``), every sentence nobody else is said to have said is the issuer's.

    Headlines and other lines without a closing full stop are left out: they are titles, not
    statements.
    """
    issuer = doc.issuer or doc.id
    entity = resolver.issuer(issuer)
    claimed = [p for d in drafts for p in d.parts]
    out = list(drafts)
    for si, sent in enumerate(sentences):
        if any(s < sent.end and e > sent.start for s, e in claimed):
            continue
        if sent.text.rstrip("\"”’') ")[-1:] not in ".!?" or len(sent.text.split()) < 4:
            continue
        out.append(
            _Draft(
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


# Words that may continue a name run when a capitalised word follows ("Secretary of State").
_RUN_JOINERS = word_set("of chief minister secretary spokesman spokeswoman adviser envoy")


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
                or nxt.text == "."
                and (tokens[j].lower in _TITLE_ABBREVS or len(tokens[j].text) == 1)
                or nxt.lower in _RUN_JOINERS
                and j + 2 < n
                and tokens[j + 2].text[:1].isupper()
            ):
                j += 1
            else:
                break
        first, i = i, j + 1
        if j == first and tok.lower not in w.titles:
            continue  # one capitalised word: a place or a sentence opener as often as a person
        run = tokens[first : j + 1]
        has_title = any(t.lower in w.titles or t.lower in w.roles for t in run)
        # Trailing run of name tokens after the last title: "Gen. Qamar Javed Bajwa".
        tail: list[Token] = []
        for t in reversed(run):
            if t.text == ".":
                continue
            if t.lower in w.titles or t.lower in w.roles or t.lower == "of":
                break
            tail.append(t)
        tail.reverse()
        if not tail or bare(tail[-1].lower) in w.organisations:
            continue  # a body ("Pakistan Embassy"), recorded when it speaks
        if len(tail) < 2 and not has_title:
            continue
        subject = first == 0 or all(t.lower in _LEADING or t.text == "," for t in tokens[:first])
        full = text[run[0].start : run[-1].end]
        name = text[tail[0].start : tail[-1].end]
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        resolver.note_name(full, name, SpeakerKind.PERSON, si, subject=subject)


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
) -> list[_Draft]:
    text = doc.text
    made: list[_Draft] = []
    taken: list[tuple[int, int]] = []
    cues = find_cues(tokens, lexicon)
    # "According to X" frames the whole sentence: the verbs inside it are X's report.
    cues.sort(key=lambda c: c.cls is not CueClass.ACCORDING_TO)
    for cue in cues:
        pos = tokens[cue.first].start
        if any(s < pos < e for s, e in quoted):
            continue  # speech reported inside a quotation belongs to the quotation
        if (
            cue.cls is not CueClass.ACCORDING_TO
            and cue.first > 0
            and tokens[cue.first - 1].lower in _NOUN_BEFORE
        ):
            continue  # "a series of tweets", "to say": a noun or an infinitive, not a report
        if _noun_use(tokens, cue):
            continue  # "the battlefield reports from either side": a noun
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
        info = _speaker_info(text, tokens, frame)
        if info is None:
            continue
        if doc.issuer and _BOTH_SIDES.match(info.span.text):
            # In an account, "Both sides agreed" is the issuer speaking for both parties.
            entity = resolver.issuer(doc.issuer)
            how = (
                f"'{info.span.text}' in the {doc.issuer} account: its issuer's word for both sides"
            )
        else:
            entity, how = resolver.resolve(info, doc.id, si)
        hedged = cue.lemma in lexicon.hedges or any(t.lower in lexicon.hedges for t in tokens)
        parts = [(tokens[a].start, tokens[b].end) for a, b in frame.parts]
        rule = (
            f"{frame.rule}: cue '{_span(text, tokens, cue.first, cue.last).text}' ({cue.cls.value})"
        )
        made.append(
            _Draft(
                doc.id,
                entity,
                sent.paragraph,
                parts,
                info.span,
                _span(text, tokens, cue.first, cue.last),
                rule,
                how,
                hedged,
                according=cue.cls is CueClass.ACCORDING_TO,
                token_ranges=list(frame.parts),
            )
        )
        taken.extend(frame.parts)
        taken.append(frame.speaker)
        if frame.chained is not None and frame.chain_cue is not None:
            a, b = frame.chained
            made.append(
                _Draft(
                    doc.id,
                    entity,
                    sent.paragraph,
                    [(tokens[a].start, tokens[b].end)],
                    info.span,
                    _span(text, tokens, *frame.chain_cue),
                    f"trailing: '{tokens[frame.chain_cue[0]].text}' continues the same speaker",
                    how,
                    hedged,
                    token_ranges=[frame.chained],
                )
            )
            taken.append(frame.chained)
            taken.append(frame.chain_cue)
    return made


def _noun_use(tokens: Sequence[Token], cue: Cue) -> bool:
    """ "the battlefield reports from either side": a plain or -s form after a common noun and
    before "of"/"from"/"about"/"by" is a noun ("Trump says of Clinton" stays a verb)."""
    form = tokens[cue.first].lower
    if cue.first != cue.last or cue.first == 0 or not (form == cue.lemma or form.endswith("s")):
        return False
    if cue.lemma in ("say", "tell"):
        return False  # never nouns: "the businessman says of Clinton, ..."
    before = tokens[cue.first - 1]
    if not before.text.islower() or before.lower in words().pronouns:
        return False
    after = tokens[cue.last + 1].lower if cue.last + 1 < len(tokens) else ""
    return after in ("of", "from", "about", "by")


def _negated(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """A cue that reports nothing: "did not respond to a request for comment", "did not say
    whether ...". Other negated cues ("did not deny that ...") still carry a claim."""
    k = cue.first - 1
    negated = False
    while k >= 0 and (tokens[k].lower in lexicon.between or tokens[k].lower.endswith("n't")):
        if tokens[k].lower in ("not", "never") or tokens[k].lower.endswith("n't"):
            negated = True
        k -= 1
    if not negated:
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
        return low in w.documents or low in w.organisations or low in w.pronouns
    return low in w.pronouns or head.text[:1].isupper() or low in w.anonymous or low in w.roles


def _speaker_info(text: str, tokens: Sequence[Token], frame: Frame) -> MentionInfo | None:
    first, last = frame.speaker
    if first == last and tokens[first].lower in words().relative_pronouns:
        # "X, who ..., said": the antecedent stands before the comma.
        k = first - 1
        if k > 0 and tokens[k].text == ",":
            found = np_before(tokens, k - 1)
            if found is not None:
                return describe(text, tokens, *found)
        return None
    return describe(text, tokens, first, last)


def _note_reported(
    text: str,
    tokens: Sequence[Token],
    cue: Cue,
    made: list[_Draft],
    resolver: Resolver,
    si: int,
    lexicon: Lexicon,
) -> None:
    """A cue inside another claim's content: a nested report ("It said the chief had stressed")."""
    if not made or cue.cls is CueClass.ACCORDING_TO:
        return
    owner = next((d for d in made if _covered(d.token_ranges, cue.first, cue.last)), None)
    if owner is None or owner.reported is not None:
        return
    k = cue.first - 1
    while k >= 0 and tokens[k].lower in lexicon.between:
        k -= 1
    found = np_before(tokens, k)
    if found is None or not any(a <= found[0] for a, _ in owner.token_ranges):
        return
    info = describe(text, tokens, *found)
    name = resolver.peek(info, si)
    if name != resolver.entity_name(owner.entity):
        owner.reported = name


def _attributed_after(
    doc: Document,
    sent: Sentence,
    nxt: Sentence,
    si: int,
    quotes: QuoteIndex,
    lexicon: Lexicon,
    resolver: Resolver,
) -> list[_Draft]:
    """'“Does anybody know?” Graham asked.': a quotation the next short sentence attributes.

    A question or exclamation mark ends the quotation's sentence, so its attribution stands
    alone as "Name cue." in the same paragraph.
    """
    if nxt.paragraph != sent.paragraph or nxt.end - nxt.start > 80:
        return []
    inside = quotes.overlapping(sent.start, sent.end)
    quoted = sum(min(q.end, sent.end) - max(q.start, sent.start) for q in inside)
    if not inside or quoted < _QUOTE_SHARE * (sent.end - sent.start):
        return []
    tokens = tokenize(doc.text, nxt.start, nxt.end)
    for cue in find_cues(tokens, lexicon):
        if cue.cls not in (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE):
            continue
        found = subject_of(tokens, cue, lexicon)
        rest = [t for t in tokens[cue.last + 1 :] if t.text[:1].isalnum()]
        if found is None or found[0] != 0 or len(rest) > 5:
            continue
        info = describe(doc.text, tokens, *found)
        entity, how = resolver.resolve(info, doc.id, si + 1)
        start = max(min(q.start for q in inside), sent.start)
        end = min(max(q.end for q in inside), sent.end)
        cue_span = _span(doc.text, tokens, cue.first, cue.last)
        rule = f"content_first: cue '{cue_span.text}' ({cue.cls.value}) after the quotation"
        return [
            _Draft(
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


def _continuation(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: Sequence[Token],
    quotes: QuoteIndex,
    drafts: Sequence[_Draft],
    pending: _Draft | None,
    resolver: Resolver,
) -> list[_Draft] | None:
    """A quotation sentence with no cue continues the previous speaker's quote.

    Returns None when the sentence is no continuation, [] when it was merged into the previous
    claim as a further part (a quotation split by its attribution: "“A,” he said. “B.”").
    """
    inside = quotes.overlapping(sent.start, sent.end)
    if not inside:
        return None
    quoted = sum(min(q.end, sent.end) - max(q.start, sent.start) for q in inside)
    if quoted < _QUOTE_SHARE * (sent.end - sent.start) or len(tokens) < 4:
        return None
    prev = pending or (drafts[-1] if drafts else None)
    if prev is None or prev.doc_id != doc.id or sent.paragraph - prev.paragraph > 1:
        return None
    if pending is None and sent.paragraph != prev.paragraph and not _ends_quoted(prev, quotes):
        return None  # a new paragraph's quotation continues only a speaker who was quoting
    start = max(min(q.start for q in inside), sent.start)
    end = min(max(q.end for q in inside), sent.end)
    name = resolver.entity_name(prev.entity)
    resolver.touch(prev.entity, si)
    if (
        pending is None
        and prev.sentence == si - 1
        and prev.paragraph == sent.paragraph
        and prev.rule.startswith(("content_first", "inverted", "split"))
        and _ends_quoted(prev, quotes)
    ):
        prev.parts.append((start, end))
        prev.sentence = si
        return []
    return [
        _Draft(
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


def _ends_quoted(d: _Draft, quotes: QuoteIndex) -> bool:
    return bool(quotes.overlapping(*d.parts[-1]))


def _colon_intro(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: Sequence[Token],
    lexicon: Lexicon,
    resolver: Resolver,
) -> _Draft | None:
    """'He said:' ending a paragraph hands its speaker to the quotation that follows."""
    if len(tokens) < 3 or tokens[-1].text != ":":
        return None
    cues = [c for c in find_cues(tokens, lexicon) if c.last == len(tokens) - 2]
    if not cues:
        return None
    cue = cues[0]
    found = subject_of(tokens, cue, lexicon)
    if found is None:
        return None
    info = describe(doc.text, tokens, *found)
    entity, how = resolver.resolve(info, doc.id, si)
    return _Draft(
        doc.id,
        entity,
        sent.paragraph,
        [(sent.start, sent.end)],
        info.span,
        _span(doc.text, tokens, cue.first, cue.last),
        "colon",
        how,
        False,
    )


def _headline(
    doc: Document, sent: Sentence, si: int, tokens: Sequence[Token], resolver: Resolver
) -> list[_Draft]:
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
    if sum(1 for t in head if t.text[:1].isupper()) < 1 or head[-1].lower in (
        "update",
        "note",
        "editor",
        "photo",
        "watch",
        "breaking",
        "exclusive",
        "video",
        "read",
        "related",
    ):
        return []
    info = describe(doc.text, list(tokens), lead, colon - 1)
    if info.kind is SpeakerKind.UNKNOWN and not info.name:
        info = MentionInfo(info.span, SpeakerKind.PERSON, info.span.text, False)
    entity, how = resolver.resolve(info, doc.id, si)
    content = (tokens[colon + 1].start, tokens[-1].end)
    return [
        _Draft(
            doc.id,
            entity,
            sent.paragraph,
            [content],
            info.span,
            _span(doc.text, tokens, colon, colon),
            "headline: 'Name: words'",
            how,
            False,
        )
    ]


def _dash_credit(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: Sequence[Token],
    quotes: QuoteIndex,
    resolver: Resolver,
) -> list[_Draft]:
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
        _Draft(
            doc.id,
            entity,
            sent.paragraph,
            [(quote.start, quote.end)],
            info.span,
            _span(doc.text, tokens, dash, dash),
            "dash_credit: '― Name' after a quotation",
            how,
            False,
        )
    ]


def _extend_chain(d: _Draft, quotes: QuoteIndex, consumed: list[tuple[int, int]]) -> None:
    """A claim ending in an open multi-paragraph quotation takes the rest of that quotation."""
    s, e = d.parts[-1]
    open_piece = next((q for q in quotes.overlapping(s, e) if not q.closed), None)
    if open_piece is None:
        return
    for q in quotes.quotes:
        if q.chain == open_piece.chain and q.start > open_piece.start:
            d.parts.append((q.start, q.end))
            consumed.append((q.start, q.end))
