"""Speakers and sides a reader would draw: one table per shape, negatives beside positives.

Every text here is made up in the shape of real wire copy; none comes from samples/ or the
disputes dev set.
"""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute


def _report(text: str) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """(speaker name, content, side name) per claim, and side name per speaker name."""
    report = attribute([Document("t", text)])
    sides = {s.id: s.name for s in report.sides}
    names = {s.id: s.name for s in report.speakers}
    claims = [(names[c.speaker_id], c.content.text, sides[c.side or ""]) for c in report.claims]
    by_speaker = {s.name: sides[s.side or ""] for s in report.speakers}
    return claims, by_speaker


def _speaker_of(text: str, content: str) -> str:
    claims, _ = _report(text)
    found = [name for name, said, _ in claims if content in said]
    assert found, f"no claim holds {content!r}: {claims}"
    return found[0]


# -- role, then name ----------------------------------------------------------------------

ROLE_THEN_NAME = [
    pytest.param(
        "A spokesman, Maj. Ann Ortiz, said the convoy was hit. She said two trucks burned.",
        {"the convoy was hit": "Ann Ortiz", "two trucks burned": "Ann Ortiz"},
        id="spokesman-comma-name",
    ),
    pytest.param(
        "A Defence Ministry spokeswoman, Col. Rita Haddad, confirmed the toll. "
        "She added that the search was over.",
        {"the toll": "Rita Haddad", "the search was over": "Rita Haddad"},
        id="body-role-comma-name",
    ),
    pytest.param(
        "The mayor's aide, Tomas Lind, said the bridge would reopen.",
        {"the bridge would reopen": "Tomas Lind"},
        id="possessive-role-comma-name",
    ),
    pytest.param(
        "A spokesman said the convoy was hit.",
        {"the convoy was hit": "spokesman"},
        id="negative-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_THEN_NAME)
def test_role_then_name_names_the_person(text: str, expected: dict[str, str]) -> None:
    for content, speaker in expected.items():
        assert speaker in _speaker_of(text, content)


def test_pronoun_far_back_finds_the_last_person_not_unresolved() -> None:
    filler = " ".join(f"The river rose {n} centimetres on day {n}." for n in range(1, 16))
    text = f"Engineer Paula Brandt said the dam held. {filler} She said the gates stay shut."
    assert "Paula Brandt" in _speaker_of(text, "the gates stay shut")


def test_pronoun_with_no_referent_is_unresolved_and_in_other_speakers() -> None:
    claims, by_speaker = _report("Flood waters rose overnight. He said the dam held.")
    assert claims[0][0] == "he (unresolved)"
    assert by_speaker["he (unresolved)"] == "Other speakers"


# -- joint and coordinated sources ---------------------------------------------------------

JOINT = [
    pytest.param(
        "The suspect was held in Ghent, Dutch and Belgian police officials said Friday, "
        "but the prosecutor said he was freed.",
        [
            ("Dutch and Belgian police officials", "The suspect was held in Ghent"),
            ("the prosecutor", "he was freed"),
        ],
        id="joint-then-but",
    ),
    pytest.param(
        "Dutch and Belgian police officials said Friday, but the prosecutor said he was freed.",
        [("the prosecutor", "he was freed")],
        id="joint-without-content",
    ),
    pytest.param(
        "Kenyan and Ugandan officials said the border would reopen.",
        [("Kenyan and Ugandan officials", "the border would reopen")],
        id="two-demonyms",
    ),
    pytest.param(
        "The minister said, though, that the plan would go ahead.",
        [("The minister", "that the plan would go ahead")],
        id="negative-aside-is-no-clause-break",
    ),
    pytest.param(
        "Ruiz and Okafor said the bill had passed.",
        [("Okafor", "the bill had passed")],
        id="negative-two-names-stay-the-last",
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINT)
def test_joint_sources(text: str, expected: list[tuple[str, str]]) -> None:
    claims, _ = _report(text)
    assert [(name, said) for name, said, _ in claims] == expected
    assert not any(said.startswith(("Friday", "but")) for _, said, _ in claims)


# -- coalitions, alliances, forces ---------------------------------------------------------

FORCES = [
    pytest.param(
        "The U.S.-led coalition struck a depot. The coalition said the strike hit fuel trucks.",
        {"The coalition": "United States"},
        id="coalition-after-us-led",
    ),
    pytest.param(
        "NATO-led troops said the pass was calm.",
        {"NATO-led troops": "NATO"},
        id="nato-led-troops",
    ),
    pytest.param(
        "The alliance said the drills would go on. The alliance's soldiers said the drills "
        "went well.",
        {"The alliance": "Alliance", "The alliance's soldiers": "Alliance"},
        id="possessive-speaks-for-the-body",
    ),
    pytest.param(
        "Peacekeepers of the U.N. mission said the town was quiet. The mission said it had "
        "sent two patrols.",
        {"The mission": "United Nations"},
        id="mission-after-un-mission",
    ),
    pytest.param(
        "Fighters of the Tawra rebel movement held Kessra. Rebels said the town was theirs.",
        {"Rebels": "Tawra"},
        id="rebels-join-the-named-group",
    ),
    pytest.param(
        "Soldiers said the road was mined.",
        {"Soldiers": "Other speakers"},
        id="negative-bare-soldiers",
    ),
]


@pytest.mark.parametrize(("text", "sides"), FORCES)
def test_forces_take_the_side_of_what_they_are_part_of(text: str, sides: dict[str, str]) -> None:
    _, by_speaker = _report(text)
    for speaker, side in sides.items():
        assert by_speaker.get(speaker) == side, by_speaker


# -- not speakers ----------------------------------------------------------------------------

NOT_SPEAKERS = [
    pytest.param("As the fighting continued, officials said the road was closed.", "fighting"),
    pytest.param(
        "An intelligence report that a commander was inside proved wrong.", "intelligence"
    ),
    pytest.param("The territorial dispute remains the main source of tension.", "territorial"),
    pytest.param("However, the team took the lead and said nothing new.", "lead"),
    pytest.param("Currently, officials said, the border is shut.", "Currently"),
    pytest.param("Somalia: Militants Attack Army Base Near Kismayo", "Somalia"),
]


@pytest.mark.parametrize(("text", "word"), NOT_SPEAKERS)
def test_things_that_cannot_speak_are_not_speakers(text: str, word: str) -> None:
    _, by_speaker = _report(text)
    assert not any(word.lower() in name.lower() for name in by_speaker), by_speaker


def test_an_intelligence_report_leaves_the_real_speaker() -> None:
    text = "An intelligence report that a commander was inside was wrong, villagers said."
    claims, by_speaker = _report(text)
    assert claims == [
        ("villagers", "An intelligence report that a commander was inside was wrong", "Villagers")
    ]


# -- trailing attribution ----------------------------------------------------------------------

TRAILING = [
    pytest.param(
        "China hopes the United States will stop, Wang said.",
        ("Wang", "China hopes the United States will stop"),
        id="name",
    ),
    pytest.param(
        "Mr. Wang met the envoy. The talks were useful and frank, he noted.",
        ("Wang", "The talks were useful and frank"),
        id="pronoun",
    ),
    pytest.param(
        "Officials believe the talks will fail, Wang said on Friday.",
        ("Wang", "Officials believe the talks will fail"),
        id="time-after-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING)
def test_trailing_attribution_stays_out_of_the_content(
    text: str, expected: tuple[str, str]
) -> None:
    claims, _ = _report(text)
    assert (claims[0][0], claims[0][1]) == expected
    assert len(claims) == 1


# -- sides: one government, many names; context; one "Other speakers" column ----------------

GOVERNMENT = (
    "Chinese Foreign Minister Wang Yi met the envoy in Beijing.\n\n"
    "China said the talks were useful. Beijing said trade would grow. "
    "The Chinese side said it wanted calm. Wang said the two sides would meet again. "
    "The Chinese Foreign Ministry said a statement would follow.\n\n"
    "The United States said the talks were frank. Washington said it would reply. "
    "A U.S. State Department spokesman said the envoy would return."
)


def test_one_government_many_names_is_one_side() -> None:
    claims, by_speaker = _report(GOVERNMENT)
    sides = {side for _, _, side in claims}
    assert sides == {"China", "United States"}, claims


CONTEXT = [
    pytest.param(
        "The Defence Ministry said the base was hit. A Defence Ministry spokesman, Gen. Omar "
        "Sayed, said two soldiers died.",
        {"Omar Sayed": "Defence Ministry", "Defence Ministry": "Defence Ministry"},
        id="speaks-for-a-body",
    ),
    pytest.param(
        "The army said the village was empty. Spokesman Lt. Col. Ray Ibe said no one was hurt.",
        {"Ray Ibe": "Army"},
        id="spokesman-for-the-body-before",
    ),
    pytest.param(
        "KABUL, Afghanistan (AP) — The Interior Ministry said 12 police were killed.",
        {"Interior Ministry": "Afghanistan"},
        id="dateline-country",
    ),
    pytest.param(
        "The blast wrecked the market, said Hana Varga, Hungarian Foreign Minister.",
        {"Hana Varga": "Hungary"},
        id="apposition-after-the-name",
    ),
    pytest.param(
        "Doctors Without Borders (MSF) said 19 patients died. MSF said the clinic was marked.",
        {"MSF": "Doctors Without Borders", "Doctors Without Borders": "Doctors Without Borders"},
        id="acronym",
    ),
    pytest.param(
        "Local officials said the well was poisoned. The district chief, Ali Noor, said three "
        "children fell ill.",
        {"Local officials": "Local officials", "Ali Noor": "Local officials"},
        id="local-authorities",
    ),
    pytest.param(
        "Residents said the fire started at dawn. Farmers said the crops were lost.",
        {"Residents": "Residents", "Farmers": "Residents"},
        id="civilians-are-one-party",
    ),
    pytest.param(
        "Residents said the fire started at dawn. \u201cWe ran,\u201d said Ines Roa, a maize "
        "farmer from the village.",
        {"Ines Roa": "Residents"},
        id="civilian-by-apposition",
    ),
    pytest.param(
        "BAMENDA, Cameroon \u2014 The military said it killed seven fighters. General Paul "
        "Eto, who commands the region, said his soldiers burned nothing.",
        {"Paul Eto": "Cameroon"},
        id="officer-joins-the-armed-forces-quoted",
    ),
    pytest.param(
        "Ines Roa said the fire started at dawn.",
        {"Ines Roa": "Other speakers"},
        id="negative-person-with-no-context",
    ),
]


@pytest.mark.parametrize(("text", "sides"), CONTEXT)
def test_sides_from_context(text: str, sides: dict[str, str]) -> None:
    _, by_speaker = _report(text)
    for speaker, side in sides.items():
        assert by_speaker.get(speaker) == side, by_speaker


def test_strays_share_one_other_speakers_column() -> None:
    text = (
        "Anna Berg said the harbour froze. Piet Kool said the ferry stopped. "
        "He said more ice was coming. Officials said the port would reopen."
    )
    report = attribute([Document("t", text)])
    assert [s.name for s in report.sides] == ["Unnamed sources", "Other speakers"]
    assert all(s.side_reason for s in report.speakers)


# -- bad input ---------------------------------------------------------------------------------

PARTICLES = [
    pytest.param("Abu Bakr al-Baghdadi said the city would fall.", "Abu Bakr al-Baghdadi"),
    pytest.param("Osama bin Laden said the war would go on.", "Osama bin Laden"),
    pytest.param("Ruud van der Berg said talks had stalled.", "Ruud van der Berg"),
    pytest.param("Tip O'Neill said all politics is local.", "Tip O'Neill"),
    pytest.param("Gen. J.R. Allen said the base was secure.", "Allen"),
    pytest.param("Ms. Ngozi Okonjo-Iweala said the fund was short.", "Ngozi Okonjo-Iweala"),
    # a plural possessive inside a body's name is no closing quotation mark
    pytest.param(
        "The Marrow Dock Workers' Union said its members had won a raise.",
        "Marrow Dock Workers' Union",
    ),
    pytest.param(
        "The National Teachers’ Federation said the strike would end.",
        "National Teachers’ Federation",
    ),
    # a number with a thousands comma inside the phrase is one number, not a list
    pytest.param(
        "Unions representing 45,000 workers say the strike was called off.",
        "Unions representing 45,000 workers",
    ),
]


@pytest.mark.parametrize(("text", "name"), PARTICLES)
def test_names_with_particles_and_initials(text: str, name: str) -> None:
    claims, _ = _report(text)
    assert len(claims) == 1 and name in claims[0][0], claims


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ruud van der Berg said talks had stalled. Van der Berg said he was hopeful.",
            "Ruud van der Berg",
        ),
        (
            "Hani al-Qawasmi said no demand came. Qawasmi said the search went on.",
            "Hani al-Qawasmi",
        ),
    ],
)
def test_later_short_forms_of_particle_names_merge(text: str, name: str) -> None:
    claims, _ = _report(text)
    assert {speaker for speaker, _, _ in claims} == {name}


WIRE = (
    "Minister: \u201cWe Will Not Retreat,\u201d Says Defiant Leader\n\n"
    "By Jane Doe and J.R. Smith, Associated Press\n\n"
    "KABUL, Afghanistan (AP) \u2014 The Interior Ministry said the road was open. "
    "The ministry said four police were hurt.\n\n"
    "Reporters Ali Khan and Mary Poe contributed to this report.\n"
)


def test_wire_copy_dateline_byline_and_headline_quote() -> None:
    claims, by_speaker = _report(WIRE)
    assert not any("contributed" in said or "Associated Press" in said for _, said, _ in claims)
    assert not any(name in ("Jane Doe", "Ali Khan", "Mary Poe") for name in by_speaker)
    assert "Defiant" not in set(by_speaker.values())  # a title-case headline names no side
    assert by_speaker["Interior Ministry"] == "Afghanistan"


def test_hundreds_of_names_in_one_list_stay_one_claim_and_few_columns() -> None:
    names = ", ".join(f"Ann Berg{n}" for n in range(300))
    report = attribute([Document("t", f"{names} and Bo Tran said the treaty would hold.")])
    assert len(report.claims) == 1
    assert len(report.sides) == 1


def test_columns_do_not_grow_with_the_number_of_stray_speakers() -> None:
    def sides_for(n: int) -> int:
        text = " ".join(
            f"Person Number{k} said the water rose {k} centimetres. He said it was cold."
            for k in range(n)
        )
        return len(attribute([Document("t", text)]).sides)

    assert sides_for(5) == sides_for(60) == 1


def test_side_context_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    import attribcmp.gazetteer as sides_module

    calls = {"n": 0}
    real = sides_module.find_hits

    def counting(text: str, gazetteer: object) -> object:
        calls["n"] += 1
        return real(text, gazetteer)  # type: ignore[arg-type]

    monkeypatch.setattr(sides_module, "find_hits", counting)
    sides_module.cached_head_hit.cache_clear()

    def work(n: int) -> int:
        calls["n"] = 0
        sides_module.cached_head_hit.cache_clear()
        text = "\n\n".join(
            f"A coalition spokesman, Maj. Sam Reed{k}, said patrol {k} was safe. "
            f"The alliance's soldiers said the pass was calm. Villager{k} said it was not."
            for k in range(n)
        )
        attribute([Document("t", text)])
        return calls["n"]

    small, large = work(20), work(80)
    assert large <= 4.5 * max(small, 1)
