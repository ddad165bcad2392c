"""Fixtures every test folder shares: the site and page tree, users, and the demo.

What is slow to build is built once per test module, inside a transaction that the module's
tests run in and roll back to (`rolled_back`): the demo (`demo`, what `load_demo` makes, 6-10 s)
and the access matrix's world (tests/security/conftest.py).
"""

from contextlib import contextmanager
from io import StringIO
from itertools import groupby
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import translation
from wagtail.models import Site

from tests.factories.courses import (
    CatalogueAreaPageFactory,
    CatalogueIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
)


@pytest.fixture
def home(db):
    """The site's home page, as the migrations create it."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def catalogue(home):
    return CatalogueIndexPageFactory(parent=home)


@pytest.fixture
def area(catalogue):
    return CatalogueAreaPageFactory(parent=catalogue, code="A", title="General introduction")


@pytest.fixture
def course(area):
    course = CoursePageFactory(parent=area, title="Introduction to ATMP", slug="intro")
    for number in range(1, 4):
        LessonPageFactory(parent=course, title=f"Lesson {number}", slug=f"lesson-{number}")
    return course


@pytest.fixture
def make_user(db):
    def make(username="learner", password="correct-horse-battery", **fields):
        User = get_user_model()
        fields.setdefault("email", f"{username}@example.org")
        user = User.objects.create_user(username=username, password=password, **fields)
        return user

    return make


@pytest.fixture
def learner(make_user):
    return make_user("learner", first_name="Åsa", last_name="Öberg-Ängström")


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def superuser(make_user):
    return make_user("root", is_staff=True, is_superuser=True)


@pytest.fixture
def admin_client(superuser):
    """A separate browser for the superuser, so tests can use it beside learner_client."""
    from django.test import Client

    admin = Client()
    admin.force_login(superuser)
    return admin


def publish(page):
    """Publish a page through a revision, as authors do, so records can point at revisions."""
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


@pytest.fixture
def quiz_course(area):
    """A course with two lessons and a four-question quiz (pass mark 70 %), all published."""
    from tests.factories.courses import QuizPageFactory

    course = publish(
        CoursePageFactory(parent=area, title="GMP cleanroom basics", slug="gmp", validity_months=12)
    )
    lessons = [
        publish(LessonPageFactory(parent=course, title=f"Cleanroom lesson {n}", slug=f"cl-{n}"))
        for n in (1, 2)
    ]
    quiz = publish(QuizPageFactory(parent=course, title="Cleanroom quiz", slug="quiz"))
    course.lessons = lessons
    course.quiz = quiz
    return course


@pytest.fixture
def other_learner(make_user):
    return make_user("other", first_name="Björn", last_name="Ek")


def is_test_database():
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return True
    return Path(name).name.startswith("test_")


@contextmanager
def rolled_back(django_db_blocker):
    """Open a transaction for a module's tests to share, and roll it back at the end.

    What is written inside it is seen by the tests that run while it is open; each runs in a
    savepoint of it (pytest-django's `db`) and is rolled back to it. A `transaction=True` test
    cannot run inside it. The cache is cleared on both sides: Wagtail keeps site root paths and
    locale names there, which the rollback would otherwise leave pointing at pages that no
    longer exist.
    """
    with django_db_blocker.unblock():
        # Never build in a developer's or a server's database.
        assert is_test_database(), f"not a test database: {connection.settings_dict['NAME']}"
        cache.clear()
        try:
            with transaction.atomic():
                try:
                    yield
                finally:
                    transaction.set_rollback(True)
        finally:
            cache.clear()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site (`load_demo`), built once for the test module that uses it.

    In such a module the tests that do not use it run first (pytest_collection_modifyitems),
    so they see a site without the demo wherever they stand in the file. A test of `load_demo`
    itself (a second run changes nothing) runs it again on top of this one, in its savepoint.
    """
    with rolled_back(django_db_blocker):
        call_command("load_demo", stdout=StringIO())
        yield


def uses_demo(item):
    return "demo" in getattr(item, "fixturenames", ())


@pytest.hookimpl(trylast=True)  # after pytest-django has put transactional tests last
def pytest_collection_modifyitems(items):
    """In each module, run the tests without the demo first; refuse what cannot work."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        transactional = marker is not None and (
            marker.kwargs.get("transaction") or (marker.args and marker.args[0])
        )
        if uses_demo(item) and transactional:
            raise pytest.UsageError(
                f"{item.nodeid}: a transaction=True test cannot use the demo, which is built "
                "inside the module's transaction; call load_demo in the test instead."
            )
    ordered = []
    for _module, run in groupby(items, key=lambda item: item.nodeid.split("::")[0]):
        ordered.extend(sorted(run, key=uses_demo))  # stable: each part keeps its order
    items[:] = ordered


@pytest.fixture(autouse=True)
def fresh_language_and_cache():
    """Leave no language active and nothing cached for the next test.

    A request through the test client activates its language (LocaleMiddleware) and nothing
    deactivates it, so a Swedish request would leave Swedish on for the next test's `reverse()`
    and page URLs. Wagtail keeps site root paths and locale display names in the cache, which a
    rollback does not clear.
    """
    yield
    translation.deactivate()
    cache.clear()
