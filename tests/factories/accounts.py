"""Users and learner profiles."""

import factory
from django.contrib.auth import get_user_model

from lms.accounts.models import LearnerProfile

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    """A user who can sign in with PASSWORD; no profile, no groups."""

    username = factory.Sequence(lambda n: f"person-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = "Karin"
    last_name = "Lind"

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        password = kwargs.pop("password", PASSWORD)
        return model_class._default_manager.create_user(*args, password=password, **kwargs)


class LearnerProfileFactory(factory.django.DjangoModelFactory):
    """A learner's profile: the name on certificates; no organisation unless given."""

    user = factory.SubFactory(UserFactory)
    full_name = factory.LazyAttribute(lambda profile: profile.user.get_full_name())

    class Meta:
        model = LearnerProfile
