"""StreamField blocks for lessons and site pages; each block describes itself to editors."""

from django.core.exceptions import ValidationError
from django.db import models
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Subheading (h3)"))],
        default="h2",
        help_text=_("Use section headings for main parts; subheadings only inside a section."),
    )

    class Meta:
        icon = "title"
        template = "courses/blocks/heading_block.html"
        description = _("A heading that starts a section; screen reader users navigate by them.")
        preview_value = {"text": "What happens during apheresis", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"
        description = _("An image with required alternative text and an optional caption.")


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo address."))
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything said and shown in the video, for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video_block.html"
        description = _("An embedded video with a transcript shown below it.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("information", _("Information")),
            ("warning", _("Warning")),
            ("key_facts", _("Key facts")),
        ],
        default="information",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout_block.html"
        description = _("A highlighted box for key facts, information or a safety warning.")
        preview_value = {
            "kind": "key_facts",
            "title": "Key facts",
            "body": "<p>ATMPs are medicines based on genes, cells or tissues.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Source"), max_length=250)

    class Meta:
        icon = "openquote"
        template = "courses/blocks/quote_block.html"
        description = _("A quotation with its source.")
        preview_value = {
            "text": "Many will need some form of training in ATMP.",
            "attribution": "Addressing the ATMP competency gap, 2024",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave blank to use the document's title."),
    )
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document_link_block.html"
        description = _("A link to a document, with its file type and size.")


class GlossaryEntryBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=120)
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        icon = "pick"
        label = _("Glossary entry")


class GlossaryBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(GlossaryEntryBlock(), **kwargs)

    def clean(self, value):
        value = super().clean(value)
        terms = [entry["term"].strip().casefold() for entry in value]
        if len(terms) != len(set(terms)):
            raise ValidationError(_("Each term may appear only once in a glossary."))
        return value

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/glossary_block.html"
        description = _("A list of terms and their definitions.")
        min_num = 1
        preview_value = [
            {"term": "Apheresis", "definition": "Collecting one component of the blood."},
        ]


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="courses/blocks/rich_text_block.html",
        description=_("Paragraphs and lists."),
        preview_value="<p>A lesson explains one idea at a time, in plain words.</p>",
    )
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    glossary = GlossaryBlock(label=_("Glossary"))


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice (all or nothing)")
    TRUE_FALSE = "true_false", _("True or false")


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Choice"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        required=False,
        help_text=_("Shown at review to learners who chose this."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Choice")


class QuestionBlock(blocks.StructBlock):
    """A quiz question; its block id is its stable identifier in attempts and statistics."""

    text = blocks.TextBlock(label=_("Question"))
    question_type = blocks.ChoiceBlock(
        label=_("Type"), choices=QuestionType.choices, default=QuestionType.SINGLE
    )
    choices = blocks.ListBlock(AnswerChoiceBlock(), label=_("Choices"), min_num=2, max_num=10)
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        help_text=_("Why the right answer is right; shown at review."),
    )

    class Meta:
        icon = "help"
        template = "courses/blocks/question_block.html"
        label = _("Question")
        description = _("A question with its choices, marked on the server.")
        preview_value = {
            "text": "Which grade is used for open manipulation of cells?",
            "question_type": "single",
            "choices": [
                {"text": "Grade A", "correct": True, "feedback": ""},
                {"text": "Grade D", "correct": False, "feedback": ""},
            ],
            "explanation": "",
        }

    def clean(self, value):
        value = super().clean(value)
        errors = question_errors(value["question_type"], value["choices"])
        if errors:
            raise blocks.StructBlockValidationError(non_block_errors=ErrorList(errors))
        return value


def question_errors(question_type, choices):
    """Return the editor messages for a question whose choices do not fit its type."""
    correct = sum(1 for choice in choices if choice["correct"])
    texts = [choice["text"].strip().casefold() for choice in choices]
    errors = []
    if len(texts) != len(set(texts)):
        errors.append(_("Each choice must be different."))
    if question_type == QuestionType.SINGLE and correct != 1:
        errors.append(_("A single-choice question needs exactly one correct choice."))
    elif question_type == QuestionType.MULTIPLE and correct < 1:
        errors.append(_("A multiple-choice question needs at least one correct choice."))
    elif question_type == QuestionType.TRUE_FALSE:
        if len(choices) != 2:
            errors.append(_("A true/false question needs exactly two choices."))
        elif correct != 1:
            errors.append(_("A true/false question needs exactly one correct choice."))
    return errors


class QuizStreamBlock(blocks.StreamBlock):
    question = QuestionBlock()


class ChecklistItemBlock(blocks.StructBlock):
    """One thing the assessor observes, passed or failed, in a practical assessment."""

    text = blocks.CharBlock(max_length=300, label=_("What the assessor observes"))
    guidance = blocks.TextBlock(
        required=False, label=_("Guidance for the assessor"), help_text=_("Optional.")
    )

    class Meta:
        icon = "tick"
        template = "courses/blocks/checklist_item_block.html"
        description = _("One observed item, passed or failed, with the assessor's comment")
        preview_value = {
            "text": "Puts on the overshoes while crossing the bench, one foot at a time.",
            "guidance": "The shod foot never touches the floor on the clean side.",
        }


class ChecklistStreamBlock(blocks.StreamBlock):
    item = ChecklistItemBlock()

    class Meta:
        min_num = 1
