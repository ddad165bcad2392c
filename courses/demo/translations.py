"""Translate the demo catalogue: the catalogue page, its areas and the courses' packages."""

from courses.demo import area_texts, catalogue_data, package_folders
from courses.models import CatalogueAreaPage
from courses.packages.importing import import_package


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


def load_catalogue(catalogue, locale, title, introduction):
    """Translate the catalogue and its areas, then import the packages' texts in the locale."""
    language = locale.language_code
    slug = catalogue_data()["catalogue"].get(language, {}).get("slug", catalogue.slug)
    translate(catalogue, locale, title=title, slug=slug, introduction=introduction)
    for area in CatalogueAreaPage.objects.child_of(catalogue):
        fields = area_texts(area.code, language)
        if fields is not None:
            translate(area, locale, **fields)
    for folder in package_folders():
        import_package(folder, languages=[language])
