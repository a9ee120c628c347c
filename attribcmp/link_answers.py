"""Blocking steps of ``links.py`` for claims that answer another side: a reply naming its
speaker, a denial and what it denies, a confirmation, two shortfalls, a claim of
responsibility or blame against the account of the act."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from attribcmp.answers import (
    blames,
    responsibility_signal,
    shortfall_signal,
    states_shortfall,
    takes_responsibility,
    word_list,
)
from attribcmp.data import load_table, phrase_alternation
from attribcmp.discourse import (
    DEICTIC_SENTENCES,
    deictic,
    opens_clause,
    points_at_account,
    reports_something,
    speaks_of_plan,
    spells_out,
    states_intent,
    tells_future,
)
from attribcmp.judged import rejects_pointed
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.lead_denials import statement_nouns
from attribcmp.link_pairs import (
    DENIAL_SENTENCES,
    SLOT_NEAR_SENTENCES,
    Pairs,
    names_pattern,
    text_names,
)
from attribcmp.link_rules import (
    BLANKET_TARGETS,
    accuses,
    affinity,
    blanket,
    denies,
    echoes,
    names_what,
)
from attribcmp.model import Claim, Speaker
from attribcmp.pointed import called_false, fits, names_figures, pointer
from attribcmp.signals import confirm_signal, confirms, denial_signal, governed_object, reply_signal
from attribcmp.textfeatures import said_text

__all__ = ["by_confirmations", "by_denials", "by_replies", "by_responsibility", "by_shortfalls"]

# A denial also looks this many paragraphs back (beside DENIAL_SENTENCES): a witness quoted
# at length between them does not part them.
_DENIAL_PARAGRAPHS = 4
# A confirming claim this short ("confirmed the agreement") is about what was just said; a
# longer one makes a point of its own, linked by its words.
_CONFIRM_WORDS = 6
# ... a longer one answers the other side's claim at most this many sentences before it.
_CONFIRM_NEAR_LONG = 1
# Names shorter than this ("Guo", "Kim") name a speaker only when written capitalised.
_SHORT_NAME = 4
# How many of a named speaker's claims a reply may answer.
_REPLY_TARGETS = 1
# ... and one rejecting that speaker's whole account ("the rebels' account"), of this many
# words at most: what they told nearby, as a blanket denial answers a category.
_WHOLE_ACCOUNT_TARGETS = 3
_WHOLE_ACCOUNT_WORDS = 6
# Claims looked back over for such an account: a long article stays linear.
_WHOLE_ACCOUNT_REACH = 40
# How many of the other side's claims one denial may answer ("zero chance of civilian
# casualties" answers each claim of civilian deaths), and how much it must share with each.
_DENIAL_TARGETS = 3
_DENIAL_MIN_AFFINITY = 1.0
# Two sides' claims that something falls short agree when at most this many paragraphs apart.
_SHORTFALL_PARAGRAPHS = 3


def by_replies(
    pairs: Pairs, table: dict[str, tuple[str, str]], owner_only: frozenset[str] = frozenset()
) -> None:
    """A claim naming another side's speaker answers that speaker's best-matching claim."""
    if not table:
        return
    by_speaker: dict[str, list[int]] = {}
    for i, claim in enumerate(pairs.claims):
        by_speaker.setdefault(claim.speaker_id, []).append(i)
    pattern = names_pattern(table)
    for i, claim in enumerate(pairs.claims):
        seen: set[str] = set()
        for m in pattern.finditer(said_text(claim)):
            speaker_id, speaker_side = table[m.group(1).lower()]
            if speaker_side == pairs.side[i] or speaker_id in seen:
                continue
            if not written_as_name(m.group(1)):
                continue
            if speaker_id == claim.speaker_id:
                continue
            # "dismissed a report by Amnesty", the report being the speaker itself: the
            # claim names the statement it answers as a whole
            owns = governed_object(said_text(claim), m.group(1)) or _statement_name(m.group(1))
            if not owns and m.group(1).lower() in owner_only:
                continue  # "Russia and the US shared ...": a party named, not answered
            seen.add(speaker_id)
            if owns:
                pairs.owners.setdefault(i, set()).add(speaker_id)
            # a reply about an event ("death tolls lower than X's report") answers the
            # claim in which X gives a figure for that event, before any other of X's
            # ... then the one sharing most words, then most events ("deaths" in both),
            # then the nearest
            # "had falsely accused him" answers the named one's accusation first
            false_kind = called_false(said_text(claim), m.group(1))[1]
            targets = sorted(
                by_speaker.get(speaker_id, []),
                key=lambda j: (
                    -bool(false_kind and fits(false_kind, pairs.claims[j])),
                    -_counts_event_of(pairs.claims[j], claim),
                    -pairs.score(i, j),
                    -_shared_events(pairs.claims[j], claim),
                    pairs.distance(i, j),
                    j,
                ),
            )
            if false_kind and not governed_object(said_text(claim), m.group(1)):
                # ... and nothing else of theirs: a claim of another kind is not what it calls false
                targets = [j for j in targets if fits(false_kind, pairs.claims[j])]
            about = _announced(said_text(claim), m.end())
            if about:
                # "welcomed the government's announcement of a new stadium" answers the
                # claim that tells of the stadium, not whatever else the government said
                targets = [j for j in targets if about & _stems(said_text(pairs.claims[j]))]
            for j in targets[:_REPLY_TARGETS]:
                pairs.add(i, j, reply_signal(claim, pairs.claims[j], m.group(1)))
            if about and targets:
                # "Ngoy-Mulunda's declaration of President Kabila's re-election": what was
                # declared is also told by the named one's side in its other words ("Kabila
                # has won re-election", the electoral officials): each such telling is answered
                for j in _telling_the_same(pairs, i, speaker_side, about, targets[0]):
                    pairs.add(i, j, reply_signal(claim, pairs.claims[j], m.group(1)))
            if _rejects_whole_account(claim):
                # "rejected the rebels' account": what the named side told just before, not
                # only the speaker's best-matching claim ("51 soldiers killed", "150 wounded")
                nearby = [
                    j
                    for j in range(i - 1, max(-1, i - _WHOLE_ACCOUNT_REACH), -1)
                    if pairs.side[j] == speaker_side
                    and j not in targets[:_REPLY_TARGETS]
                    and pairs.near(i, j, DENIAL_SENTENCES)
                    and _deniable(pairs.claims[j])
                ]
                for j in nearby[: _WHOLE_ACCOUNT_TARGETS - _REPLY_TARGETS]:
                    pairs.add(i, j, reply_signal(claim, pairs.claims[j], m.group(1)))


# A statement's content told again by its owner's side: at most this many more claims, within
# this many claims of the reply, sharing this many of the content's words (all if fewer).
_SAME_TELLINGS = 2
_SAME_TELLING_REACH = 40
_SAME_TELLING_WORDS = 2


def _telling_the_same(pairs: Pairs, i: int, side: str, about: set[str], first: int) -> list[int]:
    """Claims of ``side`` in reply i's document, other than ``first``, that tell what the
    named statement said (``about``: its content words), nearest first."""
    need = min(_SAME_TELLING_WORDS, len(about))
    found = [
        j
        for j in range(
            max(0, i - _SAME_TELLING_REACH), min(len(pairs.claims), i + _SAME_TELLING_REACH)
        )
        if j != first
        and pairs.side[j] == side
        and not pairs.apart(i, j)
        and len(about & _stems(said_text(pairs.claims[j]))) >= need
    ]
    return sorted(found, key=lambda j: (pairs.distance(i, j), j))[:_SAME_TELLINGS]


def _rejects_whole_account(claim: Claim) -> bool:
    """A denial that is only an owner and a word for a statement ("the rebels' account",
    "Human Rights Watch's report"): it rejects what the owner told as a whole."""
    text = said_text(claim)
    words = re.findall(r"[a-z]+", text.lower())
    return (
        claim.facets is not None
        and bool(claim.facets.denial)
        and 0 < len(words) <= _WHOLE_ACCOUNT_WORDS
        and words[-1] in statement_nouns()
        and re.search(r"['’]s?\s+\S+\W*$", text) is not None
    )


def written_as_name(written: str) -> bool:
    """A name found in a claim's words names the speaker: a three-letter one only when
    written capitalised ("Guo's charges", not the modal in "workers may report")."""
    return len(written) >= _SHORT_NAME or written[:1].isupper()


# The statement nouns that name their content ("the announcement of a new stadium"), the
# words after them that introduce it, and how many of its words are read.
_ANNOUNCED = LazyPattern(
    r"(?i)^\W*(?:'s|’s)?\s*(?:announcements?|declarations?)\s+(?:of|on|about|that)\s+"
)
_ANNOUNCED_WORDS = 6
# Words of a content phrase that name nothing of its own.
_LIGHT = frozenset({"the", "a", "an", "new", "its", "their", "this", "that", "some", "more"})
# Words compared by their first letters ("stadium" / "stadiums").
_STEM = 5


def _stems(text: str) -> set[str]:
    """Content words of a text, by their first letters."""
    return {
        w[:_STEM] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _LIGHT
    }


def _announced(text: str, end: int) -> set[str]:
    """What the announcement named right after ``end`` announces ("'s announcement of a new
    national stadium": natio, stadi), or an empty set when no content phrase follows."""
    m = _ANNOUNCED.match(text[end:])
    if m is None:
        return set()
    phrase = re.split(r"[,.;:]", text[end + m.end() :], maxsplit=1)[0]
    return _stems(" ".join(phrase.split()[:_ANNOUNCED_WORDS]))


def by_denials(pairs: Pairs) -> None:
    """A denial answers the nearest related claims of another side."""
    n = len(pairs.claims)
    for i, claim in enumerate(pairs.claims):
        if claim.facets is None or not claim.facets.denial:
            continue
        # "denied the accusation", "those claims are false": a word for what it answers
        pointing = pointer(claim)
        owner = _possessors(said_text(claim))
        options = [
            j
            for j in range(max(0, i - 40), min(n, i + 40))
            if pairs.side[j] != pairs.side[i]
            and pairs.one_scene(i, j)
            and (
                pairs.near(i, j, DENIAL_SENTENCES)
                or pairs.near_paragraphs(i, j, _DENIAL_PARAGRAPHS)
                or pairs.apart(i, j)
                and pairs.score(i, j)
            )
        ]
        if pointing is not None and names_figures(pointing.kind):
            # a denial of "the figures" ("the figures were exaggerated") answers claims that
            # give a figure, not an accusation or a remark that shares a word or stands
            # just before it
            options = [j for j in options if fits(pointing.kind, pairs.claims[j])]
        owned = [
            j
            for j in options
            if pairs.claims[j].speaker_id in pairs.owners.get(i, ()) and _deniable(pairs.claims[j])
        ]
        if owned:
            # "denied the tribal leaders' allegations": it answers those leaders' claims,
            # not whatever else the article reported nearby.
            options = owned
        ranked = sorted(
            # another denial answers the same account, it is not what this one denies
            [j for j in options if not denies(pairs.claims[j])],
            key=lambda j: (
                -affinity(claim, pairs.claims[j], pairs.score(i, j), owner),
                pairs.distance(i, j),
                j,
            ),
        )
        answered = [
            j
            for j in ranked[:_DENIAL_TARGETS]
            if affinity(claim, pairs.claims[j], pairs.score(i, j), owner)
            >= _DENIAL_MIN_AFFINITY * (1 if _before_or_near(pairs, i, j) else _LATER_AFFINITY)
            # a denial denies something said to have happened or been done, not a
            # statement of intent or praise that merely shares a name ("coalition") ...
            and (
                _deniable(pairs.claims[j])
                # ... or what its own clause echoes ("denied receiving any warning" / "had
                # been warned in January"), said of no event class
                or j < i
                and pairs.near(i, j, _DENIAL_FALLBACK)
                and _denied_in_cue(claim)
                and echoes(claim, pairs.claims[j])
                and not states_intent(pairs.claims[j])
            )
        ]
        if answered and not names_what(claim) and not spells_out(claim) and not opens_clause(claim):
            # "This is complete nonsense", "X's charges are baseless": a denial that names
            # nothing of what it denies, and answers something of the other side's nearby,
            # answers what that side has just said (whatever its words) and what it said
            # before; a later claim sharing a name or a word is another point.
            just_before = [
                j
                for j in options
                if j < i
                and pairs.near(i, j, _DENIAL_FALLBACK)
                and not states_intent(pairs.claims[j])
                and not denies(pairs.claims[j])
            ]
            if just_before:
                last = just_before[-1]
                answered = [last, *(j for j in answered if j < i and j != last)]
        if owned and not _names_event(claim):
            # "dismissed a report by Human Rights Watch": the claim names the statement
            # and nothing of what it says, so what it dismisses is what the owner is
            # reported saying nearest to it.
            # ... a claim that tells of harm or a wrong before a procedural remark ("would
            # review the footage"): an account disputed is an account of what was done
            nearest = min(
                owned, key=lambda j: (not accuses(pairs.claims[j]), pairs.distance(i, j), j)
            )
            if nearest not in answered:
                answered.append(nearest)
        if not answered and not spells_out(claim) and not _shares_words(pairs, i, ranked, owner):
            # Nothing shares its words: a denial answers what the other side has just
            # said ("... they have killed him." / "it is rumour with no verification"),
            # unless it says what it denies ("allegations that it is stealing gas"). One
            # sharing words with a claim it cannot answer ("denied that any gate had been
            # locked" / "found a locked gate") speaks to that point, not to the claim just
            # before it ("dozens more were missing").
            answered = [
                j
                for j in options
                if j < i
                and pairs.near(i, j, _DENIAL_FALLBACK)
                and (_deniable(pairs.claims[j]) or _just_said(pairs, i, j))
            ]
            answered = answered[-1:]
            if not answered and points_at_account(claim):
                # "found the alleged incident did not happen" in a lead, the account it
                # denies told in the next sentence: the nearest after it is answered.
                after = [
                    j
                    for j in options
                    if j > i and pairs.near(i, j, _DENIAL_FALLBACK) and _deniable(pairs.claims[j])
                ]
                answered = after[:1]
        if blanket(claim):
            # "denies that abuses took place", "rejected all the allegations": a blanket
            # denial answers the other side's accusations before it, whatever their words
            # and however far back in the article.
            before = [
                j
                for j in range(max(0, i - 40), i)
                if pairs.side[j] != pairs.side[i]
                and not pairs.apart(i, j)
                and pairs.one_scene(i, j)
                and accuses(pairs.claims[j])
                and (not owned or j in owned)
            ]
            answered += sorted(before, reverse=True)[:BLANKET_TARGETS]
        if deictic(claim) or rejects_pointed(said_text(claim)):
            # "These claims are not true", "dismissed the official assertions": the
            # claims answered are the other side's just before, whatever their words.
            # A claim that reports nothing ("we are deeply concerned") is no claim to deny.
            # "this information": what was just said, whatever place it names (a scene
            # told since, "a later flight ... near Gori", does not set it apart)
            # A denial naming whose statement it rejects ("dismissed the ministry's
            # reports as nonsense") answers that owner's claims only, not another side's
            # claim that happens to stand just before it.
            window = range(max(0, i - DEICTIC_SENTENCES * 2), i)
            # "no such report had been filed", "this claim is false": one statement, the
            # one before it whose words it echoes, else the nearest before it, whether or
            # not it names an event ("engineers had flagged rusted bolts")
            one = _one_statement(said_text(claim))
            before = [
                j
                for j in (owned or window)
                if j in window
                and pairs.side[j] != pairs.side[i]
                and pairs.near(i, j, DEICTIC_SENTENCES)
                and (
                    _deniable(pairs.claims[j])
                    or one
                    and not states_intent(pairs.claims[j])
                    and not denies(pairs.claims[j])
                )
            ]
            if spells_out(claim):
                # "denied allegations that it is stealing gas": what it denies is told, so
                # the claims before it answer it only when they share something of it
                before = [
                    j
                    for j in before
                    if affinity(claim, pairs.claims[j], pairs.score(i, j), owner)
                    >= _DENIAL_MIN_AFFINITY
                ]
            if before and one:
                echoing = [j for j in before if echoes(claim, pairs.claims[j])]
                before = [max(echoing or before)]
            if pointing is not None:
                # "those allegations", "the report": only claims that are such a statement
                # (pointed.fits: "alleged", "reported"), not whatever else stood before
                before = [j for j in before if fits(pointing.kind, pairs.claims[j])]
            answered += sorted(before, reverse=True)[:_DENIAL_TARGETS]
            if rejects_pointed(said_text(claim)):
                # "called this information nonsense" rejects what was told before it, not a
                # later claim sharing a word ("what he called ...")
                answered = [j for j in answered if j < i]
        for j in answered:
            if tells_future(pairs.claims[j]) and not speaks_of_plan(claim):
                # "Seoul will take counter-measures": what will be done is no account of
                # the past act the denial denies ("denied sinking the warship")
                continue
            pairs.add(i, j, denial_signal(claim, pairs.claims[j], pairs.label[i], pairs.label[j]))


def _before_or_near(pairs: Pairs, i: int, j: int) -> bool:
    """Claim j stands before denial i, in another account, or a few sentences after it; or i
    is the headline ("Ministry denies report of fuel price rise"), which sums up the article
    told after it."""
    return (
        j < i
        or pairs.apart(i, j)
        or pairs.near(i, j, _LATER_SENTENCES)
        or pairs.where[i].paragraph == 0
    )


# A denial answers what was said before it; a claim told more than this many sentences after
# it in one article makes a point of its own, unless it shares this many times as much with
# the denial ("zero chance of civilian casualties" and a later "civilian casualties").
_LATER_SENTENCES = 4
_LATER_AFFINITY = 2.0


def _denied_in_cue(claim: Claim) -> bool:
    """The denial is the cue ("Harlow denied receiving any warning"): the claim's words are
    all what is denied."""
    facets = claim.facets
    return bool(
        facets is not None
        and facets.denial
        and claim.cue is not None
        and facets.denial.lower() in claim.cue.text.lower()
    )


@cache
def _one_statement_pattern() -> re.Pattern[str]:
    nouns = [str(n) for n in load_table("pointed.yaml")["nouns"]]
    # a noun whose plural is listed too is a singular ("report" / "reports")
    singular = [n for n in nouns if f"{n}s" in nouns]
    return re.compile(
        r"(?i)\b(?:this|that|such|the|any|a|an)\s+(?:[\w-]+\s+)?"
        rf"(?:{phrase_alternation(singular)})\b(?!['’])"
    )


def _one_statement(text: str) -> bool:
    """A denial that points at one statement ("no such report had been filed", "there is no
    truth to this claim"), not at several ("these claims", "such allegations")."""
    return bool(_one_statement_pattern().search(text))


def _shares_words(pairs: Pairs, i: int, ranked: Sequence[int], owner: str) -> bool:
    """Claim i shares words with the first of ``ranked`` (ranked by affinity, highest first)."""
    return bool(ranked) and (
        affinity(pairs.claims[i], pairs.claims[ranked[0]], pairs.score(i, ranked[0]), owner)
        >= _DENIAL_MIN_AFFINITY
    )


def by_confirmations(pairs: Pairs) -> None:
    """A short claim under a confirming cue ("confirmed the agreement") answers the
    nearest claim of another side just before it that reports something."""
    for i, claim in enumerate(pairs.claims):
        if not confirms(claim):
            continue
        short = len(said_text(claim).split()) <= _CONFIRM_WORDS
        before = [
            j
            for j in range(max(0, i - 40), i)
            if pairs.side[j] != pairs.side[i]
            and pairs.near(i, j, DEICTIC_SENTENCES if short else _CONFIRM_NEAR_LONG)
            and reports_something(pairs.claims[j])
        ]
        if before and (short or _shares_particulars(claim, pairs.claims[before[-1]])):
            # a longer confirmation makes a point of its own: it bears out the claim just
            # before only where it names the same time, place or thing ("confirm U.S.
            # forces were in action early Wednesday" / "... fired early Wednesday")
            j = before[-1]
            pairs.add(i, j, confirm_signal(claim, pairs.claims[j]))


def by_shortfalls(pairs: Pairs) -> None:
    """Claims of two sides that each say something falls short, in two accounts or a
    few paragraphs apart in one (farther apart, they judge different efforts)."""
    short = [i for i, c in enumerate(pairs.claims) if states_shortfall(c)]
    for x, i in enumerate(short):
        for j in short[x + 1 :]:
            if pairs.apart(i, j) or pairs.near_paragraphs(i, j, _SHORTFALL_PARAGRAPHS):
                pairs.add(i, j, shortfall_signal(pairs.claims[i], pairs.claims[j]))


def by_responsibility(pairs: Pairs, speakers: Sequence[Speaker]) -> None:
    """A claim of responsibility against the other sides' nearby accounts of an act that
    name the claimant ("Taliban" in "a Taliban bomber detonated ...")."""
    speaker_names = {sp.id: sp.name for sp in speakers}
    for i, claim in enumerate(pairs.claims):
        if not takes_responsibility(claim):
            continue
        owner = [n for n in (pairs.label[i], speaker_names.get(claim.speaker_id, "")) if len(n) > 2]
        for j in range(max(0, i - 40), min(len(pairs.claims), i + 40)):
            if pairs.side[j] == pairs.side[i] or not (
                pairs.apart(i, j) or pairs.near(i, j, SLOT_NEAR_SENTENCES)
            ):
                continue
            text = said_text(pairs.claims[j])
            named = next((n for n in owner if text_names(text, n)), "")
            pairs.add(i, j, responsibility_signal(claim, pairs.claims[j], named))
    for i, claim in enumerate(pairs.claims):
        if not blames(claim):
            continue
        text = said_text(claim)
        for j in range(max(0, i - 40), min(len(pairs.claims), i + 40)):
            if pairs.side[j] == pairs.side[i] or not (
                pairs.apart(i, j) or pairs.near(i, j, SLOT_NEAR_SENTENCES)
            ):
                continue
            other = pairs.claims[j]
            blamed = (pairs.label[j], speaker_names.get(other.speaker_id, ""))
            named = next((n for n in blamed if text_names(text, n)), "")
            # "it was the military that was responsible for the killings" against the
            # military's own account of the killings: one act, whoever is to blame
            pairs.add(j, i, responsibility_signal(other, claim, named, blamed=True))


def _possessors(text: str) -> str:
    """The words naming whose statement a denial answers ("the coalition's account" ->
    "coalition"): they say whose it is, and the owner's other claims share them whatever
    they say."""
    objects = set(word_list("reply_objects"))
    found = [
        m.group(1)
        for m in _POSSESSED.finditer(text)
        if m.group(2).lower() in objects or (m.group(3) or "").lower() in objects
    ]
    return " ".join(found)


# "<name>'s [adjective] <statement word>": the name owns the statement.
_POSSESSED = LazyPattern(r"\b((?:[A-Z][\w-]*\s+)*[\w-]+)['’]s\s+(\w+)(?:\s+(\w+))?")


def _just_said(pairs: Pairs, i: int, j: int) -> bool:
    """Claim j, of another side, stands in short denial i's sentence or the one before and
    tells no plan, and i's cue itself rejects ("dismissed such calls as attempts to
    interfere"): it answers j though j names no event or figure ("called for her release").
    A long claim with a denial word in it ("shut down newspapers that refused to print
    government propaganda") says things of its own, and a denial in the claim's words ("all
    trucks are accounted for") denies a deed, not a remark ("will keep working together")."""
    denial = pairs.claims[i]
    return (
        _rejecting_cue(denial)
        and len(said_text(denial).split()) <= _SHORT_DENIAL_WORDS
        and pairs.near(i, j, 1)
        and not states_intent(pairs.claims[j])
    )


def _rejecting_cue(claim: Claim) -> bool:
    """The claim's denial is its cue ("dismissed", "rejected"), not a word of its content."""
    denial = claim.facets.denial if claim.facets else ""
    return bool(denial and claim.cue and denial.lower() in claim.cue.text.lower())


def _deniable(claim: Claim) -> bool:
    """The claim tells something a denial can deny: an event or figure, and not as what
    someone will do ("it will distribute aid to those who fled" tells no deed)."""
    return reports_something(claim) and not states_intent(claim)


def _counts_event_of(target: Claim, reply: Claim) -> bool:
    """The target gives a figure for an event the reply names."""
    if target.facets is None or reply.facets is None:
        return False
    return any(q.event and q.event in reply.facets.events for q in target.facets.quantities)


def _shared_events(a: Claim, b: Claim) -> int:
    """How many event classes the two claims share, denials and accusations aside."""
    ea = set(a.facets.events if a.facets else ())
    eb = set(b.facets.events if b.facets else ())
    return len((ea & eb) - {"denial", "accusation"})


def _shares_particulars(a: Claim, b: Claim) -> bool:
    """The two name one time, place or thing (a participant or a key object word)."""
    fa, fb = a.facets, b.facets
    if fa is None or fb is None:
        return False
    return bool(set(fa.participants) & set(fb.participants) or set(fa.objects) & set(fb.objects))


def _statement_name(name: str) -> str:
    """The word for a statement in a speaker's name ("a 61-page report by X"), or ""."""
    words = re.findall(r"[a-z]+", name.lower())
    return next((w for w in words[:-1] if w in word_list("reply_objects")), "")


def _names_event(claim: Claim) -> bool:
    return claim.facets is not None and bool(set(claim.facets.events) - {"denial"})


# A denial sharing nothing with any claim answers the other side's last claim this near.
_DENIAL_FALLBACK = 2
# A denial this short names little of its own: it answers what was just said, whatever that
# names ("dismissed such calls as attempts to interfere", 11 words).
_SHORT_DENIAL_WORDS = 12
