"""The Products screen, driven by keys as an admin would: open it from Settings, type a pack and a
membership, meet a refusal beside its field, tick courses, retire and restore, close with Escape."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Database, ProductKind, ProductScope
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import MainWindow
from studio_desk.ui.packs.products_dialog import PRICE_COLUMN, SESSIONS_COLUMN, ProductsDialog
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown, synchronous_desk
from tests.ui.test_desk_menus import open_menu_by_keys

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def admin_desk(db: Database, studio: Studio) -> Desk:
    return synchronous_desk(db, studio.admin)


@pytest.fixture
def dialog(qtbot: QtBot, admin_desk: Desk) -> ProductsDialog:
    opened = ProductsDialog(admin_desk)
    shown(qtbot, opened)
    return opened


def type_into(dialog: ProductsDialog, letter: Qt.Key, text: str) -> None:
    """Alt+letter to the field, select what is there, type `text` over it."""
    press(dialog, letter, ALT)
    press(dialog, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(dialog.focusWidget(), text)


def listed(dialog: ProductsDialog) -> list[list[str]]:
    tree = dialog.product_list
    return [
        [tree.topLevelItem(row).text(column) for column in range(tree.columnCount())]
        for row in range(tree.topLevelItemCount())
    ]


def test_an_admin_opens_products_from_settings_and_a_receptionist_does_not_see_it(
    qtbot: QtBot, db: Database, studio: Studio, tmp_path: Path
) -> None:
    desk = synchronous_desk(db, studio.desk)
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    try:
        assert not window.products_action.isVisible() and not window.products_action.isEnabled()
        desk.set_actor(studio.admin)
        settings = window.desk_actions.settings_menu.actions()
        names = [action.text() for action in settings]
        assert names.index("&Products…") == names.index("C&ourses…") + 1  # next to Courses
        open_menu_by_keys(qtbot, window, Qt.Key.Key_S, Qt.Key.Key_P)
        assert isinstance(window.dialog, ProductsDialog)
    finally:
        window.sync_driver.stop()


def test_type_a_pack_and_enter_saves_it(dialog: ProductsDialog, db: Database, studio: Studio) -> None:
    QTest.keyClicks(dialog.focusWidget(), "10 Sesi")  # focus starts on the name
    type_into(dialog, Qt.Key.Key_I, "10")  # sessions
    type_into(dialog, Qt.Key.Key_P, "1200000")
    type_into(dialog, Qt.Key.Key_V, "90")
    press(dialog, Qt.Key.Key_Return)

    [made] = services.list_products(db, studio.admin)
    assert (made.kind, made.name, made.sessions, made.price, made.valid_days, made.scope) == (
        ProductKind.PACK, "10 Sesi", 10, 1_200_000, 90, ProductScope.ALL,
    )
    assert listed(dialog) == [["10 Sesi", "Pack", "10", "90", formats.money(1_200_000, "IDR")]]
    assert not dialog.note.isVisible() and not dialog.has_typed_input()


def test_type_a_membership_for_one_coach(dialog: ProductsDialog, db: Database, studio: Studio) -> None:
    assert not dialog.at_once_edit.isVisible() and not dialog.coach_box.isVisible()
    QTest.keyClicks(dialog.focusWidget(), "Member Bulanan")
    press(dialog, Qt.Key.Key_K, ALT)
    press(dialog, Qt.Key.Key_Down)  # a membership: its limit at once instead of sessions
    assert dialog.at_once_edit.isVisible() and not dialog.sessions_edit.isVisible()
    type_into(dialog, Qt.Key.Key_B, "2")
    type_into(dialog, Qt.Key.Key_P, "750000")
    type_into(dialog, Qt.Key.Key_V, "30")
    press(dialog, Qt.Key.Key_A, ALT)
    press(dialog, Qt.Key.Key_Down)  # one coach's courses
    press(dialog, Qt.Key.Key_C, ALT)  # the coach: Coach Sari, Coach Smith
    press(dialog, Qt.Key.Key_End)
    press(dialog, Qt.Key.Key_Return)

    [made] = services.list_products(db, studio.admin)
    assert (made.kind, made.max_active, made.sessions, made.scope, made.coach_id) == (
        ProductKind.MEMBERSHIP, 2, None, ProductScope.COACH, studio.coach_a,
    )
    assert listed(dialog)[0][:3] == ["Member Bulanan", "Membership", "unlimited, 2 at once"]


def test_a_pack_for_the_courses_ticked(dialog: ProductsDialog, db: Database, studio: Studio) -> None:
    QTest.keyClicks(dialog.focusWidget(), "5 Sesi Pilates")
    type_into(dialog, Qt.Key.Key_I, "5")
    type_into(dialog, Qt.Key.Key_P, "600.000")
    type_into(dialog, Qt.Key.Key_V, "60")
    press(dialog, Qt.Key.Key_F, ALT)
    press(dialog, Qt.Key.Key_Down)  # from the first booking
    press(dialog, Qt.Key.Key_A, ALT)
    press(dialog, Qt.Key.Key_End)  # the courses ticked
    press(dialog, Qt.Key.Key_U, ALT)  # HIIT, Pilates, Yoga Pemula
    press(dialog, Qt.Key.Key_Home)
    press(dialog, Qt.Key.Key_Down)
    press(dialog, Qt.Key.Key_Space)  # Pilates
    press(dialog, Qt.Key.Key_Return)

    [made] = services.list_products(db, studio.admin)
    assert (made.scope, made.course_titles, made.valid_from) == (
        ProductScope.COURSES, ("Pilates",), services.ValidFrom.FIRST_USE,
    )


def test_a_refusal_shows_beside_its_field_and_goes_once_it_is_put_right(
    dialog: ProductsDialog, db: Database, studio: Studio
) -> None:
    QTest.keyClicks(dialog.focusWidget(), "Coba Dulu")
    type_into(dialog, Qt.Key.Key_P, "100000")
    type_into(dialog, Qt.Key.Key_V, "14")
    press(dialog, Qt.Key.Key_Return)  # no sessions
    assert dialog.note.isVisible() and dialog.note.text() == "Enter how many sessions the pack holds."
    assert dialog.focusWidget() is dialog.sessions_edit  # where to put it right
    assert services.list_products(db, studio.admin) == []

    QTest.keyClicks(dialog.focusWidget(), "1")
    assert not dialog.note.isVisible()
    press(dialog, Qt.Key.Key_Return)
    assert [product.name for product in services.list_products(db, studio.admin)] == ["Coba Dulu"]


def test_retire_and_restore_by_their_letters(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    made = services.create_product(
        db, studio.admin, kind="pack", name="10 Sesi", sessions=10, price=1_200_000, valid_days=90
    )
    dialog = ProductsDialog(admin_desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_D, ALT)  # the list
    press(dialog, Qt.Key.Key_Home)
    assert dialog.name_edit.text() == "10 Sesi" and not dialog.kind_box.isEnabled()
    press(dialog, Qt.Key.Key_R, ALT)
    assert not services.get_product(db, studio.admin, made.id).active
    assert listed(dialog)[0][0] == "10 Sesi (retired)"
    assert dialog.retire_button.text() == "Rest&ore"

    press(dialog, Qt.Key.Key_O, ALT)
    assert services.get_product(db, studio.admin, made.id).active
    assert listed(dialog)[0][0] == "10 Sesi"


def test_a_change_is_saved_for_packs_sold_from_now_on(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    made = services.create_product(
        db, studio.admin, kind="membership", name="Member", max_active=2, price=750_000, valid_days=30
    )
    dialog = ProductsDialog(admin_desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_D, ALT)
    press(dialog, Qt.Key.Key_Home)
    assert "packs sold from now on" in dialog.terms_note.text()
    type_into(dialog, Qt.Key.Key_B, "3")
    type_into(dialog, Qt.Key.Key_Z, "1")  # freezes allowed
    type_into(dialog, Qt.Key.Key_M, "7")
    press(dialog, Qt.Key.Key_Return)
    changed = services.get_product(db, studio.admin, made.id)
    assert (changed.max_active, changed.freezes_allowed, changed.freeze_days_max) == (3, 1, 7)
    assert listed(dialog)[0][SESSIONS_COLUMN] == "unlimited, 3 at once"
    assert listed(dialog)[0][PRICE_COLUMN] == formats.money(750_000, "IDR")


def test_a_receptionist_is_told_only_an_admin_adds_products(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio
) -> None:
    dialog = ProductsDialog(desk)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.focusWidget(), "10 Sesi")
    type_into(dialog, Qt.Key.Key_I, "10")
    type_into(dialog, Qt.Key.Key_P, "1200000")
    type_into(dialog, Qt.Key.Key_V, "90")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.note.text() == "Only an admin can add products."
    assert services.list_products(db, studio.desk) == []


def test_escape_closes_and_asks_first_when_something_was_typed(qtbot: QtBot, admin_desk: Desk) -> None:
    prompts = admin_desk.prompts
    assert isinstance(prompts, ScriptedPrompts)
    dialog = ProductsDialog(admin_desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and prompts.questions == []

    again = ProductsDialog(admin_desk)
    shown(qtbot, again)
    QTest.keyClicks(again.focusWidget(), "10 Sesi")
    prompts.answers.append(False)
    press(again, Qt.Key.Key_Escape)
    assert again.isVisible() and len(prompts.questions) == 1  # kept: the answer was no
    press(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
