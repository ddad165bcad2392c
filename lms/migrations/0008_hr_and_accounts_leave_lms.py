"""HR's models and learner profiles leave the lms app for hr and accounts (their 0001).

Django's state only: no table, column or row changes (hr 0001 and accounts 0001 say why).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0007_completion_recent_index"),
        ("hr", "0001_initial"),
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="assignmentrule",
                    name="course",
                ),
                migrations.RemoveField(
                    model_name="assignmentrule",
                    name="created_by",
                ),
                migrations.RemoveField(
                    model_name="assignmentrule",
                    name="department",
                ),
                migrations.RemoveField(
                    model_name="assignmentrule",
                    name="organisation",
                ),
                migrations.RemoveField(
                    model_name="assignmentrule",
                    name="profession",
                ),
                migrations.RemoveField(
                    model_name="competenceneed",
                    name="area",
                ),
                migrations.RemoveField(
                    model_name="competenceneed",
                    name="department",
                ),
                migrations.RemoveField(
                    model_name="department",
                    name="organisation",
                ),
                migrations.RemoveField(
                    model_name="learnerprofile",
                    name="department",
                ),
                migrations.RemoveField(
                    model_name="exportlog",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="hrresponsibility",
                    name="organisation",
                ),
                migrations.RemoveField(
                    model_name="hrresponsibility",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="learnerprofile",
                    name="organisation",
                ),
                migrations.RemoveField(
                    model_name="learnerprofile",
                    name="profession",
                ),
                migrations.RemoveField(
                    model_name="learnerprofile",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="reminderlog",
                    name="recipient",
                ),
                migrations.DeleteModel(
                    name="Assignment",
                ),
                migrations.DeleteModel(
                    name="AssignmentRule",
                ),
                migrations.DeleteModel(
                    name="CompetenceNeed",
                ),
                migrations.DeleteModel(
                    name="Department",
                ),
                migrations.DeleteModel(
                    name="ExportLog",
                ),
                migrations.DeleteModel(
                    name="HRResponsibility",
                ),
                migrations.DeleteModel(
                    name="Organisation",
                ),
                migrations.DeleteModel(
                    name="Profession",
                ),
                migrations.DeleteModel(
                    name="LearnerProfile",
                ),
                migrations.DeleteModel(
                    name="ReminderLog",
                ),
            ],
            database_operations=[],
        ),
    ]
