"""Shared test options and tiny factories.

``--update-golden`` makes tests/test_golden.py rewrite the expected outputs under samples/
instead of comparing against them; review the diff before committing.

The factories are fixtures that return callables, so a test asks for ``make_claim`` and calls
it with only the fields it cares about; every other field gets a dull, valid default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from attribcmp.model import Claim, ClaimKind, Document, Speaker, SpeakerKind, TextSpan


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden files under samples/ from the current output.",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with --update-golden."""
    return bool(request.config.getoption("--update-golden"))


def _document(text: str = "Officials said the talks went well.", **fields: Any) -> Document:
    return Document(id=fields.pop("id", "d"), text=text, **fields)


def _speaker(name: str = "Lloyd J. Austin", **fields: Any) -> Speaker:
    return Speaker(
        id=fields.pop("id", "s1"),
        name=name,
        kind=fields.pop("kind", SpeakerKind.PERSON),
        **fields,
    )


def _claim(text: str = "the talks went well", **fields: Any) -> Claim:
    """A claim whose content is ``text`` at offset ``start`` (default 0), in one part."""
    start = fields.pop("start", 0)
    end = start + len(text)
    return Claim(
        id=fields.pop("id", "c1"),
        doc_id=fields.pop("doc_id", "d"),
        speaker_id=fields.pop("speaker_id", "s1"),
        kind=fields.pop("kind", ClaimKind.INDIRECT),
        content=TextSpan(text, start, end),
        parts=fields.pop("parts", ((start, end),)),
        **fields,
    )


@pytest.fixture
def make_document() -> Callable[..., Document]:
    """``make_document(text, id=..., path=..., issuer=...)`` -> Document."""
    return _document


@pytest.fixture
def make_speaker() -> Callable[..., Speaker]:
    """``make_speaker(name, id=..., kind=..., anonymous=..., side=...)`` -> Speaker."""
    return _speaker


@pytest.fixture
def make_claim() -> Callable[..., Claim]:
    """``make_claim(text, id=..., start=..., speaker_id=..., kind=..., side=...)`` -> Claim."""
    return _claim
