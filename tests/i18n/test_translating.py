"""A course author translates a course into Swedish in the Wagtail admin (wagtail-localize)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def test_the_demo_author_translates_a_course_and_edits_the_swedish_draft(demo):
    author = Client()
    author.force_login(get_user_model().objects.get(username="author"))
    swedish = Locale.objects.get(language_code="sv")
    course = CoursePage.objects.get(
        slug="from-idea-to-approved-atmp", locale__language_code="en-gb"
    )
    assert not course.has_translation(swedish)

    url = f"/admin/localize/submit/page/{course.pk}/"
    assert author.get(url).status_code == 200
    response = author.post(url, {"locales": [swedish.pk], "include_subtree": "on"})
    assert response.status_code == 302

    translation = course.get_translation(swedish)
    assert not translation.live  # a draft until the author publishes it
    assert translation.get_parent().locale == swedish  # in the Swedish catalogue area
    lessons = LessonPage.objects.child_of(translation)
    assert lessons.count() == LessonPage.objects.child_of(course).count()
    assert author.get(f"/admin/pages/{translation.pk}/edit/").status_code == 200
