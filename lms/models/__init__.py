"""The learning record: enrolments, step progress, quiz attempts and course completions."""

from .attempts import AttemptAnswer, AttemptStatus, QuizAttempt
from .base import ImmutableRecordError, PermanentQuerySet, PermanentRecord
from .records import (
    CompletionCorrection,
    CorrectionAction,
    CourseCompletion,
    Enrolment,
    StepProgress,
)
from .validity import (
    COUNTING,
    EXPIRING_WITHIN,
    RENEWABLE,
    CompletionStatus,
    completion_status,
)

__all__ = [
    "COUNTING",
    "EXPIRING_WITHIN",
    "RENEWABLE",
    "AttemptAnswer",
    "AttemptStatus",
    "CompletionCorrection",
    "CompletionStatus",
    "CorrectionAction",
    "CourseCompletion",
    "Enrolment",
    "ImmutableRecordError",
    "PermanentQuerySet",
    "PermanentRecord",
    "QuizAttempt",
    "StepProgress",
    "completion_status",
]
