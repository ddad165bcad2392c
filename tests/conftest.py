import pytest
from django.contrib.auth import get_user_model
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
