"""Claim words -> polarity: whether a claim is a denial, and which of its words it asserts.

A claim is a denial when its cue denies ("denied", "rejected") or its words do ("broke no
rules", "is not an accurate account"); a denial verb in a clause about someone else ("an
allegation the army denies") or one that refuses a request ("rejected a request to ...") is
not the speaker's own. Words after "allegations of" or "the risk of" report what others said
or what may happen, not what the claim says happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from attribcmp.facet_lexicon import (
    CLAUSE_END,
    Tables,
    Tok,
    event_words,
    events_lexicon,
    match_at,
    tokens,
)
from attribcmp.framing import framed_verdict
from attribcmp.textcompare import NEGATED_CUE
from attribcmp.textfeatures import stem

__all__ = ["described_only", "describing", "find_denial", "is_reported", "own_negation"]

# How far back (tokens) "allegations of" reaches over modifiers ("claims of civilian deaths").
_REPORTED_REACH = 3


@cache
def _reported_nouns() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["reported_nouns"])


@cache
def _unasserted() -> tuple[frozenset[str], frozenset[str]]:
    lex = events_lexicon()["unasserted"]
    return (
        frozenset(stem(str(w).lower()) for w in lex["nouns_of"]),
        frozenset(stem(str(w).lower()) for w in lex["verbs"]),
    )


def is_reported(toks: Sequence[Tok], i: int) -> bool:
    """Token i names what others report or what may happen, not what the claim says
    happened: "allegations of civilian casualties", "the second false claim of civilian
    deaths", "the risk of casualties", "to minimise civilian casualties"."""
    nouns_of, verbs = _unasserted()
    for k in range(i - 1, max(i - 1 - _REPORTED_REACH, -1), -1):
        if toks[k].lower in {"of", "about", "that"}:
            # "allegations of / about / that ...": the claim reports what others said
            return k > 0 and (toks[k - 1].stem in _reported_nouns() or toks[k - 1].stem in nouns_of)
        if toks[k].stem in verbs:
            return True
        if toks[k].lower in CLAUSE_END or toks[k].lower == ",":
            return False
    return False


def find_denial(cue: str, toks: Sequence[Tok], tables: Tables) -> str:
    """The words that make a claim a denial ("denied" in the cue, "broke no rules", "baseless")."""
    # "rejected a request to ...": the cue refuses what the content names as asked for
    asked = any(t.stem in _refused_stems() for t in toks[:_REFUSED_REACH])
    if cue and not NEGATED_CUE.search(cue) and not asked:
        for word in tokens(cue):
            if (word.stem,) in tables.denials:
                return word.text
    for i in range(len(toks)):
        n = match_at(toks, i, tables.denials, "stem")
        passive = toks[i + n - 1].lower.endswith("ed") if n else False
        if n and not (passive and i + n < len(toks) and toks[i + n].lower == "by"):
            # "... although this was denied by the insurgents": someone else's denial,
            # reported, not the speaker's own.
            if n == 1 and _others_denial(toks, i):
                continue
            if n == 1 and toks[i].stem in _DENY_VERBS and i and toks[i - 1].lower in _ARTICLES:
                continue  # "the dispute revolves around ...": a noun, no one denies
            if n == 1 and toks[i].stem in _DENY_VERBS and _attributive(toks, i):
                continue  # "talks over disputed gas contracts": a thing in dispute, no denial
            if n == 1 and _deprived(toks, i):
                continue  # "children had been denied the chance to be immunised": kept from it
            entry = tables.denials.get(tuple(t.stem for t in toks[i : i + n]), "")
            if n > 1 and entry.split()[0].endswith("ed") and not toks[i].lower.endswith("ed"):
                continue  # "all accounted for" denies losses; "accounts for 25 percent" not
            if n == 1 and toks[i].stem in _DENY_VERBS and _noun_form(toks, i):
                continue  # "a close contest", "trade disputes": a noun, no one denies
            if n == 1 and framed_verdict(toks, i):
                continue  # "to define X as Y would mislead": a framing judged, not a denial
            if n == 1 and _describes_thing(toks, i):
                continue  # "incorrect voter lists": a fault in a thing, no one's words denied
            if n == 1 and _lies_somewhere(toks, i):
                continue  # "responsibility lies with the leaders": a place, no one lied
            if _asked_statement(toks, i):
                continue  # "asked them to state there was no evidence": the statement asked for
            if n == 1 and toks[i].stem in _DENY_VERBS and _refuses(toks, i):
                # "rejected a request to ...", "dismissed the appeal": a refusal of what was
                # asked, not a denial of what someone said happened
                continue
            # less a sentence's full stop ("the charges are groundless."): the words, not the dot
            return " ".join(t.text for t in toks[i : i + n]).rstrip(".")
    faulted = _faulted_statement(toks) or called_statement(cue, toks)
    if faulted:
        return faulted
    for i, tok in enumerate(toks):
        # "could not have given an accurate account", "is not a credible figure": what the
        # other side said is called untrue, a few words after the negation
        if tok.lower in {"not", "never", "n't", "cannot"}:
            for k in range(i + 1, min(len(toks), i + 1 + _UNTRUE_REACH)):
                if toks[k].stem in _TRUE_STEMS and (
                    k + 1 == len(toks)
                    or toks[k + 1].text in CLAUSE_END
                    or toks[k + 1].lower in _ACCOUNT_NOUNS
                ):
                    return " ".join(t.text for t in toks[i : k + 1]).rstrip(".")
                if toks[k].text in CLAUSE_END:
                    break
    return ""


# Verbs that make a fault the predicate of what precedes ("the figures were flawed").
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been"})
# How far (tokens) after the copula the fault may stand: "was based on improper", "were
# widely seen as biased".
_FAULT_REACH = 5
# How far back (tokens) from the copula the statement noun may stand: a long subject such as
# "the announcement that an outbreak in the remote district has killed 87 people ... was".
_STATEMENT_BACK = 20


@cache
def _statement_faults() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(w).lower().split()) for w in events_lexicon()["statement_faults"])


def _faulted_statement(toks: Sequence[Tok]) -> str:
    """The words calling a statement faulty ("was based on improper", "were politically
    motivated"): a fault word a few tokens after "is/was/were", with a statement noun
    ("announcement", "charges", "allegations") before it in the same sentence; or ""."""
    faults = _statement_faults()
    for k, tok in enumerate(toks):
        if tok.lower not in _COPULAS:
            continue
        back = toks[max(0, k - _STATEMENT_BACK) : k]
        cut = max((j for j, t in enumerate(back) if _ends_clause(t)), default=-1)
        if not any(t.stem in _statement_stems() for t in back[cut + 1 :]):
            continue
        lowered = [t.lower for t in toks[k + 1 : k + 1 + _FAULT_REACH + 1]]
        for j in range(min(_FAULT_REACH, len(lowered))):
            words = [w.rstrip(".") for w in lowered[j:]]
            hits = [len(f) for f in faults if tuple(words[: len(f)]) == f]
            if hits:
                return " ".join(t.text for t in toks[k : k + 1 + j + max(hits)]).rstrip(".")
            if lowered[j] == "," or _ends_clause(toks[k + 1 + j]):
                break
    return ""


# The word for a statement opens the object of a calling cue within this many tokens ("the
# U.S. government's latest case"), and the fault stands within this many after it ("the
# allegations of vote rigging as a political hit").
_CALLED_OBJECT = 5
_CALLED_REACH = 8
# ... or a word for what a party brought or decided: "the government's case", "the verdict".
_CALLED_OBJECTS = frozenset(stem(w) for w in ("case", "verdict", "ruling", "conclusions"))


@cache
def _called_tables() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    lex = events_lexicon()
    cues = frozenset(str(w).lower() for w in lex["calling_cues"])
    return cues, tuple(tuple(str(w).lower().split()) for w in lex["called_faults"])


def called_statement(cue: str, toks: Sequence[Tok]) -> str:
    """The words by which a calling cue faults a statement ("called" + "the government's case
    'deeply flawed'": "flawed"; "described" + "the allegations of vote rigging as a political
    hit": "political hit"), or "": the cue's last word calls, the claim opens with a word for a
    statement, and a fault word stands after it in the same clause."""
    cues, faults = _called_tables()
    words = cue.lower().split()
    if not words or words[-1] not in cues:
        return ""
    objects = _statement_stems() | _CALLED_OBJECTS
    noun = next((k for k, t in enumerate(toks[:_CALLED_OBJECT]) if t.stem in objects), -1)
    if noun < 0:
        return ""
    lowered = [t.lower.strip("\"'“”‘’.,") for t in toks]
    for k in range(noun + 1, min(len(toks), noun + 1 + _CALLED_REACH)):
        for fault in faults:
            if tuple(lowered[k : k + len(fault)]) == fault:
                return " ".join(t.text for t in toks[k : k + len(fault)]).strip("\"'“”‘’.,")
        if toks[k].lower in {";", ":"}:
            break
    return ""


def _ends_clause(tok: Tok) -> bool:
    """A token that ends a clause: a stop mark alone, or a word the full stop sticks to."""
    return tok.text in CLAUSE_END or tok.text[-1:] in CLAUSE_END


# How far (tokens) "not" reaches to the word it says is untrue: "not have issued an accurate".
_UNTRUE_REACH = 5
_TRUE_STEMS = frozenset({"accurat", "true", "credibl", "correct", "reliabl", "factual"})
# ... said of an account ("an accurate account") or standing last ("is not accurate"), not of
# what is unknown ("do not know the true number").
_ACCOUNT_NOUNS = frozenset(
    {
        "account",
        "picture",
        "report",
        "version",
        "description",
        "reflection",
        "statement",
        "representation",
        "portrayal",
        "assessment",
    }
)


def own_negation(negations: Sequence[str], toks: Sequence[Tok]) -> bool:
    """A negation of the claim's own: "14 died, an allegation the army denies" reports
    someone else's denial and asserts the deaths; "returns of rejected asylum seekers"
    describes people, it denies nothing."""
    others = {
        t.text.lower() for i, t in enumerate(toks) if _others_denial(toks, i) or describing(toks, i)
    }
    return any(n.lower() not in others for n in negations)


def describing(toks: Sequence[Tok], i: int) -> bool:
    """Token i is a denial verb's "-ed" form describing the noun after it ("of rejected
    asylum seekers", "over disputed land"), or "denied" meaning kept from ("had been denied
    the chance to vote"): no one denies anything."""
    return toks[i].stem in _DENY_VERBS and (_attributive(toks, i) or _deprived(toks, i))


def _deprived(toks: Sequence[Tok], i: int) -> bool:
    """Token i is "denied" in a passive with a thing after it ("had been denied the
    opportunity", "were denied access", "was denied bail"): someone was kept from something,
    no one's words are denied ("the claim was denied by the army", "it was denied that ...",
    "this was denied." are denials)."""
    if toks[i].lower != "denied" or i + 1 >= len(toks):
        return False
    before = [t.lower for t in toks[max(0, i - 2) : i]]
    after = toks[i + 1]
    return (
        bool(set(before) & _PASSIVE_AUXILIARIES)
        and after.text[:1].isalpha()
        and after.lower not in _NOT_DEPRIVED
    )


# "was/were/been denied ...": the passive.
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get"})
# After a passive "denied", words that make it a denial all the same.
_NOT_DEPRIVED = frozenset({"by", "that", "and", "or", "as", "in", "on", "at", "outright"})


def described_only(text: str, negations: Sequence[str]) -> tuple[str, ...]:
    """The negations of ``text`` that deny something: a denial verb's "-ed" form describing
    a noun ("of rejected asylum seekers", "over disputed land") is left out."""
    toks = tokens(text)
    described = {t.text.lower() for i, t in enumerate(toks) if describing(toks, i)}
    if not described:
        return tuple(negations)
    # a word both described and used as a verb elsewhere ("rejected ... and rejected it") stays
    used = {
        t.text.lower()
        for i, t in enumerate(toks)
        if t.text.lower() in described and not describing(toks, i)
    }
    return tuple(n for n in negations if n.lower() not in described - used)


def _attributive(toks: Sequence[Tok], i: int) -> bool:
    """Token i, a denial verb's "-ed" form, stands between a preposition and a noun it
    describes ("over disputed gas contracts", "on contested land"): an adjective for a
    thing in dispute, not the speaker denying ("we disputed the figures" has a subject)."""
    if not toks[i].lower.endswith("ed") or not i or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    return (
        toks[i - 1].lower in _PREPOSITIONS
        and after.text[:1].isalpha()
        and (after.lower not in _NOT_NOUNS)
    )


# Prepositions before an attributive "-ed" form ("over disputed", "in contested").
_PREPOSITIONS = frozenset(
    {
        *("over", "on", "in", "of", "about", "for", "from", "into", "with", "across", "along"),
        *("near", "at", "through", "to", "between", "around", "toward", "towards", "inside"),
        *("within", "under", "off", "beyond"),
    }
)
# Words after "-ed" that show it is a verb, not an adjective ("of rejected by", "of denied that").
_NOT_NOUNS = frozenset({"by", "that", "the", "a", "an", "any", "all", "it", "them", "this"})


def _describes_thing(toks: Sequence[Tok], i: int) -> bool:
    """Token i, an adjective for what is wrong ("incorrect", "false"), stands right before a
    noun that is no statement ("incorrect voter lists", "false passports"): it reports a
    fault in a thing, it does not call the other side's account untrue ("false claims",
    "inaccurate reports" still deny)."""
    if toks[i].stem not in _untrue_adjectives() or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    return (
        after.text[:1].isalpha()
        and after.text[:1].islower()
        and after.lower not in _LINKING_WORDS
        and after.stem not in _statement_stems()
    )


# How many words before a denial "to" + a verb of saying may stand ("to publicly state that
# there was no evidence": four).
_ASKED_REACH = 5


def _asked_statement(toks: Sequence[Tok], i: int) -> bool:
    """The denial at token i is inside a statement someone is asked or wants to make: "to"
    and a verb of saying stand just before it ("them to publicly state there was no
    evidence")."""
    verbs, leads = event_words("asked_statement_verbs"), event_words("asked_statement_leads")
    for k in range(max(2, i - _ASKED_REACH), i):
        if toks[k].lower not in verbs:
            continue
        # "to state", or "to publicly state"
        to = k - 1 if toks[k - 1].lower == "to" else k - 2
        if to >= 1 and toks[to].lower == "to" and toks[to - 1].lower in leads:
            return True
    return False


def _lies_somewhere(toks: Sequence[Tok], i: int) -> bool:
    """Token i is "lie"/"lies" as the verb of place ("lies with", "lie ahead")."""
    if toks[i].lower not in ("lie", "lies") or i + 1 >= len(toks):
        return False
    return toks[i + 1].lower in event_words("lie_places")


@cache
def _untrue_adjectives() -> frozenset[str]:
    return frozenset(stem(w) for w in ("incorrect", "inaccurate", "false", "fake"))


@cache
def _statement_stems() -> frozenset[str]:
    """Nouns for what someone said ("claims", "reports", "news"): an untrue one is denied."""
    words = [*events_lexicon()["reply_objects"], *events_lexicon()["reported_nouns"]]
    return frozenset(stem(str(w).lower()) for w in (*words, *_MORE_STATEMENTS))


# Statement nouns the reply lexicons leave out: "fake news", "false information".
_MORE_STATEMENTS = ("news", "information", "evidence", "reporting", "narrative", "picture")
# Words after an adjective that show it stands as a predicate ("is false and ...").
_LINKING_WORDS = frozenset(
    {
        *("and", "or", "but", "to", "that", "as", "in", "of", "on", "for", "by", "with"),
        *("from", "because", "since", "when", "while", "is", "was", "are", "were", "the"),
    }
)


def _noun_form(toks: Sequence[Tok], i: int) -> bool:
    """Token i, a denial verb's stem, stands in a bare or plural form ("contest",
    "disputes") with no pronoun, modal or "to" before it: a noun ("a close contest"), not
    "we dispute" or "to deny"."""
    word = toks[i].lower
    if word.endswith(("ed", "ing")):
        return False
    before = toks[i - 1].lower if i else ""
    return before not in _VERB_BEFORE


# Words after which a bare denial verb is a verb: "we deny", "cannot deny", "to reject".
_VERB_BEFORE = frozenset(
    {
        "i", "we", "you", "they", "he", "she", "it", "who", "to", "not", "never", "also",
        "strongly", "firmly", "categorically", "flatly", "completely", "totally", "will",
        "would", "can", "could", "must", "should", "do", "does", "did", "",
    }
)  # fmt: skip
# How far (tokens) after a denial verb the thing refused may stand: "rejected a request".
_REFUSED_REACH = 3


def _refuses(toks: Sequence[Tok], i: int) -> bool:
    """The denial verb at i has what was asked for as its object ("rejected a request",
    "dismissed the lawsuit"): a refusal, not a denial of a statement."""
    ahead = toks[i + 1 : i + 1 + _REFUSED_REACH]
    if ahead and ahead[0].lower in _PERSON_OBJECTS:
        return True  # "denying us justice", "denied them entry": withholding, not denying
    return any(t.stem in _refused_stems() for t in ahead)


# Object pronouns right after "deny": something is withheld from someone.
_PERSON_OBJECTS = frozenset({"us", "them", "him", "her", "me", "you"})


@cache
def _refused_stems() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["refused_objects"])


# Denial verbs that take a subject of their own ("the army denies").
_DENY_VERBS = frozenset({"deny", "reject", "dismiss", "disput", "refut", "contest", "contradict"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})
# How far back (tokens) a relative clause's head may stand from its verb.
_RELATIVE_REACH = 7


def _others_denial(toks: Sequence[Tok], i: int) -> bool:
    """Token i is a denial verb in a clause about the claim, with a subject of its own:
    "14 died, an allegation the army strongly denies", "..., which the ministry rejected"."""
    if toks[i].stem not in _DENY_VERBS:
        return False
    k = i - 1
    while k >= 0 and i - k <= _RELATIVE_REACH and toks[k].text not in {",", "—", "–", "("}:
        k -= 1
    if k < 0 or toks[k].text not in {",", "—", "–", "("}:
        return False
    head = [t for t in toks[k + 1 : i] if t.lower not in {"a", "an", "the"}]
    # the head ("an allegation", "which") and a subject after it ("the army")
    return len(head) >= 2 and (
        head[0].lower in {"which", "what"} or head[0].stem in _reported_stems()
    )


@cache
def _reported_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in _reported_nouns())
