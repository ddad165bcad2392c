"""Pure-Python text extraction for the PDFs WeasyPrint writes (Type0 fonts with ToUnicode)."""

import io
import re

import pikepdf

HEX = r"<([0-9a-fA-F]+)>"


def _unicode(hex_text):
    data = bytes.fromhex(hex_text)
    return data.decode("utf-16-be")


def to_unicode_map(font):
    """Return {glyph code: text} from a font's ToUnicode CMap (bfchar and bfrange)."""
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    mapping = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for source, target in re.findall(rf"{HEX}\s*{HEX}", block):
            mapping[int(source, 16)] = _unicode(target)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, end, target in re.findall(rf"{HEX}\s*{HEX}\s*{HEX}", block):
            first = int(target, 16)
            for offset, code in enumerate(range(int(start, 16), int(end, 16) + 1)):
                mapping[code] = chr(first + offset)
    return mapping


def page_lines(page):
    """Return the text of each BT…ET block on the page, decoded through the fonts' ToUnicode."""
    fonts = {str(name): to_unicode_map(font) for name, font in page.Resources.Font.items()}
    lines, current, mapping = [], [], {}
    for operands, operator in pikepdf.parse_content_stream(page):
        operator = str(operator)
        if operator == "Tf":
            mapping = fonts[str(operands[0])]
        elif operator in ("Tj", "TJ"):
            items = operands[0] if operator == "TJ" else operands
            for item in items:
                if isinstance(item, pikepdf.String):
                    data = bytes(item)
                    for index in range(0, len(data) - 1, 2):
                        current.append(mapping.get(int.from_bytes(data[index : index + 2]), ""))
        elif operator == "ET":
            lines.append("".join(current))
            current = []
    return lines


def pdf_text(data):
    """Return every page's text, one BT…ET block a line."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return "\n".join(line for page in pdf.pages for line in page_lines(page))
