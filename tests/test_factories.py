"""Every model of the project's apps has a factory in tests/factories/, and each makes a valid one.

The factory of `<app>.<Model>` is `<Model>Factory` in `tests/factories/<app>.py` (the app's
label: home, courses, lms, hr, accounts, certificates, training). A model no test makes on its
own goes in NO_FACTORY with the reason.
"""

from importlib import import_module

import pytest
from django.apps import apps
from wagtail.models import Page

APPS = ("home", "courses", "lms", "hr", "accounts", "certificates", "training")

NO_FACTORY = {
    "certificates.SerialCounter": (
        "one row per year, written only by the issuing's next_serial() under a lock; every "
        "CertificateFactory makes or advances it"
    ),
}


def project_models():
    """Return every concrete model of the project's apps, as 'label.Model' → model."""
    return {
        model._meta.label: model
        for label in APPS
        for model in apps.get_app_config(label).get_models()
        if not model._meta.abstract
    }


def factory_of(model):
    module = import_module(f"tests.factories.{model._meta.app_label}")
    return getattr(module, f"{model.__name__}Factory", None)


MODELS = sorted(label for label in project_models() if label not in NO_FACTORY)


def test_every_model_has_a_factory_or_a_reason():
    missing = [
        f"{label}: add {model.__name__}Factory to tests/factories/{model._meta.app_label}.py"
        for label, model in sorted(project_models().items())
        if label not in NO_FACTORY and factory_of(model) is None
    ]
    assert not missing, "Models without a factory:\n" + "\n".join(missing)
    wrong = [
        f"{factory_of(model).__name__} makes {factory_of(model)._meta.model}, not {label}"
        for label, model in project_models().items()
        if factory_of(model) is not None and factory_of(model)._meta.model is not model
    ]
    assert not wrong


def test_the_allow_list_names_only_models_without_a_factory():
    models = project_models()
    for label, reason in NO_FACTORY.items():
        assert label in models, f"{label} is no model of {APPS}: remove it from NO_FACTORY"
        assert factory_of(models[label]) is None, f"{label} has a factory: take it off NO_FACTORY"
        assert reason.strip()


@pytest.mark.django_db
@pytest.mark.parametrize("label", MODELS)
def test_the_factory_makes_a_valid_saved_object(label):
    model = project_models()[label]
    made = factory_of(model)()
    assert isinstance(made, model) and made.pk is not None
    stored = model._default_manager.get(pk=made.pk)
    stored.full_clean()
    if isinstance(stored, Page):
        parent = stored.get_parent()
        assert model.can_exist_under(parent.specific), f"{label} under {type(parent.specific)}"
