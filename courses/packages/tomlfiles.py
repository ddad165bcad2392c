"""TOML in packages: read with tomllib (errors carry file and line), write canonically."""

import re
import tomllib
from dataclasses import dataclass, field

import tomli_w

from .errors import PackageError


@dataclass
class Source:
    """The text of one package file (or the front matter of one), for reading and for errors."""

    path: str
    text: str
    offset: int = 0  # lines of the file before this text

    def line(self, key=None, after=None):
        """Return the line of `key = …` (after the first line holding `after`), if found."""
        lines = self.text.splitlines()
        start = 0
        if after is not None:
            found = [n for n, line in enumerate(lines) if after in line]
            if not found:
                return None
            start = found[0]
            if key is None:
                return start + 1 + self.offset
        pattern = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
        for number in range(start, len(lines)):
            if pattern.match(lines[number]):
                return number + 1 + self.offset
        return None

    def error(self, message, key=None, after=None):
        line = self.line(key, after) if key or after else None
        return PackageError(self.path, line, message)

    def load(self):
        """Return the parsed TOML, or raise a PackageError at the line tomllib names."""
        try:
            return tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as error:
            message = str(error)
            match = re.search(r"\(at line (\d+), column \d+\)", message)
            line = int(match[1]) + self.offset if match else None
            message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
            raise PackageError(self.path, line, f"not valid TOML: {message}") from None


@dataclass
class PageText:
    """One page in one language as its file gives it, with where each key and block came from."""

    fields: dict
    source: Source
    lines: dict = field(default_factory=dict)  # block, question or choice id -> line


SLUG = re.compile(r"^[-\w]+$")
STRINGS = "list of strings"


def check_slug(value, source, key, after=None):
    """Return the value if it is a slug, which also makes it a safe file name."""
    if not isinstance(value, str) or not SLUG.match(value):
        raise source.error(f"{key} must be a slug (letters, digits and hyphens)", key, after)
    return value


def _fits(value, expected):
    if expected is STRINGS:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


TYPE_NAMES = {
    str: "a string",
    int: "a whole number",
    bool: "true or false",
    STRINGS: "a list of strings",
}


def check(table, schema, source, after=None):
    """Return the table if each key is in the schema with a value of the schema's type."""
    if not isinstance(table, dict):
        raise source.error(f"expected a table at {after}", after=after)
    for key, value in table.items():
        expected = schema.get(key)
        if expected is None:
            known = ", ".join(schema)
            raise source.error(f"unknown key {key!r} (known: {known})", key, after)
        if not _fits(value, expected):
            name = TYPE_NAMES.get(expected, f"a {expected.__name__}")
            raise source.error(f"{key} must be {name}", key, after)
    return table


def dumps(sections):
    """Return canonical TOML: each (header, table) in order, keys in the order given.

    A header of None writes top-level keys; "[[name]]" starts an array-of-tables item. Keys
    whose value is None are left out. Tables hold only values, never nested tables, so the
    layout never depends on a value's length.
    """
    chunks = []
    for header, table in sections:
        body = tomli_w.dumps(
            {key: value for key, value in table.items() if value is not None},
            multiline_strings=True,
        )
        chunks.append(f"{header}\n{body}" if header else body)
    return "\n".join(chunks)
