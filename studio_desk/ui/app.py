"""Starting the desk: the QApplication, the first run on an empty database, the main window."""

from __future__ import annotations

import contextlib
import logging
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog

from studio_desk import services
from studio_desk.desk_log import start_log
from studio_desk.platform_check import refuse_unloadable_platform
from studio_desk.services import Database, Sentence
from studio_desk.ui.kit.app_icon import application_icon
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.language import chosen_language, install_language
from studio_desk.ui.kit.live_refresh import LiveRefresh
from studio_desk.ui.kit.messages import translated
from studio_desk.ui.kit.prompts import Prompts
from studio_desk.ui.kit.shown_probe import quit_when_shown, report_when_shown
from studio_desk.ui.main_window import MainWindow
from studio_desk.ui.setup.first_run import FirstRunDialog

APP_NAME = "Studio Desk"


def desk_settings() -> QSettings:
    """Window size and place, last screen and last person: per user, in the system's place."""
    return QSettings(APP_NAME, APP_NAME)


def _application() -> QCoreApplication:
    """The desk's QApplication, speaking the language chosen on this PC, with the desk's icon
    on every window (the main window, its dialogs, and the window that says why it cannot start).
    Without the system libraries of Qt's X11 plugin Qt would abort; the desk says in its log and
    on the terminal which are missing, and stops."""
    app = QApplication.instance()
    if app is None:
        with contextlib.suppress(OSError):  # no log folder this user may write to: no log, then
            start_log()
        refuse_unloadable_platform(logging.getLogger(__name__))
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    if isinstance(app, QApplication):
        app.setWindowIcon(application_icon())
    install_language(chosen_language(desk_settings()))
    return app


def explain_unopened_database(reason: str | Sentence, prompts: Prompts | None = None) -> None:
    """Say in a window why the desk cannot start: started from a shortcut, a person sees no
    terminal, and a desk that silently does not open looks broken. A reason in a Sentence (a bad
    address, a read-only file, a newer schema) is said in the desk's language."""
    _application()
    if isinstance(reason, Sentence):
        reason = translated(reason)
    text = QCoreApplication.translate(
        "app",
        "The desk cannot open its database, so it cannot start.\n\n{reason}\n\nIf the database is "
        "on a server, check that the server is on and this PC is on the studio's network, then "
        "start the desk again.",
    ).format(reason=reason)
    (prompts or Prompts()).error(None, text)


def run_desk(db: Database) -> int:
    app = _application()  # starts the log
    desk = Desk(db)
    if services.is_empty(db):
        welcome = FirstRunDialog(desk)
        if welcome.exec() == QDialog.DialogCode.Accepted and welcome.demo_pins:
            pins = ", ".join(f"{name} {pin}" for name, pin in welcome.demo_pins.items())
            ready = QCoreApplication.translate("app", "The demo studio is ready. Sign in with a PIN: {pins}.")
            desk.prompts.info(None, ready.format(pins=pins))
    window = MainWindow(desk, desk_settings())
    live = LiveRefresh(desk)
    live.start()
    window.show()
    if quit_when_shown():  # the start-up benchmark's desk
        code = report_when_shown(app, window)
    else:
        if desk.actor is None:
            window.sign_in()
        code = app.exec()
    live.stop()
    desk.tasks.wait_for_done()
    desk.network_tasks.wait_for_done()
    return code
