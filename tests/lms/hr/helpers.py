"""Reading report downloads back the way HR's spreadsheet program would."""

import csv
import io

import openpyxl


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(response):
    data = body(response)
    assert data.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 byte order mark"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def xlsx_rows(response):
    workbook = openpyxl.load_workbook(io.BytesIO(body(response)), read_only=True)
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    # Read-only mode drops empty cells at the end of a row; a spreadsheet shows them empty.
    width = len(rows[0]) if rows else 0
    return [row + [None] * (width - len(row)) for row in rows]


def text_of(response, export=None):
    """Return everything a person would read in the response, whatever its format."""
    if export == "xlsx":
        return "\n".join(
            " ".join("" if v is None else str(v) for v in row) for row in xlsx_rows(response)
        )
    if export == "csv":
        return "\n".join(",".join(row) for row in csv_rows(response))
    return body(response).decode()


class _TableParser:
    """Collect the header and body cells of the first `table.listing` in an HTML fragment."""

    def __init__(self, html):
        from html.parser import HTMLParser

        self.header, self.rows = [], []
        parser = HTMLParser(convert_charrefs=True)
        state = {"in_table": False, "done": False, "cell": None, "row": None, "section": None}

        def start(tag, attrs):
            attrs = dict(attrs)
            if tag == "table" and "listing" in (attrs.get("class") or "") and not state["done"]:
                state["in_table"] = True
            elif state["in_table"] and tag in ("thead", "tbody"):
                state["section"] = tag
            elif state["in_table"] and tag == "tr":
                state["row"] = []
            elif state["in_table"] and tag in ("th", "td"):
                state["cell"] = []

        def end(tag):
            if not state["in_table"]:
                return
            if tag in ("th", "td") and state["cell"] is not None:
                state["row"].append(" ".join("".join(state["cell"]).split()))
                state["cell"] = None
            elif tag == "tr" and state["row"] is not None:
                (self.header if state["section"] == "thead" else self.rows).append(state["row"])
                state["row"] = None
            elif tag == "table":
                state["in_table"], state["done"] = False, True

        def data(text):
            if state["cell"] is not None:
                state["cell"].append(text)

        parser.handle_starttag, parser.handle_endtag, parser.handle_data = start, end, data
        parser.feed(html)


def screen_table(response):
    """Return (header, rows) of the report table as a person reads them."""
    table = _TableParser(body(response).decode())
    return table.header[0], table.rows


def as_screen(value, screen):
    """Format a downloaded value the way the screen shows it, to compare the two."""
    import datetime

    if value is None:
        return ""
    if isinstance(value, str) and len(value) == 25 and "T" in value:
        value = datetime.datetime.fromisoformat(value)
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d" if len(screen) == 10 else "%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)
