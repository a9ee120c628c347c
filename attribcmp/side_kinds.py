"""What kind of body a name names, from its words alone (no imports: attribution uses it too).

A campaigning, aid or civic group's name ("Human Rights Watch", "Oxfam", "Friends of the Earth
Ghana", "Green Valley Alliance") is no firm's, and neither is a public body's ("Federal Trade
Commission"): "the company" never stands for one of them.
"""

from __future__ import annotations

import re

__all__ = ["NGO_DESCRIBED", "NON_PROFIT", "PUBLIC_BODY"]

NON_PROFIT = re.compile(
    r"(?i)\b(?:Watch|Amnesty|Rights|Greenpeace|Oxfam|Relief|Red\s+(?:Cross|Crescent)|"
    r"Without\s+Borders|Save\s+the\s+Children|Friends\s+of|Earthworks|Foundation|Institute|"
    r"Cent(?:er|re)|Network|Coalition|Alliance|Campaign|Project|Trust|Society|Associations?|"
    r"Federation|League|Forum|Movement|Front|Church|Doctors|Lawyers|Activists?|Advocates?|"
    r"Aid|Charity|Mission|University|College|NGO)\b"
)

# A public body's name ("Labor Department", "Federal Trade Commission") is no company's.
PUBLIC_BODY = re.compile(
    r"\b(?:Department|Ministry|Agency|Commission|Council|Court|Congress|Senate|House|Committee|"
    r"Office|Administration|Bureau|Authority|Service|Party|Government|Board|Union|Police)\b"
)

# Non-governmental groups described, not named: "rights groups", "a humanitarian organization".
NGO_DESCRIBED = re.compile(
    r"(?i)^(?:an?\s+|the\s+|some\s+|many\s+|other\s+|several\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:human|civil|press)\s+)?(?:rights|aid|relief|humanitarian|advocacy|medical)\s+"
    r"(?:groups?|organi[sz]ations?|agency|agencies|charity|charities|watchdog|NGOs?)$"
)
