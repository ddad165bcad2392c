"""What other apps add to HR's screens, through Wagtail hooks, so HR never imports them.

- `hr_completion_columns`: a function returning a list of `CompletionColumn`s, each an
  expression evaluated for every completion (`OuterRef("pk")` is the completion), shown as a
  column of the completion report, its CSV and its XLSX. Certificates add the serial number.
- `hr_learner_certificates`: a function taking a learner and returning their certificates as
  dicts with `serial`, `title`, `issued_at`, `expires_at` and `revoked_at`, for the transcript.
  Without such a hook the transcript has no certificates section.
"""

from dataclasses import dataclass
from typing import Any

from wagtail import hooks


@dataclass(frozen=True)
class CompletionColumn:
    key: str
    label: str
    expression: Any


def completion_columns():
    """Return the extra completion columns other apps registered, in registration order."""
    return [column for hook in hooks.get_hooks("hr_completion_columns") for column in hook()]


def learner_certificates(learner):
    """Return the learner's certificates from the apps that keep them, or None if none does."""
    providers = hooks.get_hooks("hr_learner_certificates")
    if not providers:
        return None
    return [certificate for provider in providers for certificate in provider(learner)]
