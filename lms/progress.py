"""Read-only views of a learner's progress, batched so pages stay at a fixed number of queries."""

from dataclasses import dataclass, field

from django.db.models import IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import Page

from courses.i18n import in_language
from courses.models import AssessmentStepPage, LessonPage, QuizPage, SessionStepPage
from lms.models import (
    RENEWABLE,
    AttemptStatus,
    CourseCompletion,
    Enrolment,
    QuizAttempt,
    StepProgress,
)


@dataclass
class CourseState:
    """Where one learner stands in one course.

    `course` is the default-language (canonical) course the records point at; `display` is the
    version in the reader's language, whose `steps` the learner sees. `done` is keyed by
    translation key, so a lesson done in Swedish is done in English too.
    """

    course: Page
    enrolment: Enrolment | None = None
    steps: list = field(default_factory=list)
    done: dict = field(default_factory=dict)
    completions: list | None = None  # all cycles; loaded on first use when not given
    display: Page | None = None

    def __post_init__(self):
        if self.display is None:
            self.display = self.course

    def is_done(self, step):
        return self.done.get(step.translation_key, False)

    def _all_completions(self):
        if self.completions is None:
            self.completions = (
                list(
                    CourseCompletion.objects.filter(enrolment=self.enrolment)
                    .prefetch_related("corrections")
                    .order_by("cycle")
                )
                if self.enrolment
                else []
            )
        return self.completions

    @property
    def completion(self):
        """The completion of the current cycle, if there is one."""
        cycle = self.enrolment.cycle if self.enrolment else None
        return next((c for c in self._all_completions() if c.cycle == cycle), None)

    @property
    def previous_completion(self):
        cycle = self.enrolment.cycle if self.enrolment else 0
        return next((c for c in reversed(self._all_completions()) if c.cycle < cycle), None)

    @property
    def steps_done(self):
        return sum(1 for step in self.steps if self.is_done(step))

    @property
    def step_count(self):
        return len(self.steps)

    @property
    def percent(self):
        return round(100 * self.steps_done / self.step_count) if self.steps else 0

    @property
    def minutes_remaining(self):
        return sum(
            getattr(step, "minutes", None) or getattr(step, "estimated_minutes", 0)
            for step in self.steps
            if not self.is_done(step)
        )

    @property
    def next_step(self):
        """The first unfinished step: where 'continue' takes the learner."""
        return next((step for step in self.steps if not self.is_done(step)), None)

    @property
    def is_complete(self):
        return self.completion is not None

    def locked_by(self, step):
        """Return the step to finish first, if the course is sequential and one comes before."""
        if not getattr(self.course, "sequential", False):
            return None
        for earlier in self.steps:
            if earlier.translation_key == step.translation_key:
                return None
            if not self.is_done(earlier):
                return earlier
        return None

    @property
    def latest_completion(self):
        return self.completion or self.previous_completion

    @property
    def expiry_status(self):
        """Return the latest completion's CompletionStatus, or "" before any completion."""
        completion = self.latest_completion
        return completion.status_at() if completion is not None else ""

    @property
    def can_renew(self):
        """The course may be taken again once this cycle's completion no longer counts for long."""
        return self.completion is not None and self.expiry_status in RENEWABLE


def _minutes(model):
    return Subquery(model.objects.filter(pk=OuterRef("pk")).values("estimated_minutes")[:1])


def _steps_by_course(courses):
    """Return {course translation key: [live steps in order]} in one query, with `minutes`."""
    if not courses:
        return {}
    by_path = {course.path: course.translation_key for course in courses}
    parents = Q()
    for depth in {course.depth for course in courses}:
        paths = [c.path for c in courses if c.depth == depth]
        # One IN list per depth (in practice one): far cheaper to build than an OR per course.
        parents |= Q(depth=depth + 1, parent_path__in=paths)
    steps = (
        Page.objects.live()
        .annotate(
            parent_path=Substr("path", 1, Length("path") - Page.steplen),
            minutes=Coalesce(
                _minutes(LessonPage),
                _minutes(QuizPage),
                _minutes(SessionStepPage),
                _minutes(AssessmentStepPage),
                Value(0),
                output_field=IntegerField(),
            ),
        )
        .filter(parents)
        .order_by("path")
    )
    grouped = {course.translation_key: [] for course in courses}
    for step in steps:
        grouped[by_path[step.path[: -Page.steplen]]].append(step)
    return grouped


def _done_by_enrolment(enrolments):
    """Return {enrolment id: {step translation key: True}}: lessons done, quizzes passed."""
    done = {enrolment.pk: {} for enrolment in enrolments}
    if not enrolments:
        return done
    cycles = {enrolment.pk: enrolment.cycle for enrolment in enrolments}
    lessons_done = (
        StepProgress.objects.filter(enrolment_id__in=cycles, completed_at__isnull=False)
        .order_by()
        .values_list("enrolment_id", "step__translation_key", "cycle")
    )
    quizzes_passed = (
        QuizAttempt.objects.filter(
            enrolment_id__in=cycles, status=AttemptStatus.SUBMITTED, passed=True
        )
        .order_by()
        .values_list("enrolment_id", "quiz__translation_key", "cycle")
    )
    for enrolment_id, key, cycle in lessons_done.union(quizzes_passed, all=True):
        if cycle == cycles[enrolment_id]:  # earlier cycles' records do not count now
            done[enrolment_id][key] = True
    return done


def course_states(user, courses=None, with_completions=True, steps=None):
    """Return {canonical course id: CourseState} for the learner's enrolments.

    `courses` limits it to those courses (in any language: matched by translation key) and
    shows them as given; otherwise each course is shown in the reader's language where it has
    a live translation. `steps` may give the live steps of the one course asked for.
    """
    enrolments = Enrolment.objects.filter(learner=user).select_related("course")
    if courses is not None:
        enrolments = enrolments.filter(
            course__translation_key__in=[c.translation_key for c in courses]
        )
    enrolments = list(enrolments)
    if courses is not None:
        display = {course.translation_key: course for course in courses}
    else:
        display = in_language(enrolment.course for enrolment in enrolments)
    shown = [display.get(e.course.translation_key, e.course) for e in enrolments]
    if steps is not None and len(shown) == 1:
        steps = {shown[0].translation_key: list(steps)}
    else:
        steps = _steps_by_course(shown)
    done = _done_by_enrolment(enrolments)
    completions = None
    if with_completions:
        completions = {enrolment.pk: [] for enrolment in enrolments}
        for completion in (
            CourseCompletion.objects.filter(enrolment__in=enrolments)
            .prefetch_related("corrections")
            .order_by("enrolment_id", "cycle")
        ):
            completions[completion.enrolment_id].append(completion)
    return {
        enrolment.course_id: CourseState(
            course=enrolment.course,
            display=page,
            enrolment=enrolment,
            steps=steps[page.translation_key],
            done=done[enrolment.pk],
            completions=completions[enrolment.pk] if completions is not None else None,
        )
        for enrolment, page in zip(enrolments, shown, strict=True)
    }


def course_state(user, course, steps=None):
    """Return the learner's CourseState for one course (an empty one if not enrolled)."""
    if user.is_authenticated:
        states = course_states(user, [course], with_completions=False, steps=steps)
        if states:
            return next(iter(states.values()))
    # Not enrolled: only the order of steps matters, so generic pages will do.
    if steps is None:
        steps = course.get_children().live().order_by("path")
    return CourseState(course=course, steps=list(steps))


def latest_attempts(user, limit=20):
    """Return the learner's most recently submitted attempts, newest first."""
    return list(
        QuizAttempt.objects.filter(learner=user, status=AttemptStatus.SUBMITTED).order_by(
            "-submitted_at"
        )[:limit]
    )


def quiz_attempts(user, quiz, cycle=None):
    """Return the learner's attempts at this quiz, in whichever language they were taken."""
    attempts = QuizAttempt.objects.filter(
        learner=user, quiz__translation_key=quiz.translation_key
    ).order_by("-started_at")
    if cycle is not None:
        attempts = attempts.filter(cycle=cycle)
    return list(attempts)
