from .assessment import AssessmentStepPage
from .catalogue import Audience, CatalogueAreaPage, CatalogueIndexPage
from .course import CourseFormat, CourseLevel, CoursePage, LessonPage
from .quiz import QuizPage, ReviewPolicy
from .session import SessionKind, SessionStepPage

__all__ = [
    "AssessmentStepPage",
    "Audience",
    "CatalogueAreaPage",
    "CatalogueIndexPage",
    "CourseFormat",
    "CourseLevel",
    "CoursePage",
    "LessonPage",
    "QuizPage",
    "ReviewPolicy",
    "SessionKind",
    "SessionStepPage",
]
