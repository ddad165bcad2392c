import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError

from courses.blocks import QuizStreamBlock
from courses.models import QuizPage
from tests.factories.courses import QuizPageFactory, question, question_pool

pytestmark = pytest.mark.django_db


def clean_questions(*questions):
    block = QuizStreamBlock()
    value = block.to_python(
        [
            {
                "type": kind,
                "value": block.child_blocks[kind].get_prep_value(
                    block.child_blocks[kind].to_python(data)
                ),
            }
            for kind, data in questions
        ]
    )
    return block.clean(value)


@pytest.mark.parametrize(
    ("question_type", "choices", "message"),
    [
        ("single", [("A", True, ""), ("B", True, "")], "exactly one correct choice"),
        ("single", [("A", False, ""), ("B", False, "")], "exactly one correct choice"),
        ("multiple", [("A", False, ""), ("B", False, "")], "at least one correct choice"),
        (
            "true_false",
            [("True", True, ""), ("False", False, ""), ("Maybe", False, "")],
            "exactly two choices",
        ),
        ("true_false", [("True", True, ""), ("False", True, "")], "exactly one correct choice"),
        (
            "single",
            [("Grade A", True, ""), ("grade a", False, "")],
            "Each choice must be different",
        ),
    ],
)
def test_editor_is_told_what_is_wrong_with_a_question(question_type, choices, message):
    with pytest.raises(StreamBlockValidationError) as error:
        clean_questions(question("Which?", choices, question_type=question_type))
    assert message in str(error.value.as_json_data())


def test_a_valid_question_passes_validation():
    cleaned = clean_questions(
        question("Pick all", [("A", True, ""), ("B", True, ""), ("C", False, "")], "multiple")
    )
    assert len(cleaned) == 1


def test_quiz_needs_a_question(quiz_course):
    quiz = QuizPage(title="Empty", slug="empty", estimated_minutes=5, questions=[])
    with pytest.raises(ValidationError) as error:
        quiz_course.add_child(instance=quiz)
    assert "Add at least one question." in str(error.value)


def test_quiz_cannot_draw_more_than_its_pool(quiz_course):
    quiz = QuizPage(
        title="Pool", slug="pool", estimated_minutes=5, questions=question_pool(3), draw_count=4
    )
    with pytest.raises(ValidationError) as error:
        quiz_course.add_child(instance=quiz)
    assert "draw_count" in error.value.message_dict


@pytest.mark.parametrize("mark", [-1, 101])
def test_pass_mark_must_be_a_percentage(quiz_course, mark):
    quiz = QuizPage(
        title="Mark", slug="mark", estimated_minutes=5, questions=question_pool(2), pass_mark=mark
    )
    with pytest.raises(ValidationError) as error:
        quiz.full_clean()
    assert "pass_mark" in error.value.message_dict


def test_quiz_page_states_its_rules_and_the_scoring_rule(client, quiz_course):
    quiz = QuizPageFactory(
        parent=quiz_course,
        slug="rules",
        questions=question_pool(12),
        draw_count=10,
        max_attempts=3,
        wait_minutes=10,
        pass_mark=80,
        review_policy="after_pass",
    )
    html = client.get(quiz.url).content.decode()
    assert "Each attempt has 10 questions." in html
    assert "drawn from a larger pool" in html
    assert "You pass with 80% or more." in html
    assert "Multiple-choice questions are all or nothing" in html
    assert "You have 3 attempts." in html and "at least 10 minutes" in html
    assert "You see the right answers once you have passed." in html
    assert "to take the quiz" in html  # anonymous readers are invited to sign in
