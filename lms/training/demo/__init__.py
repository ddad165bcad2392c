"""Demo for the Training Centre, from training.toml: partner venues with facilities, two courses
whose step is an attended session (in English and Swedish), sessions over the coming weeks
computed from the day it runs, a demo instructor, and bookings with a waiting list.

Loaded after HR's demo (ORDER), whose organisations own the venues. A second run adds nothing:
venues, facilities and pages are looked up first, and sessions are scheduled only for a step
that has none.
"""

import tomllib
import uuid
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from courses.demo import ensure_child
from courses.demo.translations import translate
from courses.i18n import canonical_pages
from courses.models import AssessmentStepPage, CatalogueAreaPage, CoursePage, SessionStepPage
from lms.accounts.demo import ensure_user
from lms.accounts.models import LearnerProfile
from lms.hr.models import Organisation
from lms.training import services
from lms.training.forms import INSTRUCTORS_GROUP
from lms.training.models import Facility, Session, Venue

ORDER = 38
DATA = Path(__file__).with_name("training.toml")
INSTRUCTOR = (
    "instructor@example.org",
    "instructor@example.org",
    "Maria",
    "Nyström",
    "atmp-instructor-demo",
)


def data():
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


def ensure_venues(venues):
    """Return {"key:facility name": Facility}, creating what is missing."""
    facilities = {}
    for spec in venues:
        organisation, _created = Organisation.objects.canonical().get_or_create(
            name=spec["organisation"]
        )
        venue, _created = Venue.objects.get_or_create(
            organisation=organisation,
            name=spec["name"],
            defaults={key: spec[key] for key in ("address", "travel_notes", "accessibility")},
        )
        for room in spec["facilities"]:
            facility, _created = Facility.objects.get_or_create(
                venue=venue,
                name=room["name"],
                defaults={
                    "kind": room["kind"],
                    "grade": room.get("grade", ""),
                    "capacity": room["capacity"],
                },
            )
            facilities[f"{spec['key']}:{room['name']}"] = facility
    return facilities


def _texts(spec, language):
    texts = dict(spec[language])
    texts.setdefault("slug", spec["slug"])
    return texts


def ensure_course(spec):
    """Return the course's session step in the default language, with its translations."""
    default = settings.LANGUAGE_CODE
    area = canonical_pages(CatalogueAreaPage.objects).get(code=spec["area"])
    texts = _texts(spec, default)
    course, _created = ensure_child(
        area,
        CoursePage,
        texts.pop("slug"),
        estimated_minutes=spec["minutes"],
        format=spec["format"],
        issues_certificate=False,
        counts_towards_area_certificate=spec["counts_towards_area_certificate"],
        **texts,
    )
    step_spec = spec["step"]
    step_texts = _texts(step_spec, default)
    step, _created = ensure_child(
        course,
        SessionStepPage,
        step_texts.pop("slug"),
        kind=step_spec["kind"],
        estimated_minutes=step_spec["minutes"],
        **step_texts,
    )
    for language, _name in settings.LANGUAGES:
        locale = Locale.objects.filter(language_code=language).first()
        if language == default or locale is None or language not in spec:
            continue
        if area.get_translation_or_none(locale) is None:
            continue
        translate(course, locale, **_texts(spec, language))
        translate(step, locale, **_texts(step_spec, language))
    return step


def _checklist(items, ids=None):
    """Return the checklist as StreamField data; translations reuse the source's block ids."""
    ids = ids or [str(uuid.uuid4()) for _item in items]
    return [
        {"type": "item", "id": block_id, "value": {"text": text, "guidance": guidance}}
        for block_id, (text, guidance) in zip(ids, items, strict=True)
    ]


def ensure_assessment(spec):
    """Add the gowning qualification after the course's session step, in every language."""
    default = settings.LANGUAGE_CODE
    course = canonical_pages(CoursePage.objects).get(slug=spec["course"])
    texts = dict(spec[default])
    step, _created = ensure_child(
        course,
        AssessmentStepPage,
        spec["slug"],
        title=texts["title"],
        description=texts["description"],
        estimated_minutes=spec["minutes"],
        checklist=_checklist(texts["items"]),
    )
    ids = [block_id for block_id, _text, _guidance in step.items()]
    for language, _name in settings.LANGUAGES:
        locale = Locale.objects.filter(language_code=language).first()
        translated_course = locale and course.get_translation_or_none(locale)
        if language == default or language not in spec or translated_course is None:
            continue
        texts = spec[language]
        translate(
            step,
            locale,
            slug=texts["slug"],
            title=texts["title"],
            description=texts["description"],
            checklist=_checklist(texts["items"], ids),
        )
    return step


def _starts(rule, now):
    """Yield the aware start times of a rule's sessions, in Europe/Stockholm."""
    day = timezone.localtime(now) + timedelta(days=rule["first_in_days"])
    if "weekday" in rule:
        day += timedelta(days=(rule["weekday"] - day.weekday()) % 7)
    for number in range(rule["count"]):
        moment = (day + timedelta(days=number * rule["every_days"])).replace(
            hour=rule["hour"], minute=0, second=0, microsecond=0, tzinfo=None
        )
        yield timezone.make_aware(moment)


def schedule(step, rules, facilities, instructor, now):
    """Create the step's sessions from its rules, unless it has sessions already."""
    if Session.objects.filter(step=step).exists():
        return []
    sessions = []
    for rule in rules:
        for starts in _starts(rule, now):
            session = Session.objects.create(
                step=step,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=rule["minutes"]),
                facility=facilities[rule["facility"]],
                online_url=rule.get("online_url", ""),
                seats=rule["seats"],
                language=rule["language"],
                booking_closes_at=starts - timedelta(days=1),
                cancellation_deadline=starts - timedelta(days=2),
            )
            if instructor is not None:
                session.instructors.add(instructor)
            sessions.append(session)
    return sessions


def ensure_instructor():
    """The demo instructor, who also assesses."""
    user, created = ensure_user(*INSTRUCTOR)
    user.groups.add(
        Group.objects.get(name=INSTRUCTORS_GROUP), Group.objects.get(name="Training assessors")
    )
    if created:
        LearnerProfile.objects.get_or_create(
            user=user, defaults={"full_name": f"{INSTRUCTOR[2]} {INSTRUCTOR[3]}"}
        )
    return user


def book_demo_places(sessions):
    """Fill the first gowning session (with a waiting list) and book the demo learner."""
    learners = list(
        get_user_model()
        .objects.filter(is_active=True, is_staff=False, learner_profile__organisation__isnull=False)
        .order_by("pk")[:6]
    )
    first = sessions[0]
    for learner in learners:
        services.book(learner, first.pk, waitlist=True)
    demo_learner = get_user_model().objects.filter(username="learner@example.org").first()
    if demo_learner is not None and len(sessions) > 1:
        services.book(demo_learner, sessions[1].pk)


def load(out, style):
    spec = data()
    facilities = ensure_venues(spec["venues"])
    instructor = ensure_instructor() if settings.ATMP_DEMO_ACCOUNTS else None
    now = timezone.now()
    for course in spec["courses"]:
        step = ensure_course(course)
        sessions = schedule(step, course["sessions"], facilities, instructor, now)
        if sessions and settings.ATMP_DEMO_ACCOUNTS and course["step"]["kind"] == "cleanroom":
            book_demo_places(sessions)
        out.write(f"Training: {step.title}, {len(sessions)} sessions scheduled")
    if "assessment" in spec:
        step = ensure_assessment(spec["assessment"])
        out.write(f"Training: {step.title}, {len(step.items())} checklist items")
