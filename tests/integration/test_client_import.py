"""Importing clients from CSV files as spreadsheets and other studio systems save them."""

from __future__ import annotations

import codecs

import pytest

from studio_desk import services
from studio_desk.services import Database
from tests.support.studio import Studio


def names(db: Database) -> list[str]:
    return [client.name for client in services.list_clients(db)]


def reasons(result: services.ClientImport) -> list[str]:
    return [str(problem.reason) for problem in result.problems]


def test_good_rows_go_in_and_bad_ones_are_reported_by_line(db: Database, studio: Studio) -> None:
    data = (
        b"Nama;No HP;Email;Catatan;Member since\n"
        b"Sari Dewi;0811 2222 3333;sari@example.com;Imported;2021\n"
        b";0811 0000 0000;;;\n"
        b"Budi;not a phone;;;\n"
        b"Agus;+62 811 4444 5555;agus@;;\n"
        b"Wulan;;;;\n"
    )
    preview = services.preview_client_import(db, studio.admin, data)
    assert not preview.done and [c.name for c in preview.clients] == ["Sari Dewi", "Wulan"]
    assert names(db) == ["Jane Roe", "John Doe"]  # a preview writes nothing

    done = services.import_clients(db, studio.admin, data)
    assert done.done and len(done.clients) == 2
    assert reasons(done) == [
        "Line 3: Enter the client's name.",
        "Line 4: 'not a phone' does not look like a phone number. Use digits, like 0812 3456 7890.",
        "Line 5: 'agus@' does not look like an email address.",
    ]
    assert [str(line) for line in done.summary()] == [
        "Clients imported: 2.",
        "Already a client or twice in the file, not added: 0.",
        "Rows with a problem, not added: 3.",
        "Columns used: Nama, No HP, Email, Catatan.",
        "Columns not used: Member since.",
    ]
    sari = services.find_clients(db, "Sari")[0]
    assert (sari.phone, sari.email, sari.notes) == ("6281122223333", "sari@example.com", "Imported")


def test_duplicates_by_phone_are_reported_not_doubled(db: Database, studio: Studio) -> None:
    data = (
        b"name,phone\n"
        b"Johnny,+62 812 3456 7890\n"  # John Doe's number
        b"Rina,0813 9999 0000\n"
        b'"Rina, again",62-813-9999-0000\n'
    )
    done = services.import_clients(db, studio.admin, data)
    assert [c.name for c in done.clients] == ["Rina"]
    assert reasons(done) == [
        "Line 2: Johnny has the phone number of John Doe, already a client; not added.",
        "Line 4: Rina, again has the same phone number as line 3; not added.",
    ]
    again = services.import_clients(db, studio.admin, data)
    assert again.clients == () and len(again.duplicates) == 3
    assert names(db) == ["Jane Roe", "John Doe", "Rina"]


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "Name\tPhone\nJosé Ñúñez\t0812 7777 8888\n".encode(),
        "NAME , TELEPON\nJosé Ñúñez,0812 7777 8888\n".encode("cp1252"),
        "name;whatsapp\r\nJosé Ñúñez;0812 7777 8888\r\n".encode("utf-16"),
    ],
    ids=["utf-8 BOM, tabs", "cp1252, commas, spaces in headers", "utf-16, semicolons"],
)
def test_encodings_and_delimiters_are_found(db: Database, studio: Studio, data: bytes) -> None:
    done = services.import_clients(db, studio.admin, data)
    assert [(c.name, c.phone) for c in done.clients] == [("José Ñúñez", "6281277778888")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00binary", "not a CSV client list"),
        (b"", "The file is empty"),
        (b"  \n\n", "The file is empty"),
        (b"phone,email\n0812 1111 2222,a@b.co\n", "no name column"),
    ],
    ids=["a spreadsheet file", "empty", "only blank lines", "no name column"],
)
def test_a_file_that_is_not_a_client_list_imports_nothing(
    db: Database, studio: Studio, data: bytes, message: str
) -> None:
    with pytest.raises(services.ValidationError, match=message):
        services.import_clients(db, studio.admin, data)
    assert names(db) == ["Jane Roe", "John Doe"]


def test_only_an_admin_imports(db: Database, studio: Studio) -> None:
    with pytest.raises(services.Forbidden, match="Only an admin can import clients"):
        services.import_clients(db, studio.desk, b"name\nBudi\n")
    with pytest.raises(services.Forbidden):
        services.preview_client_import(db, studio.desk, b"name\nBudi\n")
    assert names(db) == ["Jane Roe", "John Doe"]
