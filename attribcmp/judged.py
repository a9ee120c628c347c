"""What a reply calls the statement it names: borne out or rejected.

"Mr. Okoro's assertion is correct because many deaths go unreported" names Okoro's
statement and bears it out, though the rest of the sentence negates something ("do not
report"); "the ministry's figures are baseless" rejects it; "confirmed the army's figure"
and "agreed with the ministry's count" bear it out, "disputed the governor's figures" rejects
it. ``answers.reply_signal`` asks ``judgment`` for the named statement and lets it decide the
reply's relation. The words are data (``data/judged.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from attribcmp.data import load_table, phrase_alternation
from attribcmp.model import Relation

__all__ = ["judgment", "rejects_pointed"]


def _lexicon() -> dict[str, Any]:
    return load_table("judged.yaml")


def _alternatives(key: str) -> str:
    return phrase_alternation(_lexicon()[key])


# Words of a complement the statement's word may carry before the judgment ("the count of
# the votes in the north is wrong"): a longer stretch is a clause of its own.
_COMPLEMENT_WORDS = 6


@cache
def _after() -> re.Pattern[str]:
    """ "<statement> is (not) (entirely) <judgment>", the statement's word right before or
    a short complement between ("the declaration of his re-election is a provocation")."""
    return re.compile(
        rf"(?i)^['’]?(?P<c>\s+(?:of|on|about|over)(?:\s+[\w'’.-]+){{1,{_COMPLEMENT_WORDS}}}?)?"
        rf"\s*(?:{_alternatives('copulas')})\s+(?P<neg>not\s+)?"
        rf"(?:(?:{_alternatives('degrees')})\s+)?"
        rf"(?P<j>{_alternatives('affirm')}|{_alternatives('reject')})(?!\w)"
    )


@cache
def _before() -> re.Pattern[str]:
    """ "<verb> the <name>'s" or "<verb> with the": the verb just before the named part."""
    return re.compile(
        rf"(?i)(?<!\w)(?P<v>{_alternatives('affirm_verbs')}|{_alternatives('reject_verbs')})"
        r"(?:\s+(?:the|a|an|its|their|this|that))?\s*$"
    )


def _words(key: str) -> frozenset[str]:
    return frozenset(re.sub(r"\s+", " ", str(w).lower()) for w in _lexicon()[key])


def judgment(text: str, start: int, end: int) -> tuple[str, Relation] | None:
    """The judgment a claim passes on the statement it names at ``text[start:end]`` ("Mr.
    Okoro's assertion"): the words and CONVERGE (borne out) or DIVERGE (rejected), or None.

    Args:
        text: the claim's words.
        start: where the named statement begins (its owner's name or the article before it).
        end: where it ends (after the word for the statement).
    """
    m = _after().match(text[end:])
    if m:
        word = re.sub(r"\s+", " ", m.group("j").lower())
        affirms = word in _words("affirm")
        if m.group("neg"):  # "is not correct" rejects, "is not false" bears out
            affirms = not affirms
        # the judgment as written, without the complement ("is a provocation")
        said = re.sub(r"\s+", " ", m.group()[m.end("c") if m.group("c") else 0 :].strip(" '’"))
        return said, Relation.CONVERGE if affirms else Relation.DIVERGE
    lo = max(0, start - 40)
    m = _before().search(text[lo:start])
    if m:
        verb = re.sub(r"\s+", " ", m.group("v").lower())
        affirms = verb in _words("affirm_verbs")
        negation = _negation_before(text, lo + m.start())
        if negation:
            # "could not immediately confirm Mr. Okoro's figure" bears nothing out; a negated
            # agreeing verb never reads as agreement ("did not dispute" still bears it out)
            affirms = not affirms
        said = re.sub(r"\s+", " ", f"{negation} … {m.group().strip()}" if negation else m.group())
        return said.strip(), Relation.CONVERGE if affirms else Relation.DIVERGE
    return None


# How many words before a judging verb a negation may stand ("could not immediately
# confirm", "has yet to confirm").
_NEGATION_REACH = 3


def _negation_before(text: str, at: int) -> str:
    """The negation within ``_NEGATION_REACH`` words before ``text[at]`` ("not", "n't",
    "never", "yet to", "refused to"), as written, or ""."""
    # a negation in another clause ("they do not know, but confirmed") is not the verb's
    clause = re.split(r"[,;:.!?]", text[max(0, at - 80) : at])[-1]
    words: list[str] = re.findall(r"[\w'’]+", clause)[-_NEGATION_REACH - 1 :]
    low = [w.lower().replace("’", "'") for w in words]
    for k in range(max(0, len(low) - _NEGATION_REACH), len(low)):
        if low[k] == "not" and low[k + 1 : k + 2] == ["only"]:
            continue  # "not only confirmed ... but" asserts
        if low[k] in _words("negations") or low[k].endswith("n't"):
            return words[k]
        if k > 0 and f"{low[k - 1]} {low[k]}" in _words("negations"):
            return f"{words[k - 1]} {words[k]}"
    return ""


@cache
def _pointed() -> re.Pattern[str]:
    """ "this information ... nonsense", "these reports are false": a statement pointed at by
    "this"/"these", then (a copula and) a rejecting judgment, quoted or not."""
    return re.compile(
        rf"(?i)(?<!\w)(?:this|these|that|those|such)\s+(?:{_alternatives('pointed_nouns')})"
        rf"\s+(?:(?:{_alternatives('copulas')})\s+)?(?:(?:{_alternatives('degrees')})\s+)?"
        rf"[\"“'‘]?(?P<j>{_alternatives('reject')})(?!\w)"
    )


def rejects_pointed(text: str) -> str:
    """The words by which a claim rejects a statement it points at without naming its owner
    ("called this information \"nonsense\"", "these reports are false"), or "".

    Such a claim answers what the other side said just before it, however long the claim
    (a speaker left in its words makes it long: "a spokesman ... has called this ...")."""
    m = _pointed().search(text)
    return re.sub(r"\s+", " ", m.group()) if m else ""
