"""The errors the library raises; each message says what to fix (file, line, key)."""


class AttribcmpError(Exception):
    """Base class: a problem the user can act on, not a bug."""


class InputError(AttribcmpError):
    """An input file or stream cannot be read as text."""


class ProfileError(AttribcmpError):
    """A YAML profile is malformed or names something unknown."""


class UsageError(AttribcmpError):
    """Arguments that do not fit together (one file for compare, a side label used twice)."""
