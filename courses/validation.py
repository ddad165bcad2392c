"""Checks on what authors type that other apps know how to make: titles that get printed.

Course and catalogue-area titles are printed on certificates, so the project lists, in
settings.PRINTED_TEXT_VALIDATORS, validators that refuse what its PDFs cannot print (lms.pdf).
Courses names them by dotted path and never imports the apps that provide them.
"""

from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.module_loading import import_string


@cache
def _printed_text_validators():
    return [import_string(path) for path in getattr(settings, "PRINTED_TEXT_VALIDATORS", [])]


def printed_text_errors(value):
    """Return the validation errors of text that will be printed (an empty list if none)."""
    errors = []
    for validator in _printed_text_validators():
        try:
            validator(value)
        except ValidationError as error:
            errors.extend(error.error_list)
    return errors
