"""Let the HR group see and download its organisations' certificates in the admin.

HR already reads the serials in the completion report and the certificates in transcripts;
with these permissions it lists, inspects and downloads the PDFs (one by one or as a ZIP) of
the learners in the organisations it answers for (certificates.permissions scopes every
screen). Revoking, re-issuing and rendering again stay with administrators.
"""

from django.db import migrations

HR_GROUP = "HR"
CODENAMES = ["view_certificate", "export_certificates"]


def _permissions(apps):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; these are needed now.
    app_config = apps.get_app_config("certificates")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="certificates", codename__in=CODENAMES
    )


def grant(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=HR_GROUP).first()
    if group is not None:
        group.permissions.add(*_permissions(apps))


def take_back(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=HR_GROUP).first()
    if group is not None:
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_default_template_per_language"),
        ("lms", "0004_professions_and_hr_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, take_back)]
