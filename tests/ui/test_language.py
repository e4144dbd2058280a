"""The desk's language: chosen per PC, the system's by default, used from the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.language import chosen_language, install_language, system_language
from studio_desk.ui.setup.language_dialog import LanguageDialog


def test_choosing_indonesian_keeps_it_for_this_pc(qtbot: QtBot, tmp_path: Path, desk: Desk) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings) == system_language()
    dialog = LanguageDialog(desk, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    # Down in the language field, then Enter: saved, as Enter does in every dialog.
    assert dialog.focusWidget() is dialog.language
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "id"
    QTest.keyClick(dialog.language, Qt.Key.Key_Return)
    assert dialog.result() == LanguageDialog.DialogCode.Accepted
    assert chosen_language(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)) == "id"


def test_indonesian_words_dates_and_money(qtbot: QtBot) -> None:
    import datetime as dt

    try:
        install_language("id")
        assert QLocale().name() == "id_ID"
        assert formats.date(dt.date(2025, 10, 25)) == "25 Okt 2025"
        assert formats.money(150_000, "IDR") == "Rp 150.000"
        assert QCoreApplication.translate("labels", "Cash") == "Tunai"
    finally:
        install_language("en")
    assert formats.date(dt.date(2025, 10, 25)) == "25 Oct 2025"
    assert QCoreApplication.translate("labels", "Cash") == "Cash"


def test_a_services_refusal_reaches_the_desk_in_its_language() -> None:
    import pytest

    from studio_desk import services
    from studio_desk.ui.kit.messages import user_message

    with pytest.raises(services.ValidationError) as refused:
        services.parse_amount("dua ratus")
    english = user_message(refused.value)
    try:
        install_language("id")
        indonesian = user_message(refused.value)
    finally:
        install_language("en")
    assert english == str(refused.value)
    assert indonesian != english and indonesian.strip()
