"""Which header cells a table's data cells have, as HTML's table model assigns them.

A reduced form of the HTML standard's algorithms ("forming a table" and "assigning header
cells"), enough for tables whose headers carry `scope` (row, col, colgroup): a `scope="colgroup"`
header heads only the cells of the `<colgroup>` it stands in, so without `<colgroup>` elements it
heads nothing. `headers`/`id` and headers without scope are not handled (an error here, so a
test never believes an association it did not check).
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Cell:
    header: bool
    scope: str
    x: int = 0
    y: int = 0
    width: int = 1
    height: int = 1
    text: str = ""
    attrs: dict = field(default_factory=dict)


class _TableParser(HTMLParser):
    def __init__(self, table_class):
        super().__init__()
        self.table_class = table_class
        self.inside = False
        self.groups = []  # (first column, columns) of each <colgroup>
        self.rows = []  # (the row group's index, the row's cells)
        self.group = -1
        self.cell = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and self.table_class in (attrs.get("class") or "").split():
            self.inside = True
        elif not self.inside:
            return
        elif tag == "colgroup":
            first = sum(span for _first, span in self.groups)
            self.groups.append((first, int(attrs.get("span") or 1)))
        elif tag in ("thead", "tbody", "tfoot"):
            self.group += 1
        elif tag == "tr":
            self.rows.append((self.group, []))
        elif tag in ("th", "td"):
            if tag == "th" and "scope" not in attrs:
                raise AssertionError(f"a header cell without scope: {attrs}")
            self.cell = Cell(
                header=tag == "th",
                scope=attrs.get("scope", ""),
                width=int(attrs.get("colspan") or 1),
                height=int(attrs.get("rowspan") or 1),
                attrs=attrs,
            )
            self.rows[-1][1].append(self.cell)

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif tag in ("th", "td"):
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.text += data


def _place(rows):
    """Give every cell its slot (x, y), skipping slots taken by row spans from above."""
    taken, cells, previous_group = set(), [], None
    for y, (group, row) in enumerate(rows):
        if group != previous_group:
            taken, previous_group = set(), group  # row spans end with their row group
        x = 0
        for cell in row:
            while (x, y) in taken:
                x += 1
            cell.x, cell.y = x, y
            taken |= {(x + i, y + j) for i in range(cell.width) for j in range(cell.height)}
            cells.append(cell)
            x += cell.width
    return cells


def _spans(cell, x, y):
    return cell.x <= x < cell.x + cell.width and cell.y <= y < cell.y + cell.height


def _heads(header, cell, group_of):
    """Return True if the header cell heads the data cell."""
    above = header.y + header.height <= cell.y
    if header.scope == "row":
        return any(_spans(header, column, cell.y) for column in range(cell.x))
    if header.scope == "col":
        return above and header.x <= cell.x < header.x + header.width
    if header.scope == "colgroup":
        group = group_of(header.x)
        return above and group is not None and group == group_of(cell.x) and cell.x >= header.x
    return False


def headers_of(html, table_class):
    """Return [(data cell, [its header cells' texts])] for the table with the class."""
    parser = _TableParser(table_class)
    parser.feed(html)
    cells = _place(parser.rows)
    headers = [cell for cell in cells if cell.header]

    def group_of(x):
        return next((first for first, span in parser.groups if first <= x < first + span), None)

    return [
        (cell, [" ".join(h.text.split()) for h in headers if _heads(h, cell, group_of)])
        for cell in cells
        if not cell.header
    ]
