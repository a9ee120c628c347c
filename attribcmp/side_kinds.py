"""What kind of body a name names, from its words alone (no imports: attribution uses it too).

A campaigning, aid or civic group's name ("Human Rights Watch", "Oxfam", "Friends of the Earth
Ghana", "Green Valley Alliance") is no firm's, and neither is a public body's ("Federal Trade
Commission"): "the company" never stands for one of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from attribcmp.lazy_pattern import LazyPattern

__all__ = ["BODY_NOUN", "BUSINESS_NAME", "NGO_DESCRIBED", "NON_PROFIT", "PUBLIC_BODY", "firm_names"]

NON_PROFIT = LazyPattern(
    r"(?i)\b(?:Watch|Amnesty|Rights|Greenpeace|Oxfam|Relief|Red\s+(?:Cross|Crescent)|"
    r"Without\s+Borders|Save\s+the\s+Children|Friends\s+of|Earthworks|Foundation|Institute|"
    r"Cent(?:er|re)|Network|Coalition|Alliance|Campaign|Project|Trust|Society|Associations?|"
    r"Federation|League|Forum|Movement|Front|Church|Doctors|Lawyers|Activists?|Advocates?|"
    r"Aid|Charity|Mission|University|College|NGO)\b"
)

# A public body's name ("Labor Department", "Federal Trade Commission") is no company's.
PUBLIC_BODY = LazyPattern(
    r"\b(?:Department|Ministry|Agency|Commission|Council|Court|Congress|Senate|House|Committee|"
    r"Office|Administration|Bureau|Authority|Service|Party|Government|Board|Union|Police)\b"
)

# Non-governmental groups described, not named: "rights groups", "a humanitarian organization".
NGO_DESCRIBED = LazyPattern(
    r"(?i)^(?:an?\s+|the\s+|some\s+|many\s+|other\s+|several\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:human|civil|press)\s+)?(?:rights|aid|relief|humanitarian|advocacy|medical)\s+"
    r"(?:groups?|organi[sz]ations?|agency|agencies|charity|charities|watchdog|NGOs?)$"
)


# "the mining company, Newmont," / "Newmont, a U.S.-based mining company": the text calls the
# one-word name a firm or body, so it is no person.
BODY_NOUN = (
    r"(?:company|firm|corporation|conglomerate|miner|group|subsidiary|bank|insurer|airline|"
    r"carrier|manufacturer|maker|producer|operator|retailer|giant)"
)


# ("telecommunications company Telefonica": the kind right before the name, no comma; a day or
# a month after the noun is when, not who: "the company Monday")
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b"
)
_FIRM_APPOSITION = LazyPattern(
    rf"\b{BODY_NOUN},\s+([A-Z][\w&.-]*)\b(?!\s+[A-Z])"
    # ("Freddy, a fun-loving airline pilot": a body noun before another noun is no firm's)
    rf"|\b([A-Z][\w&.-]*),\s+(?:a|an|the)\s+(?:[\w.-]+\s+){{0,3}}{BODY_NOUN}\b(?!\s+[a-z])"
    # ("Consumer group BEUC" opening a sentence: the kind's first word may be capitalised)
    # ("The British bank Standard Chartered": a name of two or three words is whole too, but
    # never across a sentence end: "the payments firm Zentra. Zentra said")
    rf"|\b[A-Za-z][a-z]*\s+{BODY_NOUN}\s+(?!{_WHEN})"
    rf"([A-Z][\w&.-]*(?:(?<!\.)\s+[A-Z][\w&.-]*){{0,2}})"
    rf"\b(?![\s-]+[A-Z])"
)


# "the Trafigura company that chartered the ship": one capitalised word between "the" and a
# word for a business is the business's name, whatever follows (the nouns of BODY_NOUN that
# only a business is: "the Tamil group" is no firm).
_THE_NAME_COMPANY = LazyPattern(
    r"\bthe\s+([A-Z][\w&-]{0,40}+)\s+(?:company|firm|corporation|conglomerate)\b"
)
_COMPANY_WORD = LazyPattern(r"\b(?:company|firm|corporation|conglomerate)\b")


# What every branch above holds: a body noun not followed by a lower-case word. A text without
# one skips the scan, which tries each branch at every word.
_BODY_NOUN_ENDS = LazyPattern(rf"{BODY_NOUN}\b(?!\s+[a-z])")


# A name ending in what a business makes or does ("Bluestar Textiles", "Sunline Apparel", "Kivu
# Mining Ltd"): a firm's name, where "Maria Lopez of Bastrop" is only where she lives.
BUSINESS_NAME = LazyPattern(
    r"\b(?:Apparel|Textiles?|Garments?|Mills|Mining|Minerals|Metals|Steel|Foods?|Farms?|"
    r"Dairy|Bakery|Brewery|Motors|Industries|Manufacturing|Holdings|Enterprises|Trading|"
    r"Logistics|Shipping|Construction|Builders|Chemicals?|Pharma(?:ceuticals)?|Energy|Oil|"
    r"Petroleum|Electric|Electronics|Technologies|Tech|Systems|Solutions|Ventures|Capital|"
    r"Partners|Airlines?|Airways|Hotels?|Resorts?|Restaurants?|Stores?|Supermarkets?|Works|"
    r"Factory|Plastics|Paper|Cement|Fisheries|Seafood|Agro|Imports|Exports|Ltd|Inc|Corp|"
    r"LLC|PLC|GmbH|Co)\.?$"
)


# "Andes Copper Corp", "Kivu Mining Ltd.": a legal form after a name makes it a firm's, so the
# story's later "Andes Copper said" is the firm speaking, not a person called Copper.
_LEGAL_FORMS = r"Corp|Corporation|Inc|Incorporated|Ltd|Limited|LLC|PLC|plc|GmbH|AG|SA|NV|Co"
_LEGAL_FORM = LazyPattern(
    rf"\b(?!The\b)([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){{0,3}})\s+({_LEGAL_FORMS})\b"
)

# The legal form alone, as every match of the pattern above ends: a text without one skips
# that scan, which tries a run of up to four names at every capitalised word (3% of texts have one).
_LEGAL_FORM_WORD = LazyPattern(rf"\s(?:{_LEGAL_FORMS})\b")

# Capitalised words that open a run but are no part of the firm's name: a sentence opener
# ("But Andes Copper Corp"), a preposition ("In Las Vegas NV"), a possessive place ("Chile's
# Andes Copper Corp") or a base ("Toronto-based Andes Copper Corp").
# fmt: off
_NOT_NAME = frozenset((
    "but", "and", "or", "so", "yet", "also", "still", "however", "meanwhile", "then", "now",
    "in", "at", "on", "for", "from", "by", "with", "as", "after", "before", "when", "while",
    "since", "under", "near", "of", "to",
))
# fmt: on

# AG, SA, NV are also a title ("Texas AG Ken Paxton") and state codes ("Las Vegas NV"): trusted
# only right after a name that no preposition opens and no capitalised name follows.
_AMBIGUOUS_FORMS = frozenset(("AG", "SA", "NV"))
_NAME_AFTER = LazyPattern(r"\s+[A-Z][a-z]")


def _legal_name(match: re.Match[str]) -> str | None:
    """The firm's name in a legal-form match, its leading non-name words dropped."""
    run = match[1]
    words = list(re.finditer(r"\S+", run))
    first = 0
    while first < len(words) and (
        words[first][0].lower() in _NOT_NAME or words[first][0].endswith(("-based", "'s"))
    ):
        first += 1
    if first == len(words):
        return None
    if match[2] in _AMBIGUOUS_FORMS and (
        any(w[0].lower() in _NOT_NAME for w in words[:first])
        or _NAME_AFTER.match(match.string, match.end())
    ):
        return None
    return run[words[first].start() :]


# A text longer than this is scanned each time it is asked for, never kept: a cache entry
# holds its text alive, and a multi-MB input outlived its own reading (30 MB more peak memory
# at the 16 MB input limit in bench_adversarial.py).
_CACHED_CHARS = 200_000


def firm_names(text: str) -> frozenset[str]:
    """The names a text calls a firm or body, in one scan of the text: one-word names beside
    a body noun, and any name written once with its legal form."""
    return _scan_firms(text) if len(text) > _CACHED_CHARS else _cached_firms(text)


# Attribution and the sides stage both ask for each document's names (one scan of its text
# saved); a few texts are kept, those of the documents being worked on.
@lru_cache(maxsize=16)
def _cached_firms(text: str) -> frozenset[str]:
    return _scan_firms(text)


def _scan_firms(text: str) -> frozenset[str]:
    legal = (
        frozenset(name for m in _LEGAL_FORM.finditer(text) if (name := _legal_name(m)) is not None)
        if _LEGAL_FORM_WORD.search(text)
        else frozenset()
    )
    named = (
        frozenset(m[1] for m in _THE_NAME_COMPANY.finditer(text))
        if _COMPANY_WORD.search(text)
        else frozenset()
    )
    if not _BODY_NOUN_ENDS.search(text):
        return legal | named
    return legal | named | frozenset(m[1] or m[2] or m[3] for m in _FIRM_APPOSITION.finditer(text))
