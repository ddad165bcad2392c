"""The admin's session form: instructors are chosen among the Training instructors only."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm

INSTRUCTORS_GROUP = "Training instructors"


class SessionForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Not every account: a coordinator picks among instructors (and keeps whoever is set).
        chosen = (
            list(self.instance.instructors.values_list("pk", flat=True)) if self.instance.pk else []
        )
        self.fields["instructors"].queryset = (
            get_user_model()
            .objects.filter(Q(is_active=True, groups__name=INSTRUCTORS_GROUP) | Q(pk__in=chosen))
            .distinct()
            .order_by("last_name", "first_name", "username")
        )
