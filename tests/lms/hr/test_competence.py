"""Competence needs: importing Table 1, refusing bad files whole, and the matrix's arithmetic."""

import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from freezegun import freeze_time

from courses.models import CatalogueAreaPage
from lms.hr.matrix import build_matrix
from lms.hr.models import CompetenceNeed, Department
from lms.hr.needs import NeedsImportError, import_needs
from lms.models import CompletionCorrection
from tests.conftest import publish
from tests.factories.courses import CatalogueAreaPageFactory, CoursePageFactory, LessonPageFactory
from tests.factories.hr import complete, make_staff
from tests.lms.hr.conftest import client_for

pytestmark = pytest.mark.django_db

TABLE_1 = (
    Path(__file__).resolve().parents[3]
    / "lms"
    / "hr"
    / "demo"
    / "data"
    / "table1-competence-needs.csv"
)
TABLE_1_DEPARTMENTS = [
    ("Hematology", "Hematologen"),
    ("Oncology", "Onkologen"),
    ("Children's hospital", "Barnsjukhuset"),
    ("Pharmacy", "VO Läkemedel"),
    ("Clinical immunology and transfusion medicine", "KITM"),
    ("Gothia Forum", ""),
]
AREAS = "ABCDEFG"


@pytest.fixture
def areas(catalogue):
    return {
        code: CatalogueAreaPageFactory(parent=catalogue, code=code, title=f"Area {code}")
        for code in AREAS
    }


@pytest.fixture
def hospital(org_x, areas):
    for name, local in TABLE_1_DEPARTMENTS:
        Department.objects.create(organisation=org_x, name=name, local_name=local)
    return org_x


def test_table_1_gives_the_reports_area_totals_from_its_rows(hospital, superuser):
    import_needs(TABLE_1.read_bytes(), hospital)
    matrix = build_matrix(superuser, hospital)
    assert [cell.need for cell in matrix.totals.cells] == [497, 41, 146, 433, 33, 15, 25]
    # The report prints 473 for clinical practice; the rows add up to 433.
    assert matrix.totals.cells[AREAS.index("D")].need != 473
    assert matrix.totals.total.need == 497 + 41 + 146 + 433 + 33 + 15 + 25
    assert len(matrix.rows) == 6


def test_import_command_reads_table_1(hospital, capsys):
    call_command("import_competence_needs", str(TABLE_1), organisation=hospital.name)
    assert CompetenceNeed.objects.count() == 24
    assert "Imported needs for 6 department(s): 24 created" in capsys.readouterr().out
    need = CompetenceNeed.objects.get(department__local_name="VO Läkemedel", area__code="G")
    assert need.staff_count == 5


def test_importing_twice_changes_nothing(hospital):
    import_needs(TABLE_1.read_bytes(), hospital)
    before = list(CompetenceNeed.objects.values_list("department", "area", "staff_count"))
    result = import_needs(TABLE_1.read_bytes(), hospital)
    assert (result.created, result.updated) == (0, 24)
    assert list(CompetenceNeed.objects.values_list("department", "area", "staff_count")) == before


def test_an_empty_cell_removes_a_need_for_a_department_in_the_file(hospital, areas):
    import_needs(TABLE_1.read_bytes(), hospital)
    import_needs(b"department,qa_ra\nHematologen,\n", hospital)
    assert not CompetenceNeed.objects.filter(department__name="Hematology", area__code="F").exists()
    assert CompetenceNeed.objects.filter(department__name="Hematology", area__code="A").exists()


def test_area_columns_follow_the_setting(hospital, settings):
    settings.ATMP_COMPETENCE_AREA_COLUMNS = {"gmp": "E"}
    import_needs(b"department,gmp\nKITM,9\n", hospital)
    assert CompetenceNeed.objects.get().area.code == "E"


BAD_FILES = [
    (
        "unknown department",
        b"department,general_knowledge\nHematologen,5\nRadiologen,7\n",
        "Line 3: unknown department “Radiologen”",
    ),
    (
        "non-numeric cell",
        b"department,general_knowledge,clinical_trials\nHematologen,5,3\nOnkologen,12a,1\n",
        "Line 3, column general_knowledge: “12a” is not a whole number",
    ),
    (
        "missing header",
        b"Hematologen,85,,44\nOnkologen,137,,17\n",
        "Line 1: the first line must be a header starting with “department”",
    ),
    (
        "wrong encoding",
        "department,general_knowledge\nHematologen,5\nVO Läkemedel,10\n".encode("latin-1"),
        "Line 3: the file is not UTF-8 text",
    ),
    (
        "unknown column",
        b"department,gene_therapy\nHematologen,5\n",
        "Line 1: unknown column “gene_therapy”",
    ),
    (
        "short line",
        b"department,general_knowledge,clinical_trials\nHematologen,5\n",
        "Line 2: expected 3 cells, found 2.",
    ),
    (
        "department twice",
        b"department,general_knowledge\nHematologen,5\nhematologen,6\n",
        "Line 3: “hematologen” is already on line 2.",
    ),
]


@pytest.mark.parametrize(("case", "data", "message"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_bad_file_is_refused_whole_with_the_line_named(hospital, case, data, message):
    import_needs(b"department,general_knowledge\nGothia Forum,35\n", hospital)
    with pytest.raises(NeedsImportError) as error:
        import_needs(data, hospital)
    assert any(line.startswith(message) for line in error.value.errors), error.value.errors
    # Nothing changed: not even the good lines before the bad one.
    assert list(CompetenceNeed.objects.values_list("department__name", "staff_count")) == [
        ("Gothia Forum", 35)
    ]


def test_the_command_reports_every_bad_line_and_imports_nothing(hospital, tmp_path):
    path = tmp_path / "needs.csv"
    path.write_text("department,general_knowledge\nHematologen,x\nNowhere,3\nKITM,4\n")
    with pytest.raises(CommandError) as error:
        call_command("import_competence_needs", str(path))
    assert "Line 2, column general_knowledge: “x”" in str(error.value)
    assert "Line 3: unknown department “Nowhere”" in str(error.value)
    assert not CompetenceNeed.objects.exists()


def test_a_department_name_in_two_organisations_needs_the_organisation(hospital, org_y, areas):
    Department.objects.create(organisation=org_y, name="Gothia Forum")
    with pytest.raises(NeedsImportError) as error:
        import_needs(b"department,general_knowledge\nGothia Forum,3\n")
    assert "more than one organisation" in error.value.errors[0]
    import_needs(b"department,general_knowledge\nGothia Forum,3\n", org_y)
    assert CompetenceNeed.objects.get().department.organisation == org_y


def _course_in(area, slug, validity=None):
    course = publish(CoursePageFactory(parent=area, slug=slug, validity_months=validity))
    publish(LessonPageFactory(parent=course, slug=f"{slug}-1"))
    return course


def test_trained_counts_people_with_a_valid_completion_in_the_area(
    make_user, hospital, areas, superuser
):
    hematology = Department.objects.get(name="Hematology")
    CompetenceNeed.objects.create(department=hematology, area=areas["E"], staff_count=3)
    gmp = _course_in(areas["E"], "gmp", validity=12)
    other_gmp = _course_in(areas["E"], "gmp-2")
    people = [make_staff(make_user, f"p{n}", f"Nurse {n}", hospital, hematology) for n in range(5)]
    old = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    complete(people[0], gmp)
    complete(people[0], other_gmp)  # two courses of one area: still one person
    complete(people[1], gmp)
    complete(people[2], gmp, at=old)  # expired
    annulled = complete(people[3], gmp)
    CompletionCorrection.objects.create(
        completion=annulled, action="annul", reason="Wrong person", created_by=superuser
    )
    cell = build_matrix(superuser, hospital).rows[0].cells[AREAS.index("E")]
    assert (cell.need, cell.trained, cell.coverage) == (3, 2, 67)


def test_coverage_counts_trained_staff_only_up_to_the_need(make_user, hospital, areas, superuser):
    hematology, oncology = Department.objects.filter(name__in=["Hematology", "Oncology"]).order_by(
        "name"
    )
    for department in (hematology, oncology):
        CompetenceNeed.objects.create(department=department, area=areas["A"], staff_count=2)
    intro = _course_in(areas["A"], "intro")
    for n in range(4):
        complete(make_staff(make_user, f"h{n}", f"Hem {n}", hospital, hematology), intro)
    matrix = build_matrix(superuser, hospital)
    by_department = {row.department.name: row.cells[0] for row in matrix.rows}
    assert by_department["Hematology"].coverage == 100
    assert by_department["Oncology"].coverage == 0
    total = matrix.totals.cells[0]
    assert (total.need, total.trained, total.coverage) == (4, 4, 50)


def test_expiry_moves_people_out_of_trained(make_user, hospital, areas, superuser):
    hematology = Department.objects.get(name="Hematology")
    gmp = _course_in(areas["E"], "gmp", validity=12)
    complete(
        make_staff(make_user, "p", "P", hospital, hematology),
        gmp,
        at=datetime.datetime(2026, 1, 15, 12, 0, tzinfo=datetime.UTC),
    )
    with freeze_time("2027-01-15 11:59"):
        assert build_matrix(superuser, hospital).rows[0].cells[AREAS.index("E")].trained == 1
    with freeze_time("2027-01-15 12:00"):
        assert not build_matrix(superuser, hospital).rows


def test_hr_sees_only_their_departments_in_the_matrix(hospital, org_y, hr_y, superuser):
    import_needs(TABLE_1.read_bytes(), hospital)
    assert build_matrix(hr_y).rows == []
    assert len(build_matrix(superuser).rows) == 6


def test_area_codes_exist_for_every_default_column(areas):
    from lms.hr.needs import DEFAULT_AREA_COLUMNS

    codes = set(CatalogueAreaPage.objects.values_list("code", flat=True))
    assert set(DEFAULT_AREA_COLUMNS.values()) <= codes


def test_hr_imports_needs_in_the_admin(hospital, hr_x):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.lms.hr.conftest import client_for

    client = client_for(hr_x)
    assert "Import CSV" in client.get("/admin/hr/competence-needs/").content.decode()
    upload = SimpleUploadedFile("table1.csv", TABLE_1.read_bytes())
    response = client.post(
        "/admin/hr/competence-needs/import/", {"organisation": hospital.pk, "file": upload}
    )
    assert response.status_code == 302
    assert CompetenceNeed.objects.count() == 24
    assert CompetenceNeed.objects.first().source == "table1.csv"


def test_a_bad_upload_lists_its_lines_and_imports_nothing(hospital, hr_x):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.lms.hr.conftest import client_for

    upload = SimpleUploadedFile("needs.csv", "department,qa_ra\nKITM,3\nRöntgen,2\n".encode())
    response = client_for(hr_x).post(
        "/admin/hr/competence-needs/import/", {"organisation": hospital.pk, "file": upload}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was imported" in html and "Line 3: unknown department “Röntgen”" in html
    assert not CompetenceNeed.objects.exists()


def test_hr_cannot_import_into_another_organisation(hospital, hr_y):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.lms.hr.conftest import client_for

    upload = SimpleUploadedFile("table1.csv", TABLE_1.read_bytes())
    response = client_for(hr_y).post(
        "/admin/hr/competence-needs/import/", {"organisation": hospital.pk, "file": upload}
    )
    assert "Select a valid choice" in response.content.decode()
    assert not CompetenceNeed.objects.exists()


# Cells that str.isdigit() accepts but that are no count of staff people typed: a superscript
# (int() fails), a number too large for the database, full-width digits (int() reads them as
# 12), and one person more than the bound.
NOT_COUNTS = [
    ("superscript digit", "²"),
    ("twenty digits", "12345678901234567890"),
    ("full-width digits", "１２"),
    ("arabic-indic digits", "١٢"),
    ("above the bound", "100001"),
]


def _needs_file(cell, separator=","):
    return f"department{separator}general_knowledge\nHematologen{separator}{cell}\n".encode()


def _upload(user, organisation, data):
    """Post the file to the admin's import screen as the user."""
    return client_for(user).post(
        "/admin/hr/competence-needs/import/",
        {"organisation": organisation.pk, "file": SimpleUploadedFile("needs.csv", data)},
    )


@pytest.mark.parametrize(("case", "cell"), NOT_COUNTS, ids=[c[0] for c in NOT_COUNTS])
def test_only_ascii_digits_up_to_the_bound_are_a_count_of_staff(hospital, case, cell):
    with pytest.raises(NeedsImportError) as error:
        import_needs(_needs_file(cell), hospital)
    assert error.value.errors[0].startswith(f"Line 2, column general_knowledge: “{cell}”")
    assert not CompetenceNeed.objects.exists()


def test_the_largest_count_allowed_is_imported(hospital):
    import_needs(_needs_file("100000"), hospital)
    assert CompetenceNeed.objects.get().staff_count == 100_000


@pytest.mark.parametrize(("case", "cell"), NOT_COUNTS, ids=[c[0] for c in NOT_COUNTS])
def test_the_command_refuses_a_cell_that_is_no_count_without_a_traceback(
    hospital, tmp_path, case, cell
):
    path = tmp_path / "needs.csv"
    path.write_bytes(_needs_file(cell))
    with pytest.raises(CommandError) as error:
        call_command("import_competence_needs", str(path))
    assert f"Line 2, column general_knowledge: “{cell}”" in str(error.value)
    assert not CompetenceNeed.objects.exists()


@pytest.mark.parametrize(("case", "cell"), NOT_COUNTS, ids=[c[0] for c in NOT_COUNTS])
def test_the_admin_upload_refuses_a_cell_that_is_no_count_with_the_forms_error(
    hospital, hr_x, case, cell
):
    response = _upload(hr_x, hospital, _needs_file(cell))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was imported" in html
    assert f"Line 2, column general_knowledge: “{cell}”" in html
    assert not CompetenceNeed.objects.exists()


def test_the_message_about_a_cell_is_in_swedish_for_a_swedish_reader(hospital):
    from django.utils import translation

    with translation.override("sv"), pytest.raises(NeedsImportError) as error:
        import_needs(_needs_file("１２"), hospital)
    assert error.value.errors[0].startswith("Rad 2, kolumn general_knowledge: ”１２”")


HEADER_ONLY = [
    ("header only", b"department,general_knowledge\n"),
    ("header and blank lines", b"department;general_knowledge\r\n;\r\n\r\n"),
]


@pytest.mark.parametrize(("case", "data"), HEADER_ONLY, ids=[c[0] for c in HEADER_ONLY])
def test_a_file_with_only_a_header_says_there_is_nothing_to_import(hospital, case, data):
    with pytest.raises(NeedsImportError) as error:
        import_needs(data, hospital)
    assert "there is nothing to import" in error.value.errors[0]


def test_the_command_says_a_header_only_file_has_nothing_to_import(hospital, tmp_path):
    path = tmp_path / "needs.csv"
    path.write_bytes(HEADER_ONLY[0][1])
    with pytest.raises(CommandError) as error:
        call_command("import_competence_needs", str(path))
    assert "there is nothing to import" in str(error.value)


def test_the_admin_upload_says_a_header_only_file_has_nothing_to_import(hospital, hr_x):
    import_needs(b"department,general_knowledge\nGothia Forum,35\n", hospital)
    response = _upload(hr_x, hospital, HEADER_ONLY[0][1])
    assert response.status_code == 200
    assert "there is nothing to import" in response.content.decode()
    assert CompetenceNeed.objects.count() == 1


def test_a_semicolon_separated_file_from_swedish_excel_is_imported(hospital):
    # What Excel with Swedish settings saves as "CSV UTF-8": a BOM, semicolons, CRLF.
    data = "\ufeffdepartment;general_knowledge;qa_ra\r\nVO Läkemedel;10;\r\nKITM;4;2\r\n"
    result = import_needs(data.encode(), hospital)
    assert (result.departments, result.created) == (2, 3)
    assert CompetenceNeed.objects.get(department__name="Pharmacy").staff_count == 10


def test_the_command_imports_a_semicolon_separated_file(hospital, tmp_path, capsys):
    path = tmp_path / "needs.csv"
    path.write_bytes(b"department;general_knowledge\nKITM;4\n")
    call_command("import_competence_needs", str(path))
    assert CompetenceNeed.objects.get().staff_count == 4
    assert "Imported needs for 1 department(s)" in capsys.readouterr().out


def test_the_admin_upload_imports_a_semicolon_separated_file(hospital, hr_x):
    response = _upload(hr_x, hospital, b"department;general_knowledge\nKITM;4\n")
    assert response.status_code == 302
    assert CompetenceNeed.objects.get().staff_count == 4


MIXED_SEPARATORS = [
    (
        "a comma line in a semicolon file",
        b"department;general_knowledge;qa_ra\nKITM;4;2\nHematologen,5,3\n",
        "Line 3: this line is separated by commas, but the header by semicolons.",
    ),
    (
        "a semicolon line in a comma file",
        b"department,general_knowledge,qa_ra\nHematologen;5;3\n",
        "Line 2: this line is separated by semicolons, but the header by commas.",
    ),
    (
        "a header with both",
        b"department;general_knowledge,qa_ra\nKITM;4;2\n",
        "Line 1: the header has both commas and semicolons.",
    ),
]


@pytest.mark.parametrize(
    ("case", "data", "message"), MIXED_SEPARATORS, ids=[c[0] for c in MIXED_SEPARATORS]
)
def test_a_file_mixing_separators_is_refused_naming_the_line(hospital, case, data, message):
    with pytest.raises(NeedsImportError) as error:
        import_needs(data, hospital)
    assert any(line.startswith(message) for line in error.value.errors), error.value.errors
    assert not CompetenceNeed.objects.exists()


def test_a_comma_inside_a_department_name_is_fine_in_a_semicolon_file(hospital):
    Department.objects.create(organisation=hospital, name="Surgery, adults")
    import_needs(b"department;qa_ra\nSurgery, adults;2\n", hospital)
    assert CompetenceNeed.objects.get().department.name == "Surgery, adults"


def test_the_admin_upload_names_the_line_mixing_separators(hospital, hr_x):
    response = _upload(hr_x, hospital, MIXED_SEPARATORS[0][1])
    assert response.status_code == 200
    assert MIXED_SEPARATORS[0][2] in response.content.decode()
    assert not CompetenceNeed.objects.exists()


def test_every_matrix_cell_is_headed_by_its_department_area_and_measure(hospital, hr_x):
    from tests.accessibility.tables import headers_of

    import_needs(TABLE_1.read_bytes(), hospital)
    matrix = build_matrix(hr_x)
    html = client_for(hr_x).get("/admin/reports/hr/competence/").content.decode()
    areas = [area.label for area in matrix.areas] + ["Total"]
    expected = [
        [{row, "Organisation"}]
        + [{row, area, measure} for area in areas for measure in ("Need", "Trained", "Coverage")]
        for row in [*(row.label for row in matrix.rows), "Total"]
    ]
    rows = {}
    for cell, headers in headers_of(html, "hr-matrix__table"):
        rows.setdefault(cell.y, []).append(set(headers))
    assert list(rows.values()) == expected
