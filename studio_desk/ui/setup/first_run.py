"""The first start on an empty database: try the demo studio, or set up the real one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Actor, DemoSummary, NewStudio
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError


class FirstRunDialog(DeskDialog):
    """Ends accepted once the database has a studio in it; `demo_pins` is set after the demo."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.demo_pins: dict[str, str] = {}
        self.setWindowTitle(self.tr("Welcome to Studio Desk"))
        self.setMinimumWidth(480)
        self.pages = QStackedWidget()
        self.choice_page, self.setup_page = self._choice_page(), self._setup_page()
        self.pages.addWidget(self.choice_page)
        self.pages.addWidget(self.setup_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.watch_input(
            self.admin_name, self.admin_pin, self.coach_name, self.coach_pin, self.course_title,
            self.duration, self.price, self.hours_from, self.hours_to,
        )
        self.show_page(0)

    def show_page(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; size the dialog to the page shown.
        for number, page in enumerate((self.choice_page, self.setup_page)):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        # Enter chooses the set-up on the welcome page and starts the studio on the form.
        self.set_main_button(self.setup_button if index == 0 else self.start_button)
        first = self.setup_button if index == 0 else self.admin_name
        self.set_first_field(first)
        first.setFocus()
        self.adjustSize()

    def _choice_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Welcome to Studio Desk"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "This database is empty. Try the desk with a demo studio (coaches, courses and a few "
                "weeks of bookings), or set up your own studio: you, one coach, one course and the "
                "coach's hours. You can add more later."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Try the &demo studio"))
        self.setup_button = QPushButton(self.tr("&Set up my studio…"))
        self.demo_button.clicked.connect(self.load_demo)
        self.setup_button.clicked.connect(lambda: self.show_page(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.setup_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        return page

    def _setup_page(self) -> QWidget:
        page = QWidget()
        self.admin_name = QLineEdit()
        self.admin_pin = _pin_field()
        self.coach_name = QLineEdit()
        self.coach_pin = _pin_field()
        self.course_title = QLineEdit()
        self.course_title.setPlaceholderText(self.tr("for example Yoga Pemula"))
        self.duration = QLineEdit("60")
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("for example 150.000"))
        self.hours_from = QTimeEdit()
        self.hours_from.setDisplayFormat("HH:mm")
        self.hours_from.setTime(self.hours_from.time().fromString("08:00", "HH:mm"))
        self.hours_to = QTimeEdit()
        self.hours_to.setDisplayFormat("HH:mm")
        self.hours_to.setTime(self.hours_to.time().fromString("17:00", "HH:mm"))
        hours = QHBoxLayout()
        hours.addWidget(self.hours_from)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(self.hours_to)
        hours.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Your &name (owner)"), self.admin_name)
        form.addRow(self.tr("Your &PIN"), self.admin_pin)
        form.addRow(self.tr("&Coach's name"), self.coach_name)
        form.addRow(self.tr("Coach's P&IN"), self.coach_pin)
        form.addRow(self.tr("C&ourse"), self.course_title)
        form.addRow(self.tr("Session length (&minutes)"), self.duration)
        form.addRow(self.tr("P&rice"), self.price)
        form.addRow(self.tr("Coach's hours, every day"), hours)
        note = QLabel(self.tr("The hours repeat every week. Change them, add time off or holidays later "
                              "under Settings, Hours."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.error = InlineError()
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self.show_page(0))
        self.start_button = QPushButton(self.tr("S&tart"))
        self.start_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch()
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        return page

    def load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.desk.read(services.load_demo, self._demo_loaded, self._demo_failed)

    def _demo_loaded(self, summary: DemoSummary) -> None:
        self.demo_pins = dict(summary.pins)
        self.accept()

    def _demo_failed(self, message: str) -> None:
        self.demo_button.setEnabled(True)
        self.desk.prompts.error(self, message)

    def start(self) -> None:
        new = NewStudio(
            admin_name=self.admin_name.text(), admin_pin=self.admin_pin.text(),
            coach_name=self.coach_name.text(), coach_pin=self.coach_pin.text(),
            course_title=self.course_title.text(), duration_minutes=self.duration.text(),
            price=self.price.text(), hours_from=self.hours_from.time().toString("HH:mm"),
            hours_to=self.hours_to.time().toString("HH:mm"),
        )
        self.start_button.setEnabled(False)
        self.desk.read(lambda db: services.start_studio(db, new), self._started, self._refused)

    def _started(self, admin: Actor) -> None:
        self.desk.set_actor(admin)
        self.accept()

    def _refused(self, message: str) -> None:
        self.start_button.setEnabled(True)
        self.error.show_message(message)


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setPlaceholderText(QCoreApplication.translate("first_run", "4 to 8 digits"))
    field.setAlignment(Qt.AlignmentFlag.AlignLeft)
    return field
