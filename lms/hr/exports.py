"""Report downloads: CSV streamed in constant memory, bounded XLSX, every download audited.

A report declares its columns once as `ReportField`s and turns each database row into a dict
with `present()`. The screen and both file formats read those same dicts, so what HR
downloads has the same rows and columns as what they saw. Values are formatted per medium:
ISO 8601 dates in files, UTF-8 with a byte order mark for CSV so Excel shows å, ä and ö.
"""

import datetime
import io
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from urllib.parse import quote

from django.contrib import messages
from django.db.models import QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log

from lms.hr.models import ExportLog
from lms.spreadsheets import (
    FORMULA_STARTS,
    SEPARATED_FORMULA,
    SafeSpreadsheetExportMixin,
    csv_writer,
    neutralised,
    xlsx_text_not_formula,
)

CSV = "csv"
XLSX = "xlsx"
# ?dialect=excel-sv: CSV as Excel with Swedish (and most European) settings reads it: semicolons
# between cells, as the comma is its decimal separator; decimals with a comma; date and time
# as "2026-01-15 09:30:00" in the download's time zone, which it reads as a date.
EXCEL_SV = "excel-sv"
XLSX_MAX_ROWS = 100_000
CHUNK_SIZE = 10_000  # rows per FETCH from the server-side cursor: fewer round trips
BOM = "\ufeff"
NOT_FILTERS = {"export", "p", "_w_filter_fragment"}


@dataclass(frozen=True)
class ReportField:
    """One column of a report, on screen and in its downloads."""

    key: str
    label: str


def text_formatter(tz, dialect=None):
    """Return a function giving a value as CSV text: ISO 8601 in `tz`, plain decimals.

    The zone is fixed when the download starts: the rows are written after the view has
    returned, outside the request's activated time zone. Exact type checks keep it fast.
    For EXCEL_SV, decimal commas and date and time without "T" and offset.
    """
    excel_sv = dialect == EXCEL_SV

    def text(value):
        kind = type(value)
        if kind is str:
            return neutralised(value)
        if value is None:
            return ""
        if kind is int:
            return str(value)
        if kind is datetime.datetime and excel_sv:
            return value.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
        if kind is datetime.datetime:
            return value.astimezone(tz).isoformat(timespec="seconds")
        if kind is datetime.date:
            return value.isoformat()
        if kind is Decimal:
            return format(value, "f").replace(".", ",") if excel_sv else format(value, "f")
        return text(str(value))

    return text


def screen_value(value):
    """Return the value as shown in the admin table: ISO dates, minutes without seconds."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return number_format(value, decimal_pos=2)
    return str(value)


def xlsx_value(value):
    """Return the value for a spreadsheet cell: real dates (local, as Excel has no zones)."""
    if isinstance(value, datetime.datetime):
        return timezone.make_naive(timezone.localtime(value))
    if value is None or isinstance(value, datetime.date | int | float | Decimal):
        return value
    return str(value)


def stream_csv(fields, rows, tz=None, batch=1000, dialect=None):
    """Yield a CSV file: a byte order mark and header, then rows in batches of lines.

    The csv writer writes into a StringIO (C all the way, no Python call per line), and the
    common cells are handled inline: a plain string is only checked for a formula start or a
    formula after a separator (lms.spreadsheets), and None and int are left to the writer,
    which writes them as "" and str(int), exactly as `text_formatter` would. Everything else
    (dates, decimals, lazy strings) goes through it. Every text cell is quoted.
    """
    text = text_formatter(tz or timezone.get_current_timezone(), dialect)
    buffer = io.StringIO()
    writer = csv_writer(buffer, delimiter=";" if dialect == EXCEL_SV else ",")
    starts, separated = FORMULA_STARTS, SEPARATED_FORMULA.search
    buffer.write(BOM)
    writer.writerow([str(field.label) for field in fields])
    yield buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    pending = 0
    for row in rows:
        writer.writerow(
            [
                (neutralised(value) if value.startswith(starts) or separated(value) else value)
                if type(value) is str
                else value
                if value is None or type(value) is int
                else text(value)
                for value in row
            ]
        )
        pending += 1
        if pending >= batch:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    if pending:
        yield buffer.getvalue()


def write_xlsx(fields, rows, output, title):
    """Write rows to an XLSX workbook in openpyxl's write-only (constant memory) mode."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append([str(field.label) for field in fields])
    for row in rows:
        cells = []
        for value in row:
            cell = xlsx_text_not_formula(WriteOnlyCell(sheet, xlsx_value(value)))
            if isinstance(value, datetime.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(output)


def filters_of(request):
    """Return the request's filters for the audit log, without paging and format."""
    return {
        key: values if len(values) > 1 else values[0]
        for key, values in request.GET.lists()
        if key not in NOT_FILTERS
    }


def audit_export(request, report, export_format, row_count, filters=None):
    """Record a download in the export log and in Wagtail's audit log."""
    entry = ExportLog.objects.create(
        user=request.user,
        report=report,
        format=export_format,
        filters=filters_of(request) if filters is None else filters,
        row_count=row_count,
    )
    log(
        entry,
        "lms.report_exported",
        user=request.user,
        title=f"{report}.{export_format}",
        data={
            "report": report,
            "format": export_format,
            "filters": entry.filters,
            "rows": row_count,
        },
    )
    return entry


def filename(name, extension):
    return f"{name}-{timezone.localdate().isoformat()}.{extension}"


def ascii_slug(name):
    """Return the name as an ASCII slug (Åsa Öberg → asa-oberg), or "" if that loses a letter."""
    slug = slugify(name)
    kept = sum(char.isalnum() for char in slug)
    return slug if kept == sum(char.isalnum() for char in name) else ""


def attachment(filename, ascii_filename):
    """Return the Content-Disposition of a download called `filename`, in any letters.

    Browsers read the RFC 5987 `filename*` (UTF-8); clients that know only the plain
    `filename` get `ascii_filename`.
    """
    header = content_disposition_header(True, ascii_filename)
    if filename != ascii_filename:
        header += f"; filename*=utf-8''{quote(filename)}"
    return header


def csv_response(fields, rows, name, dialect=None):
    response = StreamingHttpResponse(
        stream_csv(fields, rows, timezone.get_current_timezone(), dialect=dialect),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = content_disposition_header(True, filename(name, CSV))
    return response


def xlsx_response(fields, rows, name, title):
    # A temporary file rather than memory: openpyxl streams rows to disk as it goes.
    output = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it when sent
    write_xlsx(fields, rows, output, title)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=filename(name, XLSX),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


class ExportMixin:
    """Downloads for a ReportView: the same rows and columns as the screen, audited.

    Wagtail's own export builds the page context first, which counts the list with len() and
    so loads every row; `get()` short-circuits that, and CSV rows come from a server-side
    cursor (`iterator()`), so memory stays flat however many rows there are.
    """

    export_name = "report"
    fields = []

    @property
    def list_export(self):
        return [field.key for field in self.fields]

    @property
    def export_headings(self):
        return {field.key: field.label for field in self.fields}

    def present(self, item):
        """Return {field key: value} for one row of the queryset."""
        raise NotImplementedError

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.show_export_buttons:
            buttons.append(
                Button(
                    _("Download CSV (Excel, semicolons)"),
                    url=f"{self.get_export_url(CSV)}&dialect={EXCEL_SV}",
                    icon_name="download",
                    priority=110,
                )
            )
        return buttons

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.export(request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def get_table(self, object_list):
        # The screen shows the same dicts the downloads write.
        return super().get_table([self.present(item) for item in object_list])

    def count_rows(self, queryset):
        return len(queryset) if isinstance(queryset, list) else queryset.count()

    def iterate(self, queryset):
        if isinstance(queryset, list):
            return iter(queryset)
        return queryset.iterator(chunk_size=CHUNK_SIZE)

    def export_rows(self, queryset):
        keys = [field.key for field in self.fields]
        # itemgetter picks the columns in C; with one key it returns the value, not a tuple.
        pick = itemgetter(*keys) if len(keys) > 1 else lambda row: (row[keys[0]],)
        present = self.present
        for item in self.iterate(queryset):
            yield pick(present(item))

    def export(self, export_format):
        queryset = self.get_filtered_queryset()
        count = self.count_rows(queryset)
        if export_format == XLSX and count > XLSX_MAX_ROWS:
            messages.error(
                self.request,
                _(
                    "This report has %(count)s rows, more than the %(limit)s an Excel download "
                    "can hold. Narrow the filters, or download CSV, which has no limit."
                )
                % {"count": f"{count:,}", "limit": f"{XLSX_MAX_ROWS:,}"},
            )
            params = self.request.GET.copy()
            params.pop("export", None)
            return redirect(f"{self.request.path}?{params.urlencode()}")
        audit_export(self.request, self.export_name, export_format, count)
        rows = self.export_rows(queryset)
        if export_format == CSV:
            return csv_response(
                self.fields, rows, self.export_name, self.request.GET.get("dialect")
            )
        return xlsx_response(self.fields, rows, self.export_name, str(self.page_title))


class AuditedSpreadsheetExportMixin(SafeSpreadsheetExportMixin):
    """Wagtail list exports (the certificate list, the site history): safe cells, audited."""

    export_report_name = "list"

    def as_spreadsheet(self, queryset, spreadsheet_format):
        count = queryset.count() if isinstance(queryset, QuerySet) else len(queryset)
        audit_export(self.request, self.export_report_name, spreadsheet_format, count)
        return super().as_spreadsheet(queryset, spreadsheet_format)
