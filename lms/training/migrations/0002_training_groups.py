"""Create the Training coordinators and Training instructors groups.

Coordinators manage venues and sessions. Instructors get into the admin only: which sessions
they see and mark is decided by who instructs them (lms.training.permissions), not a permission.
"""

from django.db import migrations

COORDINATORS = "Training coordinators"
INSTRUCTORS = "Training instructors"
COORDINATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *[("training", f"{action}_{model}") for model in ("venue", "session") for action in
      ("add", "change", "delete", "view")],
]


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; these are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name=COORDINATORS)
    for app_label, codename in COORDINATOR_PERMISSIONS:
        coordinators.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    instructors, _created = Group.objects.get_or_create(name=INSTRUCTORS)
    instructors.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
