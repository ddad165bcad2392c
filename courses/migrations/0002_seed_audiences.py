from django.db import migrations

AUDIENCES = [
    ("nurse", "Nurses"),
    ("physician", "Physicians"),
    ("assistant-nurse", "Assistant nurses"),
    ("pharmacist", "Pharmacists"),
    ("biomedical-analyst", "Biomedical analysts and laboratory staff"),
    ("qualified-person", "Qualified Persons (QP)"),
    ("research-support", "Research support staff"),
    ("industry", "Industry and SME staff"),
    ("student", "Students"),
    ("public", "The public and decision-makers"),
]


def seed(apps, schema_editor):
    Audience = apps.get_model("courses", "Audience")
    for order, (slug, name) in enumerate(AUDIENCES):
        Audience.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
