"""Where a relayed claim's content starts: after the inner cue's own "that", past its object,
adverbials and a closed comma aside; else right after the cue. Sentences written for these
tests in the shape of wire copy."""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # positive controls: no object or adverbial
        (
            "Media reports said the Western Front had claimed to have killed 40 soldiers.\n",
            "to have killed",
        ),
        ("Reuters said Hamas had warned it would retaliate.\n", "it would retaliate"),
        (
            "Media reports said the rebels had claimed that they downed a drone.\n",
            "they downed a drone",
        ),
        # an object before "that"
        (
            "Media reports said the interior ministry had told reporters that 9 gunmen died.\n",
            "9 gunmen died",
        ),
        # adverbials before "that"
        (
            "Israeli media reports said the army had said in a statement on Sunday that three "
            "soldiers were hurt.\n",
            "three soldiers were hurt",
        ),
        (
            "Media reports said the rebels had claimed on Telegram that they shot down a jet.\n",
            "they shot down a jet",
        ),
        # a closed comma aside
        (
            "AFP said the ministry had claimed, without giving evidence, that the gunmen were "
            "foreign.\n",
            "the gunmen were foreign",
        ),
    ],
)
def test_relayed_content_start(text: str, content: str) -> None:
    report = attribute([Document(id="a", text=text)])
    relayed = [c for c in report.claims if (c.resolution or "").startswith("relayed by")]
    assert relayed, [(c.content.text, c.resolution) for c in report.claims]
    assert relayed[0].content.text.startswith(content), relayed[0].content.text
    assert text[relayed[0].content.start : relayed[0].content.end] == relayed[0].content.text


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        # a trailing participle after a relayed claim continues the one quoted
        (
            "Media reports said the Eastern Front had claimed the bombing, adding that more "
            "attacks would follow.\n",
            "more attacks",
            "Eastern Front",
        ),
        # control: with no relay the participle stays with the speaker
        (
            "The Eastern Front claimed the bombing, adding that more attacks would follow.\n",
            "more attacks",
            "Eastern Front",
        ),
    ],
)
def test_trailing_claim_follows_the_relayed_speaker(text: str, said: str, speaker: str) -> None:
    report = attribute([Document(id="a", text=text)])
    names = {sp.id: sp.name for sp in report.speakers}
    found = [names[c.speaker_id] for c in report.claims if said in c.content.text]
    assert found == [speaker], [(names[c.speaker_id], c.content.text) for c in report.claims]
