"""The competence matrix: departments x competence areas, staff needing training beside trained.

"Trained" counts the learners of a department with at least one valid completion of a course
in the area. Totals always come from the cells, never from a printed report. Coverage counts
trained staff up to the number needed, so a surplus in one place does not hide a gap in
another.
"""

from dataclasses import dataclass, field

from django.db.models import Case, Count, IntegerField, Value, When
from wagtail.models import Page

from courses.i18n import canonical_pages
from courses.models import CatalogueAreaPage, CoursePage
from lms.choices import departments_in_reading_order
from lms.hr import scope
from lms.hr.models import CompetenceNeed, Department
from lms.models import CourseCompletion

DEPARTMENT = "learner__learner_profile__department"


@dataclass
class Cell:
    need: int | None = None
    trained: int = 0
    met: int = 0

    @classmethod
    def of(cls, need, trained):
        return cls(need=need, trained=trained, met=min(trained, need or 0))

    @property
    def coverage(self):
        """Return the percentage of the need that is met, or None without a need."""
        return round(100 * self.met / self.need) if self.need else None


def total(cells):
    needs = [cell.need for cell in cells if cell.need is not None]
    return Cell(
        need=sum(needs) if needs else None,
        trained=sum(cell.trained for cell in cells),
        met=sum(cell.met for cell in cells),
    )


@dataclass
class Row:
    label: str
    cells: list
    department: Department | None = None
    total: Cell = field(init=False)

    def __post_init__(self):
        self.total = total(self.cells)


@dataclass
class Matrix:
    areas: list
    rows: list
    totals: Row


def _course_areas(areas):
    by_path = {area.path: area.pk for area in areas}
    return {
        course["pk"]: by_path.get(course["path"][: -Page.steplen])
        for course in canonical_pages(CoursePage.objects).values("pk", "path")
    }


def _trained(departments, areas, now):
    """Return {(department id, area id): learners with a valid completion in the area}."""
    course_area = _course_areas(areas)
    area_of_course = Case(
        *[
            When(course_id__in=[c for c, a in course_area.items() if a == area.pk], then=area.pk)
            for area in areas
        ],
        default=Value(None),
        output_field=IntegerField(),
    )
    rows = (
        CourseCompletion.objects.valid(now)
        .filter(**{f"{DEPARTMENT}__in": departments})
        .annotate(area_id=area_of_course)
        .filter(area_id__isnull=False)
        .values(DEPARTMENT, "area_id")
        .annotate(learners=Count("learner", distinct=True))
        .order_by()
    )
    return {(row[DEPARTMENT], row["area_id"]): row["learners"] for row in rows}


def department_label(department):
    """Return the department's name for the reader, with the organisation's own if it differs."""
    name = department.display_name
    if department.local_name and department.local_name != name:
        return f"{name} ({department.local_name})"
    return name


def build_matrix(user, organisation=None, now=None):
    """Return the matrix for the departments the user may see (optionally one organisation)."""
    departments = scope.scoped(Department.objects.canonical().select_related("organisation"), user)
    if organisation is not None:
        departments = departments.filter(organisation=organisation)
    areas = list(canonical_pages(CatalogueAreaPage.objects).order_by("code"))
    needs = {
        (need.department_id, need.area_id): need.staff_count
        for need in CompetenceNeed.objects.filter(department__in=departments)
    }
    trained = _trained(departments.values("pk"), areas, now) if areas else {}
    shown = {department_id for department_id, _area in [*needs, *trained]}
    rows = [
        Row(
            label=department_label(department),
            department=department,
            cells=[
                Cell.of(
                    needs.get((department.pk, area.pk)), trained.get((department.pk, area.pk), 0)
                )
                for area in areas
            ],
        )
        for department in departments_in_reading_order(
            department for department in departments if department.pk in shown
        )
    ]
    columns = [total([row.cells[index] for row in rows]) for index in range(len(areas))]
    totals = Row(label="", cells=columns)
    return Matrix(areas=areas, rows=rows, totals=totals)


# The bar chart, drawn as SVG in the template from these numbers.
CHART_WIDTH = 960
LABEL_WIDTH = 250
BAR_WIDTH = 470
BAR_HEIGHT = 18
BAR_GAP = 8
GROUP_GAP = 30
TOP = 70


def _ticks(maximum):
    step = next(
        s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9) if maximum / s <= 6
    )
    return list(range(0, maximum + step, step))


def build_chart(matrix):
    """Return the geometry of a grouped bar chart: need (hatched) and trained (solid) per cell."""
    maximum = max(
        [max(cell.need or 0, cell.trained) for row in matrix.rows for cell in row.cells] or [0]
    )
    ticks = _ticks(max(maximum, 1))
    scale = BAR_WIDTH / ticks[-1]
    groups, y = [], TOP
    for row in matrix.rows:
        bars = []
        for area, cell in zip(matrix.areas, row.cells, strict=True):
            if not cell.need and not cell.trained:
                continue
            bars.append(
                {
                    "area": area,
                    "cell": cell,
                    "y": y + 22 + len(bars) * (BAR_HEIGHT + BAR_GAP),
                    "need_width": round((cell.need or 0) * scale, 1),
                    "trained_width": round(cell.trained * scale, 1),
                }
            )
        height = 22 + len(bars) * (BAR_HEIGHT + BAR_GAP)
        groups.append({"row": row, "y": y, "bars": bars, "height": height})
        y += height + GROUP_GAP
    return {
        "width": CHART_WIDTH,
        "height": y,
        "label_width": LABEL_WIDTH,
        "bar_x": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
        "text_x": LABEL_WIDTH + BAR_WIDTH + 12,
        "axis_bottom": y - GROUP_GAP + 4,
        "ticks": [{"value": tick, "x": round(LABEL_WIDTH + tick * scale, 1)} for tick in ticks],
        "groups": groups,
    }
