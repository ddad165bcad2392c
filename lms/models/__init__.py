from .assignments import (
    STATUS_RANKS,
    Assignment,
    AssignmentQuerySet,
    AssignmentRule,
    AssignmentStatus,
    ReminderKind,
    ReminderLog,
    RuleState,
)
from .attempts import AttemptAnswer, AttemptStatus, QuizAttempt
from .organisations import Department, HRResponsibility, Organisation, Profession, Sector
from .profile import LearnerProfile, learner_language, learner_name
from .records import (
    CompletionCorrection,
    CorrectionAction,
    CourseCompletion,
    Enrolment,
    ImmutableRecordError,
    StepProgress,
)
from .reporting import CompetenceNeed, CompletionStatus, ExportLog

__all__ = [
    "Assignment",
    "AssignmentQuerySet",
    "AssignmentRule",
    "AssignmentStatus",
    "AttemptAnswer",
    "AttemptStatus",
    "CompetenceNeed",
    "CompletionCorrection",
    "CompletionStatus",
    "CorrectionAction",
    "CourseCompletion",
    "Department",
    "Enrolment",
    "ExportLog",
    "HRResponsibility",
    "ImmutableRecordError",
    "LearnerProfile",
    "Organisation",
    "Profession",
    "QuizAttempt",
    "ReminderKind",
    "ReminderLog",
    "RuleState",
    "STATUS_RANKS",
    "Sector",
    "StepProgress",
    "learner_language",
    "learner_name",
]
