"""JSON output: the ``attribcmp.report/1`` document, and JSONL lines for batch runs.

The field names are a contract with downstream tools: add fields, never rename or drop them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from json.encoder import encode_basestring as _escape
from typing import Any

from attribcmp.model import (
    SCHEMA,
    Claim,
    ClaimFacets,
    ClaimGroup,
    Document,
    Link,
    Report,
    Speaker,
    SpeakerMention,
    TextSpan,
)
from attribcmp.render import anonymous_claims, verdict_counts

__all__ = [
    "compact",
    "error_line",
    "error_object",
    "iter_json",
    "jsonl_object",
    "render_json",
    "render_jsonl_line",
    "report_to_dict",
]

# Characters that str.splitlines() treats as line breaks but json.dumps leaves raw when
# ensure_ascii is False; escaped in JSONL so that one report stays one line for every reader.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data (dicts, lists, str, int, float, bool, None).

    Args:
        report: the report.

    Returns:
        A dict with the keys schema, documents, sides, speakers, claims, groups and links (only
        when the report has them), summary and warnings, in that order.
    """
    return {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in _sections(report, _speaker)
    }


def _sections(
    report: Report, speaker: Callable[[Speaker], dict[str, Any]]
) -> list[tuple[str, Any]]:
    """The top-level keys in order; the long lists as iterators, built as they are written."""
    names = {s.id: s.name for s in report.speakers}
    sections: list[tuple[str, Any]] = [
        ("schema", SCHEMA),
        ("documents", [_document(d) for d in report.documents]),
        ("sides", [{"id": s.id, "name": s.name} for s in report.sides]),
        ("speakers", map(speaker, report.speakers)),
        ("claims", (_claim(c, names.get(c.speaker_id)) for c in report.claims)),
    ]
    if report.groups is not None:
        sections.append(("groups", map(_group, report.groups)))
    if report.links is not None:
        sections.append(("links", map(_link, report.links)))
    sections.append(("summary", _summary(report)))
    sections.append(("warnings", list(report.warnings)))
    return sections


def render_json(report: Report) -> str:
    """The report as indented JSON (UTF-8 characters kept), with a trailing newline."""
    return "".join(iter_json(report))


def iter_json(report: Report) -> Iterator[str]:
    """``render_json`` in pieces, one claim (speaker, group) at a time: the same text, but a
    report of a 16 MB input is never one string, nor one tree of dicts, in memory."""
    sections = _sections(report, _streamed_speaker)
    yield "{"
    for k, (key, value) in enumerate(sections):
        yield f"{',' if k else ''}\n  {json.dumps(key)}: "
        if isinstance(value, Iterator):
            yield from _iter_list(value)
        else:
            yield _indented(value, "\n  ")
    yield "\n}\n"


_CONSTANTS = {None: "null", True: "true", False: "false"}


def _indented(value: Any, newline: str) -> str:
    """``value`` as json.dumps(indent=2, ensure_ascii=False) writes it, every line after the
    first indented by ``newline``'s spaces.

    json's indenting encoder is pure Python and walks every value through generators; report
    data is only dicts with string keys, lists, strings, ints, finite floats, bools and None,
    which this writes directly (strings through json's C escaper), twice as fast. Plain dicts,
    lists, strings and ints (a claim is mostly these) are written here without a call per
    value; everything else goes through ``_indented_any``.
    """
    kind = type(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = newline + "  "
        items = []
        for key, item in value.items():
            if type(key) is not str:
                return _indented_any(value, newline)
            t = type(item)
            items.append(
                (_KEYS.get(key) or _key(key))
                + (
                    _escape(item)
                    if t is str
                    else int.__repr__(item)
                    if t is int
                    else _CONSTANTS[item]
                    if item is None or t is bool
                    else _int_pair(item, inner)
                    if t is list and len(item) == 2 and type(item[0]) is type(item[1]) is int
                    else _indented(item, inner)
                )
            )
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = newline + "  "
        parts = [
            _escape(v)
            if type(v) is str
            else int.__repr__(v)
            if type(v) is int
            else _int_pair(v, inner)
            if type(v) is list and len(v) == 2 and type(v[0]) is type(v[1]) is int
            else _indented(v, inner)
            for v in value
        ]
        return "[" + inner + ("," + inner).join(parts) + newline + "]"
    if kind is str:
        return _escape(value)
    return _indented_any(value, newline)


# Field names recur in every claim and speaker: each is escaped once. Report keys are a
# fixed, small set; the bound only keeps odd input (a dict keyed by data) from growing it.
_KEYS: dict[str, str] = {}


def _key(key: str) -> str:
    """``key`` escaped, with the ": " after it (remembered in ``_KEYS``)."""
    text = _escape(key) + ": "
    if len(_KEYS) < 256:
        _KEYS[key] = text
    return text


def _int_pair(pair: list[int], newline: str) -> str:
    """``[start, end]`` (every claim and mention has spans), without ``_indented``'s walk."""
    inner = newline + "  "
    return "[" + inner + int.__repr__(pair[0]) + "," + inner + int.__repr__(pair[1]) + newline + "]"


def _indented_any(value: Any, newline: str) -> str:
    """``_indented`` for any value (subclasses, floats, constants, non-string keys)."""
    if isinstance(value, str):
        return _escape(value)
    if value is None or value is True or value is False:
        return _CONSTANTS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float) and math.isfinite(value):
        return float.__repr__(value)
    inner = newline + "  "
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        if not value:
            return "{}"
        items = [_escape(key) + ": " + _indented(item, inner) for key, item in value.items()]
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return (
            "[" + inner + ("," + inner).join([_indented(v, inner) for v in value]) + newline + "]"
        )
    # Anything else (NaN, a number key): json's own rules. JSON strings never hold a raw
    # newline (json escapes it), so every "\n" is a line break.
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", newline)


def _iter_list(items: Iterator[Any], newline: str = "\n  ") -> Iterator[str]:
    """A list, as json.dumps(indent=2) writes it at ``newline``'s depth, element by element;
    an element's iterator values (a speaker's mentions) element by element too."""
    inner = newline + "  "
    empty = True
    for item in items:
        yield ("[" if empty else ",") + inner
        if type(item) is _Streamed:
            yield from _iter_dict(item, inner)
        else:
            yield _indented(item, inner)
        empty = False
    yield "[]" if empty else newline + "]"


class _Streamed(dict[str, Any]):
    """A dict whose iterator values ``iter_json`` writes as lists, element by element."""


def _iter_dict(value: dict[str, Any], newline: str) -> Iterator[str]:
    """``_indented`` of a non-empty dict whose iterator values are written as lists, element
    by element (a speaker quoted 50,000 times in a 16 MB input has as many mentions: as one
    list of dicts and one string they were some 30 MB of the writer's peak)."""
    inner = newline + "  "
    for k, (key, item) in enumerate(value.items()):
        yield ("{" if k == 0 else ",") + inner + (_KEYS.get(key) or _key(key))
        if isinstance(item, Iterator):
            yield from _iter_list(item, inner)
        else:
            yield _indented(item, inner)
    yield newline + "}"


def jsonl_object(report: Report, doc_id: str) -> dict[str, Any]:
    """What one batch line holds: the report with ``"id": doc_id`` first."""
    return {"id": doc_id, **report_to_dict(report)}


def render_jsonl_line(report: Report, doc_id: str) -> str:
    """The report as one compact JSON line, ``"id": doc_id`` first, without a newline."""
    return compact(jsonl_object(report, doc_id))


def error_line(doc_id: str | None, message: str, line_no: int) -> str:
    """A one-line JSON error object for a JSONL input line that could not be processed.

    Args:
        doc_id: the line's id, if it could be read.
        message: what went wrong.
        line_no: the 1-based line number in the input.

    Returns:
        ``{"id": ..., "line": ..., "error": ...}`` on one line, without a newline.
    """
    return compact(error_object(doc_id, message, line_no))


def error_object(doc_id: str | None, message: str, line_no: int) -> dict[str, Any]:
    """The error object of ``error_line`` as data."""
    return {"id": doc_id, "line": line_no, "error": message}


def compact(data: dict[str, Any]) -> str:
    """``data`` as one compact JSON line (UTF-8 kept, line-break characters escaped)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # str.translate walks every character through a dict; replace() is C-fast and these are rare.
    for code, escaped in _LINE_BREAKS.items():
        if chr(code) in text:
            text = text.replace(chr(code), escaped)
    return text


def _document(document: Document) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": document.id,
        "chars": len(document.text),
        "issuer": document.issuer,
    }
    if document.page is not None:  # web pages only, so plain-text outputs keep their shape
        for key in ("url", "title", "site", "date", "author"):
            value = getattr(document.page, key)
            if value is not None:
                data[key] = value
    return data


def _span(span: TextSpan | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": span.text, "span": [span.start, span.end]}


def _speaker(speaker: Speaker) -> dict[str, Any]:
    data = dict(_streamed_speaker(speaker))
    data["mentions"] = list(data["mentions"])
    return data


def _streamed_speaker(speaker: Speaker) -> _Streamed:
    """``_speaker`` with its mentions as an iterator, made as ``iter_json`` writes them."""
    return _Streamed(
        {
            "id": speaker.id,
            "name": speaker.name,
            "side": speaker.side,
            "anonymous": speaker.anonymous,
            "kind": str(speaker.kind),
            "aliases": list(speaker.aliases),
            "mentions": map(_mention, speaker.mentions),
            "side_reason": speaker.side_reason,
        }
    )


def _mention(mention: SpeakerMention) -> dict[str, Any]:
    span = mention.span
    return {"text": span.text, "span": [span.start, span.end], "doc": mention.doc_id}


def _claim(claim: Claim, speaker_name: str | None) -> dict[str, Any]:
    content = claim.content
    data: dict[str, Any] = {
        "id": claim.id,
        "doc": claim.doc_id,
        "speaker": claim.speaker_id,
        "speaker_name": speaker_name,
        "side": claim.side,
        "kind": str(claim.kind),
        "mention": _span(claim.mention),
        "cue": _span(claim.cue),
        "content": {
            "text": content.text,
            "span": [content.start, content.end],
            "parts": [[start, end] for start, end in claim.parts],
        },
        "reported_speaker": claim.reported_speaker,
        "rule": claim.rule,
        "resolution": claim.resolution,
        "hedged": claim.hedged,
    }
    # (keys added in place, in this order: no merged copies of the dict per claim)
    if claim.facets is not None:
        data["facets"] = _facets(claim.facets)
    if claim.parent is not None:
        # A point of a longer claim (points.py) names the claim it was cut from.
        data["parent"] = claim.parent
    return data


def _facets(facets: ClaimFacets) -> dict[str, Any]:
    return {
        "events": list(facets.events),
        "event_words": list(facets.event_words),
        "quantities": [
            {
                "text": q.text,
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "noun": q.noun,
                "kind": q.kind,
                "event": q.event,
                "part": q.part,
            }
            for q in facets.quantities
        ],
        "participants": list(facets.participants),
        "negated": facets.negated,
        "hedged": facets.hedged,
        "denial": facets.denial,
        "objects": list(facets.objects),
        "topics": [
            {"topic": t, "words": w}
            for t, w in zip(facets.topics, facets.topic_words, strict=False)
        ],
        "matters": [
            {
                "matter": m.matter,
                "stance": m.stance,
                "words": m.words,
                "holder": m.holder,
                "main": m.main,
            }
            for m in facets.matters
        ],
    }


def _link(link: Link) -> dict[str, Any]:
    return {
        "a": link.a,
        "b": link.b,
        "relation": str(link.relation),
        "score": round(float(link.score), 2),
        "reasons": list(link.reasons),
        "signals": list(link.signals),
        "headline": link.headline,
    }


def _group(group: ClaimGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "status": str(group.status),
        "claims": list(group.claim_ids),
        "sides": list(group.sides),
        # Rounded so that float noise in the scorer never changes golden files.
        "score": round(float(group.score), 2),
        "reasons": list(group.reasons),
        "flags": list(group.flags),
        "missing_sides": list(group.missing_sides),
        "highlights": {claim_id: list(words) for claim_id, words in group.highlights},
    }


def _summary(report: Report) -> dict[str, Any]:
    total = len(report.claims)
    anonymous = anonymous_claims(report)
    summary: dict[str, Any] = {
        "claims": total,
        "anonymous_claims": anonymous,
        "anonymous_share": round(anonymous / total, 4) if total else 0.0,
    }
    if report.groups is not None:
        summary["verdicts"] = {str(v): n for v, n in verdict_counts(report.groups).items()}
    return summary
