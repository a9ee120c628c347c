"""Review findings (round 17, new texts): quotes kept whole, speaker heads, sides of officers,
companies and anonymous officials.

Every sentence here is made up in the general shape of wire copy; none is a review input.
"""

from __future__ import annotations

import pytest

from tests.side_helpers import column_of, report_of


def _contents(text: str) -> list[str]:
    return [c.content.text for c in report_of(text).claims]


# A speech verb inside a direct quote that closes before the attribution is the quoted
# speaker's own word: it must not end the quote there.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"They pay in cash and write no receipts," said Mara Holt.',
         '"They pay in cash and write no receipts,"'),
        ("“The crews work nights and say nothing to inspectors,” said Mara Holt.",
         "“The crews work nights and say nothing to inspectors,”"),
        ('Mara Holt said: "They load the trucks and report nothing."',
         '"They load the trucks and report nothing."'),
        # controls: a second report outside the quote still ends the first one
        ('She urged him to stay and repeatedly said, "Go home."', "him to stay"),
        ('"We stay," she said, and he wrote that it was over.', '"We stay,"'),
    ],
)  # fmt: skip
def test_speech_verb_inside_a_quote_does_not_cut_it(text: str, content: str) -> None:
    assert content in _contents(text)


def _speakers(text: str) -> list[str]:
    report = report_of(text)
    names = {s.id: s.name for s in report.speakers}
    return [names[c.speaker_id] for c in report.claims]


# A group noun with a post-modifier (a place after "outside"/"near", a participle phrase, an
# adverb of place with "of") is the speaker (named by the head, with or without its place);
# the place's own noun, or the head cut at the participle, never is.
@pytest.mark.parametrize(
    ("text", "speaker", "not_speaker"),
    [
        ("Neighbours outside the refinery said the smoke lasted hours.",
         "Neighbours", "the refinery"),
        ("Parents waiting at the school gate said the buses were late.",
         "Parents waiting at the school gate", "Parents waiting"),
        ("Farmers upstream of the Lorn weir said the fields had flooded.",
         "Farmers upstream of the Lorn weir", "Farmers upstream"),
        ("The dock closed early. But workers gathered outside the depot said it was sabotage.",
         "workers gathered outside the depot", "the depot"),
        # controls: a plain group, and a body named in its place
        ("Residents said the smoke lasted hours.", "Residents", ""),
        ("Officials in the capital said the road was closed.", "Officials in the capital", ""),
    ],
)  # fmt: skip
def test_postmodified_group_speaks(text: str, speaker: str, not_speaker: str) -> None:
    (said,) = _speakers(text)
    assert said.startswith(speaker) or speaker.startswith(said), said
    assert said != not_speaker


# "at least"/"at most" after a cue is a figure's bound, the start of what was said, not a
# place adjunct that would leave the content before the cue.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bridge fell on Monday. However, officials said at least nine cars were lost.",
         "at least nine cars were lost"),
        ("Still, the rescuers said at most two miners could be alive.",
         "at most two miners could be alive"),
        # controls: a place after the cue is no content
        ("At least 300 came, police said at the scene.", "At least 300 came"),
    ],
)  # fmt: skip
def test_figure_bound_after_cue_is_content(text: str, content: str) -> None:
    assert content in _contents(text)


# A name ending in a company word is a firm (an organisation), its first word alone is its
# short name, and "the company" after it is the same firm: one speaker, not three people.
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Dorvel Pharma said its tablets were safe. Dorvel denied any recall.",
         {"Dorvel Pharma": "organisation"}),
        ("Astra Tankers said it had lost contact with the ship.",
         {"Astra Tankers": "organisation"}),
        ("Halden Foods said the batch was clean. The company said it would sue.",
         {"Halden Foods": "organisation"}),
        # controls: a person with a two-word name stays a person
        ("Maria Holt said the batch was clean.", {"Maria Holt": "person"}),
    ],
)  # fmt: skip
def test_firm_names_are_one_organisation(text: str, kinds: dict[str, str]) -> None:
    report = report_of(text)
    speakers = {s.name: s.kind.value for s in report.speakers}
    assert speakers == kinds


# "a finding the manufacturer disputed" is the manufacturer's denial of the content before it,
# not part of the first speaker's words.
def test_finding_disputed_is_the_disputers_claim() -> None:
    text = (
        "Dorvel Pharma makes the drug. The regulator ordered a recall on Monday, saying tests "
        "had found an impurity, a finding the manufacturer disputed."
    )
    report = report_of(text)
    names = {s.id: s.name for s in report.speakers}
    by = {c.content.text: names[c.speaker_id] for c in report.claims}
    assert by.get("tests had found an impurity") == "The regulator"
    assert any(n == "the manufacturer" for n in by.values())


_NAVIES = (
    "The Dravian navy said its frigate had fired warning shots at the trawler. "
    '"The boat ignored three radio calls," a navy spokesman, Cmdr. Ivo Marek, said. '
    "The Kessarian navy rejected that account. It said the trawler was fishing legally. "
)


# An officer naming no army belongs with the service of his own kind named before him (his
# "navy spokesman" refers back to it), not with one named after him that answers him.
@pytest.mark.parametrize(
    ("text", "said", "side"),
    [
        (_NAVIES, "ignored three radio calls", "Dravian"),
        (_NAVIES, "fishing legally", "Kessarian"),
        # an officer quoted before any force is named: the nearest one still
        ('"The boat ignored three radio calls," a navy spokesman, Cmdr. Ivo Marek, said. '
         "The Kessarian navy said the trawler was fishing legally.",
         "ignored three radio calls", "Kessarian"),
        # his service decides over distance: an army quoted between is not his
        ("The Dravian navy said its frigate had fired warning shots. "
         "The Kessarian army said troops were on alert. "
         '"The boat ignored three radio calls," a navy spokesman, Cmdr. Ivo Marek, said.',
         "ignored three radio calls", "Dravian"),
    ],
)  # fmt: skip
def test_unnamed_service_officer_refers_back(text: str, said: str, side: str) -> None:
    assert column_of(text, said) == side


# "A <demonym> official", unnamed, names the side it speaks for: that side, still anonymous.
@pytest.mark.parametrize(
    ("text", "said", "side"),
    [
        (_NAVIES + "A Kessarian official, speaking on condition of anonymity, said two "
         "fishermen had been hurt.", "two fishermen had been hurt", "Kessarian"),
        (_NAVIES + "A senior Dravian official said the crew was safe.",
         "the crew was safe", "Dravian"),
        # control: a demonym that is no side of the story leaves the source unplaced
        (_NAVIES + "A Western diplomat said the crew was safe.",
         "the crew was safe", "Unnamed sources"),
    ],
)  # fmt: skip
def test_anonymous_official_named_by_a_side(text: str, said: str, side: str) -> None:
    assert column_of(text, said) == side


_AGENCY = (
    "The Norland Food Safety Authority said the cheese carried listeria. "
    "Brenn Dairies said its own tests were clean. "
)


# A public body described by its field ("Norland's food safety regulator") is the one quoted
# public body whose name holds those words; a firm or a body of another field is not.
@pytest.mark.parametrize(
    ("text", "said", "side"),
    [
        (_AGENCY + "Norland's food safety regulator ordered a recall, saying the risk was high.",
         "the risk was high", "Norland Food Safety Authority"),
        (_AGENCY + "The food safety watchdog said the risk was high.",
         "the risk was high", "Norland Food Safety Authority"),
        # controls: another country's regulator, another field
        (_AGENCY + "Ostmark's food safety regulator said the risk was high.",
         "the risk was high", "Other speakers"),
        (_AGENCY + "The energy regulator said the risk was high.",
         "the risk was high", "Other speakers"),
    ],
)  # fmt: skip
def test_field_described_body_joins_the_named_one(text: str, said: str, side: str) -> None:
    assert column_of(text, said) == side


_FAMILIES = (
    "Families of the missing crew said the search had stopped too soon. "
    "The shipping line said divers had searched the wreck for five days. "
)


# A person named by a relative ("whose two sons ...") is family: with the civilians quoted.
@pytest.mark.parametrize(
    ("text", "said", "side"),
    [
        (_FAMILIES + '"Nobody called us," said Vera Lind, whose husband was the cook.',
         "Nobody called us", "Families"),
        (_FAMILIES + '"Nobody called us," said Vera Lind, whose two sons were deckhands.',
         "Nobody called us", "Families"),
        # control: no relative named, no civilian word: not placed with the families
        (_FAMILIES + '"Nobody called us," said Vera Lind.', "Nobody called us", "Other speakers"),
    ],
)  # fmt: skip
def test_person_named_by_a_relative_is_family(text: str, said: str, side: str) -> None:
    assert column_of(text, said) == side
