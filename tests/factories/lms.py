"""Learning records, written through lms.services as a learner's clicks would write them.

The records refuse changes once written (lms.models.base), so each factory calls the service
that writes its record rather than saving a model it filled in; a field the service decides
(a cycle, a score) cannot be passed. Also: helpers that answer quiz attempts the way a
learner's browser would post them.
"""

import factory
from django.utils.datastructures import MultiValueDict

from lms import services
from lms.models import (
    AttemptAnswer,
    CompletionCorrection,
    CourseCompletion,
    Enrolment,
    QuizAttempt,
    StepProgress,
)
from lms.models.records import CorrectionAction
from tests.factories.accounts import UserFactory
from tests.factories.courses import CoursePageFactory, LessonPageFactory, QuizPageFactory
from tests.factories.hr import complete


def answer_data(attempt, right=None, action="submit"):
    """Return POST data answering the first `right` questions correctly and the rest wrongly.

    Reads the snapshot the way only a test can; a browser never sees `correct`.
    """
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    right = len(attempt.questions) if right is None else right
    data = {"action": action}
    for index, question in enumerate(attempt.questions):
        wanted = index < right
        tokens = [c["token"] for c in question["choices"] if c["correct"] == wanted]
        if question["type"] != "multiple":
            tokens = tokens[:1]
        data[f"q-{question['token']}"] = tokens
    return data


def start(client, quiz):
    """Start an attempt through the site and return it."""
    response = client.post(f"/learn/quizzes/{quiz.pk}/start/")
    assert response.status_code == 302, response.content[:500]
    return QuizAttempt.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))


class ServiceFactory(factory.django.DjangoModelFactory):
    """A factory whose `_create` calls a service; anything it cannot pass on is an error."""

    class Meta:
        abstract = True

    @classmethod
    def _refuse(cls, fields):
        if fields:
            raise TypeError(f"{cls.__name__} writes through a service; it cannot set {fields}")


class EnrolmentFactory(ServiceFactory):
    learner = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory, published=True, lessons=2)

    class Meta:
        model = Enrolment

    @classmethod
    def _create(cls, model_class, learner, course, **fields):
        cls._refuse(fields)
        return services.enrol(learner, course)[0]


class StepProgressFactory(ServiceFactory):
    """A lesson the learner finished (`completed=False`: only opened)."""

    learner = factory.SubFactory(UserFactory)
    step = factory.SubFactory(LessonPageFactory, published=True, parent__published=True)
    completed = True

    class Meta:
        model = StepProgress

    @classmethod
    def _create(cls, model_class, learner, step, completed, **fields):
        cls._refuse(fields)
        if completed:
            return services.complete_lesson(learner, step)[0]
        services.enrol(learner, step.get_parent().specific)
        return services.record_opened(learner, step)


class CourseCompletionFactory(ServiceFactory):
    """A completion of a course of lessons; `completed_at` sets the clock it is written at."""

    learner = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory, published=True, lessons=1)

    class Meta:
        model = CourseCompletion

    @classmethod
    def _create(cls, model_class, learner, course, completed_at=None, **fields):
        cls._refuse(fields)
        completion = complete(learner, course, at=completed_at)
        if completion is None:
            raise ValueError(f"completing the lessons of {course} did not complete it")
        return completion


class CompletionCorrectionFactory(ServiceFactory):
    completion = factory.SubFactory(CourseCompletionFactory)
    action = CorrectionAction.ANNUL
    reason = "Recorded for the wrong person."
    created_by = factory.SubFactory(UserFactory, is_staff=True, is_superuser=True)

    class Meta:
        model = CompletionCorrection

    @classmethod
    def _create(cls, model_class, completion, action, reason, created_by, expires_at=None, **f):
        cls._refuse(f)
        return services.correct_completion(completion, action, reason, created_by, expires_at)


class QuizAttemptFactory(ServiceFactory):
    """An open attempt; `submitted=N` submits it with N right answers (`True`: all right)."""

    learner = factory.SubFactory(UserFactory)
    quiz = factory.SubFactory(QuizPageFactory, published=True, parent__published=True)

    class Meta:
        model = QuizAttempt
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, learner, quiz, **fields):
        cls._refuse(fields)
        return services.start_attempt(learner, quiz)[0]

    @factory.post_generation
    def submitted(self, create, extracted, **kwargs):
        if create and extracted is not None and extracted is not False:
            right = None if extracted is True else extracted
            data = MultiValueDict(answer_data(self, right))
            services.submit_attempt(self.learner, self.pk, data)
            self.refresh_from_db()


class AttemptAnswerFactory(ServiceFactory):
    """The saved answer to the first question of an open attempt (right unless `right=False`)."""

    attempt = factory.SubFactory(QuizAttemptFactory)
    right = True

    class Meta:
        model = AttemptAnswer

    @classmethod
    def _create(cls, model_class, attempt, right, **fields):
        cls._refuse(fields)
        question = attempt.questions[0]
        tokens = [c["token"] for c in question["choices"] if c["correct"] == right][:1]
        data = MultiValueDict({f"q-{question['token']}": tokens, "action": ["save"]})
        services.save_answers(attempt.learner, attempt.pk, data)
        return AttemptAnswer.objects.get(attempt=attempt, question_key=question["key"])
