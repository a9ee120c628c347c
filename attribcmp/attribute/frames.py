"""Reported-speech frames: given a sentence's tokens and one cue, where are speaker and content?

Each frame is one rule with a name, so every claim can say which rule produced it:

    according_to      "According to X, C." / "C, according to X."
    subject_cue       "X said (that) C." / "X told reporters C." / "X said: C"
    content_first     "C, X said." / "“C,” X said."
    split             "C1, X said, C2."
    inverted          "C, said X." / "“C,” said X."
    trailing          "..., adding that C" (a second claim of the same speaker)
    aside_clause      "X says, win or lose, he's staying" (an aside, then the clause)

The functions here only locate token ranges; attribute/cue_claims.py turns them into claims.
Subjects are found in subjects.py, "according to" and polls in according.py, passives in
passives.py, where content starts after a cue in content_start.py, the checks on what follows
a cue in frame_checks.py and content cuts in cuts.py.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from attribcmp.attribute.according import according_to, poll_frame
from attribcmp.attribute.clauses import (
    claim_gap,
    far_subject,
    gap_predicate,
    gap_subject,
    opening_participle,
)
from attribcmp.attribute.content_start import content_after
from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token, find_cues
from attribcmp.attribute.frame_base import (
    ADJUNCT_START,
    CHAIN_LINKS,
    CHAINING,
    CLOSERS,
    FRAME_PREPOSITIONS,
    OPENERS,
    REPORT_START,
    Frame,
    adjunct_only,
    aside_before_that,
    chain,
    has_verb,
    has_words,
    leading_only,
    quoted,
    starts_clause,
    trim,
)
from attribcmp.attribute.frame_checks import (
    clause_break,
    leading_intro,
    object_only,
    quote_resumes,
    report_opens,
    resumes_after_aside,
    setting_only,
)
from attribcmp.attribute.frame_edges import noun_object, participle_quoting
from attribcmp.attribute.mentions import np_after, np_before, words
from attribcmp.attribute.not_said import not_said
from attribcmp.attribute.passives import agentless_passive, passive_frame
from attribcmp.attribute.shapes import role_then_name
from attribcmp.attribute.subjects import subject_of
from attribcmp.data import word_set

# Words opening the reporter's backdrop after "X, police said," (not "after"/"because": "the
# plant closed, he said, after ..." is most often still the speaker's account).
_BACKDROP = word_set("as while whereas amid")


# Words opening a setting before a speaker ("To a question on ...", "Sunday on Fox News ...").
_SETTING_LEAD = word_set(
    """to on in at during after before from with via asked responding answering speaking
    sunday monday tuesday wednesday thursday friday saturday"""
)


def _quoted_setting(tokens: Sequence[Token], part: tuple[int, int]) -> bool:
    """A setting that only quotes a title or a phrase: 'Sunday on Fox News’s “Sunday Morning
    Futures,”', 'To a question on the "privatization of jobs,"' -- it opens with a setting word,
    and no verb stands before its quotation mark."""
    first, last = part
    if tokens[first].lower not in _SETTING_LEAD:
        return False
    quote = next((k for k in range(first + 1, last + 1) if tokens[k].text in OPENERS), None)
    return quote is not None and not has_verb(tokens, (first, quote - 1))


def _possessive_mark(tokens: Sequence[Token], k: int) -> bool:
    """An apostrophe glued to a word ending in -s with no single quotation opened before it
    ("Democrats’ leader", "voters' views"): a possessive, not a closing quotation mark."""
    tok = tokens[k]
    if tok.text not in ("’", "'") or k == 0 or tokens[k - 1].end != tok.start:
        return False
    if not tokens[k - 1].lower.endswith("s") or not tokens[k - 1].text.isalpha():
        return False
    opener = "‘" if tok.text == "’" else "'"
    return not any(t.text == opener for t in tokens[: k - 1])


# The frames made for the token list last seen, by cue: the rule pass and the learned pass
# (learned.py) frame the same cue of a clause when the rules passed it over (a fifth of the
# learned pass's frames on PolNeAR train). The list and lexicon are held, so their ids cannot
# be reused while the entries stand. Held per thread: `serve` builds reports on several threads.
_made = threading.local()


def frame_for(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> Frame | None:
    """The frame for one cue, or None when the cue does not attribute anything here."""
    held = getattr(_made, "held", None)
    if held is None or held[0] is not tokens or held[1] is not lexicon:
        held = (tokens, lexicon, {})
        _made.held = held
    made: dict[Cue, Frame | None] = held[2]
    if cue in made:
        return made[cue]
    # (most cues are framed once: a miss stores and returns without a third look-up; hashing
    # a Cue hashes its enum in Python)
    frame = made[cue] = _frame_for(tokens, cue, lexicon)
    return frame


def _frame_for(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> Frame | None:
    if cue.cls is CueClass.ACCORDING_TO:
        return poll_frame(tokens, cue) if cue.lemma == "in" else according_to(tokens, cue)
    if not_said(tokens, cue, lexicon) is not None:
        return None  # "X, one of those charged, said", "called B today": see not_said.py
    last = len(tokens) - 1
    passive = passive_frame(tokens, cue, last, lexicon)
    if passive is not None:
        return passive
    if agentless_passive(tokens, cue, lexicon):
        return None  # "X was accused of C", "Hope was expressed that C": X is not who spoke
    subject = subject_of(tokens, cue, lexicon)
    if subject is not None:
        return _subject_frame(tokens, cue, subject, last, lexicon)
    opening = opening_participle(tokens, cue, lexicon)
    if opening is not None:  # "Noting that C, the senator said ...": clauses.py
        return Frame("opening_participle", opening[0], (opening[1],))
    inverted = _inverted_frame(tokens, cue, last, lexicon)
    far = far_subject(tokens, cue, lexicon) if inverted is None else None
    return _subject_frame(tokens, cue, far, last, lexicon) if far is not None else inverted


def _with_chain(
    rule: str,
    tokens: Sequence[Token],
    speaker: tuple[int, int],
    parts: list[tuple[int, int]],
    lexicon: Lexicon,
) -> Frame | None:
    chained = None
    chain_cue = None
    if parts:
        found = chain(tokens, parts[-1][0], parts[-1][1], lexicon)
        if found is not None:
            comma, k, start = found
            chained = trim(tokens, start, parts[-1][1])
            chain_cue = (k, k)
            trimmed = trim(tokens, parts[-1][0], comma - 1)
            if trimmed is None:
                parts = parts[:-1]
            else:
                parts[-1] = trimmed
    # "Instead, she said, her boss ...": one word before a parenthetical speaker still opens
    # what was said; anywhere else a one-word part is debris.
    opener = parts[0] if rule == "split" and len(parts) > 1 else None
    parts = [
        p
        for p in parts
        if has_words(tokens, *p, 2)
        or quoted(tokens, p)
        or p is opener
        or (chained is not None and noun_object(tokens, p))
    ]
    if not parts:
        if chained is not None:
            return Frame(rule, speaker, (chained,))
        return None
    return Frame(rule, speaker, tuple(parts), chained, chain_cue)


# Stance verbs whose object alone is the position taken ("endorsed Clinton", "backs Sanders").
# Verbs of praise and attack take a person as their whole object too ("praised Obama",
# "blasted Trump"); "welcome" and "dismiss" stay out ("welcomed Putin", "dismissed Smith" are
# acts: a greeting, a firing).
_NAME_OBJECT = word_set(
    """endorse support back oppose favor favour champion attack criticize criticise praise blast
    slam condemn denounce lambast lambaste assail mock defend applaud hail deride ridicule
    castigate decry embrace"""
) | {
    "vote for",  # phrases keep their form as lemma (cues.yaml): "would vote for Clinton"
    "votes for",
    "voted for",
    "voting for",
}


# One-word objects that stand for something said before, not a position named.
_NOT_POSITION = word_set(
    """this that these those everything nothing anything something everyone anyone nobody
    someone everybody somebody both all none either neither such none each more most"""
)


def _one_name(tokens: Sequence[Token], cue: Cue, part: tuple[int, int]) -> bool:
    """A single word after a stance verb of support or attack: a candidate named ("endorsed
    Clinton") or a policy ("supports deportation", "opposed abortion"); pronouns and
    quantifiers ("backed it", "opposed both") name nothing."""
    if part[0] != part[1] or cue.lemma not in _NAME_OBJECT:
        return False
    text = tokens[part[0]].text
    if not text.isalpha():
        return False
    if text[:1].isupper():
        return True
    low = text.lower()
    return len(low) > 3 and low not in words().pronouns and low not in _NOT_POSITION


def _subject_frame(
    tokens: Sequence[Token], cue: Cue, subject: tuple[int, int], last: int, lexicon: Lexicon
) -> Frame | None:
    if subject[0] >= 2 and _possessive_mark(tokens, subject[0] - 1):
        # "Bernie Sanders’ campaign says ...": the mark is a plural possessive, not the end of a
        # quotation before its speaker; the owner belongs to the speaker phrase.
        owner = np_before(tokens, subject[0] - 2)
        subject = (owner[0] if owner is not None else subject[0] - 2, subject[1])
    nxt = cue.last + 1
    if (
        nxt + 2 <= last
        and tokens[nxt].text == ","
        and tokens[nxt + 1].lower in _ASIDES
        and tokens[nxt + 2].text == ","
    ):
        # "He said, however, that ...": the aside is neither content nor a clause break.
        cue = Cue(cue.first, nxt + 2, cue.lemma, cue.cls)
        nxt = cue.last + 1
    elif (
        nxt + 3 <= last
        and tokens[nxt].text == ","
        and (tokens[nxt + 1].lower, tokens[nxt + 2].lower) in _TWO_WORD_ASIDES
        and tokens[nxt + 3].text == ","
    ):
        # "Clinton testified, for example, that ...": the same, for a two-word aside.
        cue = Cue(cue.first, nxt + 3, cue.lemma, cue.cls)
        nxt = cue.last + 1
    shut = aside_before_that(tokens, nxt, last)
    if shut is not None:
        # "The mayor said, clearly, that ...", "said, in a statement, that ...": a short aside
        # between commas, with "that" after it, is neither content nor a clause break.
        cue = Cue(cue.first, shut, cue.lemma, cue.cls)
        nxt = cue.last + 1
    basis = _according_aside(tokens, nxt, last)
    if basis is not None:
        # "announced, according to its count, that C": the source of the count is an aside
        cue = Cue(cue.first, basis, cue.lemma, cue.cls)
        nxt = cue.last + 1
    comma_after = nxt <= last and tokens[nxt].text == ","
    if comma_after and subject[0] > 0 and tokens[subject[0] - 1].lower == "as":
        # "Hawaii, as one adviser pointed out, rarely gets two hurricanes": the clause around
        # the parenthesis is what was said.
        post = trim(tokens, nxt + 1, last)
        pre = trim(tokens, 0, subject[0] - 2) if subject[0] >= 2 else None
        if pre is not None and leading_only(tokens, pre[1] + 1):
            pre = None
        if post is not None and has_words(tokens, *post, 2):
            parts = (pre, post) if pre is not None else (post,)
            return Frame("as_parenthetical", subject, parts)
    chained = chain_cue = None
    m = nxt + 1
    if m + 1 <= last and (tokens[m].lower in CHAIN_LINKS or tokens[m].lower.endswith("ly")):
        m += 1  # '“A,” she said, also noting that B': the link word is not the report
    if comma_after and m <= last and tokens[m].lower in CHAINING:
        tail = trim(tokens, m + 1, last)
        if tail is not None and has_words(tokens, *tail, 2):
            chained, chain_cue = tail, (m, m)
    before = None
    if subject[0] > 0 and not _relative_speaker(tokens, subject):
        k = subject[0] - 1
        if tokens[k].text in (",", "—", "–") or tokens[k].text in CLOSERS:
            end = k if tokens[k].text in CLOSERS else k - 1
            if tokens[k].text == "," and k > 0 and tokens[k - 1].text in CLOSERS:
                end = k - 1
            before = trim(tokens, 0, end)
    if before is not None and tokens[before[1]].text in CLOSERS:
        before = _after_colon(tokens, before)
    ends_clause = (
        comma_after
        or nxt > last
        or tokens[nxt].text in ".!?"
        or tokens[nxt].lower in ("and", "but", "then")  # "“...,” she said and left."
        or adjunct_only(tokens, nxt, last)
        or object_only(tokens, cue, nxt, last)
        or clause_break(tokens, nxt, last)
    )
    if before is not None and leading_intro(tokens, before) and not ends_clause:
        before = (
            None  # "In a posting on Twitter, he said ...": but "At least 300 came, police said."
        )
    if before is not None and not ends_clause and _quoted_setting(tokens, before):
        before = None  # 'On Fox’s “Sunday Futures,” Issa said C': a setting naming a show
    if before is not None and (
        tokens[before[0]].lower in _INTRO_PARTICIPLES or _moving_opener(tokens, before)
    ):
        before = None  # "Speaking from a convoy ..., X told VOA, ...": never what was said
    setting = None
    if before is not None and setting_only(tokens, before):
        setting = before if cue.cls is CueClass.SPEECH else None
        before = None  # "In a statement, Fallon said:": a setting without a verb says nothing
    sentence_end = nxt > last or (tokens[nxt].text in ".!?" and nxt >= last - 1)
    trailing_cls = cue.cls in (CueClass.BELIEF, CueClass.EVIDENCE)
    s0 = subject[0]
    # '"..., it's over," he concluded.': the comma stands inside the closing quotation mark
    quote_comma = s0 >= 2 and tokens[s0 - 1].text in CLOSERS and tokens[s0 - 2].text in ",!?"
    if trailing_cls and sentence_end and (tokens[s0 - 1].text == "," or quote_comma):
        pass  # "..., some Democrats now think.", "..., the poll found.": the verb looks back
    elif trailing_cls and comma_after and tokens[subject[0] - 1].text == ",":
        pass  # "Such efforts, they believe, will ...": a parenthetical belief splits its clause
    elif cue.cls not in (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE):
        before = None  # "This year, she has sought to ...": belief and stance verbs look ahead
    if before is not None:
        if comma_after and chained is None:
            after = trim(tokens, nxt + 1, last)
            if (
                after is not None
                and tokens[after[0]].text in OPENERS
                and not quoted(tokens, before)
            ):
                # "Asked about the device, O'Neill said, “Not going to go into that.”"
                return _with_chain("subject_cue", tokens, subject, [after], lexicon)
            if (
                after is not None
                and tokens[after[0]].lower.endswith("ing")
                and tokens[before[1]].text in CLOSERS
            ):
                # '“Okay,” I said, attempting to regroup.': the participle is what the speaker
                # did, not a second part of the quotation; but a quotation resuming after it
                # is ('“A,” Biden said, echoing the skepticism of officials, “but B.”').
                resumed = resumes_after_aside(tokens, after[0], last, lexicon)
                pieces = [before] if resumed is None else [before, resumed]
                return _with_chain("content_first", tokens, subject, pieces, lexicon)
            if (
                after is not None
                and tokens[before[1]].text in CLOSERS
                and tokens[after[0]].lower not in REPORT_START
                and not report_opens(tokens, cue, nxt + 1, last)
            ):
                # '“...,” he said, just prior to the announcement that ...': what follows a
                # quotation and its speaker is the setting, not a second part of what was said.
                return _with_chain("content_first", tokens, subject, [before], lexicon)
            if (
                after is not None
                and tokens[after[0]].lower in _BACKDROP
                and has_verb(tokens, before)
            ):
                # "A fire killed 23 workers, police said, as the owner and the union gave
                # different accounts": a whole clause stands before the cue, and "as"/"while"
                # after it opens the reporter's backdrop, not the rest of what was said
                return _with_chain("content_first", tokens, subject, [before], lexicon)
            if after is not None and has_words(tokens, *after, 2):
                return _with_chain("split", tokens, subject, [before, after], lexicon)
        resumed = quote_resumes(tokens, nxt, last)
        if resumed is not None:
            # '“A,” the ministry said in a statement on Telegram, “B.”'
            return _with_chain("split", tokens, subject, [before, resumed], lexicon)
        if ends_clause:
            frame = _with_chain("content_first", tokens, subject, [before], lexicon)
            if frame is not None and chained is not None:
                return Frame(frame.rule, subject, frame.parts, chained, chain_cue)
            return frame
        if (
            tokens[before[1]].text in CLOSERS
            and not report_opens(tokens, cue, nxt, last)
            and not participle_quoting(tokens, before, lexicon)
        ):
            # '“...,” he said at Tuesday's rally, insisting that ...', '“...,” Trump said of
            # Apple': a quotation right before its speaker is the content, the rest a setting.
            frame = _with_chain("content_first", tokens, subject, [before], lexicon)
            found = chain(tokens, nxt, last, lexicon) if nxt < last else None
            if frame is not None and frame.chained is None and found is not None:
                tail = trim(tokens, found[2], last)
                if tail is not None:
                    return Frame(frame.rule, subject, frame.parts, tail, (found[1], found[1]))
            return frame
    elif setting is not None and comma_after:
        after = trim(tokens, nxt + 1, last)
        if after is not None and has_words(tokens, *after, 2) and has_verb(tokens, after):
            # "In some ways, the brothers noted, Trump might ...": the report is parenthetical;
            # the setting and the clause after it are both what was said.
            return _with_chain("split", tokens, subject, [setting, after], lexicon)
    if clause_break(tokens, nxt, last):
        return None  # "officials said Friday, but the prosecutor said ...": nothing said here
    if comma_after:
        if nxt + 1 <= last and tokens[nxt + 1].text in OPENERS:
            return _with_chain("subject_cue", tokens, subject, [(nxt + 1, last)], lexicon)
        aside = trim(tokens, nxt + 1, last)
        if aside is not None and cue.cls is CueClass.SPEECH and _aside_then_clause(tokens, *aside):
            # "Rubio says, win or lose on Tuesday, he's staying in the race": the aside and the
            # clause after it are what was said.
            return _with_chain("aside_clause", tokens, subject, [aside], lexicon)
        if (
            aside is not None
            and cue.lemma == "say"  # ("Cost estimates, he added, were": a noun, no cue)
            and subject[0] == 0  # the sentence opens with its speaker: no clause around it
            and (starts_clause(tokens[aside[0]]) or tokens[aside[0]].lower == "what")
            and has_verb(tokens, aside)
            and not any(t.text == "," for t in tokens[aside[0] : aside[1] + 1])
        ):
            # "President Kiro says, what matters is a deal", "He said, they will stay": speech
            # set down after a comma without quotation marks (transcribed radio copy)
            return _with_chain("comma_clause", tokens, subject, [aside], lexicon)
        return None
    start = content_after(tokens, cue, last, lexicon)
    after = trim(tokens, start, last) if start is not None else None
    if after is not None and _one_name(tokens, cue, after):
        return Frame("subject_cue", subject, (after,))  # "have endorsed Clinton"
    gap = claim_gap(tokens, gap_subject(tokens, subject))
    if gap is not None:
        subject = gap_subject(tokens, subject)
    if gap is not None and after is None:
        # "..., an allegation the military denies": the allegation (clauses.py)
        return Frame("claim_gap", subject, (gap,))
    if gap is not None and after is not None and gap_predicate(tokens, after[0]):
        # "N - a figure Y said was inflated": the figure is the subject of what Y said
        return Frame("claim_gap", subject, (gap, after))
    if after is None or (not has_words(tokens, *after, 2) and not quoted(tokens, after)):
        return None
    if tokens[after[0]].lower in _NOT_CONTENT and setting_only(tokens, after, _NOT_CONTENT):
        return None  # "Lerer reported from Los Angeles", "said without further comment"
    if cue.lemma == "question" and tokens[after[0]].lower in _OBJECT_PRONOUNS:
        return None  # "reporters questioned him about it": a person questioned, nothing said
    return _with_chain("subject_cue", tokens, subject, [after], lexicon)


_MAX_ASIDE = 10  # tokens of an aside between "says," and the clause it qualifies


def _according_aside(tokens: Sequence[Token], nxt: int, last: int) -> int | None:
    """The closing comma of ", according to its count," right after a cue when "that" follows
    it; None otherwise."""
    if nxt + 3 > last or tokens[nxt].text != "," or tokens[nxt + 1].lower != "according":
        return None
    for m in range(nxt + 3, min(last, nxt + 3 + _MAX_ASIDE)):
        if tokens[m].text == ",":
            return m if tokens[m + 1].lower == "that" else None
        if not tokens[m].text[:1].isalnum():
            return None
    return None


def _aside_then_clause(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Words after "X says," that are a short aside closed by a comma, then a clause opened by
    a subject pronoun ("win or lose in the primary, he's staying")."""
    if first > last or not tokens[first].text[:1].isalpha():
        return False
    if tokens[first].lower.endswith("ing") or tokens[first].lower in CHAINING:
        return False  # "said, adding ...": a participle chains or sets the scene
    for k in range(first + 1, min(last, first + _MAX_ASIDE + 1)):
        text = tokens[k].text
        if text in OPENERS or text in CLOSERS or text in ";:.!?":
            return False
        if text == ",":
            return k + 2 < last and starts_clause(tokens[k + 1])
    return False


def _relative_speaker(tokens: Sequence[Token], subject: tuple[int, int]) -> bool:
    """A relative pronoun as the speaker ("..., which blames VOA"): its clause looks ahead; the
    main clause before it is never what it reports."""
    return subject[0] == subject[1] and tokens[subject[0]].lower in ("which", "who")


# Asides that may stand between a cue and its content: "He said, however, that ...".
_ASIDES = word_set("however though also therefore moreover meanwhile nonetheless still too")
_TWO_WORD_ASIDES = frozenset((("for", "example"), ("for", "instance"), ("in", "fact")))

# Participles that open the setting of a statement, not its content; "Describing X as Y,"
# "Citing Z," "Referring to W," frame what the speaker then says (a quoted label inside them
# is the speaker's word for the topic, not the claim).
_INTRO_PARTICIPLES = word_set(
    """speaking asked responding answering writing addressing describing citing referring
    commenting reacting"""
)


def _moving_opener(tokens: Sequence[Token], before: tuple[int, int]) -> bool:
    """'Walking into the office to chants of "Marco!," the senator said C': a participle and a
    place phrase opening the sentence set the scene. A gerund subject has its verb inside
    ("Going to war is a mistake, he said")."""
    first = before[0]
    return (
        first == 0
        and before[1] > first + 1
        and tokens[first].text[:1].isupper()
        and tokens[first].lower.endswith("ing")
        and tokens[first + 1].lower in _PLACE_PREPOSITIONS
        and not has_verb(tokens, before)
    )


# Prepositions of place and motion after an opening participle ("Walking into", "Standing
# outside", "Arriving at").
_PLACE_PREPOSITIONS = word_set(
    "into onto in on at outside inside through across around past toward towards from near"
)


def _inverted_frame(tokens: Sequence[Token], cue: Cue, last: int, lexicon: Lexicon) -> Frame | None:
    if cue.first == 0:
        return None
    if cue.cls not in (CueClass.SPEECH, CueClass.HEDGE) and not (
        cue.cls is CueClass.OBJECT
        and tokens[cue.first - 1].text in CLOSERS
        and tokens[cue.first].text.islower()
    ):
        # "..., told The Huffington Post": an object-taking verb does not invert, except
        # right after a quotation ('"Why now?" asked Sen. Ann Ruiz', '"...," warned Smith');
        # not in a title-case headline ("... ‘a Possibility,’ Urges Diplomacy").
        return None
    if tokens[cue.first].lower.endswith("ing"):
        return None  # ", calling the reports ...": a participle chains, it does not invert
    prev = tokens[cue.first - 1]
    if prev.text != "," and prev.text not in CLOSERS:
        return None
    speaker = np_after(tokens, cue.last + 1)
    if speaker is None:
        return None
    if tokens[speaker[0]].lower in FRAME_PREPOSITIONS:
        # "the results of the elections, announced on Thursday": a participle after a noun;
        # a phrase opened by "on" is no one who speaks
        return None
    if speaker[1] > speaker[0] and tokens[speaker[1]].lower in ("of", "for", "at"):
        speaker = (speaker[0], speaker[1] - 1)  # "said Mujtaba Rahman of the Eurasia Group"
    speaker = role_then_name(tokens, speaker)  # "said a spokesman, Ann Ortiz."
    k = speaker[1] + 1
    if k < last and tokens[k].lower == "and":
        # ("others" is no speaker noun of its own, but after "X and" it is X's company)
        other = (k + 1, k + 1) if tokens[k + 1].lower == "others" else np_after(tokens, k + 1)
        if other is not None and (other[1] + 1 > last or tokens[other[1] + 1].text in ",.;:!?"):
            # "The contrast, said Doyle and others, would be clear": two who speak as one
            speaker, k = (speaker[0], other[1]), other[1] + 1
    if (
        k <= last
        and tokens[k].text not in ",.;:!?—–()"
        and tokens[k].text not in CLOSERS
        and tokens[k].lower not in ADJUNCT_START  # "said a longtime adviser to both Clintons"
        and tokens[k].lower not in ("of", "for")
        and tokens[k].lower not in ("who", "whose")  # "said a data expert who has worked ..."
    ):
        return None  # "..., said the suing states were wrong": the phrase is a clause subject
    # The speaker phrase may carry an apposition or relative clause before the sentence goes on.
    end_before = cue.first - 1 if prev.text == "," else cue.first - 1
    if prev.text == "," and cue.first >= 2 and tokens[cue.first - 2].text in CLOSERS:
        end_before = cue.first - 2
    before = trim(tokens, 0, end_before)
    if before is None:
        return None
    if (
        tokens[cue.first].lower == cue.lemma
        and not has_verb(tokens, before)
        and not quoted(tokens, before)
    ):
        # "Seconds later, protest security guards yelled": a plain form after a verbless
        # opener is a noun modifier ("Not so, said the minister" keeps its claim)
        return None
    parts = [before]
    if k <= last and tokens[k].text == ",":
        # "C1, said X, C2": continue only if what follows is not an apposition of X
        m = k + 1
        if (
            m <= last
            and tokens[m].lower not in words().determiners
            and tokens[m].lower not in ("who", "which")
        ):
            after = trim(tokens, m, last)
            if after is not None and tokens[m].text in OPENERS:
                parts.append(after)  # only a quotation resumes: "..., said X, “C2”"
        if len(parts) == 1 and tokens[before[1]].text in CLOSERS:
            # '“C1,” said X, director of Y in London, “but C2.”': the quotation resumes after
            # the speaker's apposition (PolNeAR keeps both parts as one attribution)
            resumed = resumes_after_aside(tokens, m, last, lexicon) if m <= last else None
            if resumed is not None and not find_cues(tokens[m : resumed[0]], lexicon):
                parts.append(resumed)  # (", who told reporters, “C2”": the aside's own cue)
    frame = _with_chain("inverted", tokens, speaker, parts, lexicon)
    if frame is not None and frame.chained is None:
        found = chain(tokens, k, last, lexicon) if k < last else None
        if found is not None:
            _, kk, start = found
            tail = trim(tokens, start, last)
            if tail is not None:
                return Frame(frame.rule, frame.speaker, frame.parts, tail, (kk, kk))
    return frame


_OBJECT_PRONOUNS = word_set("him her them me us")


# Prepositions that open only a setting after a cue, never what was said.
_NOT_CONTENT = word_set("from without into in at during after before following")


def _after_colon(tokens: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """'He doubted it would last: “It won't make it,” Roffman predicted.': a quotation opened
    after a colon is what the speaker after it said; the narration before the colon is the
    reporter's (or another report), so the content starts at the opening mark (PolNeAR train:
    such contents swallowed the report before them). The look-back stays inside the span."""
    first, last = span
    for k in range(last - 1, first, -1):
        text = tokens[k].text
        if text in OPENERS:
            return (k, last) if tokens[k - 1].text == ":" else span
        if text in CLOSERS:
            return span  # another quotation closes first: the mark's opener is not known
    return span
