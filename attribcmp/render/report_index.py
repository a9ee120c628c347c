"""Look-up tables over a report that every renderer builds once (``index_report``): claims,
speakers and documents by id, the side columns to show, and how a claim reads in a cell.
A helper of the format modules, not a renderer itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from attribcmp.model import Claim, ClaimGroup, Document, Report, Side, Speaker, SpeakerKind

__all__ = [
    "NO_SIDE",
    "PART_JOINER",
    "ReportIndex",
    "claims_by_side",
    "index_report",
    "kind_label",
    "side_key",
]

# Speakers and claims whose side is None (resolve_sides not run) are shown under this pseudo-side.
NO_SIDE = Side(id="", name="(no side)")


def kind_label(speaker: Speaker) -> str:
    """What the speaker is, as a reader would say it: "anonymous source", "person". Attribution
    leaves the kind unknown when the phrase's head is in none of its word lists ("The
    opposition", "World leaders"): such a speaker is shown as what the phrase is, a
    description of a group (a plural head) or of one speaker, never as "unknown"."""
    kind = str(speaker.kind)
    if speaker.kind is SpeakerKind.UNKNOWN:
        head = speaker.name.split()[-1].lower() if speaker.name.split() else ""
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s"))
        kind = "group" if plural else "description"
    return ("anonymous " if speaker.anonymous else "") + kind


# Cues that add nothing to a claim's meaning, so the report need not repeat them.
_PLAIN_CUES = frozenset(
    (
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "wrote",
        "writes",
        ":",
        "―",
        "said in a statement",
        "according to",
        "noted",
        "continued",
        "explained",
    )
)

# The separator between the parts of a split quote ("X," he said, "Y.").
PART_JOINER = " … "


def side_key(side_id: str | None) -> str:
    """The column key of a side id (None -> the pseudo-side ``NO_SIDE``)."""
    return NO_SIDE.id if side_id is None else side_id


@dataclass(frozen=True, slots=True)
class ReportIndex:
    """Look-up tables over a report, built once per rendering by ``index_report``.

    Attributes:
        report: the report itself.
        claims: claim id -> claim.
        speakers: speaker id -> speaker.
        documents: document id -> document.
        columns: the sides to show, in order: the report's sides, then side ids that claims or
            speakers use without a ``Side`` record, then ``NO_SIDE`` if anything lacks a side.
        home_sides: document id -> the side most of its claims take (its issuer's side).
        side_members: side key -> its speakers in report order (read once: a story of
            thousands of speakers, each of its own body, made the per-column scan quadratic).
        side_names: side key -> display name.
    """

    report: Report
    claims: dict[str, Claim]
    speakers: dict[str, Speaker]
    documents: dict[str, Document]
    columns: tuple[Side, ...]
    home_sides: dict[str, str] = field(default_factory=dict)
    side_members: dict[str, tuple[Speaker, ...]] = field(default_factory=dict)
    side_names: dict[str, str] = field(default_factory=dict)

    def speaker_name(self, speaker_id: str) -> str:
        """The speaker's name, or its id when the report does not list it."""
        speaker = self.speakers.get(speaker_id)
        return speaker.name if speaker is not None else speaker_id

    def side_name(self, side_id: str | None) -> str:
        """The side's display name."""
        key = side_key(side_id)
        return self.side_names.get(key, key)

    def claim_body(self, claim: Claim) -> str:
        """The words of a claim: its parts joined by an ellipsis, or its content text.

        Split quotes show only the quoted parts, not the "he said" between them. When the
        parts cannot be read from the document (missing document, bad offsets) the stored
        content text is used.
        """
        document = self.documents.get(claim.doc_id)
        if document is None or len(claim.parts) < 2:
            return claim.content.text
        n = len(document.text)
        if any(not 0 <= start < end <= n for start, end in claim.parts):
            return claim.content.text
        return PART_JOINER.join(document.text[start:end].strip() for start, end in claim.parts)

    def claim_tag(self, claim: Claim, *, with_cue: bool = True) -> str:
        """The claim's kind, its cue when the cue carries meaning ("indirect, denied"), and its
        document when there are several.

        A plain "said" adds nothing; "denied", "claimed" or "urged" change what the words mean.
        """
        bits = [str(claim.kind).replace("_", " ")]
        cue = " ".join(claim.cue.text.split()) if claim.cue else ""
        if (
            with_cue
            and cue
            and cue.lower() not in _PLAIN_CUES
            and claim.kind.value != "according_to"
        ):
            bits.append(cue)
        if with_cue and claim.hedged:  # "may have", "reportedly": the claim itself hedges
            bits.append("hedged")
        if len(self.documents) > 1 and not self._issuer_speaks(claim):
            bits.append(f"in {claim.doc_id}")
        return ", ".join(bits)

    def _issuer_speaks(self, claim: Claim) -> bool:
        """True when the claim's side issued its document: in ``compare`` the column already
        names the account, so "in us" on every claim is noise; a claim of another side
        quoted in an account keeps it."""
        document = self.documents.get(claim.doc_id)
        if document is None or document.issuer is None:
            return False
        if document.issuer in (claim.side, self.side_name(claim.side)):
            return True
        # The issuer's label may be an alias of its side ("us" for United States): the side
        # most of the account's claims take is the issuer's.
        return self.home_sides.get(document.id) == side_key(claim.side)

    def group_claims(self, group: ClaimGroup, side_id: str) -> tuple[Claim, ...]:
        """The group's claims that belong to the column ``side_id``, in group order."""
        found = (self.claims.get(claim_id) for claim_id in group.claim_ids)
        return tuple(c for c in found if c is not None and side_key(c.side) == side_id)

    def side_speakers(self, side_id: str) -> tuple[Speaker, ...]:
        """The speakers the report's list of sides names for ``side_id``: one per name (an
        account's issuer and a mention of the same country read "Russia, ..., Russia"
        otherwise), first one kept."""
        seen: set[str] = set()
        out = []
        for speaker in self.speakers_of(side_id):
            if speaker.name not in seen:
                seen.add(speaker.name)
                out.append(speaker)
        return tuple(out)

    def speakers_of(self, side_id: str) -> tuple[Speaker, ...]:
        """The report's speakers in the column ``side_id``, in report order."""
        return self.side_members.get(side_id, ())


def index_report(report: Report) -> ReportIndex:
    """Build the look-up tables every renderer needs."""
    known = {side.id for side in report.sides}
    extra: dict[str, None] = {}
    for side_id in (*(s.side for s in report.speakers), *(c.side for c in report.claims)):
        key = side_key(side_id)
        if key not in known:
            extra[key] = None
    columns = list(report.sides)
    columns.extend(Side(id=key, name=key) for key in extra if key != NO_SIDE.id)
    if NO_SIDE.id in extra:
        columns.append(NO_SIDE)
    per_document: dict[str, Counter[str]] = {}
    for claim in report.claims:
        per_document.setdefault(claim.doc_id, Counter())[side_key(claim.side)] += 1
    members: dict[str, list[Speaker]] = {}
    for speaker in report.speakers:
        members.setdefault(side_key(speaker.side), []).append(speaker)
    names: dict[str, str] = {}
    for side in columns:
        names.setdefault(side.id, side.name)  # the first column of an id names it
    return ReportIndex(
        side_members={key: tuple(found) for key, found in members.items()},
        side_names=names,
        home_sides={doc: count.most_common(1)[0][0] for doc, count in per_document.items()},
        report=report,
        claims={c.id: c for c in report.claims},
        speakers={s.id: s for s in report.speakers},
        documents={d.id: d for d in report.documents},
        columns=tuple(columns),
    )


def claims_by_side(index: ReportIndex) -> list[tuple[Side, list[tuple[str, list[Claim]]]]]:
    """For each column side, its speaker ids with their claims, in report order.

    Claims whose speaker the report does not list still appear, under the speaker id.
    """
    by_speaker: dict[str, list[Claim]] = {}
    for claim in index.report.claims:
        by_speaker.setdefault(claim.speaker_id, []).append(claim)
    unlisted: dict[str, list[str]] = {}
    for sid, claims in by_speaker.items():
        if sid not in index.speakers:
            unlisted.setdefault(side_key(claims[0].side), []).append(sid)
    out: list[tuple[Side, list[tuple[str, list[Claim]]]]] = []
    for side in index.columns:
        speaker_ids = [s.id for s in index.speakers_of(side.id)]
        speaker_ids += unlisted.get(side.id, [])
        if speaker_ids:
            out.append((side, [(sid, by_speaker.get(sid, [])) for sid in speaker_ids]))
    return out


def report_title(report: Report) -> str:
    """The heading every format opens with: the command that made the report ("attribcmp
    compare" when several accounts each name their issuer)."""
    if report.groups is None:
        return "attribcmp claims"
    accounts = len(report.documents) > 1 and all(d.issuer for d in report.documents)
    return "attribcmp compare" if accounts else "attribcmp report"
