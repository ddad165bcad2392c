"""Export a course, its live steps and every live translation as a package folder."""

import shutil
from pathlib import Path

from wagtail.models import Locale

from courses.models import CoursePage, LessonPage, QuizPage

from . import content
from .format import Package, Step, foreign_ids, package_files
from .media import ExportMedia
from .tomlfiles import PageText


class ExportError(Exception):
    """A course that cannot be written as a package, with what to fix."""


def find_course(slug):
    """Return the source-language course with this slug (the default locale's, if translated)."""
    pages = list(CoursePage.objects.filter(slug=slug).select_related("locale"))
    if not pages:
        raise ExportError(f"No course has the slug {slug!r}.")
    default = Locale.get_default()
    preferred = [page for page in pages if page.locale_id == default.pk] or pages
    if len(preferred) > 1:
        paths = ", ".join(page.url_path for page in preferred)
        raise ExportError(f"Several courses have the slug {slug!r}: {paths}.")
    page = preferred[0]
    return (page.get_translation_or_none(default) or page).specific


def _step_fields(step, exported):
    if isinstance(step, LessonPage):
        return content.lesson_fields(step, exported)
    if not isinstance(step, QuizPage):
        # Session steps are scheduled records as much as content: packages do not carry them.
        raise ExportError(
            f"The step {step.slug} is a {step._meta.verbose_name}; packages hold only lessons "
            "and quizzes so far."
        )
    return content.quiz_fields(step, exported)


def _translated_fields(page, exported, step, source_fields):
    """Return a step translation's texts; a lesson's blocks must be the source's."""
    if not isinstance(page, LessonPage):
        return content.quiz_fields(page, exported, source=step)
    fields = content.lesson_fields(page, exported, translated=True)
    foreign = foreign_ids(source_fields["body"], fields["body"])
    if foreign:
        raise ExportError(
            f"The {page.locale.language_code} lesson {page.slug} has blocks that are not in "
            f"its source ({', '.join(foreign)}). Translations keep the source's block ids: "
            "translate the lesson again from its source."
        )
    return fields


def build_package(course, warn):
    """Return the Package of a live course and its media, reading only live pages."""
    if not course.live:
        raise ExportError(f"The course {course.slug} is not live; publish it first.")
    media = ExportMedia(ExportError)
    exported = content.Exported(media, lambda message: warn(f"{course.slug}: {message}"))
    language = course.locale.language_code
    area = course.get_parent().specific
    package = Package(
        name=course.slug,
        language=language,
        area={language: content.area_fields(area)},
        course={language: PageText(content.course_fields(course, exported), None)},
        steps=[],
        media=[],
    )
    translations = sorted(
        (page for page in course.get_translations().live().specific()),
        key=lambda page: page.locale.language_code,
    )
    for translation in translations:
        code = translation.locale.language_code
        package.area[code] = content.area_fields(translation.get_parent().specific, True)
        fields = content.course_fields(translation, exported, translated=True)
        package.course[code] = PageText(fields, None)
    for step in course.steps():
        source_fields = _step_fields(step, exported)
        pages = {language: PageText(source_fields, None)}
        for translation in translations:
            page = step.get_translation_or_none(translation.locale)
            if page is not None and page.live and page.get_parent().pk == translation.pk:
                fields = _translated_fields(page.specific, exported, step, source_fields)
                pages[translation.locale.language_code] = PageText(fields, None)
        kind = "lesson" if isinstance(step, LessonPage) else "quiz"
        package.steps.append(Step(kind, step.slug, pages))
    package.media = [entry for entry, _item in media.entries]
    return package, media


def export_course(course, directory, warn=lambda message: None):
    """Write the course's package to directory/<slug>/, replacing an earlier export there."""
    package, media = build_package(course, warn)
    directory = Path(directory)
    target = directory / package.name
    if target.exists() and not (target / "course.toml").is_file():
        raise ExportError(f"{target} exists and is not a course package; choose another folder.")
    staging = directory / f".{package.name}.export"
    if staging.exists():
        shutil.rmtree(staging)
    for relative, text in package_files(package).items():
        path = staging / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    media.write(staging)
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    return target
