"""Audiences become translatable snippets, step 1 of 3: room for a locale and a translation key.

Wagtail's way of making an existing model translatable: the two fields arrive nullable, are
filled by the next migration, and become required in the one after. The unique name and slug
stop being unique here, because a translation shares the slug (and may share the name); the
third step makes them unique per locale.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_audience_name_sv"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="audience",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="audience",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="audience",
            name="name",
            field=models.CharField(max_length=80, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="audience",
            name="slug",
            field=models.SlugField(max_length=80, verbose_name="slug"),
        ),
    ]
