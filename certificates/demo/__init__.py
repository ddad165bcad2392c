"""Demo certificate template: ATMP Academy's wording and a logo drawn in code. Idempotent."""

from io import BytesIO

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from certificates.models import CertificateTemplate

ORDER = 40
TEMPLATE_NAME = "ATMP Academy (English)"
LOGO_TITLE = "ATMP Academy certificate logo"
BRAND = (10, 92, 99)


def draw_logo():
    """Return PNG bytes of a simple wordmark: a teal badge with “ATMP” beside “Academy”."""
    scale = 4
    width, height = 300 * scale, 64 * scale
    image = PILImage.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    bold = ImageFont.truetype(finders.find("fonts/lato/Lato-Bold.ttf"), 34 * scale)
    regular = ImageFont.truetype(finders.find("fonts/lato/Lato-Regular.ttf"), 34 * scale)
    draw.rounded_rectangle((0, 0, 124 * scale, height - 1), radius=10 * scale, fill=BRAND)
    draw.text((62 * scale, height // 2), "ATMP", font=bold, fill="white", anchor="mm")
    draw.text((138 * scale, height // 2), "Academy", font=regular, fill=BRAND, anchor="lm")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def demo_logo():
    Image = get_image_model()
    logo = Image.objects.filter(title=LOGO_TITLE).first()
    if logo is None:
        logo = Image(title=LOGO_TITLE)
        logo.file = ImageFile(BytesIO(draw_logo()), name="atmp-academy-certificate-logo.png")
        logo.save()
    return logo


SWEDISH_TEMPLATE_NAME = "ATMP Academy (svenska)"
SWEDISH_BODY = (
    "Härmed intygas att\n\n{learner_name}\n\nhar genomgått\n\n{title}\n\n"
    "med godkänt resultat den {completion_date}."
)


def load(out, style):
    templates = [
        {
            "name": TEMPLATE_NAME,
            "language": "en-gb",
            "heading": "Certificate of completion",
            "signatory_name": "Course director",
            "signatory_title": "ATMP Academy",
        },
        {
            "name": SWEDISH_TEMPLATE_NAME,
            "language": "sv",
            "heading": "Kursintyg",
            "body": SWEDISH_BODY,
            "signatory_name": "Kursansvarig",
            "signatory_title": "ATMP Academy",
        },
    ]
    for fields in templates:
        if fields["language"] not in dict(settings.LANGUAGES):
            continue  # a language the site does not offer
        if CertificateTemplate.objects.filter(name=fields["name"]).exists():
            out.write(f"Certificate template {fields['name']!r} already there.")
            continue
        has_default = CertificateTemplate.objects.filter(
            is_default=True, language=fields["language"]
        ).exists()
        CertificateTemplate.objects.create(
            is_default=not has_default, logo=demo_logo(), accent_colour="#0A5C63", **fields
        )
        out.write(style.SUCCESS(f"Created the certificate template {fields['name']!r}."))
