"""A press office's own page in ``report``: a department's rebuttal or media blog written in its
own voice ("This is categorically untrue. We are on track to ...") that also carries its
spokesperson's statement ("A Defra spokesperson said:"). Nobody else is said to say its
unattributed sentences, so they are the department's, as an account's unattributed sentences
are its issuer's in ``compare`` (quoted.issuer_claims).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from attribcmp.attribute.cues import Token
from attribcmp.attribute.draft import Draft
from attribcmp.attribute.quoted import issuer_claims
from attribcmp.attribute.speakers import Resolver
from attribcmp.model import Document, Sentence

__all__ = ["OwnVoice"]

# The page's own first person plural: news narrates in the third person, a press office as "we".
_FIRST_PLURAL = frozenset({"we", "our", "us", "ours", "ourselves"})
# One "we" outside quotation marks may be a slip or a columnist's aside; two make the voice.
_MIN_VOICE = 2
# A press page is short: past this many sentences the document is read as news, and nothing
# more is held for the second look (memory stays bounded on a 16 MB input).
_MAX_SENTENCES = 300
# "A Defra spokesperson", "The Home Office press office": the body that issues the page.
_SPOKESPERSON = re.compile(
    r"(?:An?|The|a|an|the)\s+((?:[A-Z][\w&’'.-]*\s+){1,6}?)"
    r"(?:spokesperson|spokesman|spokeswoman|press\s+office|press\s+officer)\Z"
)


class OwnVoice:
    """Collects, during one document's pass, what tells a press office's own page."""

    def __init__(self, doc: Document) -> None:
        self.open = not doc.issuer  # compare's accounts already have their issuer
        self.sentences: list[Sentence] = []
        self.voiced = 0
        self.issuer: str | None = None
        self.claimed: list[tuple[int, int]] = []  # parts of the drafts packed away

    @property
    def holding(self) -> bool:
        """Whether the document's drafts must stay in hand: once the page has spoken as "we",
        its "we" claims may yet turn out to be the issuer's (news never holds them)."""
        return self.open and self.voiced > 0

    def packed(self, drafts: Sequence[Draft]) -> None:
        """Drafts the pass packs away: their parts are claimed, no sentence of the issuer."""
        if self.open:
            self.claimed.extend(p for d in drafts for p in d.parts)

    def keep(self, sent: Sentence) -> None:
        """Every sentence of the pass, in order (the second look reads them all)."""
        if not self.open:
            return
        self.sentences.append(sent)
        if len(self.sentences) > _MAX_SENTENCES:
            self.open = False
            self.sentences, self.claimed = [], []

    def note(
        self,
        tokens: Sequence[Token],
        made: Sequence[Draft],
        inside: Sequence[tuple[int, int]],
    ) -> None:
        """A sentence the pass read, with the drafts made from it and its quotation spans."""
        if not self.open:
            return
        for d in made:
            if self.issuer is None and d.mention is not None:
                m = _SPOKESPERSON.match(d.mention.text)
                self.issuer = m.group(1).strip() if m else None
        # the page's own narration: no one else is said to speak it ("As we have made clear,
        # C" is the page's "we" again)
        own = all(d.mention is not None and d.mention.text.lower() in _FIRST_PLURAL for d in made)
        if own and not inside and any(t.text.lower() in _FIRST_PLURAL for t in tokens):
            self.voiced += 1

    def claims(self, doc: Document, drafts: list[Draft], resolver: Resolver) -> list[Draft]:
        """The drafts, with the page's unattributed sentences added as its issuer's when the
        document is a press office's own page; else the drafts unchanged."""
        if not self.open or self.issuer is None or self.voiced < _MIN_VOICE:
            return drafts
        issuer = self.issuer
        page = replace(doc, issuer=issuer)
        out = issuer_claims(page, self.sentences, drafts, resolver, self.claimed)
        entity = resolver.issuer(issuer)
        for d in out:
            # "As we have made clear, C": the page's "we" is the issuing body
            if (
                d.mention is not None
                and d.mention.text.lower() in _FIRST_PLURAL
                and "unresolved" in d.resolution
            ):
                d.entity, d.resolution = entity, f"'{d.mention.text}': the page of {issuer}"
        return out
