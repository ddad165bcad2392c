"""Writes to the learning record. Each service is atomic; views, hooks and tests call these.

`enrolment` enrols and records lessons, `attempts` runs quiz attempts, `completion` writes and
corrects course completions; `errors` holds what they refuse. Import the services from here.
"""

from .attempts import (
    ensure_quiz_visible,
    finish_if_expired,
    quiz_availability,
    save_answers,
    saved_answers,
    start_attempt,
    submit_attempt,
)
from .completion import add_months, correct_completion, maybe_complete_course
from .enrolment import complete_lesson, complete_session_step, enrol, record_opened, renew
from .errors import IncompleteAttempt, LearningError

__all__ = [
    "IncompleteAttempt",
    "LearningError",
    "add_months",
    "complete_lesson",
    "complete_session_step",
    "correct_completion",
    "enrol",
    "ensure_quiz_visible",
    "finish_if_expired",
    "maybe_complete_course",
    "quiz_availability",
    "record_opened",
    "renew",
    "save_answers",
    "saved_answers",
    "start_attempt",
    "submit_attempt",
]
