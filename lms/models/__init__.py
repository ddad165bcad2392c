from .attempts import AttemptAnswer, AttemptStatus, QuizAttempt
from .profile import LearnerProfile, learner_name
from .records import (
    CompletionCorrection,
    CorrectionAction,
    CourseCompletion,
    Enrolment,
    ImmutableRecordError,
    StepProgress,
)

__all__ = [
    "AttemptAnswer",
    "AttemptStatus",
    "CompletionCorrection",
    "CorrectionAction",
    "CourseCompletion",
    "Enrolment",
    "ImmutableRecordError",
    "LearnerProfile",
    "QuizAttempt",
    "StepProgress",
    "learner_name",
]
