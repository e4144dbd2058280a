"""Reading a client list saved as CSV by a spreadsheet or another studio system: its encoding and
delimiter found, its columns matched by their headers, its rows with their line numbers.

Nothing here touches the database; client_import.py decides what the rows become.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError

# Bigger than any studio's client list; a larger file is most likely not one.
MAX_FILE_BYTES = 10 * 1024 * 1024
FIELDS = ("name", "phone", "email", "notes")

# Headers as written after `_header_key` (lowercase, without spaces, dots, dashes, underscores),
# in English and Indonesian, and as common spreadsheets and booking systems name them.
_HEADERS: dict[str, frozenset[str]] = {
    "name": frozenset({
        "name", "nama", "fullname", "namalengkap", "clientname", "client", "customer",
        "customername", "member", "membername", "namapelanggan", "namaklien", "namamember",
    }),
    "phone": frozenset({
        "phone", "phonenumber", "mobile", "mobilephone", "cell", "telephone", "tel", "telepon",
        "telp", "notelp", "notelepon", "nomortelepon", "hp", "nohp", "nomorhp", "handphone",
        "whatsapp", "wa", "nowa", "nomorwa", "nomorwhatsapp",
    }),
    "email": frozenset({"email", "emailaddress", "mail", "surel", "alamatemail"}),
    "notes": frozenset({"notes", "note", "catatan", "keterangan", "comments", "comment", "remarks"}),
}


@dataclass(frozen=True)
class CsvRow:
    line: int  # where the row starts in the file, counting the header as line 1
    values: dict[str, str]  # field ("name", "phone", "email", "notes") -> the cell, as written


@dataclass(frozen=True)
class ClientTable:
    """A client file as read: which of its columns were used, which not, and its rows."""

    used_columns: tuple[str, ...]  # the file's headers, as written, that fill a field
    unused_columns: tuple[str, ...]
    rows: tuple[CsvRow, ...]


def _header_key(header: str) -> str:
    return "".join(char for char in header.casefold() if char not in " \t.-_:#/()")


def _not_a_client_list() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "services",
            "This file is not a CSV client list, so nothing was imported. Save the list from your "
            "spreadsheet as CSV and choose that file.",
        )
    )


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (with or without the BOM Excel writes), UTF-16 with its BOM (Excel's
    "Unicode text"), else Windows-1252 as older Windows spreadsheets save, else Latin-1."""
    data = bytes(data)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _not_a_client_list() from None
    if b"\0" in data:  # text files never hold NUL bytes; spreadsheets (xlsx), PDFs, images do
        raise _not_a_client_list()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # every byte is a Latin-1 character


def _delimiter(header_line: str) -> str:
    # The header row decides: it has no quoted commas in practice, and a European spreadsheet
    # writes semicolons, an export "for Excel" often tabs.
    counts = {delimiter: header_line.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter])


def read_client_table(data: bytes) -> ClientTable:
    """The client list in `data`, or a ValidationError saying why it is not one."""
    if not isinstance(data, bytes | bytearray):
        raise _not_a_client_list()
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services",
                "This file is bigger than {limit} MB, too big for a client list. Nothing was imported.",
            ),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    text = decode(data)
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("services", "The file is empty, so nothing was imported."))
    if sum(1 for char in text if ord(char) < 32 and char not in "\t\r\n") > len(text) // 100:
        raise _not_a_client_list()  # control characters: a binary file that happened to decode
    header_line = text.lstrip("\r\n").splitlines()[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header_line))
    try:
        headers = next(row for row in reader if any(cell.strip() for cell in row))
        column_of: dict[str, int] = {}
        unused: list[str] = []
        for index, header in enumerate(headers):
            field = next((name for name, known in _HEADERS.items() if _header_key(header) in known), None)
            if field is None or field in column_of:
                if header.strip():
                    unused.append(header.strip())
            else:
                column_of[field] = index
        if "name" not in column_of:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "The file has no name column, so nothing was imported. The first row must "
                    "name the columns, such as: name, phone, email, notes (or nama, telepon, "
                    "email, catatan).",
                )
            )
        rows: list[CsvRow] = []
        starts_at = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                values = {
                    field: cells[index] if index < len(cells) else "" for field, index in column_of.items()
                }
                rows.append(CsvRow(starts_at, values))
            starts_at = reader.line_num + 1
    except csv.Error:
        raise _not_a_client_list() from None
    return ClientTable(
        used_columns=tuple(headers[index].strip() for index in sorted(column_of.values())),
        unused_columns=tuple(unused),
        rows=tuple(rows),
    )
