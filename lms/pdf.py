"""PDFs from HTML with WeasyPrint, in one sandbox shared by certificates and transcripts.

Learners' names and course titles end up in these documents, so WeasyPrint may read nothing but
the project's static files (its fonts, SIL OFL 1.1) and data: URIs: never the network and never
the rest of the disk, whatever a name or a template holds. Fonts come from the project, so a PDF
renders the same on every machine: Lato, and Noto fonts for what Lato has not (Greek, Cyrillic,
Arabic, Hebrew, Devanagari, CJK, symbols; `FALLBACK_FONTS`). A character none of them has is
refused (`check_glyphs`, and `unrenderable` where names are typed) rather than silently drawn
by a system font.
"""

import mimetypes
import unicodedata
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

FONTS = {
    "light": "fonts/lato/Lato-Light.ttf",
    "regular": "fonts/lato/Lato-Regular.ttf",
    "italic": "fonts/lato/Lato-Italic.ttf",
    "bold": "fonts/lato/Lato-Bold.ttf",
}
# What stands in for the characters Lato has not, in the order WeasyPrint tries them:
# (family, weight, file). See static/fonts/noto/README.md.
FALLBACK_FONTS = [
    ("Noto Sans", 400, "fonts/noto/NotoSans-Regular.ttf"),
    ("Noto Sans", 700, "fonts/noto/NotoSans-Bold.ttf"),
    ("Noto Sans Arabic", 400, "fonts/noto/NotoSansArabic-Regular.ttf"),
    ("Noto Sans Arabic", 700, "fonts/noto/NotoSansArabic-Bold.ttf"),
    ("Noto Sans Hebrew", 400, "fonts/noto/NotoSansHebrew-Regular.ttf"),
    ("Noto Sans Hebrew", 700, "fonts/noto/NotoSansHebrew-Bold.ttf"),
    ("Noto Sans Devanagari", 400, "fonts/noto/NotoSansDevanagari-Regular.ttf"),
    ("Noto Sans Devanagari", 700, "fonts/noto/NotoSansDevanagari-Bold.ttf"),
    ("Noto Sans CJK SC", 400, "fonts/noto/NotoSansCJKsc-Regular.otf"),
    ("Noto Sans Symbols 2", 400, "fonts/noto/NotoSansSymbols2-Regular.ttf"),
]
FONT_FAMILY = ", ".join(
    f'"{family}"' for family in dict.fromkeys(["Lato", *(f[0] for f in FALLBACK_FONTS)])
)
# Bidirectional controls in a name could reorder what is printed around it (a "Trojan
# Source" trick); direction comes from the text itself (dir="auto") instead.
BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


class RenderingError(Exception):
    """The PDF could not be rendered (a missing font, a refused resource, a missing glyph…)."""


def static_roots():
    """Return the folders Django's staticfiles finders serve from."""
    roots = []
    for finder in finders.get_finders():
        for storage in getattr(finder, "storages", {}).values():
            roots.append(Path(storage.location).resolve())
    return roots


def static_uri(path):
    """Return the file:// URI of a static file, found the way collectstatic finds it."""
    found = finders.find(path)
    if not found:
        raise RenderingError(f"Static file {path!r} was not found.")
    return Path(found).resolve().as_uri()


def font_uris():
    """Return {weight name: file:// URI} of the project's fonts, for @font-face rules."""
    return {name: static_uri(path) for name, path in FONTS.items()}


def fetcher():
    """Return a WeasyPrint URL fetcher for data: URIs and static files; it refuses the rest."""
    import weasyprint

    class StaticFilesFetcher(weasyprint.URLFetcher):
        def __init__(self):
            super().__init__(allowed_protocols=["data", "file"], fail_on_errors=True)
            self.roots = static_roots()

        def fetch(self, url, headers=None):
            scheme = url.split(":", 1)[0].lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme != "file":
                raise ValueError(f"PDFs may not fetch {url!r}.")
            path = Path(url2pathname(urlsplit(url).path)).resolve()
            if not path.is_file() or not any(path.is_relative_to(root) for root in self.roots):
                raise ValueError(f"PDFs may only use the project's static files: {url!r}.")
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return weasyprint.urls.URLFetcherResponse(
                url, path.read_bytes(), headers={"Content-Type": content_type}
            )

    return StaticFilesFetcher()


@lru_cache(maxsize=16)
def _font_characters(path):
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(path).getBestCmap())


@lru_cache(maxsize=1)
def printable_characters():
    """Return the code points some font of the PDFs can show (Lato and its fallbacks)."""
    paths = [FONTS["regular"], *(path for _family, weight, path in FALLBACK_FONTS if weight == 400)]
    covered = set()
    for path in paths:
        covered |= _font_characters(finders.find(path))
    return frozenset(covered)


def without_bidi_controls(text):
    """Return the text without bidirectional control characters."""
    return text.translate(BIDI_CONTROLS)


def _ignorable(char):
    """Whitespace, format characters (joiners) and variation selectors: no glyph of their own."""
    return (
        char.isspace()
        or unicodedata.category(char) in ("Cc", "Cf")
        or "\ufe00" <= char <= "\ufe0f"
        or "\U000e0100" <= char <= "\U000e01ef"
    )


def unrenderable(text):
    """Return the characters of `text` no font of the PDFs can show, sorted, without spaces."""
    covered = printable_characters()
    missing = {char for char in without_bidi_controls(text) if ord(char) not in covered}
    return sorted(char for char in missing if not _ignorable(char))


def validate_printable(value):
    """Refuse text certificates and transcripts cannot print, naming the characters.

    For names and titles as they are typed, so nothing that would never render is saved.
    """
    missing = unrenderable(value or "")
    if missing:
        raise ValidationError(
            _(
                "Certificates cannot print these characters: %(characters)s. Leave them out, "
                "or write them another way (for example a symbol's name in words)."
            ),
            code="unprintable",
            params={"characters": " ".join(missing)},
        )


def text_direction(text):
    """Return "rtl" or "ltr" from the text's first strongly directional letter ("ltr" if none).

    What dir="auto" does in a browser; WeasyPrint needs the direction said.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def display_width(text):
    """Return the text's width in Latin-letter units: wide (CJK) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def check_glyphs(*texts):
    """Refuse text no font of the PDFs can show, rather than let a system font stand in."""
    missing = sorted({char for text in texts for char in unrenderable(text)})
    if missing:
        raise RenderingError("No font of the PDF has a glyph for: " + " ".join(missing) + ".")


def font_face_rules():
    """Return the @font-face rules of Lato and its fallbacks, for a PDF's stylesheet."""
    uris = font_uris()
    rules = [
        f'@font-face {{ font-family: "Lato"; font-weight: {weight}; font-style: {style}; '
        f'src: url("{uris[name]}"); }}'
        for name, weight, style in (
            ("light", 300, "normal"),
            ("regular", 400, "normal"),
            ("italic", 400, "italic"),
            ("bold", 700, "normal"),
        )
    ]
    rules += [
        f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
        f'src: url("{static_uri(path)}"); }}'
        for family, weight, path in FALLBACK_FONTS
    ]
    return mark_safe("\n".join(rules))  # noqa: S308 - our own paths and names


# HTML's scope (row, col, colgroup, rowgroup) as the PDF's table attribute /Scope.
PDF_SCOPES = {"row": "/Row", "rowgroup": "/Row", "col": "/Column", "colgroup": "/Column"}


def complete_table_tags(document, pdf):
    """Add what WeasyPrint 70 leaves out of a tagged PDF's table cells (a write_pdf finisher).

    It tags <th> and <td> and links them with /Headers, but writes no /Scope on header cells
    (PDF/UA: Matterhorn 15-003) and no /Lang for a cell in another language than the document,
    so a screen reader would read an English course title in a Swedish transcript as Swedish.
    Header cells without scope are column headers, as WeasyPrint itself takes them.
    """
    import pydyf

    for page in document.pages:
        for box in page._page_box.descendants():
            element = getattr(box, "mark", None)
            if element is None or box.element is None:
                continue
            if box.element_tag == "th":
                element["A"]["Scope"] = PDF_SCOPES.get(box.element.get("scope"), "/Column")
            if box.element.get("lang"):
                element["Lang"] = pydyf.String(box.element.get("lang"))


def write_pdf(html, variant, identifier=None):
    """Turn HTML into PDF bytes of the variant (pdf/a-3b, pdf/ua-1…) inside the sandbox."""
    import weasyprint

    tagged = variant.startswith("pdf/ua")
    try:
        document = weasyprint.HTML(string=html, url_fetcher=fetcher())
        return document.write_pdf(
            pdf_variant=variant,
            pdf_identifier=identifier,
            finisher=complete_table_tags if tagged else None,
        )
    except weasyprint.urls.FatalURLFetchingError as error:
        raise RenderingError(str(error)) from error
