"""Help > Keyboard shortcuts: every command and its keys, read from the very actions that run them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.menus.desk_actions import keys_text, without_mnemonic

COMMAND_COLUMN, KEYS_COLUMN = range(2)


class ShortcutsDialog(DeskDialog):
    """`groups`: a heading ("File") and its actions, in the order a person finds them."""

    def __init__(
        self, desk: Desk, groups: Sequence[tuple[str, Sequence[QAction]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts — Studio Desk"))
        self.table = QTreeWidget()
        self.table.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.setRootIsDecorated(False)
        self.table.setItemsExpandable(False)
        self._command_items: list[QTreeWidgetItem] = []
        for heading, actions in groups:
            group = QTreeWidgetItem(self.table, [heading])
            font = group.font(COMMAND_COLUMN)
            font.setBold(True)
            group.setFont(COMMAND_COLUMN, font)
            for action in actions:
                row = QTreeWidgetItem(group, [without_mnemonic(action.text()), keys_text(action)])
                self._command_items.append(row)
        self.table.expandAll()
        for column in (COMMAND_COLUMN, KEYS_COLUMN):
            self.table.resizeColumnToContents(column)
        close = self.make_close_button()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(480, 560)
        self.set_main_button(close)
        self.set_first_field(self.table)

    def rows(self) -> list[tuple[str, str]]:
        """What the list says: each command and its keys, headings left out."""
        return [(item.text(COMMAND_COLUMN), item.text(KEYS_COLUMN)) for item in self._command_items]
