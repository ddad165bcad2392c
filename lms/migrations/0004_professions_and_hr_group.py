"""Seed the professions of issue 5 and create the HR group with the permissions HR work needs.

Which organisations an HR user sees is not a permission: it comes from their HR
responsibilities (lms.hr). The group only opens the admin screens.
"""

from django.db import migrations

PROFESSIONS = [
    ("nurse", "Nurse"),
    ("physician", "Physician"),
    ("assistant-nurse", "Assistant nurse"),
    ("pharmacist", "Pharmacist"),
    ("biomedical-analyst", "Biomedical analyst"),
    ("qualified-person", "Qualified Person"),
    ("coordinator", "Coordinator"),
    ("research-nurse", "Research nurse"),
    ("production-operator", "Production operator"),
    ("qa-ra", "QA/RA"),
    ("researcher", "Researcher"),
    ("student", "Student"),
    ("other", "Other"),
]

HR_GROUP = "HR"
HR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("lms", "view_hr_reports"),
    ("lms", "view_organisation"),
    ("lms", "view_department"),
    ("lms", "add_department"),
    ("lms", "change_department"),
    ("lms", "view_profession"),
    ("lms", "view_learnerprofile"),
    ("lms", "change_learnerprofile"),
    ("lms", "view_assignmentrule"),
    ("lms", "add_assignmentrule"),
    ("lms", "view_competenceneed"),
    ("lms", "add_competenceneed"),
    ("lms", "change_competenceneed"),
    ("lms", "delete_competenceneed"),
]


def seed_professions(apps, schema_editor):
    Profession = apps.get_model("lms", "Profession")
    for order, (slug, name) in enumerate(PROFESSIONS):
        Profession.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})


def create_hr_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; HR's are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=HR_GROUP)
    for app_label, codename in HR_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0003_organisations_assignments_reports"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(seed_professions, migrations.RunPython.noop),
        migrations.RunPython(create_hr_group, migrations.RunPython.noop),
    ]
