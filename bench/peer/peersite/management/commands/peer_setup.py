"""Create the peer's course and lesson with the same text as ATMP Academy's benchmark lesson."""

import json
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from wagtail.models import Page, Site
from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonPage


class Command(BaseCommand):
    def handle(self, *args, **options):
        paragraphs = json.load(sys.stdin)  # [html, ...] from the ATMP lesson, block by block
        root = Page.get_first_root_node()
        home = Page(title="Home", slug="peer-home")
        root.add_child(instance=home)
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
        )
        course = CoursePage(title="Benchmark course", slug="course")
        home.add_child(instance=course)
        lesson = H5PLessonPage(
            title="The patient's journey",
            slug="lesson",
            body=[("paragraph", html) for html in paragraphs],
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        user = get_user_model().objects.create_user("peer-learner", password="bench-password-123")
        CourseEnrollment.objects.create(user=user, course=course)
        self.stdout.write(lesson.url)
