"""The shape both catalogue screens share: the list on the left, the chosen entry's form and
its notes on the right, the buttons along the bottom with Close at the far end."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def lay_out_list_and_editor(
    screen: QWidget,
    entries: tuple[QLabel, QWidget],
    form: QFormLayout,
    under_form: Sequence[QWidget],
    buttons: Sequence[QPushButton],
    close: QPushButton,
) -> None:
    """`entries`: the list's label and the list itself."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(close)

    side = QVBoxLayout()
    for widget in entries:
        side.addWidget(widget)
    editor = QVBoxLayout()
    editor.addLayout(form)
    for widget in under_form:
        editor.addWidget(widget)
    editor.addStretch(1)
    columns = QHBoxLayout()
    columns.addLayout(side)
    columns.addLayout(editor, 1)
    layout = QVBoxLayout(screen)
    layout.addLayout(columns)
    layout.addLayout(row)
