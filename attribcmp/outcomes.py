"""Outcomes: rival results of a contest, challenges to a result, settlements both sides confirm.

"The commission declared a victory for the ruling party" and "the opposition claimed its
candidate had won" clash though they share no word but the contest; so do "Karume captured
53.2 percent of the vote, while Hamad got 46.1 percent" and "according to its count, Hamad
received almost 51 percent". A claim's outcome is read with a small lexicon
(``data/outcomes.yaml``): who won (the subject of "won", "victory for X", "X's victory", the
top share of the vote), a challenge to the result ("massive rigging in the election",
"questioned the credibility of the results"), or a settlement ("accepted the offer and called
off the strike", "signed the accord"). Between two sides in one article: different winners or a
result against a challenge diverge; two settlements converge ("both confirm the settlement").
A winner written as the speaker itself ("its group had won") stands for the speaker's side.
This module reads a claim's outcome; ``outcome_links.py`` links the claims of two sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from attribcmp.data import load_table, table_words
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Claim
from attribcmp.textfeatures import said_text

__all__ = ["Outcome", "lexicon_words", "read_outcome"]

# How many words before a challenge word a negation undoes it ("would not be accused of
# rigging").
_NEGATION_REACH = 5
# A word of doubt ("concern about the") stands at most this many words before the doubted
# quality of the count.
_DOUBT_REACH = 3
# A negation undoes a verb of accepting up to this many words before it ("would not recognize").
_REFUSAL_REACH = 3
# "the results announced by the board do not reflect ...": the result as the subject of a
# negated verb stands within this many words before it.
_SUBJECT_REACH = 8
# Who won is named within this many words before the share or the verb of winning ("CCM
# presidential candidate Amani Abeid Karume got"): the look-back stays bounded on a long claim.
_WINNER_REACH = 20
# A verb that rejects a result governs it within this many words ("contest the official results").
_REJECT_REACH = 3
# A figure of the vote: "53.2 percent", "4.5 million votes", "51%".
_NUMBER = LazyPattern(r"^\d[\d,.]*$")
# "U.S." and "53.2" are one word each; punctuation stands alone (clause boundaries).
_TOKEN = LazyPattern(r"(?:[A-Za-z]\.){2,}|\d[\d,.]*\d|[\w'’-]+|[,;:%…]")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a claim says of an outcome.

    Attributes:
        kind: "result" (someone won), "challenge" (the result is doubted) or "settlement".
        words: the outcome as written, for the reason ("won the October 30 elections").
        winner: the winner's words, lower case ("ruling", "karume"); empty when not named.
        own: the winner is the speaker itself ("its group had won").
    """

    kind: str
    words: str
    winner: tuple[str, ...] = ()
    own: bool = False


def _lexicon() -> dict[str, Any]:
    return load_table("outcomes.yaml")


def lexicon_words(key: str) -> frozenset[str]:
    """One word list of data/outcomes.yaml, lower case (for outcome_links.py too)."""
    return table_words("outcomes.yaml", key)


@cache
def _grouped(key: str, group: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _lexicon()[key][group])


def _tokens(text: str) -> list[str]:
    return [t.replace("’", "'") for t in _TOKEN.findall(text)]


@lru_cache(maxsize=64)
def _lead_words(lead: str) -> frozenset[str]:
    # read once per article: every claim of it asks
    return frozenset(w.lower() for w in _tokens(lead))


def read_outcome(claim: Claim, sentence: str = "", lead: str = "") -> Outcome | None:
    """The claim's outcome, or None. ``sentence`` is the claim's sentence in the article (its
    cue and the words around it) and ``lead`` the article's headline and first lines, for
    whether the talk is of a contest ("an opposition victory" in an election story)."""
    raw = _tokens(said_text(claim))
    words = [w.lower() for w in raw]
    context = {w.lower() for w in _tokens(sentence)} | set(words)
    # the headline names the contest for a short claim ("an opposition victory")
    contest = context & lexicon_words("contest_words") or lexicon_words("lead_words") & _lead_words(
        lead
    )
    cue = claim.cue.text.lower() if claim.cue else ""
    negated = claim.facets is not None and claim.facets.negated
    if not negated:
        found = _settlement(words)
        if found:
            return Outcome("settlement", found)
    challenge = _challenge(words, cue, sentence.lower(), lead)
    if challenge:
        return Outcome("challenge", challenge)
    if negated or not contest:
        return None  # "did not win", "won praise": no result of a vote
    if context & lexicon_words("poll_words") or set(words) & lexicon_words("guess_words"):
        return None  # a survey's lead or a pundit's guess is no declared result
    if context & lexicon_words("series_words"):
        return None  # a season of primaries has a winner in each state: no rival results
    return _result(raw, words) or _approval(words)


def _approval(words: Sequence[str]) -> Outcome | None:
    """A result approved ("very satisfied with these results"): the result stands, no winner
    named; None when a blocker before the approving word undoes it ("refused to welcome")."""
    reach, objects = int(_lexicon()["approve_reach"]), lexicon_words("approved_objects")
    blockers = lexicon_words("reject_blockers") | {"refused", "refuse", "refuses", "refusing"}
    for k, w in enumerate(words):
        if (
            w not in lexicon_words("approve_words")
            or not set(words[k + 1 : k + 1 + reach]) & objects
        ):
            continue
        before = words[max(0, k - _NEGATION_REACH) : k]
        if any(b in blockers or b.endswith("n't") for b in before):
            continue
        return Outcome("result", " ".join(words[k : k + 1 + reach]))
    return None


def _settlement(words: Sequence[str]) -> str:
    """A settlement as written ("called off their four-week old strike"), or ""."""
    reach, blockers = int(_lexicon()["object_reach"]), lexicon_words("settle_blockers")
    starts = _settlement_starts()
    for k, w in enumerate(words):
        if w not in starts:
            continue  # (a quick skip: only these words can open a settlement below)
        before = words[max(0, k - int(_lexicon()["blocker_reach"])) : k]
        # "threatened to call off", "refused to sign", "if they accept": no settlement yet
        if any(b in blockers or b.endswith("n't") for b in before):
            continue
        after = words[k + 1 : k + 1 + reach]
        for group in ("agreement", "strike"):
            verb = w in _grouped("settle_verbs", group) or (
                group == "strike" and w in lexicon_words("call_off") and after[:1] == ["off"]
            )
            if not verb:
                continue
            objects = _grouped("settle_objects", group)
            for n, o in enumerate(after):
                if o in objects:
                    return " ".join(words[k : k + 2 + n])
                if o in {",", ";", ":", "of"}:
                    break  # "called off the signing of a peace deal" settles nothing
        # "return to work": the strike is over
        if w in lexicon_words("back_to_work") and words[k + 1 : k + 3] == ["to", "work"]:
            return " ".join(words[k : k + 3])
    return ""


@cache
def _settlement_starts() -> frozenset[str]:
    """The words at which ``_settlement`` can find one (a verb of settling, "call" of "call
    off", "return" of "return to work")."""
    verbs = _grouped("settle_verbs", "agreement") | _grouped("settle_verbs", "strike")
    return verbs | lexicon_words("call_off") | lexicon_words("back_to_work")


@cache
def _challenge_starts() -> frozenset[str]:
    """The words at which ``_challenge`` can find one ("free" of "free and fair")."""
    return lexicon_words("challenge_words") | lexicon_words("doubt_nouns") | {"free"}


def _challenge(words: Sequence[str], cue: str, sentence: str, lead: str = "") -> str:
    """A challenge to a vote's result as written ("massive rigging in the election"), or ""."""
    objects = lexicon_words("challenged_objects")
    # "the whole process is completely fraud": the vote may be named in the headline only
    if not set(words) & objects and not _lead_words(lead) & lexicon_words("lead_words"):
        return ""  # rigging a tender, fraud in a bank: not a vote
    telling = _challenge_starts()
    for k, w in enumerate(words):
        if w not in telling:
            continue  # (a quick skip: only these words can make a challenge below)
        # "could not be called free and fair": the verdict observers withhold
        if words[k : k + 3] == ["free", "and", "fair"] and any(
            b in {"not", "never", "neither", "nor"} or b.endswith("n't")
            for b in words[max(0, k - 4) : k]
        ):
            return " ".join(words[max(0, k - 4) : k + 3])
        before = words[max(0, k - _NEGATION_REACH) : k]
        # "no evidence of fraud", "free of irregularities", "would not be accused of rigging"
        # back the result
        if any(b in {"no", "not", "without", "free"} or b.endswith("n't") for b in before):
            continue
        if w in lexicon_words("challenge_words") and set(before) & lexicon_words(
            "challenge_blockers"
        ):
            continue  # "could lead to voter fraud", "to combat fraud": a fear, not a charge
        after = words[k + 1 : k + 1 + _REJECT_REACH]
        if (
            w in lexicon_words("agreeing_forms")
            and after[:1]
            and after[0] in lexicon_words("agreement_after")
        ):
            continue  # "both sides compromised on the count": they agreed, nothing is flawed
        if w in lexicon_words("object_challenges") and not set(after) & objects:
            continue  # "redo the seating plan for the vote": the vote is not what is redone
        if w in lexicon_words("challenge_words"):
            return " ".join(words[max(0, k - 1) : k + 4])
        # "questioned the credibility of the results": the noun doubts only with its cue
        if w in lexicon_words("doubt_nouns") and set(
            cue.split()[-1:] or sentence.split()
        ) & lexicon_words("doubt_cues"):
            return " ".join(words[k : k + 5])
        # "concern about the reliability of the totals": the doubt is in the claim's words
        if w in lexicon_words("doubt_nouns") and set(
            words[max(0, k - _DOUBT_REACH) : k]
        ) & lexicon_words("doubt_before"):
            return " ".join(words[max(0, k - _DOUBT_REACH) : k + 4])
    return _rejected(words, cue)


def _rejected(words: Sequence[str], cue: str) -> str:
    """The result itself rejected ("will contest the results", "rejected" + "the results"),
    as written, or "". A recommendation or a condition ("should use legal means to contest
    the outcome", "if they reject the count") rejects nothing."""
    verbs, nouns = lexicon_words("reject_verbs"), lexicon_words("rejected_results")
    blockers = lexicon_words("reject_blockers")
    # the cue rejects what the claim only names ("Tshisekedi rejected | the results"); a
    # longer claim under it tells the result itself ("rejecting | results that show X won")
    if cue.split()[-1:] and cue.split()[-1] in verbs and len(words) <= 3 and set(words) & nouns:
        return f"{cue.split()[-1]} {' '.join(words)}"
    for k, w in enumerate(words):
        if w not in verbs or not set(words[k + 1 : k + 1 + _REJECT_REACH]) & nouns:
            continue
        before = words[max(0, k - _NEGATION_REACH) : k]
        if any(b in blockers or b.endswith("n't") for b in before):
            continue
        return " ".join(words[k : k + 1 + _REJECT_REACH])
    return _refused(words)


def _refused(words: Sequence[str]) -> str:
    """The result refused as written ("would not recognize results", "the results do not
    reflect the will of the people"), or "": a negated verb of accepting with a word for the
    result just after it or just before the negation."""
    verbs, nouns, refusals = (
        lexicon_words("refused_verbs"),
        lexicon_words("rejected_results"),
        lexicon_words("refusals"),
    )
    for k, w in enumerate(words):
        if w not in verbs:
            continue
        before = words[max(0, k - _REFUSAL_REACH) : k]
        if not any(b in refusals or b.endswith("n't") for b in before):
            continue
        # the result after the verb ("not recognize the results") or as its subject just
        # before the negation ("the results ... do not reflect")
        after = words[k + 1 : k + 1 + _REJECT_REACH]
        subject = words[max(0, k - _SUBJECT_REACH) : k]
        if set(after) & nouns:
            return " ".join(words[k - len(before) : k + 1 + _REJECT_REACH])
        if w.startswith(("reflect", "represent")) and set(subject) & nouns:
            return " ".join(words[k - len(before) : k + 4])
    return ""


def _result(raw: Sequence[str], words: Sequence[str]) -> Outcome | None:
    """Who won: the top share of the vote, the subject of "won", "victory for X", "X's
    victory"; an unnamed winner ("declared the winner") is still a result."""
    shares = _shares(raw, words)
    if len(shares) >= 2 or (shares and set(words) & lexicon_words("win_verbs")):
        # the biggest share won (one share alone wins only with a verb of winning)
        top = max(shares, key=lambda s: s[0])
        return Outcome("result", top[2], top[1], _own(top[1]))
    for k, w in enumerate(words):
        if w in lexicon_words("win_verbs") and k and words[k - 1] in lexicon_words("noun_markers"):
            w = "victory"  # "a huge win for Ohio voters": the noun, not the verb
        if w in lexicon_words("win_verbs") and "among" in words[k + 1 : k + 4]:
            return None  # "won among voters making $100,000": a poll's group, not the race
        if w in lexicon_words("win_verbs") and (
            set(words[max(0, k - 3) : k]) & lexicon_words("win_blockers")
            or words[k + 1 : k + 2]
            and words[k + 1] in lexicon_words("not_contests")
        ):
            continue  # "can beat Trump", "will win the nomination", "beat expectations"
        if w in lexicon_words("win_verbs"):
            winner = _subject(raw, words, k)
            if w in {"beating", "defeating"} and not winner:
                continue  # "beating out X" names the loser
            return Outcome("result", " ".join(words[max(0, k - 3) : k + 4]), winner, _own(winner))
        if w in lexicon_words("win_nouns"):
            if words[k + 1 : k + 2] in (["for"], ["to"]):
                winner = _name_after(words, k + 2)
            else:
                winner = _modifier(words, k)
            told = " ".join(words[max(0, k - 2) : k + 5])
            return Outcome("result", told, winner, _own(winner))
    return None


def _shares(raw: Sequence[str], words: Sequence[str]) -> list[tuple[float, tuple[str, ...], str]]:
    """(share, who, words) for each share of the vote ("Karume captured 53.2 percent")."""
    out: list[tuple[float, tuple[str, ...], str]] = []
    units = lexicon_words("share_units")
    told = " ".join(words)
    # a share of the vote, not of growth or of a poll's sample ("grow 1.6 percent")
    if not any(u in told for u in _lexicon()["vote_units"]):
        return out
    verbs = lexicon_words("share_verbs")
    first = next((k for k, w in enumerate(words) if _NUMBER.match(w)), len(words))
    if not verbs & set(words[max(0, first - 3) : first]):
        return out  # "Clinton beats Trump by 46 percent to 42 percent": a margin, no share
    for k, w in enumerate(words):
        if not _NUMBER.match(w):
            continue
        unit = words[k + 1 : k + 3]
        if not set(unit) & units:
            continue
        if k and words[k - 1] == "by":
            continue  # "won by 300,000 votes": the margin, not the winner's share
        value = float(w.replace(",", "").rstrip("."))
        if "million" in unit:
            value *= 1e6  # "4.5 million votes"
        who = _subject(raw, words, k)
        if who:
            out.append((value, who, " ".join(words[max(0, k - 3) : k + 2])))
    return out


def _subject(
    raw: Sequence[str], words: Sequence[str], k: int, apposition: bool = True
) -> tuple[str, ...]:
    """The words naming who, before position k back to a clause boundary: names when there
    are any ("CCM presidential candidate Amani Abeid Karume" -> ccm amani abeid karume), else
    the other content words ("the ruling party candidate" -> ruling)."""
    start, stop = k, max(0, k - _WINNER_REACH)
    while start > stop and words[start - 1] not in lexicon_words("boundaries"):
        start -= 1
    fillers = (
        lexicon_words("winner_fillers") | lexicon_words("share_verbs") | lexicon_words("win_verbs")
    )
    picked = [
        (raw[n], words[n].removesuffix("'s"))
        for n in range(start, k)
        if words[n].removesuffix("'s") not in fillers and not _NUMBER.match(words[n])
    ]
    names = [
        low for word, low in picked if word[:1].isupper() and low not in lexicon_words("self_words")
    ]
    if not picked and apposition and start > 1 and words[start - 1] == ",":
        # "the opposition's candidate, Seif Hamad, got 46.1 percent": the name is the
        # apposition before the comma (one step back only: a run of commas is no apposition,
        # and recursing through each of them overflowed the stack)
        return _subject(raw, words, start - 1, apposition=False)
    return tuple(names or [low for _word, low in picked])


def _modifier(words: Sequence[str], k: int) -> tuple[str, ...]:
    """The words just before a noun of winning ("an opposition victory" -> opposition,
    "Kibaki's victory" -> kibaki); none after an article ("handing a victory")."""
    out: list[str] = []
    for w in reversed(words[max(0, k - 3) : k]):
        if w in lexicon_words("winner_fillers") or w in lexicon_words("boundaries"):
            break
        out.append(w.removesuffix("'s"))
    return tuple(reversed(out))


def _name_after(words: Sequence[str], k: int) -> tuple[str, ...]:
    """The winner after "victory for" up to a preposition or boundary ("the ruling party")."""
    out: list[str] = []
    for w in words[k : k + 5]:
        if w in lexicon_words("boundaries") or w in {"on", "in", "at", "by", "with", "after"}:
            break
        if w not in lexicon_words("winner_fillers"):
            out.append(w.removesuffix("'s"))
    return tuple(out)


def _own(winner: Sequence[str]) -> bool:
    return bool(set(winner) & lexicon_words("self_words"))
