"""One small world for the access-control matrix: every role and one of everything it may touch.

`build_world()` writes it through the real services and the site, and returns the users per
role and the values the matrix's URLs are formatted with. Learners A and B work in different
organisations (X and Y), each with an HR user, so every "someone else's record" question has
a concrete answer. Work that waits for a commit (certificate PDFs, assignment rules, the bulk
ZIP) runs at once, so the world can be built inside the test module's transaction.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, TestCase
from django.utils.http import urlsafe_base64_encode
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    PageViewRestriction,
    Site,
    Task,
    Workflow,
)
from wagtail_factories import DocumentFactory, ImageFactory

from certificates import exports
from certificates.models import Certificate, CertificateTemplate
from courses.models import Audience
from lms.accounts.demo import course_authors_group
from lms.hr import assignments, membership
from lms.hr.models import (
    CompetenceNeed,
    Department,
    HRResponsibility,
    Membership,
    Organisation,
    OrganisationDomain,
    Profession,
    RequestKind,
    Sector,
)
from lms.models import QuizAttempt
from lms.training import services as training_services
from lms.training.models import CalendarFeed, Facility, Venue
from tests.conftest import publish
from tests.factories.courses import (
    AssessmentStepPageFactory,
    CatalogueAreaPageFactory,
    CatalogueIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    SessionStepPageFactory,
)
from tests.factories.hr import make_hr, make_staff
from tests.factories.lms import answer_data, start
from tests.factories.training import AssessmentFactory, SessionFactory

ROLES = ("anonymous", "learner_a", "learner_b", "author", "hr_x", "hr_y", "superuser")

# What identifies learner A (organisation X) and learner B (organisation Y) on a page. Nobody
# outside the learner's organisation (the superuser aside) may be shown these, except on pages
# that are public anyway. Organisation and department names are not secret: every learner picks
# theirs from the full list on the profile page.
X_MARKS = ("Åsa Öberg-Ängström", "asa@example.org", "SU-1001")
Y_MARKS = ("Björn Ekström", "bjorn@example.org", "CC-2002")


def make_user(username, password="correct-horse-battery", **fields):
    fields.setdefault("email", f"{username}@example.org")
    return get_user_model().objects.create_user(username=username, password=password, **fields)


def _course_with_quiz(area, title, slug):
    return CoursePageFactory(
        parent=area,
        title=title,
        slug=slug,
        validity_months=12,
        published=True,
        lessons=2,
        quiz=True,
        quiz__slug=f"{slug}-q",
    )


def _pages():
    home = Site.objects.get(is_default_site=True).root_page.specific
    home_revision = home.save_revision()  # a revision of a page outside the author's reach
    catalogue = publish(CatalogueIndexPageFactory(parent=home))
    area = publish(CatalogueAreaPageFactory(parent=catalogue, code="A", title="Introduction"))
    course = _course_with_quiz(area, "Introduction to ATMP", "intro")
    other_course = _course_with_quiz(area, "GMP cleanroom basics", "gmp")
    draft = LessonPageFactory(parent=other_course, title="Draft lesson", slug="draft", live=False)
    draft.save_revision()
    staff_area = publish(CatalogueAreaPageFactory(parent=catalogue, code="S", title="Staff only"))
    PageViewRestriction.objects.create(page=staff_area, restriction_type="login")
    # A draft change on the live course: what preview, view_draft and compare show.
    course.title = "Introduction to ATMP (draft)"
    revision = course.save_revision()
    return {
        "home": home,
        "home_revision": home_revision,
        "catalogue": catalogue,
        "area": area,
        "course": course,
        "other_course": other_course,
        "draft": draft,
        "staff_area": staff_area,
        "revision": revision,
    }


def _organisations():
    org_x = Organisation.objects.create(name="Sahlgrenska University Hospital")
    org_y = Organisation.objects.create(name="CCRM Nordic", sector=Sector.INDUSTRY)
    dept_x = Department.objects.create(organisation=org_x, name="Hematology")
    dept_y = Department.objects.create(organisation=org_y, name="Manufacturing")
    return {"x": (org_x, dept_x), "y": (org_y, dept_y)}


def _users(orgs):
    nurse = Profession.objects.canonical().get(slug="nurse")
    (org_x, dept_x), (org_y, dept_y) = orgs["x"], orgs["y"]
    profile = {"profession": nurse}
    learner_a = make_staff(
        make_user, "asa", "Åsa Öberg-Ängström", org_x, dept_x, employee_number="SU-1001", **profile
    )
    learner_b = make_staff(
        make_user, "bjorn", "Björn Ekström", org_y, dept_y, employee_number="CC-2002", **profile
    )
    author = make_user("author", first_name="Karin", last_name="Lindqvist")
    author.groups.add(course_authors_group())
    return {
        "anonymous": None,
        "learner_a": learner_a,
        "learner_b": learner_b,
        "author": author,
        "hr_x": make_hr(make_user, "hr-x", org_x),
        "hr_y": make_hr(make_user, "hr-y", org_y),
        "superuser": make_user("root", is_staff=True, is_superuser=True),
    }


def _signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def _learner_records(users, pages):
    """A passes the first course (a certificate) and leaves a quiz open; B enrols in it too."""
    client = _signed_in(users["learner_a"])
    course, other = pages["course"], pages["other_course"]
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/learn/courses/{course.pk}/enrol/")
        for lesson in course.lessons:
            client.post(f"/learn/lessons/{lesson.pk}/complete/")
        attempt = start(client, course.quiz)
        client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt))
        client.post(f"/learn/courses/{other.pk}/enrol/")
        open_attempt = start(client, other.quiz)
        _signed_in(users["learner_b"]).post(f"/learn/courses/{course.pk}/enrol/")
    return {
        "submitted": QuizAttempt.objects.get(pk=attempt.pk),
        "open": open_attempt,
        "certificate": Certificate.objects.get(learner=users["learner_a"], kind="course"),
        "completion": users["learner_a"].completions.get(course=course),
    }


def _hr_records(users, pages, orgs):
    """Each HR user assigns the course and edits a profile, as the admin screens log it."""
    rules, needs = {}, {}
    for side, learner in (("x", users["learner_a"]), ("y", users["learner_b"])):
        organisation, department = orgs[side]
        hr_user = users[f"hr_{side}"]
        with TestCase.captureOnCommitCallbacks(execute=True):
            rules[side] = assignments.create_rule(
                hr_user,
                organisation=organisation,
                course=pages["course"],
                department=department,
                due_within_days=30,
            )
        log(learner.learner_profile, "wagtail.edit", user=hr_user)
        needs[side] = CompetenceNeed.objects.create(
            department=department, area=pages["area"], staff_count=40
        )
    with TestCase.captureOnCommitCallbacks(execute=True):
        export = exports.request_export(users["superuser"], "")
    return rules, needs, export


def _media():
    root = Collection.get_first_root_node()
    public = root.add_child(name="Course material")
    private = root.add_child(name="Staff documents")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    return {
        "collection": public,
        # PDFs: WAGTAILDOCS_EXTENSIONS refuses the factory's default ".dat" on every edit.
        "document": DocumentFactory(
            title="Cleanroom SOP", collection=public, file__filename="cleanroom-sop.pdf"
        ),
        "private_document": DocumentFactory(
            title="Deviation log", collection=private, file__filename="deviation-log.pdf"
        ),
        "image": ImageFactory(title="Gowning", collection=public),
    }


def build_world():
    """Create the world; return (users by role, values for the matrix's URL placeholders)."""
    pages = _pages()
    orgs = _organisations()
    users = _users(orgs)
    records = _learner_records(users, pages)
    rules, needs, export = _hr_records(users, pages, orgs)
    media = _media()
    values = {
        **_page_values(pages),
        **_record_values(users, records, export),
        **_hr_values(users, orgs, rules, needs),
        **_membership_values(users, orgs),
        **_admin_values(media),
        **_training_values(users, pages, orgs),
    }
    return users, values


def _training_values(users, pages, orgs):
    """A venue of X with a cleanroom, a session step in the second course, a session next week
    that learner A has booked, and A's private calendar address."""
    venue = Venue.objects.create(name="KITM cleanroom", organisation=orgs["x"][0])
    facility = Facility.objects.create(
        venue=venue, name="Room 3", kind="cleanroom", grade="B", capacity=8
    )
    step = SessionStepPageFactory(
        parent=pages["other_course"], title="Gowning practice", slug="gowning", published=True
    )
    session = SessionFactory(step=step, facility=facility, seats=4, language="sv")
    booking = training_services.book(users["learner_a"], session.pk)
    feed = CalendarFeed.objects.create(learner=users["learner_a"])
    assessment_step = AssessmentStepPageFactory(
        parent=pages["other_course"], title="Gowning qualification", slug="qual", published=True
    )
    assessment = AssessmentFactory(
        learner=users["learner_a"], step=assessment_step, assessor=users["superuser"]
    )
    return {
        "assessment_step": assessment_step.pk,
        "assessment_of_a": assessment.pk,
        "venue_x": venue.pk,
        "session": session.pk,
        "session_step": step.pk,
        "session_step_url": step.url,
        "booking_of_a": booking.pk,
        "feed_token_of_a": feed.token,
    }


def _page_values(pages):
    course, other = pages["course"], pages["other_course"]
    return {
        "home_page": pages["home"].pk,
        "home_revision": pages["home_revision"].pk,
        "catalogue": pages["catalogue"].pk,
        "area": pages["area"].pk,
        "course": course.pk,
        "revision": pages["revision"].pk,
        "lesson": course.lessons[0].pk,
        "quiz": course.quiz.pk,
        "other_course": other.pk,
        "other_quiz": other.quiz.pk,
        "draft_page": pages["draft"].pk,
        "home_url": pages["home"].url,
        "course_url": course.url,
        "lesson_url": course.lessons[0].url,
        "quiz_url": course.quiz.url,
        "draft_url": f"{other.url}draft/",
        "staff_area": pages["staff_area"].pk,
        "staff_area_url": pages["staff_area"].url,
    }


def _record_values(users, records, export):
    learner_a = users["learner_a"]
    return {
        "attempt_of_a": records["submitted"].pk,
        "open_attempt_of_a": records["open"].pk,
        "completion_of_a": records["completion"].pk,
        "enrolment_of_a": records["completion"].enrolment_id,
        "certificate_of_a": records["certificate"].pk,
        "verify_code_of_a": records["certificate"].verification_code,
        "export": export.pk,
        "learner_a": learner_a.pk,
        "learner_b": users["learner_b"].pk,
        "author_user": users["author"].pk,
        "profile_of_a": learner_a.learner_profile.pk,
        "uidb64": urlsafe_base64_encode(str(learner_a.pk).encode()),
    }


def _membership_values(users, orgs):
    """A's membership of X, her pending request to move department, and X's email domain."""
    learner_a = users["learner_a"]
    request = membership.file_request(
        learner_a,
        kind=RequestKind.CHANGE,
        organisation=orgs["x"][0],
        employee_number="SU-1002",
        message="Moving within Hematology",
    )
    domain = OrganisationDomain.objects.create(organisation=orgs["x"][0], domain="su.example")
    return {
        "membership_of_a": Membership.objects.current().get(user=learner_a).pk,
        "request_of_a": request.pk,
        "domain_x": domain.pk,
    }


def _hr_values(users, orgs, rules, needs):
    return {
        "organisation_x": orgs["x"][0].pk,
        "organisation_y": orgs["y"][0].pk,
        "department_x": orgs["x"][1].pk,
        "need_x": needs["x"].pk,
        "rule_x": rules["x"].pk,
        "hr_responsibility_x": HRResponsibility.objects.get(user=users["hr_x"]).pk,
        "profession": Profession.objects.canonical().get(slug="nurse").pk,
    }


def _admin_values(media):
    template = CertificateTemplate.objects.order_by("pk").first()
    if template is None:
        template = CertificateTemplate.objects.create(name="Default", signatory_name="E. Johansson")
    return {
        "collection": media["collection"].pk,
        "document": media["document"].pk,
        "document_filename": media["document"].filename,
        "private_document": media["private_document"].pk,
        "private_document_filename": media["private_document"].filename,
        "image": media["image"].pk,
        "audience": Audience.objects.canonical().order_by("pk").first().pk,
        "certificate_template": template.pk,
        "group": Group.objects.get(name="HR").pk,
        "site": Site.objects.get(is_default_site=True).pk,
        "redirect": Redirect.objects.create(old_path="/old-page", redirect_link="/").pk,
        "workflow": Workflow.objects.order_by("pk").first().pk,
        "task": Task.objects.order_by("pk").first().pk,
        "locale": Locale.get_default().pk,
    }
