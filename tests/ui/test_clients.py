"""The Clients screen driven by keys: find, correct, see the history, merge, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, Database
from studio_desk.ui.clients.clients_dialog import ClientsDialog
from studio_desk.ui.clients.import_dialog import ImportClientsDialog
from studio_desk.ui.clients.merge_dialog import MergeClientsDialog
from studio_desk.ui.kit.desk import Desk
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown

ALT = Qt.KeyboardModifier.AltModifier


def open_clients(qtbot: QtBot, desk: Desk) -> ClientsDialog:
    dialog = ClientsDialog(desk)
    shown(qtbot, dialog)
    return dialog


def listed(dialog: ClientsDialog) -> list[str]:
    return [dialog.clients.item(row).text() for row in range(dialog.clients.count())]


def test_find_a_client_and_see_their_bookings_and_payments(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking_in(db, studio, clock, BookingStatus.PAID)
    booking_in(db, studio, clock, BookingStatus.PENDING, start="12:00")
    dialog = open_clients(qtbot, desk)
    assert listed(dialog) == ["Jane Roe — 0813-1111-2222", "John Doe — 0812-3456-7890"]
    assert dialog.search.hasFocus()
    QTest.keyClicks(dialog.search, "0812")
    assert listed(dialog) == ["John Doe — 0812-3456-7890"]
    press(dialog, Qt.Key.Key_Return)  # Enter goes from the search to the details of what it found
    assert dialog.name.hasFocus()
    assert dialog.name.text() == "John Doe" and dialog.phone.text() == "0812-3456-7890"
    assert dialog.bookings.count() == 2 and dialog.payments.count() == 1
    assert dialog.bookings.item(0).text() == "Sat 25 Oct 2025 12:00 · Yoga Pemula · Coach Smith · Pending"
    assert dialog.payments.item(0).text().split(" · ")[1:] == ["Rp 150,000", "Cash"]
    assert dialog.summary.text() == "Bookings: 2. Paid in all: Rp 150,000. No-shows: 0."
    # The front desk corrects a client, but merging and importing are an admin's.
    assert dialog.save.isVisible() and not dialog.merge.isVisible() and not dialog.import_list.isVisible()


def test_correct_a_phone_number_by_keys(qtbot: QtBot, desk: Desk, db: Database, studio: Studio) -> None:
    dialog = open_clients(qtbot, desk)
    QTest.keyClicks(dialog.search, "john")
    press(dialog, Qt.Key.Key_H, ALT)
    assert dialog.phone.hasFocus()
    dialog.phone.selectAll()
    QTest.keyClicks(dialog.phone, "call me")
    press(dialog, Qt.Key.Key_Return)
    assert "does not look like a phone number" in dialog.message.text() and dialog.message.isVisible()
    assert services.get_client(db, studio.john).phone == "6281234567890"

    dialog.phone.selectAll()
    QTest.keyClicks(dialog.phone, "+62 899 1111 2222")
    press(dialog, Qt.Key.Key_Return)
    assert services.get_client(db, studio.john).phone == "6289911112222"
    assert dialog.phone.text() == "0899-1111-2222" and not dialog.message.isVisible()
    assert listed(dialog) == ["John Doe — 0899-1111-2222"]
    assert not dialog.has_typed_input()  # Escape closes without asking
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_choose_the_language_of_a_clients_messages_by_keys(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio
) -> None:
    dialog = open_clients(qtbot, desk)
    QTest.keyClicks(dialog.search, "john")
    press(dialog, Qt.Key.Key_G, ALT)
    assert dialog.language.hasFocus() and dialog.language.currentText() == "The studio's"
    press(dialog.language, Qt.Key.Key_Down)
    press(dialog.language, Qt.Key.Key_Down)
    press(dialog, Qt.Key.Key_Return)
    assert services.get_client(db, studio.john).language == "en"
    # Another change to the client leaves the language as it is.
    services.update_client(db, studio.desk, studio.john, name="John Doe", phone="0812 3456 7890")
    assert services.get_client(db, studio.john).language == "en"


def test_an_admin_merges_a_duplicate_after_a_question_naming_both(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio, clock: SettableClock, prompts: ScriptedPrompts
) -> None:
    twin = services.create_client(db, name="John D.", phone="0877 5555 6666")
    booking_in(db, studio, clock, BookingStatus.PAID, client=twin.id)
    desk.set_actor(studio.admin)
    dialog = open_clients(qtbot, desk)
    QTest.keyClicks(dialog.search, "John Doe")
    press(dialog, Qt.Key.Key_M, ALT)
    merge = dialog.side_dialog
    assert isinstance(merge, MergeClientsDialog) and merge.isVisible()
    found = [merge.found.item(row).text() for row in range(merge.found.count())]
    assert found == ["John D. — 0877-5555-6666"]
    prompts.answers = [False]
    press(merge, Qt.Key.Key_Return)
    assert prompts.questions[-1].startswith("Merge John D. into John Doe? Every booking and payment")
    assert prompts.defaults[-1] is False  # Enter on the question keeps both
    assert services.get_client(db, twin.id).name == "John D."
    press(merge, Qt.Key.Key_Return)  # and yes, this time
    assert not merge.isVisible()
    history = services.client_history(db, studio.john)
    assert len(history.bookings) == 1 and history.paid_total == studio.YOGA_PRICE
    assert dialog.bookings.count() == 1  # the screen heard of the merge
    assert listed(dialog) == ["John Doe — 0812-3456-7890"]


def test_an_admin_imports_a_file_after_seeing_what_it_will_do(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    file = tmp_path / "clients.csv"
    file.write_text("Nama,HP,Kota\nSari,0811 2222 3333,Bandung\nBudi,not a phone,\n", encoding="utf-8")
    desk.set_actor(studio.admin)
    dialog = ImportClientsDialog(desk)
    shown(qtbot, dialog)
    prompts.open_paths = [str(file)]
    press(dialog, Qt.Key.Key_Return)  # Enter chooses the file first
    report = dialog.report.toPlainText()
    assert "Clients to import: 1." in report and "Columns not used: Kota." in report
    assert "Line 3: 'not a phone' does not look like a phone number." in report
    assert [c.name for c in services.list_clients(db)] == ["Jane Roe", "John Doe"]
    press(dialog, Qt.Key.Key_Return)  # now Enter imports
    assert "Clients imported: 1." in dialog.report.toPlainText()
    assert [c.name for c in services.list_clients(db)] == ["Jane Roe", "John Doe", "Sari"]
    assert not dialog.run.isEnabled()  # the same file is not imported twice by a second Enter


def test_a_file_that_is_not_csv_gets_a_clear_no(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    file = tmp_path / "clients.xlsx"
    file.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
    desk.set_actor(studio.admin)
    dialog = ImportClientsDialog(desk)
    shown(qtbot, dialog)
    prompts.open_paths = [str(file)]
    press(dialog, Qt.Key.Key_C, ALT)
    assert "not a CSV client list" in dialog.message.text() and dialog.message.isVisible()
    assert not dialog.run.isEnabled()
