"""Frozen types that travel between the pipeline stages.

Every stage takes and returns these, never dicts, so results hash, compare and sort
deterministically. Later stages add information with ``dataclasses.replace``.
All offsets are Python ``str`` offsets into the decoded text of the claim's document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

SCHEMA = "attribcmp.report/1"


class ClaimKind(StrEnum):
    """How a claim is attributed."""

    DIRECT = "direct"  # the whole content is inside quotation marks
    INDIRECT = "indirect"  # reported speech, no quotation marks
    MIXED = "mixed"  # reported speech that quotes some of the words
    ACCORDING_TO = "according_to"  # "according to X, ..." / "..., according to X"


class SpeakerKind(StrEnum):
    """What sort of entity a speaker is; drives pronoun resolution and side rules."""

    PERSON = "person"
    ORGANISATION = "organisation"
    DOCUMENT = "document"  # a statement, report or posting standing for its issuer
    SOURCE = "source"  # unnamed sourcing: "diplomatic sources", "officials"
    UNKNOWN = "unknown"


class Verdict(StrEnum):
    """The status of a group of aligned claims."""

    CONVERGE = "converge"
    PARTIAL = "partial"
    DIVERGE = "diverge"
    ONE_SIDED = "one_sided"


class Relation(StrEnum):
    """The relation between two statements (``attribcmp pair``)."""

    CONVERGE = "converge"
    PARTIAL = "partial"
    DIVERGE = "diverge"
    UNRELATED = "unrelated"


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    YAML = "yaml"
    MARKDOWN = "markdown"
    HTML = "html"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A piece of a document: its text and where it stands."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What a web page says about itself, for documents read from HTML or a URL.

    Attributes:
        url: the address the page was fetched from (after redirects), or its canonical URL.
        title: the headline.
        site: the outlet ("Voice of America"), or the host name when the page names none.
        date: the publication date, ISO ``YYYY-MM-DD``.
        author: the byline.
    """

    url: str | None = None
    title: str | None = None
    site: str | None = None
    date: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One input text.

    Attributes:
        id: stable identifier (file stem, JSONL id, or "stdin").
        text: the decoded text; every offset points into it.
        path: where it came from, for messages (None for JSONL lines).
        issuer: in ``compare``, the side label of the account's issuer; None otherwise.
        page: for a web page (an .html file, HTML on stdin, a URL), its URL, title, site,
            date and author; None for plain text.
    """

    id: str
    text: str
    path: str | None = None
    issuer: str | None = None
    page: PageInfo | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its paragraph number and offsets into the document."""

    doc_id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure in a claim and what it counts (``facets.find_quantities``).

    Attributes:
        text: the words of the figure and its noun ("at least nine protesters").
        value: the point value (the middle of a vague range such as "dozens").
        low: the least it can mean ("at least nine" -> 9; "up to 22" -> 0).
        high: the most it can mean; None when open ("more than 70").
        noun: the counted noun as written ("fighters", "toll"); "" when none.
        kind: what the noun is ("persons", "money", "percent", or the noun's stem).
        event: the event class the figure counts ("killing" in "12 fighters killed").
        part: the figure is a part of another ("including nine children").
    """

    text: str
    value: float
    low: float
    high: float | None
    noun: str = ""
    kind: str = ""
    event: str = ""
    part: bool = False


@dataclass(frozen=True, slots=True)
class MatterStance:
    """A claim's stance on a contested state of affairs (``matters.py``, ``data/matters.yaml``).

    Attributes:
        matter: the matter ("military", "fairness", "offer", "ceasefire").
        stance: the claim's stance on it ("prevails", "flawed", "refused"), negation applied.
        words: the words that said it, as written ("entirely in government hands").
        holder: for "who prevails" matters, whom the stance is about: "own" (we, our),
            "enemy" (them), "camp:government" / "camp:insurgents"; "" when unnamed.
        main: not a mention in passing in a long claim about something else.
    """

    matter: str
    stance: str
    words: str
    holder: str = ""
    main: bool = True


@dataclass(frozen=True, slots=True)
class ClaimFacets:
    """What a claim is about, in slots two accounts can be compared on (``facets.py``).

    Attributes:
        events: event classes named, in text order ("killing", "attack", "denial").
        event_words: the word that named each class, aligned with ``events``.
        quantities: the figures, with what they count.
        participants: capitalised names in the claim's words.
        negated: the words negate ("no", "not", "never").
        hedged: the words or the cue cast doubt ("allegedly", "claimed").
        denial: the words that make it a denial ("denied", "broke no", "baseless"); "" if none.
        objects: key content words (stems), names and events left out.
        topics: agenda topics named (``data/topics.yaml``: "cyber", "sanctions"), in text order.
        topic_words: the words that named each topic, " / "-joined, aligned with ``topics``.
        matters: stances on contested states of affairs (who holds the ground, a vote's
            fairness, an offer refused), ``matters.py``.
    """

    events: tuple[str, ...] = ()
    event_words: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    participants: tuple[str, ...] = ()
    negated: bool = False
    hedged: bool = False
    denial: str = ""
    objects: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    topic_words: tuple[str, ...] = ()
    matters: tuple[MatterStance, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """Speaker + cue + content, traceable to the text.

    Attributes:
        id: "c1", "c2", ... in document then text order.
        doc_id: the document the offsets point into.
        speaker_id: the canonical speaker (``Speaker.id``).
        kind: direct, indirect, mixed or according_to.
        content: the envelope of the content (first part start to last part end).
        parts: the content pieces, e.g. two for ``"X," he said, "Y."``.
        mention: the speaker mention this claim was attributed through, if any.
        cue: the cue words ("said", "according to", "told reporters"), if any.
        rule: which extraction rule produced the claim (for explanations).
        resolution: how the mention was tied to the speaker ("pronoun 'he' -> Lloyd J. Austin").
        reported_speaker: for nested reports ("It said the Army chief had stressed ..."),
            the person whose words are reported.
        hedged: the cue casts doubt (claimed, alleged, reportedly).
        side: the speaker's side id, set by ``resolve_sides``.
        facets: what the claim is about, set by ``facets.facet_claims`` (``report``/``compare``).
        parent: for a point of a longer claim (``points.split_points``: one sentence or one
            quoted stretch of it, in ``report``/``compare``), the id of the claim it is cut
            from; None for a claim as attributed.
    """

    id: str
    doc_id: str
    speaker_id: str
    kind: ClaimKind
    content: TextSpan
    parts: tuple[tuple[int, int], ...]
    mention: TextSpan | None = None
    cue: TextSpan | None = None
    rule: str = ""
    resolution: str = ""
    reported_speaker: str | None = None
    hedged: bool = False
    side: str | None = None
    facets: ClaimFacets | None = None
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    doc_id: str
    span: TextSpan


@dataclass(frozen=True, slots=True)
class Speaker:
    """A canonical speaker with every mention that refers to it.

    Attributes:
        id: "s1", "s2", ... by first mention.
        name: the fullest name seen ("U.S. Defense Secretary Lloyd J. Austin").
        kind: person, organisation, document, source or unknown.
        anonymous: True for unnamed sources.
        aliases: other names it goes by ("Lloyd Austin", "the American official").
        mentions: every mention, in text order.
        side: side id, set by ``resolve_sides``.
        side_reason: why it got that side (gazetteer word, profile pattern, default).
    """

    id: str
    name: str
    kind: SpeakerKind
    anonymous: bool = False
    aliases: tuple[str, ...] = ()
    mentions: tuple[SpeakerMention, ...] = ()
    side: str | None = None
    side_reason: str = ""


@dataclass(frozen=True, slots=True)
class Side:
    """A group of speakers who speak for the same party."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class SideRule:
    """A profile side: its name and the patterns that make a speaker a member.

    Patterns are case-insensitive regular expressions searched in the speaker's name, aliases
    and mention texts.
    """

    id: str
    name: str
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Profile:
    """User overrides, loaded from YAML by ``load_profile``.

    Attributes:
        sides: side rules, tried in order before the gazetteer.
        aliases: alias -> canonical speaker name (case-insensitive on the alias).
        cues: extra reporting verbs or phrases ("briefed", "wrote in a memo").
        concepts: extra concept groups for alignment (words that count as the same idea).
        path: where it came from, for messages.
    """

    sides: tuple[SideRule, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()
    cues: tuple[str, ...] = ()
    concepts: tuple[tuple[str, ...], ...] = ()
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """Tunables with their defaults; the CLI builds one from its options.

    Attributes:
        threshold: alignment score (0-100) at or above which two claims are the same point.
        merge_threshold: score at or above which one side's restatements are merged.
    """

    threshold: float = 50.0
    merge_threshold: float = 60.0


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims from one or more sides that make the same point, with a verdict.

    Attributes:
        id: "g1", "g2", ...
        claim_ids: the claims in the group (each claim is in exactly one group).
        sides: side ids that make the point, in side order.
        status: converge / partial / diverge / one_sided.
        score: best cross-side alignment score (0-100); 0 for one-sided groups.
        reasons: human-readable reasons for the verdict and the alignment.
        flags: extra warnings: "anonymous_only", "hedged", "asserted_agreement".
        missing_sides: for one-sided groups, the sides whose account leaves the point out.
        highlights: words that differ (numbers, negations), by claim id.
    """

    id: str
    claim_ids: tuple[str, ...]
    sides: tuple[str, ...]
    status: Verdict
    score: float = 0.0
    reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    missing_sides: tuple[str, ...] = ()
    highlights: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class Link:
    """Two claims of different sides that speak to the same point (``links.link_claims``).

    Attributes:
        a: the first claim's id (the earlier one in document order).
        b: the second claim's id.
        relation: converge, partial or diverge.
        score: strength of the link, 0-100 (the strongest signal).
        reasons: one line per signal that made the link, and the verdict's grounds.
        signals: names of the signals that fired ("slot", "reply", "denial", "contrast",
            "topical").
        highlights: words that differ (figures, denials), by claim id.
        headline: one line for the report's summary ("Death toll: 12 fighters (army) vs 16
            people (villagers)").
    """

    a: str
    b: str
    relation: Relation
    score: float
    reasons: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()
    highlights: tuple[tuple[str, tuple[str, ...]], ...] = ()
    headline: str = ""


@dataclass(frozen=True, slots=True)
class PairResult:
    """How two statements relate, with the reasons."""

    relation: Relation
    score: float
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a renderer needs.

    ``groups`` is None for the ``claims`` command (no alignment done).
    """

    documents: tuple[Document, ...]
    sides: tuple[Side, ...]
    speakers: tuple[Speaker, ...]
    claims: tuple[Claim, ...]
    groups: tuple[ClaimGroup, ...] | None = None
    warnings: tuple[str, ...] = field(default=())
    links: tuple[Link, ...] | None = None
