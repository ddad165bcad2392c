"""Organisations, departments and professions become translatable snippets, step 3 of 3: locale
and translation key required, names (and slugs) unique per locale, and the name_sv columns gone
(their names are translations now).
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models

MODELS = ["organisation", "department", "profession"]


def required_locale(model_name):
    return migrations.AlterField(
        model_name=model_name,
        name="locale",
        field=models.ForeignKey(
            editable=False,
            on_delete=django.db.models.deletion.PROTECT,
            related_name="+",
            to="wagtailcore.locale",
            verbose_name="locale",
        ),
    )


def required_translation_key(model_name):
    return migrations.AlterField(
        model_name=model_name,
        name="translation_key",
        field=models.UUIDField(default=uuid.uuid4, editable=False),
    )


def unique(model_name, fields, name):
    return migrations.AddConstraint(
        model_name=model_name, constraint=models.UniqueConstraint(fields=fields, name=name)
    )


class Migration(migrations.Migration):
    dependencies = [("hr", "0003_names_swedish_translations")]

    operations = [
        *[required_locale(model_name) for model_name in MODELS],
        *[required_translation_key(model_name) for model_name in MODELS],
        unique("organisation", ("translation_key", "locale"), "hr_organisation_translation"),
        unique("organisation", ("name", "locale"), "hr_organisation_name"),
        unique("department", ("translation_key", "locale"), "hr_department_translation"),
        unique("department", ("organisation", "name", "locale"), "lms_unique_department_name"),
        unique("profession", ("translation_key", "locale"), "hr_profession_translation"),
        unique("profession", ("name", "locale"), "hr_profession_name"),
        unique("profession", ("slug", "locale"), "hr_profession_slug"),
        migrations.RemoveField(model_name="organisation", name="name_sv"),
        migrations.RemoveField(model_name="profession", name="name_sv"),
    ]
