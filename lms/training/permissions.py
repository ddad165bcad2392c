"""Who may do what with sessions in the admin.

Coordinators (Django's session permissions, e.g. the Training coordinators group) and
superusers manage every session. An instructor may view the sessions they teach, open their
rosters and mark attendance there, and nothing else.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy


class SessionPermissionPolicy(ModelPermissionPolicy):
    def _instructs(self, user):
        return (
            user.is_authenticated
            and user.is_active
            and self.model.objects.filter(instructors=user).exists()
        )

    def user_has_permission(self, user, action):
        if super().user_has_permission(user, action):
            return True
        return action == "view" and self._instructs(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if super().user_has_permission(user, action):
            return True
        return action == "view" and instance.instructors.filter(pk=user.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if any(super(SessionPermissionPolicy, self).user_has_permission(user, a) for a in actions):
            return self.model.objects.all()
        if "view" in actions and user.is_authenticated and user.is_active:
            return self.model.objects.filter(instructors=user)
        return self.model.objects.none()

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        if "view" in actions:
            instructors = get_user_model().objects.filter(
                is_active=True, instructed_sessions__isnull=False
            )
            users = (users | instructors).distinct()
        return users
