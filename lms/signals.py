"""Signals other apps listen to, so lms never imports them.

`course_completed(sender=CourseCompletion, completion=...)` is sent inside the transaction that
writes the completion; receivers that start background work should use transaction.on_commit.
"""

from django.dispatch import Signal

course_completed = Signal()

# `completion_corrected(sender=CompletionCorrection, correction=...)`: a correction (annulment
# or new expiry) was recorded beside a completion, inside the transaction that wrote it.
completion_corrected = Signal()
