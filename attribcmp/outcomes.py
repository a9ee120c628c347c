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
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from attribcmp.data import load_table, table_words
from attribcmp.evidence import Signal
from attribcmp.link_rules import affinity
from attribcmp.model import Claim, Relation, Speaker
from attribcmp.signals import head_words
from attribcmp.textfeatures import said_text

__all__ = ["Outcome", "outcome_links", "read_outcome"]

# Each claim links at most this many others by its outcome, best-matching first: a long
# election story repeats its result many times, and one link to each side's account shows it.
_TARGETS = 2
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
# A result is answered by at most this many challenges, each answering one result: the
# opposition rejecting the results, calling the vote rigged and the process a fraud.
_RESULT_ANSWERS = 4
# Claims farther apart than this (in claims) are not tried: a long article stays linear.
_WINDOW = 40
# As strong as a denial (status._SCORE): the tie is the contest, not the words.
_SCORE = 78.0
# A figure of the vote: "53.2 percent", "4.5 million votes", "51%".
_NUMBER = re.compile(r"^\d[\d,.]*$")
# "U.S." and "53.2" are one word each; punctuation stands alone (clause boundaries).
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d[\d,.]*\d|[\w'’-]+|[,;:%…]")


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


def _words(key: str) -> frozenset[str]:
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
    contest = context & _words("contest_words") or _words("lead_words") & _lead_words(lead)
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
    if context & _words("poll_words") or set(words) & _words("guess_words"):
        return None  # a survey's lead or a pundit's guess is no declared result
    if context & _words("series_words"):
        return None  # a season of primaries has a winner in each state: no rival results
    return _result(raw, words) or _approval(words)


def _approval(words: Sequence[str]) -> Outcome | None:
    """A result approved ("very satisfied with these results"): the result stands, no winner
    named; None when a blocker before the approving word undoes it ("refused to welcome")."""
    reach, objects = int(_lexicon()["approve_reach"]), _words("approved_objects")
    blockers = _words("reject_blockers") | {"refused", "refuse", "refuses", "refusing"}
    for k, w in enumerate(words):
        if w not in _words("approve_words") or not set(words[k + 1 : k + 1 + reach]) & objects:
            continue
        before = words[max(0, k - _NEGATION_REACH) : k]
        if any(b in blockers or b.endswith("n't") for b in before):
            continue
        return Outcome("result", " ".join(words[k : k + 1 + reach]))
    return None


def _settlement(words: Sequence[str]) -> str:
    """A settlement as written ("called off their four-week old strike"), or ""."""
    reach, blockers = int(_lexicon()["object_reach"]), _words("settle_blockers")
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
                group == "strike" and w in _words("call_off") and after[:1] == ["off"]
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
        if w in _words("back_to_work") and words[k + 1 : k + 3] == ["to", "work"]:
            return " ".join(words[k : k + 3])
    return ""


@cache
def _settlement_starts() -> frozenset[str]:
    """The words at which ``_settlement`` can find one (a verb of settling, "call" of "call
    off", "return" of "return to work")."""
    verbs = _grouped("settle_verbs", "agreement") | _grouped("settle_verbs", "strike")
    return verbs | _words("call_off") | _words("back_to_work")


@cache
def _challenge_starts() -> frozenset[str]:
    """The words at which ``_challenge`` can find one ("free" of "free and fair")."""
    return _words("challenge_words") | _words("doubt_nouns") | {"free"}


def _challenge(words: Sequence[str], cue: str, sentence: str, lead: str = "") -> str:
    """A challenge to a vote's result as written ("massive rigging in the election"), or ""."""
    objects = _words("challenged_objects")
    # "the whole process is completely fraud": the vote may be named in the headline only
    if not set(words) & objects and not _lead_words(lead) & _words("lead_words"):
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
        if w in _words("challenge_words") and set(before) & _words("challenge_blockers"):
            continue  # "could lead to voter fraud", "to combat fraud": a fear, not a charge
        after = words[k + 1 : k + 1 + _REJECT_REACH]
        if w in _words("agreeing_forms") and after[:1] and after[0] in _words("agreement_after"):
            continue  # "both sides compromised on the count": they agreed, nothing is flawed
        if w in _words("object_challenges") and not set(after) & objects:
            continue  # "redo the seating plan for the vote": the vote is not what is redone
        if w in _words("challenge_words"):
            return " ".join(words[max(0, k - 1) : k + 4])
        # "questioned the credibility of the results": the noun doubts only with its cue
        if w in _words("doubt_nouns") and set(cue.split()[-1:] or sentence.split()) & _words(
            "doubt_cues"
        ):
            return " ".join(words[k : k + 5])
        # "concern about the reliability of the totals": the doubt is in the claim's words
        if w in _words("doubt_nouns") and set(words[max(0, k - _DOUBT_REACH) : k]) & _words(
            "doubt_before"
        ):
            return " ".join(words[max(0, k - _DOUBT_REACH) : k + 4])
    return _rejected(words, cue)


def _rejected(words: Sequence[str], cue: str) -> str:
    """The result itself rejected ("will contest the results", "rejected" + "the results"),
    as written, or "". A recommendation or a condition ("should use legal means to contest
    the outcome", "if they reject the count") rejects nothing."""
    verbs, nouns = _words("reject_verbs"), _words("rejected_results")
    blockers = _words("reject_blockers")
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
    verbs, nouns, refusals = _words("refused_verbs"), _words("rejected_results"), _words("refusals")
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
    if len(shares) >= 2 or (shares and set(words) & _words("win_verbs")):
        # the biggest share won (one share alone wins only with a verb of winning)
        top = max(shares, key=lambda s: s[0])
        return Outcome("result", top[2], top[1], _own(top[1]))
    for k, w in enumerate(words):
        if w in _words("win_verbs") and k and words[k - 1] in _words("noun_markers"):
            w = "victory"  # "a huge win for Ohio voters": the noun, not the verb
        if w in _words("win_verbs") and "among" in words[k + 1 : k + 4]:
            return None  # "won among voters making $100,000": a poll's group, not the race
        if w in _words("win_verbs") and (
            set(words[max(0, k - 3) : k]) & _words("win_blockers")
            or words[k + 1 : k + 2]
            and words[k + 1] in _words("not_contests")
        ):
            continue  # "can beat Trump", "will win the nomination", "beat expectations"
        if w in _words("win_verbs"):
            winner = _subject(raw, words, k)
            if w in {"beating", "defeating"} and not winner:
                continue  # "beating out X" names the loser
            return Outcome("result", " ".join(words[max(0, k - 3) : k + 4]), winner, _own(winner))
        if w in _words("win_nouns"):
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
    units = _words("share_units")
    told = " ".join(words)
    # a share of the vote, not of growth or of a poll's sample ("grow 1.6 percent")
    if not any(u in told for u in _lexicon()["vote_units"]):
        return out
    verbs = _words("share_verbs")
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
    while start > stop and words[start - 1] not in _words("boundaries"):
        start -= 1
    fillers = _words("winner_fillers") | _words("share_verbs") | _words("win_verbs")
    picked = [
        (raw[n], words[n].removesuffix("'s"))
        for n in range(start, k)
        if words[n].removesuffix("'s") not in fillers and not _NUMBER.match(words[n])
    ]
    names = [low for word, low in picked if word[:1].isupper() and low not in _words("self_words")]
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
        if w in _words("winner_fillers") or w in _words("boundaries"):
            break
        out.append(w.removesuffix("'s"))
    return tuple(reversed(out))


def _name_after(words: Sequence[str], k: int) -> tuple[str, ...]:
    """The winner after "victory for" up to a preposition or boundary ("the ruling party")."""
    out: list[str] = []
    for w in words[k : k + 5]:
        if w in _words("boundaries") or w in {"on", "in", "at", "by", "with", "after"}:
            break
        if w not in _words("winner_fillers"):
            out.append(w.removesuffix("'s"))
    return tuple(out)


def _own(winner: Sequence[str]) -> bool:
    return bool(set(winner) & _words("self_words"))


# Characters at the head of an article (headline and lead) that say what contest it is about.
_LEAD_CHARS = 300


def _lead(claim: Claim, texts: Mapping[str, str]) -> str:
    return texts.get(claim.doc_id, "")[:_LEAD_CHARS]


def _name_words(speaker: Speaker) -> frozenset[str]:
    """A speaker's name words, lower case, without the fillers ("the", "most")."""
    words = re.findall(r"[a-z]+", " ".join((speaker.name, *speaker.aliases)).lower())
    # "unions" and "teachers union" are one party: the plural's "s" goes
    return frozenset(
        w.removesuffix("s") for w in words if len(w) > 3 and w not in _words("winner_fillers")
    )


_SENTENCE_REACH = 400  # characters around a claim that can hold its cue and its setting


def _sentence(claim: Claim, texts: Mapping[str, str]) -> str:
    """The claim's sentence in its document (the cue and what the claim is about)."""
    text = texts.get(claim.doc_id, "")
    start, end = claim.content.start, claim.content.end
    # bounded both ways: text with no ". " (one claim a line) must not hand each claim the rest
    low, high = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    left = max(text.rfind(". ", low, start), text.rfind("\n", low, start), low - 1)
    ends = [k for k in (text.find(". ", end, high), text.find("\n", end, high)) if k >= 0]
    return text[left + 1 : min(ends, default=high)]


def _winner_words(outcome: Outcome, label: str) -> frozenset[str]:
    """The winner's words; the speaker's own side's name when the winner is itself."""
    words = set(outcome.winner) - _words("self_words")
    if outcome.own:
        words |= {
            w for w in re.findall(r"[a-z]+", label.lower()) if w not in _words("winner_fillers")
        }
    return frozenset(words)


def _verdict(a: Outcome, b: Outcome, label_a: str, label_b: str) -> Relation | None:
    """How two sides' outcomes relate, or None when they do not meet."""
    if a.kind == "settlement" and b.kind == "settlement":
        return Relation.CONVERGE
    if {a.kind, b.kind} == {"result", "challenge"}:
        return Relation.DIVERGE
    if a.kind == b.kind == "result":
        wa, wb = _winner_words(a, label_a), _winner_words(b, label_b)
        # each names a winner and no word is shared: two winners (the same one told twice,
        # or one unnamed, is no clash)
        if wa and wb and not wa & wb:
            return Relation.DIVERGE
    return None


def outcome_links(
    claims: Sequence[Claim],
    texts: Mapping[str, str],
    speakers: Sequence[Speaker],
    labels: Sequence[str],
    score: Any,
) -> list[tuple[int, int, Signal]]:
    """(i, j, signal) for each pair of claims of two sides whose outcomes clash or agree.

    Args:
        claims: the claims, with sides and facets, in article order.
        texts: document id -> text, for each claim's sentence and the article's lead.
        speakers: the speakers, so that one party confirming a deal twice is not two sides.
        labels: each claim's side name, for reasons and for a winner that is the speaker.
        score: ``score(i, j)``: the two claims' word overlap (0-100).
    """
    outcomes = [read_outcome(c, _sentence(c, texts), _lead(c, texts)) for c in claims]
    who = {s.id: _name_words(s) for s in speakers}
    pairs: list[tuple[tuple[int, float, int], int, int, Relation]] = []
    for i, claim in enumerate(claims):
        mine = outcomes[i]
        if mine is None:
            continue
        for j in range(i + 1, min(len(claims), i + _WINDOW + 1)):
            theirs, other = outcomes[j], claims[j]
            if theirs is None or other.doc_id != claim.doc_id:
                continue
            if (other.side or "") == (claim.side or ""):
                continue
            relation = _verdict(mine, theirs, labels[i], labels[j])
            if relation is Relation.CONVERGE and who.get(claim.speaker_id, frozenset()) & who.get(
                other.speaker_id, frozenset()
            ):
                continue  # "the unions" and "most unions" are one party, whatever their sides
            if relation is not None:
                # two winners first; a challenge goes to a result that names its winner,
                # then to the closest match
                rank = (_rank(mine, theirs), -affinity(claim, other, score(i, j)), j - i)
                pairs.append((rank, i, j, relation))
    out: list[tuple[int, int, Signal]] = []
    linked: dict[int, int] = {}
    answers: dict[int, int] = {}
    # (challenge, side of the result) pairs already linked
    answered: set[tuple[int, str]] = set()
    for _rank_key, i, j, relation in sorted(pairs):
        mine, theirs = outcomes[i], outcomes[j]
        assert mine is not None and theirs is not None
        loose = _loose(mine, theirs)
        challenge = i if mine.kind == "challenge" else j
        result = j if challenge == i else i
        # a challenge answers one result of each side that tells one: "rigging" is no reply
        # to every tally, but the commission announcing the count and the winner's camp
        # saying it is "very satisfied with these results" are two accounts it contests
        told_by = claims[result].side or ""
        if loose:
            if (challenge, told_by) in answered or answers.get(result, 0) >= _RESULT_ANSWERS:
                continue
            answers[result] = answers.get(result, 0) + 1
        elif linked.get(i, 0) >= _TARGETS or linked.get(j, 0) >= _TARGETS:
            continue
        linked[i] = linked.get(i, 0) + 1
        linked[j] = linked.get(j, 0) + 1
        if loose:
            answered.add((challenge, told_by))
        out.append(
            (i, j, _signal(claims[i], claims[j], mine, theirs, labels[i], labels[j], relation))
        )
    return sorted(out, key=lambda t: (t[0], t[1]))


def _rank(a: Outcome, b: Outcome) -> int:
    """Which pairs speak first: two winners, then a settlement, then a challenge to a named
    result, then a challenge to an unnamed one ("declared the winner")."""
    if a.kind == b.kind:
        return 0 if a.kind == "result" else 1
    result = a if a.kind == "result" else b
    return 2 if result.winner else 3


def _loose(a: Outcome, b: Outcome | None) -> bool:
    """A result set against a challenge (weaker than two named winners)."""
    return b is not None and {a.kind, b.kind} == {"result", "challenge"}


def _told(claim: Claim, outcome: Outcome) -> str:
    # The claim's own run of words, not the winner's words strung before "won": those are
    # picked out of a clause ("a dozen allied parties won 124 out of" gave "dozen allied
    # parties out won"), which no reader can find in the article.
    if outcome.kind == "result" and outcome.winner:
        return outcome.words
    return head_words(said_text(claim), 8) if outcome.kind == "result" else outcome.words


def _signal(
    a: Claim, b: Claim, oa: Outcome, ob: Outcome, label_a: str, label_b: str, relation: Relation
) -> Signal:
    ta, tb = _told(a, oa), _told(b, ob)
    if relation is Relation.CONVERGE:
        what, name = "both confirm the settlement", "confirm"
    elif oa.kind == ob.kind:
        what, name = "rival results", "slot"
    else:
        what, name = "result challenged", "denial"
    reason = f"{what}: {label_a}: {ta} / {label_b}: {tb}"
    headline = f"{what.capitalize()}: '{ta}' ({label_a}) vs '{tb}' ({label_b})"
    # "slot", "denial" and "confirm" are link_verdict's signal names (the learned layer
    # reads them): two winners are one slot with two values, a challenge answers the result
    return Signal(
        name, _SCORE, reason, relation, ((a.id, (oa.words,)), (b.id, (ob.words,))), headline
    )
