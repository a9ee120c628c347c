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
        # (attribution now reads "Goldcrest" as the firm and "The company" as its alias)
        (
            "Villagers accuse miner\n\n"
            "The environmental group Green Valley Watch said tests showed mercury ten times "
            "the limit.\n\n"
            "The mining firm Goldcrest denied the charges. The company said its own tests "
            "found no mercury above the limit.\n",
            "Goldcrest",
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
        # a person named bare, as the next speaker after a role quoted with no name, holds it
        (
            "Gulf states pledge aid\n\n"
            "Qatar's foreign minister addressed concerns about private donors on Wednesday.\n\n"
            "At a news conference with the U.S. envoy Ann Miles, Hamad bin Khalid al-Thani "
            "said donations were tightly restricted.\n",
            "Hamad bin Khalid al-Thani",
            "Qatar",
        ),
        # a firm the story calls state-run speaks for its state, and so does its officer
        (
            "Gas row deepens\n\n"
            "Kazakhstan's state-owned gas company, Petrogaz, accused Ukraine of taking gas.\n\n"
            "Petrogaz deputy chief Oleg Marin said Ukraine was siphoning off gas.\n\n"
            "Ukraine said it took no gas.\n",
            "Oleg Marin",
            "Kazakhstan",
        ),
        (
            "Agency denies report\n\n"
            "Tamsin, China's state news agency, said the report was false.\n\n"
            "Japan said the report was accurate.\n",
            "Tamsin",
            "China",
        ),
        # a group named in the plural is the side named after it in the singular
        (
            "Army says rebels killed\n\n"
            "The Lankan military says it killed 11 Tamil Tiger rebels on Friday.\n\n"
            "However, the rebels say they lost only one fighter.\n\n"
            "The Tamil Tigers also say three civilians were killed.\n",
            "Tamil Tigers",
            "Tamil Tiger",
        ),
        # "the X Movement, or XM," defines the acronym, initials or not
        (
            "Peace deal signed\n\n"
            "The Free Borneo Movement, or GBM, says it is optimistic the deal will hold.\n\n"
            "GBM spokesman Ahmad Rusli says the agreement will hold with outside help.\n",
            "Ahmad Rusli",
            "Free Borneo Movement",
        ),
        # "most unions" are the unions, and so the one union the story names
        (
            "Strike ends\n\n"
            "The head of the Federation of Harbour Trade Unions, Ann Ruiz, said the unions won "
            "a better offer.\n\n"
            "Most unions said they will sign the agreement.\n",
            "Most unions",
            "Federation of Harbour Trade Unions",
        ),
        # the full name given in the role's own sentence, then the surname alone
        (
            "Strike ends\n\n"
            "The head of the Federation of Harbour Trade Unions, Ann Ruiz, said the unions won "
            "a better offer.\n\n"
            '"We kept them united for three weeks," said Ruiz.\n',
            "Ann Ruiz",
            "Federation of Harbour Trade Unions",
        ),
        # people a named side's name qualifies are that side, not unnamed sources
        (
            "Oil firm faces tax bill\n\n"
            "Mikhail Orlov, the head of Petrol Group, said the tax bill was political.\n\n"
            "Petrol Group officials say the company could go bankrupt.\n",
            "Petrol Group officials",
            "Petrol Group",
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
        # a title says who the person is: not the role quoted before
        (
            "Council meets\n\n"
            "The foreign minister of France said the test could not go unanswered.\n\n"
            "Secretary General Ann Miles condemned the test.\n",
            "Ann Miles",
            "France",
        ),
        # another speaker in between: the name is not the role's holder
        (
            "Gulf states pledge aid\n\n"
            "Qatar's foreign minister addressed concerns about private donors.\n\n"
            "Human Rights Watch said donors were not checked.\n\n"
            "Hamad bin Khalid said donations were tightly restricted.\n",
            "Hamad bin Khalid",
            "Qatar",
        ),
        # an apposition says who the person is
        (
            "Gulf states pledge aid\n\n"
            "Qatar's foreign minister addressed concerns about private donors.\n\n"
            "Hamad bin Khalid, a local trader, said donations were tightly restricted.\n",
            "Hamad bin Khalid",
            "Qatar",
        ),
        # a firm the story does not call state-run keeps its own place
        (
            "Gas row deepens\n\n"
            "Petrogaz, a gas company based in Kazakhstan, accused Ukraine of taking gas.\n\n"
            "Petrogaz deputy chief Oleg Marin said Ukraine was siphoning off gas.\n",
            "Oleg Marin",
            "Kazakhstan",
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
