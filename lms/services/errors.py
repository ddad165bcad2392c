"""What the learning record refuses, with a message for the learner and an HTTP status."""

from lms import quiz as quiz_logic


class LearningError(Exception):
    """A request the learning record refuses, with a message for the learner."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


class IncompleteAttempt(LearningError):
    """A submission that leaves questions unanswered."""

    def __init__(self, errors):
        super().__init__(quiz_logic.unanswered_summary(len(errors)), status=400)
        self.errors = errors
