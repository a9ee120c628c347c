"""What kind of body a name names, from its words alone (no imports: attribution uses it too).

A campaigning, aid or civic group's name ("Human Rights Watch", "Oxfam", "Friends of the Earth
Ghana", "Green Valley Alliance") is no firm's: "the company" never stands for one of them.
"""

from __future__ import annotations

import re

__all__ = ["NON_PROFIT"]

NON_PROFIT = re.compile(
    r"(?i)\b(?:Watch|Amnesty|Rights|Greenpeace|Oxfam|Relief|Red\s+(?:Cross|Crescent)|"
    r"Without\s+Borders|Save\s+the\s+Children|Friends\s+of|Earthworks|Foundation|Institute|"
    r"Cent(?:er|re)|Network|Coalition|Alliance|Campaign|Project|Trust|Society|Associations?|"
    r"Federation|League|Forum|Movement|Front|Church|Doctors|Lawyers|Activists?|Advocates?|"
    r"Aid|Charity|Mission|University|College|NGO)\b"
)
