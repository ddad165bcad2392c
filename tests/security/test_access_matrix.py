"""Every URL pattern × every role → the answer access_matrix.csv says it must give (R4.5).

A pattern without a row fails, printing a line with what each role gets today to review and
paste. Each row is requested by each role's browser; POST rows send a real CSRF token and,
where the role is refused, check that the models in `writes` gained no rows.
"""

from collections import Counter

import pytest

from tests.factories.security import ROLES
from tests.security import matrix
from tests.security.urlconf import all_routes, route_of, sample_url

# The mark makes pytest-django create the test database: without one in the session, the
# module's `world` would be built in whatever database the settings name (db.sqlite3!).
# It also gives each test a savepoint inside the world's transaction, rolled back after it.
pytestmark = pytest.mark.django_db

ROWS = matrix.load_rows()
REQUESTED = [row for row in ROWS if row.method != matrix.NOT_REQUESTED]
_COUNTS = Counter((row.pattern, row.method) for row in REQUESTED)
CASES = [
    pytest.param(row, role, id=row.label(role, unique=_COUNTS[row.pattern, row.method] == 1))
    for row in REQUESTED
    for role in ROLES
]


def _new_row(world, route):
    url = sample_url(route.pattern)
    cells = []
    for role in ROLES:
        try:
            cells.append(matrix.observed(world.client(role).get(url)))
        except Exception as error:  # noqa: BLE001 - the line is a draft for a person to finish
            cells.append(f"?{type(error).__name__}")
    return matrix.csv_line(route, url, cells, f"TODO review ({route.view})")


def test_every_url_pattern_has_a_row(world):
    listed = {row.key for row in ROWS}
    missing = [route for route in all_routes() if (route.pattern, route.name) not in listed]
    lines = "\n".join(_new_row(world, route) for route in missing)
    assert not missing, (
        f"{len(missing)} URL pattern(s) have no row in {matrix.CSV_PATH.name}. Here is what each "
        f"role gets today ({', '.join(ROLES)}); check every cell against the policy in "
        f"tests/security/README.md, put placeholders in the URL, then paste:\n{lines}"
    )


def test_every_row_names_a_current_pattern():
    current = {(route.pattern, route.name) for route in all_routes()}
    stale = [
        f"line {row.line}: {row.pattern} ({row.name})" for row in ROWS if row.key not in current
    ]
    assert not stale, "Rows for patterns the URLconf no longer has:\n" + "\n".join(stale)


def test_rows_are_well_formed():
    problems = []
    for row in ROWS:
        if row.method not in ("GET", "POST", matrix.NOT_REQUESTED):
            problems.append(f"line {row.line}: method {row.method!r}")
        if row.method == matrix.NOT_REQUESTED:
            if not row.note:
                problems.append(f"line {row.line}: a pattern that is not requested needs a note")
            continue
        for role, cell in row.expected.items():
            try:
                matrix.Expected.parse(cell)
            except ValueError:
                problems.append(f"line {row.line}: {role} {cell!r} is not a status")
        for role, cell in matrix.GROUPS.get(row.group, {}).items():
            if row.expected[role] != cell:
                problems.append(f"line {row.line}: group {row.group} says {role} gets {cell}")
        if row.group and row.group not in matrix.GROUPS:
            problems.append(f"line {row.line}: unknown group {row.group!r}")
    assert not problems, "\n".join(problems)


def test_every_row_url_reaches_its_pattern(world):
    wrong = []
    for row in REQUESTED:
        url = row.url.format(**world.values)
        if route_of(url) != row.pattern:
            wrong.append(f"line {row.line}: {url} resolves to {route_of(url)}, not {row.pattern}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("row", "role"), CASES)
def test_access(world, row, role):
    cell = row.expected[role]
    before = matrix.count_writes(row.writes) if row.writes else {}
    response = matrix.send(world.client(role), row, world.values)
    body = matrix.read_body(response)  # also closes a streamed export
    assert matrix.matches(cell, response, world.values), (
        f"{row.method} {row.url.format(**world.values)} as {role}: expected {cell}, "
        f"got {matrix.describe(response)}. Row (line {row.line}): {row.note}"
    )
    if response.status_code == 200 and row.expected["anonymous"] != "200":
        leaked = matrix.leaked(role, response, body)
        assert not leaked, f"{role} is shown another organisation's learner: {leaked}"
    if row.writes and role not in row.writers.split():
        assert matrix.count_writes(row.writes) == before, f"{role} may not write, yet wrote"
