from .catalogue import Audience, CatalogueAreaPage, CatalogueIndexPage
from .course import CourseFormat, CourseLevel, CoursePage, LessonPage

__all__ = [
    "Audience",
    "CatalogueAreaPage",
    "CatalogueIndexPage",
    "CourseFormat",
    "CourseLevel",
    "CoursePage",
    "LessonPage",
]
