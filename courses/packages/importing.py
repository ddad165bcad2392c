"""Import a course package: create or update its pages so the site matches the package.

Pages are matched by slug (the area by code, the course by slug in its area, steps by slug in
the course) and translations by translation key. A changed page gets a new revision, published
as an author would, so records that point at older revisions stay valid; an unchanged page gets
nothing. Steps on the site that are not in the package are kept. It all runs in one
transaction: a package that fails anywhere changes nothing.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Locale, PageViewRestriction, Site

from courses.models import Audience, CatalogueAreaPage, CatalogueIndexPage, CoursePage

from . import content
from .errors import PackageError
from .format import read_package
from .media import ImportMedia
from .steps import StepImporter

CATALOGUE = {"title": "Courses", "slug": "courses"}
PAGE_KEYS = {"image_id": "image"}  # model field -> package key, where they differ


@dataclass
class Change:
    kind: str
    slug: str
    language: str
    action: str
    note: str = ""

    def describe(self, dry_run=False):
        action = self.action
        if dry_run and action in ("created", "updated"):
            action = f"would be {action}"
        language = f" [{self.language}]" if self.language else ""
        note = f" ({self.note})" if self.note else ""
        return f"{self.kind} {self.slug}{language}: {action}{note}"


@dataclass
class Report:
    dry_run: bool = False
    changes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def add(self, kind, slug, language, action, note=""):
        self.changes.append(Change(kind, slug, language, action, note))

    def count(self, action):
        return sum(1 for change in self.changes if change.action == action)


def import_package(root, *, dry_run=False, languages=None):
    """Import the package in `root`, all or nothing; return the Report of what changed.

    `languages` limits the translations imported (None: all the package has). A dry run does
    the whole import, reports it and rolls it back, storing no files.
    """
    package = read_package(root)
    report = Report(dry_run)
    media = ImportMedia(package, dry_run)
    try:
        with transaction.atomic():
            Importer(package, report, media, languages).run()
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        media.discard()
        raise
    return report


def validation_error(error, text):
    """Return a PackageError for a page's ValidationError, at the line of the first bad key."""
    errors = getattr(error, "message_dict", {"": error.messages})
    name, messages = next(iter(errors.items()))
    key = PAGE_KEYS.get(name, name)
    line = text.source.line(key) if key and text.source else None
    where = f"{key}: " if key and key != "__all__" else ""
    return PackageError(text.source.path, line, where + " ".join(messages))


class Importer:
    def __init__(self, package, report, media, languages):
        self.package, self.report, self.media = package, report, media
        self.wanted = languages
        self.source = package.course[package.language]

    def run(self):
        self.locales = self._locales()
        audiences = self._audiences()
        self.media.resolve(self.report.add)
        image_id = self.media.pk_for("image", self.source.fields.get("image"))
        self.course_values = {
            language: content.course_values(
                content.merged(self.source.fields, text.fields, content.COURSE_TEXTS),
                audiences,
                image_id,
            )
            for language, text in self.package.course.items()
            if language in self.locales
        }
        self.steps = StepImporter(self, self.package.steps)
        self.steps.prepare()
        area = self._source_area()
        course = self._course(area, None, self.package.language)
        self.steps.save(course, self.package.language, None)
        for language in self.locales:
            if language != self.package.language:
                self._translate(area, course, language)

    # What the site offers ------------------------------------------------------------------

    def _locales(self):
        offered = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        source = self.source.source
        if self.package.language not in offered:
            message = f"this site does not offer the language {self.package.language}"
            raise source.error(message, "language")
        locales = {}
        for language in [self.package.language, *self.package.translations]:
            skipped = self.wanted is not None and language not in self.wanted
            if language != self.package.language and skipped:
                continue
            if language not in offered:
                self.report.warnings.append(
                    f"This site does not offer {language}: the {language} texts were skipped."
                )
                continue
            locales[language], created = Locale.objects.get_or_create(language_code=language)
            if created:
                self.report.add("locale", language, "", "created")
        return locales

    def _audiences(self):
        slugs = self.source.fields.get("audiences", [])
        found = {
            audience.slug: audience
            for audience in Audience.objects.canonical().filter(slug__in=slugs)
        }
        for slug in slugs:
            if slug not in found:
                source = self.source.source
                line = source.line(after=f'"{slug}"')
                raise PackageError(source.path, line, f"no audience has the slug {slug!r}")
        return list(found.values())

    # Pages -----------------------------------------------------------------------------------

    def save_page(self, model, parent, page, values, text, kind, original=None, locale=None):
        """Make `page` (or a new one) live with `values`; return it, reporting what changed."""
        language = locale.language_code if locale else self.package.language
        slug = values.get("slug") or (page or original).slug
        try:
            if page is not None:
                page = page.specific_class.objects.get(pk=page.pk)
                if page.live and content.current_values(page, values) == values:
                    self.report.add(kind, slug, language, "unchanged")
                    return page
                action = "updated"
            elif original is not None:
                page = original.copy_for_translation(locale)
                action = "created"
            else:
                page = model(live=False)
                action = "created"
            content.set_values(page, values)
            if page.pk is None:
                parent.add_child(instance=page)
            page.full_clean()
            page.save_revision(log_action=True).publish()
        except ValidationError as error:
            raise validation_error(error, text) from None
        self.report.add(kind, slug, language, action)
        return page.specific_class.objects.get(pk=page.pk)

    def _home(self, locale):
        home = Site.objects.get(is_default_site=True).root_page
        return home.get_translation_or_none(locale) if home.locale_id != locale.pk else home

    def _source_area(self):
        locale = self.locales[self.package.language]
        fields = self.package.area[self.package.language]
        area = CatalogueAreaPage.objects.filter(locale=locale, code=fields["code"]).first()
        if area is not None:
            self.report.add("area", fields["code"], locale.language_code, "kept")
            return area
        catalogue = CatalogueIndexPage.objects.filter(locale=locale).first()
        if catalogue is None:
            home = self._home(locale)
            if home is None:
                raise self.source.source.error(f"the site has no home page in {locale}")
            catalogue = self.save_page(
                CatalogueIndexPage, home, None, dict(CATALOGUE), self.source, "catalogue"
            )
        values = {key: fields.get(key, "") for key in ("code", "slug", "title", "summary")}
        return self.save_page(CatalogueAreaPage, catalogue, None, values, self.source, "area")

    def _course(self, area, source_course, language):
        locale = self.locales[language]
        values = self.course_values[language]
        text = self.package.course[language]
        if source_course is None:
            page = CoursePage.objects.child_of(area).filter(slug=values["slug"]).first()
        else:
            page = source_course.get_translation_or_none(locale)
        course = self.save_page(
            CoursePage, area, page, values, text, "course", source_course, locale
        )
        self._privacy(course, language, created=page is None)
        return course

    def _privacy(self, course, language, created):
        wanted = bool(self.source.fields.get("signed_in_only"))
        stricter = PageViewRestriction.objects.filter(page=course).exclude(
            restriction_type=PageViewRestriction.LOGIN
        )
        if wanted and stricter.exists():
            return  # a group restriction set on the site is stricter: an import keeps it
        restrictions = PageViewRestriction.objects.filter(
            page=course, restriction_type=PageViewRestriction.LOGIN
        )
        if restrictions.exists() == wanted:
            return
        if wanted:
            PageViewRestriction.objects.create(
                page=course, restriction_type=PageViewRestriction.LOGIN
            )
        else:
            restrictions.delete()
        note = "signed-in only" if wanted else "public"
        if created:
            self.report.changes[-1].note = note
        else:
            self.report.add("course", course.slug, language, "updated", note)

    # Translations ----------------------------------------------------------------------------

    def _translated_area(self, area, locale):
        """Return the area's translation, creating it (and the catalogue's) if the site can."""
        translated = area.get_translation_or_none(locale)
        if translated is not None:
            return translated
        catalogue = area.get_parent().specific
        translated_catalogue = catalogue.get_translation_or_none(locale)
        if translated_catalogue is None:
            if self._home(locale) is None:
                return None
            translated_catalogue = self.save_page(
                CatalogueIndexPage, None, None, {}, self.source, "catalogue", catalogue, locale
            )
            self.report.changes[-1].note = "copied from the source language; translate its texts"
        texts = self.package.area.get(locale.language_code, {})
        values = {key: texts[key] for key in ("slug", "title", "summary") if key in texts}
        return self.save_page(
            CatalogueAreaPage, None, None, values, self.source, "area", area, locale
        )

    def _translate(self, area, course, language):
        locale = self.locales[language]
        if self._translated_area(area, locale) is None:
            self.report.warnings.append(
                f"The site has no home page in {language}: the {language} texts were skipped. "
                "Translate the home page first."
            )
            return
        translation = self._course(area, course, language)
        self.steps.save(translation, language, course)
