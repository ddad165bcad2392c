import factory
import wagtail_factories

from courses.models import CatalogueAreaPage, CatalogueIndexPage, CoursePage, LessonPage, QuizPage


def lesson_body(text="Apheresis collects white blood cells from the patient's blood."):
    return [
        ("heading", {"text": "What happens", "level": "h2"}),
        ("rich_text", f"<p>{text}</p>"),
        (
            "callout",
            {"kind": "key_facts", "title": "Remember", "body": "<p>Check identity twice.</p>"},
        ),
    ]


class CatalogueIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"
    slug = "courses"

    class Meta:
        model = CatalogueIndexPage


class CatalogueAreaPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")
    code = factory.Sequence(lambda n: "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n % 26] * (1 + n // 26))
    summary = "Courses for one competence area."

    class Meta:
        model = CatalogueAreaPage


class CoursePageFactory(wagtail_factories.PageFactory):
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


class LessonPageFactory(wagtail_factories.PageFactory):
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


class QuizPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Quiz {n}")
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    estimated_minutes = 5
    pass_mark = 70
    shuffle_questions = False
    shuffle_choices = False
    questions = factory.LazyFunction(question_pool)

    class Meta:
        model = QuizPage
