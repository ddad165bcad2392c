"""Images and documents travel inside a course package and are matched by hash on import."""

from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.models import CoursePage, LessonPage
from courses.packages.exporting import export_course, find_course
from courses.packages.importing import import_package
from tests.factories.courses import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


def png(colour):
    buffer = BytesIO()
    PILImage.new("RGB", (40, 30), colour).save(buffer, "PNG")
    return buffer.getvalue()


def files(folder):
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def course(area):
    """A live course whose image, lesson image, document and rich-text link all need media."""
    image = get_image_model().objects.create(
        title="Cells in a culture bag",
        description="Cells, magnified",
        file=ImageFile(BytesIO(png("teal")), name="cells.png"),
    )
    document = get_document_model().objects.create(
        title="Patient leaflet", file=ContentFile(b"%PDF-1.4 leaflet", name="leaflet.pdf")
    )
    course = CoursePageFactory(
        parent=area, slug="media-course", image=image, image_alt="A bag of frozen cells"
    )
    course.save_revision().publish()
    body = [
        ("image", {"image": image, "alt_text": "A bag", "caption": "Frozen at -150 °C"}),
        ("document", {"document": document, "label": "", "description": "Two pages"}),
        ("rich_text", f'<p>Read <a linktype="document" id="{document.pk}">the leaflet</a>.</p>'),
        ("rich_text", f'<p>Back to <a linktype="page" id="{course.pk}">the course</a>.</p>'),
        (
            "video",
            {
                "title": "Thawing a bag",
                "video": "https://www.youtube.com/watch?v=example",
                "transcript": "<p>The nurse checks the label.</p>",
            },
        ),
    ]
    lesson = LessonPageFactory(parent=course, slug="pictures", body=body)
    lesson.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def test_export_copies_each_image_and_document_once_under_a_readable_name(course, tmp_path):
    package = export_course(course, tmp_path)
    assert (package / "media" / "cells-in-a-culture-bag.png").read_bytes() == png("teal")
    assert (package / "media" / "patient-leaflet.pdf").read_bytes() == b"%PDF-1.4 leaflet"
    toml = (package / "course.toml").read_text()
    assert 'image = "media/cells-in-a-culture-bag.png"' in toml
    assert 'description = "Cells, magnified"' in toml
    lesson = (package / "lessons" / "pictures.en-gb.html").read_text()
    assert 'image="media/cells-in-a-culture-bag.png"' in lesson
    assert 'document="media/patient-leaflet.pdf"' in lesson
    assert '<a linktype="document" file="media/patient-leaflet.pdf">the leaflet</a>' in lesson


def test_a_page_link_is_exported_as_the_pages_address_with_a_warning(course, tmp_path):
    warnings = []
    package = export_course(course, tmp_path, warn=warnings.append)
    lesson = (package / "lessons" / "pictures.en-gb.html").read_text()
    assert f'<p>Back to <a href="{course.url}">the course</a>.</p>' in lesson
    assert warnings == [
        f"media-course: a link to page {course.pk} is written as its address, {course.url}"
    ]


def test_a_package_with_media_round_trips_into_a_site_without_them(course, tmp_path):
    # The video's address is checked, never fetched: importing needs no network.
    first = export_course(course, tmp_path / "first")
    image = course.image
    document = LessonPage.objects.get(slug="pictures").body[1].value["document"]
    course.delete()
    image.delete()
    document.delete()

    report = import_package(first)

    created = {(change.kind, change.action) for change in report.changes}
    assert {("image", "created"), ("document", "created"), ("course", "created")} <= created
    imported = find_course("media-course")
    assert imported.image.title == "Cells in a culture bag" and imported.image.width == 40
    link = LessonPage.objects.get(slug="pictures").body[2].value.source
    new_document = get_document_model().objects.get(title="Patient leaflet")
    assert f'<a linktype="document" id="{new_document.pk}">' in link
    second = export_course(imported, tmp_path / "second")
    assert files(second) == files(first)


def test_import_reuses_an_image_with_the_same_file_even_without_a_stored_hash(course, tmp_path):
    assert course.image.file_hash == ""  # added in code, not through the admin
    package = export_course(course, tmp_path)
    images, documents = get_image_model().objects.count(), get_document_model().objects.count()

    report = import_package(package)

    assert (get_image_model().objects.count(), get_document_model().objects.count()) == (
        images,
        documents,
    )
    media = [c for c in report.changes if c.kind in ("image", "document")]
    assert [(change.kind, change.action) for change in media] == [
        ("image", "unchanged"),
        ("document", "unchanged"),
    ]


def test_a_dry_run_stores_no_media_files(course, tmp_path, settings):
    package = export_course(course, tmp_path)
    (package / "media" / "cells-in-a-culture-bag.png").write_bytes(png("orange"))
    stored = sorted(Path(settings.MEDIA_ROOT).rglob("*"))
    images = get_image_model().objects.count()

    report = import_package(package, dry_run=True)

    assert ("image", "created") in {(change.kind, change.action) for change in report.changes}
    assert get_image_model().objects.count() == images
    assert sorted(Path(settings.MEDIA_ROOT).rglob("*")) == stored
