"""Competence needs: importing them from a CSV like Table 1, and the needs-versus-trained matrix.

The CSV has a `department` column and one column per competence area. Which catalogue area a
column means is explicit in `DEFAULT_AREA_COLUMNS` and can be changed with the setting
ATMP_COMPETENCE_AREA_COLUMNS ({column: area code}). An import is all or nothing.
"""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.formats import number_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from courses.i18n import canonical_pages
from courses.models import CatalogueAreaPage
from lms.hr.models import CompetenceNeed, Department

DEFAULT_AREA_COLUMNS = {
    "general_knowledge": "A",
    "research_and_development": "B",
    "clinical_trials": "C",
    "clinical_practice": "D",
    "preparation_and_production": "E",
    "qa_ra": "F",
    "commercialisation": "G",
}
DEPARTMENT_COLUMN = "department"
# More than any department has, and far inside PositiveIntegerField on every database.
MAX_STAFF = 100_000
ASCII_DIGITS = re.compile("[0-9]+")


def area_columns():
    """Return {CSV column: catalogue area code}, from settings when they say otherwise."""
    return getattr(settings, "ATMP_COMPETENCE_AREA_COLUMNS", DEFAULT_AREA_COLUMNS)


class NeedsImportError(Exception):
    """The file cannot be imported; `errors` names each line that is wrong."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ImportResult:
    departments: int = 0
    created: int = 0
    updated: int = 0
    removed: int = 0


def _key(name):
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def _decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise NeedsImportError(
            [
                _(
                    "Line %(line)s: the file is not UTF-8 text (byte %(byte)s cannot be read). "
                    "Save it as “CSV UTF-8” and import it again."
                )
                % {"line": line, "byte": f"0x{data[error.start]:02X}"}
            ]
        ) from error


def _check_header(header, columns):
    if not header or _key(header[0]) != DEPARTMENT_COLUMN:
        raise NeedsImportError(
            [
                _(
                    "Line 1: the first line must be a header starting with “%(column)s”, then "
                    "area columns such as %(examples)s."
                )
                % {"column": DEPARTMENT_COLUMN, "examples": ", ".join(list(columns)[:3])}
            ]
        )
    names = [_key(name) for name in header[1:]]
    known = ", ".join(columns)
    if not names:
        raise NeedsImportError(
            [_("Line 1: there are no area columns. Known columns: %(known)s.") % {"known": known}]
        )
    unknown = [name for name in names if name not in columns]
    if unknown:
        raise NeedsImportError(
            [
                _("Line 1: unknown column “%(column)s”. Known columns: %(known)s.")
                % {"column": name, "known": known}
                for name in unknown
            ]
        )
    return names


def _department_finder(organisation):
    departments = Department.objects.canonical().select_related("organisation")
    if organisation is not None:
        departments = departments.filter(organisation=organisation)
    found = {}
    for department in departments:
        for name in {department.name, department.local_name} - {""}:
            found.setdefault(_key(name), []).append(department)
    return found


def _areas(columns, names):
    codes = {columns[name] for name in names}
    areas = {
        area.code: area
        for area in canonical_pages(CatalogueAreaPage.objects).filter(code__in=codes)
    }
    missing = sorted(codes - set(areas))
    if missing:
        raise NeedsImportError(
            [
                _("Line 1: there is no catalogue area with code %(code)s. Add it first.")
                % {"code": code}
                for code in missing
            ]
        )
    return {name: areas[columns[name]] for name in names}


def _parse_count(text, line, column, errors):
    text = text.strip()
    if not text:
        return None
    values = {
        "line": line,
        "column": column,
        "value": Truncator(text).chars(24),
        "max": number_format(MAX_STAFF, force_grouping=True),
    }
    # Only the digits people type: str.isdigit() also takes "²" (int() fails) and "１２"
    # (int() reads 12). The length is checked first, so a huge cell is never converted.
    if not ASCII_DIGITS.fullmatch(text):
        errors.append(
            _(
                "Line %(line)s, column %(column)s: “%(value)s” is not a whole number of staff. "
                "Use only the digits 0 to 9."
            )
            % values
        )
    elif len(text) > len(str(MAX_STAFF)) or int(text) > MAX_STAFF:
        errors.append(
            _(
                "Line %(line)s, column %(column)s: “%(value)s” is more staff than a department "
                "can have (at most %(max)s)."
            )
            % values
        )
    else:
        return int(text)
    return None


def _find_department(name, line, finder, errors):
    matches = finder.get(_key(name), [])
    if len(matches) == 1:
        return matches[0]
    if not matches:
        errors.append(
            _(
                "Line %(line)s: unknown department “%(name)s”. Add it under HR › Departments, "
                "or correct the name."
            )
            % {"line": line, "name": name}
        )
    else:
        errors.append(
            _(
                "Line %(line)s: more than one organisation has a department “%(name)s”. Choose "
                "the organisation (--organisation)."
            )
            % {"line": line, "name": name}
        )
    return None


def _separator(text):
    """Return the separator of the header line: a comma or a semicolon."""
    # Excel writes semicolons where the comma is the decimal separator (Swedish settings).
    header = text.partition("\n")[0]
    found = [separator for separator in ",;" if separator in header]
    if len(found) == 2:
        raise NeedsImportError(
            [
                _(
                    "Line 1: the header has both commas and semicolons. Separate the columns "
                    "with one of them, the same on every line."
                )
            ]
        )
    return found[0] if found else ","


def _wrong_length(row, line, expected, separator):
    if separator == ";" and any("," in cell for cell in row):
        return _(
            "Line %(line)s: this line is separated by commas, but the header by semicolons. "
            "Use one separator on every line."
        ) % {"line": line}
    if separator == "," and any(";" in cell for cell in row):
        return _(
            "Line %(line)s: this line is separated by semicolons, but the header by commas. "
            "Use one separator on every line."
        ) % {"line": line}
    return _("Line %(line)s: expected %(expected)s cells, found %(found)s.") % {
        "line": line,
        "expected": expected,
        "found": len(row),
    }


def read_needs(data, organisation=None):
    """Return [(department, {area: staff count or None})] from CSV bytes, or raise."""
    columns = {_key(name): code for name, code in area_columns().items()}
    text = _decode(data)
    separator = _separator(text)
    rows = list(csv.reader(io.StringIO(text), delimiter=separator))
    names = _check_header(rows[0] if rows else [], columns)
    areas = _areas(columns, names)
    finder = _department_finder(organisation)
    errors, parsed, seen = [], [], {}
    lines = 0
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        lines += 1
        if len(row) != len(names) + 1:
            errors.append(_wrong_length(row, line, len(names) + 1, separator))
            continue
        department = _find_department(row[0], line, finder, errors)
        counts = {
            areas[name]: _parse_count(cell, line, name, errors)
            for name, cell in zip(names, row[1:], strict=True)
        }
        if department is not None and department.pk in seen:
            errors.append(
                _("Line %(line)s: “%(name)s” is already on line %(first)s.")
                % {"line": line, "name": row[0].strip(), "first": seen[department.pk]}
            )
        elif department is not None:
            seen[department.pk] = line
            parsed.append((department, counts))
    if not lines:
        errors.append(
            _("The file has a header but no lines with departments: there is nothing to import.")
        )
    if errors:
        raise NeedsImportError(errors)
    return parsed


def import_needs(data, organisation=None, source=""):
    """Import needs from CSV bytes in one transaction: every line, or nothing.

    For each department in the file the file is the truth: an empty cell removes that need.
    """
    parsed = read_needs(data, organisation)
    result = ImportResult(departments=len(parsed))
    with transaction.atomic():
        for department, counts in parsed:
            for area, count in counts.items():
                if count is None:
                    deleted, _rows = CompetenceNeed.objects.filter(
                        department=department, area=area
                    ).delete()
                    result.removed += deleted
                    continue
                _need, created = CompetenceNeed.objects.update_or_create(
                    department=department,
                    area=area,
                    defaults={"staff_count": count, "source": source[:200]},
                )
                result.created += created
                result.updated += not created
    return result
