"""Side columns a reader would draw: one per party, never one per stray phrase.

The texts are written for these tests in the shape of real news (campaign, court and
government stories); each row says which columns the report must and must not show.
"""

from __future__ import annotations

import pytest

from attribcmp.affiliation import acronyms
from attribcmp.model import Document, Report, Side, Speaker, SpeakerKind
from attribcmp.pipeline import attribute
from attribcmp.profile import slugify
from attribcmp.side_columns import join_short_names


def _columns(text: str) -> list[str]:
    report = attribute([Document(id="a", text=text)])
    return _names(report)


def _names(report: Report) -> list[str]:
    names = {s.id: s.name for s in report.sides}
    return sorted({names[c.side] for c in report.claims if c.side is not None})


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            # the possessive is inside the speaker phrase, not its end
            "Rather, sources close to her campaign say she stands behind the plan.\n",
            {"sources close to her campaign"},
            {"campaign"},
        ),
        # a headline's prepositional tail is no speaker
        (
            "Governor Calls Senator 'A Disgrace' Over Police Shooting Comments\n",
            set(),
            {"Over Police Shooting"},
        ),
        (
            # a comma list of modifiers before the head is one joint source
            "Dutch, Belgian and German police officials said the suspect had fled.\n",
            {"Dutch, Belgian and German police officials"},
            {"Belgian and German police officials"},
        ),
        (
            # a word in capitals is an acronym, not the pronoun "who"; an acronym in brackets
            # is part of the name before it
            "WHO: Ebola Outbreak 'Vastly Underestimated'\n\nWorld Health Organization (WHO) "
            "officials on Thursday warned the outbreak had been underestimated.\n",
            {"World Health Organization (WHO) officials"},
            {"who (unresolved)", "officials"},
        ),
        (
            # a particle keeps the name whole, so "the mayor" is de Blasio, not "Bill"
            "Mayor Bill de Blasio said the blast was intentional.\n\nThe mayor also said "
            "there was no link to terrorism.\n",
            {"Bill de Blasio"},
            {"Bill"},
        ),
        (
            # "In offering ...", "By offering ...", a live blog's label: no one speaks
            "The Latest: Trump urges supporters to vote\n\nIn offering his plan, the senator "
            "said taxes would fall.\n\nBy offering a deal, the governor said he hoped to end "
            "the strike.\n",
            set(),
            {"In", "By", "Latest", "The Latest"},
        ),
        (
            "Neither Clinton's allies nor Trump's aides would comment.\n\nHer allies said the "
            "poll was wrong.\n",
            set(),
            {"Neither Clinton's allies"},
        ),
    ],
)
def test_speaker_phrases(text: str, present: set[str], absent: set[str]) -> None:
    report = attribute([Document(id="a", text=text)])
    names = {sp.name for sp in report.speakers}
    assert present <= names, names
    assert not absent & names, names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            # a quoted show title before a name is no body the speaker speaks for
            'Speaking on CBS\'s "Face the Nation," House Speaker Paul Ryan said the shootings '
            'were a tragedy.\n\n"It\'s heartbreaking," Ryan said.\n',
            set(),
            {'Nation,"', "Nation"},
        ),
        (
            # a prepositional opener is no part of the name
            "Despite Ted Cruz's loss in South Carolina, his supporters are optimistic that he "
            "will win Texas.\n\nCruz said the race was tied.\n",
            set(),
            {"Despite Ted Cruz"},
        ),
        (
            # the short and the full name of one body are one column
            "The Government Development Bank said the loans had been repaid.\n\n"
            "Melba Acosta, president of the bank, said the deals failed.\n",
            {"Government Development Bank"},
            {"Government Development"},
        ),
        (
            # "his campaign": a pronoun's body is no party named in the story
            "Senator Tim Wells spoke in Ohio on Monday.\n\nHis campaign said the senator "
            "would return next week.\n",
            set(),
            {"His campaign"},
        ),
        (
            # a quantifier names no particular body
            "One company said prices would rise.\n\nAny company that sells abroad will pay "
            "more, analysts said.\n",
            set(),
            {"One company", "Any company"},
        ),
        (
            # "Kasich" and "John Kasich" are one party
            "John Kasich's campaign said the governor would stay in the race.\n\n"
            "John Weaver, Kasich's chief strategist, said two candidates would drop out.\n",
            {"John Kasich"},
            {"Kasich"},
        ),
        (
            # "Brennan Center" and "Brennan Center for Justice" are one party
            "The Brennan Center for Justice said spending had tripled.\n\n"
            "The Brennan Center said most of the money came from outside groups.\n",
            {"Brennan Center for Justice"},
            {"Brennan Center"},
        ),
    ],
)
def test_one_column_per_party(text: str, present: set[str], absent: set[str]) -> None:
    columns = _columns(text)
    assert present <= set(columns), columns
    assert not absent & set(columns), columns


def _sides(text: str) -> dict[str, str]:
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    return {sp.name: names[sp.side or ""] for sp in report.speakers}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            # several outlets quoted: one party, "News outlets", that the ministry answers
            "The Sunday Telegraph reported that the airfield was unsafe.\n\nAn MOD spokesperson "
            "said there was no truth in the story.\n\nThe Sun said the team had paid "
            "informants.\n",
            {"The Sunday Telegraph": "News outlets", "The Sun": "News outlets"},
        ),
        (
            # one outlet under two names stays as it was: no "News outlets" column
            "The Washington Post newspaper said aid money was diverted.\n\nThe Post said the "
            "funds went to a bank.\n",
            {"The Washington Post newspaper": "Other speakers"},
        ),
    ],
)
def test_news_outlets_are_one_party(text: str, sides: dict[str, str]) -> None:
    got = _sides(text)
    for speaker, side in sides.items():
        assert got.get(speaker, got.get(speaker.removeprefix("The "))) == side, got


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        (
            # a bare force is the one the story says someone leads
            "NATO-led troops killed 12 insurgents on Tuesday.\n\nThe troops came under fire "
            "first, the alliance said.\n\nThe coalition said no civilians were hurt.\n",
            "The coalition",
            "NATO",
        ),
        (
            "Saudi-led forces struck the port on Monday.\n\nThe coalition said the strike hit "
            "a weapons depot.\n",
            "The coalition",
            "Saudi Arabia",
        ),
        (
            # "a ministry spokesman" after "the Foreign Ministry" is that ministry's side
            "BEIJING — China opposes the sale, the Foreign Ministry said on Friday.\n\n"
            "China will take resolute measures, a ministry spokesman said.\n",
            "a ministry spokesman",
            "China",
        ),
        (
            # an unnamed spokeswoman for a named body speaks for it
            "The administration said it followed the law.\n\nA spokeswoman for the House "
            "Armed Services Committee said the text of the law was clear.\n",
            "A spokeswoman for the House Armed Services Committee",
            "House Armed Services Committee",
        ),
        (
            # ", a spokesman for the group," after a name: the group quoted before
            "The Taliban denied losing any fighters.\n\nNo one was hurt, Qari Yousuf Ahmadi, "
            "a spokesman for the group, said.\n",
            "Qari Yousuf Ahmadi",
            "Taliban",
        ),
        (
            # a military spokesman does not speak for the armed group quoted before him
            "The Taliban said they shot down a helicopter.\n\nThe army holds the airport, a "
            "military spokesman said.\n",
            "a military spokesman",
            "Unnamed sources",
        ),
        (
            # role, then name with a place between: the name is the speaker; a province's
            # governor is a local authority, not a column named after the province
            "Villagers said eight civilians were killed. However, the governor of Helmand, "
            "Gulab Mangal, said the dead were all fighters.\n",
            "Gulab Mangal",
            "Local officials",
        ),
        (
            # a civic body named after its country speaks for itself, not for the government
            "HARARE — The government said the toll was falling.\n\nThe Zimbabwe Association "
            "of Doctors said cholera deaths had been under-reported.\n",
            "Zimbabwe Association of Doctors",
            "Zimbabwe Association of Doctors",
        ),
        (
            "The Nigeria Union of Teachers said the strike would go on.\n\nThe unions said "
            "they acted to save lives.\n",
            "The unions",
            "Nigeria Union of Teachers",
        ),
        (
            # "SEC" spells out the name the country-first body was placed under
            "The U.S. Securities and Exchange Commission (SEC) charged the bank with fraud."
            "\n\nThe SEC said it will fine the bank.\n",
            "SEC",
            "United States",
        ),
        (
            # role, then a long name, then the person: the person speaks for the body
            "The head of Rwanda's National Electoral Commission, Chrisologue Karangwa, accuses "
            "the observers of bias.\n\nKarangwa said the vote was fair.\n",
            "Chrisologue Karangwa",
            "Rwanda",
        ),
        (
            # a person whose surname names a side of its own is that side's
            "Tsvangirai's MDC party said the count was inflated.\n\nMorgan Tsvangirai said "
            "the president was stealing the election.\n",
            "Morgan Tsvangirai",
            "Tsvangirai",
        ),
        (
            # "the administration" naming no country is the government of the story's country
            "KABUL, Afghanistan (AP) — Afghan officials met on Monday.\n\nThe administration "
            "said the talks would resume.\n",
            "The administration",
            "Afghanistan",
        ),
        (
            # "Other Republican leaders" speak for the Republicans, not for "Other Republican"
            "Other Republican leaders said the speaker should wait.\n",
            "Other Republican leaders",
            "Republican",
        ),
    ],
)
def test_speaker_side_from_context(text: str, speaker: str, side: str) -> None:
    assert _sides(text)[speaker] == side


@pytest.mark.parametrize(
    ("names", "joined"),
    [
        # one fuller name: the short one joins it
        (["Kasich", "John Kasich"], {"Kasich": "John Kasich"}),
        (
            ["Brennan Center", "Brennan Center for Justice"],
            {"Brennan Center": "Brennan Center for Justice"},
        ),
        # two fuller names: "GOP" could be either county party, so it stays
        (["GOP", "Henrico County GOP", "Hillsborough County GOP"], {}),
        # a gazetteer side is never joined, nor joined into
        (["United States", "United States Chamber of Commerce"], {}),
    ],
)
def test_short_name_joins_only_one_fuller_name(names: list[str], joined: dict[str, str]) -> None:
    speakers = [Speaker(f"s{i}", n, SpeakerKind.ORGANISATION) for i, n in enumerate(names)]
    sides = {n: Side(slugify(n), n) for n in names}
    found = {sp.id: (sides[sp.name], "a body of its own") for sp in speakers}
    join_short_names(speakers, found, {"united-states"})
    for sp in speakers:
        assert found[sp.id][0].name == joined.get(sp.name, sp.name)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # union people speak for the unions: one column, not "Other" and "Unnamed" apart
        (
            "Unions representing 30,000 nurses say the walkout is over.\n\n"
            "Union officials say members lost two weeks of pay.\n\n"
            "A union leader says talks could take months.\n",
            {
                "Unions representing 30,000 nurses": "Unions",
                "Union officials": "Unions",
                "A union leader": "Unions",
            },
        ),
        # with one union named, its people join that union's column
        (
            "The Harbor Pilots Union said the strike would go on.\n\n"
            "Union officials said the pay offer was too low.\n",
            {
                "Harbor Pilots Union": "Harbor Pilots Union",
                "Union officials": "Harbor Pilots Union",
            },
        ),
        # a name that opens with "Union" or ends in it is no union's people
        (
            "European Union officials said the fund would grow.\n",
            {"European Union officials": "European Union"},
        ),
        (
            "The Union of Concerned Scientists said the plant was unsafe.\n",
            {"Union of Concerned Scientists": "Union of Concerned Scientists"},
        ),
    ],
)
def test_union_people_speak_for_the_unions(text: str, sides: dict[str, str]) -> None:
    got = _sides(text)
    for speaker, side in sides.items():
        assert got[speaker] == side


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # "In <country>, officials say": the country opening the clause is the officials' own
        (
            "In Mali, officials say six villages were burned.\n\n"
            "The attackers were killed, the Malian army said.\n",
            "officials",
            "Mali",
        ),
        (
            "In Kabul, officials said six civilians died.\n\n"
            "The Afghan army said the attackers fled.\n",
            "officials",
            "Afghanistan",
        ),
        # a clause opening on no place leaves them unnamed
        (
            "In a statement, officials said six civilians died.\n\n"
            "The Afghan army said the attackers fled.\n",
            "officials",
            "Unnamed sources",
        ),
        # a country no one else speaks for opens no column of its own
        (
            "In Mali, officials say six villages were burned.\n\n"
            "The attackers were killed, the rebels said.\n",
            "officials",
            "Unnamed sources",
        ),
    ],
)
def test_officials_of_the_country_opening_the_clause(text: str, speaker: str, side: str) -> None:
    assert _sides(text)[speaker] == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word name's capitals spell the acronym in brackets after it
        (
            "British drug maker NovaPharmaLine [NPL] said it would cooperate.",
            {"npl": "NovaPharmaLine", "novapharmaline": "NovaPharmaLine"},
        ),
        # a wire dateline is no name, and one word whose capitals do not spell it is none
        ("WASHINGTON (AP) — The senator said the bill would pass.", {}),
        ("Officials told Reuters (AP) the talks had stalled.", {}),
    ],
)
def test_acronym_of_one_word_name(text: str, expected: dict[str, str]) -> None:
    assert acronyms([text]) == expected


def test_a_firm_and_its_bracketed_acronym_are_one_column() -> None:
    text = (
        "Regulator Accuses Drug Maker\n\n"
        "The Valdorian health ministry says British drug maker NovaPharmaLine [NPL] paid "
        "doctors to prescribe its pills.\n\n"
        "In a statement, NovaPharmaLine said it was cooperating with the inquiry.\n\n"
        "Valdoria has detained three NPL executives, who said they had followed company "
        "orders.\n"
    )
    columns = _columns(text)
    assert "NovaPharmaLine" in columns
    assert "NPL" not in columns
