"""Who may see whose records: the one place where HR scope is decided.

An HR user sees learners, records, assignments and needs only for the organisations they are
responsible for (HRResponsibility); superusers see everything. Every HR queryset and export
goes through `scoped()`. Other apps (certificates) call `organisations_for()` and
`learners_visible_to()` rather than repeating the rule, and put their own models under the
same scope with `register_organisation_path()`.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from lms.hr.models import Organisation

HR_GROUP = "HR"
REPORTS_PERMISSION = "hr.view_hr_reports"

# How to reach the learner's (or the row's) organisation from each model HR screens list.
ORGANISATION_PATHS = {
    "hr.organisation": "pk",
    "hr.department": "organisation",
    "accounts.learnerprofile": "organisation",
    "hr.competenceneed": "department__organisation",
    "hr.assignmentrule": "organisation",
    "hr.assignment": "learner__learner_profile__organisation",
    "lms.coursecompletion": "learner__learner_profile__organisation",
    "lms.completioncorrection": "completion__learner__learner_profile__organisation",
    "lms.quizattempt": "learner__learner_profile__organisation",
    "lms.enrolment": "learner__learner_profile__organisation",
    "hr.hrresponsibility": "organisation",
    "hr.membership": "organisation",
    "hr.joinrequest": "organisation",
    "hr.organisationdomain": "organisation",
}
USER_PATH = "learner_profile__organisation"


def register_organisation_path(model_label, path):
    """Put another app's model under HR scope: `path` leads from it to the organisation.

    For apps HR never names (certificates registers its certificates); the scoped site history
    then also hides log entries about such objects of other organisations.
    """
    ORGANISATION_PATHS[model_label.lower()] = path


def sees_everything(user):
    return bool(user.is_active and user.is_superuser)


def can_view_reports(user):
    """Return True if the user may open HR reports at all (what they contain is scoped)."""
    return bool(user.is_authenticated and user.is_active and user.has_perm(REPORTS_PERMISSION))


def organisations_for(user):
    """Return the organisations whose people and records the user may see."""
    if not user.is_authenticated or not user.is_active:
        return Organisation.objects.none()
    if sees_everything(user):
        return Organisation.objects.canonical()  # translations are names, not organisations
    if not user.has_perm(REPORTS_PERMISSION):
        return Organisation.objects.none()
    return Organisation.objects.filter(hr_responsibilities__user=user).distinct()


def _organisation_path(model):
    if model is get_user_model():
        return USER_PATH
    try:
        return ORGANISATION_PATHS[model._meta.label_lower]
    except KeyError:
        raise LookupError(f"No HR scope is defined for {model._meta.label}.") from None


def scope_q(user, path):
    """Return a Q limiting rows whose organisation is at `path` to the user's organisations."""
    if sees_everything(user):
        return Q()
    ids = organisations_for(user).values("pk")
    return Q(**{f"{path}__in": ids})


def scoped(queryset, user):
    """Return the queryset limited to rows the user may see as HR (all rows for superusers)."""
    if sees_everything(user):
        return queryset
    if not can_view_reports(user):
        return queryset.none()
    return queryset.filter(scope_q(user, _organisation_path(queryset.model)))


def learners_visible_to(user):
    """Return the user accounts whose records the user may see as HR."""
    return scoped(get_user_model().objects.all(), user)
