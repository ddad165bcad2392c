"""The certificate template: the wording, logo, signatory and colour authors edit as a snippet."""

from string import Formatter

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import PreviewableMixin

from lms.pdf import validate_printable

# The placeholders the body text may use, with what each stands for.
PLACEHOLDERS = {
    "learner_name": _("the learner's name as it was when the certificate was issued"),
    "title": _("the course or catalogue area"),
    "completion_date": _("the date the learner completed it"),
    "expiry_date": _("the date the certificate expires, or “no expiry date”"),
}

# The body a new template starts with. A paragraph holding one placeholder alone is shown large.
DEFAULT_BODY = (
    "This is to certify that\n\n{learner_name}\n\nhas successfully completed\n\n{title}\n\n"
    "on {completion_date}."
)

hex_colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Use a hex colour with six digits, for example #0A5C63.")
)


def language_choices():
    """The site's languages (settings.LANGUAGES), each named in itself."""
    return settings.LANGUAGES


def site_language():
    return settings.LANGUAGE_CODE


def placeholder_names(text):
    """Return the placeholder names in `text`; raise ValueError for unbalanced braces."""
    return [field for _literal, field, _spec, _conv in Formatter().parse(text) if field is not None]


class CertificateTemplate(PreviewableMixin, models.Model):
    """How certificates look and read. The default template is used for new certificates."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For the admin only, for example “ATMP Academy”.")
    )
    is_default = models.BooleanField(
        _("use for new certificates"),
        default=False,
        help_text=_(
            "New certificates in this template's language use it; ticking this moves the choice "
            "here from the language's other templates."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=language_choices,
        default=site_language,
        help_text=_("The language of the wording, dates and the PDF's metadata."),
    )
    heading = models.CharField(_("heading"), max_length=120, default="Certificate of completion")
    body = models.TextField(
        _("body text"),
        default=DEFAULT_BODY,
        help_text=_(
            "Separate paragraphs with an empty line. Placeholders: {learner_name}, {title}, "
            "{completion_date} and {expiry_date}. A paragraph holding only {learner_name} or "
            "{title} is printed large."
        ),
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=120)
    signatory_title = models.CharField(
        _("signatory's title"), max_length=160, help_text=_("For example: Course director.")
    )
    signature = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A scan of the signature on a white or transparent background."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#0A5C63",
        validators=[hex_colour_validator],
        help_text=_("Used for the frame and the heading, for example #0A5C63."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("language")]),
        FieldPanel("is_default"),
        MultiFieldPanel([FieldPanel("heading"), FieldPanel("body")], heading=_("Wording")),
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldRowPanel([FieldPanel("signatory_name"), FieldPanel("signatory_title")]),
                FieldPanel("signature"),
                FieldPanel("accent_colour"),
            ],
            heading=_("Look and signature"),
        ),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["language"],
                condition=Q(is_default=True),
                name="certificates_one_default_template_per_language",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        with transaction.atomic():
            if self.is_default:
                others = CertificateTemplate.objects.filter(
                    is_default=True, language=self.language
                ).exclude(pk=self.pk)
                others.update(is_default=False)
            super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if body := body_errors(self.body):
            errors["body"] = body
        for name in ("heading", "body", "signatory_name", "signatory_title"):
            try:
                validate_printable(getattr(self, name))
            except ValidationError as error:
                errors.setdefault(name, []).extend(error.error_list)
        if errors:
            raise ValidationError(errors)

    @classmethod
    def current(cls):
        """Return the template for new certificates: the default one, else built-in wording."""
        defaults = cls.objects.filter(is_default=True)
        return (
            defaults.filter(language=settings.LANGUAGE_CODE).first()
            or defaults.first()
            or cls.objects.first()
            or cls.builtin()
        )

    @classmethod
    def for_language(cls, language):
        """Return the template for new certificates in a language (a code of settings.LANGUAGES).

        The language's default template, else any template in it, else the overall choice;
        None when no template is saved (rendering then uses the built-in wording).
        """
        in_language = cls.objects.filter(language=language).order_by("-is_default", "pk").first()
        if in_language is not None:
            return in_language
        fallback = cls.current()
        return fallback if fallback.pk else None

    @classmethod
    def builtin(cls):
        """Return an unsaved template with the built-in wording, for sites that have none."""
        return cls(
            name="ATMP Academy",
            signatory_name="ATMP Academy",
            signatory_title="Course director, ATMP Academy",
        )

    # Authors preview a sample certificate as the PDF it will be.
    preview_modes = [("", _("Sample PDF"))]

    @property
    def default_preview_size(self):
        return "desktop"

    def serve_preview(self, request, mode_name):
        from certificates import rendering  # WeasyPrint loads only when a PDF is wanted.

        return rendering.sample_pdf_response(self)


def body_errors(body):
    """Return messages for unknown, missing or malformed placeholders in a body text."""
    allowed = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    try:
        names = placeholder_names(body)
    except ValueError:
        return [
            _(
                "Check the curly brackets: a placeholder looks like {learner_name}. "
                "To print a curly bracket itself, type it twice: {{ or }}."
            )
        ]
    errors = []
    for name in dict.fromkeys(names):
        if name not in PLACEHOLDERS:
            errors.append(
                _("“{%(name)s}” is not a placeholder we know. You can use %(allowed)s.")
                % {"name": name, "allowed": allowed}
            )
    for required in ("learner_name", "title"):
        if required not in names:
            errors.append(
                _("The body text must contain {%(name)s}, or the certificate would not say it.")
                % {"name": required}
            )
    return errors
