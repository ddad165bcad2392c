"""A certificate template's language is one of settings.LANGUAGES (en-gb, sv, …), not en/sv.

The field grows to hold full language codes (0005 converts the existing ones).
"""

import certificates.models.template
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [("certificates", "0003_hr_group_sees_certificates")]

    operations = [
        migrations.AlterField(
            model_name="certificatetemplate",
            name="language",
            field=models.CharField(choices=certificates.models.template.language_choices, default=certificates.models.template.site_language, help_text="The language of the wording, dates and the PDF's metadata.", max_length=10, verbose_name="language"),
        ),
    ]
