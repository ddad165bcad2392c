"""A member of the public earns and checks a certificate; HR downloads what it filtered."""

import io
import re

import openpyxl
import pypdfium2
import pytest
import zxingcpp
from django.core import mail

from lms.models import CourseCompletion, QuizAttempt
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

INTRO = "/courses/general-introduction/introduction-to-atmp/"


def qr_payloads(pdf_bytes):
    """Decode the QR code the way a phone would: from a picture of the first page."""
    picture = pypdfium2.PdfDocument(pdf_bytes)[0].render(scale=3).to_pil()
    return [barcode.text for barcode in zxingcpp.read_barcodes(picture)]


def test_public_learner_registers_passes_downloads_and_verifies(page, site_url):
    page.goto(site_url + INTRO)
    page.get_by_role("link", name="create an account").first.click()
    page.fill("input[name=email]", "Ingrid.Lund@example.org")
    page.fill("input[name=full_name]", "Ingrid Lund-Åkerström")
    page.fill("input[name=password1]", "curious-about-cell-therapy")
    page.fill("input[name=password2]", "curious-about-cell-therapy")
    page.click("main form button[type=submit]")
    assert page.locator("h1").inner_text() == "Check your email"
    # The confirmation link (issue 17, W0): a button press confirms, then sign in and go on.
    link = re.search(r"https?://\S+/account/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(site_url + link[link.index("/account/") :])
    page.click("main form button[type=submit]")
    page.fill("input[name=username]", "ingrid.lund@example.org")
    page.fill("input[name=password]", "curious-about-cell-therapy")
    page.click("main form button[type=submit]")
    assert page.url == site_url + INTRO  # back where the registration started
    page.click("text=Start course")
    while page.locator("text=Mark as done and continue").count():
        page.click("text=Mark as done and continue")
    page.goto(site_url + INTRO + "quiz/")
    page.click("text=Start the quiz")
    attempt = QuizAttempt.objects.get(learner__email="ingrid.lund@example.org")
    for question in attempt.questions:
        right = [c for c in question["choices"] if c["correct"]]
        for choice in right if question["type"] == "multiple" else right[:1]:
            page.check(f"#c-{choice['token']}")
    page.click("text=Submit answers")
    assert page.locator("h1").inner_text() == "You passed"
    assert CourseCompletion.objects.filter(learner__email="ingrid.lund@example.org").exists()

    page.goto(site_url + "/learn/my-learning/")
    with page.expect_download() as download:
        page.get_by_role(
            "link", name=re.compile("Download certificate.*Introduction to ATMP")
        ).click()
    with open(download.value.path(), "rb") as downloaded:
        pdf = downloaded.read()
    assert pdf.startswith(b"%PDF")
    [verify_url] = qr_payloads(pdf)
    assert verify_url.startswith(site_url + "/certificates/verify/")

    stranger = page.context.browser.new_context().new_page()
    stranger.goto(verify_url)
    result = stranger.locator("main").inner_text()
    assert "Valid" in result or "valid" in result
    assert "Ingrid Lund-Åkerström" in result and "Introduction to ATMP" in result
    assert "ingrid.lund@example.org" not in result.lower()


def test_hr_filters_completions_to_a_department_and_downloads_xlsx(page, site_url):
    from django.contrib.auth import get_user_model

    from lms.hr.models import Department
    from lms.hr.scope import scoped

    hr_user = get_user_model().objects.get(username="hr@example.org")
    department = Department.objects.get(name="Hematology")
    sign_in(page, site_url, "hr@example.org", "atmp-hr-demo")
    page.goto(f"{site_url}/admin/reports/hr/completions/?department={department.pk}")
    rows_on_screen = page.locator("table.listing tbody tr").count()
    assert rows_on_screen > 0
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile("Actions|More|Download", re.I)).first.click()
        page.get_by_role("link", name=re.compile("XLSX", re.I)).first.click()
    with open(download.value.path(), "rb") as xlsx:
        workbook = openpyxl.load_workbook(io.BytesIO(xlsx.read()))
    sheet = workbook.active
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert "Department" in header and "Certificate serial" in header
    department_column = header.index("Department")
    assert rows and {row[department_column] for row in rows} == {department.name}
    expected = scoped(CourseCompletion.objects.all(), hr_user).filter(
        learner__learner_profile__department=department
    )
    assert len(rows) == expected.count()
    emails = {row[header.index("Email")] for row in rows}
    assert emails == set(expected.values_list("learner__email", flat=True))
