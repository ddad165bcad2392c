"""Template languages become the site's language codes: "en" becomes "en-gb" when that is the
site's English (settings.LANGUAGE_CODE), "sv" stays "sv".

A code that is not one of settings.LANGUAGES becomes the first configured code of the same
language, the site's own language first; a code with none is left as it is. Backwards, codes
are cut to the language (en-gb → en), as the old field held two letters.
"""

from django.conf import settings
from django.db import migrations


def configured_code(code):
    codes = [settings.LANGUAGE_CODE] + [c for c, _name in settings.LANGUAGES]
    if code in codes:
        return code
    base = code.split("-")[0]
    return next((c for c in codes if c.split("-")[0] == base), code)


def forwards(apps, schema_editor):
    Template = apps.get_model("certificates", "CertificateTemplate")
    for code in set(Template.objects.values_list("language", flat=True)):
        new = configured_code(code)
        if new != code:
            Template.objects.filter(language=code).update(language=new)


def backwards(apps, schema_editor):
    Template = apps.get_model("certificates", "CertificateTemplate")
    for template in Template.objects.exclude(language__regex=r"^[a-z]{2}$"):
        template.language = template.language.split("-")[0][:2]
        template.save(update_fields=["language"])


class Migration(migrations.Migration):

    dependencies = [("certificates", "0004_template_language_from_settings")]

    operations = [migrations.RunPython(forwards, backwards)]
