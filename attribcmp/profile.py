r"""User profiles: YAML overrides for sides, speaker aliases, cue words and concepts.

Every key is optional and an unknown key is an error (it names the key and its line)::

    sides:                        # a mapping  side id -> side  (or a list, see below)
      us:                         # side id: lowercase letters, digits, hyphens ("us", "pak-army")
        name: United States       # the heading in reports; defaults to the id
        members:                  # who speaks for the side, tried before the built-in gazetteer
          - Austin                # plain text: whole words, any case ("austin", not "Austinite")
          - Pentagon
          - /Secretary\s+Austin/  # /regex/: a Python regular expression, case-insensitive
      pakistan: [ISPR, Bajwa]     # shorthand: only the members; the name is the id
    aliases:                      # another name -> the speaker's canonical name
      Lloyd Austin: Lloyd J. Austin
    cues: [briefed, wrote in a memo]          # extra reporting verbs / phrases
    concepts:                                 # word groups that count as the same idea
      - [flood victims, flood-affected people, flood survivors]

List form of ``sides``: ``- {id: us, name: United States, members: [Austin]}``; ``id`` may be
left out and is then the slug of ``name``. Members match the speaker's name, aliases and every
mention text, with curly quotes read as straight ones. Write regexes unquoted or in single
quotes (a YAML double-quoted string treats ``\s`` as an escape), one per line if it holds
``[``, ``]`` or ``,`` (those end an item in a ``[a, b]`` list); add ``(?-i:...)`` to make part
of a regex case-sensitive. A side whose id or name names a gazetteer country ("us", "pakistan",
"United States") also takes every speaker the gazetteer gives that country.

Patterns are stored in ``SideRule.patterns`` as regular expressions: plain text becomes a
whole-word pattern (``plain_pattern``), ``describe_pattern`` turns it back into the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from attribcmp.errors import ProfileError
from attribcmp.model import Profile, SideRule

if TYPE_CHECKING:
    import yaml
    from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = [
    "describe_pattern",
    "is_slug",
    "load_profile",
    "parse_profile",
    "plain_pattern",
    "slugify",
]

_TOP_KEYS = ("sides", "aliases", "cues", "concepts")
_SIDE_KEYS = ("name", "members")
_LIST_SIDE_KEYS = ("id", "name", "members")

_NULL_TAG = "tag:yaml.org,2002:null"
# Scalars that read as numbers or booleans ("NO", "2022") are still fine as text: we keep the
# characters as written.
_TEXT_TAGS = frozenset(
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:timestamp",
    }
)
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# The whole-word wrapper: lookarounds rather than \b so "U.S." (ending in a dot) works.
_WORD_START = r"(?<!\w)"
_WORD_END = r"(?!\w)"
_SPACE = r"\s+"


# --- public helpers ------------------------------------------------------------------------


def slugify(text: str) -> str:
    """Turn a name into a side id: ASCII lowercase words joined by hyphens ("" if none).

    >>> slugify("United States")
    'united-states'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def is_slug(text: str) -> bool:
    """True if ``text`` is a valid side id (lowercase letters and digits, single hyphens)."""
    return _SLUG.fullmatch(text) is not None


def plain_pattern(text: str) -> str:
    """The regex for a plain member: the words of ``text``, whole, any run of spaces between."""
    words = text.split()
    return _WORD_START + _SPACE.join(re.escape(word) for word in words) + _WORD_END


def describe_pattern(pattern: str) -> str:
    """How a member was written: the plain text for a ``plain_pattern``, else ``/regex/``."""
    if pattern.startswith(_WORD_START) and pattern.endswith(_WORD_END):
        inner = pattern[len(_WORD_START) : -len(_WORD_END)]
        words = _unescape_words(inner)
        if words is not None and plain_pattern(" ".join(words)) == pattern:
            return " ".join(words)
    return f"/{pattern}/"


def _unescape_words(inner: str) -> list[str] | None:
    """Undo ``plain_pattern``'s escaping; None if ``inner`` has regex syntax of its own."""
    words: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(inner):
        if inner.startswith(_SPACE, i):
            words.append("".join(current))
            current = []
            i += len(_SPACE)
        elif inner[i] == "\\" and i + 1 < len(inner):
            current.append(inner[i + 1])
            i += 2
        elif inner[i] in ".^$*+?{}[]|()\\":
            return None
        else:
            current.append(inner[i])
            i += 1
    words.append("".join(current))
    return words


# --- loading -------------------------------------------------------------------------------


def load_profile(path: str | Path) -> Profile:
    """Read and validate a YAML profile file.

    Args:
        path: the profile file.

    Returns:
        The profile, with ``path`` set to the file name.

    Raises:
        ProfileError: the file cannot be read, is not UTF-8, or is not a valid profile; the
            message names the file and, for content problems, the line.
    """
    if not str(path).strip():  # Path("") is the current folder
        raise ProfileError("--profile needs a file path, not an empty string")
    file = Path(path)
    if file.is_dir():
        raise ProfileError(f"{file}: cannot read profile: it is a directory")
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise ProfileError(f"{file}: cannot read profile: no such file") from None
    except OSError as exc:
        raise ProfileError(f"{file}: cannot read profile: {exc.strerror or exc}") from None
    # UTF-16 with a byte-order mark is what some Windows editors save; articles read it too.
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    encoding = "utf-16" if utf16 else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(encoding, "replace").count("\n") + 1
        raise ProfileError(
            f"{file}, line {line}: profile is not {'UTF-16' if utf16 else 'UTF-8'} text "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return replace(parse_profile(text, source=str(file)), path=str(file))


def parse_profile(text: str, source: str = "<profile>") -> Profile:
    """Parse and validate profile YAML (see the module docstring for the shape).

    Args:
        text: the YAML text.
        source: the name used in error messages.

    Returns:
        The profile (``path`` is left None; ``load_profile`` sets it).

    Raises:
        ProfileError: malformed YAML, unknown or duplicate keys, wrong types, empty names,
            bad or duplicate side ids, invalid regexes; the message names ``source`` and the
            line.
    """
    root = _compose(text, source)
    reader = _Reader(source)
    pairs = reader.mapping(root, "the profile") if root is not None else []
    sides: tuple[SideRule, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()
    cues: tuple[str, ...] = ()
    concepts: tuple[tuple[str, ...], ...] = ()
    for key, key_node, value in pairs:
        if key == "sides":
            sides = reader.sides(value)
        elif key == "aliases":
            aliases = reader.aliases(value)
        elif key == "cues":
            cues = tuple(reader.text(item, "a cue") for item in reader.sequence(value, "cues"))
        elif key == "concepts":
            concepts = reader.concepts(value)
        else:
            reader.fail(key_node, _unknown_key(key, _TOP_KEYS))
    return Profile(sides=sides, aliases=aliases, cues=cues, concepts=concepts)


def _import_yaml() -> None:
    """Bind PyYAML's names here on the first profile read, not when this module loads: the
    pipeline, sides and the gazetteer import ``slugify`` from here, and a report without a
    profile reads no YAML (the import costs ~25 ms and a dozen regex compiles per start)."""
    global yaml, MappingNode, ScalarNode, SequenceNode
    import yaml
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode


def _compose(text: str, source: str) -> Node | None:
    _import_yaml()
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        parts = [part for part in (exc.context, exc.problem) if part]
        problem = ", ".join(parts) or "cannot parse"
        raise ProfileError(f"{source}, line {line}: invalid YAML: {problem}") from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise ProfileError(
            f"{source}, line {line}: invalid YAML: character U+{exc.character:04X} is not allowed"
            if isinstance(exc.character, int)
            else f"{source}, line {line}: invalid YAML: {exc.reason}"
        ) from None
    except yaml.YAMLError as exc:
        raise ProfileError(f"{source}: invalid YAML: {exc}") from None
    except RecursionError:
        raise ProfileError(f"{source}: invalid YAML: nested too deeply for a profile") from None


def _unknown_key(key: str, allowed: Sequence[str]) -> str:
    return f"unknown key {key!r} (expected one of: {', '.join(allowed)})"


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == _NULL_TAG:
        return "nothing"
    return f"{str(node.value)!r}"


class _Reader:
    """Walks composed YAML nodes, so every error can name its line."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, node: Node, message: str) -> NoReturn:
        raise ProfileError(f"{self.source}, line {node.start_mark.line + 1}: {message}")

    def mapping(self, node: Node, what: str) -> list[tuple[str, Node, Node]]:
        """(key, key node, value node) in file order; null counts as empty."""
        if node.tag == _NULL_TAG and isinstance(node, ScalarNode):
            return []
        if not isinstance(node, MappingNode):
            self.fail(node, f"{what} must be a mapping (key: value), not {_kind(node)}")
        seen: dict[str, Node] = {}
        pairs: list[tuple[str, Node, Node]] = []
        for key_node, value_node in node.value:
            key = self.text(key_node, f"a key in {what}")
            if key.casefold() in seen:
                first = seen[key.casefold()].start_mark.line + 1
                self.fail(key_node, f"duplicate key {key!r} in {what} (first on line {first})")
            seen[key.casefold()] = key_node
            pairs.append((key, key_node, value_node))
        return pairs

    def sequence(self, node: Node, what: str) -> list[Node]:
        if node.tag == _NULL_TAG and isinstance(node, ScalarNode):
            return []
        if not isinstance(node, SequenceNode):
            self.fail(node, f"{what} must be a list, not {_kind(node)}")
        return list(node.value)

    def text(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or node.tag not in _TEXT_TAGS:
            self.fail(node, f"{what} must be text, not {_kind(node)}")
        value = str(node.value).strip()
        if not value:
            self.fail(node, f"{what} must not be empty")
        return value

    def sides(self, node: Node) -> tuple[SideRule, ...]:
        rules: list[SideRule] = []
        if isinstance(node, SequenceNode):
            for item in node.value:
                rules.append(self.list_side(item))
        else:
            for key, key_node, value in self.mapping(node, "sides"):
                rules.append(self.mapped_side(key, key_node, value))
        seen_ids: dict[str, int] = {}
        for rule, item in zip(rules, self._side_nodes(node), strict=True):
            if rule.id in seen_ids:
                self.fail(
                    item, f"duplicate side id {rule.id!r} (first on line {seen_ids[rule.id]})"
                )
            seen_ids[rule.id] = item.start_mark.line + 1
        return tuple(rules)

    def _side_nodes(self, node: Node) -> list[Node]:
        if isinstance(node, SequenceNode):
            return list(node.value)
        if isinstance(node, MappingNode):
            return [key_node for key_node, _ in node.value]
        return []

    def side_id(self, node: Node, value: str) -> str:
        if not is_slug(value):
            hint = slugify(value)
            suggestion = f", e.g. {hint!r}" if hint else ""
            self.fail(
                node,
                f"side id {value!r} is not a slug: use lowercase letters, digits and single "
                f"hyphens{suggestion}",
            )
        return value

    def mapped_side(self, key: str, key_node: Node, value: Node) -> SideRule:
        side_id = self.side_id(key_node, key)
        if isinstance(value, SequenceNode) or (
            isinstance(value, ScalarNode) and value.tag == _NULL_TAG
        ):
            return SideRule(side_id, side_id, self.members(value, side_id))
        name = side_id
        patterns: tuple[str, ...] = ()
        for field, field_node, field_value in self.mapping(value, f"side {side_id!r}"):
            if field == "name":
                name = self.text(field_value, f"the name of side {side_id!r}")
            elif field == "members":
                patterns = self.members(field_value, side_id)
            else:
                self.fail(field_node, _unknown_key(field, _SIDE_KEYS))
        return SideRule(side_id, name, patterns)

    def list_side(self, node: Node) -> SideRule:
        pairs = self.mapping(node, "a side")
        fields = {field: (field_node, value) for field, field_node, value in pairs}
        for field, field_node, _ in pairs:
            if field not in _LIST_SIDE_KEYS:
                self.fail(field_node, _unknown_key(field, _LIST_SIDE_KEYS))
        if "name" not in fields:
            self.fail(node, "a side in the list needs a 'name'")
        name = self.text(fields["name"][1], "a side name")
        if "id" in fields:
            side_id = self.side_id(fields["id"][1], self.text(fields["id"][1], "a side id"))
        else:
            side_id = slugify(name)
            if not side_id:
                self.fail(node, f"cannot make a side id from name {name!r}: add an 'id'")
        members = fields.get("members")
        patterns = self.members(members[1], side_id) if members is not None else ()
        return SideRule(side_id, name, patterns)

    def members(self, node: Node, side_id: str) -> tuple[str, ...]:
        what = f"the members of side {side_id!r}"
        return tuple(self.member(item, side_id) for item in self.sequence(node, what))

    def member(self, node: Node, side_id: str) -> str:
        text = self.text(node, f"a member of side {side_id!r}")
        if not (len(text) >= 2 and text.startswith("/") and text.endswith("/")):
            return plain_pattern(text)
        body = text[1:-1]
        if not body:
            self.fail(node, f"empty regex '//' in side {side_id!r}")
        try:
            compiled = re.compile(body, re.IGNORECASE)
        except re.error as exc:
            self.fail(node, f"invalid regex {text} in side {side_id!r}: {exc.msg}")
        if compiled.search("") is not None:
            self.fail(
                node,
                f"regex {text} in side {side_id!r} matches empty text, so it would match "
                "every speaker",
            )
        return body

    def aliases(self, node: Node) -> tuple[tuple[str, str], ...]:
        return tuple(
            (self.text(key_node, "an alias"), self.text(value, f"the speaker for alias {key!r}"))
            for key, key_node, value in self.mapping(node, "aliases")
        )

    def concepts(self, node: Node) -> tuple[tuple[str, ...], ...]:
        groups: list[tuple[str, ...]] = []
        for item in self.sequence(node, "concepts"):
            words = tuple(
                self.text(word, "a concept word")
                for word in self.sequence(item, "each concept group")
            )
            if len(words) < 2:
                self.fail(item, "a concept group needs at least two words or phrases")
            groups.append(words)
        return tuple(groups)
