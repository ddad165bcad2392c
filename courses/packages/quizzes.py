"""Quiz files: the rules and the question pool in TOML, questions and choices keyed by block id.

The source language's file holds the rules and which choices are correct; a translation holds
only texts, keyed by the same ids, so an answer given in any language marks the same choice.
"""

from .bodies import join_html, split_html
from .errors import PackageError
from .tomlfiles import PageText, check, check_slug, dumps

QUIZ_FIELDS = {
    "title": str,
    "estimated_minutes": int,
    "introduction": str,
    "pass_mark": int,
    "max_attempts": int,
    "wait_minutes": int,
    "draw_count": int,
    "time_limit_minutes": int,
    "shuffle_questions": bool,
    "shuffle_choices": bool,
    "review_policy": str,
    "seo_title": str,
    "search_description": str,
}
QUIZ_TEXTS = {
    "title": str,
    "slug": str,
    "introduction": str,
    "seo_title": str,
    "search_description": str,
}
QUESTION_FIELDS = {"id": str, "question_type": str, "text": str, "explanation": str}
CHOICE_FIELDS = {"id": str, "text": str, "correct": bool, "feedback": str}
QUESTION_TEXTS = ("id", "text", "explanation")
CHOICE_TEXTS = ("id", "text", "feedback")


def _schema(fields, keys):
    return {key: fields[key] for key in keys}


def _entry(table, schema, source, header, lines):
    entry_id = table.get("id") if isinstance(table, dict) else None
    after = f'"{entry_id}"' if entry_id else header
    entry = check(table, schema, source, after)
    if not entry_id:
        raise source.error(f"each {header} entry needs an id", after=header)
    if entry_id in lines:
        raise source.error(f"the id {entry_id} is used twice", "id", after)
    lines[entry_id] = source.line("id", after)
    return entry


def _known(source, lines, entry_id, known, what):
    if entry_id not in known:
        message = f"the {what} {entry_id} is not in the source language's quiz"
        raise PackageError(source.path, lines[entry_id], message)


def read_quiz(source, original=None):
    """Return a quiz file's PageText; `original` is the source's, when this is a translation."""
    data = source.load()
    translated = original is not None
    schema = dict(QUIZ_TEXTS if translated else QUIZ_FIELDS, questions=list)
    fields = check(data, schema, source)
    if translated:
        check_slug(fields.get("slug"), source, "slug")
    if "introduction" in fields:
        fields["introduction"] = join_html(fields["introduction"])
    question_schema = _schema(QUESTION_FIELDS, QUESTION_TEXTS) if translated else QUESTION_FIELDS
    choice_schema = _schema(CHOICE_FIELDS, CHOICE_TEXTS) if translated else CHOICE_FIELDS
    known = (
        {q["id"]: {c["id"] for c in q["choices"]} for q in original.fields["questions"]}
        if (translated)
        else None
    )
    lines, questions = {}, []
    for table in fields.get("questions", []):
        choices = table.pop("choices", []) if isinstance(table, dict) else []
        question = _entry(table, dict(question_schema), source, "[[questions]]", lines)
        if translated:
            _known(source, lines, question["id"], known, "question")
        question["choices"] = []
        for choice_table in choices:
            if translated and isinstance(choice_table, dict) and "correct" in choice_table:
                after = f'"{choice_table.get("id")}"'
                message = "only the source language says which choices are correct"
                raise source.error(message, "correct", after)
            choice = _entry(choice_table, choice_schema, source, "[[questions.choices]]", lines)
            if translated:
                _known(source, lines, choice["id"], known[question["id"]], "choice")
            question["choices"].append(choice)
        questions.append(question)
    if not translated and not questions:
        raise source.error("a quiz needs at least one [[questions]] entry")
    fields["questions"] = questions
    return PageText(fields, source, lines)


def _present(table, keys):
    return {key: table[key] for key in keys if table.get(key) not in (None, "")}


def write_quiz(fields, schema):
    """Return the canonical text of a quiz file (source rules or a translation's texts)."""
    translated = "slug" in schema
    top = _present(fields, schema)
    if top.get("introduction"):
        top["introduction"] = split_html(top["introduction"])
    sections = [(None, top)]
    question_keys = QUESTION_TEXTS if translated else tuple(QUESTION_FIELDS)
    choice_keys = CHOICE_TEXTS if translated else tuple(CHOICE_FIELDS)
    for question in fields["questions"]:
        sections.append(("[[questions]]", _present(question, question_keys)))
        for choice in question["choices"]:
            entry = _present(choice, choice_keys)
            if not translated:
                entry = {**entry, "correct": bool(choice.get("correct"))}
                entry = {key: entry[key] for key in choice_keys if key in entry}
            sections.append(("[[questions.choices]]", entry))
    return dumps(sections)
