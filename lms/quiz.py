"""Pure quiz logic: drawing a snapshot, reading a form, marking answers. No database writes."""

import secrets
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

_random = secrets.SystemRandom()


class AnswerError(ValueError):
    """A posted answer that does not belong to the attempt: forged or stale."""


def _token(taken):
    while True:
        token = secrets.token_urlsafe(6)
        if token not in taken:
            taken.add(token)
            return token


def _texts_by_id(page):
    """Return {block id: question value} of a quiz page in the reader's language."""
    if page is None:
        return {}
    return {child.id: child.value for child in page.questions if child.block_type == "question"}


def _choice_texts(value):
    return {item.id: item.value for item in value["choices"].bound_blocks} if value else {}


def draw_snapshot(quiz, reading=None):
    """Return the questions for a new attempt: drawn, ordered, with per-attempt tokens.

    `quiz` is the default-language quiz the records point at: its rules (how many, shuffles)
    and its answer key decide the attempt, whatever a translation says. `reading` is the same
    quiz in the learner's language: its texts are shown where a question or choice with the
    same block id exists there. The snapshot keeps each question's and choice's stable block
    id (`key`) for statistics, its text, the answer key and feedback. Only `token`s are ever
    sent to the browser.
    """
    pool = [child for child in quiz.questions if child.block_type == "question"]
    translated = _texts_by_id(reading)
    count = quiz.questions_per_attempt
    if count < len(pool):
        chosen = _random.sample(range(len(pool)), count)
        drawn = [pool[i] for i in (chosen if quiz.shuffle_questions else sorted(chosen))]
    else:
        drawn = list(pool)
        if quiz.shuffle_questions:
            _random.shuffle(drawn)
    taken = set()
    snapshot = []
    for child in drawn:
        value = child.value
        shown = translated.get(child.id) or value
        shown_choices = _choice_texts(translated.get(child.id))
        choices = []
        for item in value["choices"].bound_blocks:
            text = shown_choices.get(item.id) or item.value
            choices.append(
                {
                    "key": item.id,
                    "token": _token(taken),
                    "text": text["text"],
                    "correct": bool(item.value["correct"]),
                    "feedback": text["feedback"] or "",
                }
            )
        if quiz.shuffle_choices and value["question_type"] != "true_false":
            _random.shuffle(choices)
        snapshot.append(
            {
                "key": child.id,
                "token": _token(taken),
                "text": shown["text"],
                "type": value["question_type"],
                "explanation": shown["explanation"] or "",
                "choices": choices,
            }
        )
    return snapshot


def public_questions(snapshot, saved=None, errors=None, disabled=False):
    """Return what the attempt form may show: text and tokens only, never the answer key."""
    saved = saved or {}
    errors = errors or {}
    return [
        {
            "number": number,
            "key": question["token"],
            "text": question["text"],
            "type": question["type"],
            "error": errors.get(question["token"], ""),
            "choices": [
                {
                    "token": choice["token"],
                    "text": choice["text"],
                    "checked": choice["key"] in saved.get(question["key"], ()),
                }
                for choice in question["choices"]
            ],
        }
        for number, question in enumerate(snapshot, start=1)
    ]


def read_answers(snapshot, data):
    """Return {question key: [choice keys]} from a posted form, or raise AnswerError.

    Every `q-…` field must name a question of this attempt, and every value one of that
    question's choices; single-choice and true/false questions take one value at most.
    """
    by_token = {question["token"]: question for question in snapshot}
    for name in data:
        if name.startswith("q-") and name[2:] not in by_token:
            raise AnswerError(_("An answer did not belong to this attempt."))
    answers = {}
    for question in snapshot:
        values = data.getlist(f"q-{question['token']}")
        if not values:
            continue
        choices = {choice["token"]: choice["key"] for choice in question["choices"]}
        if any(value not in choices for value in values) or len(set(values)) != len(values):
            raise AnswerError(_("An answer did not match its question."))
        if question["type"] != "multiple" and len(values) > 1:
            raise AnswerError(_("A single-choice question takes one answer."))
        answers[question["key"]] = [choices[value] for value in values]
    return answers


def unanswered_errors(snapshot, answers):
    """Return {question token: message} for questions without an answer."""
    return {
        question["token"]: _("Choose an answer to this question.")
        for question in snapshot
        if not answers.get(question["key"])
    }


def is_correct(question, chosen_keys):
    """All or nothing: the chosen set must equal the set of correct choices."""
    correct = {choice["key"] for choice in question["choices"] if choice["correct"]}
    return bool(chosen_keys) and set(chosen_keys) == correct


def mark(snapshot, answers, pass_mark):
    """Return (per-question correctness, correct count, score percent, passed)."""
    results = {
        question["key"]: is_correct(question, answers.get(question["key"], []))
        for question in snapshot
    }
    correct = sum(results.values())
    total = len(snapshot)
    score = (
        (Decimal(correct * 100) / Decimal(total)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if total
        else Decimal("0.00")
    )
    return results, correct, score, score >= pass_mark


def unanswered_summary(count):
    return ngettext(
        "%(count)s question has no answer yet.",
        "%(count)s questions have no answer yet.",
        count,
    ) % {"count": count}
