"""Where a step sits in its course: position, neighbours and breadcrumb."""

from wagtail.models import Page


def step_navigation(step):
    """Return the course, its steps and this step's position, previous and next step.

    Titles and URLs are all a step's navigation shows, so the steps stay generic (no
    `.specific()`), which keeps a lesson's queries independent of the course's length.
    """
    routed = getattr(step, "_route_ancestors", None)  # set by DirectRoutingMixin.route
    ancestors = routed if routed else list(step.get_ancestors().filter(depth__gt=2))
    course = ancestors[-1]
    steps = list(Page.objects.child_of(course).live().order_by("path"))
    ids = [s.pk for s in steps]
    position = ids.index(step.pk) if step.pk in ids else None
    previous_step = next_step = None
    if position is not None:
        previous_step = steps[position - 1] if position > 0 else None
        next_step = steps[position + 1] if position + 1 < len(steps) else None
    return {
        "course": course,
        "breadcrumbs": ancestors,
        "steps": steps,
        "step_number": position + 1 if position is not None else None,
        "step_count": len(steps),
        "previous_step": previous_step,
        "next_step": next_step,
    }
