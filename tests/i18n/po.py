"""A small reader for gettext .po files: enough to check a catalogue is complete."""

import ast
from dataclasses import dataclass, field


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str = ""
    msgctxt: str | None = None
    msgstr: dict = field(default_factory=dict)  # {index: text}; index 0 for singular entries
    fuzzy: bool = False
    obsolete: bool = False
    references: list = field(default_factory=list)

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    @property
    def translated(self):
        return bool(self.msgstr) and all(self.msgstr.values()) and not self.fuzzy


def read_po(path):
    """Return the catalogue's entries (the header entry, msgid "", left out)."""
    entries, entry, target = [], Entry(), None

    def finish():
        nonlocal entry
        if entry.msgid:
            entries.append(entry)
        entry = Entry()

    with open(path, encoding="utf-8") as lines:
        text = lines.read()
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#~"):
            entry.obsolete = True
            continue
        if not line:
            finish()
            target = None
            continue
        if line.startswith("#,"):
            entry.fuzzy = "fuzzy" in line
            continue
        if line.startswith("#:"):
            entry.references.extend(line[2:].split())
            continue
        if line.startswith("#"):
            continue
        keyword, _space, rest = line.partition(" ")
        if line.startswith('"'):
            text = ast.literal_eval(line)
        else:
            if keyword == "msgid" and (entry.msgid or entry.msgstr):
                finish()
            target = keyword
            text = ast.literal_eval(rest)
        if target == "msgid":
            entry.msgid += text
        elif target == "msgid_plural":
            entry.msgid_plural += text
        elif target == "msgctxt":
            entry.msgctxt = (entry.msgctxt or "") + text
        elif target == "msgstr":
            entry.msgstr[0] = entry.msgstr.get(0, "") + text
        elif target and target.startswith("msgstr["):
            index = int(target[7:-1])
            entry.msgstr[index] = entry.msgstr.get(index, "") + text
    finish()
    return [entry for entry in entries if not entry.obsolete]
