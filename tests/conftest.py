"""Fixtures every test folder shares: the site and page tree, users, and the demo.

What is slow to build is built once, inside a transaction that the tests using it run in and
roll back to (`rolled_back`): the demo (`demo`, what `load_demo` makes, 6-10 s) once a run, the
access matrix's world (tests/security/conftest.py) once per module.
"""

from contextlib import ExitStack, contextmanager
from io import StringIO
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
    """Open a transaction for tests to share, and roll it back at the end.

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


_open_demo = []  # the ExitStack of the demo's transaction while it is open


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site (`load_demo`), built once for all the tests that use it.

    Those tests run one after the other, after every other test that runs in a transaction
    and before the `transaction=True` ones (pytest_collection_modifyitems). The demo is built
    for the first of them and rolled back after the last (pytest_runtest_teardown); a module
    whose demo tests come later (another worker's share, a selection) builds it again. The
    other tests therefore see a site without the demo. A test of `load_demo` itself (a second
    run changes nothing) runs it again on top of this one, in its own savepoint.
    """
    if not _open_demo:
        stack = ExitStack()
        stack.enter_context(rolled_back(django_db_blocker))
        _open_demo.append(stack)
        try:
            call_command("load_demo", stdout=StringIO())
        except BaseException:
            close_demo()
            raise
    yield


def close_demo():
    while _open_demo:
        _open_demo.pop().close()


def uses_demo(item):
    return "demo" in getattr(item, "fixturenames", ())


def transactional(item):
    """Return True for a test pytest-django runs outside a transaction (transaction=True…)."""
    marker = item.get_closest_marker("django_db")
    if marker is not None:
        if marker.args[:1] == (True,) or marker.kwargs.get("transaction"):
            return True
        if marker.kwargs.get("reset_sequences"):
            return True
    return bool({"transactional_db", "live_server"} & set(item.fixturenames))


def in_test_case(item):
    """Return True for what pytest-django runs first: database tests in a transaction."""
    uses_db = item.get_closest_marker("django_db") is not None or "db" in item.fixturenames
    return uses_db and not transactional(item)


@pytest.hookimpl(trylast=True)  # after pytest-django's ordering: database tests, then others
def pytest_collection_modifyitems(items):
    """Move the tests that use the demo together, after the other tests run in a transaction."""
    demo_items = [item for item in items if uses_demo(item)]
    for item in demo_items:
        if transactional(item):
            raise pytest.UsageError(
                f"{item.nodeid}: a transaction=True test cannot use the demo, which lives in "
                "a transaction of its own; call load_demo in the test instead."
            )
    others = [item for item in items if not uses_demo(item)]
    cut = next((i for i, item in enumerate(others) if not in_test_case(item)), len(others))
    ordered = others[:cut] + demo_items + others[cut:]
    # A test that migrates the schema back and forth goes last: the content types it leaves
    # behind after its flush would clash with the data the serialized_rollback tests reload.
    items[:] = [item for item in ordered if not item.get_closest_marker("migrates")] + [
        item for item in ordered if item.get_closest_marker("migrates")
    ]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item):
    if uses_demo(item) and not _open_demo:
        pytest.fail("The demo was rolled back before this test: its tests must run together.")


@pytest.hookimpl(trylast=True)  # after the test's own fixtures (its savepoint) are gone
def pytest_runtest_teardown(item, nextitem):
    if _open_demo and (nextitem is None or not uses_demo(nextitem)):
        close_demo()


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
