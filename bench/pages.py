"""Pages: a lesson with progress against a plain Wagtail page; the catalogue; My learning."""

from django.test import Client

from bench import data
from bench.harness import Row, compare, get_ok, verdict


def run():
    catalogue, areas = data.catalogue_with_areas()
    learner = data.learner()
    course, lessons = data.course_with_lessons(areas[0])
    plain = data.plain_page_at_lesson_depth()
    from lms import services

    services.enrol(learner, course)
    services.complete_lesson(learner, lessons[0])
    client = Client()
    client.force_login(learner)

    pair = compare(
        {"lesson": get_ok(client, lessons[2].url), "plain": get_ok(client, plain.url)}, runs=60
    )
    ratio = pair["lesson"].median / pair["plain"].median
    rows = [
        Row(
            "Lesson page, signed-in learner with progress",
            f"{pair['lesson'].median:.1f} ms median, {pair['lesson'].queries} queries",
        ),
        Row(
            "Plain Wagtail page, same body and depth",
            f"{pair['plain'].median:.1f} ms median, {pair['plain'].queries} queries",
        ),
        Row("Lesson ÷ plain page", f"{ratio:.2f}", "≤ 1.5", verdict(ratio <= 1.5)),
    ]

    small = compare({"catalogue": get_ok(client, catalogue.url)}, runs=20)["catalogue"]
    data.many_courses(areas, 499)  # with the benchmark course: 500
    big = compare(
        {
            "catalogue": get_ok(client, catalogue.url),
            "filtered": get_ok(client, catalogue.url + "?audience=nurse&max_minutes=60"),
        },
        runs=20,
    )
    rows += [
        Row(
            "Catalogue, 500 courses (page 1 of 24 per page)",
            f"{big['catalogue'].median:.1f} ms median, {big['catalogue'].queries} queries",
            f"queries flat (1 course: {small.queries})",
            verdict(big["catalogue"].queries == small.queries),
        ),
        Row(
            "Catalogue, 500 courses, audience + duration filter",
            f"{big['filtered'].median:.1f} ms median, {big['filtered'].queries} queries",
        ),
    ]

    busy = data.learner("busy-learner@example.org")
    data.enrol_on_many(busy, areas[1], 50)
    busy_client = Client()
    busy_client.force_login(busy)
    mine = compare({"my": get_ok(busy_client, "/learn/my-learning/")}, runs=20)["my"]
    rows.append(
        Row(
            "My learning, 50 enrolments",
            f"{mine.median:.1f} ms median, {mine.queries} queries",
        )
    )
    return rows
