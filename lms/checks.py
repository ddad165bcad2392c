"""Deployment checks (`manage.py check --deploy`) for defaults that work on one machine only.

Each has an id, so an operator can look it up; CI runs `check --deploy --fail-level WARNING`
under the production settings, where any of these fails the build.
"""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.db import DatabaseError

PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)
PLACEHOLDER_SUFFIXES = (".example", ".invalid", ".test", ".localhost", ".local")
PLACEHOLDER_HOSTS = {"localhost", "example.com", "example.org", "example.net", ""}


def is_placeholder_host(hostname):
    """Return True for a host that cannot be the public site: loopback, example, test…"""
    host = (hostname or "").strip("[]").lower().rstrip(".")
    if host in PLACEHOLDER_HOSTS or host.endswith(PLACEHOLDER_SUFFIXES):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified or address.is_link_local


@checks.register(checks.Tags.security, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PROCESS_LOCAL_CACHES:
        return [
            checks.Warning(
                "The cache is local to each process.",
                hint=(
                    "The verify page's rate limit and the staff privilege cache are counted per "
                    "worker: with several workers a visitor gets several times the limit, and a "
                    "right taken away reaches other workers late. Set REDIS_URL."
                ),
                id="atmp.W001",
            )
        ]
    return []


@checks.register(checks.Tags.security, deploy=True)
def check_admin_base_url(app_configs, **kwargs):
    url = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    if is_placeholder_host(urlsplit(url).hostname):
        return [
            checks.Warning(
                f"WAGTAILADMIN_BASE_URL is {url!r}, which is not a public address.",
                hint="Emails to HR link to the admin there. Set WAGTAILADMIN_BASE_URL.",
                id="atmp.W002",
            )
        ]
    return []


@checks.register(checks.Tags.security, deploy=True)
def check_client_ip_header(app_configs, **kwargs):
    behind_proxy = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if behind_proxy and not getattr(settings, "CERTIFICATES_CLIENT_IP_HEADER", None):
        return [
            checks.Warning(
                "The site expects a reverse proxy, but not which header carries the visitor's "
                "address.",
                hint=(
                    "Sign-in lockouts and the verify page's rate limit would count every visitor "
                    "as the proxy, so one stranger could lock everyone out. Set "
                    "CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR (or REMOTE_ADDR without a proxy)."
                ),
                id="atmp.W003",
            )
        ]
    return []


@checks.register(checks.Tags.security, deploy=True)
def check_public_site(app_configs, **kwargs):
    """The QR code on every certificate points at the default Wagtail Site's address."""
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []  # no database yet (before migrate): nothing to check
    if site is not None and is_placeholder_host(site.hostname):
        return [
            checks.Warning(
                f"The default site's host name is {site.hostname!r}.",
                hint=(
                    "Certificates' QR codes and learners' emails would point there. Set the "
                    "public host name and port in Settings › Sites."
                ),
                id="atmp.W004",
            )
        ]
    return []
