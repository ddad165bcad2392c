"""The one WeasyPrint sandbox (lms.pdf) that certificates and transcripts render in."""

from pathlib import Path

import pytest
from django.conf import settings

from lms import pdf

STATIC = Path(settings.STATICFILES_DIRS[0])


def test_the_fetcher_serves_static_files_and_data_uris():
    fetcher = pdf.fetcher()
    font = fetcher.fetch(pdf.static_uri("fonts/lato/Lato-Regular.ttf"))
    assert font.read(4) == b"\x00\x01\x00\x00"
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        (STATIC / ".." / "settings" / "base.py").as_uri(),
        (STATIC / "fonts" / "lato" / ".." / ".." / ".." / "urls.py").as_uri(),
        "http://127.0.0.1:8000/admin/",
        "https://example.org/logo.png",
        "ftp://example.org/font.ttf",
    ],
)
def test_the_fetcher_refuses_everything_else(url):
    with pytest.raises(ValueError, match="PDFs may"):
        pdf.fetcher().fetch(url)


def test_a_document_that_asks_for_the_network_fails_rather_than_fetching():
    html = '<html><body><img src="http://127.0.0.1:9/x.png"><p>Åsa</p></body></html>'
    with pytest.raises(pdf.RenderingError):
        pdf.write_pdf(html, "pdf/ua-1")


def test_text_the_font_cannot_show_is_refused_by_name():
    pdf.check_glyphs("Åsa Öberg-Ängström", "王小明", "فاطمة", "✓")
    with pytest.raises(pdf.RenderingError, match="\U00013000"):
        pdf.check_glyphs("Åsa 王 \U00013000")
