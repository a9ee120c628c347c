"""Where the speaker of a cue is: the subject phrase before a reporting verb (a name, a
document, a relative clause's noun, a share of a poll, the sentence's opener).

The document and relative-clause look-backs, with their caches, are in lookback.py.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from attribcmp.attribute.clauses import (
    checked_subject,
    coordinated_subject,
)
from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token
from attribcmp.attribute.frame_base import LEADING, skip_between
from attribcmp.attribute.lookback import (
    CLAUSE_OPENERS,
    RELATIVES,
    document_before,
    document_put_out,
    document_subject,
    is_document,
    named_head,
    relative_subject,
)
from attribcmp.attribute.mentions import COUNT_NOUNS, np_before, words
from attribcmp.attribute.phrases import joint_head, speaker_noun
from attribcmp.attribute.speaker_words import PREPOSITIONS, bare
from attribcmp.data import word_set

# Marks that set off an apposition between a subject and its cue, and how far one may run.
_APPOSITION = frozenset((",", "—", "–", "--"))
_MAX_APPOSITION = 40
# Documents that speak, with their authors in an apposition ("the reports, by X, claim").
_REPORT_HEADS = frozenset({"report", "reports", "statement", "statements", "article", "study"})


# Prepositions before a gerund cue whose subject is the main clause's ("by promising").
_GERUND_LEADS = frozenset({"by", "after", "before", "while", "without"})


# The subjects found for the token list last seen, by cue: a cue is asked for by its frame,
# again by the body note when the frame fails, and as another speaker's cut point by the
# sentence's other cues ("said said said ...": each cue's subject was looked for twice). As in
# frames.py, the list and lexicon are held so their ids cannot be reused, per thread.
_found = threading.local()

# Pronouns that are never a subject: a lone one before the cue ends a modifier of the subject
# ("Those close to him say", "People around them argue").
_OBJECT_ONLY = word_set("him them me us")
_MAX_OWNER = 3  # words before the pronoun in the subject that holds it ("Those close to")


def _object_owner(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The phrase a lone object pronoun closes, from the clause's start: "Those close to him"
    (a preposition before the pronoun, plain words only); None when there is none."""
    if k == 0 or tokens[k - 1].lower not in PREPOSITIONS:
        return None
    start = k - 1
    while start > 0 and tokens[start - 1].text[:1].isalnum() and k - start < _MAX_OWNER:
        start -= 1
    if start > 0 and tokens[start - 1].text != ",":
        return None  # no clause start within reach
    while start < k - 1 and tokens[start].lower in LEADING:
        start += 1
    return None if start >= k - 1 else (start, k)


def subject_of(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker phrase before a cue, over appositions and time phrases; None if none."""
    held = getattr(_found, "held", None)
    if held is None or held[0] is not tokens or held[1] is not lexicon:
        held = (tokens, lexicon, {})
        _found.held = held
    found: dict[tuple[int, int, str, int], tuple[int, int] | None] = held[2]
    # (the class by identity: an enum member hashes in Python, and members are singletons)
    key = (cue.first, cue.last, cue.lemma, id(cue.cls))
    if key in found:
        return found[key]
    subject = found[key] = _subject_of(tokens, cue, lexicon)
    return subject


def _subject_of(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> tuple[int, int] | None:
    k = skip_between(tokens, cue.first - 1, lexicon)
    quoted = _quoted_as(tokens, cue, cue.first - 1)
    if quoted is not None:
        return quoted  # "the agency quoted Minister Ann Ruiz as saying ...": Ann Ruiz speaks
    if (
        cue.first >= 2
        and tokens[cue.first - 1].lower in _GERUND_LEADS
        and tokens[cue.first].lower.endswith("ing")
    ):
        # "The government surprised many outsiders by promising C": the gerund's subject is the
        # sentence's, never the object of the verb before it.
        return checked_subject(sentence_subject(tokens, cue.first), tokens, cue.first, lexicon)
    if k >= 0 and tokens[k].text in _BEFORE_PARTICIPLE and tokens[cue.first].lower.endswith("ing"):
        # ", adding that ...", "— accusing X of ...": a participle's subject is the sentence's,
        # not the nearest phrase.
        return checked_subject(sentence_subject(tokens, cue.first), tokens, cue.first, lexicon)
    if k >= 0 and tokens[k].text == ")":
        # A parenthesis after the name: "Sen. Lindsey Graham (R-S.C.) told ..."
        m = k - 1
        while m >= 0 and k - m <= 8 and tokens[m].text != "(":
            m -= 1
        if m > 0 and tokens[m].text == "(":
            named = _paren_name(tokens, m, k)
            if named is not None:
                return named
            k = m - 1
    if k < 0:
        return None
    if tokens[k].text in _APPOSITION:
        # An apposition or relative clause between subject and cue: "Hugh Hill, a doctor, said",
        # "Johnnie Wilson, of Springfield, Va., said". Try each earlier mark, nearest first.
        mark = tokens[k].text
        if mark == "," and k > 0 and _share_head(tokens[k - 1]) and cue.cls in _SHARE_CLASSES:
            # "Just over half, 51 percent, said": the figure restates the share that answered
            share = _share_subject(tokens, k - 1)
            if share is not None:
                return share
        m = k - 1
        while m > 0 and k - m <= _MAX_APPOSITION:
            if tokens[m].text == "," and tokens[m + 1].text in _CLOSING_QUOTES:
                m -= 1  # 'the author of "Going Viral," said': a title's comma, inside its marks
                continue
            if tokens[m].text == mark or (mark == "," and tokens[m].text in _APPOSITION):
                end = m - 1
                if end > 1 and tokens[end].text == ")":
                    # "U.S. Africa Command (AFRICOM), which ..., asserted": over the acronym
                    opening = next(
                        (j for j in range(end - 1, max(end - 6, 0), -1) if tokens[j].text == "("),
                        None,
                    )
                    end = opening - 1 if opening is not None else end
                found = np_before(tokens, end) or _role_for(tokens, end) or _suffixed(tokens, end)
                if found is not None and found[0] == found[1] and tokens[end].lower in LEADING:
                    found = None  # "However, a former engineer, who ..., said": no speaker
                inner = (m + 1, k - 1)
                if (
                    found is not None
                    and _opens_clause(tokens, found[0])
                    and (
                        named_head(tokens[_head_before_of(tokens, *found)])
                        # "a former engineer, who asked not to be named, said": "who" makes
                        # any noun a person's, role word or not
                        or tokens[m + 1].lower == "who"
                        and tokens[found[0]].lower in ("a", "an", "the")
                        and found[1] > found[0]
                        # "Another delegate on the slate, Jim Poolman, said": the name speaks.
                        or _is_name(tokens, *inner)
                        # "One of the organizers, Ann Roe of the Dockers movement, tells"
                        or _name_of_body(tokens, *inner) is not None
                        # "Democratic candidates, including Hillary Clinton, have proposed".
                        or tokens[m + 1].lower in _EXAMPLES
                        and tokens[found[1]].lower.endswith("s")
                        # "the reports, by several newspapers, claim": whose reports they are
                        or tokens[m + 1].lower in ("by", "from")
                        and tokens[found[1]].lower in _REPORT_HEADS
                    )
                ):
                    if not tokens[found[1]].text[:1].isupper() and _is_name(tokens, *inner):
                        # "Its chief executive, Omar Farouk, said": the whole phrase is the
                        # mention; describe() takes the name from its end.
                        return found[0], inner[1]
                    named_end = _name_of_body(tokens, *inner)
                    if not tokens[found[1]].text[:1].isupper() and named_end is not None:
                        # the body after the name is whom the person is with: sides read it
                        # from the text after the name, as after "Ann Roe of X said"
                        return found[0], named_end
                    return _named_before(tokens, found)
                dashed = _dash_subject(tokens, end) if mark != "," else None
                if dashed is not None:
                    return dashed  # no rule above read the phrase before the dashes
            m -= 1
        return None
    roles = _coordinated_roles(tokens, k) if cue.cls in (CueClass.SPEECH, CueClass.HEDGE) else None
    if roles is not None:
        return roles  # "The front-runner and former secretary of state said": one subject
    found = np_before(tokens, k)
    # "Envoys from A, B and C said": not C alone; else "Representatives of striking workers"
    found = joint_head(tokens, found) if found is not None else _speaker_of_plural(tokens, k)
    if found is None:
        found = _suffixed(tokens, k)  # "Joseph R. Biden Jr. said": the suffix's period
    if (
        found is None
        and tokens[k].lower in ("and", "but")
        or (
            found is None
            and cue.cls is not CueClass.ACCORDING_TO
            and tokens[cue.first].lower.endswith("ing")
        )
    ):
        # Coordinated verbs share the sentence's subject: "Cruz exhorted ... and said he was".
        return coordinated_subject(sentence_subject(tokens, cue.first), tokens, k, lexicon)
    if found is None and cue.cls in (CueClass.BELIEF, CueClass.STANCE):
        share = poll_share(tokens, k)
        if share is not None:
            return share  # "About three-quarters support a ban": a poll's share holds the view
    if found is None and cue.cls in (CueClass.SPEECH, CueClass.HEDGE):
        # ("Almost half said", "Some 56 percent of Cuban-Americans polled said": the share)
        plain = _placed_group(tokens, k) or _plain_subject(tokens, k) or poll_share(tokens, k)
        if plain is not None:
            return _joint(tokens, plain)  # "Doctors, nurses and porters said": all of them
    speech = cue.cls in (CueClass.SPEECH, CueClass.HEDGE)
    if (
        cue.cls is CueClass.EVIDENCE
        and (found is None or not is_document(tokens[found[1]]))
        or speech
        and found is None
    ):
        document = document_subject(tokens, k)
        if document is not None:
            return document  # "A poll of 800 voters conducted last week found", "A court
            # document filed Thursday says"
    if found is None and tokens[k].lower in _LONE_SUBJECTS and _opens_clause(tokens, k):
        return k, k  # "Many fear ...", "Some seek ...", "everyone knows ...": a group speaks
    if found is None:
        doc = document_put_out(tokens, k)
        if doc is not None:
            return doc  # "A statement posted to the ministry's website on May 2 criticizes"
    if found is None and tokens[k].lower in ("that", "which"):
        doc = document_before(tokens, k)
        if doc is not None:
            return doc  # "released a statement later Saturday that confirmed ...": the statement
    if found is None and speech and _that_relative(tokens, k):
        return k, k  # "a group that said ...": "that" stands for the group, as "who" would
    if found is None and cue.cls is not CueClass.ACCORDING_TO:
        return relative_subject(tokens, k)
    if found is not None and found[0] > 0 and tokens[found[0]].lower in words().determiners:
        put_out = document_put_out(tokens, k)
        if put_out is not None and put_out[0] < found[0]:
            # "A study issued this month by the foundation said": the study speaks, not the
            # time phrase a determiner opened inside its participle phrase
            return put_out
    if found is not None:
        headed = _modified_head(tokens, found)
        if headed is not None:
            return headed
        outer = relative_subject(tokens, found[0] - 1) if found[0] > 1 else None
        if outer is not None and tokens[found[0] - 1].lower not in RELATIVES:
            return outer  # "Mayors who have praised the plan warned": not "the plan" warned
        if found[0] == found[1] and tokens[k].lower in _OBJECT_ONLY:
            return _object_owner(tokens, k)  # "Those close to him say": not "him"
        return _joint(tokens, found)
    return found


def _coordinated_roles(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """ "The front-runner and former secretary of state said": a determiner's phrase, "and",
    then a role noun with no determiner of its own (its "of" complement taken along) -- one
    subject of two roles, not the second role alone."""
    role = k
    if k >= 2 and tokens[k - 1].lower == "of" and tokens[k].text.isalpha():
        if not tokens[k].text.islower():
            return None  # "secretary of State Kerry": a name follows, the name rules read it
        role = k - 2
    if not _one_role(tokens[role]) or not speaker_noun(bare(tokens[role].lower)):
        return None
    second = np_before(tokens, role)
    if second is None or second[0] < 3 or tokens[second[0] - 1].lower != "and":
        return None
    if any(not t.text.islower() for t in tokens[second[0] : role + 1]):
        return None  # "rebels from the Free Aceh Movement": a second party, not a role
    if tokens[second[0]].lower in words().determiners:
        return None  # "the senator and the governor": two people, read elsewhere
    first = np_before(tokens, second[0] - 2)
    if first is None or tokens[first[0]].lower not in ("the", "a", "an"):
        return None
    if not _one_role(tokens[first[1]]) or not _opens_clause(tokens, first[0]):
        return None
    return first[0], k


def _one_role(tok: Token) -> bool:
    """A lower-case singular noun: one person's role ("senator", "front-runner")."""
    return tok.text.islower() and (not tok.lower.endswith("s") or tok.lower.endswith("ss"))


# Prepositions a speaker's place or group follows ("insiders across the four states").
_DASH_PREPS = word_set("in at on across around throughout from inside outside within near among")


def _dash_subject(tokens: Sequence[Token], end: int) -> tuple[int, int] | None:
    """The subject before a pair of dashes, whatever the aside holds: "insiders in the next
    two states — Nevada and South Carolina — said". Its head must be a speaker noun (over a
    prepositional phrase: "GOP insiders across the four states"), opening its clause."""
    found = np_before(tokens, end)
    if found is None:
        return None
    head = found[1]
    for j in range(found[0] - 1, max(found[0] - 5, 0), -1):
        if tokens[j].lower in _DASH_PREPS:
            outer = np_before(tokens, j - 1)
            if outer is not None:
                found, head = (outer[0], found[1]), outer[1]
            break
        if not tokens[j].text.isalpha() or not tokens[j].text.islower():
            break
    if not speaker_noun(bare(tokens[head].lower)) or not _opens_clause(tokens, found[0]):
        return None
    return found


def _that_relative(tokens: Sequence[Token], k: int) -> bool:
    """Token k is "that" opening a restrictive relative clause on a noun that can speak
    ("an organisation that said", "the Democrats that say"), not a complementizer or a
    demonstrative ("so that", "That said,")."""
    if k < 1 or tokens[k].lower != "that" or not tokens[k - 1].text[:1].isalpha():
        return False
    prev = tokens[k - 1]
    w = words()
    if prev.lower in w.determiners or prev.lower in PREPOSITIONS:
        return False  # "in that", "all that": the "that" is no relative
    return named_head(prev) or prev.lower in w.groups  # "farmers that say"


_MAX_OF_MODIFIERS = 4  # words before a bare plural ("of striking Zimbabwean civil servants")


def _speaker_of_plural(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """ "Representatives of striking civil servants said", "Leaders of opposition parties
    say": a speaker noun whose "of" complement is a bare plural that no speaker list knows;
    the head before "of" says who speaks, the complement whom they speak for."""
    tok = tokens[k]
    if not tok.text.isalpha() or not tok.text.islower() or not tok.lower.endswith("s"):
        return None
    for j in range(k - 1, max(0, k - 1 - _MAX_OF_MODIFIERS) - 1, -1):
        if tokens[j].lower == "of":
            if j == 0 or not (
                speaker_noun(bare(tokens[j - 1].lower)) or tokens[j - 1].lower in COUNT_NOUNS
            ):
                return None
            head = np_before(tokens, j - 1)
            return (head[0], k) if head is not None else None
        if not tokens[j].text.isalpha() or tokens[j].lower in words().determiners:
            return None  # a mark or a determiner: not one bare plural phrase
    return None


# ("Several said", "Both say", "Another argued": the people the sentence before counted)
_LONE_SUBJECTS = word_set(
    "many some most few others several both another everyone everybody nobody"
)
_PARTITIVE_HEADS = word_set("most many some all none several few each both half one two three")
_PLURAL_OBJECTS = word_set("them us those")
_NOT_PLURAL = ("ss", "us", "is", "ous", "ics")


def _plain_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A subject the speaker lists do not know, for a speech verb only: "most of them said",
    "but security specialists say", "Corporate lobbyists describe" (a lower-case plural noun
    with at most three modifiers, opening its clause)."""
    if k >= 2 and tokens[k].lower in _PLURAL_OBJECTS and tokens[k - 1].lower == "of":
        if tokens[k - 2].lower in _PARTITIVE_HEADS:
            return k - 2, k  # "most of them said": the partitive is the subject
        return None
    head = tokens[k].lower
    number = head[:1].isdigit() or head in _NUMBER_WORDS
    if head in _SHARES or number and k > 0 and tokens[k - 1].lower == "in":
        return _share_subject(tokens, k)  # "42% say", "nearly three in five said"
    if head not in _NUMBER_WORDS and not head.endswith("s") and k >= 2:
        of = next((j for j in range(k - 1, max(0, k - 4), -1) if tokens[j].lower == "of"), None)
        if of is not None and of > 0 and all(t.text.isalpha() for t in tokens[of + 1 : k + 1]):
            outer = _plain_subject(tokens, of - 1)  # "Several supporters of reform said"
            return (outer[0], k) if outer is not None else None
    if (
        not tokens[k].text.isalpha()
        or not tokens[k].text.islower()
        or not head.endswith("s")
        or head.endswith(_NOT_PLURAL)
        or head in words().pronouns
    ):
        return None
    first = k
    while first > 0 and k - first < 3:
        prev = tokens[first - 1]
        if not prev.text.isalpha() and not prev.text[:1].isdigit():
            break
        if prev.lower in CLAUSE_OPENERS or prev.lower in LEADING:
            break
        if not prev.text.islower() and first - 1 > 0 or prev.lower in _NOT_MODIFIERS:
            return None  # "Trump supporters say" is left to the name rules
        first -= 1
    before = tokens[first - 1] if first > 0 else None
    if (
        before is not None
        and before.text not in ',;:—–(“"'
        and before.lower not in (CLAUSE_OPENERS | LEADING)
    ):
        return None  # the phrase does not open a clause: "the plan that voters say ..."
    return first, k


_SHARES = word_set("% percent percentage")
# Verbs a poll's share may be the subject of: what those asked said, believed or backed.
_SHARE_CLASSES = (CueClass.SPEECH, CueClass.HEDGE, CueClass.BELIEF, CueClass.STANCE)
_NUMBER_WORDS = word_set("one two three four five six seven eight nine ten half quarter third")
_SHARE_WORDS = word_set("nearly about almost roughly some only just over more than fewer in")


def _share_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A poll share that says something: "42% say", "nearly three in five said", "Just over
    half, 51 percent, said" (numbers and share words back to the clause's start)."""
    first = k
    while first > 0 and (
        tokens[first - 1].text[:1].isdigit()
        or tokens[first - 1].lower in _NUMBER_WORDS
        or tokens[first - 1].lower in _SHARE_WORDS
        or tokens[first - 1].text == "%"
    ):
        first -= 1
    if not any(t.text[:1].isdigit() or t.lower in _NUMBER_WORDS for t in tokens[first : k + 1]):
        return None
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.text not in ",;:—–(" and before.lower not in CLAUSE_OPENERS:
        return None  # "support rose to 42 percent said": not a subject
    return first, k


# Share nouns of a poll's answer ("a majority of Republicans", "three-quarters"), and the
# participles that say the group was asked ("voters surveyed", "students polled").
_SHARE_NOUNS = word_set("half halves majority minority plurality quarter quarters third thirds")
_ASKED_PARTICIPLES = word_set("polled surveyed questioned interviewed asked sampled")
# The share's "of" may stand this many words before the cue ("19 percent of college
# students polled support"): a group noun phrase, not a clause.
_MAX_SHARE_GROUP = 5


def _share_head(tok: Token) -> bool:
    """A share word: "percent", "%", "half", "majority", "three-quarters", "two-thirds"."""
    low = tok.lower
    if low in _SHARES or low in _SHARE_NOUNS or low.endswith("%") and low[:1].isdigit():
        return True
    pieces = low.split("-")
    return len(pieces) == 2 and pieces[0] in _NUMBER_WORDS and pieces[1] in _SHARE_NOUNS


def poll_share(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A poll's share ending at token k that holds a view: "About three-quarters support",
    "a majority of Republicans oppose", "19 percent of college students polled support".
    Polls report what shares of those asked believe or back; a belief or stance verb with one
    as its subject is a finding, where a bare plural ("voters back") is often narration."""
    if k < 0:
        return None
    if _share_head(tokens[k]):
        return _share_start(tokens, k)
    low = tokens[k].lower
    if k > 1 and tokens[k - 1].lower == "in" and (low[:1].isdigit() or low in _NUMBER_WORDS):
        return _share_subject(tokens, k)  # "about 4 in 10 want ...", "six in 10 support"
    # "<share> of <group> [polled]": the group is a few plain words, no clause in it
    for of in range(k - 1, max(0, k - 1 - _MAX_SHARE_GROUP), -1):
        if tokens[of].lower == "of":
            break
        if not tokens[of].text.isalnum() or tokens[of].lower in _NOT_MODIFIERS:
            return None
    else:
        return None
    if of < 1 or not _share_head(tokens[of - 1]) or tokens[k].lower in _NOT_MODIFIERS:
        return None
    last_word = tokens[k].lower
    if last_word.endswith("ed") and last_word not in _ASKED_PARTICIPLES:
        return None  # "half of those who voted": a clause, not the group asked
    found = _share_start(tokens, of - 1)
    return (found[0], k) if found is not None else None


def _share_start(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The share phrase ending at k back to its clause's start ("About", "a", "more than",
    numbers); None when it does not open a clause ("support rose to 42 percent")."""
    first = k
    while first > 0 and (
        tokens[first - 1].text[:1].isdigit()
        or tokens[first - 1].lower in _NUMBER_WORDS
        or tokens[first - 1].lower in _SHARE_WORDS
        or tokens[first - 1].lower in ("a", "the", "less", "than", "under", "over", "just")
    ):
        first -= 1
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.text not in ",;:—–(" and before.lower not in CLAUSE_OPENERS:
        return None
    return first, k


# Words that never modify a subject noun: verbs and function words end the scan.
_NOT_MODIFIERS = word_set(
    """is was are were be been has have had will would can could should may might must do does
    did not to of in on at for with by from about than the a an this that these those its his
    her their our my your"""
)
# Verbs that pass on someone else's words: "quoted X as saying", "cited X as saying".
_QUOTING = word_set("quoted quoting quotes quote cited citing cites cite")


def _quoted_as(tokens: Sequence[Token], cue: Cue, k: int) -> tuple[int, int] | None:
    """The person quoted in "Reports quoted Defense Minister Ann Ruiz as saying C"."""
    if k < 2 or tokens[k].lower != "as" or not tokens[cue.first].lower.endswith("ing"):
        return None
    found = np_before(tokens, k - 1)
    if found is None:
        return None
    # The phrase runs back to the quoting verb ("quoted U.S. envoy Ann Ruiz as saying").
    # Only a named person: "quoted army officials as saying" leaves the outlet the speaker
    # (its word, e.g. "Indian media", is all that places the officials).
    if not tokens[k - 1].text[:1].isupper():
        return None
    for j in range(k - 2, max(found[0], k - 16) - 1, -1):
        if tokens[j].lower in _QUOTING:
            if j + 1 > k - 1 or tokens[j + 1].lower in ("a", "an", "the", "one", "some"):
                return None
            return j + 1, k - 1
    return None


# Prepositions after a role noun that name what the role speaks for ("a spokesman for X").
_ROLE_OF = word_set("for of")
_MAX_PORTFOLIO = 4  # words of a portfolio after "for" ("for foreign and economic affairs")


def _role_for(tokens: Sequence[Token], end: int) -> tuple[int, int] | None:
    """ "The party's secretary for information": a role with its portfolio after "for", which
    the noun-phrase scan stops at (the portfolio has no determiner of its own); the phrase
    from the role's opener to the portfolio's last word, or None."""
    for j in range(end - 1, max(end - 1 - _MAX_PORTFOLIO, 0), -1):
        if not tokens[j + 1].text.isalpha():
            return None
        if tokens[j].lower == "for":
            role = np_before(tokens, j - 1)
            if role is not None and tokens[role[1]].lower in words().roles:
                return role[0], end
            return None
    return None


_EXAMPLES = word_set("including like especially notably among")
_CLOSING_QUOTES = frozenset('"”’')
# Marks after which an -ing cue is a participle of the sentence's subject.
_BEFORE_PARTICIPLE = frozenset((",", "—", "–"))
_SUFFIXES = word_set("jr sr")


def _suffixed(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A name whose "Jr." / "Sr." period is token k ("Joseph R. Biden Jr."): the period
    stops np_before, so the name is read from the word before it."""
    if tokens[k].text != "." or k < 2 or tokens[k - 1].lower not in _SUFFIXES:
        return None
    named = np_before(tokens, k - 1)
    return (named[0], k) if named is not None else None


def _head_before_of(tokens: Sequence[Token], first: int, last: int) -> int:
    """The head of 'a spokesman for the insurgency': the noun before the first "for"/"of"."""
    for k in range(first + 1, last):
        if tokens[k].lower in _ROLE_OF:
            return k - 1
    return last - 1 if last > first and tokens[last].text == "." else last  # "Jr.": the name


def _joint(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int]:
    """'current and former officials': one lower-case word joined by "and"/"or" at the start
    of a clause belongs to the same subject (two names are left to speakers.py)."""
    a = found[0]
    if a < 2 or tokens[a - 1].lower not in ("and", "or") or not tokens[a - 2].text.islower():
        return found
    if a >= 3 and tokens[a - 3].text not in ',;:—–(“"' and tokens[a - 3].lower not in LEADING:
        return found
    return _listed(tokens, a - 2), found[1]


def _listed(tokens: Sequence[Token], first: int) -> int:
    """The start of a list of plural nouns whose last two items open at ``first``: "Workers,
    nurses and teachers said" is all three speaking, not "nurses and teachers". Each earlier
    item is one plural noun after a comma, and the first one opens its clause ("In recent
    days, nurses and teachers said" stays two)."""
    start = first
    j = first - 1
    while j >= 1 and tokens[j].text == "," and _group_head(tokens, j - 1):
        j -= 2
        if _opens_clause(tokens, j + 1) and (j < 0 or tokens[j].text != ","):
            start = j + 1
        if j < 0 or tokens[j].text != ",":
            break
    return start


# Words that tie a post-modifier (place, membership, whom they speak for) to a subject's head.
_MODIFIER_LINKS = word_set("in at on from across of representing including among especially")
_MAX_MODIFIED = 24  # tokens from a subject's head to the end of its post-modifier
# Links of a place: "officials in affected areas", "residents across the region".
_PLACE_LINKS = word_set("in at across")


def _modified_head(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int] | None:
    """The head a coordinated post-modifier hangs on: "Unions representing teachers, nurses and
    clerks said", "officials in the capital and at the border said", "groups including A, B
    and C say": the nearest phrase is the last item of a list, not the speaker. Only when the
    found phrase is joined to what precedes by "and"/"or" or a linking word, and the head
    opens its clause."""
    a = found[0]
    before = tokens[a - 1].lower if a > 0 else ""
    if a < 2 or not (before in ("and", "or") or before in _MODIFIER_LINKS):
        return None
    coordinated = False
    j = a - 1
    while j > 0 and found[1] - j <= _MAX_MODIFIED:
        tok = tokens[j]
        if tok.lower in ("and", "or"):
            coordinated = True
        elif tok.lower in _MODIFIER_LINKS:
            head = np_before(tokens, j - 1)
            if (
                coordinated
                and head is not None
                and _opens_clause(tokens, head[0])
                and _group_head(tokens, head[1])
                and not any(t.lower in _MODIFIER_LINKS for t in tokens[head[0] : head[1] + 1])
            ):
                # the examples a list gives are no part of the speaker's name
                return head if tok.lower in _EXAMPLES else (head[0], found[1])
        elif tok.text == "," and not coordinated:
            return None  # a comma before any "and": a clause or an apposition, not a list
        elif tok.text != "," and not tok.text.replace("-", "").replace("'", "").isalnum():
            return None  # a quotation mark, a dash or a parenthesis: past the subject
        j -= 1
    return None


def _placed_group(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """ "health officials in affected countries say": a group, then a short lower-case place
    after "in"/"at"/"across" ending at k; the group and its place speak together."""
    link = next((j for j in range(k - 1, max(0, k - 4), -1) if tokens[j].lower in _PLACE_LINKS), 0)
    if link < 1 or not all(t.text.isalpha() and t.text.islower() for t in tokens[link : k + 1]):
        return None
    head = np_before(tokens, link - 1)
    if head is None or not _opens_clause(tokens, head[0]) or not _group_head(tokens, head[1]):
        return None
    return head[0], k


def _group_head(tokens: Sequence[Token], k: int) -> bool:
    """A plural common noun ("officials", "Unions" opening the sentence): the groups that a
    place or a membership qualifies; names and singular nouns are left to the other rules."""
    text = tokens[k].text
    return (
        text.isalpha()
        and text[1:].islower()
        and (text.islower() or k == 0 or not tokens[k - 1].text.isalpha())
        and text.lower().endswith("s")
        and not text.lower().endswith(_NOT_PLURAL)
        and text.lower() not in words().pronouns
    )


def _paren_name(tokens: Sequence[Token], opening: int, closing: int) -> tuple[int, int] | None:
    """ "A senior U.S. diplomat (Jendayi Frazer) said": a role phrase, then a name of two or more
    words in parentheses: the whole phrase is the mention and describe() names the person from
    it ("Graham (R-S.C.)" holds no name: the phrase before it speaks, as before)."""
    role_of = _role_of_before(tokens, opening - 1)
    found = np_before(tokens, opening - 1) if role_of is None else (role_of[0], opening - 1)
    if found is None or closing - opening < 3 or not _is_name(tokens, opening + 1, closing - 1):
        return None
    if (
        tokens[found[1]].text[:1].isupper()
        and role_of is None
        or not _opens_clause(tokens, found[0])
    ):
        return None  # "Sen. Lindsey Graham (R-S.C.)": the phrase before already names
    w = words()
    head = tokens[found[1] if role_of is None else role_of[1]].lower
    if head not in w.roles and head not in w.anonymous:
        return None  # "the largest teachers union (SADTU)": a body's name, not a person's
    return found[0], closing


def _role_of_before(tokens: Sequence[Token], end: int) -> tuple[int, int] | None:
    """ "the assistant secretary of state for African affairs (Jendayi Frazer)": a role, then
    "of"/"for" and what it is of, ending at ``end``: (where the role's phrase starts, the
    role's token). Looks back a few words only."""
    roles = words().roles
    for k in range(end - 1, max(end - 7, 0), -1):
        tok = tokens[k]
        if not tok.text[:1].isalpha() and tok.text not in ("'", "’", "'s", "’s"):
            return None  # a comma or a bracket: the phrase before is no part of it
        if tok.lower in ("of", "for") and tokens[k - 1].lower in roles:
            found = np_before(tokens, k - 1)
            return (found[0], k - 1) if found is not None else None
    return None


def _named_before(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int]:
    """'Ann Roe, acting director of X, which ..., said': the appositive found before the
    relative clause describes the name that opens the sentence; the mention is both (the name
    is who speaks, and "acting director" alone names no one)."""
    comma = found[0] - 1
    if comma < 1 or tokens[comma].text != "," or tokens[found[0]].text[:1].isupper():
        return found
    start = 1 if tokens[0].lower in LEADING else 0  # "But Ann Roe, ...": past the conjunction
    if comma - start > 6 or not _is_name(tokens, start, comma - 1):
        return found
    if tokens[start].lower in PREPOSITIONS or tokens[start].lower in words().sentence_openers:
        return found  # "In Washington, the director, who ..., said": a place, no name

    return start, found[1]


def _name_of_body(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Where the name ends in "Ann Roe of the Dockers movement" (a name of two words or more,
    then "of"/"from"/"with" and a short phrase with a capital), or None."""
    k = first
    while k <= last and (tokens[k].text[:1].isupper() or tokens[k].text == "."):
        k += 1
    if k - first < 2 or k > last - 1 or tokens[k].lower not in ("of", "from", "with"):
        return None
    rest = tokens[k + 1 : last + 1]
    if len(rest) > 6 or not any(t.text[:1].isupper() for t in rest):
        return None
    return k - 1 if _is_name(tokens, first, k - 1) else None


def _is_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A short run of capitalised words (initials and their periods allowed)."""
    run = tokens[first : last + 1]
    # Six words at most, not counting abbreviation periods: "U.S. Navy Lt. Cmdr. Ann Roe" is one
    # name with its service and rank, however many periods its titles carry.
    return 0 < sum(t.text != "." for t in run) <= 6 and all(
        t.text[:1].isupper() or t.text == "." for t in run
    )


_SUBORDINATORS = word_set("while as because although though when after before since if whereas")


def _opens_clause(tokens: Sequence[Token], first: int) -> bool:
    before = tokens[first - 1].text if first else ""
    if (
        first >= 2
        and tokens[first - 1].lower in _AFTER_SUBJECT
        and tokens[first - 2].text[:1].isalnum()
        and tokens[first - 2].lower not in LEADING
    ):
        return False  # "Cruz also lacks support ...": the adverb follows a subject, no clause opens
    return (
        first == 0
        or before in ",“\"—:;(”’'"
        or tokens[first - 1].lower in LEADING
        or tokens[first - 1].lower in _SUBORDINATORS  # "..., while Mike Huckabee, ..., said"
    )


# Adverbs of LEADING that also stand right after a subject ("Cruz also lacks", "he still says").
_AFTER_SUBJECT = word_set("also still even then now")
_INTRO_PREPOSITIONS = word_set("on in at during after before while since despite amid for")
# Openers of a clause or adverbial before the subject ("When X spoke, Y ...", "Early on, Y
# ...", "Together, X and Y ..."): the subject follows their comma; with no comma, as before.
_INTRO_OPENERS = word_set(
    "when as if although though because once unless until to early back outside together well"
)


def sentence_subject(tokens: Sequence[Token], before: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence (after a leading conjunction), if it names someone.

    Only names, determiners and speaker nouns are taken, so the scan stops at the first verb.
    """
    w = words()
    i = 0
    if tokens and tokens[0].lower in _INTRO_PREPOSITIONS:
        # "On Thursday, Trump spoke ...": skip an introductory phrase up to its comma.
        comma = next((k for k in range(1, min(before, 14)) if tokens[k].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    elif tokens and tokens[0].lower in _INTRO_OPENERS:
        comma = next((k for k in range(1, min(before, 14)) if tokens[k].text == ","), None)
        i = 0 if comma is None else comma + 1
    while i < before and (tokens[i].lower in LEADING or tokens[i].text == ","):
        i += 1
    last = None
    k = i
    while k < before:
        tok = tokens[k]
        low = tok.lower
        if (
            tok.text[:1].isupper()
            or low in w.determiners
            or (low in w.pronouns and k == i)
            or low in w.roles
            or low in w.anonymous
            or low in w.organisations
            or low in w.documents
            or tok.text == "."
            and k > i
            and len(tokens[k - 1].text) <= 4
            # "The Jihad and Tawheed Brigades said ... and blamed": one name holds the "and"
            or low == "and"
            and k > i
            and k + 1 < before
            and tokens[k - 1].text[:1].isupper()
            and tokens[k + 1].text[:1].isupper()
            # "Secretary of State Antony Blinken postponed ..., calling": a title's "of"
            or low == "of"
            and k > i
            and k + 1 < before
            and tokens[k - 1].lower in w.roles
            and tokens[k + 1].text[:1].isupper()
        ):
            last = k
        else:
            break
        if low in w.pronouns and low not in w.determiners:
            break  # ("Her campaign announced ... and said": "her" opening a subject owns it)
        k += 1
    if last is None or tokens[last].lower in w.determiners or not named_head(tokens[last]):
        return None
    if last == i and tokens[i].text[:1].isupper() and tokens[i].lower.endswith(("ed", "ing")):
        return None  # "Chastened, ...": a participle opening the sentence, not a name
    return i, last
