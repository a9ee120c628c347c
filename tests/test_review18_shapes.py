"""Shapes from review18 (findings 4, 5, 7, 10), each with made-up sentences and negative rows:
a country both accounts name is no point a denial answers (place_words.py, link_rules.affinity);
a negated change is continuity, no rebuttal (continuity.py); a quote pointing back at its
speaker's grouped claim joins that group (follow_ups.py); a box of link titles under "Related"
is page furniture, a headline above an article is not (page_blocks.py); "Envoy for <country>
Policy <Name>" names the person, not "Policy <Name>" (speakers.Resolver.own_name)."""

from __future__ import annotations

import pytest

from attribcmp.acts import REBUT, claim_acts
from attribcmp.continuity import continuity_only
from attribcmp.follow_ups import join_follow_ups, points_back
from attribcmp.link_rules import affinity
from attribcmp.model import ClaimGroup, Document, Verdict
from attribcmp.page_blocks import title_line
from attribcmp.place_words import names_place
from attribcmp.segment import split_paragraphs
from tests.faceted import account_claim, faceted_claim


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("~united states", True),
        ("Brazil", True),
        ("Norway's", True),
        # a body is a party whose words a denial may answer
        ("Taliban", False),
        ("~communication", False),
        ("strategic", False),
    ],
)  # fmt: skip
def test_names_place(word: str, place: bool) -> None:
    assert names_place(word) is place


@pytest.mark.parametrize(
    ("denial", "target", "at_least_one"),
    [
        # only the two countries are shared: nothing of what the other said is answered
        ("to define the ties of Norway and Brazil as a rivalry would mislead the world",
         "the leaders of Norway and Brazil spoke by phone about trade", False),
        ("Brazil rejected the label of a contest between the two powers",
         "Brazil and Norway agreed to keep talking about fishing quotas", False),
        # negative rows: an act or a person shared is answered, countries or not
        ("the army denied that its troops burned any homes in Brazil",
         "villagers said soldiers burned forty homes in Brazil", True),
        ("the ministry denied that Colonel Okoro ordered the raid in Norway",
         "witnesses said Colonel Okoro led the raid on the market in Norway", True),
    ],
)  # fmt: skip
def test_a_shared_country_is_no_answer(denial: str, target: str, at_least_one: bool) -> None:
    doc = f"{denial}. {target}."
    a = faceted_claim(doc, "c1", "a", denial, cue="denied")
    b = faceted_claim(doc, "c2", "b", target)
    assert (affinity(a, b, 0.0) >= 1.0) is at_least_one


@pytest.mark.parametrize(
    ("text", "other", "continuity"),
    [
        ("the Freedonian policy on the strait has not changed", "", True),
        ("our position has not shifted at all", "", True),
        ("there has been no change in the trade policy", "", True),
        ("the alliance will never waver", "", True),
        ("the policy hasn't been altered", "", True),
        # the other side said it changed: the negation answers that
        ("the policy has not changed", "Freedonia has changed its policy on the strait", False),
        # negative rows: a negated deed, or continuity beside another negation, still rebuts
        ("the troops did not fire on the crowd", "", False),
        ("the policy has not changed and no troops crossed the border", "", False),
        ("the talks produced nothing", "", False),
        # a word that only starts like a change word is none ("budget", "alternative")
        ("there is no budget for the new border posts", "", False),
        ("Freedonia has no alternative to the blockade", "", False),
        ("the ministry said the decision will not be reversed", "", True),
    ],
)  # fmt: skip
def test_continuity_only(text: str, other: str, continuity: bool) -> None:
    assert continuity_only(text, other) is continuity


@pytest.mark.parametrize(
    ("text", "rebuts"),
    [
        ("the Freedonian policy on the strait has not changed", False),
        ("its stance remains unchanged and has not shifted", False),
        # negative rows: a real negation of a deed rebuts
        ("Freedonian ships did not enter the strait", True),
        ("the accusations are false and it never shelled the port", True),
    ],
)  # fmt: skip
def test_continuity_is_no_rebuttal(text: str, rebuts: bool) -> None:
    assert (REBUT in claim_acts(account_claim("c1", "a", text))) is rebuts


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ('"It is hoped that Ruritania will think hard about this,"', True),
        ("such moves will only bring trouble", True),
        ("This is a dangerous step. Those who cross the line will regret it.", True),
        ("the envoy will be firm on it.", True),
        # negative rows: a new point, or "this" saying when
        ("the two sides will meet again this week in Geneva", False),
        ("trade between the two grew by 8 percent last year", False),
        ("Those who play with fire will get burned", False),
        # a "this" past the first sentence points at the quote's own earlier words
        ("The talks in Geneva went well. We will keep working on this.", False),
        ("Trade grew by 8 percent. This is a good sign for both.", False),
    ],
)  # fmt: skip
def test_points_back(text: str, back: bool) -> None:
    assert points_back(text) is back


def _groups(*members: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[ClaimGroup, ...]:
    return tuple(
        ClaimGroup(
            id=f"g{n}",
            claim_ids=ids,
            sides=sides,
            status=Verdict.ONE_SIDED if len(sides) == 1 else Verdict.PARTIAL,
        )
        for n, (ids, sides) in enumerate(members, start=1)
    )


@pytest.mark.parametrize(
    ("follow", "speaker", "joined"),
    [
        ("such moves will only bring trouble", "b", True),
        # negative rows: another speaker, or a quote that points at nothing before it
        ("such moves will only bring trouble", "c", False),
        ("trade between the two grew by 8 percent last year", "b", False),
    ],
)  # fmt: skip
def test_a_follow_up_joins_its_predecessor(follow: str, speaker: str, joined: bool) -> None:
    first = "Ruritania firmly opposes foreign ships in the strait"
    told = "Freedonia will keep sailing through the strait"
    doc = f"{told}. {first}. {follow}."
    claims = (
        faceted_claim(doc, "c1", "a", told),
        faceted_claim(doc, "c2", "b", first),
        faceted_claim(doc, "c3", speaker, follow),
    )
    groups = join_follow_ups(_groups((("c1", "c2"), ("a", "b")), (("c3",), (speaker,))), claims)
    assert (len(groups) == 1 and groups[0].claim_ids == ("c1", "c2", "c3")) is joined
    assert [g.id for g in groups] == [f"g{n}" for n in range(1, len(groups) + 1)]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Officials Say Storm Killed 12", True),
        ("Rebels Claim They Captured Town, Army Denies", True),
        ("Freedonia Says Talks Must Resume Without Preconditions", True),
        # negative rows: prose, or a line that ends a sentence
        ("The minister said the talks would resume.", False),
        ("the talks ended without a deal", False),
        ("Talks Ended Without A Deal.", False),
    ],
)  # fmt: skip
def test_title_line(line: str, title: bool) -> None:
    assert title_line(line) is title


_ARTICLE = "The minister said the talks would resume in May."


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        # a box under a heading: the heading and its titles
        (f"{_ARTICLE}\n\nRelated\nOfficials Say Storm Killed 12\nRebels Claim Town, Army Denies\n",
         ["Related", "Officials Say Storm Killed 12", "Rebels Claim Town, Army Denies"]),
        (f"{_ARTICLE}\n\nMost Popular\nFreedonia Says Ships Will Sail\n",
         ["Most Popular", "Freedonia Says Ships Will Sail"]),
        # a run of three title lines with no heading
        (f"{_ARTICLE}\n\nStorm Kills 12 In The North\nRebels Say They Took Town\n"
         "Minister Says Talks Will Resume\n",
         ["Storm Kills 12 In The North", "Rebels Say They Took Town",
          "Minister Says Talks Will Resume"]),
        # negative rows: a headline above the article, a headline and its subtitle, and
        # prose after a heading stay text
        (f"Minister Says Talks Will Resume\n\n{_ARTICLE}\n", []),
        (f"Minister Says Talks Will Resume\nFreedonia Hopes For A Deal\n\n{_ARTICLE}\n", []),
        (f"More\n{_ARTICLE}\n", []),
        # a run of title lines with no cue and no figure makes no claim: the headline and
        # subtitle stay text (the byline is furniture by a rule of its own)
        (f"Freedonia And The Strait\nThe Fishing Boats Of The North\nBy Ann Roe\n\n{_ARTICLE}\n",
         ["By Ann Roe"]),
    ],
)  # fmt: skip
def test_a_box_of_titles_is_furniture(text: str, furniture: list[str]) -> None:
    found = [text[p.start : p.end] for p in split_paragraphs(text) if p.furniture]
    assert found == furniture


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("Special Envoy for Iran Policy Brian Roe said the talks were useful.", "Brian Roe"),
        ("Special Envoy for Brazil Policy Brian Roe said the talks were useful.", "Brian Roe"),
        # negative row: a plain title before a name
        ("Special Envoy Brian Roe said the talks were useful.", "Brian Roe"),
    ],
)  # fmt: skip
def test_a_title_field_is_no_part_of_a_name(caption: str, name: str) -> None:
    from attribcmp.pipeline import attribute

    found = attribute((Document("d", caption),))
    assert [s.name for s in found.speakers] == [name]


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("that to define the ties of the two as a rivalry would mislead the public", ""),
        ("viewing the two as rivals would be misreading the world", ""),
        # negative rows: the other side's words called misleading, or false, still deny
        ("the reports would mislead the public", "mislead"),
        ("the charges are false and would mislead the public", "false"),
        ("to say the army shelled the town is a lie", "lie"),
        # an -ing word or infinitive that frames nothing opens no framing clause
        ("nothing would mislead the public more than these reports", "mislead"),
        ("to be clear, the reports would mislead the public", "mislead"),
    ],
)  # fmt: skip
def test_a_framing_judged_is_no_denial(text: str, denial: str) -> None:
    from attribcmp.facets import extract_facets
    from attribcmp.textfeatures import load_concepts

    assert extract_facets(text, cue="stressed", concepts=load_concepts()).denial == denial
