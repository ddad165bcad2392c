"""Upgrading a database from before HR and accounts had apps of their own keeps every row.

It also comes from before names were translatable snippets: its Swedish names (name_sv) must
arrive as Swedish translations.

The test database is taken back to the migrations of that release (HR's models and learner
profiles still in the lms app), filled the way that release filled it, and migrated forward
again; the rows must come through unchanged, readable by today's models, with the content
types (and so the HR group's permissions and log entries) following the models.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import translation
from wagtail.models import Locale

from certificates.models import CertificateTemplate
from courses.models import Audience
from lms.accounts.models import LearnerProfile
from lms.hr.models import (
    Assignment,
    AssignmentRule,
    CompetenceNeed,
    Department,
    ExportLog,
    HRResponsibility,
    Membership,
    Organisation,
    Profession,
)

# The leaf migrations of the release before the move (main at 92af7ca).
BEFORE = [
    ("lms", "0007_completion_recent_index"),
    ("courses", "0006_audience_name_sv"),
    ("certificates", "0002_default_template_per_language"),
    ("home", "0002_create_homepage"),
    ("hr", None),
    ("accounts", None),
]
MOVED = {
    "hr": [
        "organisation",
        "department",
        "profession",
        "hrresponsibility",
        "assignmentrule",
        "assignment",
        "reminderlog",
        "competenceneed",
        "exportlog",
    ],
    "accounts": ["learnerprofile"],
}


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    return executor.loader.project_state([t for t in targets if t[1] is not None]).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def fill_the_old_database(old):
    """Write rows the way the release before the move did, through its own models."""
    User = old.get_model("auth", "User")
    Organisation = old.get_model("lms", "Organisation")
    Group = old.get_model("auth", "Group")
    area = old.get_model("courses", "CatalogueAreaPage").objects.first()
    course = old.get_model("courses", "CoursePage").objects.first()
    learner = User.objects.create(username="asa@example.org", email="asa@example.org")
    hr_user = User.objects.create(username="hr@example.org", email="hr@example.org", is_staff=True)
    hr_user.groups.add(Group.objects.get(name="HR"))
    hospital = Organisation.objects.create(
        name="Sahlgrenska University Hospital", name_sv="Sahlgrenska Universitetssjukhuset"
    )
    hematology = old.get_model("lms", "Department").objects.create(
        organisation=hospital, name="Hematology", local_name="Hematologen"
    )
    nurse = old.get_model("lms", "Profession").objects.get(slug="nurse")
    old.get_model("lms", "LearnerProfile").objects.create(
        user=learner,
        full_name="Åsa Öberg-Ängström",
        organisation=hospital,
        department=hematology,
        profession=nurse,
        employee_number="SU-1001",
        language="sv",
    )
    old.get_model("lms", "HRResponsibility").objects.create(user=hr_user, organisation=hospital)
    rule = old.get_model("lms", "AssignmentRule").objects.create(
        organisation=hospital,
        course=course,
        department=hematology,
        due_date=datetime.date(2030, 1, 31),
        created_by=hr_user,
        state="done",
    )
    old.get_model("lms", "Assignment").objects.create(
        learner=learner, course=course, rule=rule, due_date=datetime.date(2030, 1, 31)
    )
    old.get_model("lms", "CompetenceNeed").objects.create(
        department=hematology, area=area, staff_count=22, source="Table 1"
    )
    old.get_model("lms", "ExportLog").objects.create(
        user=hr_user, report="completion-records", format="csv", row_count=3
    )
    old.get_model("certificates", "CertificateTemplate").objects.create(
        name="ATMP Academy", language="en", is_default=True, signatory_name="A", signatory_title="B"
    )


# serialized_rollback: the database is put back as the migrations left it (site, home page,
# content types) before and after, whichever transactional tests run beside it.
@pytest.mark.migrates
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_existing_database_upgrades_with_every_row_and_permission(quiz_course):
    try:
        old = migrate(BEFORE)
        assert ContentType.objects.filter(app_label="lms", model="organisation").exists()
        fill_the_old_database(old)
        migrate(latest())

        hospital = Organisation.objects.get(name="Sahlgrenska University Hospital")
        hematology = Department.objects.get(organisation=hospital, name="Hematology")
        profile = LearnerProfile.objects.select_related("user").get(employee_number="SU-1001")
        assert (profile.full_name, profile.language) == ("Åsa Öberg-Ängström", "sv")
        assert (profile.organisation, profile.department) == (hospital, hematology)
        assert profile.profession == Profession.objects.canonical().get(slug="nurse")
        rule = AssignmentRule.objects.get(organisation=hospital)
        assert rule.department == hematology and rule.created_by.username == "hr@example.org"
        assignment = Assignment.objects.get(learner=profile.user)
        assert (assignment.rule, assignment.due_date) == (rule, datetime.date(2030, 1, 31))
        assert CompetenceNeed.objects.get(department=hematology).staff_count == 22
        assert ExportLog.objects.get().report == "completion-records"
        assert HRResponsibility.objects.get().organisation == hospital
        assert CertificateTemplate.objects.get().language == "en-gb"  # the site's English

        # Each Swedish name column became a Swedish translation of the default-language row.
        assert hospital.locale.language_code == "en-gb"
        swedish = hospital.get_translation(Locale.objects.get(language_code="sv"))
        assert swedish.name == "Sahlgrenska Universitetssjukhuset"
        assert Organisation.objects.canonical().get() == hospital
        assert profile.profession.get_translations().get().name == "Sjuksköterska"
        audience = Audience.objects.canonical().get(slug="nurse")
        assert audience.get_translations().get().name == "Sjuksköterskor"
        assert not hematology.get_translations().exists()  # a local name is not a translation
        assert hematology.local_name == "Hematologen"
        with translation.override("sv"):
            assert hospital.display_name == "Sahlgrenska Universitetssjukhuset"

        for app_label, models in MOVED.items():
            for model in models:
                assert ContentType.objects.filter(app_label=app_label, model=model).exists()
                assert not ContentType.objects.filter(app_label="lms", model=model).exists()
        hr_user = get_user_model().objects.get(username="hr@example.org")
        assert hr_user.has_perm("hr.view_hr_reports")
        assert hr_user.has_perm("hr.add_assignmentrule")
        assert hr_user.has_perm("accounts.change_learnerprofile")

        # Issue 17, W0: the self-declared workplace becomes a current membership flagged for
        # review, so nobody vanishes from HR's reports; the address is not taken as confirmed.
        membership = Membership.objects.get(user=profile.user)
        assert (membership.organisation, membership.department) == (hospital, hematology)
        assert (membership.employee_number, membership.source) == ("SU-1001", "migrated")
        assert membership.is_current and membership.needs_review
        assert profile.user.groups.filter(pk=hospital.member_group.group_id).exists()
        assert not profile.email_verified
        assert hr_user.has_perm("hr.add_membership")
        assert hr_user.has_perm("hr.change_joinrequest")
        assert not hr_user.has_perm("hr.delete_membership")
    finally:
        migrate(latest())
