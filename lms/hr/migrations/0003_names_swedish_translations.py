"""Organisations, departments and professions become translatable snippets, step 2 of 3: every
row gets the default locale and a translation key, and each Swedish name (the name_sv columns
of organisations and professions) becomes a Swedish translation.

A department's local name is the organisation's own name for it, not a translation: it stays.
A migration of its own, so that on PostgreSQL the rows it writes are committed before the next
step alters the tables. Backwards, the Swedish translations go back into name_sv and every
translation is removed (the old schema could hold no other language).
"""

import uuid

from django.conf import settings
from django.db import migrations
from wagtail.coreutils import get_supported_content_language_variant

# The language the name_sv columns held.
SWEDISH = "sv"
KEEP = {"id", "name", "name_sv", "locale_id"}
MODELS = ["organisation", "department", "profession"]
WITH_NAME_SV = ["organisation", "profession"]


def default_locale(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return Locale.objects.get_or_create(language_code=code)[0]


def give_locale(model, locale):
    for obj in model.objects.filter(translation_key__isnull=True):
        obj.translation_key = uuid.uuid4()
        obj.locale = locale
        obj.save(update_fields=["translation_key", "locale"])


def translate_name_sv(model, default, swedish):
    for obj in model.objects.filter(locale=default).exclude(name_sv=""):
        if model.objects.filter(translation_key=obj.translation_key, locale=swedish).exists():
            continue
        fields = {
            field.attname: getattr(obj, field.attname)
            for field in model._meta.concrete_fields
            if field.attname not in KEEP
        }
        model.objects.create(**fields, name=obj.name_sv, name_sv="", locale=swedish)


def swedish_translations(apps, schema_editor):
    default = default_locale(apps)
    for model_name in MODELS:
        give_locale(apps.get_model("hr", model_name), default)
    if default.language_code == SWEDISH:
        return  # a Swedish site's names are Swedish already
    for model_name in WITH_NAME_SV:
        model = apps.get_model("hr", model_name)
        if model.objects.filter(locale=default).exclude(name_sv="").exists():
            Locale = apps.get_model("wagtailcore", "Locale")
            swedish = Locale.objects.get_or_create(language_code=SWEDISH)[0]
            translate_name_sv(model, default, swedish)


def back_to_name_sv(apps, schema_editor):
    default = default_locale(apps)
    # Departments first: a translated department may point at a translated organisation.
    for model_name in ["department", *WITH_NAME_SV]:
        model = apps.get_model("hr", model_name)
        translations = model.objects.exclude(locale=default)
        if model_name in WITH_NAME_SV:
            for translation in translations.filter(locale__language_code=SWEDISH):
                model.objects.filter(
                    translation_key=translation.translation_key, locale=default
                ).update(name_sv=translation.name)
        translations.delete()


class Migration(migrations.Migration):
    dependencies = [("hr", "0002_names_locale")]

    operations = [migrations.RunPython(swedish_translations, back_to_name_sv)]
