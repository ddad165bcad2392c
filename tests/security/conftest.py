"""The matrix's world, built once per test module inside a transaction every test rolls back to.

Each test runs in a savepoint (pytest-django's `db`, from the module's `django_db` mark), so a
superuser's POST that deletes a page is undone before the next row. The mark matters twice:
pytest-django only creates the test database when some collected test carries it, and the
world refuses to be built anywhere else. Each role keeps one browser; its cookies are put back
before every test, so a sign-out, a lost CSRF cookie or piled-up messages never leak into the
next row.
"""

from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client

from tests.factories.security import ROLES, build_world
from tests.security.matrix import CSRF_TOKEN


@dataclass
class World:
    users: dict
    values: dict
    clients: dict
    cookies: dict

    def client(self, role):
        """Return the role's browser with the cookies it had when the world was built."""
        browser = self.clients[role]
        browser.cookies = SimpleCookie()
        for name, value in self.cookies[role].items():
            browser.cookies[name] = value
        return browser


def _browser(user):
    # Real CSRF checks; a 500 comes back as a response to compare, not as an exception.
    browser = Client(enforce_csrf_checks=True, raise_request_exception=False)
    if user is not None:
        browser.force_login(user)
    cookies = {name: morsel.value for name, morsel in browser.cookies.items()}
    cookies[settings.CSRF_COOKIE_NAME] = CSRF_TOKEN
    return browser, cookies


def _is_test_database():
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return True
    return Path(name).name.startswith("test_")


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        # Never build the world in a developer's or a server's database.
        assert _is_test_database(), f"not a test database: {connection.settings_dict['NAME']}"
    with django_db_blocker.unblock(), transaction.atomic():
        users, values = build_world()
        browsers = {role: _browser(users[role]) for role in ROLES}
        yield World(
            users=users,
            values=values,
            clients={role: browser for role, (browser, _cookies) in browsers.items()},
            cookies={role: cookies for role, (_browser, cookies) in browsers.items()},
        )
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def no_rate_limit_counts():
    """Verification rate limits count in the cache; every row starts with none counted."""
    cache.clear()
    yield
    cache.clear()
