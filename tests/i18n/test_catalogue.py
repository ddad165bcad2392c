"""The Swedish catalogue is complete and current, and no template holds unmarked text.

Runs Django's own makemessages over a copy of the project, so a string added to a template or
to Python code without a Swedish translation fails here, naming the string and where it is.
"""

import gettext
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests.i18n.po import read_po

ROOT = Path(settings.BASE_DIR)
CATALOGUE = ROOT / "locale" / "sv" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOGUE.with_suffix(".mo")
SOURCES = ["courses", "home", "lms", "certificates", "templates"]


def require_gettext():
    missing = [tool for tool in ("xgettext", "msgmerge", "msgfmt") if shutil.which(tool) is None]
    assert not missing, f"GNU gettext is needed ({', '.join(missing)}): make test installs it"


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory):
    """Return the entries makemessages finds in the sources today, merged with ours."""
    require_gettext()
    copy = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "locale", copy / "locale")
    shutil.copy(ROOT / "manage.py", copy / "manage.py")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale=sv", "--no-obsolete", "-v", "0"],
        cwd=copy,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "lms.settings.test"},
    )
    return read_po(copy / "locale" / "sv" / "LC_MESSAGES" / "django.po")


def test_every_marked_string_has_a_swedish_translation(fresh_catalogue):
    missing = [
        f"{' '.join(entry.references[:2])}: {entry.msgid!r}"
        + (" (fuzzy: check the suggested translation)" if entry.fuzzy else "")
        for entry in fresh_catalogue
        if not entry.translated
    ]
    assert not missing, (
        f"{len(missing)} string(s) have no Swedish translation. Run `make messages`, translate "
        "them in locale/sv/LC_MESSAGES/django.po and compile:\n" + "\n".join(missing)
    )


def test_the_committed_catalogue_lists_exactly_the_strings_in_the_sources(fresh_catalogue):
    committed = {entry.key for entry in read_po(CATALOGUE)}
    fresh = {entry.key for entry in fresh_catalogue}
    assert fresh - committed == set(), "Strings in the sources but not in the catalogue"
    assert committed - fresh == set(), "Strings in the catalogue that no source uses any more"


def test_the_compiled_catalogue_is_current(tmp_path):
    require_gettext()
    compiled = tmp_path / "django.mo"
    msgfmt = shutil.which("msgfmt")
    subprocess.run([msgfmt, "--check", "-o", str(compiled), str(CATALOGUE)], check=True)  # noqa: S603
    with open(compiled, "rb") as fresh, open(COMPILED, "rb") as committed:
        assert gettext.GNUTranslations(committed)._catalog == (
            gettext.GNUTranslations(fresh)._catalog
        ), "locale/sv/LC_MESSAGES/django.mo is stale: run `make messages` and commit it"


def test_placeholders_survive_translation():
    """A translation that drops or renames %(name)s or {name} would break at run time."""
    pattern = re.compile(r"%\(\w+\)[sd]|\{\w+\}")
    broken = []
    for entry in read_po(CATALOGUE):
        wanted = sorted(pattern.findall(entry.msgid))
        for text in entry.msgstr.values():
            if text and sorted(pattern.findall(text)) != wanted and not entry.msgid_plural:
                broken.append(f"{entry.msgid!r} → {text!r}")
    assert not broken, "Translations with other placeholders than the original:\n" + "\n".join(
        broken
    )


# What a template may hold outside translation tags: the brand, and markup that is not prose.
ALLOWED_WORDS = {"ATMP", "Academy"}
ALLOWED_ATTRIBUTE_VALUES = re.compile(
    r"^(width=device-width, initial-scale=1|noindex|ATMP Academy)$"
)
PROSE_ATTRIBUTES = re.compile(r'\b(alt|title|aria-label|placeholder|content)="([^"]*)"')


def _without_template_code(source):
    for pattern in (
        r"\{#.*?#\}",
        r"\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}",
        r"\{%\s*blocktrans(?:late)?\b.*?\{%\s*endblocktrans(?:late)?\s*%\}",
        r"<(script|style)\b.*?</\1>",
        r"\{%\s*block\s+body_class\s*%\}.*?\{%\s*endblock",
        r"\{%.*?%\}",
        r"\{\{.*?\}\}",
        r"<!--.*?-->",
    ):
        source = re.sub(pattern, " ", source, flags=re.S | re.I)
    return source


def unmarked_text(source):
    """Return the words and prose attributes in a template that no translation tag covers."""
    source = _without_template_code(source)
    found = [
        match.group(0)
        for match in PROSE_ATTRIBUTES.finditer(source)
        if re.search(r"[^\W\d_]{2,}", match.group(2))
        and not ALLOWED_ATTRIBUTE_VALUES.match(match.group(2))
    ]
    text = re.sub(r"<[^>]*>", " ", source)
    found += [word for word in re.findall(r"[^\W\d_][^\s<]*", text) if word not in ALLOWED_WORDS]
    return found


def test_the_scanner_finds_unmarked_text():
    assert unmarked_text('<p>Start course</p><img alt="A nurse">') == [
        'alt="A nurse"',
        "Start",
        "course",
    ]
    assert unmarked_text('<p>{% translate "Start course" %}</p>') == []
    assert unmarked_text("{% blocktranslate %}Hello {{ name }}{% endblocktranslate %}") == []


def test_no_template_holds_unmarked_text():
    problems = {}
    for template in sorted((ROOT / "templates").rglob("*")):
        if template.suffix in (".html", ".txt") and (words := unmarked_text(template.read_text())):
            problems[str(template.relative_to(ROOT))] = words[:10]
    assert not problems, "Text outside {% translate %} / {% blocktranslate %}:\n" + "\n".join(
        f"{name}: {words}" for name, words in problems.items()
    )


# xgettext (makemessages) finds gettext, gettext_lazy, ngettext, pgettext… by name, and `_`.
# Any other alias hides its strings from the catalogue: they would never be translated.
TRANSLATION_IMPORT = re.compile(
    r"from django\.utils\.translation import[^\n]*\b(\w*gettext\w*) as (\w+)"
)


def test_translation_functions_are_imported_under_names_makemessages_knows():
    hidden = []
    for package in ("lms", "courses", "certificates", "home"):
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for function, alias in TRANSLATION_IMPORT.findall(path.read_text(encoding="utf-8")):
                if alias != "_":
                    hidden.append(f"{path.relative_to(ROOT)}: {function} as {alias}")
    assert not hidden, hidden
