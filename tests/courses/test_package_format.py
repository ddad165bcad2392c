"""The course package's files on their own: lesson bodies, quiz files and canonical TOML."""

import tomllib

import pytest

from courses.blocks import LessonStreamBlock
from courses.packages.bodies import LAYOUTS, join_html, read_body, split_html, write_body
from courses.packages.errors import PackageError
from courses.packages.quizzes import QUIZ_FIELDS, read_quiz, write_quiz
from courses.packages.tomlfiles import Source, dumps

EVERY_BLOCK = [
    {"type": "heading", "value": {"level": "h2", "text": "R&D <first> -- then care"}, "id": "h1"},
    {"type": "rich_text", "value": "<p>One</p><ul><li>a <b>b</b></li><li>c</li></ul>", "id": "r1"},
    {
        "type": "image",
        "value": {"image": "media/cells.png", "alt_text": 'A "bag" of cells', "caption": ""},
        "id": "i1",
    },
    {
        "type": "video",
        "value": {
            "title": "Gowning",
            "video": "https://www.youtube.com/watch?v=abc",
            "transcript": "<p>Wash your hands.</p><p>Put on the suit.</p>",
        },
        "id": "v1",
    },
    {
        "type": "callout",
        "value": {"kind": "warning", "title": "Line\nbreak", "body": "<p>Careful.</p>"},
        "id": "c1",
    },
    {
        "type": "quote",
        "value": {"text": "First line.\n\nSecond paragraph.", "attribution": "Report, 2024"},
        "id": "q1",
    },
    {
        "type": "document",
        "value": {"document": "media/leaflet.pdf", "label": "", "description": "Two pages"},
        "id": "d1",
    },
    {
        "type": "glossary",
        "value": [
            {"type": "item", "value": {"term": "CMC", "definition": "How it is made."}, "id": "g1"},
            {
                "type": "item",
                "value": {"term": "QP", "definition": "Releases batches."},
                "id": "g2",
            },
        ],
        "id": "gl",
    },
]


def test_every_lesson_block_type_has_a_layout():
    assert set(LAYOUTS) == set(LessonStreamBlock().child_blocks)


def test_a_body_with_every_block_type_reads_back_exactly():
    text = write_body(EVERY_BLOCK)
    blocks, lines = read_body(text, "lesson.html")
    assert blocks == EVERY_BLOCK
    assert write_body(blocks) == text
    assert lines["h1"] == 1 and lines["g2"] > lines["g1"] > lines["gl"]
    # No "--" inside a comment, so the file stays valid HTML.
    assert all("--" not in line[4:-3] for line in text.splitlines() if line.startswith("<!--"))


def test_line_breaks_between_html_blocks_are_only_for_reading():
    html = "<p>One</p><ol><li>a</li><li>b <i>c</i></li></ol><p>Two <b>x</b> <i>y</i></p>"
    split = split_html(html)
    assert split.splitlines() == [
        "<p>One</p>",
        "<ol>",
        "<li>a</li>",
        "<li>b <i>c</i></li>",
        "</ol>",
        "<p>Two <b>x</b> <i>y</i></p>",
    ]
    assert join_html(split) == html
    # A line break between inline tags is text, and stays.
    assert join_html("<p><b>bold</b>\n<i>it</i></p>") == "<p><b>bold</b>\n<i>it</i></p>"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('\n<!-- block headline id="a" -->\nTitle\n', 2, "unknown block type 'headline'"),
        ('<!-- block heading level="h2" -->\nTitle\n', 1, "has no id"),
        ('<!-- block heading id="a" level="h2" size="9" -->\nx\n', 1, "no field size"),
        (
            '<!-- block heading id="a" level="h2" -->\nx\n\n<!-- block quote id="a" -->\n',
            4,
            "twice",
        ),
        ('<!-- block rich_text id="a" -->\n<p>x</p>\n<!-- item id="b" term="x" -->\n', 3, "item"),
        ("<p>Loose text</p>\n", 1, "before the first block"),
        ('<!-- block image id="a" image="media/x.png" -->\nCaption?\n', 1, "no text of its own"),
        ('<!-- block heading id="a" level=h2 -->\nx\n', 1, "cannot read this marker"),
    ],
)
def test_a_malformed_body_names_the_line(text, line, message):
    with pytest.raises(PackageError) as raised:
        read_body(text, "course/lessons/x.en-gb.html")
    assert raised.value.line == line
    assert message in raised.value.message
    assert str(raised.value).startswith(f"course/lessons/x.en-gb.html, line {line}: ")


def test_toml_is_written_in_the_order_given_with_multiline_strings():
    text = dumps(
        [
            (None, {"b": 1, "a": "one\ntwo", "skipped": None}),
            ("[[items]]", {"id": "x", "flags": ["p", "q"]}),
        ]
    )
    assert text.startswith('b = 1\na = """\none\ntwo"""\n\n[[items]]\nid = "x"\n')
    assert text.endswith("\n")
    assert tomllib.loads(text) == {
        "b": 1,
        "a": "one\ntwo",
        "items": [{"id": "x", "flags": ["p", "q"]}],
    }


def test_a_toml_syntax_error_names_the_line_in_the_file():
    source = Source("course/lessons/x.en-gb.html", 'title = "x"\nestimated_minutes = \n', offset=1)
    with pytest.raises(PackageError) as raised:
        source.load()
    assert raised.value.line == 3  # line 2 of the front matter, after the opening +++


QUIZ = {
    "title": "Check",
    "estimated_minutes": 5,
    "introduction": "<p>Intro.</p><p>Rules.</p>",
    "pass_mark": 80,
    "max_attempts": None,
    "wait_minutes": 0,
    "draw_count": None,
    "time_limit_minutes": None,
    "shuffle_questions": True,
    "shuffle_choices": False,
    "review_policy": "after_each",
    "seo_title": "",
    "search_description": "",
    "questions": [
        {
            "id": "q1",
            "question_type": "single",
            "text": "Which grade?",
            "explanation": "",
            "choices": [
                {"id": "c1", "text": "A", "correct": True, "feedback": ""},
                {"id": "c2", "text": "D", "correct": False, "feedback": "Too low."},
            ],
        }
    ],
}


def test_a_quiz_reads_back_as_written_and_leaves_out_what_is_empty():
    text = write_quiz(QUIZ, QUIZ_FIELDS)
    assert "max_attempts" not in text and "seo_title" not in text
    page = read_quiz(Source("quiz.en-gb.toml", text))
    assert page.fields["questions"][0]["choices"][1] == QUIZ["questions"][0]["choices"][1]
    assert page.fields["introduction"] == QUIZ["introduction"]
    assert write_quiz({**QUIZ, **page.fields}, QUIZ_FIELDS) == text


def test_a_quiz_translation_may_not_say_which_choice_is_correct():
    source = read_quiz(Source("quiz.en-gb.toml", write_quiz(QUIZ, QUIZ_FIELDS)))
    text = 'title = "Test"\nslug = "test"\n\n[[questions]]\nid = "q1"\ntext = "Vilken?"\n'
    text += '\n[[questions.choices]]\nid = "c1"\ntext = "A"\ncorrect = true\n'
    with pytest.raises(PackageError) as raised:
        read_quiz(Source("quiz.sv.toml", text), source)
    assert raised.value.line == 11
    assert "only the source language says which choices are correct" in raised.value.message
