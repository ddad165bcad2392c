"""What every permanent learning record shares: it is never deleted, and once it is settled it
never changes, whether through the model, a queryset or (on PostgreSQL) raw SQL (migration 0002).
"""

from django.db import models


class ImmutableRecordError(Exception):
    """Raised when code tries to change or delete a permanent learning record."""


class PermanentQuerySet(models.QuerySet):
    """Refuse bulk deletes always, and bulk updates of rows that are settled."""

    def settled(self):
        """Return the rows that may no longer change (all of them, unless a model says so)."""
        return self

    def update(self, **kwargs):
        settled = self.settled()
        if settled is self or settled.exists():
            raise ImmutableRecordError(self.model.permanent_message)
        return super().update(**kwargs)

    def delete(self):
        raise ImmutableRecordError(self.model.permanent_message)


class PermanentRecord(models.Model):
    """A learning record that is written once and then kept exactly as it is.

    Subclasses say when a stored row is settled (`is_settled`): a completion at once, a quiz
    attempt when it is submitted. Learning records are not content, so they stay out of
    Wagtail's reference index.
    """

    wagtail_reference_index_ignore = True
    permanent_message = "Learning records are permanent."

    objects = PermanentQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.is_settled():
            raise ImmutableRecordError(self.permanent_message)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableRecordError(self.permanent_message)

    def is_settled(self):
        """Return True if this row may no longer be saved: by default, once it is stored."""
        return not self._state.adding
