"""Build attribcmp/data/country_codes.tsv: ISO 3166 two-letter codes -> gazetteer countries.

Usage: python bench/build_country_codes.py [--check] [--source PATH]

Source: the tz database's iso3166.tab (public domain), installed with the system time zones at
/usr/share/zoneinfo/iso3166.tab. A code is kept when the country's name there names a gazetteer
country; the tab's short forms that name another country ("Congo (Rep.)", "Korea (North)") and
the code the tab leaves out (Kosovo's XK, used by the EU and ISO's users) are set in _FIXED.
``--check`` rebuilds in memory and exits 1 if the shipped table differs.

Why: a side label is often a file-style country code ("au.txt=au", "us", "cn"); "au" is also
the African Union's abbreviation, and a readout of Australia's must not become the AU's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from attribcmp.gazetteer import country_ids, entry_for_label, load_gazetteer

OUT = Path(__file__).resolve().parent.parent / "attribcmp" / "data" / "country_codes.tsv"
SOURCE = Path("/usr/share/zoneinfo/iso3166.tab")
# Codes whose tab name reads as another gazetteer country, or that the tab has no row for.
_FIXED = {
    "CG": "republic-of-the-congo",
    "KP": "north-korea",
    "CF": "central-african-republic",
    "VA": "holy-see",
    "XK": "kosovo",
}


def build(source: Path) -> str:
    gazetteer = load_gazetteer()
    countries = country_ids()
    rows: dict[str, str] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name = line.split("\t")[:2]
        entry = entry_for_label(name, gazetteer) or entry_for_label(name.split(" (")[0], gazetteer)
        if entry in countries:
            rows[code] = entry
    rows.update({code: entry for code, entry in _FIXED.items() if entry in countries})
    head = (
        "# ISO 3166 alpha-2 code -> gazetteer country; built by bench/build_country_codes.py\n"
        "# from the tz database's iso3166.tab (public domain)\n"
    )
    return head + "".join(f"{code}\t{rows[code]}\n" for code in sorted(rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table differs")
    parser.add_argument("--source", type=Path, default=SOURCE, help="an iso3166.tab file")
    args = parser.parse_args(argv)
    text = build(args.source)
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("country_codes.tsv is current" if same else "country_codes.tsv differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 2} codes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
