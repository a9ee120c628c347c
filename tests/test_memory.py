"""Memory stays bounded where it can: the structures kept while a long text is attributed hold
only what a later look-up can still reach. Counts, not bytes or time, so CI stays stable;
bench/bench_adversarial.py prints the peak memory at 16 MB."""

from __future__ import annotations

from typing import Any

import pytest

import attribcmp.attribute as attribute_module
from attribcmp.attribute.speakers import Resolver
from attribcmp.model import Document
from attribcmp.pipeline import attribute


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria Khan said the plan works.",  # a named speaker every sentence
        "Officials met Olga Novak. He said the talks went well.",  # mentions and pronouns
    ],
)
def test_resolver_histories_stay_bounded(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    made: list[Resolver] = []

    class Recording(Resolver):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(attribute_module, "Resolver", Recording)
    text = "\n\n".join([sentence] * 3000)
    report = attribute([Document(id="long", text=text)])
    assert len(report.claims) >= 3000
    keep = max(Resolver.LOOKBACK, Resolver.FAR)
    (resolver,) = made
    assert len(resolver._salience) <= 2 * keep
    assert len(resolver._mentioned) <= 2 * keep


def test_draft_token_ranges_released_after_their_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    freeze = attribute_module._freeze

    def spy(n: int, d: Any, *args: Any) -> Any:
        seen.append(len(d.token_ranges))
        return freeze(n, d, *args)

    monkeypatch.setattr(attribute_module, "_freeze", spy)
    attribute([Document(id="d", text="Maria Khan said the plan works. He said it was fine.")])
    assert seen and not any(seen)
