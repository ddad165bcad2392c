"""Helpers that answer quiz attempts the way a learner's browser would post them."""

from lms.models import QuizAttempt


def answer_data(attempt, right=None, action="submit"):
    """Return POST data answering the first `right` questions correctly and the rest wrongly.

    Reads the snapshot the way only a test can; a browser never sees `correct`.
    """
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    right = len(attempt.questions) if right is None else right
    data = {"action": action}
    for index, question in enumerate(attempt.questions):
        wanted = index < right
        tokens = [c["token"] for c in question["choices"] if c["correct"] == wanted]
        if question["type"] != "multiple":
            tokens = tokens[:1]
        data[f"q-{question['token']}"] = tokens
    return data


def start(client, quiz):
    """Start an attempt through the site and return it."""
    response = client.post(f"/learn/quizzes/{quiz.pk}/start/")
    assert response.status_code == 302, response.content[:500]
    return QuizAttempt.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))
