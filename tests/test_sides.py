"""Side assignment: profile rules, gazetteer, issuer, anonymous and own-side defaults."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest
import yaml

from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Profile,
    Side,
    SideRule,
    Speaker,
    SpeakerKind,
    SpeakerMention,
    TextSpan,
)
from attribcmp.profile import is_slug, parse_profile
from attribcmp.side_accounts import side_for_label
from attribcmp.sides import (
    UNNAMED,
    declared_side_ids,
    nationality,
    resolve_sides,
)

# --- factories -----------------------------------------------------------------------------


def make_speaker(
    speaker_id: str,
    name: str,
    *mentions: str,
    kind: SpeakerKind = SpeakerKind.PERSON,
    anonymous: bool = False,
    aliases: tuple[str, ...] = (),
    doc_id: str = "d1",
) -> Speaker:
    spans = tuple(
        SpeakerMention(doc_id, TextSpan(text, 10 * i, 10 * i + len(text)))
        for i, text in enumerate(mentions)
    )
    return Speaker(speaker_id, name, kind, anonymous, aliases, spans)


def make_claim(claim_id: str, speaker_id: str, doc_id: str = "d1") -> Claim:
    return Claim(claim_id, doc_id, speaker_id, ClaimKind.INDIRECT, TextSpan("x", 0, 1), ((0, 1),))


def sides_of(
    speakers: list[Speaker],
    profile: Profile | None = None,
    documents: tuple[Document, ...] = (),
) -> tuple[tuple[Side, ...], dict[str, Speaker]]:
    claims = [
        make_claim(f"c{i}", sp.id, sp.mentions[0].doc_id if sp.mentions else "d1")
        for i, sp in enumerate(speakers, 1)
    ]
    sides, resolved, _ = resolve_sides(speakers, claims, documents, profile or Profile())
    return sides, {sp.id: sp for sp in resolved}


# The founding article (seed 000): who is quoted and the phrases that name them.
AUSTIN = make_speaker(
    "s1",
    "Lloyd J. Austin",
    "U.S. Defense Secretary Lloyd J. Austin",
    "the American official",
    "he",
    "his office",
    aliases=("Lloyd Austin", "the American official"),
)
ISPR = make_speaker(
    "s2",
    "the Pakistani military\u2019s media wing",
    "the Pakistani military\u2019s media wing",
    "It",
    kind=SpeakerKind.ORGANISATION,
)
SOURCES = make_speaker(
    "s3", "diplomatic sources", "diplomatic sources", kind=SpeakerKind.SOURCE, anonymous=True
)
BAJWA = make_speaker(
    "s4", "Gen. Bajwa", "Gen. Bajwa", "he", aliases=("Pakistan Army chief Gen. Qamar Javed Bajwa",)
)
FOUNDING = [AUSTIN, ISPR, SOURCES, BAJWA]


@pytest.mark.parametrize(
    ("speaker", "side", "reason"),
    [
        # Aliases come before mentions; two texts say U.S., the first one is cited.
        (AUSTIN, "united-states", "gazetteer: 'American' in 'the American official'"),
        (
            ISPR,
            "pakistan",
            "gazetteer: 'Pakistani' in 'the Pakistani military\u2019s media wing'",
        ),
        (SOURCES, "unnamed", "anonymous source with nothing naming its side"),
        (
            BAJWA,
            "pakistan",
            "gazetteer: 'Pakistan' in 'Pakistan Army chief Gen. Qamar Javed Bajwa'",
        ),
    ],
    ids=["austin", "ispr", "sources", "bajwa"],
)
def test_founding_article_sides(speaker: Speaker, side: str, reason: str) -> None:
    _, resolved = sides_of(FOUNDING)
    assert resolved[speaker.id].side == side
    assert resolved[speaker.id].side_reason == reason


def test_founding_article_side_list_and_claims() -> None:
    claims = [
        make_claim("c1", "s2"),
        make_claim("c2", "s1"),
        make_claim("c3", "s3"),
        make_claim("c4", "s2"),
        make_claim("c5", "s4"),
    ]
    sides, speakers, new_claims = resolve_sides(FOUNDING, claims, (), Profile())
    # Order of first claim: the media wing (Pakistan) speaks first here.
    assert sides == (
        Side("pakistan", "Pakistan"),
        Side("united-states", "United States"),
        UNNAMED,
    )
    assert [c.side for c in new_claims] == [
        "pakistan",
        "united-states",
        "unnamed",
        "pakistan",
        "pakistan",
    ]
    assert [c.id for c in new_claims] == ["c1", "c2", "c3", "c4", "c5"]
    assert [s.id for s in speakers] == ["s1", "s2", "s3", "s4"]


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("U.S. envoy to Pakistan", "united-states"),
        ("Pakistan's ambassador to the U.S.", "pakistan"),
        ("Pakistan Army chief", "pakistan"),
        ("the American official", "united-states"),
        ("Americans", "united-states"),
        ("Deputy Secretary of State Wendy Sherman", "united-states"),
        ("an official at the U.S. embassy in Islamabad", "united-states"),
        ("Chinese diplomats in Washington", "china"),
        ("the U.S.-backed Afghan government's spokesman", "afghanistan"),
        ("chief of the Russian general staff", "russia"),
        ("a spokesman for Ukraine's military", "ukraine"),
        ("Kremlin spokesman Dmitry Peskov", "russia"),
        ("Indian National Congress spokesman", "india"),
        ("Pakistani Taliban spokesman", "pakistani-taliban"),
        ("Taliban spokesman Zabihullah Mujahid", "taliban"),
        ("the Afghan Interior Ministry", "afghanistan"),
        ("a Hamas-run Gaza health ministry", "hamas"),
        ("a Gaza resident", "palestinians"),
        ("the IDF", "israel"),
        ("Downing Street", "united-kingdom"),
        ("EU foreign policy chief", "european-union"),
        ("U.N. Secretary-General", "united-nations"),
        ("North Korean state media", "north-korea"),
        ("ISPR", "pakistan"),
        ("PAKISTAN ARMY", "pakistan"),
        # Negative cases: no country, and a person with nothing else to place them goes to
        # the one "Other speakers" column.
        ("a Washington-based analyst", "other"),
        ("The Washington Post", "other"),
        ("let us know", "other"),
        ("Austinite", "other"),
        ("Reuters", "other"),
        ("the Foreign Office", "other"),
    ],
)
def test_gazetteer_head_rule(phrase: str, side: str) -> None:
    _, resolved = sides_of([make_speaker("s1", phrase, phrase)])
    assert resolved["s1"].side == side


@pytest.mark.parametrize(
    ("phrase", "nations"),
    [
        ("the American official", {"united-states"}),
        ("U.S. Defense Secretary Lloyd J. Austin", {"united-states"}),
        ("U.S. envoy to Pakistan", {"united-states"}),
        ("the Pakistani military’s media wing", {"pakistan"}),
        ("the official", set()),
        ("a Washington-based analyst", set()),
        ("The Washington Post", set()),
    ],
)
def test_nationality_gives_the_head_country(phrase: str, nations: set[str]) -> None:
    assert nationality(phrase) == frozenset(nations)


def test_texts_vote_and_earliest_breaks_ties() -> None:
    # Two mentions say Pakistan, one says India: Pakistan wins the vote.
    voted = make_speaker("s1", "the envoy", "the Indian envoy", "Pakistani envoy", "Pakistanis")
    # One each: the name comes first, so it decides.
    tied = make_speaker("s2", "the Indian envoy", "the Pakistani envoy")
    _, resolved = sides_of([voted, tied])
    assert resolved["s1"].side == "pakistan"
    assert resolved["s2"].side == "india"


# --- profile rules -------------------------------------------------------------------------

PROFILE = parse_profile(
    """
sides:
  pak-army:
    name: Pakistan Army
    members: [Bajwa, "military's media wing"]
  us:
    name: U.S. government
    members:
      - /secretary\\s+of\\s+defen[cs]e/
  pakistan: []
  unnamed:
    name: Unnamed diplomatic sources
""",
)


@pytest.mark.parametrize(
    ("speaker", "side", "reason"),
    [
        # The profile beats the gazetteer's Pakistan.
        (BAJWA, "pak-army", "profile side 'pak-army': pattern 'Bajwa' in 'Gen. Bajwa'"),
        # Straight apostrophe in the profile, curly in the text.
        (ISPR, "pak-army", "profile side 'pak-army': pattern 'military's media wing'"),
        # "us" names the United States: the gazetteer's U.S. speakers land on it.
        (AUSTIN, "us", "gazetteer: 'American'"),
        (SOURCES, "unnamed", "anonymous source"),
        (make_speaker("s5", "Pakistani diplomats", "Pakistani diplomats"), "pakistan", "gazetteer"),
        (make_speaker("s6", "the Secretary of Defense", "he"), "us", "profile side 'us'"),
    ],
    ids=["bajwa", "ispr", "austin", "sources", "diplomats", "regex"],
)
def test_profile_overrides(speaker: Speaker, side: str, reason: str) -> None:
    sides, resolved = sides_of([speaker], PROFILE)
    assert resolved[speaker.id].side == side
    assert resolved[speaker.id].side_reason.startswith(reason)
    names = {s.id: s.name for s in sides}
    expected_name = {
        "pak-army": "Pakistan Army",
        "us": "U.S. government",
        "unnamed": "Unnamed diplomatic sources",
        "pakistan": "Pakistan",  # left unnamed in the profile: takes the gazetteer's name
    }[side]
    assert names[side] == expected_name


def test_profile_member_reason_names_pattern_and_text() -> None:
    _, resolved = sides_of([ISPR], PROFILE)
    assert resolved["s2"].side_reason == (
        "profile side 'pak-army': pattern 'military's media wing' in "
        "'the Pakistani military\u2019s media wing'"
    )


def test_declared_side_without_speakers_is_not_listed() -> None:
    sides, _ = sides_of([AUSTIN], PROFILE)
    assert [s.id for s in sides] == ["us"]
    assert declared_side_ids(PROFILE) == ("pak-army", "us", "pakistan", "unnamed")
    assert declared_side_ids(Profile()) == ()


# --- compare mode --------------------------------------------------------------------------

DOCS = (
    Document("us", "text", "us.txt", issuer="us"),
    Document("pk", "text", "pk.txt", issuer="ISPR readout"),
    Document("plain", "text"),
)


@pytest.mark.parametrize(
    ("speaker", "side"),
    [
        # Nothing names a country; only in the U.S. readout -> the U.S. side, which is the
        # same side as the gazetteer's United States.
        (make_speaker("s1", "the statement", "the statement", doc_id="us"), "united-states"),
        (make_speaker("s2", "U.S. officials", "U.S. officials", doc_id="us"), "united-states"),
        # A Pakistani quoted in the U.S. readout: what the readout says he said is the U.S.
        # account's version, and the speaker follows his claims into that column.
        (make_speaker("s3", "Gen. Bajwa", "Pakistan's army chief", doc_id="us"), "united-states"),
        # An issuer label that names nothing known becomes its own side.
        (make_speaker("s4", "the readout", "the readout", doc_id="pk"), "ispr-readout"),
        # Anonymous sources in an issuer's account speak for the issuer (rule 3 before 4).
        (
            make_speaker("s5", "officials", "officials", anonymous=True, doc_id="us"),
            "united-states",
        ),
        # No issuer: defaults apply.
        (make_speaker("s6", "officials", "officials", anonymous=True, doc_id="plain"), "unnamed"),
        (make_speaker("s7", "the spokesman", "the spokesman", doc_id="plain"), "other"),
    ],
)
def test_issuer_side(speaker: Speaker, side: str) -> None:
    _, resolved = sides_of([speaker], documents=DOCS)
    assert resolved[speaker.id].side == side


def test_speaker_named_like_an_issuer_joins_its_side() -> None:
    docs = (Document("a", "t", issuer="Reuters"), Document("b", "t", issuer="AP"))
    # Reuters quoted in AP's account is named like the issuer Reuters; its claim there is AP's
    # version (the issuer's column), and the Sides line lists it where its claim stands.
    quoted = make_speaker("s1", "Reuters", "Reuters", doc_id="b")
    other = make_speaker("s2", "the spokesman", "the spokesman", doc_id="a")
    stray = Speaker("s3", "AP", SpeakerKind.ORGANISATION)
    _, resolved = sides_of([quoted, other, stray], documents=docs)
    assert resolved["s1"].side == "ap"
    assert resolved["s1"].side_reason == "compare: its claims are the account issued by 'AP'"
    # with no claim to follow, the name alone places it
    _, alone, _ = resolve_sides([quoted], [], docs, Profile())
    assert alone[0].side == "reuters"
    assert alone[0].side_reason == "compare: named like the issuer 'Reuters'"
    assert resolved["s2"].side == "reuters"
    assert resolved["s2"].side_reason == "compare: only in 'a', issued by 'Reuters'"
    assert resolved["s3"].side == "ap"


def test_speaker_in_two_documents_does_not_take_an_issuer_side() -> None:
    both = Speaker(
        "s1",
        "the spokesman",
        SpeakerKind.PERSON,
        mentions=(
            SpeakerMention("us", TextSpan("the spokesman", 0, 13)),
            SpeakerMention("pk", TextSpan("the spokesman", 0, 13)),
        ),
    )
    # quoted in both accounts: its claims stand in both columns, and it takes neither side
    claims = [make_claim("c1", "s1", "us"), make_claim("c2", "s1", "pk")]
    _, resolved, sided = resolve_sides([both], claims, DOCS, Profile())
    assert resolved[0].side == "other"
    assert {c.side for c in sided} == {"united-states", "ispr-readout"}


# A profile side whose id abbreviates a body ("au") and whose name names a country.
AU_PROFILE = Profile(sides=(SideRule("au", "Australian government", ("Morrison",)),))


@pytest.mark.parametrize(
    ("label", "profile", "side"),
    [
        ("us", Profile(), Side("united-states", "United States")),
        ("United States", Profile(), Side("united-states", "United States")),
        ("pakistan", Profile(), Side("pakistan", "Pakistan")),
        ("ISPR", Profile(), Side("pakistan", "Pakistan")),
        ("Reuters", Profile(), Side("reuters", "Reuters")),
        ("us", PROFILE, Side("us", "U.S. government")),
        ("American", PROFILE, Side("us", "U.S. government")),
        ("Pakistan Army", PROFILE, Side("pak-army", "Pakistan Army")),
        ("other", Profile(), Side("other-issuer", "other")),  # never the catch-all column
        ("Unnamed", Profile(), Side("unnamed-issuer", "Unnamed")),
        ("Other speakers", Profile(), Side("other-speakers", "Other speakers")),
        # a two-letter label in lower case is a country code, as a file or side id is written;
        # in capitals it is the abbreviation running text uses ("the AU")
        ("au", Profile(), Side("australia", "Australia")),
        ("cn", Profile(), Side("china", "China")),
        ("AU", Profile(), Side("african-union", "African Union")),
        ("Australia", AU_PROFILE, Side("au", "Australian government")),
    ],
)
def test_side_for_label(label: str, profile: Profile, side: Side) -> None:
    assert side_for_label(label, profile) == side


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("中国", "日本", False),  # no ASCII letters: each its own side, not one "issuer"
        ("!!!", "???", False),
        ("中国", "中国", True),  # one label, one side, every run
        ("Ελλάδα", "ελλάδα", True),
    ],
)
def test_labels_without_a_slug_keep_their_own_side(first: str, second: str, same: bool) -> None:
    a, b = side_for_label(first, Profile()), side_for_label(second, Profile())
    assert is_slug(a.id) and is_slug(b.id)
    assert (a.id == b.id) is same
    assert a.name == first


# --- defaults and bookkeeping --------------------------------------------------------------


def test_body_sides_are_one_per_name_and_never_take_a_reserved_id() -> None:
    org = SpeakerKind.ORGANISATION
    speakers = [
        make_speaker("s1", "Reuters", "Reuters", kind=org),
        make_speaker("s2", "Reuters", "Reuters", kind=org),
        make_speaker("s3", "Other", "Other", kind=org),
        make_speaker("s4", "\u2014", "\u2014", kind=org),
        make_speaker("s5", "Pakistan", "Pakistan", kind=org),
        make_speaker("s6", "the fighting", "the fighting", kind=SpeakerKind.UNKNOWN),
        make_speaker("s7", "he (unresolved)", "He"),
    ]
    sides, resolved = sides_of(speakers)
    assert [resolved[f"s{i}"].side for i in range(1, 8)] == [
        "reuters",
        "reuters",
        "other-body",
        "other",
        "pakistan",
        "other",
        "other",
    ]
    assert all(is_slug(s.id) for s in sides)
    assert len({s.id for s in sides}) == len(sides)
    assert "never a side of its own" in resolved["s7"].side_reason


def test_speaker_without_claims_keeps_a_listed_side() -> None:
    claims = [make_claim("c1", "s1")]
    sides, speakers, _ = resolve_sides([AUSTIN, ISPR], claims, (), Profile())
    assert [s.id for s in sides] == ["united-states", "pakistan"]
    assert speakers[1].side == "pakistan"


def test_unknown_claim_speaker_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown speaker 's9'"):
        resolve_sides([AUSTIN], [make_claim("c1", "s9")], (), Profile())


def test_resolve_does_not_touch_inputs() -> None:
    claims = (make_claim("c1", "s1"),)
    resolve_sides(FOUNDING, claims, (), Profile())
    assert AUSTIN.side is None and claims[0].side is None


# --- the gazetteer data --------------------------------------------------------------------


def _raw_gazetteer() -> Any:
    text = resources.files("attribcmp.data").joinpath("gazetteer.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def test_gazetteer_is_broad_and_well_formed() -> None:
    data = _raw_gazetteer()
    assert len(data["countries"]) >= 120
    owner: dict[tuple[bool, str], str] = {}
    for entry_id, entry in {**data["countries"], **data["groups"]}.items():
        assert is_slug(entry_id), entry_id
        assert entry["name"].strip()
        for field in ("names", "demonyms", "places", "bodies", "abbrevs"):
            for word in entry.get(field) or []:
                assert isinstance(word, str) and word.strip(), (entry_id, field, word)
                exact = field == "abbrevs"
                key = (exact, word if exact else word.lower())
                assert key not in owner, f"{word!r} is in {owner.get(key)} and {entry_id}"
                owner[key] = entry_id
    for phrase in (
        "United States",
        "Pakistan",
        "Russia",
        "China",
        "Ukraine",
        "Israel",
        "United Kingdom",
        "India",
        "Afghanistan",
        "Iran",
        "European Union",
        "United Nations",
        "NATO",
    ):
        assert side_for_label(phrase, Profile()).name == phrase


def test_every_shield_hides_a_gazetteer_word() -> None:
    # A shield that contains no gazetteer word does nothing and is dead data.
    data = _raw_gazetteer()
    words = {
        w.lower()
        for entry in {**data["countries"], **data["groups"]}.values()
        for field in ("names", "demonyms", "places", "bodies")
        for w in entry.get(field) or []
    }
    for shield in data["shields"]:
        inner = [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", shield.lower())]
        assert inner, shield


def test_compare_keeps_two_accounts_with_non_latin_labels_apart() -> None:
    from attribcmp.pipeline import compare

    docs = [
        Document(
            id="a", text="The talks went well and trade will grow.\n", path=None, issuer="中国"
        ),
        Document(
            id="b", text="The talks failed and trade will shrink.\n", path=None, issuer="日本"
        ),
    ]
    report = compare(docs, Profile())
    names = {side.id: side.name for side in report.sides}
    assert {claim.doc_id: names[claim.side or ""] for claim in report.claims} == {
        "a": "中国",
        "b": "日本",
    }


class _NoScan(dict[str, Any]):
    """A name table that fails if anything walks all of it."""

    def __iter__(self) -> Any:
        raise AssertionError("walked every placed name")


def test_short_form_is_a_lookup_not_a_walk_of_every_placed_name() -> None:
    # An operation check, not a timing (issue 8): with thousands of placed speakers, each
    # phrase walked all of them, quadratic on a 10k-speaker article.
    from attribcmp.affiliation import BodyIndex
    from attribcmp.gazetteer import load_gazetteer
    from attribcmp.side_context import Context

    context = Context(BodyIndex({}), {}, load_gazetteer(), {})
    side = Side("pk", "Pakistan")
    for k in range(2000):
        context.add(
            Speaker(f"s{k}", f"Agency{k} International", SpeakerKind.ORGANISATION), (side, "")
        )
    context.add(Speaker("s", "Amnesty International", SpeakerKind.ORGANISATION), (side, ""))
    context._by_name = _NoScan(context._by_name)
    someone = Speaker("x", "Jane Doe", SpeakerKind.PERSON)
    assert context._short_form("amnesty", someone) == "amnesty international"
    assert context._short_form("international", someone) is None  # opens no placed name
