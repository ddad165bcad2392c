"""Demo for HR: organisations, the departments of Table 1 and their needs, ~200 learners with
two years of records, assignments, and HR users. Loaded after the demo accounts (ORDER).

Organisations, departments and the Table 1 needs are always loaded; people and their records
only where settings.ATMP_DEMO_ACCOUNTS is on. A second run adds nothing: learners are created
only if their address is missing, and only new learners get a history.
"""

import random
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from courses.i18n import canonical_pages
from courses.models import CoursePage
from courses.translations import ensure_translation
from lms.accounts.demo import ensure_user
from lms.accounts.models import LearnerProfile
from lms.demo import records
from lms.hr import assignments, membership
from lms.hr.demo.data.people import FIRST_NAMES, LAST_NAMES
from lms.hr.models import (
    AssignmentRule,
    CompetenceNeed,
    Department,
    HRResponsibility,
    Membership,
    MembershipSource,
    Organisation,
    OrganisationDomain,
    Profession,
    Sector,
)
from lms.hr.needs import import_needs
from lms.hr.scope import HR_GROUP

ORDER = 35
NEEDS_FILE = Path(__file__).resolve().parent / "data" / "table1-competence-needs.csv"
NEEDS_SOURCE = "Table 1, Addressing the ATMP competency gap (2024)"
SU = "Sahlgrenska University Hospital"
SAS = "Södra Älvsborg Hospital"
CCRM = "CCRM Nordic"
GOCO = "Mölndal Cell Therapeutics AB (GoCo)"
GU = "University of Gothenburg"
SWEDISH_NAMES = {
    SU: "Sahlgrenska Universitetssjukhuset",
    SAS: "Södra Älvsborgs Sjukhus",
    GU: "Göteborgs universitet",
}
ORGANISATIONS = [
    (SU, Sector.HEALTHCARE, "sahlgrenska.example", "SU"),
    (SAS, Sector.HEALTHCARE, "sas.example", "SÄS"),
    (CCRM, Sector.INDUSTRY, "ccrm.example", "CC"),
    (GOCO, Sector.INDUSTRY, "mct.example", ""),
    (GU, Sector.ACADEMIA, "gu.example", ""),
]
CLINIC = ["nurse", "nurse", "nurse", "physician", "physician", "assistant-nurse", "research-nurse"]
# (organisation, name, local name, people, professions, {course: chance of having completed it})
DEPARTMENTS = [
    (SU, "Hematology", "Hematologen", 28, CLINIC, {"intro": 0.6, "cart": 0.45, "trials": 0.2}),
    (SU, "Oncology", "Onkologen", 28, CLINIC, {"intro": 0.5, "cart": 0.3, "trials": 0.15}),
    (
        SU,
        "Queen Silvia Children's Hospital",
        "Barnsjukhuset",
        26,
        CLINIC,
        {"intro": 0.45, "cart": 0.35, "trials": 0.1},
    ),
    (
        SU,
        "Pharmacy and Medicines",
        "VO Läkemedel",
        14,
        ["pharmacist", "pharmacist", "qualified-person", "production-operator"],
        {"intro": 0.6, "cleanroom": 0.6, "research": 0.15},
    ),
    (
        SU,
        "Clinical Immunology and Transfusion Medicine",
        "KITM",
        20,
        ["biomedical-analyst", "biomedical-analyst", "physician", "production-operator", "qa-ra"],
        {"intro": 0.5, "cleanroom": 0.55, "research": 0.25, "trials": 0.2},
    ),
    (
        SU,
        "Gothia Forum",
        "Gothia Forum",
        14,
        ["research-nurse", "coordinator"],
        {"intro": 0.6, "trials": 0.6},
    ),
    (SAS, "Medicine", "Medicinkliniken", 12, CLINIC, {"intro": 0.4, "cart": 0.2}),
    (
        SAS,
        "Hospital Pharmacy",
        "Sjukhusapoteket",
        10,
        ["pharmacist", "production-operator"],
        {"intro": 0.5, "cleanroom": 0.4},
    ),
    (
        CCRM,
        "Manufacturing",
        "Tillverkning",
        12,
        ["production-operator", "production-operator", "qa-ra"],
        {"intro": 0.7, "cleanroom": 0.8},
    ),
    (
        CCRM,
        "Quality",
        "Kvalitet",
        6,
        ["qa-ra", "qualified-person"],
        {"intro": 0.7, "cleanroom": 0.6, "research": 0.4},
    ),
    (
        GOCO,
        "Process Development",
        "Processutveckling",
        8,
        ["researcher", "production-operator"],
        {"intro": 0.6, "research": 0.5, "cleanroom": 0.5},
    ),
    (
        GOCO,
        "Quality and Regulatory",
        "Kvalitet och regulatoriska frågor",
        4,
        ["qa-ra"],
        {"intro": 0.7, "research": 0.5},
    ),
    (
        GU,
        "Institute of Biomedicine",
        "Institutionen för biomedicin",
        10,
        ["researcher"],
        {"intro": 0.5, "research": 0.4},
    ),
    (
        GU,
        "Sahlgrenska Academy students",
        "Studenter vid Sahlgrenska akademin",
        8,
        ["student"],
        {"intro": 0.6},
    ),
]
COURSES = {
    "intro": "introduction-to-atmp",
    "research": "from-idea-to-approved-atmp",
    "trials": "atmp-clinical-trials-in-practice",
    "cart": "caring-for-patients-receiving-car-t-cell-therapy",
    "cleanroom": "gmp-cleanroom-basics",
}
HR_ACCOUNTS = [
    # (email = username, first name, last name, password, organisation)
    ("hr@example.org", "Helena", "Sjöberg", "atmp-hr-demo", SU),
    ("hr-ccrm@example.org", "Jonas", "Ek", "atmp-hr-demo", CCRM),
]
DEMO_LEARNER = "learner@example.org"


def ensure_structure():
    """Create the organisations and departments, with their Swedish names as translations;
    return {(organisation, name): department}."""
    organisations = {}
    for name, sector, domain, _prefix in ORGANISATIONS:
        organisations[name], _created = Organisation.objects.canonical().get_or_create(
            name=name, defaults={"sector": sector}
        )
        if name in SWEDISH_NAMES:
            ensure_translation(organisations[name], "sv", SWEDISH_NAMES[name])
        # Whoever registers and confirms an address at the domain becomes a member.
        OrganisationDomain.objects.get_or_create(
            domain=domain, defaults={"organisation": organisations[name]}
        )
    departments = {}
    for org, name, local_name, *_rest in DEPARTMENTS:
        departments[(org, name)], _created = Department.objects.canonical().get_or_create(
            organisation=organisations[org], name=name, defaults={"local_name": local_name}
        )
        # These organisations are Swedish: what they call a department is its Swedish name.
        if local_name:
            ensure_translation(departments[(org, name)], "sv", local_name)
    return organisations, departments


def ensure_needs(organisation, out):
    """Import Table 1 for the university hospital, unless its needs are already there."""
    if CompetenceNeed.objects.filter(department__organisation=organisation).exists():
        return
    result = import_needs(NEEDS_FILE.read_bytes(), organisation, source=NEEDS_SOURCE)
    out.write(f"Imported Table 1 needs for {result.departments} departments of {organisation}.")


def _completion_date(rng, course, now):
    """Spread completions so that some have expired and some expire within the month."""
    roll = rng.random()
    if course.validity_months == 12:
        days = rng.uniform(380, 560) if roll < 0.2 else rng.uniform(336, 360)
        days = days if roll < 0.35 else rng.uniform(10, 300)
    elif course.validity_months == 24:
        days = rng.uniform(745, 900) if roll < 0.1 else rng.uniform(702, 725)
        days = days if roll < 0.22 else rng.uniform(10, 650)
    else:
        days = rng.uniform(5, 600)
    return now - timedelta(days=days)


def _plans_for(rng, learner, name, chances, courses, now):
    plans = []
    for key, chance in chances.items():
        course = courses[key]
        roll = rng.random()
        if roll < chance:
            completed_at = _completion_date(rng, course, now)
            plans.append(
                records.Plan(
                    learner=learner,
                    name=name,
                    course=course,
                    started_at=completed_at - timedelta(days=rng.uniform(0.2, 20)),
                    completed_at=completed_at,
                    failed_attempts=rng.choice([0, 0, 0, 1, 1, 2]),
                    rng=rng,
                )
            )
        elif roll < chance + 0.12:
            plans.append(
                records.Plan(
                    learner=learner,
                    name=name,
                    course=course,
                    started_at=now - timedelta(days=rng.uniform(1, 40)),
                    lessons_done=rng.randint(1, 3),
                    rng=rng,
                )
            )
    return plans


def _people(rng):
    """Yield (organisation, department name, profession slug, chances, first, last) x 200."""
    for org, department, _local, count, professions, chances in DEPARTMENTS:
        for _index in range(count):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            yield org, department, rng.choice(professions), chances, first, last


ASCII = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "ı": "i"})


def email_part(name):
    return slugify(name.translate(ASCII))


def ensure_learners(organisations, departments, courses, now):
    """Create the demo learners that are missing, with profiles and histories; return count."""
    rng = random.Random(20240501)  # noqa: S311 - demo data, reproducible on purpose
    User = get_user_model()
    professions = {p.slug: p for p in Profession.objects.canonical()}
    domains = {name: (domain, prefix) for name, _sector, domain, prefix in ORGANISATIONS}
    existing = set(User.objects.values_list("username", flat=True))
    users, profiles, plans = [], [], []
    for number, (org, department, profession, chances, first, last) in enumerate(_people(rng)):
        domain, prefix = domains[org]
        email = f"{email_part(first)}.{email_part(last)}.{number + 1}@{domain}"
        history_rng = random.Random(number)  # noqa: S311
        if email in existing:
            continue
        user = User(username=email, email=email, first_name=first, last_name=last)
        user.set_unusable_password()
        users.append(user)
        profiles.append(
            LearnerProfile(
                user=user,
                full_name=f"{first} {last}",
                organisation=organisations[org],
                department=departments[(org, department)],
                profession=professions[profession],
                employee_number=f"{prefix}-{100200 + number}" if prefix else "",
                # Demo staff come from their employer's list: addresses count as confirmed.
                verified_email=email,
                email_verified_at=now,
            )
        )
        plans += _plans_for(history_rng, user, f"{first} {last}", chances, courses, now)
    User.objects.bulk_create(users)
    for profile in profiles:
        profile.user_id = profile.user.pk
    LearnerProfile.objects.bulk_create(profiles)
    import_memberships(profiles, now)
    records.write(plans)
    return len(users)


def import_memberships(profiles, now):
    """Record the demo staff as members, as an HR import would, in bulk (~200 people)."""
    Membership.objects.bulk_create(
        Membership(
            user_id=profile.user_id,
            organisation_id=profile.organisation_id,
            department_id=profile.department_id,
            employee_number=profile.employee_number,
            source=MembershipSource.IMPORT,
            started_at=now,
        )
        for profile in profiles
    )
    by_organisation = {}
    for profile in profiles:
        by_organisation.setdefault(profile.organisation, []).append(profile.user_id)
    for organisation, user_ids in by_organisation.items():
        membership.member_group(organisation).user_set.add(*user_ids)


def _verified_member(user, organisation, department=None, **fields):
    """Confirm a demo account's address and make it a member, once."""
    profile = user.learner_profile
    if not profile.email_verified:
        profile.mark_email_verified()
        profile.save(update_fields=["verified_email", "email_verified_at"])
    if membership.current_membership(user) is None:
        membership.start(
            user, organisation, source=MembershipSource.HR, department=department, **fields
        )


def ensure_hr_users(organisations, out, style):
    """Create the HR demo accounts, in the HR group, each responsible for one organisation."""
    group = Group.objects.get(name=HR_GROUP)
    users = {}
    for email, first, last, password, org in HR_ACCOUNTS:
        user, created = ensure_user(email, email, first, last, password, is_staff=True)
        user.groups.add(group)
        HRResponsibility.objects.get_or_create(user=user, organisation=organisations[org])
        LearnerProfile.objects.get_or_create(user=user, defaults={"full_name": f"{first} {last}"})
        _verified_member(user, organisations[org])
        users[org] = user
        out.write(
            style.WARNING(
                f"Demo HR for {org}: username {email!r}, password {password!r} "
                f"({'created' if created else 'already there'}; development only)."
            )
        )
    return users


def place_demo_learner(organisations, departments):
    """Put the walkthrough learner in Hematology at the university hospital, once."""
    profile = LearnerProfile.objects.filter(user__username=DEMO_LEARNER).first()
    if profile and profile.organisation_id is None:
        profile.profession = Profession.objects.canonical().get(slug="nurse")
        profile.save(update_fields=["profession"])
        _verified_member(
            profile.user,
            organisations[SU],
            departments[(SU, "Hematology")],
            employee_number="SU-104217",
        )


# (organisation, course, department, profession, people, due in days (negative: past), created
# days ago). Past due dates make some people overdue, as in a real campaign.
RULES = [
    (SU, "intro", "Hematology", None, "", -12, 60),
    (SU, "cart", "Hematology", "nurse", "", 30, 10),
    (SU, "cleanroom", "Pharmacy and Medicines", None, "", 5, 40),
    (SU, "cleanroom", "Clinical Immunology and Transfusion Medicine", None, "", 45, 20),
    (SU, "trials", "Gothia Forum", None, "", -3, 50),
    (SU, "intro", "Oncology", None, "", 14, 7),
    (
        SU,
        "cleanroom",
        None,
        None,
        f"{DEMO_LEARNER}\nnot.on.staff@sahlgrenska.example\nSU-999999",
        21,
        2,
    ),
    (CCRM, "cleanroom", "Manufacturing", None, "", 20, 14),
]


def ensure_rules(hr_users, organisations, departments, courses, now):
    """Create and apply the demo assignments once (they are the demo HR users' own)."""
    if AssignmentRule.objects.filter(created_by__in=hr_users.values()).exists():
        return 0
    today = timezone.localdate(now)
    professions = {p.slug: p for p in Profession.objects.canonical()}
    for org, course, department, profession, people, due_in, days_ago in RULES:
        created_at = now - timedelta(days=days_ago)
        rule = AssignmentRule.objects.create(
            organisation=organisations[org],
            course=courses[course],
            department=departments[(org, department)] if department else None,
            profession=professions[profession] if profession else None,
            people=people,
            due_date=today + timedelta(days=due_in),
            created_by=hr_users[org],
            created_at=created_at,
        )
        assignments.apply_rule(rule.pk)
        rule.assignments.update(assigned_at=created_at)
    return len(RULES)


# The staff-only course of the demo (issue 17, W17): open to the hospitals' members only,
# through Wagtail's page privacy "users in specific groups" and the members' groups.
MEMBERS_ONLY = ("cart", (SU, SAS))


def restrict_to_members(organisations):
    """Restrict the demo's clinical course (every translation) to the hospitals' members."""
    key, owners = MEMBERS_ONLY
    course = canonical_pages(CoursePage.objects).filter(slug=COURSES[key]).first()
    if course is None:
        return
    groups = [membership.member_group(organisations[name]) for name in owners]
    for page in course.get_translations(inclusive=True):
        restrictions = PageViewRestriction.objects.filter(page=page)
        restriction = restrictions.filter(restriction_type=PageViewRestriction.GROUPS).first()
        restrictions.exclude(restriction_type=PageViewRestriction.GROUPS).delete()
        if restriction is None:
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.GROUPS
            )
        restriction.groups.add(*groups)


def load(out, style):
    organisations, departments = ensure_structure()
    ensure_needs(organisations[SU], out)
    restrict_to_members(organisations)
    if not settings.ATMP_DEMO_ACCOUNTS:
        out.write("Demo learners and HR users skipped: ATMP_DEMO_ACCOUNTS is off.")
        return
    courses = {
        key: canonical_pages(CoursePage.objects).get(slug=slug) for key, slug in COURSES.items()
    }
    now = timezone.now()
    created = ensure_learners(organisations, departments, courses, now)
    hr_users = ensure_hr_users(organisations, out, style)
    place_demo_learner(organisations, departments)
    rules = ensure_rules(hr_users, organisations, departments, courses, now)
    out.write(f"HR demo: {created} learners and {rules} assignments added.")
