"""PDFs from HTML with WeasyPrint, in one sandbox shared by certificates and transcripts.

Learners' names and course titles end up in these documents, so WeasyPrint may read nothing but
the project's static files (its Lato fonts, SIL OFL 1.1) and data: URIs: never the network and
never the rest of the disk, whatever a name or a template holds. Fonts come from the project, so
a PDF renders the same on every machine, and a glyph Lato lacks is refused (`check_glyphs`)
rather than silently drawn by a system font.
"""

import mimetypes
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.contrib.staticfiles import finders

FONTS = {
    "light": "fonts/lato/Lato-Light.ttf",
    "regular": "fonts/lato/Lato-Regular.ttf",
    "italic": "fonts/lato/Lato-Italic.ttf",
    "bold": "fonts/lato/Lato-Bold.ttf",
}


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


@lru_cache(maxsize=4)
def _font_characters(path):
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(path).getBestCmap())


def check_glyphs(*texts, font="regular"):
    """Refuse text the project's font cannot show, rather than let a system font stand in."""
    available = _font_characters(finders.find(FONTS[font]))
    missing = sorted({char for text in texts for char in text if ord(char) not in available})
    missing = [char for char in missing if not char.isspace()]
    if missing:
        raise RenderingError("The PDF font (Lato) has no glyph for: " + " ".join(missing) + ".")


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
