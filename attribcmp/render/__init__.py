"""Renderers, one module per output format, and the helpers they share.

``render`` picks a renderer by format. The format modules are imported lazily so that
``--format json`` never pays for importing rich, and so that they can import the helpers
below without an import cycle.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from attribcmp.model import (
    Claim,
    ClaimGroup,
    ClaimKind,
    Document,
    OutputFormat,
    Report,
    Side,
    Speaker,
    Verdict,
)

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["render"]

VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.CONVERGE: "converge",
    Verdict.PARTIAL: "partial",
    Verdict.DIVERGE: "diverge",
    Verdict.ONE_SIDED: "one-sided",
}

# Speakers and claims whose side is None (resolve_sides not run) are shown under this pseudo-side.
NO_SIDE = Side(id="", name="(no side)")

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

# C0/C1 control characters (except tab and newline) could drive a terminal or break HTML/YAML
# viewers; they are shown as U+FFFD. JSON keeps the raw text (it escapes them itself).
_CONTROL = {
    c: "\ufffd"
    for c in (
        *range(0x00, 0x09),
        *range(0x0B, 0x20),
        *range(0x7F, 0xA0),
        # Bidirectional overrides and isolates can reorder what a terminal shows.
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    )
}


def render(report: Report, fmt: OutputFormat, console: Console | None = None) -> str | None:
    """Render ``report`` in ``fmt``.

    Args:
        report: what to render.
        fmt: the output format.
        console: for ``OutputFormat.TEXT``, the console to write to.

    Returns:
        The rendered document, or None when the text format was written to ``console``.
        Text without a console is rendered to a plain string 100 columns wide.
    """
    match fmt:
        case OutputFormat.TEXT:
            from attribcmp.render.text import render_text, render_text_string

            if console is None:
                return render_text_string(report)
            render_text(report, console)
            return None
        case OutputFormat.JSON:
            from attribcmp.render.json import render_json

            return render_json(report)
        case OutputFormat.YAML:
            from attribcmp.render.yaml import render_yaml

            return render_yaml(report)
        case OutputFormat.MARKDOWN:
            from attribcmp.render.markdown import render_markdown

            return render_markdown(report)
        case OutputFormat.HTML:
            from attribcmp.render.html import render_html

            return render_html(report)
        case OutputFormat.CSV:
            from attribcmp.render.csv import render_csv

            return render_csv(report)
    raise ValueError(f"unknown output format: {fmt!r}")


def clean(text: str) -> str:
    """Replace control characters (except tab and newline) with U+FFFD; CR/CRLF become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)


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
    """

    report: Report
    claims: dict[str, Claim]
    speakers: dict[str, Speaker]
    documents: dict[str, Document]
    columns: tuple[Side, ...]
    home_sides: dict[str, str] = field(default_factory=dict)

    def speaker_name(self, speaker_id: str) -> str:
        """The speaker's name, or its id when the report does not list it."""
        speaker = self.speakers.get(speaker_id)
        return speaker.name if speaker is not None else speaker_id

    def side_name(self, side_id: str | None) -> str:
        """The side's display name."""
        key = side_key(side_id)
        for side in self.columns:
            if side.id == key:
                return side.name
        return key

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
        return tuple(s for s in self.report.speakers if side_key(s.side) == side_id)


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
    return ReportIndex(
        home_sides={doc: count.most_common(1)[0][0] for doc, count in per_document.items()},
        report=report,
        claims={c.id: c for c in report.claims},
        speakers={s.id: s for s in report.speakers},
        documents={d.id: d for d in report.documents},
        columns=tuple(columns),
    )


def document_label(document: Document) -> str:
    """'a (1200 chars)', with the issuer side for ``compare`` accounts."""
    issuer = f", issued by {document.issuer}" if document.issuer else ""
    return f"{document.id} ({len(document.text)} chars{issuer})"


def page_label(document: Document) -> str | None:
    """'Headline — Site, 2026-03-16, by Author · https://...' for a web page; None otherwise."""
    page = document.page
    if page is None:
        return None
    about = ", ".join(
        bit for bit in (page.site, page.date, f"by {page.author}" if page.author else None) if bit
    )
    head = " — ".join(bit for bit in (page.title, about) if bit)
    return " · ".join(bit for bit in (head, page.url) if bit) or None


def quote_marks(claim: Claim) -> tuple[str, str]:
    """The marks to put around a claim's words: curly quotes for direct quotes only.

    Attribution keeps a direct quote's own marks in its span, so those are not doubled.
    """
    if claim.kind is not ClaimKind.DIRECT or claim.content.text[:1] in "“\"‘'«„":
        return ("", "")
    return ("“", "”")


def verdict_counts(groups: Iterable[ClaimGroup]) -> dict[Verdict, int]:
    """How many groups have each verdict, every verdict present, in enum order."""
    counts = dict.fromkeys(Verdict, 0)
    for group in groups:
        counts[group.status] += 1
    return counts


def anonymous_claims(report: Report) -> int:
    """How many claims rest on an anonymous speaker."""
    anonymous = {s.id for s in report.speakers if s.anonymous}
    return sum(1 for c in report.claims if c.speaker_id in anonymous)


def anonymous_summary(report: Report) -> str:
    """'1 of 4 claims (25%)': the share of claims resting on anonymous sourcing."""
    total = len(report.claims)
    count = anonymous_claims(report)
    share = round(100 * count / total) if total else 0
    return f"{count} of {total} claims ({share}%)"


def highlights_of(group: ClaimGroup) -> dict[str, tuple[str, ...]]:
    """The group's highlighted words by claim id."""
    return {claim_id: words for claim_id, words in group.highlights}


def highlight_segments(text: str, words: Iterable[str]) -> list[tuple[str, bool]]:
    """Split ``text`` into (piece, highlighted) runs, highlighting whole-word matches.

    Matching is case-insensitive and the longest word wins where words overlap. "Whole
    word" uses look-arounds rather than ``\\b`` so that words starting or ending with
    punctuation ("$5", "75th.") still match.
    """
    wanted = sorted({w for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if not wanted or not text:
        return [(text, False)] if text else []
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in wanted) + r")(?!\w)", re.IGNORECASE
    )
    runs: list[tuple[str, bool]] = []
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            runs.append((text[pos : match.start()], False))
        if match.end() > match.start():
            runs.append((match.group(), True))
        pos = match.end()
    if pos < len(text):
        runs.append((text[pos:], False))
    return runs


def score_label(score: float) -> str:
    """A score as shown to people: no decimals unless it has some."""
    return f"{score:.0f}" if float(score).is_integer() else f"{score:.1f}"


def claims_by_side(index: ReportIndex) -> list[tuple[Side, list[tuple[str, list[Claim]]]]]:
    """For each column side, its speaker ids with their claims, in report order.

    Claims whose speaker the report does not list still appear, under the speaker id.
    """
    by_speaker: dict[str, list[Claim]] = {}
    for claim in index.report.claims:
        by_speaker.setdefault(claim.speaker_id, []).append(claim)
    out: list[tuple[Side, list[tuple[str, list[Claim]]]]] = []
    for side in index.columns:
        speaker_ids = [s.id for s in index.speakers_of(side.id)]
        speaker_ids += [
            sid
            for sid, claims in by_speaker.items()
            if sid not in index.speakers and side_key(claims[0].side) == side.id
        ]
        if speaker_ids:
            out.append((side, [(sid, by_speaker.get(sid, [])) for sid in speaker_ids]))
    return out


# Flags as a reader says them; an unknown flag is shown as written.
FLAG_LABELS: dict[str, str] = {
    "anonymous_only": "anonymous sources only",
    "asserted_agreement": "one side says both agree",
    "hedged": "hedged wording",
}

# The firmest grounds first, the order a fact-checker weighs them in: figures, opposite
# framing and blame, denials and negations, replies, the article's own contrast, then the
# softer ties (shared incident, topic, words). Matched on the start of a reason.
_NOTE_ORDER: tuple[tuple[str, ...], ...] = (
    ("figures", "numbers differ"),
    ("counter-framing", "each side blames"),
    ("denial", "one side negates", "opposite predicates", "roles reversed"),
    ("reply", "confirms"),
    ("contrast",),
)
# A denial's reason as ``answers.denial_signal`` words it: its head, then the words it answers.
_ANSWERS = re.compile(r"\A(denial: '[^']*' answers) '(.*)'\Z")
# More claim pairs than this behind one reason are counted, not listed.
_PAIRS_SHOWN = 3


def flag_label(flag: str) -> str:
    """A group flag in plain words ("anonymous_only" -> "anonymous sources only")."""
    return FLAG_LABELS.get(flag, flag.replace("_", " "))


def _note_rank(reason: str) -> int:
    low = reason.lower()
    for rank, prefixes in enumerate(_NOTE_ORDER):
        if low.startswith(prefixes):
            return rank
    return len(_NOTE_ORDER)


def reason_pairs(index: ReportIndex, group: ClaimGroup) -> dict[str, str]:
    """For each reason of the group, the claim pairs whose link gave it ("c1–c3, c2–c4"), so
    a reader can trace every ground to the two claims it joins."""
    members = set(group.claim_ids)
    pairs: dict[str, list[str]] = {}
    for link in index.report.links or ():
        if link.a in members and link.b in members:
            for reason in link.reasons:
                pairs.setdefault(reason, []).append(f"{link.a}–{link.b}")
    out: dict[str, str] = {}
    for reason, found in pairs.items():
        shown = ", ".join(found[:_PAIRS_SHOWN])
        more = len(found) - _PAIRS_SHOWN
        out[reason] = shown + (f" and {more} more" if more > 0 else "")
    return out


def ordered_reasons(index: ReportIndex, group: ClaimGroup) -> list[tuple[str, str]]:
    """The group's reasons, firmest grounds first (stable otherwise), each with the claim
    pairs behind it ("" when no link gave it)."""
    pairs = reason_pairs(index, group)
    ranked = sorted(group.reasons, key=_note_rank)
    # One denial answering several claims is one line ("denial: 'disputed' answers
    # 'airstrikes' (c1–c3), 'the toll' (c1–c4)"), not one line per claim it answers.
    merged: dict[str, list[tuple[str, str]]] = {}
    for reason in ranked:
        answer = _ANSWERS.match(reason)
        key = answer.group(1) if answer else reason
        merged.setdefault(key, []).append(
            (answer.group(2) if answer else reason, pairs.get(reason, ""))
        )
    out = []
    for key, items in merged.items():
        if len(items) == 1:
            reason = items[0][0] if items[0][0] == key else f"{key} '{items[0][0]}'"
            out.append((reason, items[0][1]))
        else:
            said = ", ".join(
                f"'{target}'" + (f" ({found})" if found else "") for target, found in items
            )
            out.append((f"{key} {said}", ""))
    return out


def group_notes(
    index: ReportIndex, group: ClaimGroup, escape: Callable[[str], str]
) -> tuple[list[str], str]:
    """A group's reasons (firmest first, each with its claim pairs) and flags as escaped
    lines, and the escaped names of the sides that leave the point out ("" when none)."""
    notes = [
        escape(reason) + (f" ({escape(pairs)})" if pairs else "")
        for reason, pairs in ordered_reasons(index, group)
    ]
    notes += [f"⚑ {escape(flag_label(flag))}" for flag in group.flags]
    left_out = ", ".join(escape(index.side_name(s)) for s in group.missing_sides)
    return notes, left_out


# The order a fact-check reads in: conflicts first, then partial agreement, then agreement.
_STATUS_ORDER = {Verdict.DIVERGE: 0, Verdict.PARTIAL: 1, Verdict.CONVERGE: 2}


def cross_side_groups(groups: Iterable[ClaimGroup]) -> list[ClaimGroup]:
    """The groups more than one side speaks to: diverge, then partial, then converge, each in
    report order."""
    cross = [g for g in groups if g.status in _STATUS_ORDER]
    return sorted(cross, key=lambda g: _STATUS_ORDER[g.status])


def one_sided_by_side(
    index: ReportIndex, groups: Iterable[ClaimGroup]
) -> list[tuple[Side, list[tuple[ClaimGroup, Claim]]]]:
    """The one-sided points listed per column side, each claim with its group, report order."""
    by_side: dict[str, list[tuple[ClaimGroup, Claim]]] = {}
    for group in groups:
        if group.status is not Verdict.ONE_SIDED:
            continue
        for claim_id in group.claim_ids:
            claim = index.claims.get(claim_id)
            if claim is not None:
                by_side.setdefault(side_key(claim.side), []).append((group, claim))
    return [(side, by_side[side.id]) for side in index.columns if side.id in by_side]


_HEADLINE_ORDER: dict[tuple[str, ...], int] = {
    (name,): n
    for n, name in enumerate(
        ("slot", "framing", "blame", "denial", "polarity", "reply", "contrast")
    )
}
_HEADLINES_PER_GROUP = 2


def headline_conflicts(index: ReportIndex, groups: Iterable[ClaimGroup]) -> list[tuple[str, str]]:
    """(group id, line) per diverging group, for the summary at the top: the headline of the
    group's strongest diverging link ("Death toll: 12 fighters (army) vs 16 people
    (villagers)"), or its first reason when the report carries no links."""
    links = index.report.links or ()
    lines: dict[str, str] = {}
    for group in groups:
        if group.status is not Verdict.DIVERGE:
            continue
        members = set(group.claim_ids)
        inside = [
            k
            for k in links
            if k.a in members and k.b in members and k.relation.value == "diverge" and k.headline
        ]
        if inside:
            # Figures first, then opposite framing and blame, then denials: the most telling
            # conflict names the point; a second of another kind may follow it.
            ranked = sorted(inside, key=lambda k: (_HEADLINE_ORDER.get(k.signals[:1], 9), -k.score))
            kinds: set[tuple[str, ...]] = set()
            answered: set[tuple[str, str]] = set()
            for link in ranked:
                # Two denials of one claim in two words ("disputing", "no evidence") are one
                # conflict: the headline's lead with the words it answers says so.
                lead, _, rest = link.headline.partition(":")
                target = (lead, rest.rpartition(" vs ")[2])
                if link.signals[:1] in kinds or target in answered:
                    continue
                if len(kinds) >= _HEADLINES_PER_GROUP:
                    break
                kinds.add(link.signals[:1])
                answered.add(target)
                lines.setdefault(link.headline, group.id)
        elif group.reasons:
            lines.setdefault(group.reasons[0], group.id)
    return [(gid, line) for line, gid in lines.items()]


POSITIONS_TITLE = "Where the claims are"
POSITIONS_NOTE = "character offsets of each claim's words in the text"


def claim_positions(index: ReportIndex) -> list[tuple[str, str]]:
    """(claim id, "120–245") per claim in report order, "us:120–245" when there are several
    documents: the offsets a reader (or a script) can find the words at in the text."""
    several = len(index.documents) > 1
    out = []
    for claim in index.report.claims:
        starts = [start for start, _ in claim.parts] or [claim.content.start]
        ends = [end for _, end in claim.parts] or [claim.content.end]
        where = f"{min(starts)}–{max(ends)}"
        out.append((claim.id, f"{claim.doc_id}:{where}" if several else where))
    return out
