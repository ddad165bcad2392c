"""Certificate PDFs: an HTML template and stylesheet turned into PDF/A-3b by WeasyPrint.

WeasyPrint runs in the project's PDF sandbox (lms.pdf): the Lato and Noto fonts and other static
files, data: URIs, nothing else. Names and titles in any script: right-to-left ones are set
right to left, bidirectional control characters are dropped, and long ones get smaller type
(`size_class`) so the verification block stays clear. Images (logo, signature) are embedded
as data: URIs read through the storage API.
"""

import base64
import hashlib
import re
from string import Formatter

import segno
from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from certificates.models import Certificate, CertificateKind, CertificateTemplate
from certificates.services import title_in
from courses.i18n import canonical_pages
from courses.models import CoursePage
from lms.pdf import (
    FONT_FAMILY,
    RenderingError,
    check_glyphs,
    display_width,
    font_face_rules,
    text_direction,
    without_bidi_controls,
    write_pdf,
)
from lms.services import add_months

PDF_VARIANT = "pdf/a-3b"
# The QR code: medium error correction survives a crease or a smudge on a printed copy.
QR_ERROR = "m"
QR_SVG_OPTIONS = {"scale": 1, "omitsize": True, "dark": "#1b2530"}
DEFAULT_ACCENT = "#0A5C63"
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
FEATURES = {"learner_name": "name", "title": "title"}
# Type sizes for long names and titles: (up to this width, CSS class); wider gets "size-xs".
# Widths count a CJK character twice (lms.pdf.display_width).
SIZES = {
    "name": [(32, ""), (60, "size-m"), (110, "size-s")],
    "title": [(70, ""), (120, "size-m"), (180, "size-s")],
}


def size_class(feature, text):
    """Return the CSS class that fits a name or title of this length on the page."""
    width = display_width(text)
    for limit, css_class in SIZES.get(feature, []):
        if width <= limit:
            return css_class
    return "size-xs" if feature in SIZES else ""


def qr_svg(url):
    """Return inline SVG markup of a QR code that encodes exactly `url`."""
    return segno.make(url, error=QR_ERROR).svg_inline(**QR_SVG_OPTIONS)


def image_data_uri(image, spec="max-900x300"):
    """Return a PNG rendition of a Wagtail image as a data: URI, or "" without an image."""
    if image is None:
        return ""
    rendition = image.get_rendition(f"{spec}|format-png")
    with rendition.file.open("rb") as handle:
        data = handle.read()
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def _date(moment):
    return date_format(timezone.localtime(moment), "j F Y")


def placeholder_values(certificate):
    """Return the text each placeholder stands for, in the active language."""
    return {
        "learner_name": without_bidi_controls(certificate.learner_name),
        "title": without_bidi_controls(certificate.title),
        "completion_date": _date(certificate.completed_at),
        "expiry_date": _date(certificate.expires_at)
        if certificate.expires_at
        else _("no expiry date"),
    }


def _paragraph(text, values):
    parts = []
    for literal, field, _spec, _conversion in Formatter().parse(text):
        parts.append(conditional_escape(literal))
        if field is not None:
            value = values.get(field, "")
            parts.append(
                format_html('<span class="value" dir="{}">{}</span>', text_direction(value), value)
            )
    return mark_safe("".join(str(part) for part in parts).replace("\n", "<br>"))  # noqa: S308


def body_paragraphs(body, values):
    """Return the body as paragraphs: {"html", "feature" ("name", "title" or ""), "size", "dir"}.

    A paragraph that is only a name or a title is featured: large type, smaller when long, and
    the direction of the name's own script.
    """
    paragraphs = []
    for text in re.split(r"\n\s*\n", body.replace("\r\n", "\n").strip()):
        stripped = text.strip()
        match = re.fullmatch(r"\{(\w+)\}", stripped)
        feature = FEATURES.get(match.group(1), "") if match else ""
        value = values.get(match.group(1), "") if feature else ""
        try:
            html = _paragraph(stripped, values)
        except ValueError:  # unbalanced braces in a template saved before validation
            html = conditional_escape(stripped)
        paragraphs.append(
            {
                "html": html,
                "feature": feature,
                "size": size_class(feature, value),
                "dir": text_direction(value) if feature else "",
            }
        )
    return paragraphs


def document_title(certificate, template):
    title = f"{template.heading}: {certificate.title} – {certificate.learner_name}"
    return without_bidi_controls(title)


def certificate_context(certificate, template, sample=False):
    accent = template.accent_colour if HEX_COLOUR.match(template.accent_colour or "") else None
    verify_url = certificate.verify_url()
    return {
        "certificate": certificate,
        "template": template,
        "sample": sample,
        "is_area": certificate.kind == CertificateKind.AREA,
        "lang": template.language,
        "title": document_title(certificate, template),
        "created": timezone.localtime(certificate.issued_at).isoformat(timespec="seconds"),
        "accent": accent or DEFAULT_ACCENT,
        "font_faces": font_face_rules(),
        "font_family": mark_safe(FONT_FAMILY),  # noqa: S308 - the project's own font names
        "dir": "rtl" if translation.get_language_bidi() else "ltr",
        "logo": image_data_uri(template.logo),
        "signature": image_data_uri(template.signature, "max-600x200"),
        "paragraphs": body_paragraphs(template.body, placeholder_values(certificate)),
        "issued": _date(certificate.issued_at),
        "expires": _date(certificate.expires_at) if certificate.expires_at else "",
        "courses": [course["title"] for course in certificate.covers],
        "verify_url": verify_url,
        "qr_svg": mark_safe(qr_svg(verify_url)),  # noqa: S308 - segno's own markup
    }


def certificate_html(certificate, template=None, sample=False):
    """Return the certificate as HTML, in the template's language."""
    template = template or certificate.template or CertificateTemplate.current()
    check_glyphs(
        certificate.learner_name,
        certificate.title,
        certificate.issuer,
        template.heading,
        template.body,
        template.signatory_name,
        template.signatory_title,
        *(course.get("title", "") for course in certificate.covers),
    )
    # Month names and the wording around placeholders follow the template's language.
    with translation.override(template.language or settings.LANGUAGE_CODE):
        context = certificate_context(certificate, template, sample=sample)
        return render_to_string("certificates/pdf/certificate.html", context)


def pdf_identifier(certificate):
    return hashlib.sha256(certificate.verification_code.encode()).hexdigest()[:32].encode()


def render_pdf(certificate, template=None, sample=False):
    """Return the certificate as PDF/A-3b bytes."""
    html = certificate_html(certificate, template, sample=sample)
    return write_pdf(html, PDF_VARIANT, identifier=pdf_identifier(certificate))


def sample_title(language):
    """Return the catalogue's first course's title in a language, so a preview reads as a real
    certificate would (in the default language when it has no translation, as certificates do);
    a neutral sample title on a site without courses."""
    first = canonical_pages(CoursePage.objects.live()).order_by("path").first()
    if first is None:
        with translation.override(language):
            return _("Sample course")
    return title_in(first, language)


def sample_certificate(template):
    """Return an unsaved certificate with sample data, for authors to preview a template."""
    now = timezone.now()
    title = sample_title(template.language or settings.LANGUAGE_CODE)
    return Certificate(
        kind=CertificateKind.COURSE,
        serial=f"{getattr(settings, 'CERTIFICATES_SERIAL_PREFIX', 'ATMP')}-SAMPLE",
        verification_code="sample-not-a-real-certificate",
        learner_name="Åsa Öberg-Ängström",
        title=title,
        covers=[{"title": title}],
        issuer=getattr(settings, "CERTIFICATES_ISSUER", settings.WAGTAIL_SITE_NAME),
        completed_at=now,
        issued_at=now,
        expires_at=add_months(now, 24),
    )


def sample_pdf_response(template):
    """Return a sample PDF of the template, marked as a sample, for the admin preview."""
    try:
        pdf = render_pdf(sample_certificate(template), template=template, sample=True)
    except RenderingError as error:
        message = _("The sample could not be rendered: %(error)s") % {"error": error}
        return HttpResponse(message, content_type="text/plain; charset=utf-8", status=400)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="certificate-sample.pdf"'
    return response
