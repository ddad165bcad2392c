"""Build the benchmark data set in code: realistic bodies, many courses, busy learners."""

from django.contrib.auth import get_user_model
from wagtail.models import Site

from courses.demo.content import introduction
from courses.models import Audience
from home.models import StandardPage
from lms import services
from lms.accounts.models import LearnerProfile
from tests.factories.courses import (
    CatalogueAreaPageFactory,
    CatalogueIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    QuizPageFactory,
    question,
)

LESSON_BODY = introduction.COURSE["lessons"][1]["body"]  # "The patient's journey", ~600 words
AREAS = ["A", "B", "C", "D", "E"]


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def home():
    return Site.objects.get(is_default_site=True).root_page.specific


def catalogue_with_areas():
    catalogue = CatalogueIndexPageFactory(parent=home())
    areas = [
        CatalogueAreaPageFactory(
            parent=catalogue, code=code, title=f"Area {code}", slug=code.lower()
        )
        for code in AREAS
    ]
    return catalogue, areas


def learner(username="bench-learner@example.org"):
    user = get_user_model().objects.create_user(username, username, "bench-password-123")
    LearnerProfile.objects.create(user=user, full_name="Åsa Öberg-Ängström")
    return user


def plain_page_at_lesson_depth():
    """A plain Wagtail page (no learner logic) with the lesson's body, at the lesson's depth."""
    parent = home()
    for level in range(3):
        child = StandardPage(title=f"Section {level}", slug=f"section-{level}", body=[])
        parent.add_child(instance=child)
        parent = child
    page = StandardPage(title="The patient's journey", slug="plain", body=LESSON_BODY)
    parent.add_child(instance=page)
    return publish(page)


def course_with_lessons(area, lessons=5, slug="bench-course"):
    course = publish(CoursePageFactory(parent=area, slug=slug, title="Benchmark course"))
    pages = [
        publish(LessonPageFactory(parent=course, slug=f"lesson-{n}", body=LESSON_BODY))
        for n in range(lessons)
    ]
    return course, pages


def many_courses(areas, count):
    nurse = Audience.objects.canonical().get(slug="nurse")
    for number in range(count):
        CoursePageFactory(
            parent=areas[number % len(areas)],
            slug=f"course-{number}",
            title=f"Course {number}: cell therapy topic",
            audiences=[nurse],
        )


def enrol_on_many(user, area, count):
    for number in range(count):
        course, lessons = course_with_lessons(area, lessons=3, slug=f"enrolled-{number}")
        services.enrol(user, course)
        services.complete_lesson(user, lessons[0])


def big_quiz(area, questions=50, slug="quiz-course", lesson_after=False):
    """A 50-question quiz, shuffled; with `lesson_after`, passing it does not finish the course."""
    course = publish(CoursePageFactory(parent=area, slug=slug, title="Quiz course"))
    pool = [
        question(
            f"Question {n}: which grade is used for open manipulation of cells?",
            [
                (f"Grade A ({n})", True, "Right."),
                (f"Grade C ({n})", False, "No."),
                (f"Grade D ({n})", False, "No."),
                (f"Unclassified ({n})", False, "No."),
            ],
        )
        for n in range(questions)
    ]
    quiz = publish(
        QuizPageFactory(
            parent=course, slug="quiz", questions=pool, shuffle_questions=True, shuffle_choices=True
        )
    )
    if lesson_after:
        publish(LessonPageFactory(parent=course, slug="after-the-quiz", body=LESSON_BODY))
    return quiz
