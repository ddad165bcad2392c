"""Learner profiles move from the lms app to accounts: a change of Django's state only.

The table keeps its name (lms_learnerprofile) and its rows; the content type, and with it the
permissions and log entries that point at it, is relabelled from lms to accounts.
"""

from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion

MODELS = ["learnerprofile"]


def relabel(old, new):
    def run(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in MODELS:
            if not ContentType.objects.filter(app_label=new, model=model).exists():
                ContentType.objects.filter(app_label=old, model=model).update(app_label=new)

    return run


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("lms", "0007_completion_recent_index"),
        ("hr", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='LearnerProfile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('full_name', models.CharField(help_text='Your full name exactly as it should appear on your certificates.', max_length=200, verbose_name='name on certificates')),
                        ('employee_number', models.CharField(blank=True, help_text='Your employee number at your organisation, if it has one.', max_length=40, verbose_name='employee number')),
                        ('language', models.CharField(blank=True, choices=[('en-gb', 'English'), ('sv', 'Svenska')], help_text='The language of the site, certificates and emails for this learner.', max_length=10, verbose_name='language')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                    ],
                    options={
                        'verbose_name': 'learner profile',
                        'verbose_name_plural': 'learner profiles',
                        'db_table': 'lms_learnerprofile',
                    },
                ),

                migrations.AddField(
                    model_name='learnerprofile',
                    name='department',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='learner_profiles', to='hr.department', verbose_name='department'),
                ),
                migrations.AddField(
                    model_name='learnerprofile',
                    name='organisation',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='learner_profiles', to='hr.organisation', verbose_name='organisation'),
                ),
                migrations.AddField(
                    model_name='learnerprofile',
                    name='profession',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='learner_profiles', to='hr.profession', verbose_name='profession'),
                ),
                migrations.AddField(
                    model_name='learnerprofile',
                    name='user',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='learner_profile', to=settings.AUTH_USER_MODEL, verbose_name='user'),
                ),
                migrations.AddConstraint(
                    model_name='learnerprofile',
                    constraint=models.UniqueConstraint(condition=models.Q(('employee_number', ''), _negated=True), fields=('organisation', 'employee_number'), name='lms_unique_employee_number', violation_error_message='Someone at this organisation already has this employee number.'),
                ),
                migrations.AddConstraint(
                    model_name='learnerprofile',
                    constraint=models.CheckConstraint(condition=models.Q(('employee_number', ''), ('organisation__isnull', False), _connector='OR'), name='lms_employee_number_needs_organisation', violation_error_message='An employee number needs an organisation.'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(relabel("lms", "accounts"), relabel("accounts", "lms")),
    ]
