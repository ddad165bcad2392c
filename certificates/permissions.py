"""Who may do what with certificates in the admin, and to whose. Every check goes through here.

Two questions, both asked by every view, listing, export and the PDF download:

- *what*: the Django permission of each action (`ACTION_PERMISSIONS`; superusers hold them
  all). The HR group holds view (list, inspect, history, usage, download one PDF) and bulk
  download, given by migration 0003; revoking, re-issuing and rendering again stay with
  administrators and whoever they give `revoke_certificate`.
- *whose*: HR scope (`lms.hr.scope`), as on every other HR screen. A member of staff sees and
  acts on the certificates of learners in the organisations they are responsible for;
  superusers see all; anyone else none. A certificate outside that scope is a 404.
"""

from certificates.models import Certificate
from lms.hr import scope
from lms.viewsets import ReadOnlyPermissionPolicy

# The Django permission each action needs (superusers have them all).
ACTION_PERMISSIONS = {
    "view": "certificates.view_certificate",
    "download": "certificates.view_certificate",
    "revoke": "certificates.revoke_certificate",
    "reissue": "certificates.revoke_certificate",
    "retry": "certificates.revoke_certificate",
    "export": "certificates.export_certificates",
}

# A certificate belongs to its learner's organisation. Registered here, not written into
# lms.hr, because HR never names this app; every use of certificate scope imports this module.
scope.register_organisation_path(
    Certificate._meta.label_lower, "learner__learner_profile__organisation"
)


def _may(user, action):
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.has_perm(ACTION_PERMISSIONS[action])


def manageable_certificates(user, action="view"):
    """Return the certificates the member of staff may do `action` to (HR-scoped)."""
    if not _may(user, action):
        return Certificate.objects.none()
    return scope.scoped(Certificate.objects.all(), user)


def user_can(user, action, certificate=None):
    """Return True if the member of staff may do `action` (to `certificate`, if given)."""
    if certificate is None:
        return _may(user, action)
    return manageable_certificates(user, action).filter(pk=certificate.pk).exists()


class CertificatePermissionPolicy(ReadOnlyPermissionPolicy):
    """Certificates are never added, edited or deleted in the admin; other actions ask
    `user_can`, per certificate within the user's HR scope."""

    def user_has_permission(self, user, action):
        if action in ACTION_PERMISSIONS:
            return user_can(user, action)
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ACTION_PERMISSIONS:
            return user_can(user, action, instance)
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        permitted = [action for action in actions if action in ACTION_PERMISSIONS]
        if any(_may(user, action) for action in permitted):
            return scope.scoped(Certificate.objects.all(), user)
        return Certificate.objects.none()
