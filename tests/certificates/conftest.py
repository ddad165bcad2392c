import pytest
from django.core.cache import cache
from django.test import Client

from certificates.models import Certificate
from lms.models import CourseCompletion
from tests.conftest import publish
from tests.factories.courses import CoursePageFactory, LessonPageFactory
from tests.lms.test_records import finish_course


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters live in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def complete(django_capture_on_commit_callbacks):
    """Complete a course through the site and run what waits for the commit (rendering)."""

    def run(client, course, right=None):
        with django_capture_on_commit_callbacks(execute=True):
            if getattr(course, "quiz", None):
                finish_course(client, course, right=right)
            else:
                client.post(f"/learn/courses/{course.pk}/enrol/")
                for lesson in course.lessons:
                    client.post(f"/learn/lessons/{lesson.pk}/complete/")
        return CourseCompletion.objects.filter(course=course).order_by("-pk").first()

    return run


@pytest.fixture
def anonymous():
    """A browser of its own, signed in as nobody (`client` is the learner's in these tests)."""
    return Client()


@pytest.fixture
def lessons_course(area):
    """A second counting course in the area: two lessons, valid for six months."""
    course = publish(
        CoursePageFactory(parent=area, title="ATMP regulation", slug="reg", validity_months=6)
    )
    course.lessons = [
        publish(LessonPageFactory(parent=course, title=f"Regulation {n}", slug=f"reg-{n}"))
        for n in (1, 2)
    ]
    return course


@pytest.fixture
def certificate(learner_client, quiz_course, complete):
    """The learner's course certificate for the cleanroom course, rendered and stored."""
    complete(learner_client, quiz_course)
    return Certificate.objects.get(kind="course", course=quiz_course)
