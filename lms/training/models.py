"""Venues with their facilities, the sessions of session steps, bookings and calendar feeds."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index

from courses.translations import canonical_only


class FacilityKind(models.TextChoices):
    CLEANROOM = "cleanroom", _("Cleanroom")
    TEACHING_LAB = "teaching_lab", _("Teaching laboratory")
    SIMULATION = "simulation", _("Simulation room")
    LECTURE_ROOM = "lecture_room", _("Lecture room")
    ONLINE = "online", _("Online meeting")


class CleanroomGrade(models.TextChoices):
    A = "A", _("Grade A")
    B = "B", _("Grade B")
    C = "C", _("Grade C")
    D = "D", _("Grade D")


class Venue(index.Indexed, ClusterableModel):
    """A partner's site where sessions take place, with the facilities it offers."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.ForeignKey(
        "hr.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="venues",
        limit_choices_to=canonical_only,  # an organisation, not one of its translations
    )
    address = models.TextField(_("address"), blank=True)
    travel_notes = models.TextField(
        _("travel and access"),
        blank=True,
        help_text=_("How to get there, where to report, parking, door codes given on the day."),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, lifts, hearing loops, accessible toilets."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("address"),
        FieldPanel("travel_notes"),
        FieldPanel("accessibility"),
        InlinePanel("facilities", heading=_("Facilities"), label=_("Facility")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"], name="training_venue_unique_name"
            )
        ]

    def __str__(self):
        return self.name


class Facility(models.Model):
    """A room or space at a venue: a cleanroom of a grade, a lab, a lecture room, a meeting."""

    venue = ParentalKey(
        Venue, verbose_name=_("venue"), on_delete=models.CASCADE, related_name="facilities"
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=FacilityKind.choices)
    grade = models.CharField(
        _("cleanroom grade"),
        max_length=1,
        choices=CleanroomGrade.choices,
        blank=True,
        help_text=_("Cleanrooms only: the EU GMP Annex 1 grade, A to D."),
    )
    capacity = models.PositiveSmallIntegerField(
        _("capacity"), validators=[MinValueValidator(1), MaxValueValidator(10000)]
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("grade"), FieldPanel("capacity")]

    class Meta:
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")
        ordering = ["venue__name", "name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind=FacilityKind.CLEANROOM) & ~Q(grade=""))
                | (~Q(kind=FacilityKind.CLEANROOM) & Q(grade="")),
                name="training_facility_grade_only_for_cleanrooms",
            ),
            models.CheckConstraint(
                condition=Q(capacity__gte=1), name="training_facility_capacity_positive"
            ),
        ]

    def __str__(self):
        return f"{self.venue.name}: {self.name}"

    def clean(self):
        super().clean()
        if self.kind == FacilityKind.CLEANROOM and not self.grade:
            raise ValidationError({"grade": _("Give the cleanroom's grade, A to D.")})
        if self.kind != FacilityKind.CLEANROOM and self.grade:
            raise ValidationError({"grade": _("Only cleanrooms have a grade.")})


class SessionQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(starts_at__gt=now or timezone.now(), cancelled=False)

    def instructed_by(self, user):
        return self.filter(instructors=user)


class Session(models.Model):
    """One scheduled occurrence of a session step, at a facility or online."""

    step = models.ForeignKey(
        "courses.SessionStepPage",
        verbose_name=_("session step"),
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    facility = models.ForeignKey(
        Facility,
        verbose_name=_("facility"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("Shown only to learners with a place."),
    )
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("instructors"),
        blank=True,
        related_name="instructed_sessions",
    )
    seats = models.PositiveSmallIntegerField(
        _("seats"), validators=[MinValueValidator(1), MaxValueValidator(10000)]
    )
    booking_opens_at = models.DateTimeField(_("booking opens"), null=True, blank=True)
    booking_closes_at = models.DateTimeField(
        _("booking closes"), null=True, blank=True, help_text=_("Blank: when the session starts.")
    )
    cancellation_deadline = models.DateTimeField(
        _("cancellation deadline"),
        null=True,
        blank=True,
        help_text=_("Learners may cancel until then. Blank: until the session starts."),
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    cancelled = models.BooleanField(_("cancelled"), default=False)

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="training_session_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(facility__isnull=False) | ~Q(online_url=""),
                name="training_session_has_a_place",
            ),
            models.CheckConstraint(condition=Q(seats__gte=1), name="training_session_seats"),
        ]
        indexes = [models.Index(fields=["step", "starts_at"], name="training_session_step_idx")]

    def __str__(self):
        start = timezone.localtime(self.starts_at)
        return f"{self.step.title}, {start:%Y-%m-%d %H:%M}"

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The session must end after it starts.")
        if not self.facility_id and not self.online_url:
            errors["facility"] = _("Choose a facility, give an online meeting link, or both.")
        if self.facility_id and self.seats and self.seats > self.facility.capacity:
            errors["seats"] = _("The facility holds %(capacity)s people.") % {
                "capacity": self.facility.capacity
            }
        if errors:
            raise ValidationError(errors)

    @property
    def closes_at(self):
        return self.booking_closes_at or self.starts_at

    @property
    def cancellable_until(self):
        return self.cancellation_deadline or self.starts_at


class BookingStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Attendance(models.TextChoices):
    ATTENDED = "attended", _("Attended")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excused", _("Excused")


ACTIVE = (BookingStatus.BOOKED, BookingStatus.WAITLISTED)


class BookingQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE)

    def booked(self):
        return self.filter(status=BookingStatus.BOOKED)

    def waitlisted(self):
        return self.filter(status=BookingStatus.WAITLISTED).order_by("created_at", "pk")

    def for_learner(self, user):
        return self.filter(learner=user)


class Booking(models.Model):
    """A learner's place (or place in the queue) on a session; written only by the services."""

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.PROTECT, related_name="bookings"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.PROTECT,
        related_name="training_bookings",
    )
    status = models.CharField(_("status"), max_length=20, choices=BookingStatus.choices)
    created_at = models.DateTimeField(_("booked at"), default=timezone.now)
    promoted_at = models.DateTimeField(_("moved off the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    attendance = models.CharField(
        _("attendance"), max_length=20, choices=Attendance.choices, blank=True
    )
    attendance_marked_at = models.DateTimeField(_("attendance marked"), null=True, blank=True)
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendance marked by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["session__starts_at", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "learner"],
                condition=Q(status__in=["booked", "waitlisted"]),
                name="training_booking_one_active_per_learner",
            ),
            models.CheckConstraint(
                condition=Q(attendance="") | Q(status="booked"),
                name="training_booking_attendance_only_when_booked",
            ),
        ]

    def __str__(self):
        return f"{self.learner} – {self.session}"


def new_token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A learner's private calendar address; a new token revokes the old one."""

    learner = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="training_calendar",
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self):
        return str(self.learner)


class AssessmentQuerySet(models.QuerySet):
    def competent(self):
        return self.filter(passed=True)


class Assessment(models.Model):
    """A signed practical assessment: who was observed, on what checklist, by whom, with what
    result. Written once by `services.sign_assessment`; never changed or deleted."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.PROTECT,
        related_name="practical_assessments",
    )
    step = models.ForeignKey(
        "courses.AssessmentStepPage",
        verbose_name=_("practical assessment step"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    step_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("checklist revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assessor"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    results = models.JSONField(_("results"))
    passed = models.BooleanField(_("passed"))
    meaning = models.CharField(_("meaning of the signature"), max_length=200)
    learner_name = models.CharField(_("learner's name"), max_length=200)
    assessor_name = models.CharField(_("assessor's name"), max_length=200)
    signed_at = models.DateTimeField(_("signed"))

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("practical assessment")
        verbose_name_plural = _("practical assessments")
        ordering = ["-signed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "step"],
                condition=Q(passed=True),
                name="training_assessment_competent_once",
            ),
            models.CheckConstraint(
                condition=~Q(learner=models.F("assessor")),
                name="training_assessment_not_by_the_learner",
            ),
        ]

    def __str__(self):
        return f"{self.learner_name} – {self.step.title}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("A signed assessment never changes: record a new one instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("A signed assessment is never deleted.")
