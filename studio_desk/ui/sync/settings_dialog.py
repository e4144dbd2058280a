"""The web sync settings dialog: where the web platform is, how often to sync, the time zone
its dates and times are in, which coach and course is which on the web, the coaches' web
passwords, a "Sync now", and what needs a person.

Saving sends only what the person changed to `sync.configure_sync`, which decides whether it
is allowed and valid; its message is shown as it comes. Passwords go to the keyring through
`sync.save_password` once the settings are saved, and are never shown again. When the save
would send bookings the web has never heard of (a course just linked, sync just turned on),
the person sees them first (`sync.preview_catch_up`) and says whether to go on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import CoachView, CourseView, DomainError, sync
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import translated
from studio_desk.ui.sync.driver import SyncDriver
from studio_desk.ui.sync.link_tables import LinkTables
from studio_desk.ui.sync.problems_panel import SyncProblemsPanel

SETTINGS_TAB, PROBLEMS_TAB = range(2)
SAVED = "Saved."  # as the dialog shows it in English (translated where it is shown)
REPORT_STYLE = (
    "QLabel {{ background: {}; border: 1px solid {}; border-radius: 4px; padding: 6px 8px; color: {}; }}"
)
GOOD_COLOURS = ("#f3f8ef", "#c9dcbf", "#1d4d24")
# A round with problems reads like a pending booking: look at it, nothing is lost.
TROUBLED_COLOURS = ("#fff4cc", "#e6cf80", "#5c4400")
# How many bookings the question before saving lists; the rest are counted.
LISTED_BOOKINGS = 12


@dataclass(frozen=True)
class Loaded:
    config: sync.SyncConfig
    coaches: list[CoachView]
    courses: list[CourseView]


@dataclass(frozen=True)
class Changes:
    """configure_sync's arguments for what the person changed; None leaves a setting alone."""

    server: str | None
    login_path: str | None
    every_seconds: str | None
    enabled: bool | None
    web_zone: str | None
    coaches: dict[int, tuple[int, str] | None] | None
    courses: dict[int, int | None] | None


def load(db: services.Database) -> Loaded:
    return Loaded(sync.get_sync_config(db), services.list_coaches(db), services.list_courses(db))


def save_passwords(server: str, passwords: Mapping[str, str]) -> int:
    for username, password in passwords.items():
        sync.save_password(server, username, password)
    return len(passwords)


class SyncSettingsDialog(DeskDialog):
    """Opened from the status bar's sync indicator (or Ctrl+Shift+W)."""

    sig_booking_opened = Signal(int)

    def __init__(self, desk: Desk, driver: SyncDriver, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.driver = driver
        self.loaded: Loaded | None = None
        self.sent_notes: list[str] = []  # the last save's bookings sent to the web, as headings
        self.setWindowTitle(self.tr("Web sync"))
        self.resize(780, 640)
        self._build()
        driver.sig_round_started.connect(self._round_started)
        driver.sig_round_finished.connect(self._round_finished)
        driver.sig_round_failed.connect(self._round_failed)
        self.reload()

    # Building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._settings_page(), self.tr("&Settings"))
        self.problems = SyncProblemsPanel(self.desk, shown_by=self)
        self.problems.sig_count.connect(self._show_count)
        self.problems.sig_booking_opened.connect(self.sig_booking_opened)
        self.tabs.addTab(self.problems, self.tr("&Needs a person"))

        self.message = InlineError()
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.hide()
        self.sync_now_button = QPushButton(self.tr("S&ync now"))
        self.sync_now_button.setToolTip(
            self.tr("Send what waits and bring in the web's bookings, once, now.")
        )
        self.sync_now_button.clicked.connect(self.sync_now)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.clicked.connect(self.save)
        close = self.make_close_button()
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_now_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.report)
        layout.addLayout(buttons)
        self.set_main_button(self.save_button)
        self.set_first_field(self.server)

    def _settings_page(self) -> QWidget:
        page = QWidget()
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://studio.example.com")
        self.login_path = QLineEdit()
        self.every = QLineEdit()
        self.every.setMaximumWidth(80)
        every_row = QHBoxLayout()
        every_row.addWidget(self.every)
        every_row.addWidget(QLabel(self.tr("seconds")))
        every_row.addStretch()
        self.enabled = QCheckBox(self.tr("Sync with the &web platform"))
        # Editable: a zone is typed by its name as often as it is picked; the services judge it.
        self.web_zone = QComboBox()
        self.web_zone.setEditable(True)
        self.web_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.web_zone.addItems(sorted(available_timezones()))
        self.web_zone.setToolTip(
            self.tr("The time zone the web platform reads and writes its dates and times in.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Web platform &address"), self.server)
        form.addRow(self.tr("Login &path"), self.login_path)
        every_label = QLabel(self.tr("Sync &every"))
        every_label.setBuddy(self.every)
        form.addRow(every_label, every_row)
        form.addRow(self.tr("Web platform's time &zone"), self.web_zone)
        form.addRow("", self.enabled)

        self.links = LinkTables()
        password_note = QLabel(
            self.tr(
                "A password is kept in this computer's password store and never shown again; "
                "leave it empty to keep the one saved. Leave a coach's or course's web fields "
                "empty to unlink it."
            )
        )
        password_note.setWordWrap(True)
        password_note.setStyleSheet("color: #555;")

        self.settings_layout = layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(_section(self.tr("Coaches and their web accounts")))
        layout.addWidget(self.links.coaches, 1)
        layout.addWidget(password_note)
        layout.addWidget(_section(self.tr("Courses on the web")))
        layout.addWidget(self.links.courses, 1)
        return page

    # Loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.desk.read(load, self._show, self.message.show_message)
        self.problems.reload()

    def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        config = loaded.config
        self.server.setText(config.server)
        self.login_path.setText(config.login_path)
        self.every.setText(str(config.every_seconds))
        self.enabled.setChecked(config.enabled)
        self.web_zone.setCurrentText(config.web_zone)
        self.links.fill(loaded.coaches, loaded.courses, config)
        self._chain_tab_order()
        # The two tables share the page by how many rows each has, so neither scrolls for nothing.
        for table in (self.links.coaches, self.links.courses):
            self.settings_layout.setStretchFactor(table, table.rowCount() + 1)
        # As saved: what is typed from here on is what Escape asks about.
        self.watch_input(self.server, self.login_path, self.every, self.enabled, self.web_zone)

    def _chain_tab_order(self) -> None:
        """The cells' line edits are made after the rest of the dialog, so Qt would put them
        after Close. Tab goes from the check box through each coach's fields and each course's,
        then on to the buttons."""
        chain: list[QWidget] = [self.enabled, *self.links.editors(), self.sync_now_button]
        for first, then in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, then)

    def _show_count(self, count: int) -> None:
        if count:
            text = self.tr("&Needs a person ({count})").format(count=count)
        else:
            text = self.tr("&Needs a person")
        self.tabs.setTabText(PROBLEMS_TAB, text)

    # Saving --------------------------------------------------------------------------------

    def save(self) -> None:
        """What Save does (tests call it as a person clicks)."""
        loaded = self.loaded
        if loaded is None:
            return
        self.message.clear_message()
        try:
            changes = self._changes(loaded)
        except DomainError as error:
            self.message.show_message(translated(error))
            return
        passwords = self.links.passwords()
        self.save_button.setEnabled(False)
        actor = self.desk.actor
        self.desk.read(
            lambda db: sync.preview_catch_up(
                db, actor, server=changes.server, enabled=changes.enabled, courses=changes.courses
            ),
            lambda catch_up: self._save_if_agreed(changes, passwords, catch_up),
            self._save_failed,
            owner=self,
        )

    def _save_if_agreed(self, changes: Changes, passwords: dict[str, str], catch_up: sync.WebCatchUp) -> None:
        """Save, once the person agrees to the bookings the save sends to the web (if any)."""
        if catch_up.to_send and not self.desk.prompts.confirm(self, self._catch_up_question(catch_up)):
            self.save_button.setEnabled(True)
            self._show_report([self.tr("Nothing was saved.")])
            return
        self._configure(changes, passwords)

    def _catch_up_question(self, catch_up: sync.WebCatchUp) -> str:
        lines: list[str] = []
        listed = 0
        for heading, bookings in catch_up.groups():
            lines.append(("\n" if lines else "") + translated(heading))
            for booking in bookings:
                listed += 1
                if listed <= LISTED_BOOKINGS:
                    lines.append(f"• {translated(booking)}")
        if listed > LISTED_BOOKINGS:
            lines.append(self.tr("… and {count} more").format(count=listed - LISTED_BOOKINGS))
        return self.tr("{bookings}\n\nSave the settings and send these bookings?").format(
            bookings="\n".join(lines)
        )

    def _configure(self, changes: Changes, passwords: dict[str, str]) -> None:
        def saved(config: sync.ConfiguredSync) -> None:
            self.driver.apply_config(config)
            # What went to the outbox with the save, said once more where the person looks.
            self.sent_notes = [translated(heading) for heading, _ in config.catch_up.groups()]
            if passwords:
                self._save_passwords(config, passwords)
            else:
                self._saved()

        self.desk.act(
            lambda db, actor: sync.configure_sync(
                db, actor, server=changes.server, login_path=changes.login_path,
                every_seconds=changes.every_seconds, enabled=changes.enabled,
                web_zone=changes.web_zone, coaches=changes.coaches, courses=changes.courses,
            ),
            saved,
            self._save_failed,
        )

    def _changes(self, loaded: Loaded) -> Changes:
        """What differs from what was loaded; None where nothing did."""
        config = loaded.config

        def changed(editor: QLineEdit, was: str) -> str | None:
            return None if editor.text().strip() == was else editor.text()

        coaches = self.links.coach_changes(config)
        courses = self.links.course_changes()
        return Changes(
            server=changed(self.server, config.server),
            login_path=changed(self.login_path, config.login_path),
            every_seconds=changed(self.every, str(config.every_seconds)),
            enabled=None if self.enabled.isChecked() == config.enabled else self.enabled.isChecked(),
            web_zone=None if self.web_zone.currentText().strip() == config.web_zone
            else self.web_zone.currentText(),
            coaches=coaches or None,
            courses=courses or None,
        )

    def _save_passwords(self, config: sync.SyncConfig, passwords: dict[str, str]) -> None:
        linked = {link.username for link in config.coaches}
        unlinked = sorted(name or self.tr("(no username)") for name in passwords if name not in linked)
        if unlinked:
            self._passwords_failed(
                self.tr(
                    "The settings are saved, but a password needs the coach's web id and username: "
                    "nothing was kept for {names}."
                ).format(names=", ".join(unlinked))
            )
            return
        server = config.server
        self.desk.read(
            lambda _db: save_passwords(server, passwords), lambda _n: self._saved(), self._passwords_failed
        )

    def _saved(self) -> None:
        self.save_button.setEnabled(True)
        self.links.clear_passwords()
        self.reload()
        self._show_report([self.tr("Saved."), *self.sent_notes])

    def _passwords_failed(self, message: str) -> None:
        # The settings themselves are saved: show them as saved, with the passwords still typed.
        self.reload()
        self._save_failed(message)

    def _save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.report.hide()
        self.message.show_message(message)

    # Sync now ------------------------------------------------------------------------------

    def sync_now(self) -> None:
        self.message.clear_message()
        if not self.driver.sync_now():
            self._show_report([self.tr("A sync round is running; its report will show here.")])

    def _round_started(self) -> None:
        self.sync_now_button.setEnabled(False)
        self._show_report([self.tr("Syncing with the web platform…")])

    def _round_finished(self, report: sync.SyncReport) -> None:
        self.sync_now_button.setEnabled(True)
        self._show_report([translated(sentence) for sentence in report.sentences()], good=report.ok)
        self.problems.reload()

    def _round_failed(self, message: str) -> None:
        self.sync_now_button.setEnabled(True)
        self.report.hide()
        self.message.show_message(message)

    def _show_report(self, lines: list[str], *, good: bool = True) -> None:
        self.report.setStyleSheet(REPORT_STYLE.format(*(GOOD_COLOURS if good else TROUBLED_COLOURS)))
        self.report.setText("\n".join(lines))
        self.report.show()


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    return label
