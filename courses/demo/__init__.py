"""Build the demo catalogue in code from the content modules in courses/demo/content/."""

from wagtail.models import Page, PageViewRestriction, Site

from courses.demo.content import (
    areas,
    cleanroom,
    clinical_practice,
    clinical_trials,
    introduction,
    research,
)
from courses.models import (
    Audience,
    CatalogueAreaPage,
    CatalogueIndexPage,
    CoursePage,
    LessonPage,
    QuizPage,
)

ORDER = 10
COURSES = [
    introduction.COURSE,
    research.COURSE,
    clinical_trials.COURSE,
    clinical_practice.COURSE,
    cleanroom.COURSE,
]
CATALOGUE_INTRODUCTION = (
    "<p>Every course on ATMP Academy belongs to one area of the regional catalogue of competence "
    "development in Advanced Therapy Medicinal Products. Start with the short introduction if "
    "you are new to the field, then choose the courses your role needs. Filter by area, by "
    "who the course is written for, by format or by how much time you have.</p>"
)


def ensure_child(parent, model, slug, **fields):
    """Return the parent's child with this slug, creating and publishing it if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    m2m = {name: fields.pop(name) for name in list(fields) if name == "audiences"}
    page = model(slug=slug, **fields)
    for name, value in m2m.items():
        setattr(page, name, value)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def build_quiz(course, data):
    """Create the course's quiz step from the content module's question pool."""
    questions = [
        (
            "question",
            {
                "text": question["text"],
                "question_type": question["type"],
                "choices": [
                    {"text": c["text"], "correct": c["correct"], "feedback": c["feedback"]}
                    for c in question["choices"]
                ],
                "explanation": question["explanation"],
            },
        )
        for question in data["questions"]
    ]
    return ensure_child(
        course,
        QuizPage,
        data["slug"],
        title=data["title"],
        introduction=data["intro"],
        estimated_minutes=data.get("estimated_minutes", max(5, len(data["questions"]))),
        pass_mark=data["pass_mark"],
        max_attempts=data["max_attempts"],
        wait_minutes=data["wait_minutes"],
        draw_count=data["draw"],
        shuffle_questions=data["shuffle_questions"],
        shuffle_choices=data["shuffle_choices"],
        review_policy=data["review_policy"],
        questions=questions,
    )


def build_course(area, data):
    """Create the course, its lessons and (when the quiz type exists) its quiz."""
    audiences = list(Audience.objects.filter(slug__in=data["audiences"]))
    course, created = ensure_child(
        area,
        CoursePage,
        data["slug"],
        title=data["title"],
        summary=data["summary"],
        learning_objectives="\n".join(data["learning_objectives"]),
        audiences=audiences,
        estimated_minutes=data["estimated_minutes"],
        level=data["level"],
        format=data["format"],
        validity_months=data["validity_months"],
        counts_towards_area_certificate=data["counts_towards_area_certificate"],
    )
    for lesson in data["lessons"]:
        ensure_child(
            course,
            LessonPage,
            lesson["slug"],
            title=lesson["title"],
            estimated_minutes=lesson["estimated_minutes"],
            body=lesson["body"],
        )
    if data.get("quiz"):
        build_quiz(course, data["quiz"])
    if data.get("restricted_to_signed_in"):
        PageViewRestriction.objects.get_or_create(
            page=course, restriction_type=PageViewRestriction.LOGIN
        )
    return course, created


def load(out, style):
    root = Site.objects.get(is_default_site=True).root_page
    catalogue, _ = ensure_child(
        root, CatalogueIndexPage, "courses", title="Courses", introduction=CATALOGUE_INTRODUCTION
    )
    area_pages = {}
    for data in areas.AREAS:
        area_pages[data["code"]], created = ensure_child(
            catalogue,
            CatalogueAreaPage,
            data["slug"],
            title=data["title"],
            code=data["code"],
            summary=data["summary"],
            description=data["description"],
        )
    for data in COURSES:
        course, created = build_course(area_pages[data["area"]], data)
        verb = "Created" if created else "Kept"
        out.write(f"{verb} course {data['area']}: {course.title}")
    return Page.objects.live().descendant_of(catalogue).count()
