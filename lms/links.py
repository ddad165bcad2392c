"""Absolute links to the public site, for what leaves the request: PDFs, QR codes and emails.

They come from Wagtail's Site (Settings › Sites: hostname, port), the same place Wagtail takes
page URLs from, never from WAGTAILADMIN_BASE_URL, which says where the admin lives. A page
links through the site it belongs to; anything else through the default site.
"""

from wagtail.models import Site


def site_root_url(page=None):
    """Return the root URL ("https://atmp.example") of the page's site, else the default site."""
    site = page.get_site() if page is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_url.rstrip("/") if site is not None else ""


def public_url(path, page=None):
    """Return the absolute URL of a path on the public site."""
    return site_root_url(page) + path
