"""Catalogue pages and audiences.

A page factory called without `parent` puts the page where it belongs: a catalogue under the
site's home page, an area in the catalogue, a course in an area, a lesson or quiz in a new
course. `published=True` publishes it through a revision, as authors do, so records can point
at the revision; a course's `lessons=N` and `quiz=True` add published steps when it is
published (and list them as `course.lessons` and `course.quiz`).
"""

import factory
import wagtail_factories
from wagtail.models import Site

from courses.models import (
    AssessmentStepPage,
    Audience,
    CatalogueAreaPage,
    CatalogueIndexPage,
    CoursePage,
    LessonPage,
    QuizPage,
    SessionStepPage,
)


def lesson_body(text="Apheresis collects white blood cells from the patient's blood."):
    return [
        ("heading", {"text": "What happens", "level": "h2"}),
        ("rich_text", f"<p>{text}</p>"),
        (
            "callout",
            {"kind": "key_facts", "title": "Remember", "body": "<p>Check identity twice.</p>"},
        ),
    ]


def area_code(number):
    """Return A, B, … Z, AA, AB, … ZZZ, then A again: an area's code has one to three letters."""
    number %= 26 + 26**2 + 26**3
    width = 1
    while number >= 26**width:
        number -= 26**width
        width += 1
    code = ""
    for _letter in range(width):
        number, index = divmod(number, 26)
        code = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index] + code
    return code


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


def catalogue_page():
    """Return the home page's catalogue, creating it if there is none."""
    home = home_page()
    found = CatalogueIndexPage.objects.child_of(home).first()
    return found or CatalogueIndexPageFactory(parent=home)


def area_page():
    """Return the catalogue's first area, creating both if needed."""
    catalogue = catalogue_page()
    found = CatalogueAreaPage.objects.child_of(catalogue).order_by("path").first()
    return found or CatalogueAreaPageFactory(parent=catalogue)


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page factory whose `published=True` publishes the page it made through a revision."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        if create and extracted:
            self.save_revision().publish()
            self.refresh_from_db()


class CatalogueIndexPageFactory(PublishedPageFactory):
    title = "Courses"
    slug = "courses"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = CatalogueIndexPage


class CatalogueAreaPageFactory(PublishedPageFactory):
    parent = factory.LazyFunction(catalogue_page)
    title = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")
    code = factory.Sequence(lambda n: area_code(n))
    summary = "Courses for one competence area."

    class Meta:
        model = CatalogueAreaPage


class CoursePageFactory(PublishedPageFactory):
    parent = factory.LazyFunction(area_page)
    title = factory.Sequence(lambda n: f"Course on cell therapy {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A short course."
    learning_objectives = "Explain the care pathway.\nName the main risks."
    estimated_minutes = 20

    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)
            self.save()

    @factory.post_generation
    def lessons(self, create, extracted, **kwargs):
        """`lessons=N`: N lessons, published if the course is."""
        if create and extracted:
            self.lessons = [
                LessonPageFactory(
                    parent=self,
                    title=f"{self.title}: lesson {number}",
                    slug=f"{self.slug}-{number}",
                    published=self.live_revision_id is not None,
                    **kwargs,
                )
                for number in range(1, extracted + 1)
            ]

    @factory.post_generation
    def quiz(self, create, extracted, **kwargs):
        """`quiz=True`: a quiz after the lessons, published if the course is."""
        if create and extracted:
            kwargs.setdefault("title", f"{self.title}: quiz")
            kwargs.setdefault("slug", f"{self.slug}-quiz")
            self.quiz = QuizPageFactory(
                parent=self, published=self.live_revision_id is not None, **kwargs
            )


class LessonPageFactory(PublishedPageFactory):
    parent = factory.SubFactory(CoursePageFactory)
    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    estimated_minutes = 5
    body = factory.LazyFunction(lesson_body)

    class Meta:
        model = LessonPage


def question(text, choices, question_type="single", explanation="Because the rules say so."):
    """Return a question block value; `choices` is [(text, correct, feedback), …]."""
    return (
        "question",
        {
            "text": text,
            "question_type": question_type,
            "choices": [
                {"text": t, "correct": correct, "feedback": feedback}
                for t, correct, feedback in choices
            ],
            "explanation": explanation,
        },
    )


def question_pool(count=4):
    return [
        question(
            f"Question {n}: which grade is used for open manipulation?",
            [(f"Grade A ({n})", True, "Right."), (f"Grade D ({n})", False, "Too dirty.")],
        )
        for n in range(1, count + 1)
    ]


class QuizPageFactory(PublishedPageFactory):
    parent = factory.SubFactory(CoursePageFactory)
    title = factory.Sequence(lambda n: f"Quiz {n}")
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    estimated_minutes = 5
    pass_mark = 70
    shuffle_questions = False
    shuffle_choices = False
    questions = factory.LazyFunction(question_pool)

    class Meta:
        model = QuizPage


class AudienceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Audience {n}")
    slug = factory.Sequence(lambda n: f"audience-{n}")

    class Meta:
        model = Audience


class SessionStepPageFactory(PublishedPageFactory):
    parent = factory.SubFactory(CoursePageFactory)
    title = factory.Sequence(lambda n: f"Gowning practice {n}")
    slug = factory.Sequence(lambda n: f"session-step-{n}")
    kind = "cleanroom"
    estimated_minutes = 120
    description = "<p>Put on cleanroom garments in the right order, observed by an instructor.</p>"

    class Meta:
        model = SessionStepPage


def gowning_checklist():
    return [
        (
            "item",
            {
                "text": "Removes jewellery and watch before entering the gowning room.",
                "guidance": "",
            },
        ),
        ("item", {"text": "Washes and disinfects hands for the required time.", "guidance": ""}),
        ("item", {"text": "Puts on the coverall without it touching the floor.", "guidance": ""}),
    ]


class AssessmentStepPageFactory(PublishedPageFactory):
    parent = factory.SubFactory(CoursePageFactory)
    title = factory.Sequence(lambda n: f"Gowning qualification {n}")
    slug = factory.Sequence(lambda n: f"assessment-step-{n}")
    estimated_minutes = 45
    checklist = factory.LazyFunction(gowning_checklist)

    class Meta:
        model = AssessmentStepPage
