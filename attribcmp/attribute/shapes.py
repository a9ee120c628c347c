"""Shapes of news language that decide who speaks and what a claim is.

Each function reads one shape around a cue and says what it means for the claim: a noun that
looks like a cue ("the Taliban claim came"), a document and its issuer ("a statement posted to
the ministry's website"), the antecedent of "which"/"who", a correspondent's "As X reports", a
readout's own voice ("It was agreed"), a report answered inside another claim ("challenging
news reports claiming C"), an outlet passing on someone's words ("CNN reported that X said").
attribute/__init__.py calls them; speakers.py resolves the phrases they find.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from attribcmp.attribute.cues import Cue, CueClass, Token, default_lexicon, initials
from attribcmp.attribute.frame_base import Frame
from attribcmp.attribute.mentions import (
    ISSUED,
    PREPOSITIONS,
    bare,
    cap,
    np_after,
    np_before,
    outlet_owner,
    particle,
    words,
)
from attribcmp.data import word_set
from attribcmp.model import TextSpan


@cache
def _rank_words() -> frozenset[str]:
    return words().titles | words().roles


@cache
def _role_heads() -> frozenset[str]:
    """Roles and anonymous sources' words, joined once, not on every phrase looked at."""
    return words().roles | words().anonymous


# The press in general: "press reports", "media reports" name reports, not a verb's subject.
_MEDIA = word_set("press media news newspaper television radio wire")
# Finite verbs that follow a noun subject: a cue word in its plain form before one is a noun.
_FINITE = word_set(
    "is was were has had came comes remains remained appeared seemed resumed began broke fell went"
)


# The token list last read and its answer: every framed cue of a sentence asks about the same
# list (one walk per sentence, not one per cue). The list is held, so its id is never reused
# while it stands; one tuple swapped whole, so threads (`serve`) never see a torn pair.
_title_seen: tuple[Sequence[Token], bool] | None = None


def _title_case(tokens: Sequence[Token]) -> bool:
    """A headline in title case: three in four words capitalised."""
    global _title_seen
    seen = _title_seen
    if seen is not None and seen[0] is tokens:
        return seen[1]
    alpha = "".join(filter(str.isalpha, initials(tokens)))  # the words' first letters
    title = len(alpha) >= 4 and 4 * sum(map(str.isupper, alpha)) >= 3 * len(alpha)
    _title_seen = (tokens, title)
    return title


def noun_compound(
    tokens: Sequence[Token], speaker: tuple[int, int], cue_first: int, lemma: str
) -> bool:
    """ "The territorial dispute", "An intelligence report": a cue word in its plain form right
    after a singular common noun phrase is the head of that phrase, not its verb (the verb
    would agree: "the ministry reports", "the official disputes"). Also a participle after a
    noun ("the toll reported by", "a report published Monday") and a plain form before a
    finite verb ("the group's claim came")."""
    first, last = speaker
    form = tokens[cue_first].lower
    after = tokens[cue_first + 1].lower if cue_first + 1 < len(tokens) else ""
    if cue_first == last + 1 and form.endswith("ed") and after == "by":
        return True  # "the figures reported by the group": a passive participle, agent after
    w = words()
    if (
        cue_first == last + 1
        and form.endswith("ed")
        and bare(tokens[last].lower) in w.documents
        and (after in w.weekdays or after in ("on", "to", "last", "earlier", "yesterday"))
    ):
        return True  # "a report published Monday": the participle describes the document
    head = tokens[last]
    if (
        last > first
        and cap(head)
        and head.lower.endswith("s")
        and head.lower in default_lexicon().words
        and _title_case(tokens)
    ):
        return True  # "US Denies Reports That ...": in a title-case headline, the verb
    if cue_first == last + 1 and form.endswith("s") and bare(tokens[last].lower) in _MEDIA:
        return True  # "Press reports on Thursday quoted ...": the reports are a noun
    if form == lemma and after in _FINITE and not cap(tokens[cue_first]):
        # "The Taliban claim came as ...": the verb comes after the noun; but not in a relative
        # clause whose gap is the verb's subject ("a case that critics say was rigged")
        return form not in default_lexicon().words or not _relative_gap_subject(tokens, first)
    if cue_first != last + 1 or form != lemma or first == last:
        return False
    head = tokens[last]
    if cap(head) or head.lower in w.pronouns or _plural(head.lower):
        return False
    if tokens[last - 1].lower in ("a", "an"):
        return True  # "... in a pricing dispute on January 1": the article opens the noun's phrase
    return tokens[first].lower in ("a", "an", "the", "this", "that", "its", "his", "her")


# Words that open a relative clause before its subject ("a case that critics say was ...").
_RELATIVES = word_set("that which")


def _relative_gap_subject(tokens: Sequence[Token], first: int) -> bool:
    """The speaker phrase opens a relative clause after a noun that reports nothing ("a legal
    battle that critics say is ..."); after a report noun "that" opens the report's content
    ("the report that the Taliban claim was ...": "claim" is a noun there)."""
    k = first - 2
    if k >= 1 and tokens[k].text == ",":
        k -= 1  # "the vote, which observers say was rigged"
    return (
        k >= 0
        and tokens[first - 1].lower in _RELATIVES
        and tokens[k].text[:1].isalpha()
        and tokens[k].lower not in default_lexicon().words
    )


# Words ending in "-men" that are no plural of people ("a regimen", "the specimen").
_NOT_MEN = word_set("omen amen specimen regimen abdomen stamen semen acumen bitumen albumen lumen")


def _plural(low: str) -> bool:
    """A plural head: "-s", or a plural of people without it ("women", "gunmen", "people")."""
    return (
        low.endswith("s")
        or (low.endswith("men") and low not in _NOT_MEN)
        or low in words().plural_heads
    )


# Words that open a clause inside a content: after one, a verb belongs to that clause.
_CLAUSE_OPENS = word_set("that who which whom whose what how why when where whether if")
# Prepositions of topic that close a learned two-word cue ("talks about", "thoughts on").
_ABOUT = word_set("about on over")


def plural_noun_subject(tokens: Sequence[Token], cue: Cue, content: tuple[int, int]) -> bool:
    """ "Peace talks about the border resumed on Monday": an -s cue word with a preposition
    ("talks about") whose object runs straight into a finite verb is a plural noun heading the
    sentence's subject; the verb is the sentence's. A verb's object takes no second verb of
    its own ("Trump talks about the border" ends there; "talks about how he won" opens a
    clause first)."""
    if cue.last == cue.first or not tokens[cue.first].lower.endswith("s"):
        return False
    if tokens[cue.last].lower not in PREPOSITIONS | _ABOUT:
        return False
    first, last = content
    w = words()
    for k in range(first, min(last, first + 5) + 1):
        tok = tokens[k]
        low = tok.lower
        if not tok.text.isalpha() or low in _CLAUSE_OPENS or low in w.pronouns:
            return False  # punctuation, a clause or a subject pronoun: the object has ended
        if k > first and (low in _FINITE or low.endswith("ed") and tok.text.islower()):
            return True
    return False


# Determiners of a thing being named: "a firm called Cambridge Analytica", "one PAC called".
_INDEFINITE = word_set("a an another one")


def naming_participle(tokens: Sequence[Token], speaker: tuple[int, int], cue: Cue) -> bool:
    """ "a firm called Cambridge Analytica", "a play called “Los Hijos de Trump”": "called"
    right after an indefinite noun phrase that names no person, before a name or a title, gives
    the thing its name ("named"); nobody calls anything. "A spokesman called Trump a liar"
    stays: a person's role heads that subject."""
    first, last = speaker
    if tokens[cue.first].lower != "called" or cue.first != last + 1 or cue.last != cue.first:
        return False
    if tokens[first].lower not in _INDEFINITE or cue.last + 1 >= len(tokens):
        return False
    nxt = tokens[cue.last + 1]
    if not (nxt.text[:1].isupper() or nxt.text in "“\"‘'"):
        return False
    w = words()
    head = bare(tokens[last].lower)
    return head not in w.roles and head not in w.anonymous and head not in _rank_words()


# Works a writer produces: "wrote a commentary for the Clarion-Ledger" names the work, and what
# it says is not given (documents from speaker_words plus works of authorship).
_WORKS = word_set(
    """introduction foreword preface dissertation thesis commentary profile novel play song
    screenplay law bill constitution legislation history biography check"""
)
_WORK_DETERMINERS = word_set("a an the his her their its this that my our")
# After a work, these carry what it says ("wrote a letter saying C", "a book arguing that").
_WORK_SAYS = word_set("that saying arguing stating calling urging warning asking claiming")


def work_written(tokens: Sequence[Token], cue: Cue, content: tuple[int, int]) -> bool:
    """ "She wrote a children's book", "Baker wrote the letter Feb. 2 to the adviser": the
    object of "wrote" is the work itself and nothing it says follows; no claim."""
    if cue.lemma != "write":
        return False
    first, last = content
    if tokens[cue.last].lower in _WORK_DETERMINERS:
        first = cue.last  # the learned pair "wrote a" holds the determiner
    if tokens[first].lower not in _WORK_DETERMINERS:
        return False
    documents = words().documents
    noun = next(
        (
            k
            for k in range(first + 1, min(last, first + 4) + 1)
            if tokens[k].lower in documents or tokens[k].lower in _WORKS
        ),
        None,
    )
    if noun is None:
        return False
    return not any(t.lower in _WORK_SAYS or t.text in '“":' for t in tokens[noun + 1 : last + 1])


def issuer_before(text: str, tokens: Sequence[Token], first: int) -> TextSpan | None:
    """ "The US military released a statement saying ...": the subject of the verb that issued
    a document, when the document phrase starts at token ``first``."""
    k = first - 1
    if k > 1 and tokens[k].lower == "out" and tokens[k - 1].lower in ISSUED:
        k -= 1  # "sent out a press release", "put out a statement"
    if k < 1 or tokens[k].lower not in ISSUED:
        return None
    found = np_before(tokens, k - 1)
    if found is None:
        return None
    a, b = found
    return TextSpan(text[tokens[a].start : tokens[b].end], tokens[a].start, tokens[b].end)


def nearest_noun(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int]:
    """The antecedent of "which": the noun phrase after the last preposition of the phrase
    before the comma ("the figures reported by the rights group Amnesty, which said ..." ->
    "the rights group Amnesty"); "who" keeps the whole phrase (a person heads it)."""
    first, last = found
    for k in range(last - 1, first, -1):
        if tokens[k].lower in PREPOSITIONS and tokens[k].lower not in ("of", "for"):
            return k + 1, last
    return found


_VERB_ENDS = ("ing", "ed")  # a verb's form before the name it takes as its object


# Words back from "by" to the participle whose agent it names ("filed before the vote by").
_AGENT_REACH = 5


def _participle(tok: Token) -> bool:
    """A passive participle ("filed", "lodged"): "by" after it names the agent; a noun's "by"
    ("resignations by local officials") names no agent of a passive."""
    return tok.text.islower() and tok.lower.endswith("ed")


def nearest_person(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int]:
    """The antecedent of "who": after "Kerry met with Saudi Foreign Minister Prince Saud,"
    the titled name after the last preposition, not the whole run back to "Kerry"; "a
    spokesman for the ministry, who" keeps the spokesman."""
    first, last = found
    run = last
    while run > first and (cap(tokens[run - 1]) or tokens[run - 1].text == "."):
        run -= 1
    verb = tokens[run - 1] if run > first else None
    if verb is not None and run < last and verb.text.islower() and verb.lower.endswith(_VERB_ENDS):
        return run, last  # "Trump was beating Ted Cruz, who said": the name, not "beating ..."
    for k in range(last - 1, first, -1):
        if tokens[k].lower == "by" and any(map(_participle, tokens[max(0, k - _AGENT_REACH) : k])):
            return k + 1, last  # "a complaint filed by four candidates, who": the agent
        if tokens[k].lower in PREPOSITIONS and tokens[k].lower not in ("of", "for"):
            rest = tokens[k + 1 : last + 1]
            if len(rest) >= 2 and all(cap(t) or t.text == "." for t in rest):
                return k + 1, last
            return found
    return found


def issuer_after(text: str, tokens: Sequence[Token], last: int) -> TextSpan | None:
    """ "A statement was issued on the MSF website ...", "A letter was released by the union":
    the issuer named after the document's passive verb, when the document phrase ends at
    token ``last``."""
    k = last + 1
    while k < len(tokens) and tokens[k].lower in ("was", "were", "has", "had", "been"):
        k += 1
    if k == last + 1 or k + 1 >= len(tokens) or tokens[k].lower not in ISSUED:
        return None
    if tokens[k + 1].lower not in ("on", "by", "from"):
        return None
    found = np_after(tokens, k + 2)
    if found is None:
        return None
    a, b = found
    if tokens[k + 1].lower == "by" and not any(
        bare(tokens[i].lower) in _OUTLETS for i in range(a, b + 1)
    ):
        return TextSpan(text[tokens[a].start : tokens[b].end], tokens[a].start, tokens[b].end)
    return outlet_owner(text, tokens, a, b)  # ("issued on Monday": a time, not an issuer)


def role_then_name(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int]:
    """ "..., said an interior ministry spokesman, Nasrat Rahimi.": a role phrase after the cue,
    then a comma and a name closing the sentence: the mention takes the name (describe()
    names the person from it)."""
    first, last = found
    head = bare(tokens[last].lower)
    k = last + 1
    if cap(tokens[last]) or head not in _role_heads() or k >= len(tokens):
        return found
    if tokens[k].text != ",":
        return found
    end = k + 1
    while end < len(tokens) and (cap(tokens[end]) or particle(tokens, end)):
        end += 1
    if end - (k + 1) < 2 or (end < len(tokens) and tokens[end].text not in ".!?"):
        return found
    return first, end - 1


# The verb forms of an impersonal passive: "It was agreed that ...", "It has been noted ...".
_IMPERSONAL_AUX = frozenset({"was", "is", "has", "had", "have", "been", "were"})


# Both parties of a call or meeting named together: "the leaders", "the two ministers".
_PARTIES = frozenset(
    {"leaders", "presidents", "ministers", "sides", "parties", "delegations", "men", "heads"}
)


def issuer_voice(tokens: Sequence[Token], speaker: tuple[int, int]) -> bool:
    """A subject that names no one apart from an account's issuer.

    "It was agreed that ..." (an impersonal passive) and "President A and President B agreed
    ..." (both parties of the call as one subject) are how a readout states the outcome in its
    own voice; in ``compare`` such a claim is the issuer's version, like "Both sides agreed".
    """
    first, last = speaker
    if (
        tokens[first].lower in ("the", "both")
        and tokens[last].lower in _PARTIES
        and last - first <= 2
    ):
        return True  # "The leaders discussed ...": both parties of the call, in one voice
    if first == last and tokens[first].lower == "it":
        k = last + 1
        return k < len(tokens) and tokens[k].lower in _IMPERSONAL_AUX
    ranks = _rank_words()
    for m in range(first + 1, last):
        # "President A and President B" read as one phrase: a rank opens the second part.
        if tokens[m].lower == "and":
            nxt = m + 2 if tokens[m + 1].lower == "the" and m + 2 <= last else m + 1
            if tokens[nxt].lower in ranks and tokens[m - 1].text[:1].isupper():
                return True
    k = first - 1
    if k < 1 or tokens[k].lower != "and":
        return False
    found = np_before(tokens, k - 1)
    if found is None:
        return False
    a, b = found
    # "A and B" both persons or roles: capitalised or role words, not "Syria and Iran said".
    before = tokens[b]
    return before.text[:1].isupper() and (
        any(tokens[i].lower in ranks for i in range(a, b + 1))
        or any(tokens[i].lower in ranks for i in range(first, last + 1))
    )


def reporter_aside(
    tokens: Sequence[Token], speaker: tuple[int, int], cue: Cue, cues: Sequence[Cue]
) -> bool:
    """ "As Ann Roe reports from Lima, the unions say ...": a correspondent's "as"-clause frames
    the main clause, whose own cue and speaker carry the claim; the clause makes none."""
    first = speaker[0]
    if first == 0 or tokens[first - 1].lower != "as" or cue.lemma not in ("report", "write"):
        return False  # ("As one adviser said, ..." is the adviser's own claim)
    for other in cues:
        if other.first > cue.last and any(
            tokens[k].text == "," for k in range(cue.last + 1, other.first)
        ):
            return True
    return False


# Verbs whose plain object is what they answer or put out, not what they say: "answered a
# report", "published its report" (a "that" clause or a quotation after them is still content).
_ANSWER = frozenset({"answer", "respond", "reply", "react"})
_PUT_OUT = frozenset({"publish", "release", "issue", "post"})
_OPENS_NP = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "these"})


def object_not_content(tokens: Sequence[Token], cue: Cue) -> bool:
    """ "The government answered a report by the AP that said ...", "after the AP published its
    report, the government said ...": the object is no claim; the report's own cue (or the main
    clause's) carries one."""
    k = cue.last + 1
    if k >= len(tokens):
        return False
    nxt = tokens[k].lower
    if cue.lemma in _ANSWER:
        return nxt in _OPENS_NP or nxt == "to"
    if cue.lemma in _PUT_OUT and nxt in _OPENS_NP:
        documents = words().documents
        return any(bare(t.lower) in documents for t in tokens[k + 1 : k + 4])
    return False


_WROTE = frozenset({"wrote", "said", "says", "claimed", "reported", "alleged", "found"})
# Reports that carry a claim of their own when another speaker answers them.
# "denied allegations by The Times that C": a charge is its maker's claim, as a report is
# its issuer's (only with the maker named: "denied allegations that C" is the denier's)
_CHARGES = frozenset(
    {"allegation", "allegations", "accusation", "accusations", "charge", "charges"}
)
_REPORTS = (
    frozenset(
        {"report", "reports", "statement", "statements", "article", "story", "stories", "study"}
    )
    | _CHARGES
)
# What follows a report named as the object of another claim and opens the report's own claim:
# "news reports claiming C", "a report by X that details C", "reports that C".
_REPORT_LINKS = frozenset({"claiming", "saying", "alleging", "stating", "asserting", "that"})


def nested_report(
    tokens: Sequence[Token], part: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """A report inside another claim's content, with a claim of its own: "Officials are
    challenging news reports claiming C", "dismissed a report by X that details C", "confirmed
    a news report citing officials as saying C". Returns (speaker range, content range): the
    report (or its issuer, or the people it cites) and C."""
    first, last = part
    if first <= last and tokens[first].lower == "that":
        first += 1
    head = next(
        (
            h
            for h in range(first, min(last, first + 5) + 1)
            if tokens[h].lower in _REPORTS or tokens[h].lower in _CLAIM_WORDS
        ),
        None,
    )
    if head is None or any(
        not tokens[k].text[:1].isalnum() or tokens[k].lower.endswith("ed")
        for k in range(first, head)
    ):
        return None  # ("troops retaliated and destroyed posts": no report)
    k = head + 1
    speaker_end = head
    if k <= last and tokens[k].lower in ("by", "from"):
        found = _name_run(tokens, k + 1, last)
        if found is None:
            return None
        if tokens[head].lower in _CHARGES:
            first = k + 1  # the maker of the charge speaks, not "allegations"
        speaker_end = k = found
        k += 1
    elif tokens[head].lower in _CLAIM_WORDS and (
        head == first or _claimant(tokens, first, head) is None
    ):
        return None  # "denied allegations that C" is the denier's (no maker named)
    if k + 1 > last:
        return None
    if (
        tokens[k].text == ","
        and k + 3 <= last
        and tokens[k + 1].lower in ("who", "which")
        and tokens[k + 2].lower in _WROTE
        and speaker_end > head
    ):
        k += 2  # "a report by Ann Roe, who wrote that C": what the writer wrote
    link = tokens[k].lower
    if link == "citing":
        # "a news report citing unnamed officials as saying C": the officials speak
        m = next((j for j in range(k + 1, min(last, k + 10)) if tokens[j].lower == "as"), None)
        if m is None or m + 2 > last or tokens[m + 1].lower != "saying" or m == k + 1:
            return None
        start = m + 2
        return (k + 1, m - 1), (start, last), head
    if link in _WROTE:
        link = "that"  # (the writer's verb stands where "that"/"claiming" would)
    claimant = None
    if link == "that" and speaker_end == head and head > first:
        claimant = _claimant(tokens, first, head)
        if claimant is not None:
            speaker_end = head  # "denying rebel claims that C": the rebels' claim
    if link not in _REPORT_LINKS or (link == "that" and speaker_end == head and claimant is None):
        return None  # ("disputing reports that C": the dispute's own words, unless "by X that")
    start = k + 1
    if start <= last and tokens[start].lower == "that":
        start += 1
    if last - start < 2:
        return None
    if claimant is not None:
        return claimant, (start, last), speaker_end
    return (first, speaker_end), (start, last), speaker_end


# Claimants named before a claim word: "rebel claims that C", "Russian allegations that C".
_CLAIM_WORDS = frozenset({"claim", "claims"}) | _CHARGES


def _claimant(tokens: Sequence[Token], first: int, head: int) -> tuple[int, int] | None:
    """The party named before "claims"/"allegations" in "rebel claims that C" (the word before
    the head, a party by kind or a capitalised name), or None ("the claims that C")."""
    if tokens[head].lower not in _CLAIM_WORDS:
        return None
    word = tokens[head - 1]
    w = words()
    low = bare(word.lower)
    party = (
        low in w.forces
        or low in w.groups
        or low in w.organisations
        or low + "s" in w.forces
        or low == "opposition"
    )
    if party or (word.text[:1].isupper() and word.lower not in w.determiners):
        return (
            (first, head - 1) if tokens[first].lower not in w.determiners else (first + 1, head - 1)
        )
    return None


def _name_run(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The last token of "the Associated Press" / "Human Rights Watch" starting at ``first``."""
    k = first
    if k <= last and tokens[k].lower in ("the", "a", "an"):
        k += 1
    end = None
    while k <= last and (
        tokens[k].text[:1].isupper() or (end is not None and tokens[k].lower in ("of", "for"))
    ):
        end = k
        k += 1
    return end


# News outlets: when one reports that someone said something, the someone is the speaker.
_OUTLETS = word_set(
    """cnn bbc reuters ap afp bloomberg newspaper paper television tv radio agency media press
    channel network broadcaster times post journal"""
)


def media_conduit(
    tokens: Sequence[Token], speaker: tuple[int, int], cue: Cue, cues: Sequence[Cue]
) -> bool:
    """ "CNN reported today that Assange said C": the outlet only carries the claim; Assange's
    own cue makes it (the outlet's cue is passed over)."""
    if cue.cls is not CueClass.SPEECH or bare(tokens[speaker[1]].lower) not in _OUTLETS:
        return False
    k = cue.last + 1
    while k < len(tokens) and k - cue.last <= 3 and tokens[k].lower != "that":
        k += 1  # "reported today that", "reported on Monday that"
    if k >= len(tokens) or tokens[k].lower != "that":
        return False
    inner = next((c for c in cues if k + 1 < c.first <= k + 6), None)
    if inner is None or inner.cls not in (CueClass.SPEECH, CueClass.HEDGE):
        return False
    found = np_before(tokens, inner.first - 1)
    return found is not None and found[0] == k + 1 and tokens[found[1]].text[:1].isupper()


# What a headline's denial names after its verb: the other side's claim, already stated.
_CHARGE_WORDS = word_set(
    """charge charges claim claims report reports it accusation accusations allegation
    allegations"""
)


def headline_reply(
    tokens: Sequence[Token], cue: Cue, frame: Frame | None, cues: Sequence[Cue]
) -> Frame | None:
    """ "Somali Clerics Say Ethiopian Troops Have Entered Country, Ethiopia Denies Charge": a
    title-case headline of a claim and its denial. The claim's content stops at the comma before
    the denier; the denial's content is the claim's content, without "Somali Clerics Say"."""
    if frame is None or not frame.parts or not _title_case(tokens):
        return frame
    first, last = frame.parts[0]
    if first > cue.last:  # "X Say Y, Z Denies Charge": cut Y before ", Z Denies Charge"
        for other in cues:
            if other.first <= first or other.first > last or other.cls is not CueClass.SPEECH:
                continue
            comma = next(
                (k for k in range(other.first - 1, first, -1) if tokens[k].text == ","), None
            )
            if comma is not None and _charge_only(tokens, other.last + 1, last):
                return Frame(frame.rule, frame.speaker, ((first, comma - 1),) + frame.parts[1:])
        return frame
    if last < cue.first and _charge_only(tokens, cue.last + 1, len(tokens) - 1):
        # "..., Ethiopia Denies Charge": what is denied is the claim after "X Say"
        inner = [o for o in cues if first < o.first and o.last < last and o.cls is CueClass.SPEECH]
        if inner:
            return Frame(frame.rule, frame.speaker, ((inner[-1].last + 1, last),) + frame.parts[1:])
    return frame


def _charge_only(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Tokens start..end name nothing but the charge denied ("Charge", "the Claims", "It")."""
    rest = [t.lower for t in tokens[start : end + 1] if t.text[:1].isalnum()]
    return (
        bool(rest)
        and len(rest) <= 2
        and rest[-1] in _CHARGE_WORDS
        and rest[0] in (_CHARGE_WORDS | {"the"})
    )
