"""Nominal cues: a possessor's claim, promise or criticism named as a noun.

News reports stance and speech as nouns as often as verbs: "Trump's claim that the vote was
rigged", "her decision to open the borders", "his criticism of the ruling", "the ministry's
assurance that no one was hurt". The possessor is the speaker; what the noun's complement says
("that ...", "to ...", "of ...") is the content. The nouns and the complements each takes are
data (``data/cues.yaml``, key ``nominal``). Only a possessor counts: "a claim that ..." with no
one named says nothing about who made it.

The pass runs after the verb cues and leaves every range they used alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from operator import itemgetter

from attribcmp.attribute.appositive import (
    Appositive,
    appositive_nouns,
    appositive_verbs,
    appositives,
)
from attribcmp.attribute.cues import Token, default_lexicon
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.learned import scorer
from attribcmp.attribute.mentions import abbreviation_dot, bare, can_speak, describe, words
from attribcmp.attribute.speakers import Resolver
from attribcmp.data import load_table, word_set
from attribcmp.model import Document, Sentence

_LOWER = itemgetter(1)  # Token.lower, read without a Python-level call per token
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "its", "their"))
# Words after which "her" is a possessor ("dented by her decision to"), not an object ("told
# her plan"): conjunctions and prepositions.
_BEFORE_POSSESSIVE = word_set(
    "and but with by of in on for from about after over at against despite amid"
)
# Marks that end a nominal's content: the noun phrase, not the sentence, holds it.
_ENDS = frozenset(",;:.!?()—–[]")
# Words after "to" that show a destination or amount, not an infinitive.
_NOT_INFINITIVE = word_set(
    """the a an this that these those his her its their our my your one two three four five six
    seven eight nine ten twenty thirty forty fifty hundred thousand million billion about
    around some more less"""
)
_MAX_MODIFIERS = 3  # adjectives between possessor and noun ("his repeated public calls")
_MAX_CONTENT = 40  # tokens of content at most: a longer run is the sentence going on
# Modifiers that make the noun a question or a denial of it, not the possessor's own claim.
_NOT_OWN = frozenset(("alleged", "supposed", "so-called", "false"))


@cache
def _table() -> dict[str, frozenset[str]]:
    """noun -> the words that may open its complement ("that", "to", "of", "for", ...)."""
    data = load_table("cues.yaml")
    table: dict[str, frozenset[str]] = {}
    for opener, nouns in (data.get("nominal") or {}).items():
        for noun in str(nouns).split():
            table[noun] = table.get(noun, frozenset()) | {str(opener)}
    return table


@cache
def _outer_words() -> frozenset[str]:
    """Words that may report before a nominal (the verb lexicon and the learned cue words)."""
    sc = scorer()
    return frozenset(default_lexicon().words) | frozenset(sc.prior if sc else ())


def _possessor(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The possessor phrase ending at token k ("his", "Trump's", "the ministry's")."""
    tok = tokens[k]
    if tok.lower in _POSSESSIVE_PRONOUNS:
        if tok.lower == "her" and k > 0 and tokens[k - 1].text[:1].isalpha():
            prev = tokens[k - 1].lower
            if prev not in words().determiners and prev not in _BEFORE_POSSESSIVE:
                return None  # "told her plan": "her" as an object, not a possessor
        return k, k
    if not tok.lower.endswith(("'s", "’s")) or tok.lower in ("it's", "it’s", "that's", "that’s"):
        return None
    w = words()
    owner = bare(tok.lower)
    if not tok.text[:1].isupper() and not any(
        owner in table or owner.rstrip("s") in table
        for table in (w.roles, w.organisations, w.anonymous, w.groups, w.forces)
    ):
        return None  # "the decade's biggest claim": only someone who can speak owns a claim
    j = k
    if tok.text[:1].isupper():
        while j > 0 and (tokens[j - 1].text[:1].isupper() or abbreviation_dot(tokens, j - 1)):
            j -= 1  # "Donald J. Trump's"
    else:
        while j > 0 and k - j < 3 and tokens[j - 1].text[:1].isalpha():
            if tokens[j - 1].lower in w.determiners:
                break
            j -= 1  # "the Foreign Ministry's", "the state media's"
    if j > 0 and tokens[j - 1].lower in w.determiners:
        j -= 1
    return j, k


def _content(tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """From the complement's first word to the end of the noun phrase's clause."""
    last = start
    n = len(tokens)
    quote = False
    for k in range(start, min(n, start + _MAX_CONTENT)):
        text = tokens[k].text
        if text in '“"':
            quote = not quote if text == '"' else True
        elif text == "”":
            quote = False
        elif text in _ENDS and not quote:
            break
        last = k
    while last > start and not tokens[last].text[:1].isalnum() and tokens[last].text not in '”"':
        last -= 1
    if last == start and tokens[start].text[:1].isupper():
        return (start, last)  # "his attacks on Curiel": one name is what was attacked
    return (start, last) if last > start else None


def nominal_frames(
    tokens: Sequence[Token],
    used: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]] = (),
) -> list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(speaker, cue, content) token ranges for each possessor's nominal cue, left to right,
    none overlapping the character spans ``used`` or each other."""
    table = _table()
    outer = _outer_words()
    out: list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]] = []
    taken = list(used)
    n = len(tokens)
    for i, tok in enumerate(tokens):
        openers = table.get(tok.lower)
        if openers is None or i == 0 or i + 2 >= n:
            continue
        opener = tokens[i + 1].lower
        if opener not in openers or any(s < tok.start < e for s, e in quoted):
            continue  # a noun inside a quotation is the quoted speaker's
        if opener == "to" and not tokens[i + 2].text.islower():
            continue  # "his call to Merkel": a listener, not an infinitive
        if opener == "to" and tokens[i + 2].lower in _NOT_INFINITIVE:
            continue  # "lowered their demand to nine percent": an amount, not an infinitive
        k = i - 1
        mods = 0
        while (
            k > 0
            and mods < _MAX_MODIFIERS
            and tokens[k].text.islower()
            and tokens[k].text.isalpha()
        ):
            if tokens[k].lower in _POSSESSIVE_PRONOUNS or tokens[k].lower in _NOT_OWN:
                break
            k -= 1
            mods += 1
        if tokens[k].lower in _NOT_OWN:
            continue  # "his alleged promise": the writer doubts it was made
        speaker = _possessor(tokens, k)
        if speaker is None:
            continue
        # the complement's opener stays in the content for clauses ("that", "to"), not for
        # prepositions ("criticism of X": X is what was criticised)
        first = i + 1 if opener in ("that", "to") else i + 2
        cue = (i, i) if first == i + 1 else (i, i + 1)
        content = _content(tokens, first)
        if content is None:
            continue
        start, end = tokens[speaker[0]].start, tokens[content[1]].end
        if any(a < end and start < b for a, b in taken):
            continue
        if any(t.lower in outer for t in tokens[: speaker[0]]):
            continue  # "X criticized Trump's plan to ...": the phrase is X's content, not a claim
        out.append((speaker, cue, content))
        taken.append((start, end))
    return out


@cache
def _unowned() -> tuple[frozenset[str], frozenset[str]]:
    """(plural report nouns that need no possessor, words after which no "that" is needed)."""
    data = load_table("cues.yaml").get("nominal_unowned") or {}
    return word_set(str(data.get("nouns", ""))), word_set(str(data.get("bare_after", "")))


# Modifiers kept in an unowned report's speaker ("other reports", "unconfirmed media reports").
_UNOWNED_MODIFIERS = word_set("other new media press news unconfirmed unverified local earlier")
# Words that open a clause with no "that" before it ("amid claims the vaccine is ...").
_CLAUSE_OPENERS = word_set("the a an he she it they his her its their this these those some")
_MAX_FROM = 4  # capitalised words of a "reports from Lome" origin, skipped to reach "that"


def unowned_frames(
    tokens: Sequence[Token],
    used: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]] = (),
) -> list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(speaker, cue, content) token ranges for plural reports no one owns: "address reports
    that they took bribes", "amid claims the vaccine is contaminated". The noun phrase is the
    speaker; unlike a possessor's nominal, one inside another's report is still a claim of its
    own ("Amnesty did not confirm other reports that ..."), as dispute stories weigh them."""
    nouns, bare_after = _unowned()
    w = words()
    out: list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]] = []
    taken = list(used)
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.lower not in nouns or i == 0 or i + 2 >= n:
            continue
        if any(s < tok.start < e for s, e in quoted):
            continue  # a noun inside a quotation is the quoted speaker's
        a = i
        while a > 0 and i - a < 2 and tokens[a - 1].lower in _UNOWNED_MODIFIERS:
            a -= 1
        prev = tokens[a - 1].text if a else ""
        if prev != "," and not (prev.isalpha() and prev.islower()):
            continue  # a sentence's subject, or a name's reports: not this shape
        before = tokens[a - 1].lower
        if before in w.determiners or before in _POSSESSIVE_PRONOUNS:
            continue  # "the claims that", "his claims that": earlier or owned reports
        j = i + 1
        if tokens[j].lower == "from":
            k = j + 1
            while k < n and k - j <= _MAX_FROM and tokens[k].text[:1].isupper():
                k += 1
            j = k if k > j + 1 else j  # "reports from Lome that": the origin, then the clause
        if j >= n:
            continue
        if tokens[j].lower != "that" and not (
            before in bare_after and tokens[j].lower in _CLAUSE_OPENERS
        ):
            continue
        content = _content(tokens, j)
        if content is None or content[1] - content[0] < 3:
            continue  # too short to be a clause: "charges that were dropped" is a relative
        start, end = tokens[a].start, tokens[content[1]].end
        if any(x < end and start < y for x, y in taken):
            continue
        out.append(((a, i), (i, i), content))
        taken.append((start, end))
    return out


# "allegations from a parliament member that C": the words of the source phrase at most, and
# the prepositions that name a report's source (not "claims about", "charges against").
_MAX_SOURCE = 6
_SOURCE_PREPOSITIONS = word_set("from by")
# Words that end a source phrase before its "that": a verb or clause word means the "that" is
# a relative pronoun of something else ("reports from people who said that ...").
_NOT_IN_SOURCE = word_set("who which whom whose said says say told was were is are had has have")


def sourced_frames(
    tokens: Sequence[Token],
    claimed: Sequence[tuple[int, int]],
    taken: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]] = (),
) -> list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(speaker, cue, content) token ranges for "allegations from X that C" and "claims by X
    that C": X made the claim C. Unlike the other nominals it stands even inside another
    claim (``claimed``: "the army denied allegations from a lawmaker that C" holds the
    lawmaker's accusation as well as the denial), only not across one's edge or over a frame
    already found (``taken``)."""
    nouns = frozenset(noun for noun, opens in _table().items() if "that" in opens)
    out: list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]] = []
    spans = list(taken)
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.lower not in nouns or i + 3 >= n or tokens[i + 1].lower not in _SOURCE_PREPOSITIONS:
            continue
        if any(s < tok.start < e for s, e in quoted):
            continue  # a noun inside a quotation is the quoted speaker's
        k = i + 2
        while k < n and k - i - 2 < _MAX_SOURCE and tokens[k].lower != "that":
            if not tokens[k].text[:1].isalnum() or tokens[k].lower in _NOT_IN_SOURCE:
                break
            k += 1
        if k >= n or k == i + 2 or tokens[k].lower != "that":
            continue
        content = _content(tokens, k)
        if content is None or content[1] - content[0] < 3:
            continue  # too short to be a clause
        start, end = tok.start, tokens[content[1]].end
        if any(x < end and start < y for x, y in spans):
            continue
        if any(x < end and start < y and not (x <= start and end <= y) for x, y in claimed):
            continue  # across the edge of another claim: not this noun phrase's clause
        out.append(((i + 2, k - 1), (i, i + 1), content))
        spans.append((start, end))
    return out


@cache
def nominal_words() -> frozenset[str]:
    """Every word without which ``nominal_drafts`` makes nothing: the nouns its tables list
    (a sentence holding none skips it, cue_claims.py)."""
    return frozenset(_table()) | _unowned()[0] | appositive_nouns()


def nominal_drafts(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: Sequence[Token],
    made: Sequence[Draft],
    resolver: Resolver,
    quoted: Sequence[tuple[int, int]],
) -> list[Draft]:
    """Claims of nominal cues in one sentence that no earlier rule has used; an appositive
    denial (", a claim his family rejected") is cut off the claim before it and made a claim."""
    if len(tokens) > 300:
        return []  # a list or debris, not a sentence: the pass stays linear
    text = doc.text
    out: list[Draft] = []
    lowered = set(map(_LOWER, tokens))  # one set per sentence: the look-ups below are in C
    if not appositive_nouns().isdisjoint(lowered):
        for app in appositives(tokens):
            _cut_before(made, tokens, app)
            draft = _appositive_draft(doc, sent, tokens, app, resolver, si)
            if draft is not None:
                out.append(draft)
    table = _table()
    unowned = _unowned()[0]
    if table.keys().isdisjoint(lowered) and unowned.isdisjoint(lowered):
        return out  # most sentences hold no nominal cue
    used: list[tuple[int, int]] = []
    for d in made:
        used.extend(d.parts)
        for span in (d.mention, d.cue):
            if span is not None:
                used.append((span.start, span.end))
    used.extend(d.parts[0] for d in out)
    frames = nominal_frames(tokens, used, quoted)
    if not unowned.isdisjoint(lowered):
        owned = [(tokens[sp[0]].start, tokens[ct[1]].end) for sp, _, ct in frames]
        frames += unowned_frames(tokens, [*used, *owned], quoted)
    if not _SOURCE_PREPOSITIONS.isdisjoint(lowered):
        found = [(tokens[sp[0]].start, tokens[ct[1]].end) for sp, _, ct in frames]
        parts = [p for d in (*made, *out) for p in d.parts]
        frames += sourced_frames(tokens, parts, found, quoted)
    for speaker, cue, content in frames:
        a, b = speaker
        info = describe(text, tokens, a, b)
        name = bare(info.span.text.lower())
        if not can_speak(info) or name in words().not_speakers:
            continue
        entity, how = resolver.resolve(info, doc.id, si)
        cue_span = span_of(text, tokens, *cue)
        out.append(
            Draft(
                doc.id,
                entity,
                sent.paragraph,
                [(tokens[content[0]].start, tokens[content[1]].end)],
                info.span,
                cue_span,
                f"nominal: '{info.span.text} {cue_span.text}' names what was said",
                how,
                False,
                token_ranges=[content],
            )
        )
    return out


def appositive_cue(tokens: Sequence[Token], first: int) -> bool:
    """Token ``first`` is the verb of an appositive denial (", an account villagers dispute"):
    the verb cues are to leave it to this pass, or it takes the claim before it as content."""
    if tokens[first].lower not in appositive_verbs():
        return False  # one set look-up for nearly every cue
    return any(app.verb == first for app in appositives(tokens))


def _cut_before(made: Sequence[Draft], tokens: Sequence[Token], app: Appositive) -> None:
    """The claim whose content runs on into the appositive ends before its comma."""
    comma = tokens[app.comma].start
    end = tokens[app.comma - 1].end
    for d in made:
        if d.cue is not None and d.cue.start >= comma:
            continue  # a claim after the comma is not the one the appositive answers
        for k, (a, b) in enumerate(d.parts):
            if a < comma < b:
                d.parts[k] = (a, end)
        d.token_ranges = [
            (a, app.comma - 1) if a < app.comma <= b else (a, b) for a, b in d.token_ranges
        ]
        if d.hedged and not any(
            t.lower in default_lexicon().hedges
            for k, t in enumerate(tokens)
            if not app.first <= k <= app.last
        ):
            # "said X, a claim his family rejected": the writer's "claim" names the denier's
            # view of X, it does not hedge the first speaker's own cue
            d.hedged = False


def _appositive_draft(
    doc: Document,
    sent: Sentence,
    tokens: Sequence[Token],
    app: Appositive,
    resolver: Resolver,
    si: int,
) -> Draft | None:
    """The denier's claim: speaker the denier, cue the verb, content the appositive."""
    text = doc.text
    info = describe(text, tokens, *app.speaker)
    if not can_speak(info) or bare(info.span.text.lower()) in words().not_speakers:
        return None
    entity, how = resolver.resolve(info, doc.id, si)
    cue = span_of(text, tokens, app.verb, app.verb)
    what = "confirms" if app.agrees else "denies"
    return Draft(
        doc.id,
        entity,
        sent.paragraph,
        [(tokens[app.first].start, tokens[app.last].end)],
        info.span,
        cue,
        f"nominal_appositive: '{info.span.text} {cue.text}' {what} the claim before it",
        how,
        False,
        token_ranges=[(app.first, app.last)],
    )
