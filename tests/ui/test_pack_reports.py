"""The Packs page of the Reports tab, by keys: what is still owed, the packs sold, the packs ending
soon, the credits that ended and the fees charged, over the range chosen
(tests/support/pack_reports.py tells the story the packs' figures come from)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Database, Refund
from studio_desk.ui.main_window import REPORTS_TAB, MainWindow
from studio_desk.ui.reports.packs_page import EXPIRED_TAB, EXPIRING_TAB, FEES_TAB, SOLD_TAB, UNUSED_TAB
from studio_desk.ui.reports.reports_page import PACKS_PAGE
from tests.support.clock import JAKARTA, SettableClock
from tests.support.pack_reports import sell_and_use
from tests.support.studio import Studio
from tests.support.ui import press, shown, synchronous_desk

ALT = Qt.KeyboardModifier.AltModifier


def test_the_packs_tab_shows_what_is_owed_and_follows_the_range_by_keys(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, tmp_path: Path
) -> None:
    sold = sell_and_use(db, studio, clock)  # the clock is at 25 Oct 2025, 20:00
    desk = synchronous_desk(db, studio.desk)
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    page = window.reports.packs

    press(window, Qt.Key.Key_P, ALT)  # Re&ports
    press(window, Qt.Key.Key_A, ALT)  # P&acks

    assert window.tabs.currentIndex() == REPORTS_TAB and window.reports.pages.currentIndex() == PACKS_PAGE
    assert page.reports.currentIndex() == UNUSED_TAB
    assert page.span == (dt.date(2025, 10, 1), dt.date(2025, 10, 25))
    assert page.unused_packs.texts() == [
        ["Jane Roe", f"#{sold.b} 10 sessions", "24 Oct 2025", "22 Dec 2025", "10", "9", "Rp 900,000", "0",
         "Rp 0"],
        ["Jane Roe", f"#{sold.d} 3 sessions", "24 Oct 2025", "30 Oct 2025", "3", "2", "Rp 200,000", "0",
         "Rp 0"],
        ["John Doe", f"#{sold.a} 10 sessions", "24 Oct 2025", "22 Dec 2025", "10", "8", "Rp 960,000", "1",
         "Rp 120,000"],
        ["Total", "", "", "", "", "19", "Rp 2,060,000", "1", "Rp 120,000"],
    ]
    assert page.unused_memberships.texts() == [
        ["John Doe", f"#{sold.c} Monthly", "24 Oct 2025", "22 Nov 2025", "30", "29", "Rp 870,000"],
        ["Total", "", "", "", "", "", "Rp 870,000"],
    ]
    assert page.unused_summary.text().startswith("Still owed at 25 Oct 2025 20:00: Rp 3,050,000 (")

    press(window, Qt.Key.Key_T, ALT)  # &To
    press(window, Qt.Key.Key_Down)  # a day back: what was owed at the end of 24 October

    assert page.span == (dt.date(2025, 10, 1), dt.date(2025, 10, 24))
    assert [row[1] for row in page.unused_packs.texts()] == [
        f"#{sold.b} 10 sessions", f"#{sold.d} 3 sessions", f"#{sold.a} 10 sessions", f"#{sold.e} 4 sessions",
        "",
    ]
    assert page.unused_packs.texts()[-1] == ["Total", "", "", "", "", "23", "Rp 2,560,000", "4", "Rp 440,000"]

    press(window, Qt.Key.Key_O, ALT)  # S&old
    assert page.reports.currentIndex() == SOLD_TAB
    sold_on_24 = ["4", "Rp 3,000,000", "1", "Rp 900,000", "0", "Rp 0", "Rp 3,900,000"]
    assert page.sold_days.texts() == [["24 Oct 2025", *sold_on_24], ["Total", *sold_on_24]]
    assert page.sold_months.texts() == [["October 2025", *sold_on_24], ["Total", *sold_on_24]]

    press(window, Qt.Key.Key_G, ALT)  # Endin&g soon
    assert page.reports.currentIndex() == EXPIRING_TAB
    assert page.expiring_table.texts() == [
        ["Jane Roe", "0813-1111-2222", f"#{sold.d} 3 sessions", "30 Oct 2025", "6", "2", "Rp 200,000"],
        ["Total", "", "", "", "", "2", "Rp 200,000"],
    ]
    press(window, Qt.Key.Key_W, ALT)  # &Within
    qtbot.keyClicks(window.focusWidget(), "29")
    assert page.within.value() == 29
    assert [row[0] for row in page.expiring_table.texts()] == ["Jane Roe", "John Doe", "Total"]
    assert page.expiring_table.texts()[1][5] == "membership"

    press(window, Qt.Key.Key_X, ALT)  # E&xpired credits
    assert page.reports.currentIndex() == EXPIRED_TAB
    assert page.expired_table.texts() == [["Total", "", "", "0", "Rp 0"]]
    assert "Expired credits" in page.document().toPlainText()


def test_a_range_the_service_refuses_is_said_and_the_page_is_the_front_desks(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, tmp_path: Path
) -> None:
    sell_and_use(db, studio, clock)
    desk = synchronous_desk(db, studio.admin)
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    page = window.reports.packs

    press(window, Qt.Key.Key_R, ALT)  # &Reports
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)  # the menu pops up a moment later
    press(QApplication.activePopupWidget(), Qt.Key.Key_A)  # P&acks and memberships
    assert window.tabs.currentIndex() == REPORTS_TAB and window.reports.pages.currentIndex() == PACKS_PAGE
    assert window.focusWidget() is page.from_edit

    page.set_span(dt.date(2025, 10, 25), dt.date(2025, 10, 20))
    assert page.error.text() == "The last day comes before the first."
    assert page.sold_days.rowCount() == 0

    page.this_month()
    assert page.error.isHidden() and page.sold_days.rowCount() == 2
    assert window.reports.pages.isTabVisible(PACKS_PAGE) and window.desk_actions.pack_reports.isVisible()

    desk.set_actor(studio.coach_a_actor)
    assert not window.reports.pages.isTabVisible(PACKS_PAGE)
    assert not window.desk_actions.pack_reports.isVisible()


def charge_three_late_cancel_fees(db: Database, studio: Studio, clock: SettableClock) -> None:
    """Three Yoga sessions on 25 Oct cancelled 3 h before, under a rule of 12 h and Rp 100,000:
    the paid one's fee kept from its refund, then one fee collected and one still owed."""
    services.set_cancel_rules(db, studio.admin, studio.yoga, late_cancel_hours=12, late_cancel_cost="fee",
                              late_cancel_fee=100_000, no_show_cost="credit")
    made = [
        services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                date="2025-10-25", start_time=start)
        for start in ("08:00", "10:00", "12:00")
    ]
    paid = services.mark_paid(db, studio.desk, made[2].id, method="cash").booking
    clock.set(dt.datetime(2025, 10, 25, 5, 0, tzinfo=JAKARTA))
    for booking in made[:2]:
        services.cancel_booking(db, studio.desk, booking.id, reason="Lupa")
    services.cancel_booking(db, studio.desk, paid.id, reason="Lupa", refund=Refund(50_000, "cash"))
    owed = services.client_fees(db, studio.desk, studio.john, owed_only=True)  # newest first
    services.collect_fee(db, studio.desk, owed[0].id, method="cash")


def test_the_fees_tab_shows_what_the_rules_charged_and_follows_the_range_by_keys(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, tmp_path: Path
) -> None:
    charge_three_late_cancel_fees(db, studio, clock)
    desk = synchronous_desk(db, studio.desk)
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    page = window.reports.packs

    press(window, Qt.Key.Key_P, ALT)  # Re&ports
    press(window, Qt.Key.Key_A, ALT)  # P&acks
    press(window, Qt.Key.Key_D, ALT)  # Fees charge&d

    assert page.reports.currentIndex() == FEES_TAB
    assert page.span == (dt.date(2025, 10, 1), dt.date(2025, 10, 25))
    assert page.fees_summary.text() == (
        "Charged in these days: Rp 300,000 (Rp 100,000 of it kept from refunds). Collected: Rp 100,000. "
        "Waived: Rp 0. Owed now, whenever charged: Rp 100,000."
    )
    late = "Rp 100,000 for a late cancel on 25 Oct 2025"
    assert page.fees_table.texts() == [
        ["25 Oct 2025", "John Doe", late, "Kept from the payment", "Rp 100,000"],
        ["25 Oct 2025", "John Doe", late, "Collected", "Rp 100,000"],
        ["25 Oct 2025", "John Doe", f"Owes {late}", "Owed", "Rp 100,000"],
        ["Total", "", "", "", "Rp 300,000"],
    ]
    assert page.print_button.isEnabled()
    saved = page.save_pdf_to(tmp_path / "fees.pdf")
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    printed = page.document().toPlainText()
    assert "Fees charged" in printed and f"Owes {late}" in printed

    press(window, Qt.Key.Key_T, ALT)  # &To
    press(window, Qt.Key.Key_Down)  # a day back: nothing charged yet, but the fee is owed now

    assert page.span == (dt.date(2025, 10, 1), dt.date(2025, 10, 24))
    assert page.fees_table.texts() == [["Total", "", "", "", "Rp 0"]]
    assert page.fees_summary.text().endswith("Owed now, whenever charged: Rp 100,000.")
