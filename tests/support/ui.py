"""Helpers for widget tests: prompts that record and answer, a desk that runs synchronously, and
a password store in memory (the one thing a headless test machine cannot have)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio_desk.services import Actor, Database
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.prompts import Prompts
from studio_desk.ui.kit.tasks import TaskRunner


@dataclass
class ScriptedPrompts(Prompts):
    """Records every message; `confirm` answers with the next of `answers` (default yes)."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)
    # What Enter would have answered to each question (No where Yes throws work away).
    defaults: list[bool] = field(default_factory=list)
    # Where the next file chooser "chooses"; None: the person cancels it.
    save_paths: list[str | None] = field(default_factory=list)
    # What the next file chooser for opening "chooses"; None: the person cancels it.
    open_paths: list[str | None] = field(default_factory=list)

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)

    def confirm(self, parent: QWidget | None, text: str, *, default: bool = True) -> bool:
        self.questions.append(text)
        self.defaults.append(default)
        return self.answers.pop(0) if self.answers else True

    def save_path(self, parent: QWidget | None, title: str, file_name: str, file_filter: str) -> str | None:
        self.questions.append(f"{title}: {file_name}")
        return self.save_paths.pop(0) if self.save_paths else None

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> str | None:
        self.questions.append(title)
        return self.open_paths.pop(0) if self.open_paths else None


def synchronous_desk(db: Database, actor: Actor | None = None) -> Desk:
    desk = Desk(db, TaskRunner(synchronous=True), ScriptedPrompts())
    desk.set_actor(actor)
    return desk


MNEMONIC_CLICK_MS = 150


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    """Show `widget` as the active window, as a person sees it: shortcuts and mnemonics (Alt+X)
    only reach the active window."""
    qtbot.addWidget(widget)
    return in_front(widget)


def in_front(widget: QWidget) -> QWidget:
    """`widget` shown as the active window, without handing it to qtbot: for a dialog that
    deletes itself when closed (WA_DeleteOnClose), which qtbot must not close again."""
    widget.show()
    # The offscreen platform never activates a window when asked (activateWindow); this old
    # call still makes it the application's active window, which is all shortcuts look at.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)
    return widget


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed while `widget`'s window is in front, sent where Qt sends it: to the focus."""
    target = widget.window().focusWidget() or widget
    QTest.keyClick(target, key, modifiers)
    if modifiers & Qt.KeyboardModifier.AltModifier:
        # A mnemonic presses its button as an animated click, released about 100 ms later.
        QTest.qWait(MNEMONIC_CLICK_MS)
