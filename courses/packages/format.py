"""The course package on disk: which files, which keys, read into plain data and written back.

Nothing here touches the database: `read_package` checks everything a package can get wrong by
itself (syntax, keys, types, ids, file names, languages), so the importer only checks what
depends on the site (audiences, offered languages, page rules).
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf.locale import LANG_INFO

from .bodies import LAYOUTS, MEDIA_ATTRS, html_media, read_body, write_body
from .errors import PackageError
from .quizzes import QUIZ_FIELDS, QUIZ_TEXTS, read_quiz, write_quiz
from .tomlfiles import STRINGS, PageText, Source, check, check_slug, dumps

FORMAT = 1
AREA_FIELDS = {"code": str, "slug": str, "title": str, "summary": str}
COURSE_FIELDS = {
    "slug": str,
    "title": str,
    "summary": str,
    "learning_objectives": STRINGS,
    "audiences": STRINGS,
    "estimated_minutes": int,
    "level": str,
    "format": str,
    "validity_months": int,
    "counts_towards_area_certificate": bool,
    "issues_certificate": bool,
    "sequential": bool,
    "signed_in_only": bool,
    "image": str,
    "image_alt": str,
    "seo_title": str,
    "search_description": str,
}
# What a translation may say; everything else is the source language's.
COURSE_TEXTS = ("slug", "title", "summary", "learning_objectives", "image_alt")
COURSE_TEXTS += ("seo_title", "search_description")
AREA_TEXTS = ("slug", "title", "summary")
LESSON_FIELDS = {
    "title": str,
    "estimated_minutes": int,
    "seo_title": str,
    "search_description": str,
}
LESSON_TEXTS = ("title", "slug", "seo_title", "search_description")
MEDIA_FIELDS = {"file": str, "kind": str, "title": str, "description": str}
STEP_FIELDS = {"kind": str, "slug": str}
FOLDERS = {"lesson": ("lessons", "html"), "quiz": ("quizzes", "toml")}
FRONT_MATTER = "+++"


@dataclass
class Step:
    kind: str
    slug: str
    pages: dict  # language -> PageText


@dataclass
class Package:
    name: str
    language: str
    area: dict  # language -> area fields (the source's include the code)
    course: dict  # language -> PageText
    steps: list
    media: list  # [{"file", "kind", "title", "description"}], paths relative to the package
    root: Path | None = None

    @property
    def translations(self):
        return [language for language in self.course if language != self.language]


def step_path(kind, slug, language):
    folder, extension = FOLDERS[kind]
    return f"{folder}/{slug}.{language}.{extension}"


def language_file(language):
    return f"course.{language}.toml"


def _check_language(code, source, key):
    if code not in LANG_INFO:
        raise source.error(f"unknown language {code!r}", key)
    return code


# Reading -----------------------------------------------------------------------------------


def _read(root, relative, source_for_missing=None, key=None, after=None):
    path = root / relative
    if not path.is_file():
        if source_for_missing is not None:
            raise source_for_missing.error(f"missing file {relative}", key, after)
        raise PackageError(f"{root.name}/{relative}", None, "missing file")
    return path.read_text(encoding="utf-8")


def split_front_matter(text, source_path):
    """Return (front matter Source, body, line of the body's first line)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FRONT_MATTER:
        raise PackageError(source_path, 1, f"a lesson starts with {FRONT_MATTER} front matter")
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() == FRONT_MATTER:
            front = Source(source_path, "".join(lines[1:number]), offset=1)
            return front, "".join(lines[number + 1 :]), number + 2
    raise PackageError(source_path, 1, f"the front matter has no closing {FRONT_MATTER}")


def _read_lesson(text, path, translated):
    front, body, first_line = split_front_matter(text, path)
    schema = {**LESSON_FIELDS, "slug": str} if translated else LESSON_FIELDS
    if translated:
        schema = {key: schema[key] for key in LESSON_TEXTS}
    fields = check(front.load(), schema, front)
    if translated:
        check_slug(fields.get("slug"), front, "slug")
    fields["body"], lines = read_body(body, path, first_line)
    return PageText(fields, front, lines)


def _entries(blocks):
    """Yield (id, (kind, parent block id)) for each block and list item of a raw body."""
    for block in blocks:
        yield block["id"], (block["type"], None)
        if LAYOUTS[block["type"]].item:
            for item in block["value"]:
                yield item["id"], ("item", block["id"])


def foreign_ids(source_blocks, blocks):
    """Return the ids a translated body uses that are not the same block or item in the source."""
    known = dict(_entries(source_blocks))
    return [entry_id for entry_id, where in _entries(blocks) if known.get(entry_id) != where]


def _check_translated_ids(step, source_page, page):
    for entry_id in foreign_ids(source_page.fields["body"], page.fields["body"]):
        message = (
            f"{entry_id} is not the id of the same block in the {step.slug} lesson's source "
            "language (translations use the source's block ids)"
        )
        raise PackageError(page.source.path, page.lines[entry_id], message)


def _read_steps(root, name, top, source, languages):
    steps, seen = [], set()
    entries = top.get("steps", [])
    if not isinstance(entries, list) or not entries:
        raise source.error("a course needs at least one [[steps]] entry")
    for entry in entries:
        entry = check(entry, STEP_FIELDS, source, "[[steps]]")
        slug = check_slug(entry.get("slug"), source, "slug", "[[steps]]")
        after = f'"{slug}"'
        if entry.get("kind") not in FOLDERS:
            raise source.error("kind must be lesson or quiz", "kind", after)
        if slug in seen:
            raise source.error(f"the step {slug} is listed twice", "slug", after)
        seen.add(slug)
        step = Step(entry["kind"], slug, {})
        for language in languages:
            relative = step_path(step.kind, slug, language)
            translated = language != languages[0]
            if translated and not (root / relative).is_file():
                continue
            text = _read(root, relative, None if translated else source, "slug", after)
            path = f"{name}/{relative}"
            if step.kind == "lesson":
                page = _read_lesson(text, path, translated)
            else:
                page = read_quiz(Source(path, text), step.pages.get(languages[0]))
            if translated and step.kind == "lesson":
                _check_translated_ids(step, step.pages[languages[0]], page)
            if not translated:
                page.fields["slug"] = slug
            step.pages[language] = page
        steps.append(step)
    return steps


def _read_translation(root, name, language, source_fields):
    path = f"{name}/{language_file(language)}"
    source = Source(path, _read(root, language_file(language)))
    data = check(source.load(), {"area": dict, "course": dict}, source)
    area = check(data.get("area", {}), {k: AREA_FIELDS[k] for k in AREA_TEXTS}, source, "[area]")
    course = data.get("course", {})
    check(course, {k: COURSE_FIELDS[k] for k in COURSE_TEXTS}, source, "[course]")
    for key in ("slug", "title"):
        if key not in course:
            raise source.error(f"the [course] table needs a {key}", after="[course]")
    check_slug(course["slug"], source, "slug", "[course]")
    if "image_alt" in course and not source_fields.get("image"):
        raise source.error("image_alt without an image in course.toml", "image_alt", "[course]")
    return area, PageText(course, source)


def _unexpected_files(root, name, package):
    expected = {"course.toml", *(language_file(lang) for lang in package.translations)}
    expected |= {step_path(s.kind, s.slug, lang) for s in package.steps for lang in s.pages}
    expected |= {entry["file"] for entry in package.media}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        ours = relative.split("/")[0] in ("lessons", "quizzes", "media")
        ours = ours or relative.startswith("course.")
        if path.is_file() and ours and relative not in expected:
            raise PackageError(f"{name}/{relative}", None, "unexpected file in the package")


def _read_media(root, top, source):
    media, seen = [], set()
    for entry in top.get("media", []):
        entry = check(entry, MEDIA_FIELDS, source, "[[media]]")
        file = entry.get("file", "")
        after = f'"{file}"'
        if not re.match(r"^media/[-\w.]+$", file) or file in seen:
            raise source.error(f"{file!r} is not a new file name under media/", "file", after)
        if entry.get("kind") not in ("image", "document"):
            raise source.error("kind must be image or document", "kind", after)
        if not (root / file).is_file():
            raise source.error(f"missing file {file}", "file", after)
        seen.add(file)
        media.append({"description": "", "title": "", **entry})
    return media


def _media_references(package):
    """Yield (kind, package path, file, line) for every media file the package refers to."""
    course = package.course[package.language]
    if course.fields.get("image"):
        yield "image", course.fields["image"], course.source.path, course.source.line("image")
    for step in package.steps:
        for page in step.pages.values():
            html = page.fields.get("introduction", "")
            for kind, path in html_media(html):
                yield kind, path, page.source.path, page.source.line("introduction")
            for block in page.fields.get("body", ()):
                line = page.lines[block["id"]]
                layout, value = LAYOUTS[block["type"]], block["value"]
                if not layout.html:
                    for kind in MEDIA_ATTRS & set(layout.attrs):
                        yield kind, value.get(kind), page.source.path, line
                    continue
                text = value if layout.content == "" else value.get(layout.content)
                for kind, path in html_media(text):
                    yield kind, path, page.source.path, line


def _check_media(package):
    kinds = {entry["file"]: entry["kind"] for entry in package.media}
    for kind, path, file, line in _media_references(package):
        if path and kinds.get(path) != kind:
            message = f'{path} is not listed in course.toml\'s [[media]] as kind = "{kind}"'
            raise PackageError(file, line, message)


def read_package(root):
    """Return the Package in the folder, or raise a PackageError naming the file and line."""
    root = Path(root)
    name = root.name
    source = Source(f"{name}/course.toml", _read(root, "course.toml"))
    top = source.load()
    schema = {
        "package_format": int,
        "language": str,
        "area": dict,
        "course": dict,
        "steps": list,
        "media": list,
    }
    check(top, schema, source)
    if top.get("package_format") != FORMAT:
        raise source.error(f"package_format must be {FORMAT}", "package_format")
    language = _check_language(top.get("language", ""), source, "language")
    area = check(top.get("area", {}), AREA_FIELDS, source, "[area]")
    course = check(top.get("course", {}), COURSE_FIELDS, source, "[course]")
    for key, table in (("code", "[area]"), ("slug", "[course]"), ("slug", "[area]")):
        if not (area if table == "[area]" else course).get(key):
            raise source.error(f"the {table} table needs a {key}", after=table)
    check_slug(course["slug"], source, "slug", "[course]")
    if course["slug"] != name:
        raise source.error(f"the folder must be named after the course slug, {course['slug']}")
    languages = [language]
    for path in sorted(root.glob("course.*.toml")):
        code = path.name.removeprefix("course.").removesuffix(".toml")
        if code == language:
            raise PackageError(f"{name}/{path.name}", None, "the source language is course.toml")
        languages.append(_check_language(code, Source(f"{name}/{path.name}", ""), None))
    course_text = PageText(course, source)
    package = Package(name, language, {language: area}, {language: course_text}, [], [], root)
    for code in languages[1:]:
        package.area[code], package.course[code] = _read_translation(root, name, code, course)
    package.media = _read_media(root, top, source)
    package.steps = _read_steps(root, name, top, source, languages)
    _unexpected_files(root, name, package)
    _check_media(package)
    return package


# Writing -----------------------------------------------------------------------------------


def _ordered(table, schema):
    return {key: table[key] for key in schema if key in table and table[key] not in (None, "")}


def _lesson_text(fields, translated):
    keys = LESSON_TEXTS if translated else LESSON_FIELDS
    front = dumps([(None, _ordered(fields, keys))])
    return f"{FRONT_MATTER}\n{front}{FRONT_MATTER}\n\n{write_body(fields['body'])}"


def package_files(package):
    """Return {relative path: text} for every text file of the package."""
    source = package.language
    top = {"package_format": FORMAT, "language": source}
    sections = [
        (None, top),
        ("[area]", _ordered(package.area[source], AREA_FIELDS)),
        ("[course]", _ordered(package.course[source].fields, COURSE_FIELDS)),
    ]
    sections += [("[[steps]]", {"kind": step.kind, "slug": step.slug}) for step in package.steps]
    sections += [("[[media]]", _ordered(entry, MEDIA_FIELDS)) for entry in package.media]
    files = {"course.toml": dumps(sections)}
    for language in package.translations:
        files[language_file(language)] = dumps(
            [
                ("[area]", _ordered(package.area[language], AREA_TEXTS)),
                ("[course]", _ordered(package.course[language].fields, COURSE_TEXTS)),
            ]
        )
    for step in package.steps:
        for language, page in step.pages.items():
            translated = language != source
            if step.kind == "lesson":
                text = _lesson_text(page.fields, translated)
            else:
                text = write_quiz(page.fields, QUIZ_TEXTS if translated else QUIZ_FIELDS)
            files[step_path(step.kind, step.slug, language)] = text
    return files
