import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from courses.blocks import GlossaryBlock, LessonStreamBlock
from tests.factories.courses import LessonPageFactory

pytestmark = pytest.mark.django_db


def test_every_lesson_block_describes_itself_to_editors():
    for name, block in LessonStreamBlock().child_blocks.items():
        assert block.meta.icon, name
        assert block.get_description(), name
        assert block.meta.template, name


def test_text_blocks_can_be_previewed_in_the_block_picker():
    previewable = {
        name for name, block in LessonStreamBlock().child_blocks.items() if block.is_previewable
    }
    assert {"heading", "rich_text", "callout", "quote", "glossary"} <= previewable


def test_lesson_renders_every_block_type(client, course):
    image = Image.objects.create(title="Gowning", file=get_test_image_file())
    from django.core.files.base import ContentFile

    document = Document.objects.create(
        title="Annex 1 summary", file=ContentFile(b"%PDF-1.4 test", name="annex1.pdf")
    )
    lesson = LessonPageFactory(
        parent=course,
        body=[
            ("heading", {"text": "Before you enter", "level": "h2"}),
            ("heading", {"text": "Hand hygiene", "level": "h3"}),
            ("rich_text", "<p>Wash for <b>at least</b> the time your SOP states.</p>"),
            (
                "image",
                {"image": image, "alt_text": "An operator in a grade B gown", "caption": "Gowning"},
            ),
            (
                "callout",
                {"kind": "warning", "title": "Never", "body": "<p>Never touch the inside.</p>"},
            ),
            ("quote", {"text": "Many will need training.", "attribution": "The 2024 report"}),
            ("document", {"document": document, "label": "", "description": "Two pages"}),
            ("glossary", [{"term": "LAF", "definition": "Laminar airflow."}]),
        ],
    )
    html = client.get(lesson.url).content.decode()
    assert "<h2>Before you enter</h2>" in html and "<h3>Hand hygiene</h3>" in html
    assert 'alt="An operator in a grade B gown"' in html
    assert "<figcaption>Gowning</figcaption>" in html
    assert "callout--warning" in html and "Never touch the inside." in html
    assert "<blockquote>" in html and "The 2024 report" in html
    assert "Annex 1 summary" in html and "(PDF" in html
    assert "<dt>LAF</dt>" in html and "<dd>Laminar airflow.</dd>" in html


def test_video_without_a_reachable_provider_falls_back_to_a_link_and_transcript(
    client, course, monkeypatch
):
    from wagtail.embeds import embeds
    from wagtail.embeds.exceptions import EmbedNotFoundException

    def unreachable(*args, **kwargs):
        raise EmbedNotFoundException

    monkeypatch.setattr(embeds, "get_embed", unreachable)
    lesson = LessonPageFactory(
        parent=course,
        body=[
            (
                "video",
                {
                    "title": "Thawing a cell product",
                    "video": "https://www.youtube.com/watch?v=abc",
                    "transcript": "<p>The nurse checks the label against the prescription.</p>",
                },
            )
        ],
    )
    response = client.get(lesson.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="https://www.youtube.com/watch?v=abc"' in html
    assert "The nurse checks the label" in html


def test_image_needs_alternative_text():
    image = Image.objects.create(title="Gowning", file=get_test_image_file())
    block = LessonStreamBlock()
    value = block.to_python(
        [
            {"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": ""}},
        ]
    )
    with pytest.raises(StreamBlockValidationError):
        block.clean(value)


def test_video_needs_a_transcript():
    block = LessonStreamBlock()
    value = block.to_python(
        [
            {
                "type": "video",
                "value": {
                    "title": "Gowning",
                    "video": "https://vimeo.com/1",
                    "transcript": "",
                },
            }
        ]
    )
    with pytest.raises(StreamBlockValidationError):
        block.clean(value)


def test_glossary_rejects_a_repeated_term():
    block = GlossaryBlock()
    value = block.to_python(
        [
            {"term": "QP", "definition": "Qualified Person."},
            {"term": "qp ", "definition": "Again."},
        ]
    )
    with pytest.raises(ValidationError):
        block.clean(value)
