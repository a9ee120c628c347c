"""Cutting a frame's content short where another speaker's report or a second report of the
same speaker starts.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribcmp.attribute.clauses import (
    claim_gap,
    gap_subject,
    second_verb,
)
from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token
from attribcmp.attribute.frame_base import (
    CHAINING,
    CLAUSE_VERBS,
    CLOSERS,
    LEADING,
    MODALS,
    OPENERS,
    Frame,
    closed_quote_mask,
    has_words,
    report_follows,
    skip_between,
    trim,
)
from attribcmp.attribute.mentions import np_before
from attribcmp.attribute.passives import passive_answer
from attribcmp.attribute.speaker_words import SUBJECT_PRONOUNS
from attribcmp.attribute.subjects import subject_of
from attribcmp.data import word_set

# Connectives after which a new clause may have its own speaker ("..., even as the refiner
# confirmed that ..."), so the earlier content ends before them.
_CONNECTIVES = word_set("as while but whereas and although though even yet after since")
# Of those, the ones that open another speaker's clause with no comma before them: "accused
# each other of playing politics while doctors warned of ..." (PolNeAR train: 178 second
# reports inside a first content were missed). Not "after"/"since": "called off after Verizon
# agreed to talks" tells an event that belongs to the content (disputes dev speaker 0.97->0.96).
_SUBORDINATORS = word_set("while whereas although though")
# Focus words and approximators that stand before a subject the subject finder leaves out:
# "..., while only 49 percent of Republicans say the same" is still a second speaker's clause.
_PRE_SUBJECT = word_set("only just nearly almost roughly about fully barely")


def _joint_subject(
    tokens: Sequence[Token], subject: tuple[int, int], first: int
) -> tuple[int, int]:
    """ "... while doctors and medical experts warned of C": the subject reader stops at "and";
    when a connective opens the phrase before it, both conjuncts are the second speaker."""
    j = subject[0] - 1
    if j - 1 <= first or tokens[j].lower != "and":
        return subject
    prev = np_before(tokens, j - 1)
    if prev is None or prev[0] - 1 <= first or tokens[prev[0] - 1].lower not in _OPENING:
        return subject
    return prev[0], subject[1]


# Connectives that open another speaker's clause ("while", "as", "whereas").
_OPENING = word_set("while as whereas")


def cut_at_passive_answer(tokens: Sequence[Token], frame: Frame, cues: Sequence[Cue]) -> Frame:
    """End the last content part before another speaker's passive answer to it ("claimed C,
    although this was denied by the insurgents": the denial is the insurgents' claim)."""
    if not frame.parts:
        return frame
    first, last = frame.parts[-1]
    at = passive_answer(tokens, cues, first, last)
    if at is None:
        return frame
    cut = trim(tokens, first, at - 1)
    if cut is None or not has_words(tokens, *cut, 2):
        return frame
    return Frame(
        frame.rule, frame.speaker, (*frame.parts[:-1], cut), frame.chained, frame.chain_cue
    )


def cut_at_other_speaker(
    tokens: Sequence[Token], frame: Frame, cues: Sequence[Cue], lexicon: Lexicon
) -> Frame:
    """End a frame's last content part where another speaker's clause begins.

    "The ministry denied the report, even as the refiner confirmed that ..." holds two claims:
    a later cue inside the content with a subject of its own, opened by ", <connective>".
    """
    if frame.rule == "according_to":
        return frame  # "According to X, he urged A and stressed B": all of it is X's account
    first, last = frame.parts[-1]
    quoted: list[bool] | None = None  # worked out once, when a cue first falls in the content
    for cue in cues:
        if not first < cue.first <= last or cue.cls is CueClass.ACCORDING_TO:
            continue
        if quoted is None:
            quoted = closed_quote_mask(tokens, first, last)
        if quoted[cue.first - first]:
            continue  # '"They hire men and write nothing down," said X': X's words run on
        k = skip_between(tokens, cue.first - 1, lexicon)
        relative = frame.speaker[0] == frame.speaker[1] and tokens[frame.speaker[0]].lower in (
            "who",
            "which",
        )
        restrictive = relative and frame.speaker[0] > 0 and tokens[frame.speaker[0] - 1].text != ","
        # "voters who said they backed X": a cue after its own subject pronoun is a report
        # inside the content, not the main verb
        inner = tokens[k].lower in SUBJECT_PRONOUNS
        if restrictive and k >= first and cue.cls is not CueClass.BELIEF and not inner:
            # "Republicans who have praised him warned that ...": the main verb ends the clause.
            cut = trim(tokens, first, k)
            if cut is not None and has_words(tokens, *cut, 1):
                parts = (*frame.parts[:-1], cut)
                return Frame(frame.rule, frame.speaker, parts, frame.chained, frame.chain_cue)
        if relative and k > first + 1 and tokens[k].text == ",":
            # "Podesta, who said C, said D": the relative clause ends where the main verb starts.
            cut = trim(tokens, first, k - 1)
            if cut is not None and has_words(tokens, *cut, 2):
                parts = (*frame.parts[:-1], cut)
                return Frame(frame.rule, frame.speaker, parts, frame.chained, frame.chain_cue)
        if (
            k > first + 1
            and tokens[k].lower == "and"
            and cue.cls in (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE)
        ):
            # "She urged him to stay and repeatedly said, “...”": two reports, one speaker.
            cut = trim(tokens, first, k - 1)
            if cut is not None and has_words(tokens, *cut, 2):
                parts = (*frame.parts[:-1], cut)
                return Frame(frame.rule, frame.speaker, parts, frame.chained, frame.chain_cue)
        subject = subject_of(tokens, cue, lexicon)
        if subject is None or subject[0] <= first + 1:
            continue
        colon = _colon_quote(tokens, first, subject[0] - 1)
        if colon is not None:
            # 'spoke about the casino: “It will fail,” Roffman predicted': the quotation is
            # the next speaker's, so the first content ends at the colon
            cut = trim(tokens, first, colon - 1)
            if cut is not None and has_words(tokens, *cut, 1):
                parts = (*frame.parts[:-1], cut)
                return Frame(frame.rule, frame.speaker, parts, frame.chained, frame.chain_cue)
        subject = _joint_subject(tokens, subject, first)
        k = subject[0] - 1
        if k > first and tokens[k].lower in _PRE_SUBJECT:
            subject = (k, subject[1])
            k -= 1
        while k > first and tokens[k].lower in _CONNECTIVES:
            k -= 1
        bare_clause = (
            k == subject[0] - 1
            and tokens[k].text == ","
            # "..., Cornyn told reporters this was ...": "told" is an object cue, same shape
            and cue.cls in (CueClass.SPEECH, CueClass.OBJECT)
            and tokens[cue.first].lower.endswith(("ed", "id", "ote", "told"))
            and report_follows(tokens, cue, cue.last + 1, last)
        )
        # "agreed to keep in touch, it said, but ...": an attribution closing the content
        # after a comma (at its end, or before ", but" and the next clause) reports the
        # content, it is no part of it. Not "the plan, he said, would pass": that goes on.
        closing = (
            k == subject[0] - 1
            and tokens[k].text == ","
            and cue.cls is CueClass.SPEECH
            # a verb in the past, as bare_clause: "including Friday's tweets" names no report
            and tokens[cue.first].lower.endswith(("ed", "id", "ote"))
            and (
                cue.last >= last
                or (
                    cue.last + 2 <= last
                    and tokens[cue.last + 1].text == ","
                    and tokens[cue.last + 2].lower in _CONNECTIVES
                )
            )
        )
        # "42% say A, 32% say B": a poll's share after a comma is the next group of
        # respondents, never an aside like "the plan, he says, would pass" (PolNeAR train)
        share = (
            k == subject[0] - 1
            and tokens[k].text == ","
            and tokens[subject[0]].text[:1].isdigit()
            and cue.cls in (CueClass.SPEECH, CueClass.BELIEF)
        )
        gap = claim_gap(tokens, gap_subject(tokens, subject))
        if gap is not None and gap[0] - 1 > first:
            k = gap[0] - 1  # "C, an allegation the military denies": C ends before the comma
        elif (
            not bare_clause
            and not closing
            and not share
            and (k >= subject[0] - 1 or tokens[k].text not in ",;")
            and not (
                k < subject[0] - 1
                and tokens[k + 1].lower in _SUBORDINATORS
                # "... since he has been considered a contender": a belief there is part of
                # the content
                and cue.cls is not CueClass.BELIEF
            )
            and not (
                k == subject[0] - 2
                and tokens[k + 1].lower in ("and", "but")
                # not a joint subject: "California and Colorado will", "both he and Rubio"
                and not tokens[k].text[:1].isupper()
                and tokens[k].lower not in _PRONOUNS
                and _named_report(tokens, subject, cue, last)
            )
        ):
            continue
        # ", he argued that ...": a speaker's own report after a comma ends the content too.
        cut = trim(tokens, first, k if tokens[k].text[:1].isalnum() else k - 1)
        # One word is enough: "denied irregularities, and observers said ...": the denied
        # noun is the whole claim, the next speaker's report never part of it.
        if cut is None or not has_words(tokens, *cut, 1):
            continue
        return Frame(
            frame.rule, frame.speaker, (*frame.parts[:-1], cut), frame.chained, frame.chain_cue
        )
    return frame


def _colon_quote(tokens: Sequence[Token], first: int, k: int) -> int | None:
    """The colon before a quotation that closes at token ``k`` (or at ``k - 1``, before a
    comma) and was opened right after that colon, inside ``first..k``; else None."""
    if tokens[k].text == "," and k - 1 > first:
        k -= 1
    if tokens[k].text not in CLOSERS:
        return None
    for j in range(k - 1, first + 1, -1):
        text = tokens[j].text
        if text in OPENERS:
            return j - 1 if tokens[j - 1].text == ":" else None
        if text in CLOSERS:
            return None  # another quotation closes first: its opener is not this one's
    return None


def _named_report(tokens: Sequence[Token], subject: tuple[int, int], cue: Cue, last: int) -> bool:
    """ "... and Trump says C": a named subject after "and"/"but" with a speech verb that opens
    a report of its own is a second speaker's clause (a pronoun may be the first speaker's)."""
    return (
        (
            tokens[subject[0]].text[:1].isupper()
            and tokens[subject[0]].lower not in _PRONOUNS
            or tokens[subject[0]].lower in _CONTRAST_SUBJECTS
            or _share_phrase(tokens, subject)
        )
        and cue.cls in (CueClass.SPEECH, CueClass.OBJECT)
        and report_follows(tokens, cue, cue.last + 1, last)
    )


def _share_phrase(tokens: Sequence[Token], subject: tuple[int, int]) -> bool:
    """A poll's share as subject ("more than 4 in 10", "38 percent", "half of voters"): the
    next group of respondents, as a name is the next speaker ("Nearly half said A and more
    than 4 in 10 said B")."""
    span = tokens[subject[0] : subject[1] + 1]
    return any(t.lower in _SHARE_WORDS for t in span) or any(
        t.lower == "in" and k > 0 and span[k - 1].text[:1].isdigit() for k, t in enumerate(span)
    )


_SHARE_WORDS = word_set("percent % half majority plurality minority")
_PRONOUNS = SUBJECT_PRONOUNS | {"you"}
# Lower-case subjects that stand for a second group of speakers set against the first: "many
# Republicans have said A and others have said B" (PolNeAR train: such second reports ran on
# inside the first content).
_CONTRAST_SUBJECTS = word_set("others some critics opponents supporters many")
_NEW_SUBJECTS = word_set("he she they")
_PARTICIPLE_LINKS = word_set("while before after also even")
# What follows a speech verb that opens a report of its own ("and added that", "and said:").
_REPORT_OPENERS = frozenset(("that", ",", ":", "“", '"'))
# Words that may stand between "but"/"and" and a second report's verb ("but later praised").
_SECOND_ADVERBS = word_set("also later then still instead now again only even")


def cut_at_second_report(
    tokens: Sequence[Token], frame: Frame, cue: Cue, lexicon: Lexicon
) -> Frame:
    """End content where the same subject's second report begins.

    "X condemned the bill's passage but praised the senators", "acknowledging that A but
    warning that B": a coordinated cue verb, or a participle cue after a comma, starts a
    report of its own, so the first content stops before it.
    """
    if frame.rule == "according_to" or not frame.parts or frame.chained is not None:
        return frame
    first, last = frame.parts[-1]
    if first <= cue.last:
        return frame  # content before the cue: the sentence's tail is not scanned here
    main = _main_clause_comma(tokens, cue, first, last)
    if main is not None:
        cut = trim(tokens, first, main - 1)
        if cut is not None and has_words(tokens, *cut, 1):
            return Frame(frame.rule, frame.speaker, (*frame.parts[:-1], cut), None, None)
    depth = 0
    for k in range(first + 1, last):
        text = tokens[k].text
        if text in OPENERS and text not in CLOSERS:
            depth += 1
        elif text in CLOSERS and text not in OPENERS:
            depth = max(0, depth - 1)
        if depth:
            continue  # inside a quotation the speaker's own words run on
        low = tokens[k].lower
        if (
            low in ("but", "and")
            and _after_comma(tokens, k)
            and tokens[k + 1].lower in _NEW_SUBJECTS
            and k + 2 < last
            and tokens[k + 2].lower.endswith("ed")
        ):
            end = k - 1  # "..., and he railed against ...": a new clause with its own subject
        elif low in ("but", "and") and second_verb(tokens, first, k, lexicon):
            end = k - 1  # "accused X of lying, and referred to ...": clauses.py
        elif low in ("but", "and"):
            j = k + 1
            while j < last and (
                tokens[j].lower in _SECOND_ADVERBS or tokens[j].lower.endswith("ly")
            ):
                j += 1
            hit = lexicon.words.get(tokens[j].lower)
            form = tokens[j].lower
            if (
                hit is None
                or not form.endswith(("ed", "s", "ing"))
                and form not in ("said", "told")
            ):
                continue
            if form.endswith("ing") and not tokens[cue.last].lower.endswith("ing"):
                continue  # "reiterated their commitment to A, B and defending C": a gerund
                # joins the content's list; a second report of a finite cue is finite too
            after = tokens[j + 1].text if j + 1 <= last else ""
            if low == "and" and hit[1] is CueClass.SPEECH and after not in _REPORT_OPENERS:
                continue  # "the economy grew and added jobs": a verb of the content itself
            if low == "and" and after not in _REPORT_OPENERS and _perfect_in(tokens, first, k):
                continue  # "said troops had crossed X and attacked Y": a second participle of
                # the content's "had", not the speaker's own second report
            end = k - 1
        elif text == "," and _new_subject_clause(tokens, k + 1, last):
            end = k - 1  # "..., but critics point to ...": another subject's clause
        elif (text == "," or text in _DASHES) and (
            tokens[k + 1].lower.endswith("ing")
            # ", while acknowledging that ...": the participle's connective changes nothing
            or k + 2 <= last
            and tokens[k + 1].lower in _PARTICIPLE_LINKS
            and tokens[k + 2].lower.endswith("ing")
        ):
            verb = tokens[k + 1] if tokens[k + 1].lower.endswith("ing") else tokens[k + 2]
            hit = lexicon.words.get(verb.lower)
            if hit is None or verb.lower in CHAINING or hit[0] in ("cite", "quote"):
                continue  # ", citing a draft circular": the source of the same report
            if text != "," and hit[1] not in (CueClass.SPEECH, CueClass.OBJECT):
                continue  # "results - showing X trailing": the dash goes on with the content
            end = k - 1
        else:
            continue
        cut = trim(tokens, first, end)
        # A name alone is a whole content ("criticized Trump, slamming his ban"); any other
        # single word is too little to stand for what was said.
        least = 1 if cut is not None and tokens[cut[0]].text[:1].isupper() else 2
        if cut is None or not has_words(tokens, *cut, least):
            return frame
        return Frame(frame.rule, frame.speaker, (*frame.parts[:-1], cut), None, None)
    return frame


# Dashes that set off a participle report as a comma does ("denies wrongdoing - accusing
# Russia of aggression").
_DASHES = frozenset(("-", "—", "–", "--"))


def _after_comma(tokens: Sequence[Token], k: int) -> bool:
    """A comma just before token k, or a comma and then a closing quotation mark ('a
    possibility," and he appealed': the comma sits inside the quotation, American style)."""
    prev = tokens[k - 1].text
    return prev == "," or prev in CLOSERS and k > 1 and tokens[k - 2].text == ","


# Words that open a clause fronted before the main one: "Though he did not mention Rubio by
# name, he made it clear ...", "While Democrats pushed for talks, Cornyn said ...".
_FRONTING = word_set("though although while when whereas if after before since because once")
_MAIN_SUBJECTS = SUBJECT_PRONOUNS


def _main_clause_comma(tokens: Sequence[Token], cue: Cue, first: int, last: int) -> int | None:
    """The comma where the main clause starts, when the cue stands in a clause fronted before
    it ("Though he did not mention Rubio by name, he made it clear that ..."): what the fronted
    clause reports ends there. Only a pronoun subject and a verb after the comma count."""
    k = 1 if tokens[0].lower in LEADING else 0
    if k >= cue.first or tokens[k].lower not in _FRONTING:
        return None
    if any(tokens[j].text == "," for j in range(k + 1, cue.first)):
        return None  # the cue is in the main clause already ("When asked, he said ...")
    depth = 0
    for j in range(first + 1, last - 1):
        text = tokens[j].text
        if text in OPENERS and text not in CLOSERS:
            depth += 1
        elif text in CLOSERS and text not in OPENERS:
            depth = max(0, depth - 1)
        if depth or text != ",":
            continue
        verb = tokens[j + 2].lower
        if tokens[j + 1].lower in _MAIN_SUBJECTS and (
            verb in CLAUSE_VERBS or verb in MODALS or verb.endswith(("ed", "n't"))
        ):
            return j
        return None  # the first comma of the content decides: a list or an aside goes on
    return None


_PERFECT = word_set("had has have")


def _perfect_in(tokens: Sequence[Token], first: int, end: int) -> bool:
    """A perfect ("had crossed", "has never paid") in the content before ``end``."""
    for k in range(first, end - 1):
        if tokens[k].lower not in _PERFECT:
            continue
        j = k + 1
        while j < end and (tokens[j].lower in ("not", "never", "already", "also")):
            j += 1
        if j < end and tokens[j].text.isalpha() and tokens[j].lower.endswith(("ed", "en", "wn")):
            return True
    return False


def _new_subject_clause(tokens: Sequence[Token], k: int, last: int) -> bool:
    """', but critics point to ...', ', while Democrats argued ...': a contrast connective, then
    a name or a plural noun and a finite verb (a pronoun may still be the reported speaker's)."""
    if k + 2 > last or tokens[k].lower not in ("but", "while", "whereas"):
        return False
    j = k + 1
    while j < last and (tokens[j].text[:1].isupper() or tokens[j].lower in ("the", "many")):
        j += 1  # "Senate Democrats", "the Clinton campaign"
    if j == k + 1:
        head = tokens[j].lower  # "critics point", "officials said"
        if not (tokens[j].text.islower() and head.endswith("s") and head.isalpha()):
            return False
        j += 1
    verb = tokens[j].lower if j <= last else ""
    return verb in CLAUSE_VERBS or verb.endswith("ed") or verb in _PRESENT_REPORTS


_PRESENT_REPORTS = word_set("point say argue contend insist note warn claim counter disagree")
