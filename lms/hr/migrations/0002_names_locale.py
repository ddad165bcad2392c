"""Organisations, departments and professions become translatable snippets, step 1 of 3: room
for a locale and a translation key.

Wagtail's way of making an existing model translatable: the two fields arrive nullable, are
filled by the next migration, and become required in the one after. Names (and professions'
slugs) stop being unique here, because a translation shares the slug and may share the name;
the third step makes them unique per locale.
"""

import django.db.models.deletion
from django.db import migrations, models

MODELS = ["organisation", "department", "profession"]


def locale_field(model_name):
    return migrations.AddField(
        model_name=model_name,
        name="locale",
        field=models.ForeignKey(
            editable=False,
            null=True,
            on_delete=django.db.models.deletion.PROTECT,
            related_name="+",
            to="wagtailcore.locale",
            verbose_name="locale",
        ),
    )


def translation_key_field(model_name):
    return migrations.AddField(
        model_name=model_name,
        name="translation_key",
        field=models.UUIDField(editable=False, null=True),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("hr", "0001_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [
        *[locale_field(model_name) for model_name in MODELS],
        *[translation_key_field(model_name) for model_name in MODELS],
        migrations.RemoveConstraint(model_name="department", name="lms_unique_department_name"),
        migrations.AlterField(
            model_name="organisation",
            name="name",
            field=models.CharField(max_length=200, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="profession",
            name="name",
            field=models.CharField(max_length=100, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="profession",
            name="slug",
            field=models.SlugField(max_length=100, verbose_name="slug"),
        ),
    ]
