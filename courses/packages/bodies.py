"""Lesson bodies as HTML files: one marker comment per StreamField block, keyed by block id.

A body is a sequence of blocks. Each starts with a marker line that names the block type and
carries its id and short fields as attributes; the block's long field follows as HTML (rich text)
or as HTML-escaped text (plain text). List blocks (the glossary) hold item markers instead:

    <!-- block callout id="4f0c…" kind="information" title="What is not an ATMP?" -->
    <p>A blood transfusion is not an ATMP…</p>

    <!-- block glossary id="9a1e…" -->

    <!-- item id="c2d4…" term="CMC" -->
    Chemistry, manufacturing and controls.
"""

import html
import re
import uuid
from dataclasses import dataclass, field

from .errors import PackageError


@dataclass(frozen=True)
class Layout:
    """How one block type (or list item) is written: attribute fields and a content field."""

    attrs: tuple = ()
    content: str | None = None  # "" for a block whose whole value is the content
    html: bool = False
    item: "Layout | None" = None


LAYOUTS = {
    "heading": Layout(attrs=("level",), content="text"),
    "rich_text": Layout(content="", html=True),
    "image": Layout(attrs=("image", "alt_text", "caption")),
    "video": Layout(attrs=("title", "video"), content="transcript", html=True),
    "callout": Layout(attrs=("kind", "title"), content="body", html=True),
    "quote": Layout(attrs=("attribution",), content="text"),
    "document": Layout(attrs=("document", "label", "description")),
    "glossary": Layout(item=Layout(attrs=("term",), content="definition")),
}

# Struct fields whose value names a file in the package's media folder.
MEDIA_ATTRS = {"image", "document"}

# Rich text refers to documents and images by id; a package refers to them by file.
TAG = re.compile(r"<(?:a|embed)\b[^>]*>")
TAG_ATTR = re.compile(r'(\w+)="([^"]*)"')
REFERENCE = re.compile(r'(?<=\s)(?:id|file)="[^"]*"')
MEDIA_TYPES = {("linktype", "document"): "document", ("embedtype", "image"): "image"}
MARKER = re.compile(r"^<!--\s+(?:block\s+(?P<type>\w+)|(?P<item>item))(?P<attrs>.*?)\s*-->\s*$")
ATTR = re.compile(r'\s+(\w+)="([^"]*)"')
# Block-level tags after which the writer breaks the line; the reader joins them again, since
# white space between these tags never shows.
BREAK_AFTER = r"</(?:p|li|ul|ol|h[1-6]|blockquote)>|<(?:ul|ol)>"


def split_html(value):
    """Return rich text with a line break after each block-level tag, for readable diffs."""
    return re.sub(rf"({BREAK_AFTER})(?=<)", "\\1\n", value)


def join_html(text):
    """Return the rich text that split_html wrote (line breaks between blocks removed)."""
    return re.sub(rf"({BREAK_AFTER})[ \t]*\r?\n\s*(?=<)", "\\1", text.strip())


def rewrite_html(html, replace):
    """Return rich text with each reference's id or file passed through replace(attrs)."""

    def tag(match):
        new = replace(dict(TAG_ATTR.findall(match[0])))
        return match[0] if new is None else REFERENCE.sub(lambda _: new, match[0], count=1)

    return TAG.sub(tag, html or "")


def media_kind(attrs):
    for (name, value), kind in MEDIA_TYPES.items():
        if attrs.get(name) == value:
            return kind
    return None


def html_media(html):
    """Return the (kind, package path) of every media file a package's rich text links to."""
    found = []
    for match in TAG.finditer(html or ""):
        attrs = dict(TAG_ATTR.findall(match[0]))
        if media_kind(attrs) and "file" in attrs:
            found.append((media_kind(attrs), attrs["file"]))
    return found


def _attribute(value):
    escaped = html.escape(value, quote=True).replace("\n", "&#10;").replace("\r", "&#13;")
    # "--" may not appear inside an HTML comment.
    return escaped.replace("--", "-&#45;")


def _marker(kind, attrs):
    pairs = "".join(f' {name}="{_attribute(value)}"' for name, value in attrs.items() if value)
    return f"<!-- {kind}{pairs} -->"


def _content(layout, value):
    text = value if layout.content == "" else value.get(layout.content, "")
    text = split_html(text) if layout.html else html.escape(text, quote=False)
    if re.search(r"^<!--\s+(block|item)\b", text, re.MULTILINE):
        raise ValueError("A block's text may not start a line with a block or item marker.")
    return text


def _section(kind, layout, block_id, value):
    attrs = {"id": block_id}
    if layout.attrs:
        attrs.update({name: str(value.get(name) or "") for name in layout.attrs})
    marker = _marker(kind, attrs)
    return f"{marker}\n{_content(layout, value)}" if layout.content is not None else marker


def write_body(blocks):
    """Return the text of a lesson body from its raw blocks (media as package paths)."""
    sections = []
    for block in blocks:
        layout = LAYOUTS.get(block["type"])
        if layout is None:
            raise ValueError(f"Blocks of type {block['type']!r} cannot be written to a package.")
        sections.append(_section(f"block {block['type']}", layout, block["id"], block["value"]))
        for item in block["value"] if layout.item else ():
            sections.append(_section("item", layout.item, item["id"], item["value"]))
    return "\n\n".join(sections) + "\n"


@dataclass
class _Section:
    line: int
    type: str | None
    attrs: dict
    lines: list = field(default_factory=list)


def _sections(text, path, first_line):
    sections = []
    for number, line in enumerate(text.splitlines(), start=first_line):
        match = MARKER.match(line)
        if match:
            attrs_text = match["attrs"]
            attrs = {name: html.unescape(value) for name, value in ATTR.findall(attrs_text)}
            if ATTR.sub("", attrs_text).strip():
                raise PackageError(path, number, f"cannot read this marker: {line.strip()}")
            sections.append(_Section(number, match["type"], attrs))
        elif re.match(r"^\s*<!--\s+(block|item)\b", line):
            raise PackageError(path, number, f"cannot read this marker: {line.strip()}")
        elif sections:
            sections[-1].lines.append(line)
        elif line.strip():
            raise PackageError(path, number, "text before the first block marker")
    return sections


def _value(section, layout, path, kind):
    unknown = set(section.attrs) - {"id", *layout.attrs}
    if unknown:
        names = ", ".join(sorted(unknown))
        raise PackageError(path, section.line, f"a {kind} has no field {names}")
    if not section.attrs.get("id"):
        message = f'the {kind} has no id; give it a new one, such as id="{uuid.uuid4()}"'
        raise PackageError(path, section.line, message)
    text = "\n".join(section.lines).strip()
    if layout.content is None:
        if text:
            raise PackageError(path, section.line, f"a {kind} holds no text of its own")
        content = None
    else:
        content = join_html(text) if layout.html else html.unescape(text)
    if layout.content == "":
        return content
    value = {name: section.attrs.get(name, "") for name in layout.attrs}
    if layout.content:
        value[layout.content] = content
    return value


def read_body(text, path, first_line=1):
    """Return (raw blocks, {block or item id: line}) read from a lesson body's text."""
    blocks, lines = [], {}
    for section in _sections(text, path, first_line):
        block_id = section.attrs.get("id", "")
        if block_id in lines:
            raise PackageError(path, section.line, f"the id {block_id} is used twice")
        if section.type is None:
            parent = blocks[-1] if blocks else None
            layout = LAYOUTS[parent["type"]].item if parent else None
            if layout is None:
                raise PackageError(path, section.line, "an item outside a glossary block")
            item = {"type": "item", "value": _value(section, layout, path, "item"), "id": block_id}
            parent["value"].append(item)
        else:
            layout = LAYOUTS.get(section.type)
            if layout is None:
                known = ", ".join(sorted(LAYOUTS))
                message = f"unknown block type {section.type!r} (known: {known})"
                raise PackageError(path, section.line, message)
            kind = f"{section.type} block"
            if layout.item:
                # A list block's marker has only an id; its items follow as item markers.
                _value(section, Layout(), path, kind)
                value = []
            else:
                value = _value(section, layout, path, kind)
            blocks.append({"type": section.type, "value": value, "id": block_id})
        lines[block_id] = section.line
    return blocks, lines
