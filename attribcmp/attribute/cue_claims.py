"""A sentence's cues -> drafts: fit a frame around each cue the checks let through, tie its
speaker phrase to an entity, and add the learned scorer's and nominal cues' drafts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from operator import itemgetter

from attribcmp.attribute.according import own_basis, poll_cues
from attribcmp.attribute.bounds import expected_clause, refine
from attribcmp.attribute.cue_checks import (
    asks_anonymity,
    charged_act,
    cry_at,
    declined_to_speak,
    negated,
    negation_start,
    noun_use,
    phrasal_act,
    plausible_cue,
    speaker_info,
    went_on_act,
)
from attribcmp.attribute.cues import (
    Cue,
    CueClass,
    Lexicon,
    Token,
    find_cues,
)
from attribcmp.attribute.cuts import (
    cut_at_other_speaker,
    cut_at_passive_answer,
    cut_at_second_report,
)
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.figure_cues import figure_cues
from attribcmp.attribute.frame_base import Frame, has_words, trim
from attribcmp.attribute.frame_checks import (
    cut_relative_aside,
    cut_scene_clause,
    cut_unverified,
    cut_without,
    object_relative,
    opening_what,
    raised_topic,
    relative_gap,
    says_nothing,
    single_that,
)
from attribcmp.attribute.frames import frame_for
from attribcmp.attribute.fronted import with_fronted_part
from attribcmp.attribute.learned import learned_frames, scorer
from attribcmp.attribute.loose_subject import (
    long_subject_frame,
    parenthetical_frame,
    plain_subject_frame,
    room_for_content,
)
from attribcmp.attribute.mentions import (
    MentionInfo,
    describe,
    np_before,
    words,
)
from attribcmp.attribute.nominal import appositive_cue, nominal_drafts, nominal_words
from attribcmp.attribute.not_said import not_said
from attribcmp.attribute.passives import agentless_passive
from attribcmp.attribute.phrases import conversation_only
from attribcmp.attribute.relative_reports import relative_claim
from attribcmp.attribute.relay import relays, take_relayed
from attribcmp.attribute.shapes import (
    headline_reply,
    issuer_voice,
    media_conduit,
    naming_participle,
    nested_report,
    noun_compound,
    object_not_content,
    plural_noun_subject,
    reporter_aside,
    work_written,
)
from attribcmp.attribute.speakers import Resolver, trailing_cue
from attribcmp.attribute.subjects import sentence_subject, subject_of
from attribcmp.attribute.subordinate import cut_at_main_clause
from attribcmp.data import word_set
from attribcmp.facet_lexicon import hedging
from attribcmp.model import (
    Document,
    Sentence,
    SpeakerKind,
    TextSpan,
)

# Subjects of narration are remembered only when they open the sentence (centering: the
# subject is what later pronouns most likely refer to).
# Words after which a cue word is a noun or an infinitive ("a flurry of tweets", "declined to say").
_NOUN_BEFORE = word_set("of to a an the his her its their our my your this these those")
_BOTH_SIDES = re.compile(
    r"(?i)(?:both|(?:the )?two)(?: \w+)? (?:sides|leaders|countries|ministers|officials|delegations"
    r"|parties|governments|nations|men|women)$"
)
_REPORTING = (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE, CueClass.BELIEF)
_ISSUING = word_set("issue issues issued issuing")
# Learned cue words that name a meeting or a physical act unless a particle or a clause follows.
_TALKING = word_set("spoke spoken speak speaks speaking talked talk talks talking")
_FIRING = word_set("fire fires fired firing")


def _names_poll(text: str) -> bool:
    """A poll named in the sentence, in either case ("In a Washington Post Poll, ...").
    (Substring tests: a regex opening on a character class tries it at every position.)"""
    return "poll" in text or "Poll" in text or "survey" in text or "Survey" in text


# Words after "spoke" that tell a meeting's length or time, not what was said.
_TIME_WORDS = word_set("for an a this today yesterday on at by twice again briefly")


def _document_next(tokens: Sequence[Token], k: int) -> bool:
    """A document noun within the next three tokens ("issued a joint statement")."""
    return any(t.lower in words().documents for t in tokens[k : k + 3])


# Verbs that pass their subject on to an infinitive cue ("continued to insist", "used to
# boast", "seemed to suggest"); "declined to" and "refused to" stay out: "refused to say"
# reports nothing said.
_CATENATIVES = word_set(
    """continue continues continued continuing used try tries tried trying begin begins began
    start starts started decide decides decided seem seems seemed appear appears appeared"""
)


# Forms of "go" before "on to": "went on to endorse", "goes on to say".
_GOING = word_set("go goes went going")


def _covered(ranges: Sequence[tuple[int, int]], first: int, last: int) -> bool:
    return any(a <= first and last <= b for a, b in ranges)


@cache
def _cueless_triggers() -> frozenset[str]:
    """The words a draft can start from in a clause with no lexicon cue: the learned scorer's
    words and the nominal tables' nouns (built from those tables, so it cannot drift)."""
    sc = scorer()
    return nominal_words() | (frozenset(sc.prior) if sc is not None else frozenset())


def _nothing_to_draft(tokens: Sequence[Token], sentence: str) -> bool:
    """A clause without lexicon cues where no later pass can make a draft either: no learned
    or nominal word, and no poll or figure named (their cues open on "in" and figure verbs)."""
    if _names_poll(sentence) or " toll" in sentence or " figure" in sentence:
        return False
    if " number" in sentence:
        return False
    return _cueless_triggers().isdisjoint(map(_LOWER, tokens))


_LOWER = itemgetter(1)  # Token.lower, read in C


def claims_from_cues(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: list[Token],
    lexicon: Lexicon,
    resolver: Resolver,
    quoted: Sequence[tuple[int, int]],
) -> list[Draft]:
    cues = find_cues(tokens, lexicon)
    if not cues and _nothing_to_draft(tokens, sent.text):
        return []  # a third of all clauses: the learned and nominal passes are skipped too
    text = doc.text
    made: list[Draft] = []
    taken: list[tuple[int, int]] = []
    hedge_word: bool | None = None
    if _names_poll(sent.text) and not any(c.cls in _REPORTING for c in cues):
        # "Trump leads in the latest poll"; with a reporting verb ("In the poll, 42% say")
        # the verb's own subject speaks.
        cues.extend(poll_cues(tokens))
    if " toll" in sent.text or " figure" in sent.text or " number" in sent.text:
        cues.extend(figure_cues(tokens))  # "officials put the toll at 40" (figure_cues.py)
    # "According to X" frames the whole sentence: the verbs inside it are X's report; so does a
    # trailing ", Wang said." (the verbs before it are Wang's content).
    if len(cues) > 1:  # (sort computes every key even for one cue, and trailing_cue looks back)
        cues.sort(
            key=lambda c: (
                c.cls is not CueClass.ACCORDING_TO,
                not trailing_cue(tokens, c, lexicon),
            )
        )
    framed: list[tuple[Cue, Frame]] = []  # this sentence's frames, for a participle's subject
    anonymous = False  # the sentence's source asks not to be named
    cue_starts: _CueStarts | None = None  # built on first need, once per sentence
    for cue in cues:
        pos = tokens[cue.first].start
        if any(s < pos < e for s, e in quoted):
            continue  # speech reported inside a quotation belongs to the quotation
        if cue.cls is CueClass.ACCORDING_TO and own_basis(tokens, cue, cues):
            continue  # "announced that, according to its count, C": the announcer's basis
        if cue.first > 1 and tokens[cue.first - 1].lower == "to":
            verb = cue.first - 2
            if tokens[verb].lower in _CATENATIVES and not _covered(taken, verb, verb):
                # "Sanders continued to argue that ...": the verb before "to" carries the
                # subject, and "continued to argue" is one cue.
                cue = replace(cue, first=cue.first - 2)
            elif (
                verb > 0
                and tokens[verb].lower == "on"
                and tokens[verb - 1].lower in _GOING
                and not _covered(taken, verb - 1, verb)
            ):
                # "He went on to criticize X": "went on to" passes the subject on, as above
                cue = replace(cue, first=verb - 1)
        if (
            cue.cls is not CueClass.ACCORDING_TO
            and cue.first > 0
            and tokens[cue.first - 1].lower in _NOUN_BEFORE
        ):
            continue  # "a series of tweets", "to say": a noun or an infinitive, not a report
        if cue.first > 0 and tokens[cue.first - 1].lower == "without":
            continue  # "without saying how many were militants": nothing was said
        if cue.first > 0 and tokens[cue.first - 1].lower in ("let's", "let’s", "us"):
            continue  # "Let's say ...": a supposition, not a report
        if noun_use(tokens, cue):
            continue  # "the battlefield reports from either side": a noun
        if object_not_content(tokens, cue):
            continue  # "answered a report by X that said ...": the report's cue carries it
        if appositive_cue(tokens, cue.first):
            continue  # ", an account villagers dispute": the nominal pass makes that claim
        if asks_anonymity(tokens, cue):
            anonymous = True
            continue  # "a farmer who asked not to be named": a request, not a claim
        if declined_to_speak(tokens, cue):
            continue  # "declined to comment", "refused to say whether ...": nothing was said
        if cry_at(tokens, cue):
            continue  # "yelled at journalists to stay back": a cry in a scene, no report
        if phrasal_act(tokens, cue):
            continue  # "called off the deal", "signed up to serve": an act, no report
        if went_on_act(tokens, cue):
            continue  # "the war went on for years": no one went on talking
        if charged_act(tokens, cue):
            continue  # "accused of supporting the militants": a charge, not the subject's words
        if negated(tokens, cue, lexicon):
            continue  # "did not respond", "never said": nothing was said
        if _covered(taken, cue.first, cue.last):
            _note_reported(text, tokens, cue, made, resolver, si, lexicon)
            continue
        frame = frame_for(tokens, cue, lexicon)
        frame = headline_reply(tokens, cue, frame, cues)  # "X Say C, Y Denies Charge"
        if frame is None or any(frame.parts == f.parts for _, f in framed):
            # "'C1,' she added, underscoring C2": not C1 again, but what follows the participle
            frame = _participle_after(tokens, cue, framed) or frame
        if frame is None and room_for_content(tokens, cue):
            # (a third of the cues of one-line replies, "He said yes.", have no room for one)
            if cue_starts is None:
                cue_starts = _CueStarts(tokens, cues)
            frame = _loose_frame(tokens, cue, lexicon, cue_starts)  # loose_subject.py
        if frame is None:
            _note_body(text, tokens, cue, lexicon, resolver, doc.id, si)
            continue
        if not plausible_cue(tokens, cue, frame):
            continue
        if frame.chained is None:
            frame = cut_at_other_speaker(tokens, frame, cues, lexicon)
            frame = cut_at_second_report(tokens, frame, cue, lexicon)
            frame = cut_at_passive_answer(tokens, frame, cues)  # ", but this was denied by X"
        if noun_compound(tokens, frame.speaker, cue.first, cue.lemma):
            continue  # "The territorial dispute remains", "An intelligence report that"
        if naming_participle(tokens, frame.speaker, cue):
            continue  # "a firm called Cambridge Analytica": a name given, nothing said
        if work_written(tokens, cue, frame.parts[0]):
            continue  # "She wrote a children's book": the work, not what it says
        if media_conduit(tokens, frame.speaker, cue, cues):
            continue  # "CNN reported that Assange said C": Assange's own cue carries it
        if reporter_aside(tokens, frame.speaker, cue, cues):
            continue  # "As Ann Roe reports from Lima, the unions say ...": the unions' claim
        if conversation_only(tokens, cue, bool(doc.issuer)):
            continue  # "Biden spoke today with Putin": a call took place, nothing was said
        frame = refine(tokens, cue, frame, cues)  # learned content edges (bounds.py)
        frame = cut_at_main_clause(tokens, cue, frame)  # "While X said C, the Y ..."
        frame = with_fronted_part(tokens, cue, frame)  # "If A, she said, “b ...”"
        frame = expected_clause(cue, frame)  # "Trump is expected to win": the whole clause
        if opening_what(tokens, cue, frame):
            continue  # "What he said was a lie, X told VOA": X's cue carries the claim
        if object_relative(tokens, cue, frame):
            continue  # "the sanctions, which the US announced on July 16": names, reports nothing
        if says_nothing(tokens, frame):
            continue  # "and wrote nothing at all": no content
        frame = relative_gap(tokens, cue, frame)  # "which he vowed to ignore"
        frame = cut_relative_aside(tokens, cue, frame)  # "backed NAFTA, which caused ..."
        frame = single_that(tokens, frame)  # "said that that decision was final"
        frame = cut_without(tokens, frame)  # ", without giving evidence": not what was said
        frame = cut_unverified(tokens, frame)  # ", a claim VOA could not verify": a note
        frame = cut_scene_clause(tokens, cue, frame)  # "dispute toll as rescuers dig": "toll"
        frame = raised_topic(tokens, cue, frame)  # "raised X and asked for their release"
        inner = None
        if _reports_on(cue, frame) and negation_start(tokens, cue, lexicon) == cue.first:
            # (negated, "are not challenging the reports claiming C" concedes C: not split)
            inner = nested_report(tokens, frame.parts[0])
        if inner is not None:
            # "challenging news reports claiming C": what was challenged is the reports; C is
            # their own claim (added below)
            frame = replace(frame, parts=((frame.parts[0][0], inner[2]),) + frame.parts[1:])
        info = speaker_info(text, tokens, frame)
        if info is None and cue.cls is CueClass.ACCORDING_TO:
            info = _source_phrase(text, tokens, frame)
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
            spans = [(tokens[a].start, tokens[b].end) for a, b in frame.parts]
            entity, how = resolver.resolve(info, doc.id, si, spans)
            entity, how = _account_voice(doc, info, entity, how, resolver)
            if info.pronoun is None and _singular_verb(tokens, frame.speaker[1] + 1, cue):
                resolver.note_singular(entity)
        if hedge_word is None:  # whether any word of the sentence hedges: read once
            hedge_word = hedging([t.lower for t in tokens], lexicon.hedges)
        hedged = cue.lemma in lexicon.hedges or hedge_word
        parts = [(tokens[a].start, tokens[b].end) for a, b in frame.parts]
        # A negated cue keeps its negation ("did not deny"): verdicts read the cue's polarity.
        cue_span = span_of(text, tokens, negation_start(tokens, cue, lexicon), cue.last)
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
        framed.append((cue, frame))
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
    if anonymous:
        for d in made:
            resolver.mark_anonymous(d.entity)  # "said a farmer who asked not to be named"
    return made


class _CueStarts:
    """Where the sentence's other cues start, for the long-subject frame: counted once per
    sentence, not once per cue (a sentence of thousands of "said" made that quadratic)."""

    def __init__(self, tokens: Sequence[Token], cues: Sequence[Cue]) -> None:
        # (a cue word read as a noun, "the planning for", reports nothing in the modifier)
        counted = [c for c in cues if c.first == 0 or tokens[c.first - 1].lower not in _NOUN_BEFORE]
        self._firsts = Counter(c.first for c in counted)
        self._counted = {id(c) for c in counted}

    def other_than(self, cue: Cue) -> Callable[[int], bool]:
        own = cue.first if id(cue) in self._counted else -1
        firsts = self._firsts
        return lambda i: firsts[i] - (i == own) > 0


def _loose_frame(
    tokens: Sequence[Token], cue: Cue, lexicon: Lexicon, starts: _CueStarts
) -> Frame | None:
    """The parenthetical or long-subject frame of a report the frames gave up on."""
    if not_said(tokens, cue, lexicon) is not None:
        return None  # the frames refused it as no report ("X, one of those charged, said")
    frame = parenthetical_frame(tokens, cue, lexicon)
    if frame is not None:
        return frame
    is_cue = starts.other_than(cue)  # (one test for both frames below)
    return long_subject_frame(tokens, cue, lexicon, is_cue) or plain_subject_frame(
        tokens, cue, lexicon, is_cue
    )


_PARTICIPLE_CLASSES = (CueClass.SPEECH, CueClass.OBJECT)


# Cue classes whose subject reports something even where no content follows ("denied that.").
_REPORTED_STANCE = (CueClass.SPEECH, CueClass.STANCE)


def _note_body(
    text: str,
    tokens: Sequence[Token],
    cue: Cue,
    lexicon: Lexicon,
    resolver: Resolver,
    doc_id: str,
    si: int,
) -> None:
    """ "Keld's interior ministry denied that. It said ...": a body whose report has no content
    here is still the last one heard from, so a pronoun after it is that body's."""
    if cue.cls not in _REPORTED_STANCE:
        return
    found = subject_of(tokens, cue, lexicon)
    if found is None:
        return
    info = describe(text, tokens, *found)
    if info.kind is SpeakerKind.ORGANISATION and info.pronoun is None and not info.anonymous:
        resolver.note_body_subject(info, doc_id, si)


def _participle_after(
    tokens: Sequence[Token], cue: Cue, framed: Sequence[tuple[Cue, Frame]]
) -> Frame | None:
    """'"...," she added, underscoring C' / 'X made a third attempt, writing on Twitter that C':
    a reporting participle after a comma whose subject the frames could not find takes the
    speaker of the claim just made before it in the sentence (84% of such cues are PolNeAR
    cues on train), and its content runs to the end of the sentence."""
    if (
        cue.cls not in _PARTICIPLE_CLASSES
        or cue.first == 0
        or tokens[cue.first - 1].text != ","
        or not tokens[cue.first].lower.endswith("ing")
    ):
        return None
    before = [(c, f) for c, f in framed if c.last < cue.first and f.parts[-1][1] < cue.first]
    speaker = before[-1][1].speaker if before else sentence_subject(tokens, cue.first)
    if speaker is None:
        return None
    part = trim(tokens, cue.last + 1, len(tokens) - 1)
    if part is None or not has_words(tokens, *part, 2):
        return None
    return Frame("participle", speaker, (part,))


# Auxiliaries of one: "The council has called", "the ministry is urging".
_SINGULAR_AUX = frozenset(("has", "is", "was", "does"))


def _singular_verb(tokens: Sequence[Token], k: int, cue: Cue) -> bool:
    """A singular auxiliary right after the subject ("has called", "is urging"): a reader
    takes the body for an "it" from then on (a bare "-s" verb is not read: the plainest sign
    of number is enough)."""
    return k < cue.first and k < len(tokens) and tokens[k].lower in _SINGULAR_AUX


def _source_phrase(text: str, tokens: Sequence[Token], frame: Frame) -> MentionInfo | None:
    """After "according to", any noun phrase is the source ("according to recent polling",
    "to a lawsuit filed in Manhattan"), though it names nobody who can speak."""
    first, last = frame.speaker
    if not tokens[last].text.isalpha() or tokens[first].lower in words().sentence_openers:
        return None
    return describe(text, tokens, first, last)


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
        return (
            declined_to_speak(tokens, cue)
            or asks_anonymity(tokens, cue)  # "who asked not to be named": a request
            or negated(tokens, cue, lexicon)
            or charged_act(tokens, cue)  # "accused of supporting C": a charge
            or phrasal_act(tokens, cue)  # "called off the deal": an act
        )

    def plausible(cue: Cue, frame: Frame) -> bool:
        # "Bajwa concluded his visit": a study verb needs a document or body as subject, or a
        # "that" clause after it ("The results show that ...").
        if noun_compound(tokens, frame.speaker, cue.first, cue.lemma):
            return False  # "An intelligence report that": no speaker
        if agentless_passive(tokens, cue, lexicon):
            return False  # "The firm has been accused of C": as in the rule pass
        if plural_noun_subject(tokens, cue, frame.parts[0]):
            return False  # "Peace talks about the border resumed": a plural noun, no speaker
        if naming_participle(tokens, frame.speaker, cue):
            return False  # "a firm called Cambridge Analytica": as in the rule pass
        if work_written(tokens, cue, frame.parts[0]):
            return False  # "She wrote a children's book": as in the rule pass
        if conversation_only(tokens, cue, bool(doc.issuer)):
            return False  # "Biden spoke today with Putin": a call took place, nothing was said
        form = tokens[cue.first].lower
        after = tokens[cue.last + 1].lower if cue.last + 1 < len(tokens) else ""
        if form == cue.lemma and after == "with":
            return False  # "PM call with President Trump": a noun, a meeting, not a report
        if form in _ISSUING and not _document_next(tokens, cue.last + 1):
            return False  # "issued an arrest warrant": an act; "issued a statement" reports
        if form in _TALKING and (after in _TIME_WORDS or after == "with"):
            return False  # "spoke for an hour with Putin": a meeting held, not a report
        if form in _FIRING and after not in ("back", "off"):
            return False  # "police fired shots": an act; "fired back at", "fired off" report
        if cue.cls is not CueClass.EVIDENCE or plausible_cue(tokens, cue, frame):
            return True
        return tokens[frame.parts[0][0]].lower == "that"

    for cue, frame in learned_frames(tokens, lexicon, cues, taken, quoted, silent, plausible):
        if object_relative(tokens, cue, frame) or says_nothing(tokens, frame):
            continue  # "the plan, which the council proposed in May": names, reports nothing
        frame = cut_relative_aside(tokens, cue, relative_gap(tokens, cue, frame))
        frame = single_that(tokens, frame)  # "said that that decision was final"
        frame = cut_without(tokens, frame)  # ", without giving evidence": not what was said
        frame = cut_unverified(tokens, frame)  # ", a claim VOA could not verify": a note
        frame = cut_scene_clause(tokens, cue, frame)  # "dispute toll as rescuers dig": "toll"
        frame = raised_topic(tokens, cue, frame)  # "raised X and asked for their release"
        info = speaker_info(text, tokens, frame)
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


def _trailing_follow(owner: Draft, relay: int, made: list[Draft]) -> None:
    """ "Media reports said the Front had claimed responsibility, adding that ...": the trailing
    participle after a relayed claim continues the one quoted, not the relay."""
    start = owner.token_ranges[0][0] if owner.token_ranges else -1
    for draft in made:
        if (
            draft is not owner
            and draft.entity == relay
            and draft.rule.startswith("trailing:")
            and draft.token_ranges
            and draft.token_ranges[0][0] > start
        ):
            draft.entity = owner.entity
            draft.mention = owner.mention
            draft.resolution = owner.resolution


def _literal(text: str, tokens: Sequence[Token], frame: Frame, info: MentionInfo) -> TextSpan:
    """The mention as written: "who" in "Graham, who says ..." (info names the antecedent)."""
    first, last = frame.speaker
    if first == last and tokens[first].lower in (*words().relative_pronouns, "that"):
        return span_of(text, tokens, first, last)  # "that" of "a group that says" too
    return info.span


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
    if owner is None:
        return
    if relative_claim(text, tokens, cue, owner, made, resolver, si):
        return  # "the tests, which researchers say prove C": a claim of its own
    if owner.reported is not None:
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
        if relays(resolver.entity_name(owner.entity)):
            relay = owner.entity
            take_relayed(owner, tokens, text, (cue.first, cue.last), info, resolver, si)
            if owner.entity != relay:
                _trailing_follow(owner, relay, made)
