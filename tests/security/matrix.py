"""The access-control matrix as data: reading access_matrix.csv and judging responses by it."""

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from django.apps import apps
from openpyxl import load_workbook

from tests.factories.security import ROLES, X_MARKS, Y_MARKS

CSV_PATH = Path(__file__).with_name("access_matrix.csv")
COLUMNS = ("pattern", "name", "method", "url", "body", "writes", "writers", "group", *ROLES, "note")
NOT_REQUESTED = "-"  # method of a pattern that is listed but cannot be requested (say why)

# A CSRF secret every role's browser holds as its cookie and sends back with each POST, so
# POST rows pass Django's real CSRF check and a refusal is the view's, never the token's.
CSRF_TOKEN = "matrixcsrfsecretmatrixcsrfsecret"  # noqa: S105

# Cells that every row of a group shares; the rows still spell them out, the group proves it.
ADMIN_GATE = dict.fromkeys(("anonymous", "learner_a", "learner_b"), "302:/admin/login/")
STAFF_REFUSED = dict.fromkeys(("author", "hr_x", "hr_y"), "302:/admin/")
GROUPS = {
    "public": dict.fromkeys(ROLES, "200"),
    "learner": {"anonymous": "302:/account/sign-in/"},
    "admin": ADMIN_GATE,
    "admin-superuser": {**ADMIN_GATE, **STAFF_REFUSED, "superuser": "200"},
    "admin-pages": {**ADMIN_GATE, "hr_x": "302:/admin/", "hr_y": "302:/admin/"},
    "admin-hr": {**ADMIN_GATE, "author": "302:/admin/"},
}

# Whose people each role must never be shown (on pages that are not public anyway). Authors
# work on the catalogue and see no learner at all.
HIDDEN = {
    "learner_a": Y_MARKS,
    "learner_b": X_MARKS,
    "author": X_MARKS + Y_MARKS,
    "hr_x": Y_MARKS,
    "hr_y": X_MARKS,
}


@dataclass(frozen=True)
class Row:
    line: int
    pattern: str
    name: str
    method: str
    url: str
    body: str
    writes: str  # probes counted before and after: "lms.Enrolment lms.QuizAttempt[status=x]"
    writers: str  # the roles that may change those counts; for every other role they must not
    group: str
    expected: dict
    note: str

    @property
    def key(self):
        return (self.pattern, self.name)

    def label(self, role, unique=True):
        """Return the test id, e.g. "learn/attempts/<int:attempt_id>/ GET learner_b"."""
        request = f"{self.url} {self.body}".strip()
        suffix = "" if unique else f" [{request}]"
        return f"{self.pattern} {self.method} {role}{suffix}"


def load_rows(path=CSV_PATH):
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == COLUMNS, f"{path.name} columns: {COLUMNS}"
        return [
            Row(
                line=reader.line_num,
                expected={role: record[role].strip() for role in ROLES},
                **{key: (record[key] or "").strip() for key in COLUMNS if key not in ROLES},
            )
            for record in reader
        ]


@dataclass(frozen=True)
class Expected:
    status: int
    location: str | None = None  # the path a redirect must lead to, when it matters

    @classmethod
    def parse(cls, cell):
        status, _colon, location = cell.partition(":")
        return cls(int(status), location or None)


def observed(response):
    """Return a response as a matrix cell: "200", or "302:/admin/login/" for a redirect."""
    if response.status_code in (301, 302, 303, 307, 308) and response.has_header("Location"):
        return f"{response.status_code}:{urlsplit(response['Location']).path}"
    return str(response.status_code)


def matches(cell, response, values):
    """Return True if the response is what the cell expects (redirect paths compared whole)."""
    expected = Expected.parse(cell)
    if response.status_code != expected.status:
        return False
    if expected.location is None:
        return True
    return urlsplit(response.get("Location", "")).path == expected.location.format(**values)


def send(client, row, values):
    """Make the row's request with the role's browser."""
    url = row.url.format(**values)
    if row.method == "GET":
        return client.get(url)
    data = parse_qs(row.body.format(**values), keep_blank_values=True)
    data["csrfmiddlewaretoken"] = [CSRF_TOKEN]
    return client.post(url, data, HTTP_X_CSRFTOKEN=CSRF_TOKEN)


def describe(response):
    """Return what a failure message needs: the cell, and the exception behind a 500."""
    text = observed(response)
    exc_info = getattr(response, "exc_info", None)
    if exc_info:
        text += f" ({exc_info[0].__name__}: {exc_info[1]})"
    return text


BOOLEANS = {"True": True, "False": False}


def count_writes(spec):
    """Count the rows each probe in `spec` names: "lms.Enrolment lms.QuizAttempt[status=x]"."""
    counts = {}
    for probe in spec.split():
        label, _bracket, condition = probe.partition("[")
        filters = dict(part.split("=", 1) for part in condition.rstrip("]").split(",") if part)
        filters = {key: BOOLEANS.get(value, value) for key, value in filters.items()}
        counts[probe] = apps.get_model(label)._default_manager.filter(**filters).count()
    return counts


def read_body(response):
    """Return the body's bytes. A streamed body is read to its end, which also closes it.

    Never call response.close() in a test: it sends request_finished, whose
    close_old_connections closes a connection found inside a transaction — on PostgreSQL
    that ends the world's. The test client closes responses itself with the signal detached
    (a streamed one once it has been read).
    """
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def text_of(response, body):
    """Return what a person or script reads in the body: text, JSON or a workbook's cells."""
    kind = response.get("Content-Type", "")
    if any(t in kind for t in ("text/", "json", "javascript")):
        return body.decode(errors="replace")
    if "spreadsheetml" in kind:  # XLSX report exports
        workbook = load_workbook(io.BytesIO(body), read_only=True)
        return "\n".join(
            str(value)
            for sheet in workbook.worksheets
            for cells in sheet.iter_rows(values_only=True)
            for value in cells
            if value is not None
        )
    return ""  # PDF, ZIP: checked elsewhere (tests/lms, tests/certificates)


def leaked(role, response, body):
    """Return the marks of other organisations' learners that the response shows the role."""
    text = text_of(response, body)
    marks = HIDDEN.get(role, ())
    return [m for m in marks if m in text or json.dumps(m)[1:-1] in text]


def csv_line(route, url, cells, note):
    """Return a ready-to-paste CSV line for a pattern that has no row yet."""
    buffer = io.StringIO()
    fields = [route.pattern, route.name, "GET", url, "", "", "", "", *cells, note]
    csv.writer(buffer, lineterminator="").writerow(fields)
    return buffer.getvalue()
