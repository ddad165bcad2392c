"""The Swedish demo catalogue: translations of the areas, Introduction to ATMP and GMP cleanroom.

Translations are copies of the English pages (Wagtail's copy_for_translation), so they share
translation keys and, for quiz questions and choices, block ids: an answer to a Swedish question
is an answer to the same question in English. Only the texts are replaced, by position.
"""

import copy

from courses.demo.content.sv import areas as sv_areas
from courses.demo.content.sv import cleanroom as sv_cleanroom
from courses.demo.content.sv import introduction as sv_introduction
from courses.models import CatalogueAreaPage, CoursePage, LessonPage, QuizPage

SWEDISH_COURSES = {
    "introduction-to-atmp": sv_introduction.COURSE,
    "gmp-cleanroom-basics": sv_cleanroom.COURSE,
}


def translate(page, locale, **fields):
    """Return the page's translation in the locale, creating and publishing it if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = page.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk), True


def translated_questions(english_quiz, swedish_questions):
    """Return the English quiz's questions with Swedish texts, keeping every block id."""
    raw = copy.deepcopy(list(english_quiz.questions.raw_data))
    for block, swedish in zip(raw, swedish_questions, strict=True):
        value = block["value"]
        value["text"] = swedish["text"]
        value["explanation"] = swedish["explanation"]
        for item, choice in zip(value["choices"], swedish["choices"], strict=True):
            if bool(item["value"]["correct"]) != bool(choice["correct"]):
                raise ValueError(f"The Swedish choice {choice['text']!r} disagrees on correctness.")
            item["value"]["text"] = choice["text"]
            item["value"]["feedback"] = choice["feedback"]
    return raw


def translate_course(english, locale, data):
    course, _created = translate(
        english,
        locale,
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        learning_objectives="\n".join(data["learning_objectives"]),
    )
    lessons = list(LessonPage.objects.child_of(english).order_by("path"))
    for lesson, swedish in zip(lessons, data["lessons"], strict=True):
        translate(
            lesson, locale, title=swedish["title"], slug=swedish["slug"], body=swedish["body"]
        )
    quiz = QuizPage.objects.child_of(english).first()
    if quiz is not None and data.get("quiz"):
        swedish = data["quiz"]
        translate(
            quiz,
            locale,
            title=swedish["title"],
            slug=swedish["slug"],
            introduction=swedish["intro"],
            questions=translated_questions(quiz, swedish["questions"]),
        )
    return course


def load_catalogue(catalogue, locale, title, introduction):
    """Translate the catalogue, every area and the two courses written in Swedish."""
    translate(catalogue, locale, title=title, slug="kurser", introduction=introduction)
    areas = {area.code: area for area in CatalogueAreaPage.objects.child_of(catalogue)}
    for data in sv_areas.AREAS:
        area = areas.get(data["code"])
        if area is not None:
            translate(
                area,
                locale,
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                description=data["description"],
            )
    for course in CoursePage.objects.descendant_of(catalogue).filter(slug__in=SWEDISH_COURSES):
        translate_course(course, locale, SWEDISH_COURSES[course.slug])
