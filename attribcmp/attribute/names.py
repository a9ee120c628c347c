"""Capitalised name runs recorded as a sentence is read, so later mentions and pronouns can
find them ("The spokesman, Zemedkun Tekle, ...", "Gen. Qamar Javed Bajwa").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from attribcmp.attribute.cues import (
    Token,
    initials,
)
from attribcmp.attribute.mentions import (
    Words,
    abbreviation_dot,
    bare,
    is_firm,
    particle,
    titled_name_of,
    words,
)
from attribcmp.attribute.speakers import Resolver
from attribcmp.data import word_set
from attribcmp.model import (
    SpeakerKind,
)

_LEADING = word_set("but and so yet also still however meanwhile similarly earlier later")


_ARTICLES = word_set("a an the")
# Words that put a day in a capitalised run at a sentence's start: "On Saturday’s", "By Monday".
_DAY_LEADS = word_set("on by until since last next this every")
# Words that may continue a name run when a capitalised word follows ("Secretary of State").
_RUN_JOINERS = word_set("of chief minister secretary spokesman spokeswoman adviser envoy")
# Events a headline capitalises after a name ("President Harlan's Call", "... Meeting with").
_HEADLINE_EVENTS = word_set(
    "call calls meeting meets conversation visit talks remarks trip readout virtual telephone"
    " phone video holds speaks"
)


# The only lower-case words of a title-case headline: "Readout of a Call with the Premier".
# A sentence with any other ("Foreign Minister Wang Yi met Secretary Ann Roe") is prose.
_HEADLINE_LOWER = word_set(
    "a an the of in on at to for with and or by from as vs via over after into about"
)


def note_names(text: str, tokens: Sequence[Token], resolver: Resolver, si: int) -> None:
    """Record capitalised names so later mentions can merge with them and pronouns find them."""
    w = words()
    heads = initials(tokens)
    caps = list(compress(count(), map(str.isupper, heads)))  # where capitalised words stand
    if (
        len(caps) >= 4
        # (prose fails this at its first lower-case word: tested before the count of words)
        and all(t.lower in _HEADLINE_LOWER for t in tokens if t.text[:1].islower())
        and 4 * len(caps) >= 3 * sum(map(str.isalpha, heads))
    ):
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
        if all(bare(t.lower) in w.weekdays or t.lower in _DAY_LEADS for t in run):
            continue  # "On Saturday’s call with reporters": a day names no one ("his" is not it)
        lead = first + len(tokens[first : j + 1]) - len(run)
        # "Rafiq Anwar of Sunline Apparel": the person is the name before "of", the firm is
        # where he is from (describe reads the mention the same way)
        whole_end = run[-1].end  # the phrase keeps "of Sunline Apparel": sides read it
        run = run[: titled_name_of(tokens, lead, j) - lead + 1]
        if any(t.lower.endswith("s") and t.lower[:-1] in w.titles for t in run[:-1]):
            continue  # "Presidents Obama and Medvedev": two people, neither of them "Obama"
        has_title = any(t.lower in w.titles or t.lower in w.roles for t in run)
        # Trailing run of name tokens after the last title: "Gen. Qamar Javed Bajwa".
        tail: list[Token] = []
        owned = False
        for t in reversed(run):
            if t.text == ".":
                continue
            # (bare: "the Prime Minister’s spokesperson" names no one called "Minister")
            low = bare(t.lower)
            if low in w.titles or low in w.roles or low in ("of", "for", "to", "the"):
                owned = low != t.lower and t.lower.endswith(("'s", "’s"))
                break
            tail.append(t)
        tail.reverse()
        if owned and tail:
            continue  # "the President's Video Conference": a thing of his, not his name
        while len(tail) > 2 and bare(tail[0].lower) in w.portfolios:
            tail = tail[1:]  # "Minister of Information Paul Waswa": the portfolio is the title's
        while len(tail) > 1 and bare(tail[-1].lower) in _HEADLINE_EVENTS:
            # "Readout of President Harlan Call with ...": the headline's event is no name.
            tail, run = tail[:-1], run[:-1]
            whole_end = run[-1].end  # the phrase ends before the event too
        if not tail or bare(tail[-1].lower) in w.organisations:
            continue  # a body ("Pakistan Embassy"), recorded when it speaks
        if is_firm(text[tail[0].start : tail[-1].end]):
            continue  # a firm ("Goldman Sachs"), no person
        if len(tail) < 2 and not has_title:
            continue
        subject = first == 0 or all(t.lower in _LEADING or t.text == "," for t in tokens[:first])
        full = text[run[0].start : whole_end]
        if lead > 0 and tokens[lead - 1].lower == "former":
            # "former Foreign Minister X": the office is no longer his, and sides read that
            full = text[tokens[lead - 1].start : whole_end]
        role = _role_before(tokens, first, w)
        if role is not None:
            # "The spokesman, Zemedkun Tekle, issued ...": the role is his ("the government
            # spokesman says" later is he), and the phrase opens the sentence
            full = text[tokens[role].start : whole_end]
            subject = role == 0 or subject
        name = text[tail[0].start : tail[-1].end]
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        resolver.note_name(
            full, name, SpeakerKind.PERSON, si, subject=subject, at=tokens[first].start
        )


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
    while m > 0 and k - m < 4 and tokens[m - 1].lower not in _ROLE_DETERMINERS:
        if not tokens[m - 1].text[:1].isalpha():
            return None
        m -= 1
    return m - 1 if m > 0 and tokens[m - 1].lower in _ROLE_DETERMINERS else None


# What opens a role before a name: "the spokesman, X", and "its supreme leader, X" (the owner's).
_ROLE_DETERMINERS = word_set("the a an its his her their")


# Lower-case words inside a body's name ("Observatory for Human Rights", "Bank of England").
_NAME_JOINERS = frozenset({"for", "of", "and", "on"})


def _role_of_place(tokens: Sequence[Token], last: int, w: Words) -> int | None:
    """The role before "of Helmand" / "for the ministry" ending at ``last``, or None."""
    m = last
    while (
        m > 0
        and last - m < 8
        and (
            tokens[m].text[:1].isupper()
            # "the Syrian Observatory for Human Rights": a joiner between capitals is in the name
            or tokens[m].lower in _NAME_JOINERS
            and tokens[m - 1].text[:1].isupper()
        )
    ):
        m -= 1  # the place or body: a few capitalised words
    if m == last:
        return None
    if tokens[m].lower == "the":
        m -= 1
    if m < 1 or tokens[m].lower not in ("of", "for") or tokens[m - 1].lower not in w.roles:
        return None
    return m - 1


# The words a title's phrase goes on with inside a name run ("Envoy for", "Ambassador to the").
_TITLE_LINKS = frozenset(("for", "to", "the"))


def _title_to(tokens: Sequence[Token], j: int, w: Words) -> bool:
    """Whether token j+1 carries a title's "for"/"to" phrase on in the name run: "Envoy for
    Iran Brian Hook", "Ambassador to the United Nations Zalmay Khalilzad" are one run
    (speakers.Resolver.own_name later drops the place from the person's name)."""
    nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    if nxt not in _TITLE_LINKS:
        return False  # (asked after every word of a name run: most are followed by neither)

    def title(k: int) -> bool:
        return 0 <= k < len(tokens) and (tokens[k].lower in w.titles or tokens[k].lower in w.roles)

    def cap(k: int) -> bool:
        return k < len(tokens) and tokens[k].text[:1].isupper()

    if nxt in ("for", "to") and title(j):
        return cap(j + 2) or (j + 2 < len(tokens) and tokens[j + 2].lower == "the" and cap(j + 3))
    return nxt == "the" and tokens[j].lower in ("for", "to") and title(j - 1) and cap(j + 2)


def described_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The span of "The Prime Minister" opening "The Prime Minister spoke to ...": a person by
    role alone (titles and roles after "The", then a lower-case word), or None."""
    w = words()
    if len(tokens) < 3 or tokens[0].lower != "the":
        return None
    k = 1
    while k < len(tokens) and k < 5 and (tokens[k].lower in w.titles or tokens[k].lower in w.roles):
        k += 1
    if k == 1 or k >= len(tokens) or not tokens[k].text.isalpha() or not tokens[k].text.islower():
        return None  # "The Prime Minister's office", "The President and ...": not one person
    if tokens[k - 1].lower not in w.roles or tokens[k].lower in ("and", "or", "of"):
        return None
    return 0, k - 1


def indefinite_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The span of "A senior British military official" opening "A senior British military
    official has presented evidence he says is ...": one person by role alone (a few modifiers,
    then a singular role word, then a lower-case word), or None. The "he" later in that
    sentence, with no one named before it, is that person."""
    w = words()
    if len(tokens) < 4 or tokens[0].lower not in ("a", "an"):
        return None
    k = 1
    while k < len(tokens) and k < 6 and tokens[k].text.isalpha():
        low = tokens[k].lower
        if low in w.roles and tokens[k + 1 : k + 2] and tokens[k + 1].text.islower():
            if low.endswith("s") or tokens[k + 1].lower in ("and", "or", "of", "for"):
                return None  # "A spokesman for the army": the army's, found as a report is
            return 0, k
        k += 1
    return None
