"""Audiences become translatable snippets, step 3 of 3: locale and translation key required,
names and slugs unique per locale, and the name_sv column gone (its names are translations now).
Courses offer default-language audiences only (a translation is a name, not another audience).
"""

import uuid

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

import courses.translations


class Migration(migrations.Migration):
    dependencies = [("courses", "0008_audience_swedish_translations")]

    operations = [
        migrations.AlterField(
            model_name="audience",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="audience",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AddConstraint(
            model_name="audience",
            constraint=models.UniqueConstraint(
                fields=("translation_key", "locale"), name="courses_audience_translation"
            ),
        ),
        migrations.AddConstraint(
            model_name="audience",
            constraint=models.UniqueConstraint(
                fields=("name", "locale"), name="courses_audience_name"
            ),
        ),
        migrations.AddConstraint(
            model_name="audience",
            constraint=models.UniqueConstraint(
                fields=("slug", "locale"), name="courses_audience_slug"
            ),
        ),
        migrations.RemoveField(model_name="audience", name="name_sv"),
        migrations.AlterField(
            model_name="coursepage",
            name="audiences",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                limit_choices_to=courses.translations.canonical_only,
                related_name="courses",
                to="courses.audience",
                verbose_name="audiences",
            ),
        ),
    ]
