"""HR's models move from the lms app to hr: a change of Django's state only.

Their tables keep their names (lms_organisation, lms_assignment, …) and their rows; each content
type, and with it the permissions (the HR group's too) and log entries that point at it, is
relabelled from lms to hr.
"""

from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion
import django.utils.timezone

MODELS = ["organisation", "department", "profession", "hrresponsibility", "assignmentrule", "assignment", "reminderlog", "competenceneed", "exportlog"]


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
        ("courses", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Department',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(help_text='The name shown in reports, for example Hematology.', max_length=200, verbose_name='name')),
                        ('local_name', models.CharField(blank=True, help_text='The name the organisation itself uses, for example Hematologen. Imports of competence needs recognise either name.', max_length=200, verbose_name='local name')),
                    ],
                    options={
                        'verbose_name': 'department',
                        'verbose_name_plural': 'departments',
                        'db_table': 'lms_department',
                        'ordering': ['organisation__name', 'name'],
                    },
                ),
                migrations.CreateModel(
                    name='Organisation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, unique=True, verbose_name='name')),
                        ('name_sv', models.CharField(blank=True, help_text='For example: Sahlgrenska Universitetssjukhuset.', max_length=200, verbose_name='name in Swedish')),
                        ('sector', models.CharField(choices=[('healthcare', 'Healthcare'), ('industry', 'Industry'), ('academia', 'Academia'), ('other', 'Other')], default='healthcare', max_length=20, verbose_name='sector')),
                    ],
                    options={
                        'verbose_name': 'organisation',
                        'verbose_name_plural': 'organisations',
                        'db_table': 'lms_organisation',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='Profession',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=100, unique=True, verbose_name='name')),
                        ('name_sv', models.CharField(blank=True, help_text='For example: Sjuksköterska.', max_length=100, verbose_name='name in Swedish')),
                        ('slug', models.SlugField(max_length=100, unique=True, verbose_name='slug')),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, verbose_name='sort order')),
                    ],
                    options={
                        'verbose_name': 'profession',
                        'verbose_name_plural': 'professions',
                        'db_table': 'lms_profession',
                        'ordering': ['sort_order', 'name'],
                    },
                ),
                migrations.CreateModel(
                    name='AssignmentRule',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('people', models.TextField(blank=True, help_text='Email addresses or employee numbers, one a line.', verbose_name='people')),
                        ('due_date', models.DateField(blank=True, null=True, verbose_name='due date')),
                        ('due_within_days', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='due within (days)')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created')),
                        ('state', models.CharField(choices=[('queued', 'Queued'), ('running', 'Running'), ('done', 'Done'), ('failed', 'Failed')], default='queued', max_length=10, verbose_name='state')),
                        ('total', models.PositiveIntegerField(default=0, verbose_name='people found')),
                        ('processed', models.PositiveIntegerField(default=0, verbose_name='people processed')),
                        ('created_count', models.PositiveIntegerField(default=0, verbose_name='assignments created')),
                        ('existing_count', models.PositiveIntegerField(default=0, verbose_name='already assigned')),
                        ('unknown_count', models.PositiveIntegerField(default=0, verbose_name='lines not found')),
                        ('problems', models.JSONField(blank=True, default=list, verbose_name='lines not found')),
                        ('error', models.TextField(blank=True, verbose_name='error')),
                        ('started_at', models.DateTimeField(blank=True, null=True, verbose_name='started')),
                        ('finished_at', models.DateTimeField(blank=True, null=True, verbose_name='finished')),
                        ('course', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='courses.coursepage', verbose_name='course')),
                        ('created_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='assigned by')),
                        ('department', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='hr.department', verbose_name='department')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='hr.organisation', verbose_name='organisation')),
                        ('profession', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='hr.profession', verbose_name='profession')),
                    ],
                    options={
                        'verbose_name': 'course assignment',
                        'verbose_name_plural': 'course assignments',
                        'db_table': 'lms_assignmentrule',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='ExportLog',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('report', models.CharField(max_length=50, verbose_name='report')),
                        ('format', models.CharField(max_length=10, verbose_name='format')),
                        ('filters', models.JSONField(blank=True, default=dict, verbose_name='filters')),
                        ('row_count', models.PositiveIntegerField(verbose_name='rows')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='downloaded at')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='downloaded by')),
                    ],
                    options={
                        'verbose_name': 'report download',
                        'verbose_name_plural': 'report downloads',
                        'db_table': 'lms_exportlog',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.AddField(
                    model_name='department',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='departments', to='hr.organisation', verbose_name='organisation'),
                ),
                migrations.CreateModel(
                    name='ReminderLog',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('learner_due', 'Assignments due or overdue'), ('hr_digest', 'Weekly HR digest')], max_length=20, verbose_name='kind')),
                        ('sent_on', models.DateField(verbose_name='sent on')),
                        ('sent_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='sent at')),
                        ('item_count', models.PositiveIntegerField(default=0, verbose_name='items')),
                        ('recipient', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='recipient')),
                    ],
                    options={
                        'verbose_name': 'reminder sent',
                        'verbose_name_plural': 'reminders sent',
                        'db_table': 'lms_reminderlog',
                        'ordering': ['-sent_at'],
                    },
                ),
                migrations.CreateModel(
                    name='Assignment',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('due_date', models.DateField(verbose_name='due date')),
                        ('assigned_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='assigned at')),
                        ('cancelled_at', models.DateTimeField(blank=True, null=True, verbose_name='cancelled at')),
                        ('assigned_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='assigned by')),
                        ('course', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='assignments', to='courses.coursepage', verbose_name='course')),
                        ('learner', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='assignments', to=settings.AUTH_USER_MODEL, verbose_name='learner')),
                        ('rule', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='assignments', to='hr.assignmentrule', verbose_name='assigned through')),
                    ],
                    options={
                        'verbose_name': 'assignment',
                        'verbose_name_plural': 'assignments',
                        'db_table': 'lms_assignment',
                        'indexes': [models.Index(fields=['course', 'due_date'], name='lms_assignment_due')],
                        'constraints': [models.UniqueConstraint(condition=models.Q(('cancelled_at__isnull', True)), fields=('learner', 'course'), name='lms_one_open_assignment')],
                    },
                ),
                migrations.CreateModel(
                    name='CompetenceNeed',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('staff_count', models.PositiveIntegerField(help_text='How many people in the department need training in this area.', verbose_name='staff needing training')),
                        ('source', models.CharField(blank=True, help_text='Where the number comes from, for example the survey or report and its year.', max_length=200, verbose_name='source')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('area', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='courses.catalogueareapage', verbose_name='competence area')),
                        ('department', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='competence_needs', to='hr.department', verbose_name='department')),
                    ],
                    options={
                        'verbose_name': 'competence need',
                        'verbose_name_plural': 'competence needs',
                        'db_table': 'lms_competenceneed',
                        'ordering': ['department__organisation__name', 'department__name', 'area__path'],
                        'constraints': [models.UniqueConstraint(fields=('department', 'area'), name='lms_one_need_per_department_area')],
                    },
                ),
                migrations.CreateModel(
                    name='HRResponsibility',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='hr_responsibilities', to=settings.AUTH_USER_MODEL, verbose_name='HR user')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='hr_responsibilities', to='hr.organisation', verbose_name='organisation')),
                    ],
                    options={
                        'verbose_name': 'HR responsibility',
                        'verbose_name_plural': 'HR responsibilities',
                        'db_table': 'lms_hrresponsibility',
                        'ordering': ['organisation__name', 'user__email'],
                        'permissions': [('view_hr_reports', 'Can see HR reports and exports for their organisations')],
                        'constraints': [models.UniqueConstraint(fields=('user', 'organisation'), name='lms_unique_hr_responsibility')],
                    },
                ),
                migrations.AddConstraint(
                    model_name='department',
                    constraint=models.UniqueConstraint(fields=('organisation', 'name'), name='lms_unique_department_name'),
                ),
                migrations.AddConstraint(
                    model_name='assignmentrule',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('due_date__isnull', False), ('due_within_days__isnull', True)), models.Q(('due_date__isnull', True), ('due_within_days__isnull', False)), _connector='OR'), name='lms_rule_has_one_due_date'),
                ),
                migrations.AddConstraint(
                    model_name='reminderlog',
                    constraint=models.UniqueConstraint(fields=('kind', 'recipient', 'sent_on'), name='lms_one_reminder_a_day'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(relabel("lms", "hr"), relabel("hr", "lms")),
    ]
