"""Every screen, drawn in Indonesian (and in English) by `studio-desk screenshots`, with no text cut off.

A button, a check box, a tab or a one-line label narrower than its text, or a table heading
narrower than its words, shows a person half a word; Indonesian runs longer than English.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studio_desk.services import Database, load_demo
from studio_desk.ui.kit.language import install_language
from studio_desk.tools.screenshots import render_screenshots

SLACK = 2  # pixels of rounding


def cut_off(name: str, screen: QWidget) -> list[str]:
    problems = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen) or isinstance(widget.parentWidget(), QToolBar):
            continue  # a toolbar moves what does not fit into its » menu, whole
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + SLACK < widget.minimumSizeHint().width():
                problems.append(
                    f"{name}: button {widget.text()!r} {widget.width()} < {widget.minimumSizeHint().width()}"
                )
        elif (
            isinstance(widget, QLabel)
            and widget.text()
            and not widget.wordWrap()
            and widget.pixmap().isNull()
        ):
            if widget.width() + SLACK < widget.sizeHint().width():
                problems.append(
                    f"{name}: label {widget.text()!r} {widget.width()} < {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                wanted = widget.fontMetrics().horizontalAdvance(widget.tabText(index).replace("&", ""))
                if widget.tabRect(index).width() < wanted:
                    problems.append(f"{name}: tab {widget.tabText(index)!r}")
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or model is None:
                    continue
                text = str(model.headerData(section, widget.orientation()) or "")
                wanted = widget.fontMetrics().horizontalAdvance(text) + 8
                if text and widget.sectionSize(section) + SLACK < wanted:
                    problems.append(f"{name}: heading {text!r} {widget.sectionSize(section)} < {wanted}")
    return problems


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
