"""The owner's end-of-day screens: the day's takings and closing the day, the coach report, the
month's chart, the payment and booking exports, and printing to PDF."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Database, PaymentMethod, Refund
from studio_desk.ui.bookings.payment_dialog import PaymentDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import REPORTS_TAB, MainWindow
from studio_desk.ui.reports.cash_movement_dialog import CashMovementDialog
from studio_desk.ui.reports.coach_report_page import CoachReportPage
from studio_desk.ui.reports.export_dialog import ExportDialog, ExportKind
from studio_desk.ui.reports.reports_page import COACH_PAGE, TAKINGS_PAGE
from studio_desk.ui.reports.takings_chart import METHOD_COLOURS, TakingsChart, amount_axis, day_stacks
from studio_desk.ui.reports.takings_page import COUNT_PROMPT, TakingsPage
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, in_front, press, shown, synchronous_desk

S = BookingStatus
TODAY = dt.date(2025, 10, 24)


@pytest.fixture
def admin_desk(db: Database, studio: Studio) -> Desk:
    """The desk with the admin signed in: the coach report of every coach and the exports are theirs."""
    return synchronous_desk(db, studio.admin)


@pytest.fixture
def takings(db: Database, studio: Studio, clock: SettableClock) -> dict[str, BookingView]:
    """Today at 08:00: John's yoga paid in cash (Rp 150,000), Jane's HIIT by QRIS (Rp 175,000),
    and John's pilates paid in cash (Rp 200,000), then canceled with Rp 50,000 given back."""
    yoga = booking_in(db, studio, clock, S.PAID, date=TODAY, start="10:00")
    hiit = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                                   date=TODAY, start_time="11:00")
    hiit = services.mark_paid(db, studio.desk, hiit.id, method="qris", reference="QR-7781").booking
    pilates = booking_in(db, studio, clock, S.PAID, date=TODAY, start="14:00", course=studio.pilates)
    pilates = services.cancel_booking(db, studio.desk, pilates.id, reason="Injured",
                                      refund=Refund(50_000, "cash"))
    return {"yoga": yoga, "hiit": hiit, "pilates": pilates}


def open_takings(qtbot: QtBot, desk: Desk) -> TakingsPage:
    page = TakingsPage(desk)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


# The day's takings ---------------------------------------------------------------------------


def test_the_takings_page_shows_the_days_money_by_method_as_the_service_counts_it(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, takings: dict[str, BookingView]
) -> None:
    page = open_takings(qtbot, desk)

    assert page.day == TODAY
    assert page.table.texts() == [
        ["Cash", "Rp 350,000", "Rp 50,000", "Rp 300,000", "2", "1"],
        ["Card", "Rp 0", "Rp 0", "Rp 0", "0", "0"],
        ["Bank transfer", "Rp 0", "Rp 0", "Rp 0", "0", "0"],
        ["QRIS", "Rp 175,000", "Rp 0", "Rp 175,000", "1", "0"],
        ["E-wallet", "Rp 0", "Rp 0", "Rp 0", "0", "0"],
        ["Total", "Rp 525,000", "Rp 50,000", "Rp 475,000", "3", "1"],
    ]
    counted = services.cash_up(db, studio.admin, TODAY)
    assert (counted.taken, counted.refunded, counted.net) == (525_000, 50_000, 475_000)
    assert desk.money(counted.expected_cash) == "Rp 300,000"
    assert page.expected.text() == "Rp 300,000 (float Rp 0, pay-outs Rp 0)"
    assert page.state.text().startswith("Not closed yet today")
    assert page.closings.isHidden()
    assert page.difference.text() == COUNT_PROMPT

    page.set_day(TODAY - dt.timedelta(days=1))
    assert page.table.texts()[-1] == ["Total", "Rp 0", "Rp 0", "Rp 0", "0", "0"]


def test_typing_the_counted_cash_shows_short_over_or_the_services_complaint(
    qtbot: QtBot, desk: Desk, takings: dict[str, BookingView]
) -> None:
    page = open_takings(qtbot, desk)

    qtbot.keyClicks(page.counted, "290.000")
    assert page.difference.text() == "The till is Rp 10,000 short."
    assert page.error.isHidden()

    page.counted.setText("310000")
    assert page.difference.text() == "The till is Rp 10,000 over."

    page.counted.setText("300.000")
    assert page.difference.text() == "The till matches."

    page.counted.setText("three hundred")
    assert page.error.isVisible()
    assert page.error.text() == "The counted cash must be a number, like Rp 150,000."
    assert page.difference.isHidden()

    page.counted.clear()
    assert page.error.isHidden() and page.difference.isVisible() and page.difference.text() == COUNT_PROMPT


def test_a_payment_elsewhere_shows_up_on_the_open_page(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, takings: dict[str, BookingView]
) -> None:
    page = open_takings(qtbot, desk)
    pending = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
                                      date=TODAY, start_time="16:00")
    dialog = PaymentDialog(desk, pending)
    qtbot.addWidget(dialog)
    dialog.set_method(PaymentMethod.CARD)
    dialog.reference.setText("EDC-1")

    dialog.pay()

    assert page.table.texts()[1] == ["Card", "Rp 150,000", "Rp 0", "Rp 150,000", "1", "0"]
    assert page.table.texts()[-1][3] == "Rp 625,000"


def test_the_till_closes_twice_a_day_and_a_later_payment_belongs_to_the_next_closing(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, desk: Desk, prompts: ScriptedPrompts,
    takings: dict[str, BookingView],
) -> None:
    late = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
                                   date=TODAY, start_time="17:00")
    clock.set(dt.datetime(2025, 10, 24, 13, 5, tzinfo=JAKARTA))
    page = open_takings(qtbot, desk)
    shown(qtbot, page)
    page.counted.setFocus()
    qtbot.keyClicks(page.counted, "295.000")

    press(page, Qt.Key.Key_Return)  # Enter in the count closes the till, after asking

    assert len(prompts.questions) == 1
    question = prompts.questions[0]
    assert question.startswith("Close the till with Rp 295,000 counted in it?")
    assert "The till is Rp 5,000 short." in question
    assert page.state.text() == (
        "Last closed by Rina (desk) on 24 Oct 2025 at 13:05. Money taken since belongs to the next closing."
    )
    assert page.closings.texts() == [
        ["13:05", "Rina (desk)", "Rp 300,000", "Rp 295,000", "−Rp 5,000"],
        ["All closings", "", "Rp 300,000", "Rp 295,000", "−Rp 5,000"],
    ]
    assert page.note.text() == "The till is closed at 13:05. The till is Rp 5,000 short."
    assert page.counted.text() == "" and page.close_button.isVisible(), "the till closes again later"
    assert page.expected.text() == "Rp 0 (float Rp 0, pay-outs Rp 0)"

    # Money is still taken after a closing: it belongs to the next one.
    dialog = PaymentDialog(desk, late)
    qtbot.addWidget(dialog)
    dialog.pay()
    assert dialog.error.isHidden()
    assert page.table.texts()[-1] == ["Total", "Rp 675,000", "Rp 50,000", "Rp 625,000", "4", "1"]
    assert page.expected.text().startswith("Rp 150,000")

    clock.set(dt.datetime(2025, 10, 24, 21, 0, tzinfo=JAKARTA))
    page.counted.setFocus()
    qtbot.keyClicks(page.counted, "150.000")
    press(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # C&lose the till…
    assert [row[:2] for row in page.closings.texts()] == [
        ["13:05", "Rina (desk)"], ["21:00", "Rina (desk)"], ["All closings", ""]
    ]
    assert page.closings.texts()[1][4] == "Rp 0"
    closings = services.cash_up(db, studio.admin, TODAY).closings
    assert [c.counted_cash for c in closings] == [295_000, 150_000]

    # Opened afresh, the day lists both closings.
    again = open_takings(qtbot, desk)
    assert len(again.closings.texts()) == 3 and again.state.text().startswith("Last closed by Rina (desk)")


def test_a_float_and_a_pay_out_are_recorded_by_keys_and_change_what_the_till_expects(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts,
    takings: dict[str, BookingView],
) -> None:
    page = open_takings(qtbot, desk)
    shown(qtbot, page)

    press(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Pu&t in a float…
    dialog = page.cash_dialog
    assert isinstance(dialog, CashMovementDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Put a float in the till" and dialog.reason.isHidden()
    in_front(dialog)
    qtbot.keyClicks(dialog.amount, "500.000")
    with qtbot.waitSignal(dialog.destroyed):
        press(dialog, Qt.Key.Key_Return)
    assert page.expected.text() == "Rp 800,000 (float Rp 500,000, pay-outs Rp 0)"

    shown(qtbot, page)
    press(page, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Take cash o&ut…
    payout = page.cash_dialog
    assert payout is not None and payout.windowTitle() == "Take cash out of the till"
    in_front(payout)
    qtbot.keyClicks(payout.amount, "20.000")
    press(payout, Qt.Key.Key_Return)
    assert payout.isVisible(), "a pay-out needs its reason"
    assert payout.error.text() == "Say what the cash was taken out for."
    assert payout.focusWidget() is payout.reason
    qtbot.keyClicks(payout.reason, "Milk for the cafe")
    with qtbot.waitSignal(payout.destroyed):
        press(payout, Qt.Key.Key_Return)
    assert page.expected.text() == "Rp 780,000 (float Rp 500,000, pay-outs Rp 20,000)"
    assert services.cash_up(db, studio.admin, TODAY).expected_cash == 780_000

    # Escape with something typed asks first, and a no keeps the dialog.
    shown(qtbot, page)
    press(page, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    third = page.cash_dialog
    assert third is not None
    in_front(third)
    qtbot.keyClicks(third.amount, "5")
    prompts.answers.append(False)
    press(third, Qt.Key.Key_Escape)
    assert third.isVisible()
    prompts.answers.append(True)
    with qtbot.waitSignal(third.destroyed):
        press(third, Qt.Key.Key_Escape)
    assert services.cash_up(db, studio.admin, TODAY).expected_cash == 780_000


def test_only_the_front_desk_is_offered_to_close_the_till(
    qtbot: QtBot, studio: Studio, desk: Desk, takings: dict[str, BookingView]
) -> None:
    page = open_takings(qtbot, desk)
    assert page.close_button.isVisible() and page.payout_button.isVisible()
    desk.set_actor(studio.coach_a_actor)
    assert not page.close_button.isVisible() and not page.float_button.isVisible()
    desk.set_actor(studio.admin)
    assert page.close_button.isVisible()


def test_a_no_to_the_question_closes_nothing_and_another_day_has_no_till_to_count(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts,
    takings: dict[str, BookingView],
) -> None:
    page = open_takings(qtbot, desk)
    page.counted.setText("300.000")
    prompts.answers.append(False)

    page.close_button.click()

    assert services.cash_up(db, studio.admin, TODAY).closing is None
    assert not page.counted.isReadOnly() and not page.close_button.isHidden()

    page.set_day(TODAY - dt.timedelta(days=1))
    assert page.close_button.isHidden() and page.past_day.isVisible() and page.counted.isReadOnly()
    assert page.state.text() == "The till was not closed on this day."

    page.set_day(TODAY)
    page.counted.setText("")
    page.close_button.click()
    assert page.error.text() == "The counted cash must be a number, like Rp 150,000."
    assert len(prompts.questions) == 1  # a count that is not a number is never asked about


def test_the_cash_up_is_saved_as_a_pdf_with_its_figures(
    qtbot: QtBot, desk: Desk, takings: dict[str, BookingView], tmp_path: Path
) -> None:
    page = open_takings(qtbot, desk)
    page.counted.setText("300.000")

    text = page.document().toPlainText()
    for words in ("Day's takings — Friday 24 October 2025", "Rp 475,000", "Cash expected in the till now",
                  "Rp 300,000 (not closed yet)", "The till matches."):
        assert words in text

    saved = page.save_pdf_to(tmp_path / "takings.pdf")

    assert saved == tmp_path / "takings.pdf"
    assert saved.read_bytes().startswith(b"%PDF") and saved.stat().st_size > 1_000
    assert page.note.text() == f"Saved to {saved}"
    assert page.save_pdf_to(tmp_path / "no such folder" / "x.pdf") is None
    assert page.note.text().startswith("The cash-up could not be saved to")


# The coach report ----------------------------------------------------------------------------


@pytest.fixture
def coached(db: Database, studio: Studio, clock: SettableClock) -> None:
    """Coach Smith: yoga (60 min, Rp 150,000) and pilates (45 min, Rp 200,000) done today, a yoga
    canceled, a yoga at 17:00 recorded as a no-show, and a yoga done tomorrow. Coach Sari: HIIT
    (60 min, Rp 175,000) done today, and a HIIT paid for 09:00 today that nobody marked by 20:00:
    not yet marked, not a no-show."""
    booking_in(db, studio, clock, S.DONE, date=TODAY, start="10:00")
    booking_in(db, studio, clock, S.DONE, date=TODAY, start="12:00", course=studio.pilates)
    booking_in(db, studio, clock, S.CANCELED, date=TODAY, start="15:00")
    booking_in(db, studio, clock, S.DONE, date=TODAY + dt.timedelta(days=1), start="10:00")
    booking_in(db, studio, clock, S.DONE, date=TODAY, start="13:00", course=studio.hiit)
    booking_in(db, studio, clock, S.PAID, date=TODAY, start="09:00", course=studio.hiit)
    absent = booking_in(db, studio, clock, S.CONFIRMED, date=TODAY, start="17:00")
    clock.set(dt.datetime(2025, 10, 24, 20, 0, tzinfo=JAKARTA))
    services.record_no_show(db, studio.admin, absent.id)


def test_the_coach_report_shows_this_month_so_far_per_coach_with_the_total(
    qtbot: QtBot, admin_desk: Desk, coached: None
) -> None:
    page = CoachReportPage(admin_desk)
    qtbot.addWidget(page)

    assert page.span == (dt.date(2025, 10, 1), TODAY)
    assert page.table.texts() == [
        ["Coach Sari", "1", "60", "Rp 175,000", "0", "0", "1", "0", "0"],
        ["Coach Smith", "2", "105", "Rp 500,000", "1", "1", "0", "0", "0"],
        ["All coaches", "3", "165", "Rp 675,000", "1", "1", "1", "0", "0"],
    ]
    assert page.pack_note.text() == (
        "Sessions paid with a pack count at the pack's price per session; membership sessions at no price."
    )

    page.set_span(TODAY, TODAY + dt.timedelta(days=1))
    assert page.table.texts()[1] == ["Coach Smith", "3", "165", "Rp 650,000", "1", "1", "0", "0", "0"]


def test_dates_the_service_refuses_are_said_on_the_page_and_nothing_old_stays(
    qtbot: QtBot, admin_desk: Desk, coached: None
) -> None:
    page = CoachReportPage(admin_desk)
    qtbot.addWidget(page)

    page.set_span(TODAY, TODAY - dt.timedelta(days=3))

    assert page.error.text() == "The last day comes before the first."
    assert page.table.rowCount() == 0 and not page.pdf_button.isEnabled()

    page.this_month()
    assert page.error.isHidden() and page.table.rowCount() == 3


def test_the_coach_report_is_saved_as_a_pdf(
    qtbot: QtBot, admin_desk: Desk, coached: None, tmp_path: Path
) -> None:
    page = CoachReportPage(admin_desk)
    qtbot.addWidget(page)

    printed = page.document().toPlainText()
    assert "Coach report — 1 Oct 2025 to 24 Oct 2025" in printed
    assert "With a membership" in printed and "membership sessions at no price" in printed
    saved = page.save_pdf_to(tmp_path / "coaches.pdf")

    assert saved is not None and saved.read_bytes().startswith(b"%PDF") and saved.stat().st_size > 1_000


# Exports -------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def test_the_payments_export_names_the_currency_and_zone_and_keeps_refunds_negative(
    qtbot: QtBot, db: Database, studio: Studio, admin_desk: Desk, takings: dict[str, BookingView],
    tmp_path: Path,
) -> None:
    dialog = ExportDialog(admin_desk, ExportKind.PAYMENTS)
    qtbot.addWidget(dialog)
    dialog.set_span(TODAY, TODAY)
    target = tmp_path / "payments.csv"

    dialog.export_to(target)

    lines = read_csv(target)
    assert lines[0] == [
        "Payment no.", "Taken at (Asia/Jakarta)", "Kind", "Amount (IDR)", "Method", "Reference",
        "Booking no.", "Client", "Course", "Coach", "Taken by",
    ]
    ids = [str(line.id) for line in services.payment_lines(db, studio.admin, TODAY, TODAY)]
    yoga, hiit, pilates = (str(takings[name].id) for name in ("yoga", "hiit", "pilates"))
    assert lines[1:] == [
        [ids[0], "2025-10-24 08:00", "Payment", "150000", "Cash", "", yoga, "John Doe", "Yoga Pemula",
         "Coach Smith", "Rina (desk)"],
        [ids[1], "2025-10-24 08:00", "Payment", "175000", "QRIS", "QR-7781", hiit, "Jane Roe", "HIIT",
         "Coach Sari", "Rina (desk)"],
        [ids[2], "2025-10-24 08:00", "Payment", "200000", "Cash", "", pilates, "John Doe", "Pilates",
         "Coach Smith", "Rina (desk)"],
        [ids[3], "2025-10-24 08:00", "Refund", "-50000", "Cash", "", pilates, "John Doe", "Pilates",
         "Coach Smith", "Rina (desk)"],
    ]
    assert dialog.note.text() == f"Saved 4 payment lines to {target}."

    dialog.set_span(TODAY - dt.timedelta(days=2), TODAY - dt.timedelta(days=1))
    dialog.export_to(tmp_path / "none.csv")
    assert len(read_csv(tmp_path / "none.csv")) == 1
    assert "holds the headers only" in dialog.note.text()


def test_a_currency_with_cents_is_exported_and_shown_in_its_units(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, tmp_path: Path
) -> None:
    """Amounts are kept in the smallest unit: a studio on euros keeps cents, and the files and
    screens show euros, not a hundred times as many."""
    services.update_settings(db, studio.admin, currency="EUR")
    course = services.create_course(
        db, studio.admin, coach_id=studio.coach_a, title="Stretch", duration_minutes=30, price="12.50"
    )
    booking = booking_in(db, studio, clock, S.PAID, date=TODAY, start="10:00", course=course.id)
    desk = synchronous_desk(db, studio.admin)
    assert desk.money(booking.paid_total) == "EUR 12.50"
    dialog = ExportDialog(desk, ExportKind.PAYMENTS)
    qtbot.addWidget(dialog)
    dialog.set_span(TODAY, TODAY)
    dialog.export_to(tmp_path / "payments.csv")
    lines = read_csv(tmp_path / "payments.csv")
    assert lines[0][3] == "Amount (EUR)" and lines[1][3] == "12.50"


def test_a_name_that_looks_like_a_formula_is_exported_as_text(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, admin_desk: Desk, tmp_path: Path
) -> None:
    sly = services.create_client(db, name="=HYPERLINK(\"http://x\")")
    booking_in(db, studio, clock, S.PAID, date=TODAY, start="10:00", client=sly.id)
    dialog = ExportDialog(admin_desk, ExportKind.PAYMENTS)
    qtbot.addWidget(dialog)

    dialog.export_to(tmp_path / "x.csv")

    assert read_csv(tmp_path / "x.csv")[1][7] == "'=HYPERLINK(\"http://x\")"


def test_the_bookings_export_holds_every_booking_of_the_range_with_units_in_the_headers(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, admin_desk: Desk, tmp_path: Path
) -> None:
    inside = [
        booking_in(db, studio, clock, S.PENDING, date="2025-10-25", start="10:00"),
        booking_in(db, studio, clock, S.CANCELED, date="2025-10-26", start="09:00", course=studio.hiit),
    ]
    booking_in(db, studio, clock, S.PAID, date="2025-10-27", start="10:00")  # outside the range
    dialog = ExportDialog(admin_desk, ExportKind.BOOKINGS)
    qtbot.addWidget(dialog)
    dialog.set_span(dt.date(2025, 10, 25), dt.date(2025, 10, 26))

    dialog.export_to(tmp_path / "bookings.csv")

    lines = read_csv(tmp_path / "bookings.csv")
    assert lines[0] == [
        "Booking no.", "Date (Asia/Jakarta)", "Start (Asia/Jakarta)", "End (Asia/Jakarta)", "Client",
        "Phone", "Course", "Coach", "Status", "Price (IDR)", "Paid (IDR)", "Currency",
    ]
    assert [line[0] for line in lines[1:]] == [str(booking.id) for booking in inside]
    assert lines[2][1:4] == ["2025-10-26", "09:00", "10:00"] and lines[2][8] == "Canceled"
    assert dialog.note.text() == f"Saved 2 bookings to {tmp_path / 'bookings.csv'}."


def test_an_export_that_cannot_be_written_says_so_in_the_dialog(
    qtbot: QtBot, admin_desk: Desk, takings: dict[str, BookingView], tmp_path: Path
) -> None:
    dialog = ExportDialog(admin_desk, ExportKind.PAYMENTS)
    qtbot.addWidget(dialog)

    dialog.export_to(tmp_path / "no such folder" / "x.csv")

    assert dialog.error.text().startswith("Could not save x.csv:")
    assert dialog.save_button.isEnabled()


# The month's chart ---------------------------------------------------------------------------


BAR_COLOURS = {colour.name() for colour in METHOD_COLOURS.values()}


def colours_of_bars(chart: TakingsChart) -> set[str]:
    """The colours painted where the bars go (the legend above uses them too)."""
    image = chart.grab().toImage()
    plot = chart.plot_area()
    return {
        image.pixelColor(x, y).name()
        for x in range(plot.left(), plot.right(), 2)
        for y in range(plot.top(), plot.bottom(), 2)
    }


def test_the_chart_stacks_each_days_takings_by_method_as_takings_by_day_says(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, desk: Desk,
    takings: dict[str, BookingView],
) -> None:
    # Tomorrow, part of a paid yoga is given back in cash: a day whose cash goes below zero.
    clock.set(dt.datetime(2025, 10, 25, 9, 0, tzinfo=JAKARTA))
    yoga = takings["yoga"]
    services.cancel_booking(db, studio.desk, yoga.id, reason="Ill", refund=Refund(100_000, "cash"))
    days = services.takings_by_day(db, studio.admin, "2025-10-01", "2025-10-31")
    chart = TakingsChart(desk.money)
    qtbot.addWidget(chart)
    chart.resize(900, 320)

    chart.set_takings(days, chosen=TODAY)

    assert [stack.day for stack in chart.stacks] == [day.day for day in days]
    assert [dict(stack.parts) for stack in chart.stacks] == [
        {method: amount for method, amount in day.by_method.items() if amount} for day in days
    ]
    by_day = {stack.day: stack for stack in chart.stacks}
    assert by_day[TODAY].parts == ((PaymentMethod.CASH, 300_000), (PaymentMethod.QRIS, 175_000))
    assert (by_day[TODAY].top, by_day[TODAY].total) == (475_000, 475_000)
    assert by_day[dt.date(2025, 10, 25)].bottom == -100_000
    assert colours_of_bars(chart) & BAR_COLOURS == {
        METHOD_COLOURS[PaymentMethod.CASH].name(), METHOD_COLOURS[PaymentMethod.QRIS].name()
    }
    assert chart.tooltip_text(TODAY).splitlines() == [
        "Fri 24 Oct: Rp 475,000", "Cash: Rp 300,000", "QRIS: Rp 175,000"
    ]


def test_the_chart_of_a_month_without_takings_paints_and_says_so(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    days = services.takings_by_day(db, studio.admin, "2025-11-01", "2025-11-30")
    chart = TakingsChart(desk.money)
    qtbot.addWidget(chart)
    chart.resize(700, 260)

    chart.set_takings(days)

    assert len(chart.stacks) == 30 and all(not stack.parts for stack in chart.stacks)
    assert chart.empty_text == "No takings in November 2025."
    assert not chart.grab().isNull()
    assert not colours_of_bars(chart) & BAR_COLOURS


def test_a_click_on_a_bar_opens_that_day(qtbot: QtBot, desk: Desk, takings: dict[str, BookingView]) -> None:
    page = open_takings(qtbot, desk)
    chart = page.chart
    plot = chart.plot_area()
    slot = plot.width() / len(chart.stacks)
    tenth = QPoint(round(plot.left() + 9.5 * slot), plot.bottom() - 5)  # on the 10th's bar
    assert chart.day_at(tenth) == dt.date(2025, 10, 10)

    with qtbot.waitSignal(chart.sig_day_clicked):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=tenth)

    assert page.day == dt.date(2025, 10, 10)
    assert page.table.texts()[-1] == ["Total", "Rp 0", "Rp 0", "Rp 0", "0", "0"]
    assert chart.chosen == dt.date(2025, 10, 10)


def test_amounts_are_on_round_steps_with_zero_on_the_axis() -> None:
    assert amount_axis(0, 475_000) == (0, 500_000, 100_000)
    assert amount_axis(-100_000, 475_000) == (-200_000, 600_000, 200_000)
    assert amount_axis(0, 0) == (0, 1, 1)
    assert day_stacks([]) == ()


# The main window -----------------------------------------------------------------------------


def test_the_reports_are_a_tab_of_the_main_window_with_shortcuts(
    qtbot: QtBot, admin_desk: Desk, takings: dict[str, BookingView], tmp_path: Path
) -> None:
    window = MainWindow(admin_desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()

    def trigger(keys: str) -> None:
        wanted = QKeySequence(keys)
        exact = QKeySequence.SequenceMatch.ExactMatch
        [action] = [a for a in window.actions() if a.shortcut().matches(wanted) == exact]
        action.trigger()

    trigger("Ctrl+Shift+T")
    assert window.tabs.currentIndex() == REPORTS_TAB
    assert window.reports.pages.currentIndex() == TAKINGS_PAGE
    assert window.reports.takings.table.texts()[-1][3] == "Rp 475,000"

    trigger("Ctrl+Shift+R")
    assert window.reports.pages.currentIndex() == COACH_PAGE

    trigger("Ctrl+Shift+E")
    assert isinstance(window.dialog, ExportDialog) and window.dialog.kind is ExportKind.PAYMENTS
    window.dialog.close()
    trigger("Ctrl+Shift+B")
    assert isinstance(window.dialog, ExportDialog) and window.dialog.kind is ExportKind.BOOKINGS
    window.dialog.close()


def test_the_money_views_follow_who_is_signed_in_on_the_same_window(
    qtbot: QtBot, studio: Studio, admin_desk: Desk, takings: dict[str, BookingView], tmp_path: Path
) -> None:
    window = MainWindow(admin_desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    actions = window.desk_actions
    pages = window.reports.pages

    def offered() -> dict[str, bool]:
        return {
            "takings tab": pages.isTabVisible(TAKINGS_PAGE),
            "coach tab": pages.isTabVisible(COACH_PAGE),
            "takings menu": actions.takings.isVisible() and actions.takings.isEnabled(),
            "coach menu": actions.coach_report.isVisible(),
            "exports": actions.export_payments.isVisible() and actions.export_bookings.isEnabled(),
            "list export": window.bookings.export_button.isVisibleTo(window.bookings),
        }

    assert all(offered().values()), "the admin sees everything"

    admin_desk.set_actor(studio.coach_a_actor)
    assert offered() == {
        "takings tab": False, "coach tab": True, "takings menu": False, "coach menu": True,
        "exports": False, "list export": False,
    }
    press(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() != REPORTS_TAB, "Ctrl+Shift+T does nothing for a coach"
    press(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == REPORTS_TAB and pages.currentIndex() == COACH_PAGE
    assert [row[0] for row in window.reports.coaches.table.texts()] == ["Coach Smith", "Total"]

    admin_desk.set_actor(studio.desk)
    assert offered() == {
        "takings tab": True, "coach tab": False, "takings menu": True, "coach menu": False,
        "exports": False, "list export": False,
    }
