"""The one writer for every CSV and XLSX the project emits: text never runs as a formula.

Names, titles and reasons that learners and staff type end up in HR's reports, the certificate
list, the bulk download's manifest and the site history export. In a spreadsheet, a cell that
starts with = + - @ (or a tab or carriage return) is a formula (CSV injection, OWASP); Excel
with a semicolon list separator (Swedish settings) also splits an unquoted cell at ";" and
runs a formula after it (`Eve;=cmd|' /C calc'!A0`). So every text cell is quoted, and an
apostrophe, which spreadsheets show as text, goes before a formula character at the start of a
cell and right after any separator in it. In XLSX, a cell openpyxl would write as a formula
is written as text.

`neutralised()` is for code that writes cells itself; `csv_writer()` for a CSV; Wagtail's list
exports go through `SafeSpreadsheetExportMixin`.
"""

import csv
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A separator Excel may split at, then (after spaces or quotes) a formula character.
SEPARATED_FORMULA = re.compile(r"[;,\t\r\n][\s\"']*[=+\-@]")


def neutralised(text):
    """Return text a spreadsheet shows as text: an apostrophe where a formula could start.

    At the start of the cell, and after any separator a spreadsheet might split the cell at
    (so `Eve;=cmd` becomes `Eve;'=cmd`, which stays text whichever way it is split).
    """
    if SEPARATED_FORMULA.search(text):
        text = SEPARATED_FORMULA.sub(
            lambda match: match.group()[:-1] + "'" + match.group()[-1], text
        )
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_writer(output, delimiter=","):
    """Return a csv writer that quotes every text cell (numbers stay numbers)."""
    return csv.writer(output, delimiter=delimiter, quoting=csv.QUOTE_NONNUMERIC)


def xlsx_text_not_formula(cell):
    """Keep text openpyxl takes for a formula as text; return the cell."""
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


class SafeSpreadsheetExportMixin:
    """For Wagtail views with list exports (SpreadsheetExportMixin): the same writer's rules."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return neutralised(value)
        return value

    def stream_csv(self, queryset):
        """Write Wagtail's CSV with every text cell quoted."""
        from wagtail.admin.views.mixins import Echo

        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, quoting=csv.QUOTE_NONNUMERIC)
        yield writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))
