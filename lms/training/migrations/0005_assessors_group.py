"""Create the Training assessors group: admin access and the right to sign assessments."""

from django.db import migrations

ASSESSORS = "Training assessors"
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("training", "add_assessment"),
    ("training", "view_assessment"),
]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=ASSESSORS)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [("training", "0004_assessment")]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
