"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

# The live server runs in a thread beside Playwright's sync API (an event loop in this thread).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("Browser tests need Debian's Chromium: apt-get install -y chromium")
    return {
        **browser_type_launch_args,
        "executable_path": chromium,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB", "viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def demo_site(settings):
    """The demo catalogue and accounts, built the way `load_demo` builds them."""
    settings.WAGTAILADMIN_BASE_URL = ""  # set per test to the live server's address
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return True


@pytest.fixture
def site_url(live_server, settings, demo_site):
    """The live server's address, which is also the Wagtail Site's: certificates' QR codes and
    emails link to the Site (lms.links), as they would on the public host."""
    from urllib.parse import urlsplit

    from django.core.cache import cache
    from wagtail.models import Site

    address = urlsplit(live_server.url)
    Site.objects.filter(is_default_site=True).update(
        hostname=address.hostname, port=address.port or 80
    )
    cache.clear()  # Wagtail caches the site's root URL
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    return live_server.url


def sign_in(page, site_url, username, password):
    page.goto(f"{site_url}/account/sign-in/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main form button[type=submit]")
    page.wait_for_load_state()


def axe_violations(page):
    """Run axe-core from node_modules on the current page; return its WCAG 2.1 A/AA violations."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` (make test does).")
    page.evaluate(AXE.read_text())
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations",
        WCAG_TAGS,
    )


def describe(violations):
    """Name each broken rule and the elements that break it."""
    lines = []
    for violation in violations:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)
