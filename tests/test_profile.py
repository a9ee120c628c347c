"""Profiles: the YAML shape, errors that name the line, and the starter profile round trip."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attribcmp.errors import ProfileError
from attribcmp.model import Document, Profile, Side, SideRule, Speaker, SpeakerKind
from attribcmp.profile import (
    describe_pattern,
    is_slug,
    load_profile,
    parse_profile,
    plain_pattern,
    slugify,
)
from attribcmp.sides import resolve_sides
from attribcmp.starter_profile import dump_starter_profile

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "profile-example.yaml"


def members(profile: Profile) -> dict[str, list[str]]:
    return {rule.id: [describe_pattern(p) for p in rule.patterns] for rule in profile.sides}


# --- valid profiles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Profile()),
        ("# only a comment\n", Profile()),
        ("sides:\ncues:\n", Profile()),
        (
            "sides:\n  us:\n    name: United States\n    members: [Austin, U.S.]\n",
            Profile(
                sides=(
                    SideRule(
                        "us",
                        "United States",
                        (plain_pattern("Austin"), plain_pattern("U.S.")),
                    ),
                )
            ),
        ),
        # Shorthand: a list of members, the name is the id.
        (
            "sides:\n  pakistan: [ISPR]\n",
            Profile(sides=(SideRule("pakistan", "pakistan", (plain_pattern("ISPR"),)),)),
        ),
        # A declared side with no members.
        ("sides:\n  unnamed:\n", Profile(sides=(SideRule("unnamed", "unnamed"),))),
        # List form; the id comes from the name.
        (
            "sides:\n  - name: United States\n    members: [Austin]\n  - id: pk\n    name: P\n",
            Profile(
                sides=(
                    SideRule("united-states", "United States", (plain_pattern("Austin"),)),
                    SideRule("pk", "P"),
                )
            ),
        ),
        (
            "aliases:\n  Lloyd Austin: Lloyd J. Austin\n  COAS: Gen. Bajwa\n",
            Profile(aliases=(("Lloyd Austin", "Lloyd J. Austin"), ("COAS", "Gen. Bajwa"))),
        ),
        # Scalars YAML reads as booleans or numbers stay text as written.
        ("cues: [briefed, NO, 2022]\n", Profile(cues=("briefed", "NO", "2022"))),
        (
            "concepts:\n  - [flood victims, flood-affected people]\n",
            Profile(concepts=(("flood victims", "flood-affected people"),)),
        ),
    ],
)
def test_parse_valid(text: str, expected: Profile) -> None:
    assert parse_profile(text) == expected


def test_regex_and_plain_members() -> None:
    profile = parse_profile(
        "sides:\n  us:\n    members:\n      - Austin\n      - /Secretary\\s+Austin/\n"
        "      - 'Lloyd  J.   Austin'\n"
    )
    assert members(profile) == {"us": ["Austin", "/Secretary\\s+Austin/", "Lloyd J. Austin"]}
    plain, regex, spaced = (re.compile(p, re.I) for p in profile.sides[0].patterns)
    assert plain.search("Lloyd J. AUSTIN") and not plain.search("an Austinite")
    assert regex.search("secretary  austin") and not regex.search("Austin")
    assert spaced.search("Lloyd J.\nAustin")


@pytest.mark.parametrize(
    ("phrase", "hit", "miss"),
    [
        ("U.S.", "the U.S. envoy", "the U.S.A envoy"),
        ("Austin", "Austin's office", "Austinite"),
        ("media wing", "the media  wing said", "the media winged"),
        ("C++", "a C++ coder", "a C+ coder"),
    ],
)
def test_plain_pattern_matches_whole_words(phrase: str, hit: str, miss: str) -> None:
    pattern = re.compile(plain_pattern(phrase), re.IGNORECASE)
    assert pattern.search(hit)
    assert not pattern.search(miss)
    assert describe_pattern(plain_pattern(phrase)) == phrase


def test_sample_profile_loads() -> None:
    profile = load_profile(SAMPLE)
    assert profile.path == str(SAMPLE)
    assert [r.id for r in profile.sides] == ["us", "pakistan-army", "pakistan", "unnamed"]
    assert members(profile)["us"] == ["Austin", "Pentagon", "/Secretary\\s+Austin/"]
    assert ("Lloyd Austin", "Lloyd J. Austin") in profile.aliases
    assert profile.cues and profile.concepts


# --- errors name the file and the line -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sides:\n  us: [a\n", r"p\.yaml, line 3: invalid YAML"),
        ("sides:\n\tus: []\n", r"p\.yaml, line 2: invalid YAML"),
        ("sides: {}\nside: {}\n", r"line 2: unknown key 'side' \(expected one of: sides,"),
        ("sides:\n  us:\n    nmae: X\n", r"line 3: unknown key 'nmae'"),
        ("sides:\n  - id: us\n    name: U\n    colour: red\n", r"line 4: unknown key 'colour'"),
        ("- a\n- b\n", r"line 1: the profile must be a mapping"),
        ("sides: us\n", r"line 1: sides must be a mapping"),
        ("cues: said\n", r"line 1: cues must be a list, not 'said'"),
        ("cues:\n  - said\n  - [a, b]\n", r"line 3: a cue must be text, not a list"),
        ("cues:\n  - ''\n", r"line 2: a cue must not be empty"),
        ("sides:\n  us:\n    name: ''\n", r"line 3: the name of side 'us' must not be empty"),
        ("sides:\n  us:\n    name:\n", r"line 3: the name of side 'us' must be text, not nothing"),
        ("sides:\n  - members: [a]\n", r"line 2: a side in the list needs a 'name'"),
        ("sides:\n  - name: '!!!'\n", r"line 2: cannot make a side id from name '!!!'"),
        ("sides:\n  US Gov: []\n", r"line 2: side id 'US Gov' is not a slug.*'us-gov'"),
        (
            "sides:\n  - name: A\n  - name: B\n  - id: a\n    name: C\n",
            r"line 4: duplicate side id 'a' \(first on line 2\)",
        ),
        ("sides:\n  us: []\n  us: [x]\n", r"line 3: duplicate key 'us' in sides \(first on line 2"),
        (
            "aliases:\n  Lloyd Austin: A\n  lloyd austin: B\n",
            r"line 3: duplicate key 'lloyd austin' in aliases",
        ),
        (
            "sides:\n  us:\n    members:\n      - ok\n      - /(unclosed/\n",
            r"line 5: invalid regex /\(unclosed/ in side 'us': missing \)",
        ),
        ("sides:\n  us:\n    members:\n      - /x*/\n", r"line 4: regex /x\*/ .* matches empty"),
        ("sides:\n  us:\n    members: ['//']\n", r"line 3: empty regex"),
        ("concepts:\n  - [alone]\n", r"line 2: a concept group needs at least two"),
        ("concepts: [a, b]\n", r"line 1: each concept group must be a list, not 'a'"),
        ("aliases:\n  X: !!python/name:os.system\n", r"line 2: .* must be text"),
        (
            "a: 1\n---\nb: 2\n",
            r"line 2: invalid YAML: expected a single document in the stream, but found another",
        ),
        ("cues: [\x07]\n", r"line 1: invalid YAML: character U\+0007"),
    ],
)
def test_parse_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message) as caught:
        parse_profile(text, source="p.yaml")
    assert str(caught.value).startswith("p.yaml")
    assert "\n" not in str(caught.value)


def test_load_profile_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r"missing\.yaml: cannot read profile: no such file"):
        load_profile(tmp_path / "missing.yaml")
    with pytest.raises(ProfileError, match=r"cannot read profile: it is a directory"):
        load_profile(tmp_path)
    with pytest.raises(ProfileError, match=r"needs a file path, not an empty string"):
        load_profile("")  # robust21: named "." as a directory
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"cues:\n  - caf\xe9\n")
    with pytest.raises(ProfileError, match=r"latin\.yaml, line 2: profile is not UTF-8 .*0xe9"):
        load_profile(latin)
    bad = tmp_path / "bad.yaml"
    bad.write_text("sides:\n  us:\n    nmae: x\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"bad\.yaml, line 3: unknown key 'nmae'"):
        load_profile(str(bad))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_load_profile_accepts_a_bom(tmp_path: Path, encoding: str) -> None:
    # robust21: UTF-16 (a Windows editor's "Unicode") was refused though articles read it
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffcues: [briefed]\n".encode(encoding))
    assert load_profile(path) == Profile(cues=("briefed",), path=str(path))


def test_load_profile_names_the_line_of_bad_utf16(tmp_path: Path) -> None:
    path = tmp_path / "bad16.yaml"
    path.write_bytes("\ufeffcues:\n  - a\n".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(ProfileError, match=r"bad16\.yaml, line 3: profile is not UTF-16 text"):
        load_profile(path)


# --- starter profile -----------------------------------------------------------------------


def founding_speakers() -> list[Speaker]:
    return [
        Speaker(
            "s1",
            "Lloyd J. Austin",
            SpeakerKind.PERSON,
            aliases=("U.S. Defense Secretary Lloyd J. Austin", "the American official"),
        ),
        Speaker("s2", "the Pakistani military\u2019s media wing", SpeakerKind.ORGANISATION),
        Speaker("s3", "diplomatic sources", SpeakerKind.SOURCE, anonymous=True),
        Speaker(
            "s4",
            "Gen. Bajwa",
            SpeakerKind.PERSON,
            aliases=("Pakistan Army chief Gen. Qamar Javed Bajwa", "the Army chief"),
        ),
    ]


def test_starter_profile_round_trip() -> None:
    sides, speakers, _ = resolve_sides(founding_speakers(), (), (), Profile())
    text = dump_starter_profile(sides, speakers)
    assert text.startswith("# attribcmp profile")
    assert "# gazetteer: 'Pakistani' in 'the Pakistani military\u2019s media wing'" in text
    profile = parse_profile(text)
    assert [(r.id, r.name) for r in profile.sides] == [
        ("united-states", "United States"),
        ("pakistan", "Pakistan"),
        ("unnamed", "Unnamed sources"),
    ]
    assert members(profile) == {
        "united-states": ["Lloyd J. Austin"],
        "pakistan": ["the Pakistani military\u2019s media wing", "Gen. Bajwa"],
        "unnamed": ["diplomatic sources"],
    }
    assert profile.aliases == (
        ("U.S. Defense Secretary Lloyd J. Austin", "Lloyd J. Austin"),
        ("the American official", "Lloyd J. Austin"),
        ("Pakistan Army chief Gen. Qamar Javed Bajwa", "Gen. Bajwa"),
        ("the Army chief", "Gen. Bajwa"),
    )
    assert profile.cues == () and profile.concepts == ()
    # Fed back in, the profile puts every speaker on the same side, now by profile rule.
    again, resolved, _ = resolve_sides(speakers, (), (), profile)
    assert again == sides
    assert [s.side for s in resolved] == [s.side for s in speakers]
    assert all(s.side_reason.startswith("profile side") for s in resolved)


@pytest.mark.parametrize(
    ("speakers", "aliases"),
    [
        # A surname two people share is no alias: read back it would merge them.
        (
            [("Ann Smith", ("Smith", "Ms. Smith")), ("Bo Smith", ("Smith",))],
            (("Ms. Smith", "Ann Smith"),),
        ),
        (
            [("Ann Smith", ("Smith",)), ("Bo Khan", ("Khan",))],
            (("Smith", "Ann Smith"), ("Khan", "Bo Khan")),
        ),
        ([("Ann Smith", ("smith",)), ("Bo Smith", ("SMITH",))], ()),  # in any case
        ([("Ann Smith", ("Smith",)), ("ann smith", ("Smith",))], (("Smith", "Ann Smith"),)),
    ],
)
def test_starter_profile_leaves_out_shared_aliases(
    speakers: list[tuple[str, tuple[str, ...]]], aliases: tuple[tuple[str, str], ...]
) -> None:
    made = [
        Speaker(f"s{i}", name, SpeakerKind.PERSON, aliases=names, side="other")
        for i, (name, names) in enumerate(speakers)
    ]
    profile = parse_profile(dump_starter_profile([Side("other", "Other speakers")], made))
    assert profile.aliases == aliases


def test_starter_profile_read_back_keeps_people_apart() -> None:
    text = "".join(
        f'"We saw {n} trucks," said {first} Smith, a spokesman for the {body}. '
        "Smith added more.\n\n"
        for n, (first, body) in enumerate([("Ann", "Interior Ministry"), ("Bo", "Taliban")])
    )
    from attribcmp.pipeline import attribute

    plain = attribute([Document(id="a", text=text, path=None)])
    profile = parse_profile(dump_starter_profile(plain.sides, plain.speakers))
    again = attribute([Document(id="a", text=text, path=None)], profile)
    assert [s.name for s in again.speakers] == [s.name for s in plain.speakers]
    assert len({c.side for c in again.claims}) == 2


def test_starter_profile_with_nothing() -> None:
    assert parse_profile(dump_starter_profile((), ())) == Profile()


def test_starter_profile_rejects_a_bad_side_id() -> None:
    with pytest.raises(ValueError, match="not a slug"):
        dump_starter_profile((Side("U S", "U S"),), ())


_names = st.text(min_size=1, max_size=30).filter(lambda s: s.strip())


@given(
    names=st.lists(_names, min_size=1, max_size=4),
    side_name=_names,
    alias=_names,
    reason=st.text(max_size=30),
)
def test_starter_profile_round_trips_any_text(
    names: list[str], side_name: str, alias: str, reason: str
) -> None:
    side = Side(slugify(side_name) or "side", side_name)
    speakers = [
        Speaker(
            f"s{i}", name, SpeakerKind.PERSON, aliases=(alias,), side=side.id, side_reason=reason
        )
        for i, name in enumerate(names)
    ]
    profile = parse_profile(dump_starter_profile([side], speakers))
    assert is_slug(profile.sides[0].id)
    assert profile.sides[0].name == side_name.strip()
    for speaker, pattern in zip(speakers, profile.sides[0].patterns, strict=True):
        assert re.search(pattern, " ".join(speaker.name.split()), re.IGNORECASE)
    # The alias goes to the first speaker it does not simply repeat the name of, unless
    # speakers of different names share it (read back, it would merge them).
    owners = [s.name.strip() for s in speakers if s.name.strip() != alias.strip()]
    shared = len({s.name.strip().casefold() for s in speakers}) > 1
    expected = ((alias.strip(), owners[0]),) if owners and not shared else ()
    assert profile.aliases == expected
