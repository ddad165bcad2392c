"""Names sort by the rules of the reader's language (ICU), in Python and in the database."""

import pytest
from django.db import connection
from django.utils import translation

from lms.accounts.models import LearnerProfile
from lms.collation import _icu_candidates, collated, collation_key, name_order

NAMES = ["Zetterlund", "Ärger", "Apfel", "Azur", "Öberg", "Olsson", "Åkesson", "Andersson"]
ORDERS = {
    # Swedish: å, ä, ö are letters of their own after z.
    "sv": ["Andersson", "Apfel", "Azur", "Olsson", "Zetterlund", "Åkesson", "Ärger", "Öberg"],
    # English and German: accents count only to break ties; ä sorts with a, ö with o.
    "en-gb": ["Åkesson", "Andersson", "Apfel", "Ärger", "Azur", "Öberg", "Olsson", "Zetterlund"],
    "de": ["Åkesson", "Andersson", "Apfel", "Ärger", "Azur", "Öberg", "Olsson", "Zetterlund"],
}


@pytest.mark.parametrize("language", ORDERS)
def test_python_sorts_in_the_languages_order(language):
    assert sorted(NAMES, key=collation_key(language)) == ORDERS[language]
    with translation.override(language):
        assert collated(NAMES) == ORDERS[language]  # the active language by default


@pytest.mark.parametrize("language", ["sv", "en-gb"])
def test_the_database_sorts_as_python_does(make_user, language):
    for number, name in enumerate(NAMES):
        LearnerProfile.objects.create(user=make_user(f"person-{number}"), full_name=name)
    ordered = LearnerProfile.objects.order_by(name_order("full_name", language=language))
    assert list(ordered.values_list("full_name", flat=True)) == ORDERS[language]
    backwards = LearnerProfile.objects.order_by(
        name_order("full_name", descending=True, language=language)
    )
    assert list(backwards.values_list("full_name", flat=True)) == ORDERS[language][::-1]


def test_a_language_the_database_lacks_sorts_by_icus_root_order(make_user):
    """PostgreSQL falls back to und-x-icu; SQLite registers ICU's root collation for it."""
    for number, name in enumerate(["b", "Å", "a"]):
        LearnerProfile.objects.create(user=make_user(f"person-{number}"), full_name=name)
    assert _icu_candidates("en-gb") == ["en-GB-x-icu", "en-x-icu", "und-x-icu"]
    assert _icu_candidates("zz") == ["zz-x-icu", "und-x-icu"]
    ordered = LearnerProfile.objects.order_by(name_order("full_name", language="zz"))
    assert list(ordered.values_list("full_name", flat=True)) == ["a", "Å", "b"]
    sql = str(ordered.query)
    expected = "und-x-icu" if connection.vendor == "postgresql" else "icu_zz"
    assert f'COLLATE "{expected}"' in sql
