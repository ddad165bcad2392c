"""Tell whether a page speaks another language than it says it does.

Reads what a person meets on a page: the text, and the alt, title, aria-label, placeholder and
button values. Parts marked with a `lang` of their own (the language switcher's "Svenska", a
course that is not yet translated) are skipped, as WCAG 3.1.2 expects them to be marked. A page is
judged by short, common words that exist in only one of the two languages: no Swedish page says
"the" or "your", no English page says "och" or "för".
"""

import re
from html.parser import HTMLParser

# Frequent words of each language that are not words of the other.
ENGLISH_WORDS = {
    "the",
    "and",
    "your",
    "you",
    "with",
    "this",
    "that",
    "from",
    "have",
    "are",
    "which",
    "will",
    "been",
    "should",
    "must",
    "please",
    "here",
    "what",
    "when",
    "where",
    "who",
    "how",
    "about",
    "sign",
    "course",
    "courses",
    "lesson",
    "page",
    "question",
    "answer",
    "certificate",
    "continue",
    "submit",
    "back",
    "next",
    "previous",
    "minutes",
    "learning",
    "my",
    "of",
    "to",
}
SWEDISH_WORDS = {
    "och",
    "att",
    "för",
    "på",
    "är",
    "med",
    "som",
    "det",
    "inte",
    "eller",
    "du",
    "din",
    "ditt",
    "dina",
    "kurs",
    "kursen",
    "kurser",
    "lektion",
    "logga",
    "fråga",
    "svar",
    "intyg",
    "minuter",
    "nästa",
    "tillbaka",
    "fortsätt",
    "också",
    "hur",
    "vad",
    "vem",
    "här",
    "från",
    "av",
    "till",
}
ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
SKIPPED = {"script", "style", "template"}
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class _Reader(HTMLParser):
    def __init__(self, language):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.stack = []  # (tag, counted) per open element
        self.texts = []

    def _counted(self):
        return all(counted for _tag, counted in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = (attrs.get("lang") or "").split("-")[0].lower()
        counted = tag not in SKIPPED and (not lang or lang == self.language)
        if tag == "html":
            counted = True
        inside = self._counted() and counted
        if inside:
            for name in ATTRIBUTES:
                if attrs.get(name):
                    self.texts.append(attrs[name])
            if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
                self.texts.append(attrs["value"])
        if tag not in VOID:
            self.stack.append((tag, counted))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if self._counted() and data.strip():
            self.texts.append(data)


def page_language(html):
    match = re.search(r"<html[^>]*\blang=\"([^\"]+)\"", html)
    return match.group(1).split("-")[0].lower() if match else None


def visible_texts(html, language):
    reader = _Reader(language)
    reader.feed(html)
    return reader.texts


def foreign_words(html, language):
    """Return [(word, the text it is in)] for words of the other language on a page."""
    foreign = ENGLISH_WORDS if language == "sv" else SWEDISH_WORDS
    found = []
    for text in visible_texts(html, language):
        for word in WORD.findall(text):
            if word.lower() in foreign:
                found.append((word, " ".join(text.split())[:120]))
    return found
