"""Speakers given a side by what the story says of them, and relayed reports.

Each row is a story written for these tests in the shape of real news: a speaker's name and
the column a reader would put that speaker in, or a column the speaker must not land in.
"""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute


def _columns(text: str) -> dict[str, tuple[str, str]]:
    """speaker name -> (side name, reason), for every speaker with a claim."""
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    speakers = {sp.id: sp for sp in report.speakers}
    return {
        speakers[c.speaker_id].name: (names[c.side or ""], speakers[c.speaker_id].side_reason or "")
        for c in report.claims
    }


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # a report passed on by "media reports" is the reported group's claim
        (
            "Army denies rebel attack\n\n"
            "A government spokesman, Abel Tesfaye, denied the attack on Sunday after media "
            "reports said the Western Front had claimed to have killed 40 soldiers.\n\n"
            "The Western Front said its fighters held the town.\n",
            "Western Front",
            "Western Front",
        ),
        # "According to <wire service>, a speaker of the <country's> ministry ..." is the
        # ministry's country
        (
            "Jets bomb town\n\n"
            "Georgian officials said three jets bombed the town.\n\n"
            "According to Agence France-Presse, a speaker of the Russian Ministry of Emergency "
            'Situations has called the report "nonsense".\n',
            "a speaker",
            "Russia",
        ),
        # "the company" is the firm the story names, never the campaign group quoted before it
        (
            "Villagers accuse miner\n\n"
            "The environmental group Green Valley Watch said tests showed mercury ten times "
            "the limit.\n\n"
            "The mining firm Goldcrest denied the charges. The company said its own tests "
            "found no mercury above the limit.\n",
            "The company",
            "Goldcrest",
        ),
        # residents of a village are civilians, not a column named after the village
        (
            "Villagers say troops burned homes\n\n"
            "Villagers said soldiers set fire to 30 homes.\n\n"
            "Residents of Kwabeng said the troops came at night.\n",
            "Residents of Kwabeng",
            "Villagers",
        ),
        # a spokesman for a unit the story calls the other country's is that country's
        (
            "Russia says it took village\n\n"
            "Russia's Defence Ministry said its troops had taken the village on Tuesday.\n\n"
            "The village is still held by Ukraine's 47th Mechanized Brigade, said Lt. Col. "
            "Ivan Sirko, a spokesman for the 47th Mechanized Brigade.\n",
            "Ivan Sirko",
            "Ukraine",
        ),
        # with no other army in the story, the unit is the one quoted state's
        (
            "Insurgents killed\n\n"
            "U.S. officials said 30 insurgents were killed near Kandahar.\n\n"
            "Afghan and coalition forces worked well together, said Maj. Tom Reyes, a "
            "Combined Joint Task Force 82 spokesman.\n",
            "Tom Reyes",
            "United States",
        ),
    ],
)
def test_side_from_context(text: str, speaker: str, side: str) -> None:
    found = _columns(text)
    assert speaker in found, sorted(found)
    assert found[speaker][0] == side, found[speaker][1]


@pytest.mark.parametrize(
    ("text", "speaker", "not_side"),
    [
        # "the company" never joins a campaign group when the firm itself stays unplaced
        (
            "Villagers accuse miner\n\n"
            "Green Valley Watch, an environmental group, said tests showed mercury ten times "
            "the limit near the Goldcrest mine.\n\n"
            "Goldcrest has rejected the findings. In a statement on Monday, the company said "
            "its own tests found no mercury above the limit.\n",
            "the company",
            "Green Valley Watch",
        ),
        # a unit spokesman in a story naming the other country's forces is not the quoted
        # state's by default
        (
            "Russia says it took village\n\n"
            "Russia's Defence Ministry said its troops had taken the village on Tuesday.\n\n"
            "Ukrainian forces still hold the village, said Lt. Col. Ivan Sirko, a spokesman "
            "for the 47th Mechanized Brigade.\n",
            "Ivan Sirko",
            "Russia",
        ),
        # a general whose own apposition names another force does not take the side of the
        # role quoted before him
        (
            "Rebels and army trade blame\n\n"
            "Rebel forces said they had taken the town of Bor on Thursday.\n\n"
            "A pro-rebel general said Friday that government forces shelled the market.\n\n"
            "General Amos Lutani, commander of the army's 3rd Division, said rebel fighters "
            "fired the first shots.\n",
            "Amos Lutani",
            "Rebel forces",
        ),
        # the relaying report is no party: its country does not take the claim
        (
            "Army denies rebel attack\n\n"
            "The army denied the attack on Sunday.\n\n"
            "Kenyan media reports said the Western Front had claimed to have killed 40 "
            "soldiers.\n",
            "Western Front",
            "Kenya",
        ),
    ],
)
def test_side_not_from_a_nearby_party(text: str, speaker: str, not_side: str) -> None:
    found = _columns(text)
    assert speaker in found, sorted(found)
    assert found[speaker][0] != not_side, found[speaker][1]


def test_relayed_claim_keeps_the_relay_as_its_resolution() -> None:
    text = (
        "Rebels claim attack\n\n"
        "Media reports said the Western Front had claimed to have killed 40 soldiers.\n"
    )
    report = attribute([Document(id="a", text=text)])
    speakers = {sp.id: sp.name for sp in report.speakers}
    (claim,) = [c for c in report.claims if speakers[c.speaker_id] == "Western Front"]
    assert claim.resolution == "relayed by 'Media reports'"
    assert claim.content.text.startswith("to have killed")
    assert claim.cue is not None and claim.cue.text == "claimed"
    # every claim keeps offsets into the input
    assert text[claim.content.start : claim.content.end] == claim.content.text
