"""Who may do what with certificates in the admin. Every check goes through `user_can`.

HR staff will later be scoped to their organisations: extend `user_can` and
`manageable_certificates` here, and every view, listing and export follows.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from certificates.models import Certificate

# The Django permission each action needs (superusers have them all).
ACTION_PERMISSIONS = {
    "view": "certificates.view_certificate",
    "download": "certificates.view_certificate",
    "revoke": "certificates.revoke_certificate",
    "reissue": "certificates.revoke_certificate",
    "retry": "certificates.revoke_certificate",
    "export": "certificates.export_certificates",
}


def user_can(user, action, certificate=None):
    """Return True if the member of staff may do `action` (to `certificate`, if given)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.has_perm(ACTION_PERMISSIONS[action])


def manageable_certificates(user, action="view"):
    """Return the certificates the member of staff may do `action` to."""
    if not user_can(user, action):
        return Certificate.objects.none()
    return Certificate.objects.all()


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Certificates are never added, edited or deleted in the admin; viewing asks `user_can`."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        if action in ACTION_PERMISSIONS:
            return user_can(user, action)
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("add", "change", "delete"):
            return False
        if action in ACTION_PERMISSIONS:
            return user_can(user, action, instance)
        return super().user_has_permission_for_instance(user, action, instance)
