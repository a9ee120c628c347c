"""Speakers and sides a reader would draw (speakers16): each a table of tiny made-up texts,
the shape the rule was written for beside the one it must leave alone."""

from __future__ import annotations

import pytest

from tests.side_helpers import column_of, report_of, speaker_of

# -- an opening participle with a preposition ---------------------------------------------------
# A manner participle ("Writing for", "Speaking in", "Responding to") says nothing; a participle
# whose object is what was said keeps its claim when the main clause reports too; before an act
# ("filed an appeal") the phrase only sets the scene.

# (text, cue, its content, or None when the phrase must give no claim)
PARTICIPLES = [
    ("Warning of a crackdown, Ana Ruiz said the strike would go on.\n", "Warning", "crackdown"),
    (
        "Complaining of harassment, the workers said they would strike.\n",
        "Complaining",
        "harassment",
    ),
    ("Hinting at a deal, Ana Ruiz said talks would resume.\n", "Hinting", "a deal"),
    ("Commenting on the verdict, Ana Ruiz said it was fair.\n", "Commenting", "the verdict"),
    (
        "Citing security concerns, the ministry said the border would stay closed.\n",
        "Citing",
        "security concerns",
    ),
    ("Writing for the majority, Judge Ana Ruiz said the law was void.\n", "Writing", None),
    ("Responding to the attack, the army said it had struck back.\n", "Responding", None),
    ("Reacting to the ruling, Tom Hale said he would appeal.\n", "Reacting", None),
    ("Insisting on its innocence, the company filed an appeal.\n", "Insisting", None),
    ("Appealing for help, villagers fled the town.\n", "Appealing", None),
]


@pytest.mark.parametrize(("text", "cue", "content"), PARTICIPLES)
def test_opening_participle_claims(text: str, cue: str, content: str | None) -> None:
    got = [c.content.text for c in report_of(text).claims if c.cue.text.startswith(cue)]
    if content is None:
        assert got == []
    else:
        assert any(content in g for g in got), got


# (text, said, the speaker's name): the main clause's report keeps its own speaker
MAIN_CLAUSE = [
    (
        "Citing security concerns, the ministry said the border would stay closed.\n",
        "border would stay closed",
        "the ministry",
    ),
    (
        "Writing for the majority, Judge Ana Ruiz said the law was void.\n",
        "law was void",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "said", "name"), MAIN_CLAUSE)
def test_main_clause_keeps_its_speaker(text: str, said: str, name: str) -> None:
    assert speaker_of(text, said).name == name


# -- an acronym and a hyphenated title before a name ------------------------------------------
# "WHO" opening a sentence is the agency, not the pronoun; "Secretary-General" is a title, so
# "NATO Secretary-General Jens Stoltenberg" is a person of NATO, and "Stoltenberg" (or, for a
# name whose first word is the one used alone, "Tedros") is the same person.

# (text, said, speaker's name, column)
TITLED = [
    (
        "WHO Director-General Tedros Adhanom Ghebreyesus said the review would start soon.\n\n"
        "Tedros said the inquiry would not ask where the virus came from.\n",
        "inquiry would not ask",
        "Tedros Adhanom Ghebreyesus",
        "World Health Organization",
    ),
    (
        "NATO Secretary-General Jens Stoltenberg said the alliance was united. Stoltenberg said "
        "more troops would come.\n",
        "more troops",
        "Jens Stoltenberg",
        "NATO",
    ),
    (
        "UN Secretary-General Antonio Guterres said the talks would resume. Guterres said both "
        "sides had agreed.\n",
        "both sides had agreed",
        "Antonio Guterres",
        "United Nations",
    ),
]


@pytest.mark.parametrize(("text", "said", "name", "column"), TITLED)
def test_titled_person_of_a_body(text: str, said: str, name: str, column: str) -> None:
    speaker = speaker_of(text, said)
    assert (speaker.name, speaker.kind.value) == (name, "person")
    assert column_of(text, said) == column


# (text, said, speaker's name): a relative "who" still ends the phrase before it
RELATIVE_WHO = [
    ("Officials who visited the camp said it was full.\n", "it was full", "Officials"),
    ("WHO officials said the outbreak had peaked.\n", "outbreak had peaked", "WHO officials"),
]


@pytest.mark.parametrize(("text", "said", "name"), RELATIVE_WHO)
def test_acronym_who_is_a_name(text: str, said: str, name: str) -> None:
    assert speaker_of(text, said).name == name


# -- "It" after a body that reported with no content of its own -------------------------------
# "Keld's interior ministry denied that. It said ...": the ministry is the last one heard from,
# so "It" is the ministry, not the army quoted before it.

# (text, said, speaker's name)
PRONOUN_BODY = [
    (
        "Keld's army said its troops had shelled the border post on Sunday.\n\n"
        "Keld's interior ministry denied that. It said the post had been empty for a week.\n",
        "post had been empty",
        "Keld's interior ministry",
    ),
    (
        "The Malian army said its troops had shelled the border post on Sunday.\n\n"
        "The foreign ministry rejected the report. It said no shell had landed.\n",
        "no shell had landed",
        "The foreign ministry",
    ),
    (
        "The Malian army said its troops had shelled the border post on Sunday.\n\n"
        "It said no civilians were hurt.\n",
        "no civilians",
        "The Malian army",
    ),
    (
        "The Malian army said its troops had shelled the border post on Sunday.\n\n"
        "Some residents denied that. It said no civilians were hurt.\n",
        "no civilians",
        "The Malian army",
    ),
]


@pytest.mark.parametrize(("text", "said", "name"), PRONOUN_BODY)
def test_it_is_the_body_just_heard_from(text: str, said: str, name: str) -> None:
    assert speaker_of(text, said).name == name


# -- a rebel spokesman --------------------------------------------------------------------------
# "A rebel spokesman, Omar Ruiz" speaks for the rebels, never for the state quoted before him;
# "a military spokesman" still speaks for the state's forces.

# (text, said, column)
REBEL_SPOKESMEN = [
    (
        "Rebels claim helicopter downing\n\nRebels said they shot down a government helicopter on "
        "Monday.\n\nThe Malian army denied the claim.\n\nA rebel spokesman, Omar Ruiz, said eight "
        "soldiers died.\n",
        "eight soldiers died",
        "Rebels",
    ),
    (
        "Rebels claim helicopter downing\n\nRebels said they shot down a government helicopter on "
        "Monday.\n\nThe Malian army denied the claim.\n\nA military spokesman, Col. Ali Traore, "
        "said no soldier died.\n",
        "no soldier died",
        "Mali",
    ),
]


@pytest.mark.parametrize(("text", "said", "column"), REBEL_SPOKESMEN)
def test_rebel_spokesman_speaks_for_the_rebels(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


# -- a spokesman after the head of an international body ------------------------------------
# "U.N. Secretary-General Kofi Annan says ... Spokesman Stephane Dujarric said": a spokesman
# naming no body speaks for the body whose head was quoted before him.

# (text, said, column)
BODY_HEAD_SPOKESMEN = [
    (
        "Annan says Karimov rejects probe\n\nU.N. Secretary-General Kofi Annan says Uzbekistan's "
        "president has rejected calls for an inquiry.\n\nSpokesman Stephane Dujarric said the "
        "U.N. expert was concerned by the reports.\n",
        "expert was concerned",
        "United Nations",
    ),
    (
        # a country's leader lends no body: the spokesman may be anyone's
        "Mali army denies claim\n\nRebels said they shot down a helicopter.\n\nMalian President "
        "Ibrahim Keita said the army was in control.\n\nSpokesman Ali Traore said no aircraft "
        "was lost.\n",
        "no aircraft was lost",
        "Other speakers",
    ),
]


@pytest.mark.parametrize(("text", "said", "column"), BODY_HEAD_SPOKESMEN)
def test_spokesman_after_a_body_head(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


# -- "Mr. Malik" after "chief negotiator, Malik Mahmud" -----------------------------------------
# An honorific says the one word is a person's name: the full name read before is that person,
# as a title before the full name would say.

# (text, said, speaker's name)
HONORIFICS = [
    (
        "Deal signed\n\nMalik Mahmud arrived on Monday.\n\nMr. Malik says the army cannot be "
        "trusted.\n",
        "cannot be trusted",
        "Malik Mahmud",
    ),
    (
        # no title and no honorific: a news story that writes the first word of a two-word
        # name alone names that person family name first ("Guo" after "Guo Wengui")
        "Deal signed\n\nMalik Mahmud arrived on Monday.\n\nMalik says the army cannot be "
        "trusted.\n",
        "cannot be trusted",
        "Malik Mahmud",
    ),
    (
        "Spy claims\n\nGuo Wengui again leveled charges Thursday.\n\nGuo said the "
        "document was genuine.\n",
        "the document was genuine",
        "Guo Wengui",
    ),
    (
        # a country's name is the state, never the person whose given name it is
        "Talks\n\nIsrael Katz arrived on Monday.\n\nIsrael says the army cannot be trusted.\n",
        "cannot be trusted",
        "Israel",
    ),
]


@pytest.mark.parametrize(("text", "said", "name"), HONORIFICS)
def test_honorific_and_given_name(text: str, said: str, name: str) -> None:
    assert speaker_of(text, said).name == name


# -- a leader's government ----------------------------------------------------------------------
# "Gadhafi's government" beside "The Libyan government": one state under its leader's name and
# its own; beside two countries' governments the leader's stays apart.

# (text, said, column)
LEADER_GOVERNMENTS = [
    (
        "Libya denies son killed\n\nThe Libyan government said the reports were false.\n\n"
        "Earlier this year, Gadhafi's government said an airstrike killed another of his sons.\n",
        "airstrike killed",
        "Libya",
    ),
    (
        "Libya denies son killed\n\nThe Libyan government said the reports were false. The "
        "French government said the strike was lawful.\n\nEarlier this year, Gadhafi's "
        "government said an airstrike killed another of his sons.\n",
        "airstrike killed",
        "Gadhafi",
    ),
]


@pytest.mark.parametrize(("text", "said", "column"), LEADER_GOVERNMENTS)
def test_leader_government_is_the_state(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


# -- "denying rebel claims that C" --------------------------------------------------------------
# A claim word with its maker before it is the maker's claim, as "reports by X that C" is X's;
# the denial keeps "rebel claims" as what it rejects. With no maker ("denied claims that C")
# the words are the denier's.

# (text, said, speaker's name)
CLAIMANTS = [
    (
        "The government is denying rebel claims that one of the leader's sons was killed.\n",
        "one of the leader's sons",
        "rebel",
    ),
    (
        "The army rejected opposition claims that soldiers had looted shops.\n",
        "soldiers had looted",
        "opposition",
    ),
    (
        "Moscow dismissed Ukrainian allegations that its jets had struck a school.\n",
        "jets had struck",
        "Ukrainian",
    ),
    (
        "The ministry denied claims that troops had fired on protesters.\n",
        "troops had fired",
        "The ministry",
    ),
    (
        "The company disputed the claims that it had hidden losses.\n",
        "hidden losses",
        "The company",
    ),
]


@pytest.mark.parametrize(("text", "said", "name"), CLAIMANTS)
def test_claim_word_with_its_maker(text: str, said: str, name: str) -> None:
    assert speaker_of(text, said).name == name
