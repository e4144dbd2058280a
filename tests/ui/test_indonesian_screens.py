"""Every screen, drawn in Indonesian (and in English) by `studio-desk screenshots`, with no text cut off.

A button, a check box, a tab or a one-line label narrower than its text, or a table heading
narrower than its words, shows a person half a word; Indonesian runs longer than English.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studio_desk.services import Database, load_demo
from studio_desk.tools.screenshots import render_screenshots
from studio_desk.ui.kit.language import install_language
from tests.support.layout import cut_off


@pytest.mark.slow
@pytest.mark.parametrize("language", ["id", "en"])
def test_no_screen_cuts_its_text_off(db: Database, tmp_path: Path, language: str) -> None:
    load_demo(db)
    problems: list[str] = []
    try:
        written = render_screenshots(
            db,
            tmp_path,
            language=language,
            on_shown=lambda name, widget: problems.extend(cut_off(name, widget)),
        )
    finally:
        install_language("en")
    assert len(written) >= 19
    assert problems == []


def test_the_check_sees_a_squeezed_button_label_and_heading(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    row = QHBoxLayout(screen)
    button = QPushButton("Batalkan booking ini sekarang juga")
    button.setFixedWidth(60)
    label = QLabel("Uang tunai yang dihitung di laci kasir")
    label.setFixedWidth(60)
    table = QTableView()
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["Pengembalian dana"])
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 30)
    for widget in (button, label, table):
        row.addWidget(widget)
    screen.show()
    problems = cut_off("squeezed", screen)
    assert [p.split(" ")[1] for p in problems] == ["button", "label", "heading"]
