"""The desk locks itself after the studio's idle minutes without a key or a click anywhere in the
app (or at once, by Lock now), so that a PC at a public desk is not left open under someone's name.

While locked, the lock screen covers the main window, the window's bars and pages are disabled
(no Tab reaches them), the open dialogs are hidden with what was typed in them, and no shortcut
reaches anything but the lock screen. The same person's PIN puts everything back as it was;
another person's PIN closes what was open (asking first if something was typed) and signs them in.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from studio_desk import services
from studio_desk.services import Actor, Change, ChangeKind, StudioSettings
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.setup.lock_screen import LockScreen

# What counts as someone at the desk: a key or a click (a mouse merely passing by does not).
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})
# Lock now. The window's action has these keys; while a dialog is open over the window, Qt
# gives the window's shortcuts nothing, so the watch over the whole app takes them there.
LOCK_KEYS = "Ctrl+Shift+L"
# What the lock screen lets through only to its own widgets.
GUARDED = frozenset({QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress})


class IdleLock(QObject):
    sig_locked = Signal()
    sig_unlocked = Signal()

    def __init__(self, desk: Desk, window: QMainWindow, *, interval_ms: int | None = None) -> None:
        """`interval_ms`: lock after this long instead of the studio's setting (for tests)."""
        super().__init__(window)
        self.desk = desk
        self.window = window
        self.screen: LockScreen | None = None
        self._fixed_ms = interval_ms
        self._enabled = False  # the setting says 0 (never), or is not read yet
        self._hidden: list[QWidget] = []
        self._disabled: list[QWidget] = []
        self._focus: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        desk.actor_changed.connect(lambda _actor: self._restart())
        desk.sig_changed.connect(self._settings_may_have_changed)

    @property
    def locked(self) -> bool:
        return self.screen is not None

    @property
    def waiting(self) -> bool:
        """Counting down to a lock (someone is signed in, the setting is not 0, not locked)."""
        return self._timer.isActive()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if self._fixed_ms is not None:
            self._use(self._fixed_ms)
        else:
            self._read_setting()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _read_setting(self) -> None:
        self.desk.read(services.get_settings, self._setting_read, lambda _message: None, owner=self)

    def _setting_read(self, settings: StudioSettings) -> None:
        self._use(settings.idle_lock_minutes * 60_000)

    def _settings_may_have_changed(self, change: Change) -> None:
        if self._fixed_ms is None and change.concerns(kinds=[ChangeKind.SETTINGS]):
            self._read_setting()

    def _use(self, milliseconds: int) -> None:
        self._enabled = milliseconds > 0
        if self._enabled:
            self._timer.setInterval(milliseconds)
        self._restart()

    def _restart(self) -> None:
        # Only a signed-in person's desk locks: with nobody signed in nothing can be done anyway.
        if self._enabled and not self.locked and self.desk.actor is not None:
            self._timer.start()
        else:
            self._timer.stop()

    # Watching the whole application -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if self.screen is not None:
            # Locked: keys and shortcuts reach the lock screen and nothing else (a window
            # shortcut such as Ctrl+N would otherwise still work behind it).
            if kind not in GUARDED:
                return False
            if isinstance(watched, QWidget):
                return not self._inside_lock(watched)
            # Not a widget: a key press arrives at the window (QWindow) first, which hands it on
            # to the focused widget, judged above; a shortcut goes to its action, which is behind.
            return kind == QEvent.Type.Shortcut
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and _is_lock_keys(event):
            self.lock()
            return True
        if kind in ACTIVITY and self._timer.isActive():
            self._timer.start()  # starts the wait again
        return False

    def _inside_lock(self, watched: QObject) -> bool:
        screen = self.screen
        return isinstance(watched, QWidget) and screen is not None and (
            watched is screen or screen.isAncestorOf(watched) or not self._in_desk(watched)
        )

    def _in_desk(self, widget: QWidget) -> bool:
        """Part of the main window or of what it opened (a message box from the lock screen is not)."""
        top = widget.window()
        return top is self.window or top in self._hidden

    # Locking and unlocking --------------------------------------------------------------------

    def lock(self) -> None:
        """Cover the window now (Lock now, or the idle time ran out)."""
        actor = self.desk.actor
        if self.locked or actor is None:
            return
        self._timer.stop()
        self._focus = QApplication.focusWidget()
        self._hidden = _open_dialogs(self.window)
        for dialog in self._hidden:
            dialog.hide()
        self._disabled = [
            widget for widget in (self.window.menuBar(), self.window.centralWidget(), self.window.statusBar(),
                                  *self.window.findChildren(QWidget, "desk-toolbar"))
            if widget is not None and widget.isEnabled()
        ]
        for widget in self._disabled:
            widget.setEnabled(False)
        self.screen = LockScreen(self.desk, self.window, actor)
        self.screen.sig_signed_in.connect(self._signed_in)
        self.screen.cover()
        self.sig_locked.emit()

    def _signed_in(self, actor: Actor) -> None:
        locked_for = self.screen.locked_for if self.screen is not None else None
        if locked_for is not None and actor.staff_id == locked_for.staff_id:
            self._uncover(restore=True)
            return
        typed = [d for d in self._hidden if isinstance(d, DeskDialog) and d.has_typed_input()]
        if typed:
            question = QCoreApplication.translate(
                "IdleLock", "{name} left typed work open. Close it without saving and sign in as {you}?"
            ).format(name=locked_for.name if locked_for else "", you=actor.name)
            if not self.desk.prompts.confirm(self.screen, question, default=False):
                return  # still locked: the right person can still carry on
        for dialog in reversed(self._hidden):  # the one opened last first
            if isinstance(dialog, QDialog):
                dialog.done(QDialog.DialogCode.Rejected)  # not reject(): that would ask again
            else:
                dialog.close()
        self._hidden = []
        self._focus = None
        self._uncover(restore=False)
        self.desk.set_actor(actor)

    def _uncover(self, *, restore: bool) -> None:
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.hide()
            screen.deleteLater()
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        if restore:
            for dialog in self._hidden:  # in the order they were opened: the last ends on top
                dialog.show()
            if self._hidden:
                self._hidden[-1].activateWindow()
            if self._focus is not None and shiboken6.isValid(self._focus):
                self._focus.setFocus()
        self._hidden, self._focus = [], None
        self._restart()
        self.sig_unlocked.emit()


def _is_lock_keys(event: QKeyEvent) -> bool:
    return QKeySequence(event.keyCombination()).matches(QKeySequence(LOCK_KEYS)) == (
        QKeySequence.SequenceMatch.ExactMatch
    )


def _open_dialogs(window: QWidget) -> list[QWidget]:
    """The windows open over the desk's main window, each after the one that opened it."""
    found = [
        widget for widget in QApplication.topLevelWidgets()
        if widget is not window and widget.isVisible() and _opened_from(widget, window)
    ]
    return sorted(found, key=_depth)


def _opened_from(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth
