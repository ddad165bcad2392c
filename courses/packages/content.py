"""Between pages and package data: field values out for export, model values in for import.

Package data names media by their path in the package (`media/cells.png`); model values name
them by primary key. Everything else, block ids included, passes through unchanged.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, PageViewRestriction

from courses.models import Audience, CoursePage, LessonPage, QuizPage

from .bodies import media_kind, rewrite_html
from .errors import PackageError
from .format import AREA_TEXTS, COURSE_FIELDS, COURSE_TEXTS, LESSON_FIELDS, LESSON_TEXTS
from .quizzes import QUIZ_FIELDS, QUIZ_TEXTS

PAGE_TEXTS = ("seo_title", "search_description")


def walk(block, value, visit):
    """Return the raw block value with each image, document and rich text passed through visit."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {**child, "value": walk(block.child_blocks[child["type"]], child["value"], visit)}
            for child in value
        ]
    if isinstance(block, blocks.ListBlock):
        return [{**item, "value": walk(block.child_block, item["value"], visit)} for item in value]
    if isinstance(block, blocks.StructBlock):
        children = block.child_blocks
        return {
            name: walk(children[name], item, visit) if name in children else item
            for name, item in value.items()
        }
    if isinstance(block, ImageChooserBlock):
        return visit("image", value)
    if isinstance(block, DocumentChooserBlock):
        return visit("document", value)
    if isinstance(block, blocks.RichTextBlock):
        return visit("html", value)
    return value


class Exported:
    """Turn a live page's values into package data, naming media through `media`."""

    def __init__(self, media, warn):
        self.media, self.warn = media, warn

    def html(self, html):
        def replace(attrs):
            kind = media_kind(attrs)
            if kind and attrs.get("id"):
                return f'file="{self.media.path_for(kind, int(attrs["id"]))}"'
            return None

        html = rewrite_html(html, replace)
        return re.sub(r'<a linktype="page" id="(\d+)">', self._page_link, html)

    def _page_link(self, match):
        page = Page.objects.filter(pk=match[1]).first()
        url = page.get_url() if page else None
        self.warn(f"a link to page {match[1]} is written as its address, {url or '#'}")
        return f'<a href="{url or "#"}">'

    def visit(self, kind, value):
        if kind == "html":
            return self.html(value)
        return self.media.path_for(kind, value) if value else None

    def stream(self, page, name):
        block = type(page)._meta.get_field(name).stream_block
        return walk(block, list(getattr(page, name).raw_data), self.visit)


def _page_texts(page):
    return {name: getattr(page, name) for name in PAGE_TEXTS}


def course_fields(page, exported, translated=False):
    """Return the course's package fields: all of them, or a translation's texts."""
    restrictions = PageViewRestriction.objects.filter(page=page)
    if restrictions.exclude(restriction_type=PageViewRestriction.LOGIN).exists():
        exported.warn(f"{page.slug}: privacy other than 'signed-in only' is not exported")
    fields = {
        "slug": page.slug,
        "title": page.title,
        "summary": page.summary,
        "learning_objectives": page.objectives,
        "image_alt": page.image_alt,
        **_page_texts(page),
    }
    if translated:
        return {key: fields[key] for key in COURSE_TEXTS}
    audiences = sorted(page.audiences.all(), key=lambda a: (a.sort_order, a.name))
    fields.update(
        audiences=[audience.slug for audience in audiences],
        image=exported.visit("image", page.image_id),
        signed_in_only=restrictions.filter(restriction_type=PageViewRestriction.LOGIN).exists(),
    )
    return {key: fields[key] if key in fields else getattr(page, key) for key in COURSE_FIELDS}


def area_fields(area, translated=False):
    fields = {"code": area.code, "slug": area.slug, "title": area.title, "summary": area.summary}
    return {key: fields[key] for key in AREA_TEXTS} if translated else fields


def lesson_fields(page, exported, translated=False):
    fields = {"title": page.title, "slug": page.slug, "estimated_minutes": page.estimated_minutes}
    fields.update(_page_texts(page), body=exported.stream(page, "body"))
    return {key: fields[key] for key in (*(LESSON_TEXTS if translated else LESSON_FIELDS), "body")}


def questions_from_raw(raw):
    """Return flat question dicts (id, type, texts, choices) from a quiz's raw stream data."""
    questions = []
    for block in raw:
        value = block["value"]
        choices = [{"id": item["id"], **item["value"]} for item in value["choices"]]
        questions.append(
            {
                "id": block["id"],
                "question_type": value["question_type"],
                "text": value["text"],
                "explanation": value.get("explanation", ""),
                "choices": choices,
            }
        )
    return questions


def quiz_fields(page, exported, source=None):
    """Return a quiz's package fields; for a translation, its texts in the source's order."""
    names = QUIZ_TEXTS if source is not None else QUIZ_FIELDS
    fields = {name: getattr(page, name) for name in names if name != "introduction"}
    fields["introduction"] = exported.html(page.introduction)
    questions = questions_from_raw(page.questions.raw_data)
    if source is not None:
        own = {q["id"]: q for q in questions}
        questions = []
        for original in questions_from_raw(source.questions.raw_data):
            if original["id"] not in own:
                exported.warn(f"{page.slug}: question {original['id']} is not translated")
                continue
            translated = own[original["id"]]
            choices = {c["id"]: c for c in translated["choices"]}
            translated["choices"] = [
                choices[c["id"]] for c in original["choices"] if c["id"] in choices
            ]
            questions.append(translated)
    fields["questions"] = questions
    return fields


# Importing ---------------------------------------------------------------------------------


def clean_block(block, value):
    """Return the cleaned value, as block.clean would, but check embeds without fetching them."""
    if isinstance(block, EmbedBlock):
        if value is None or not value.url:
            raise ValidationError("This field is required.")
        URLValidator()(value.url)
        return value
    if isinstance(block, blocks.StructBlock) and any(
        isinstance(child, EmbedBlock) for child in block.child_blocks.values()
    ):
        errors, result = {}, []
        for name, child in block.child_blocks.items():
            try:
                result.append((name, clean_block(child, value.get(name))))
            except ValidationError as error:
                errors[name] = error
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return block._to_struct_value(result)
    return block.clean(value)


def error_text(error):
    """Return a validation error as one line, with the field each message belongs to."""
    data = error.as_json_data() if hasattr(error, "as_json_data") else {"messages": error.messages}
    parts = []

    def collect(node, where):
        for message in node.get("messages", []):
            parts.append(f"{where}: {message}" if where else message)
        children = node.get("blockErrors", {})
        for key, child in children.items() if isinstance(children, dict) else enumerate(children):
            if child:
                collect(child, f"{where} {key}".strip())

    collect(data, "")
    return "; ".join(parts)


def model_stream(page_type, name, raw, lines, path):
    """Return validated raw stream data ready to store, or raise a PackageError at its block."""
    stream_block = page_type._meta.get_field(name).stream_block
    value = stream_block.to_python(raw)
    cleaned = []
    for child in value:
        try:
            cleaned.append((child.block_type, clean_block(child.block, child.value), child.id))
        except ValidationError as error:
            raise PackageError(path, lines.get(child.id), error_text(error)) from None
    return stream_block.get_prep_value(blocks.StreamValue(stream_block, cleaned))


def merged(source, texts, text_keys):
    """Return the source language's fields with a translation's texts in place of its own."""
    if texts is source:
        return dict(source)
    result = {key: value for key, value in source.items() if key not in text_keys}
    result.update(texts)
    return result


def _page_values(model, names, fields):
    return {name: fields.get(name, model._meta.get_field(name).get_default()) for name in names}


def course_values(fields, audiences, image_id):
    """Return CoursePage model values from a language's merged package fields."""
    names = [name for name in COURSE_FIELDS if name not in ("audiences", "image", "signed_in_only")]
    values = _page_values(CoursePage, names, fields)
    values["learning_objectives"] = "\n".join(fields.get("learning_objectives", []))
    values["image_id"] = image_id
    values["audiences"] = sorted(audience.pk for audience in audiences)
    return values


def lesson_values(fields, body):
    values = _page_values(LessonPage, ("slug", *LESSON_FIELDS), fields)
    values["body"] = body
    return values


def quiz_values(fields, introduction, questions):
    names = ("slug", *(name for name in QUIZ_FIELDS if name != "introduction"))
    values = _page_values(QuizPage, names, fields)
    values.update(introduction=introduction, questions=questions)
    return values


def question_blocks(questions, translation=None, warn=None):
    """Return raw question blocks: the source's, with a translation's texts where it has them."""
    texts = {q["id"]: q for q in translation} if translation is not None else None
    blocks_ = []
    for question in questions:
        own = question if texts is None else texts.get(question["id"])
        if own is None:
            warn(f"question {question['id']} is not translated; the source text is kept")
            own = question
        own_choices = {choice["id"]: choice for choice in own.get("choices", [])}
        choices = []
        for choice in question["choices"]:
            text = own_choices.get(choice["id"])
            if text is None:
                warn(f"choice {choice['id']} is not translated; the source text is kept")
                text = choice
            value = {
                "text": text.get("text", ""),
                "correct": bool(choice.get("correct")),
                "feedback": text.get("feedback", ""),
            }
            choices.append({"type": "item", "value": value, "id": choice["id"]})
        value = {
            "text": own.get("text", ""),
            "question_type": question.get("question_type", ""),
            "choices": choices,
            "explanation": own.get("explanation", ""),
        }
        blocks_.append({"type": "question", "value": value, "id": question["id"]})
    return blocks_


def current_values(page, names):
    """Return the page's values in the form that course_values and friends produce."""
    values = {}
    for name in names:
        if name == "audiences":
            values[name] = sorted(audience.pk for audience in page.audiences.all())
        elif isinstance(page._meta.get_field(name.removesuffix("_id")), StreamField):
            values[name] = list(getattr(page, name).raw_data)
        else:
            values[name] = getattr(page, name)
    return values


def set_values(page, values):
    for name, value in values.items():
        if name == "audiences":
            page.audiences = list(Audience.objects.filter(pk__in=value))
        else:
            setattr(page, name, value)
