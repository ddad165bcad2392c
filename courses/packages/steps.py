"""Import a package's steps (lessons and quizzes) under a course, in every language it has."""

from wagtail.models import Page

from courses.models import LessonPage, QuizPage

from . import content
from .errors import PackageError
from .format import LESSON_TEXTS
from .quizzes import QUIZ_TEXTS

MODELS = {"lesson": LessonPage, "quiz": QuizPage}


class StepImporter:
    """Validate every step's values first, then save them course by course."""

    def __init__(self, importer, steps):
        self.importer, self.steps = importer, steps
        self.values = {}  # (slug, language) -> (model values, PageText)
        self.pages = {}  # slug -> the source language's page, once saved

    def _lesson(self, source, text, visit):
        fields = content.merged(source.fields, text.fields, LESSON_TEXTS)
        raw = content.walk(LessonPage.body.field.stream_block, text.fields["body"], visit)
        body = content.model_stream(LessonPage, "body", raw, text.lines, text.source.path)
        return content.lesson_values(fields, body)

    def _quiz(self, source, text, visit, translated):
        fields = content.merged(source.fields, text.fields, QUIZ_TEXTS)
        path = text.source.path

        def warn(message):
            self.importer.report.warnings.append(f"{path}: {message}")

        translation = text.fields.get("questions", []) if translated else None
        raw = content.question_blocks(source.fields["questions"], translation, warn)
        questions = content.model_stream(QuizPage, "questions", raw, text.lines, path)
        introduction = visit("html", fields.get("introduction", ""))
        return content.quiz_values(fields, introduction, questions)

    def prepare(self):
        """Work out and validate the values of every step in every imported language."""
        visit = self.importer.media.visit
        source_language = self.importer.package.language
        for step in self.steps:
            source = step.pages[source_language]
            for language, text in step.pages.items():
                if language not in self.importer.locales:
                    continue
                if step.kind == "lesson":
                    values = self._lesson(source, text, visit)
                else:
                    values = self._quiz(source, text, visit, language != source_language)
                self.values[step.slug, language] = (values, text)

    def _existing(self, course, step, model):
        page = Page.objects.child_of(course).filter(slug=step.slug).first()
        if page is not None and page.specific_class is not model:
            source = self.importer.source.source
            found = page.specific_class._meta.verbose_name
            message = f"the site's step {step.slug} is a {found}, not a {step.kind}"
            raise PackageError(source.path, source.line(after=f'"{step.slug}"'), message)
        return page

    def save(self, course, language, source_course):
        """Create or update the language's steps under `course`, in the package's order."""
        locale = self.importer.locales[language]
        pages = []
        for step in self.steps:
            if (step.slug, language) not in self.values:
                continue
            values, text = self.values[step.slug, language]
            model = MODELS[step.kind]
            if source_course is None:
                existing = self._existing(course, step, model)
                page = self.importer.save_page(model, course, existing, values, text, step.kind)
                self.pages[step.slug] = page
            else:
                original = self.pages[step.slug]
                existing = original.get_translation_or_none(locale)
                page = self.importer.save_page(
                    model, course, existing, values, text, step.kind, original, locale
                )
            pages.append(page)
        self._reorder(course, pages, language)
        slugs = {page.slug for page in pages}
        # child_of, not get_children: the course's in-memory child count may be stale.
        for child in Page.objects.child_of(course).order_by("path"):
            if child.slug not in slugs:
                report = self.importer.report
                report.add("step", child.slug, language, "kept", "on the site, not in the package")

    def _reorder(self, course, pages, language):
        wanted = [page.pk for page in pages]
        children = Page.objects.child_of(course).order_by("path").values_list("pk", flat=True)
        if [pk for pk in children if pk in set(wanted)] == wanted:
            return
        for pk in wanted:
            Page.objects.get(pk=pk).move(Page.objects.get(pk=course.pk), pos="last-child")
        self.importer.report.add("course", course.slug, language, "updated", "steps reordered")
