"""What ties claims to one incident or one named thing (anchors.py), and the link rules that
use it: places set incidents apart, rare names and initials link two accounts, two accounts
of one call converge; plus the facet and phrase rules that keep what others allege, a
reported denial, a quote's own "but" and an actor's name out of the links."""

from __future__ import annotations

import dataclasses

import pytest

from attribcmp.anchors import claim_scenes, name_words, places, same_meeting
from attribcmp.facets import extract_facets, facet_claims
from attribcmp.links import link_claims
from attribcmp.model import Claim, ClaimFacets, ClaimKind, Document, Relation, Side, TextSpan
from attribcmp.signals import bigrams
from attribcmp.textfeatures import analyse_text, load_concepts, stem

CONCEPTS = load_concepts()
SIDES = (Side("a", "army"), Side("v", "villagers"))


def claim(cid: str, side: str, text: str, doc: Document) -> Claim:
    start = doc.text.find(text)
    assert start >= 0, text
    made = Claim(
        id=cid,
        doc_id=doc.id,
        speaker_id="s-" + side,
        kind=ClaimKind.INDIRECT,
        content=TextSpan(text, start, start + len(text)),
        parts=((start, start + len(text)),),
        side=side,
    )
    return facet_claims((made,), (doc,), concepts=CONCEPTS)[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("An attack did occur in Pech district, Kunar province on Aug. 19.", {"pech", "kunar"}),
        ("He fled his village of Ajin on Tuesday.", set()),  # "his village of": no marker
        ("Residents of the village of Ajin said so.", {"ajin"}),
        ("Fighting went on near Kismayo, officials said.", {"kismayo"}),
        ("Several districts of Nangarhar are infested.", set()),  # a sentence's first word
        ("The strike in Afghanistan killed 12.", set()),  # a country holds every incident
        ("Militants attacked in the Muslim-majority region.", set()),  # describes, names none
        ("Spokesman Denies Pentagon Role in WikiLeaks Founder Charge", set()),  # title case
        ("He told VOA in Arabic that 12 died.", set()),  # a language
        ("The talks failed, in Putin's words.", set()),  # a person's
    ],
)
def test_places(sentence: str, expected: set[str]) -> None:
    assert places(sentence) == expected


def test_scenes_inherit_within_a_paragraph_and_break_on_a_separate_incident() -> None:
    text = (
        "Rebels attacked a convoy in Qala Bazaar. Eight soldiers were killed, they said.\n\n"
        "The army said nobody died.\n\n"
        "In a separate attack, three soldiers were killed, the army said."
    )
    doc = Document("d", text)
    claims = [
        claim("c1", "v", "Eight soldiers were killed", doc),
        claim("c2", "a", "nobody died", doc),
        claim("c3", "a", "three soldiers were killed", doc),
    ]
    first, second, third = claim_scenes(claims, (doc,))
    assert first == {"qala bazaar"}  # from the sentence before, same paragraph
    assert second == frozenset()  # a new paragraph naming no place: unknown
    assert third and not third & first  # "In a separate attack": another scene


def test_where_the_speaker_stands_is_no_place_of_the_claim() -> None:
    text = "Officials in Qala Bazaar said 12 people were killed in the raid."
    doc = Document("d", text)
    made = claim("c1", "a", "12 people were killed in the raid", doc)
    mention = TextSpan("Officials", 0, 9)
    cue = TextSpan("said", text.find("said"), text.find("said") + 4)
    placed = dataclasses.replace(made, mention=mention, cue=cue)
    assert claim_scenes([placed], (doc,)) == [frozenset()]
    assert claim_scenes([made], (doc,)) == [frozenset({"qala bazaar"})]


def test_two_places_two_incidents_no_figure_link() -> None:
    text = (
        "The rebels said they killed eight soldiers in Qala Bazaar district. "
        "The army said three soldiers were killed in Pech district."
    )
    doc = Document("d", text)
    claims = (
        claim("c1", "v", "they killed eight soldiers in Qala Bazaar district", doc),
        claim("c2", "a", "three soldiers were killed in Pech district", doc),
    )
    links = link_claims(claims, documents=(doc,), sides=SIDES, concepts=CONCEPTS)
    assert all("slot" not in k.signals for k in links)  # shared words may still tie them
    same = text.replace("Pech district", "Qala Bazaar district")
    doc2 = Document("d", same)
    claims2 = (
        claim("c1", "v", "they killed eight soldiers in Qala Bazaar district", doc2),
        claim("c2", "a", "three soldiers were killed in Qala Bazaar district", doc2),
    )
    (link,) = link_claims(claims2, documents=(doc2,), sides=SIDES, concepts=CONCEPTS)
    assert link.relation is Relation.DIVERGE and "slot" in link.signals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("talks at the Organization for Security and Cooperation in Europe", {"osce"}),
        ("Deputy Secretary of State Andrew Hale spoke", set()),  # a title and a person
        ("the North Atlantic Treaty Organization met", set()),  # no linking word: no initials
    ],
)
def test_name_words_initials(text: str, expected: set[str]) -> None:
    initials = name_words(ClaimFacets(), (), text)
    assert initials == expected


@pytest.mark.parametrize(
    ("participants", "expected"),
    [
        # a name made only of title words is a name of its own
        (("West Bank",), {"west bank"}),
        (("World Bank", "Gaza"), {"world bank", "gaza"}),
        (("Supreme Court",), {"supreme court"}),
        # ... unless it names a post; a title word beside a name still drops
        (("Special Representative",), set()),
        (("Human Rights Watch",), {"watch"}),
        (("Northern Aram",), {"aram"}),
    ],
)
def test_name_words_title_names(participants: tuple[str, ...], expected: set[str]) -> None:
    from attribcmp.link_words import _title_words

    found = name_words(ClaimFacets(participants=participants), (), "", _title_words())
    assert found == expected


def test_a_name_of_title_words_links_two_accounts() -> None:
    # "West Bank": both words are title words, the name is still the point both share
    us = Document("us", "Troops arrested 14 men in the West Bank overnight.")
    ru = Document("ru", "Soldiers arrested dozens of youths in the West Bank.")
    claims = (
        claim("c1", "a", "Troops arrested 14 men in the West Bank overnight.", us),
        claim("c2", "v", "Soldiers arrested dozens of youths in the West Bank.", ru),
    )
    found = link_claims(claims, documents=(us, ru), sides=SIDES, concepts=CONCEPTS)
    assert [k.signals for k in found if "name" in k.signals]


def test_rare_name_links_two_accounts() -> None:
    us = Document("us", "Biden supported talks at the Organization for Security and Cooperation "
                  "in Europe. Biden discussed the weather.")  # fmt: skip
    ru = Document("ru", "Negotiations are to be held at the OSCE on January 13.")
    claims = (
        claim("c1", "a", "talks at the Organization for Security and Cooperation in Europe", us),
        claim("c2", "v", "Negotiations are to be held at the OSCE on January 13.", ru),
    )
    (link,) = link_claims(claims, documents=(us, ru), sides=SIDES, concepts=CONCEPTS)
    assert "name" in link.signals
    assert any("'osce'" in r for r in link.reasons)


def test_two_accounts_of_one_call_converge() -> None:
    us = Document("us", "President Joseph Biden spoke today with President Vladimir Putin.")
    ru = Document("ru", "On December 30, Vladimir Putin had a telephone conversation with "
                  "President Joseph Biden.")  # fmt: skip
    a = claim("c1", "a", "President Joseph Biden spoke today with President Vladimir Putin.", us)
    b = claim("c2", "v", ru.text, ru)
    assert same_meeting(a, b)
    other = Document("x", "Putin did not meet Biden.")
    assert not same_meeting(a, claim("c3", "v", other.text, other))  # a negated meeting
    (link,) = link_claims((a, b), documents=(us, ru), sides=SIDES, concepts=CONCEPTS)
    assert link.relation is Relation.CONVERGE


def test_two_openings_with_their_agendas_report_one_call() -> None:
    from attribcmp.anchors import call_signal

    us = Document("us", "President Obama spoke with President Putin about the additional "
                  "sanctions the United States announced.")  # fmt: skip
    ru = Document("ru", "In line with a previous agreement, Vladimir Putin had a telephone "
                  "conversation with Barack Obama.")  # fmt: skip
    a, b = claim("c1", "a", us.text, us), claim("c2", "v", ru.text, ru)
    assert call_signal(a, b) is None  # two lines, each with more than the call: two points
    signal = call_signal(a, b, openings=True)  # each account's first line on the call
    assert signal is not None and "call or meeting" in signal.reason
    other = Document("x", "Barack Obama had a telephone conversation with Angela Merkel.")
    assert call_signal(a, claim("c3", "v", other.text, other), openings=True) is None


@pytest.mark.parametrize(
    ("us_text", "uk_text", "one_call"),
    [
        # each government names its own leader by title alone: two titles both give are
        # the call's two parties
        (
            "The President spoke today to British Prime Minister Cameron about security.",
            "The Prime Minister spoke to the President of the United States this afternoon.",
            True,
        ),
        (
            "President Obama spoke last week by phone with Prime Minister David Cameron.",
            "The Prime Minister spoke to President Obama on Friday 4 December.",
            True,
        ),
        # one title both give ("President Putin's announcement" / "President Obama") may be
        # two people: no call from it
        (
            "They discussed President Putin's announcement of a withdrawal from Syria.",
            "Vladimir Putin had a telephone conversation with President Barack Obama.",
            False,
        ),
    ],
)
def test_two_openings_naming_the_parties_by_title(
    us_text: str, uk_text: str, one_call: bool
) -> None:
    from attribcmp.anchors import call_signal

    us, uk = Document("us", us_text), Document("uk", uk_text)
    a, b = claim("c1", "a", us.text, us), claim("c2", "v", uk.text, uk)
    signal = call_signal(a, b, openings=True)
    assert (signal is not None) is one_call
    # outside the openings a title names no one
    if one_call:
        assert call_signal(a, b) is None or "prime minister" not in call_signal(a, b).reason


@pytest.mark.parametrize(
    ("us_text", "uk_text", "one_meeting"),
    [
        # the call itself, both parties named: one call
        (
            "President Joseph Biden spoke today with President Vladimir Putin.",
            "Vladimir Putin had a telephone conversation with President Joseph Biden.",
            True,
        ),
        # an agenda item both name ("the Middle East") is the item's name, not the parties'
        (
            "the need to find a way forward on Middle East peace that brings the parties back "
            "to the negotiating table",
            "On foreign affairs, the Prime Minister and the President discussed Afghanistan, "
            "Syria, Iran and the Middle East Peace Process.",
            False,
        ),
    ],
)
def test_an_agenda_item_is_no_report_of_the_call(
    us_text: str, uk_text: str, one_meeting: bool
) -> None:
    # a content after its cue ("They agreed | on the need ...") stands in its sentence
    opened = us_text if us_text[:1].isupper() else f"They agreed on {us_text}."
    us, uk = Document("us", opened), Document("uk", uk_text)
    a, b = claim("c1", "a", us_text, us), claim("c2", "v", uk.text, uk)
    assert same_meeting(a, b) is one_meeting


@pytest.mark.parametrize(
    ("us_text", "ru_text"),
    [
        # the purpose one opening adds (condolences, sanctions) is a point of its own
        (
            "President Obama spoke by phone today with President Putin to convey his "
            "condolences on the fire outside Moscow.",
            "Vladimir Putin had a telephone conversation with Barack Obama at the American "
            "side's initiative.",
        ),
        (
            "President Obama spoke with President Putin today about the situation in Ukraine "
            "and the new sanctions.",
            "In line with a previous agreement, Vladimir Putin had a telephone conversation "
            "with Barack Obama.",
        ),
    ],
)
def test_two_openings_of_one_call_agree(us_text: str, ru_text: str) -> None:
    from attribcmp.anchors import call_signal

    us, ru = Document("us", us_text), Document("ru", ru_text)
    a, b = claim("c1", "a", us.text, us), claim("c2", "v", ru.text, ru)
    signal = call_signal(a, b, openings=True)
    assert signal is not None and signal.relation is Relation.CONVERGE
    # outside the openings, a line that carries more than the call leaves it to the words
    plain = call_signal(a, b)
    assert plain is None or plain.relation is None


def test_two_openings_that_reverse_the_roles_of_one_call_differ() -> None:
    # both report the call, but each has the other side place it: the words decide
    us = Document("us", "Deputy Secretary Karen Whitfield received a call today from Foreign "
                  "Minister Tariq Rana.")  # fmt: skip
    pk = Document("pk", "Foreign Minister Tariq Rana received a telephone call today from "
                  "Deputy Secretary Karen Whitfield.")  # fmt: skip
    a, b = claim("c1", "a", us.text, us), claim("c2", "v", pk.text, pk)
    (link,) = link_claims((a, b), documents=(us, pk), sides=SIDES, concepts=CONCEPTS)
    assert "meeting" in link.signals
    assert link.relation is Relation.DIVERGE


def test_the_caller_named_as_speaker_is_a_party_of_the_call() -> None:
    # "President Obama called President Medvedev today to acknowledge ...": the parser makes
    # Obama the speaker and "called" the cue; the caller is the call's second party even when
    # the content carries its purpose
    from dataclasses import replace

    from attribcmp.anchors import call_signal
    from attribcmp.model import TextSpan

    us = Document("us", "President Obama called President Medvedev today to acknowledge the "
                  "progress on the trade talks.")  # fmt: skip
    ru = Document("ru", "Dmitry Medvedev had a telephone conversation with US President "
                  "Barack Obama.")  # fmt: skip
    content = "President Medvedev today to acknowledge the progress on the trade talks."
    a = claim("c1", "a", content, us)
    b = claim("c2", "v", ru.text, ru)
    assert call_signal(a, b, openings=True) is None  # one shared name: Medvedev
    called = replace(a, cue=TextSpan("called", 16, 22), mention=TextSpan("President Obama", 0, 15))
    signal = call_signal(called, b, openings=True)
    assert signal is not None and "obama" in signal.reason
    # a cue that is no meeting ("said") leaves the speaker out of the call's parties
    said = replace(called, cue=TextSpan("said", 16, 22))
    assert call_signal(said, b, openings=True) is None


def test_one_call_with_a_name_spelled_two_ways() -> None:
    # each government spells the transliterated name its own way: one letter is one person
    uk = Document("uk", "The Prime Minister spoke to President Zelenskyy of Ukraine today.")
    ua = Document("ua", "President of Ukraine Volodymyr Zelensky had a telephone conversation.")
    a = claim("c1", "a", uk.text, uk)
    b = claim("c2", "v", ua.text, ua)
    assert same_meeting(a, b)
    # one shared name and a short name one letter off ("Olav" / "Olaf") are two meetings
    short = Document("y", "The Prime Minister spoke to President Olav of Ukraine today.")
    other = Document("x", "President of Ukraine Olaf had a telephone conversation.")
    c3, c4 = claim("c3", "a", short.text, short), claim("c4", "v", other.text, other)
    assert not same_meeting(c3, c4)


@pytest.mark.parametrize(
    ("text", "cue", "events", "denial"),
    [
        ("U.S. forces take all allegations of civilian casualties seriously", "said", (), ""),
        ("the second false claim of civilian casualties", "said", ("denial",), "false claim"),
        ("there was a Taliban presence although this was denied by the insurgents", "said",
         (), ""),  # someone else's denial, reported
        ("such reports are propaganda by the rebels", "said", ("denial",), "propaganda"),
    ],
)  # fmt: skip
def test_reported_events_and_denials(
    text: str, cue: str, events: tuple[str, ...], denial: str
) -> None:
    facets = extract_facets(text, cue=cue, concepts=CONCEPTS)
    assert "injury" not in facets.events or denial  # a denial keeps what it denies
    assert set(events) <= set(facets.events)
    assert facets.denial == denial


@pytest.mark.parametrize(
    ("text", "phrase", "kept"),
    [
        ("Al-Shabab militants breached the base", ("shabab", "~militants"), False),
        ("Vladimir Putin outlined approaches", ("vladimir", "putin"), False),
        ("a stable and predictable relationship", ("stabl", "predictabl"), True),
    ],
)
def test_phrases_that_name_an_actor_are_not_points(
    text: str, phrase: tuple[str, str], kept: bool
) -> None:
    features = analyse_text(text, CONCEPTS)
    grams = bigrams(features, frozenset({"shabab", "al"}))
    present = any(g == phrase for g in grams)
    assert present is kept, sorted(grams)


def test_a_but_inside_the_first_quote_answers_no_one() -> None:
    text = (
        "“We are deeply concerned, but it is rumor,” said the BBC. "
        "The group said that it will release a video of the killing."
    )
    doc = Document("d", text)
    claims = (
        claim("c1", "a", "We are deeply concerned", doc),
        claim("c2", "v", "it will release a video of the killing", doc),
    )
    links = link_claims(claims, documents=(doc,), sides=SIDES, concepts=CONCEPTS)
    assert all("contrast" not in k.signals for k in links)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a third country in the claim's sentence is an agenda item, even outside the claim
        ("When reviewing the crisis in Lebanon, the minister outlined approaches.", {"lebanon"}),
        ("They talked about Bolivian exports and the situation in Peru.", {"bolivia", "peru"}),
        # the parties' own countries are in every point: they name none
        ("France and Germany agreed to meet again.", set()),
        ("Nothing foreign was named.", set()),
    ],
)
def test_agenda_places(sentence: str, expected: set[str]) -> None:
    from attribcmp.anchors import agenda_places

    doc = Document("d", sentence)
    made = claim("c1", "a", sentence[-20:], doc)
    parties = (Side("france", "France"), Side("germany", "Germany"))
    assert agenda_places((made,), (doc,), parties) == [frozenset(expected)]


def test_one_call_read_as_speaker_cue_and_content() -> None:
    # "President A spoke today with President B": speaker A, cue "spoke", content the rest.
    us = Document("us", "President Anna Kovac spoke today with President Lars Berg.")
    ru = Document("ru", "Lars Berg had a telephone conversation with Anna Kovac.")
    rest = "today with President Lars Berg."
    start = us.text.index(rest)
    made = Claim(
        id="c1",
        doc_id="us",
        speaker_id="s-a",
        kind=ClaimKind.INDIRECT,
        content=TextSpan(rest, start, start + len(rest)),
        parts=((start, start + len(rest)),),
        mention=TextSpan("President Anna Kovac", 0, 20),
        cue=TextSpan("spoke", 21, 26),
        side="a",
    )
    (a,) = facet_claims((made,), (us,), concepts=CONCEPTS)
    b = claim("c2", "v", ru.text, ru)
    assert same_meeting(a, b)
    # the speaker and a cue that is no meeting ("said") make no call
    said = dataclasses.replace(a, cue=TextSpan("said", 21, 25))
    assert not same_meeting(said, b)


def test_sentence_leads_blank_other_claims() -> None:
    from attribcmp.anchors import sentence_leads

    text = "The envoy raised the case of a detained sailor and urged his quick release."
    doc = Document("d", text)
    a = claim("c1", "a", "his quick release", doc)
    (lead,) = sentence_leads((a,), (doc,))
    assert lead.strip() == "The envoy raised the case of a detained sailor and urged"
    b = claim("c0", "a", "the case of a detained sailor", doc)
    lead_a = sentence_leads((b, a), (doc,))[1]
    assert "detained" not in lead_a  # another claim's words are that claim's


def test_two_reports_of_one_meeting_link_once() -> None:
    us = Document(
        "us",
        "President Anna Kovac met today with Prime Minister Lars Berg in Oslo. "
        "President Anna Kovac also spoke with Prime Minister Lars Berg about fishing quotas.",
    )
    no = Document(
        "no", "Prime Minister Lars Berg welcomed President Anna Kovac to his office this morning."
    )
    a1 = claim(
        "c1", "a", "President Anna Kovac met today with Prime Minister Lars Berg in Oslo.", us
    )
    a2 = claim(
        "c2",
        "a",
        "President Anna Kovac also spoke with Prime Minister Lars Berg about fishing quotas.",
        us,
    )
    # read as speaker "Prime Minister Lars Berg", cue "welcomed", content the rest
    rest = "President Anna Kovac to his office this morning."
    start = no.text.index(rest)
    made = Claim(
        id="c3",
        doc_id="no",
        speaker_id="s-v",
        kind=ClaimKind.INDIRECT,
        content=TextSpan(rest, start, start + len(rest)),
        parts=((start, start + len(rest)),),
        mention=TextSpan("Prime Minister Lars Berg", 0, 24),
        cue=TextSpan("welcomed", 25, 33),
        side="v",
    )
    (b,) = facet_claims((made,), (no,), concepts=CONCEPTS)
    links = link_claims((a1, a2, b), documents=(us, no), sides=SIDES, concepts=CONCEPTS)
    met = [(k.a, k.b) for k in links if "meeting" in k.signals]
    # the opening answers the opening; the second point is not a second report of the call
    assert met == [("c1", "c3")]


_PARTY_STEMS = frozenset(stem(w) for w in ("emmanuel", "macron", "olaf", "scholz"))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a named item both accounts name is an agenda item, in the claim or its lead
        (
            "The leaders reviewed plans for the Lisbon Conference.",
            "Ahead of the Lisbon Conference, they discussed the economy.",
            {"Lisbon Conference"},
        ),
        # an acronym, however each account spells its digits
        ("They prepared for the G-7 meetings.", "They discussed the summit of G7 nations.", {"G7"}),
        # an ordinal is part of a name, no name of its own
        ("They backed the Vardo II process.", "Ahead of Vardo II, they met.", {"Vardo II"}),
        # a long name and its initials are one item
        (
            "They backed talks at the Organisation for Trade and Cooperation in Asia.",
            "Talks are to be held at the OTCA in May.",
            {"OTCA"},
        ),
        # the call's parties, months, titles and the parties' countries are no item
        (
            "President Emmanuel Macron thanked Chancellor Olaf Scholz.",
            "Olaf Scholz thanked President Emmanuel Macron.",
            set(),
        ),
        ("They will meet again in March.", "They plan to meet in March.", set()),
        ("The Prime Minister spoke.", "The Prime Minister agreed.", set()),
        ("The United States and France agreed.", "The United States and France met.", set()),
        ("He wrote from Downing Street.", "Downing Street said so.", set()),
        # named in one account only: nothing for the other's claim to meet
        ("They reviewed the Lisbon Conference.", "They discussed the weather.", set()),
    ],
)
def test_agenda_names(first: str, second: str, expected: set[str]) -> None:
    from attribcmp.anchors import agenda_names

    a, b = Document("a", first), Document("b", second)
    made = (claim("c1", "a", first[-12:], a), claim("c2", "b", second[-12:], b))
    parties = (Side("france", "France"), Side("germany", "Germany"))
    found = agenda_names(made, (a, b), parties, _PARTY_STEMS)
    assert found == [frozenset(expected), frozenset(expected)]


def test_agenda_names_leave_an_item_named_in_every_point() -> None:
    from attribcmp.anchors import agenda_names

    # one account names the item in three claims: it is the call's subject, no one point
    a = Document("a", "The OTCA met. The OTCA grew. The OTCA voted.")
    b = Document("b", "They discussed the OTCA.")
    made = (
        claim("c1", "a", "The OTCA met.", a),
        claim("c2", "a", "The OTCA grew.", a),
        claim("c3", "a", "The OTCA voted.", a),
        claim("c4", "b", "They discussed the OTCA.", b),
    )
    assert agenda_names(made, (a, b), SIDES) == [frozenset()] * 4


def test_named_item_links_two_accounts() -> None:
    us = Document("us", "The leaders affirmed their commitment to the Vardo II process.")
    ru = Document("ru", "Ahead of Vardo II, they discussed the importance of a political solution.")
    claims = (
        claim("c1", "a", "their commitment to the Vardo II process", us),
        claim("c2", "v", "the importance of a political solution", ru),
    )
    found = link_claims(claims, documents=(us, ru), sides=SIDES, concepts=CONCEPTS)
    assert any("same item: Vardo II" in r for k in found for r in k.reasons)


_US_CALL = "Today, President Donald Trump spoke with Prime Minister Boris Johnson of the UK."
_UK_TITLE = "Prime Minister Boris Johnson spoke with President Donald Trump."


@pytest.mark.parametrize(
    ("restated", "linked"),
    [
        # the page's summary line, then its first paragraph telling the call again
        ("The Prime Minister spoke to President Trump this afternoon after the storm.", True),
        ("The Prime Minister spoke to President Trump this evening about the floods.", True),
        # a point of the call, in other words than the call's: not the call again
        ("The Prime Minister discussed trade with President Trump.", False),
        ("The leaders welcomed cooperation on Iran.", False),
        # the same verb, but no party of the opening named: another call
        ("The Foreign Secretary spoke to Secretary Pompeo this afternoon.", False),
        ("The Prime Minister did not speak to President Trump about Iran.", False),  # negated
    ],
)
def test_an_account_restating_its_call_answers_the_other_opening(
    restated: str, linked: bool
) -> None:
    from attribcmp.anchors import restated_call_signal

    us = Document("us", _US_CALL)
    uk = Document("uk", f"{_UK_TITLE}\n\n{restated}")
    a = claim("c1", "a", us.text, us)
    opening, again = claim("c2", "v", _UK_TITLE, uk), claim("c3", "v", restated, uk)
    signal = restated_call_signal(again, opening, a)
    assert (signal is not None) is linked
    if signal is not None:
        assert "restated" in signal.reason
    links = link_claims((a, opening, again), documents=(us, uk), sides=SIDES, concepts=CONCEPTS)
    # end to end (by_calls): the two openings link, and the restated line says it restates
    # the call only where the rule allows it (other signals may still join a point of the call)
    assert any({x.a, x.b} == {"c1", "c2"} for x in links)
    restating = [x for x in links if any("restated" in r for r in x.reasons)]
    assert [{x.a, x.b} for x in restating] == ([{"c1", "c3"}] if linked else [])
    # the call itself agrees, whatever time or occasion the restating line adds
    assert all(x.relation is Relation.CONVERGE for x in restating)


@pytest.mark.parametrize(
    ("us_text", "reported"),
    [
        # the account's report of the call
        ("President Harlan spoke today with Prime Minister Dale.", True),
        # a meeting still to come is the next meeting, not the call the other account reports
        ("President Harlan looks forward to welcoming Prime Minister Dale to the summit next "
         "week.", False),
    ],
)  # fmt: skip
def test_a_planned_meeting_is_no_report_of_the_call(us_text: str, reported: bool) -> None:
    us = Document("us", us_text)
    uk = Document("uk", "Prime Minister Dale spoke to President Harlan this afternoon.")
    a, b = claim("c1", "a", us.text, us), claim("c2", "v", uk.text, uk)
    found = link_claims((a, b), documents=(us, uk), sides=SIDES, concepts=CONCEPTS)
    assert any("meeting" in k.signals for k in found) is reported
