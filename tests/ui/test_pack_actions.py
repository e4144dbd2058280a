"""What the desk does to a client's pack from the Clients screen, by keys: an admin freezes it
(its last day moves on) or corrects its sessions with a reason; the front desk refunds what is
left and closes it, the cash-up showing the money gone back. A receptionist sees no Freeze or
Adjust; a refusal shows by its field; Escape changes nothing."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from studio_desk import services
from studio_desk.models import CreditKind, CreditLine
from studio_desk.services import Database, PackState, PackView, PaymentMethod
from studio_desk.ui.clients.clients_dialog import ClientsDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.language import install_language
from studio_desk.ui.packs.adjust_dialog import AdjustDialog
from studio_desk.ui.packs.freeze_dialog import FreezeDialog
from studio_desk.ui.packs.refund_dialog import RefundDialog
from tests.support.packs import add_product
from tests.support.snapshot import snapshot
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, in_front, press, shown, synchronous_desk

ALT = Qt.KeyboardModifier.AltModifier
TODAY = "2025-10-24"  # the clock's day


def sold_pack(db: Database, studio: Studio) -> PackView:
    """John's pack of 10 for Rp 1,200,000 in cash, today: 30 days (last day 22 Nov 2025), one
    freeze of up to 14 days allowed."""
    product = add_product(db, valid_days=30, freezes_allowed=1, freeze_days_max=14)
    return services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="cash").pack


def open_john(qtbot: QtBot, desk: Desk) -> ClientsDialog:
    dialog = ClientsDialog(desk)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.search, "john")
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def pack_text(dialog: ClientsDialog) -> str:
    return dialog.packs.list.item(0).text()


def test_an_admin_freezes_a_pack_by_keys_and_its_last_day_moves_on(
    qtbot: QtBot, db: Database, studio: Studio
) -> None:
    pack = sold_pack(db, studio)
    dialog = open_john(qtbot, synchronous_desk(db, studio.admin))
    assert "last day 22 Nov 2025" in pack_text(dialog)
    press(dialog, Qt.Key.Key_Z, ALT)  # Free&ze…
    freeze = dialog.side_dialog
    assert isinstance(freeze, FreezeDialog) and freeze.isVisible()
    assert focused() is freeze.start and freeze.start.date().toPython() == dt.date(2025, 10, 24)
    press(freeze, Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "7")
    press(freeze, Qt.Key.Key_Tab)
    assert focused() is freeze.reason
    QTest.keyClicks(focused(), "Pulang kampung")
    press(freeze, Qt.Key.Key_Return)

    assert not freeze.isVisible()
    assert "last day 29 Nov 2025" in pack_text(dialog)  # the screen read it again
    frozen = services.get_pack(db, studio.desk, pack.id)
    assert (frozen.freezes_used, frozen.frozen_until) == (1, dt.date(2025, 10, 30))
    assert not dialog.packs.freeze.isEnabled()  # its one freeze is used


def test_a_freeze_longer_than_the_terms_is_refused_by_the_days(
    qtbot: QtBot, db: Database, studio: Studio
) -> None:
    pack = sold_pack(db, studio)
    dialog = open_john(qtbot, synchronous_desk(db, studio.admin))
    press(dialog, Qt.Key.Key_Z, ALT)
    freeze = dialog.side_dialog
    assert isinstance(freeze, FreezeDialog)
    press(freeze, Qt.Key.Key_D, ALT)  # &Days
    QTest.keyClicks(focused(), "30")
    press(freeze, Qt.Key.Key_R, ALT)  # &Reason
    QTest.keyClicks(focused(), "Holiday")
    press(freeze, Qt.Key.Key_Return)
    assert freeze.isVisible()
    assert freeze.error.text() == f"Pack #{pack.id} may be frozen for at most 14 days at a time."
    assert focused() is freeze.days  # where it is put right
    assert services.get_pack(db, studio.desk, pack.id).freezes_used == 0


def test_an_admin_takes_two_sessions_away_with_a_reason(qtbot: QtBot, db: Database, studio: Studio) -> None:
    pack = sold_pack(db, studio)
    dialog = open_john(qtbot, synchronous_desk(db, studio.admin))
    press(dialog, Qt.Key.Key_J, ALT)  # Ad&just…
    adjust = dialog.side_dialog
    assert isinstance(adjust, AdjustDialog) and adjust.isVisible()
    assert focused() is adjust.sessions
    QTest.keyClicks(focused(), "-2")
    press(adjust, Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "Two used on paper")
    press(adjust, Qt.Key.Key_Return)

    assert not adjust.isVisible()
    assert "8 of 10 left" in pack_text(dialog)
    with db.engine.connect() as connection:
        last = connection.execute(
            select(CreditLine.kind, CreditLine.delta, CreditLine.reason)
            .where(CreditLine.pack_id == pack.id).order_by(CreditLine.id.desc()).limit(1)
        ).one()
    assert tuple(last) == (CreditKind.ADJUSTED, -2, "Two used on paper")


def test_an_empty_reason_is_refused_beside_it(qtbot: QtBot, db: Database, studio: Studio) -> None:
    sold_pack(db, studio)
    dialog = open_john(qtbot, synchronous_desk(db, studio.admin))
    press(dialog, Qt.Key.Key_J, ALT)
    adjust = dialog.side_dialog
    assert isinstance(adjust, AdjustDialog)
    QTest.keyClicks(adjust.sessions, "2")
    before = snapshot(db)
    press(adjust, Qt.Key.Key_Return)  # no reason

    assert adjust.isVisible() and adjust.error.text() == "Enter the reason."
    assert focused() is adjust.reason  # the cursor waits where it is missing
    assert snapshot(db) == before
    QTest.keyClicks(adjust.reason, "Bonus")
    assert not adjust.error.isVisible()  # the note goes once the reason is there
    press(adjust, Qt.Key.Key_Return)
    assert not adjust.isVisible() and "12 of 10 left" in pack_text(dialog)


def test_the_desk_refunds_the_default_in_cash_and_the_cash_up_shows_it(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts
) -> None:
    pack = sold_pack(db, studio)
    services.adjust_credits(db, studio.admin, pack.id, delta=-3, reason="Used on paper")  # 7 left
    dialog = open_john(qtbot, desk)
    press(dialog, Qt.Key.Key_R, ALT)  # &Refund…
    refund = dialog.side_dialog
    assert isinstance(refund, RefundDialog) and refund.isVisible()
    # What the services work out (7 of 10 at Rp 120,000), chosen; only an admin changes it.
    assert refund.amount.text() == "840,000" and refund.amount.isReadOnly()
    assert focused() is refund.refund_way.method
    assert refund.refund_way.method.currentText() == "Cash (paid Rp 1,200,000)"
    assert refund.amount_reason.isHidden()
    press(refund, Qt.Key.Key_Return)

    assert not refund.isVisible()
    assert pack_text(dialog).endswith(" · Closed")
    assert not dialog.packs.refund.isEnabled()
    said = rf"Refunded Rp 840,000 for pack #{pack.id}; it is closed\. Receipt \S+\."
    assert re.fullmatch(said, prompts.infos[-1])
    cash = next(m for m in services.cash_up(db, studio.desk, TODAY).methods if m.method is PaymentMethod.CASH)
    assert (cash.taken, cash.refunded, cash.refunds) == (1_200_000, 840_000, 1)
    assert services.get_pack(db, studio.desk, pack.id).state is PackState.CLOSED


def test_an_admin_refunds_another_amount_only_with_a_reason(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts
) -> None:
    pack = sold_pack(db, studio)
    desk.set_actor(studio.admin)
    dialog = open_john(qtbot, desk)
    press(dialog, Qt.Key.Key_R, ALT)
    refund = dialog.side_dialog
    assert isinstance(refund, RefundDialog)
    assert focused() is refund.amount and not refund.amount.isReadOnly()
    refund.amount.selectAll()
    QTest.keyClicks(refund.amount, "600000")
    press(refund, Qt.Key.Key_Return)
    assert refund.isVisible() and refund.error.text() == (
        f"Say why pack #{pack.id} is refunded another amount than the Rp 1,200,000 the desk works out."
    )
    assert focused() is refund.amount_reason
    QTest.keyClicks(refund.amount_reason, "Half, as agreed")
    press(refund, Qt.Key.Key_Return)
    assert not refund.isVisible()
    assert services.get_pack(db, studio.desk, pack.id).state is PackState.CLOSED
    assert prompts.infos[-1].startswith(f"Refunded Rp 600,000 for pack #{pack.id}; it is closed.")


def test_a_receptionist_sees_no_freeze_or_adjust(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    sold_pack(db, studio)
    dialog = open_john(qtbot, desk)
    assert dialog.packs.freeze.isHidden() and dialog.packs.adjust.isHidden()
    assert dialog.packs.refund.isVisible() and dialog.packs.refund.isEnabled()
    press(dialog, Qt.Key.Key_Z, ALT)
    press(dialog, Qt.Key.Key_J, ALT)
    assert dialog.side_dialog is None
    coach = ClientsDialog(synchronous_desk(db, studio.coach_a_actor))
    qtbot.addWidget(coach)
    assert coach.packs.refund.isHidden()  # money is the front desk's


def test_escape_closes_each_dialog_without_a_change(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts
) -> None:
    pack = sold_pack(db, studio)
    desk.set_actor(studio.admin)
    dialog = open_john(qtbot, desk)
    before = snapshot(db)
    for letter in (Qt.Key.Key_Z, Qt.Key.Key_J, Qt.Key.Key_R):
        in_front(dialog)  # back to the Clients screen, as closing the other leaves it
        press(dialog, letter, ALT)
        side = dialog.side_dialog
        assert side is not None and side.isVisible()
        press(side, Qt.Key.Key_Escape)  # nothing typed: it closes without asking
        assert not side.isVisible()
    assert prompts.questions == []
    # Something typed: Escape asks first, and No keeps the dialog and what was typed.
    in_front(dialog)
    press(dialog, Qt.Key.Key_J, ALT)
    adjust = dialog.side_dialog
    assert isinstance(adjust, AdjustDialog)
    QTest.keyClicks(adjust.sessions, "5")
    prompts.answers.append(False)
    press(adjust, Qt.Key.Key_Escape)
    assert adjust.isVisible() and adjust.sessions.text() == "5"
    press(adjust, Qt.Key.Key_Escape)  # Yes: closed
    assert not adjust.isVisible()
    assert snapshot(db) == before
    assert services.get_pack(db, studio.desk, pack.id).state is PackState.OPEN


def letters(screen: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter of `screen` as shown, with the texts that use it."""
    found: dict[str, list[str]] = {}
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if not (buddied or isinstance(widget, QAbstractButton)):
            continue
        text = widget.text()  # type: ignore[attr-defined]
        letter = re.search(r"&([^&\s])", text.replace("&&", ""))
        if letter:
            found.setdefault(letter.group(1).lower(), []).append(text)
    return found


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_admins_clients_screen_and_the_dialogs_have_a_letter_each(
    qtbot: QtBot, db: Database, studio: Studio, language: str
) -> None:
    """Every button of the Clients screen is there for an admin: few letters are left."""
    pack = sold_pack(db, studio)
    desk = synchronous_desk(db, studio.admin)
    install_language(language)
    try:
        screens: list[QWidget] = [
            ClientsDialog(desk), FreezeDialog(desk, pack), AdjustDialog(desk, pack), RefundDialog(desk, pack)
        ]
        refund = screens[-1]
        assert isinstance(refund, RefundDialog)
        refund.refund_way.method.setCurrentIndex(refund.refund_way.method.count() - 1)  # its reason shows
        for screen in screens:
            shown(qtbot, screen)
            clashes = {letter: texts for letter, texts in letters(screen).items() if len(texts) > 1}
            assert clashes == {}, type(screen).__name__
    finally:
        install_language("en")
