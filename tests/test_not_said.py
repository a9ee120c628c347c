"""Cue words that say nothing (attribute/not_said.py), with the real speech beside them that
must stay a claim."""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document
from attribcmp.sides import nationality


def _claims(text: str) -> list[tuple[str, str]]:
    """(speaker name, content) for each claim."""
    claims, speakers = attribute_claims([Document("t", text)], None, nationality=nationality)
    names = {s.id: s.name for s in speakers}
    return [(names[c.speaker_id], " ".join(text[s:e] for s, e in c.parts)) for c in claims]


# (text, a speaker who must not be given a claim, a speaker whose claim must be there or "")
CASES = [
    pytest.param(
        "Pilot Maria Okafor, one of the crew members charged, said Monday that "
        "she and her colleagues reject the accusation.",
        "one of the crew members",
        "Maria Okafor",
        id="apposition-participle-yields-to-said",
    ),
    pytest.param(
        "Farmer Tomas Berg, one of the men arrested, also told reporters that the fence was "
        "never touched.",
        "one of the men",
        "Tomas Berg",
        id="apposition-participle-bridge-adverb",
    ),
    pytest.param(
        "Chancellor Weber called Dr. Amal al-Rashid today to congratulate her on her election.",
        "Chancellor Weber",
        "",
        id="phone-call-time-word",
    ),
    pytest.param(
        "The general, who has ruled the island for 12 years, arrived in the capital on Monday.",
        "The general",
        "",
        id="ruled-a-country",
    ),
    pytest.param(
        "The governor now sits at 85 percent support among rural voters in the state.",
        "The governor now sits",
        "",
        id="counted-noun-percent-support",
    ),
    pytest.param(
        "While a curfew was announced from midnight to dawn, the police did not enforce it.",
        "a curfew",
        "",
        id="passive-thing-announced",
    ),
    pytest.param(
        "The unrest began on Sunday as farmers protested the way the police had cleared a market.",
        "farmers",
        "",
        id="protest-object-in-time-clause",
    ),
    pytest.param(
        "Those close to him say that the senator will run for governor next year.",
        "him",
        "Those close to him",
        id="object-pronoun-ends-subject-modifier",
    ),
    # negative rows: real speech that must stay a claim
    pytest.param(
        "About 45 percent support a ban on the sale of assault weapons, the poll found.",
        "",
        "45 percent",
        id="neg-percent-support-a-ban-is-a-verb",
    ),
    pytest.param(
        "The plan was announced by the mayor, who said the bridge would close in May.",
        "",
        "the mayor",
        id="neg-passive-with-agent",
    ),
    pytest.param(
        "It was announced that the bridge would close for repairs in May.",
        "",
        "it",
        id="neg-impersonal-passive-that",
    ),
    pytest.param(
        "Parents protested that the state funding system hurts poor schools.",
        "",
        "Parents",
        id="neg-protested-that",
    ),
    pytest.param(
        "Activists who backed him say the party must change its rules before the vote.",
        "him",
        "Activists",
        id="neg-relative-clause-object-pronoun",
    ),
    pytest.param(
        "Union leader Ana Diaz accused the company of lying about the wages.",
        "",
        "Ana Diaz",
        id="neg-accused-then-said",
    ),
    pytest.param(
        "The senator called the plan \u201ca reckless gamble.\u201d",
        "",
        "The senator",
        id="neg-called-a-predicate-quote",
    ),
    pytest.param(
        "The court ruled that the new border law was void.",
        "",
        "The court",
        id="neg-ruled-that",
    ),
    pytest.param(
        "The firm charged that the regulator had leaked its files.",
        "",
        "The firm",
        id="neg-active-charged-that",
    ),
    pytest.param(
        "Rebels took the bridge, Radio Nord reported, citing two of its reporters.",
        "",
        "Radio Nord",
        id="neg-parenthetical-report-then-citing",
    ),
    pytest.param(
        "The report, she noted, said the dam was safe.",
        "",
        "she",
        id="neg-parenthetical-pronoun-not-apposition",
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), CASES)
def test_not_said_shapes(text: str, absent: str, present: str) -> None:
    speakers = [name for name, _ in _claims(text)]
    if absent:
        assert absent not in speakers, _claims(text)
    if present:
        assert any(present in name or name in present for name in speakers), _claims(text)


# (sentence, the shape its first cue is read in or None): asked twice, and after another
# sentence's cue, each answer stays the sentence's own (the last answer is remembered).
ASKED = [
    pytest.param(
        "Ann Roe, one of the clerks charged, said the files were lost.",
        "apposition_participle",
        id="participle-in-apposition",
    ),
    pytest.param(
        "Ann Roe, one of the clerks charged, said the files were lost.",
        "apposition_participle",
        id="same-again",
    ),
    pytest.param(
        "The mayor called Ann Roe today to thank her.", "phone_call", id="call-not-a-report"
    ),
    pytest.param(
        "Officials said the bridge would reopen in May.", None, id="plain-report-after-a-call"
    ),
]


@pytest.mark.parametrize(("text", "shape"), ASKED)
def test_not_said_answers_each_cue(text: str, shape: str | None) -> None:
    from attribcmp.attribute.cues import default_lexicon, find_cues, tokenize
    from attribcmp.attribute.not_said import not_said

    lexicon = default_lexicon()
    tokens = tokenize(text, 0, len(text))
    cue = find_cues(tokens, lexicon)[0]
    assert not_said(tokens, cue, lexicon) == shape
    assert not_said(tokens, cue, lexicon) == shape  # the remembered answer
    assert not_said(list(tokens), cue, lexicon) == shape  # a copy: asked afresh
