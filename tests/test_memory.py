"""Memory stays bounded where it can: the structures kept while a long text is attributed hold
only what a later look-up can still reach. Counts, not bytes or time, so CI stays stable;
bench/bench_adversarial.py prints the peak memory at 16 MB."""

from __future__ import annotations

import gc
import importlib
import inspect
import pickle
import pkgutil
import sys
import tracemalloc
from dataclasses import asdict, replace
from typing import Any

import pytest

import attribcmp.attribute as attribute_module
import attribcmp.attribute.document as document_module
import attribcmp.sides as sides_module
from attribcmp.affiliation import speaks_for
from attribcmp.attribute.document import rules_text
from attribcmp.attribute.draft import Draft
from attribcmp.attribute.quotes import mend_closing_marks
from attribcmp.attribute.speakers import Resolver
from attribcmp.attribute.store import RECENT, CutSpan, DraftStore
from attribcmp.model import Claim, Document, Profile, TextSpan
from attribcmp.pipeline import attribute
from attribcmp.segment import ParagraphStream, mask_markup, split_paragraphs
from attribcmp.sides import resolve_sides


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
    add = DraftStore.add

    def spy(self: DraftStore, drafts: Any) -> None:
        drafts = list(drafts)
        seen.extend(len(d.token_ranges) for d in drafts)
        add(self, drafts)

    monkeypatch.setattr(DraftStore, "add", spy)
    attribute([Document(id="d", text="Maria Khan said the plan works. He said it was fine.")])
    assert seen and not any(seen)


def _news(size: int) -> str:
    """News-shaped text with a little markup (so the masked copy is made), cut to ``size``."""
    unit = (
        "KABUL — Maria Khan, a spokeswoman for the ministry, said the talks would go on.\n"
        "“We will not stop,” she said. Officials met __Olga Novak__ on Tuesday.\n"
        "He added that the plan was sound, according to a statement.\n"
    )
    return (unit * (size // len(unit) + 1))[:size]


def _traced_peak(text: str) -> int:
    """Bytes allocated at the peak of attributing ``text``, above what was live before."""
    doc = Document(id="d", text=text)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        report = attribute([doc])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.claims
    return peak - before


def test_peak_memory_grows_linearly_with_the_text() -> None:
    attribute([Document(id="warm", text=_news(2_000))])  # lexicons load outside the measure
    small, large = _traced_peak(_news(50_000)), _traced_peak(_news(200_000))
    # Linear is about 4; the generous bound still catches a structure kept per pair or a
    # second copy held per sentence.
    assert large / small < 6


def test_drafts_are_packed_as_the_pass_leaves_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every draft of a document was an object until the pass ended (with the markup-blanked
    # copy of the text, the peak of a 16 MB input): only the latest few may be alive, however
    # long the text, and none while claims freeze.
    during: list[int] = []
    freezing: list[int] = []
    add, freeze = DraftStore.add, attribute_module._freeze

    def spy_add(self: DraftStore, drafts: Any) -> None:
        during.append(sum(isinstance(o, Draft) for o in gc.get_objects()))
        add(self, drafts)

    def spy_freeze(n: int, d: Any, *args: Any) -> Any:
        freezing.append(sum(isinstance(o, Draft) for o in gc.get_objects()))
        return freeze(n, d, *args)

    monkeypatch.setattr(DraftStore, "add", spy_add)
    monkeypatch.setattr(attribute_module, "_freeze", spy_freeze)
    text = "\n".join(["Maria Khan said the plan works. He said it was fine."] * 200)
    report = attribute([Document(id="d", text=text)])
    assert len(report.claims) >= 400 and len(during) >= 10
    assert max(during) <= 2 * RECENT + 4
    assert max(freezing) == 0


def test_packed_drafts_freeze_to_the_same_claims() -> None:
    # An account (compare) keeps every draft an object (its issuer claims read them all): the
    # packed and unpacked paths give the same claims for the same sentences.
    text = "\n".join(
        f"“It works {k},” Maria Khan said. “It will go on.” He said it was fine." for k in range(40)
    )
    plain = attribute([Document(id="d", text=text)]).claims
    account = attribute([Document(id="d", text=text, issuer="agency")]).claims
    assert len(plain) >= 80

    def shape(claims: Any) -> list[tuple[Any, ...]]:
        return [
            (c.content, c.parts, c.mention, c.cue, c.kind, c.rule, c.resolution, c.hedged)
            for c in claims
            if not c.rule.startswith("issuer")
        ]

    assert shape(account) == shape(plain)


def test_paragraph_stream_gives_the_paragraphs_on_every_pass() -> None:
    text = "One line.\n\nTwo lines here.\n   \nThree."
    stream = ParagraphStream(text)
    assert list(stream) == list(stream) == list(split_paragraphs(text))
    assert [text[p.start : p.end] for p in stream] == ["One line.", "Two lines here.", "Three."]


def test_claims_are_released_while_they_get_their_side(monkeypatch: pytest.MonkeyPatch) -> None:
    # resolve_sides copied every claim with its side while the caller still held the unsided
    # tuple: at 16 MB both sets were alive at once. The pipeline hands it a list it empties.
    alive: list[int] = []
    copy = sides_module._replaced

    def spy(obj: Any, **changes: Any) -> Any:
        if isinstance(obj, Claim):
            alive.append(sum(isinstance(o, Claim) for o in gc.get_objects()))
        return copy(obj, **changes)

    monkeypatch.setattr(sides_module, "_replaced", spy)
    text = "\n".join(["Maria Khan said the plan works. He said it was fine."] * 200)
    report = attribute([Document(id="d", text=text)])
    assert len(alive) == len(report.claims) >= 400
    assert alive[-1] <= alive[0] + 2  # one unsided claim left, not all of them


def test_resolve_sides_gives_the_same_from_a_list_and_a_tuple() -> None:
    text = "Maria Khan said the plan works. The ministry said it was fine. He agreed."
    report = attribute([Document(id="d", text=text)])
    unsided = [replace(c, side=None) for c in report.claims]
    from_tuple = resolve_sides(report.speakers, tuple(unsided), report.documents, Profile())
    pending = list(unsided)
    assert resolve_sides(report.speakers, pending, report.documents, Profile()) == from_tuple
    assert pending == []  # emptied as it went


def _argument_caches() -> list[tuple[str, Any]]:
    """Every lru_cache of attribcmp.attribute whose function takes arguments."""
    out = []
    for info in pkgutil.iter_modules(attribute_module.__path__):
        module = importlib.import_module(f"attribcmp.attribute.{info.name}")
        for name, value in vars(module).items():
            if (
                hasattr(value, "cache_info")
                and value.__module__ == module.__name__
                and inspect.signature(value.__wrapped__).parameters
            ):
                out.append((f"{info.name}.{name}", value))
    return out


@pytest.mark.parametrize(("name", "cache"), _argument_caches())
def test_caches_keyed_by_text_stay_small(name: str, cache: Any) -> None:
    # Caches keyed by token text fill up on texts of distinct words (names, numbered tokens):
    # five of 65,536 entries held 15-20 MB of the 16 MB mixture's peak.
    assert cache.cache_info().maxsize is not None, name
    assert cache.cache_info().maxsize <= 1 << 13, name


def test_speaks_for_cache_stays_small() -> None:
    # One entry per distinct speaker phrase, never asked twice: 16,384 entries held some 3 MB
    # of the 16 MB mixture's peak (15,000 speakers). (cached_head_hit and is_proper keep 16,384:
    # each phrase is asked again when sides are placed, and 4,096 doubled their misses on the
    # 10k-speaker shape.)
    assert speaks_for.cache_info().maxsize is not None
    assert speaks_for.cache_info().maxsize <= 1 << 12


def test_claim_content_is_cut_when_read_and_acts_as_a_text_span() -> None:
    # The content's text is not copied per claim (13 MB at 16 MB); it must still behave as
    # the TextSpan it stands for: equal, same hash, pickled (--jobs) and replaced as one.
    text = "Maria Khan said the plan works."
    (claim,) = attribute([Document(id="d", text=text)]).claims
    plain = TextSpan("the plan works", 16, 30)
    assert isinstance(claim.content, CutSpan)
    assert claim.content == plain and plain == claim.content and plain != TextSpan("x", 16, 30)
    assert hash(claim.content) == hash(plain) and repr(claim.content) == repr(plain)
    assert pickle.loads(pickle.dumps(claim)) == claim
    assert type(pickle.loads(pickle.dumps(claim.content))) is TextSpan
    moved = replace(claim.content, start=17)
    assert (moved.text, moved.start, moved.end) == ("the plan works", 17, 30)
    assert asdict(claim)["content"] == {"text": "the plan works", "start": 16, "end": 30}


_PREPARED = [
    "KABUL — **Maria Khan** said the talks would go on.\n",  # inline markup
    "## Heading\n> A quoted line, said [the envoy](http://x.org/a).\n",  # line markup, a link
    "It will go on,“ she said. “We agree.” Officials said `no`.\n",  # a left mark as the close
    "Plain prose, no markup at all.\n",
    "No line break at the end, **bold**",
]


@pytest.mark.parametrize("block", [1, 7, 64, 1 << 16])
def test_rules_text_by_blocks_gives_the_whole_text_steps(
    monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    # Blocks are cut after line breaks; no markup pattern nor mended mark spans one, so any
    # block size gives what masking and mending the whole text gives.
    monkeypatch.setattr(document_module, "_BLOCK", block)
    for k in range(len(_PREPARED)):
        text = "".join(_PREPARED[k:] + _PREPARED[:k]) * 3
        assert rules_text(text) == mend_closing_marks(mask_markup(text))
    plain = "Plain prose.\nNo markup, “quoted” right.\n" * 50
    assert rules_text(plain) is plain  # nothing to change: no copy


def test_rules_text_holds_one_copy_besides_the_original() -> None:
    # Masking then mending the whole text held the original, the masked copy and re.sub's
    # pieces and result of the mended one at once (3 copies above the original); by blocks
    # the pieces and the joined result (2).
    text = "".join(_PREPARED) * 4000
    size = sys.getsizeof(text)
    tracemalloc.start()
    try:
        out = rules_text(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert out == mend_closing_marks(mask_markup(text))
    assert peak < 2.3 * size
