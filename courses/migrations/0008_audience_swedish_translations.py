"""Audiences become translatable snippets, step 2 of 3: every row gets the default locale and a
translation key, and each Swedish name (the name_sv column) becomes a Swedish translation.

A migration of its own, so that on PostgreSQL the rows it writes are committed before the next
step alters the table. Backwards, the Swedish translations go back into name_sv and every
translation is removed (the old schema could hold no other language).
"""

import uuid

from django.conf import settings
from django.db import migrations
from wagtail.coreutils import get_supported_content_language_variant

# The language the name_sv column held.
SWEDISH = "sv"
KEEP = {"id", "name", "name_sv", "locale_id"}


def default_locale(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return Locale.objects.get_or_create(language_code=code)[0]


def swedish_translations(apps, schema_editor):
    Audience = apps.get_model("courses", "Audience")
    Locale = apps.get_model("wagtailcore", "Locale")
    default = default_locale(apps)
    for audience in Audience.objects.filter(translation_key__isnull=True):
        audience.translation_key = uuid.uuid4()
        audience.locale = default
        audience.save(update_fields=["translation_key", "locale"])
    if default.language_code == SWEDISH:
        return  # a Swedish site's names are Swedish already
    for audience in Audience.objects.filter(locale=default).exclude(name_sv=""):
        swedish = Locale.objects.get_or_create(language_code=SWEDISH)[0]
        if Audience.objects.filter(translation_key=audience.translation_key, locale=swedish).exists():
            continue
        fields = {
            field.attname: getattr(audience, field.attname)
            for field in Audience._meta.concrete_fields
            if field.attname not in KEEP
        }
        Audience.objects.create(**fields, name=audience.name_sv, name_sv="", locale=swedish)


def back_to_name_sv(apps, schema_editor):
    Audience = apps.get_model("courses", "Audience")
    default = default_locale(apps)
    translations = Audience.objects.exclude(locale=default)
    for translation in translations.filter(locale__language_code=SWEDISH):
        Audience.objects.filter(translation_key=translation.translation_key, locale=default).update(
            name_sv=translation.name
        )
    translations.delete()


class Migration(migrations.Migration):
    dependencies = [("courses", "0007_audience_locale")]

    operations = [migrations.RunPython(swedish_translations, back_to_name_sv)]
