"""Build the demo catalogue from data: catalogue.toml and the course packages in packages/."""

import tomllib
from functools import cache
from pathlib import Path

from wagtail.models import Page, Site

from courses.models import CatalogueAreaPage, CatalogueIndexPage, CoursePage
from courses.packages.bodies import join_html
from courses.packages.importing import import_package

ORDER = 10
DEMO = Path(__file__).parent
VERBS = {"created": "Created", "updated": "Updated"}


@cache
def catalogue_data():
    """Return catalogue.toml: the catalogue and area texts by language, and the course list."""
    return tomllib.loads((DEMO / "catalogue.toml").read_text(encoding="utf-8"))


def area_texts(code, language):
    """Return the area's texts in the language as page fields, or None if it has none."""
    texts = catalogue_data()["areas"].get(code, {}).get(language)
    if texts is None:
        return None
    return {**texts, "description": join_html(texts["description"])}


def package_folders():
    return [DEMO / "packages" / slug for slug in catalogue_data()["courses"]]


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


def load(out, style):
    root = Site.objects.get(is_default_site=True).root_page
    language = root.locale.language_code
    texts = catalogue_data()["catalogue"][language]
    catalogue, _created = ensure_child(
        root,
        CatalogueIndexPage,
        texts["slug"],
        title=texts["title"],
        introduction=join_html(texts["introduction"]),
    )
    for code in catalogue_data()["areas"]:
        fields = area_texts(code, language)
        ensure_child(catalogue, CatalogueAreaPage, fields.pop("slug"), code=code, **fields)
    for folder in package_folders():
        # Translations follow in translations.load_catalogue, once the home page has them.
        report = import_package(folder, languages=())
        change = next(change for change in report.changes if change.kind == "course")
        course = CoursePage.objects.get(slug=change.slug, locale=root.locale)
        verb = VERBS.get(change.action, "Kept")
        out.write(f"{verb} course {course.get_parent().specific.code}: {course.title}")
    return Page.objects.live().descendant_of(catalogue).count()
