"""Side labels written as country codes ("au.txt=au"): the table and the look-up."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from attribcmp.gazetteer import (
    country_codes,
    country_ids,
    entry_for_label,
    entry_for_side_label,
    load_gazetteer,
)

ROOT = Path(__file__).resolve().parent.parent


def test_code_table_points_only_at_gazetteer_countries() -> None:
    table = country_codes()
    assert len(table) > 150
    assert set(table.values()) <= set(country_ids())
    assert all(len(code) == 2 and code.isupper() for code in table)


@pytest.mark.parametrize(
    ("label", "entry"),
    [
        ("au", "australia"),  # a side id, as a file is named: Australia's code
        ("AU", "african-union"),  # in capitals: the abbreviation news text uses
        ("cn", "china"),
        ("kp", "north-korea"),
        ("cg", "republic-of-the-congo"),
        ("us", "united-states"),
        ("uk", "united-kingdom"),  # no ISO code ("GB" is): the gazetteer's abbreviation
        ("eu", "european-union"),
        ("Australia", "australia"),
    ],
)
def test_side_label_entry(label: str, entry: str) -> None:
    assert entry_for_side_label(label, load_gazetteer()) == entry


@pytest.mark.parametrize("word", ["in", "it", "no", "be", "at"])
def test_words_in_text_are_no_country_codes(word: str) -> None:
    # only a side's label is read as a code; a word of running text never is
    assert entry_for_label(word, load_gazetteer()) is None


def test_code_table_rebuilds_identically() -> None:
    source = Path("/usr/share/zoneinfo/iso3166.tab")
    if not source.is_file():
        pytest.skip("no tz database iso3166.tab on this system")
    path = ROOT / "bench" / "build_country_codes.py"
    spec = importlib.util.spec_from_file_location("build_country_codes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_country_codes"] = module
    spec.loader.exec_module(module)
    assert module.build(source) == (ROOT / "attribcmp" / "data" / "country_codes.tsv").read_text(
        encoding="utf-8"
    )
