"""The Coaches screen (admins): add and rename coaches, pick their calendar colour, link them to
the web platform, deactivate (after listing their future bookings, which stay valid) and
reactivate them. The services decide what is allowed and valid; their message is shown as it comes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from studio_desk import services
from studio_desk.services import COACH_COLOURS, BookingView, Change, ChangeKind, CoachView
from studio_desk.ui.catalog.list_editor import lay_out_list_and_editor
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView

CATALOG_CHANGED = Change.of_kinds(ChangeKind.CATALOG)
# At most this many of a coach's future bookings are named before deactivating; the rest counted.
LISTED_BOOKINGS = 8


def catalog_concerns(change: Change) -> bool:
    """Whether a change may touch what the catalogue screens show: coaches and courses."""
    return change.concerns(kinds=[ChangeKind.CATALOG])


def colour_swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CoachesDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Coaches"))
        self.coaches: list[CoachView] = []
        self.editing: CoachView | None = None  # None: the form adds a new coach

        self.coach_list = QListWidget()
        self.coach_list.setMinimumWidth(200)
        list_label = QLabel(self.tr("Coac&hes"))
        list_label.setBuddy(self.coach_list)

        self.name_edit = QLineEdit()
        self.colour_box = QComboBox()
        self.colour_box.addItem(self.tr("Chosen by the calendar"), None)
        for colour, name in zip(COACH_COLOURS, self.colour_names(), strict=True):
            self.colour_box.addItem(colour_swatch(colour), name, colour)
        self.remote_edit = QLineEdit()
        self.remote_edit.setPlaceholderText(self.tr("empty: not on the web"))
        self.username_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Colour in the calendar"), self.colour_box)
        form.addRow(self.tr("&Web coach number"), self.remote_edit)
        form.addRow(self.tr("Web &username"), self.username_edit)
        self.state_label = QLabel()
        self.note = InlineError()
        self.name_field("the coach's name", self.name_edit)

        self.save_button = QPushButton(self.tr("&Save"))
        self.new_button = QPushButton(self.tr("N&ew coach"))
        self.active_button = QPushButton(self.tr("&Deactivate…"))
        close = self.make_close_button()
        lay_out_list_and_editor(
            self, (list_label, self.coach_list), form, (self.state_label, self.note),
            (self.save_button, self.new_button, self.active_button), close,
        )

        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.active_button.clicked.connect(self.toggle_active)
        self.coach_list.currentRowChanged.connect(self.show_coach)
        self.set_main_button(self.save_button)
        self.set_first_field(self.name_edit)
        self.start_new()
        self.live = LiveView(self, desk, self.reload, catalog_concerns)

    def colour_names(self) -> list[str]:
        """The names of COACH_COLOURS, in their order."""
        return [
            self.tr("Blue"), self.tr("Green"), self.tr("Amber"), self.tr("Pink"),
            self.tr("Lavender"), self.tr("Teal"), self.tr("Apricot"), self.tr("Grey"),
        ]

    # Reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.live.read(lambda db: services.list_coaches(db, include_inactive=True), self.show_coaches)

    def show_coaches(self, coaches: list[CoachView]) -> None:
        self.coaches = coaches
        keep = self.editing.id if self.editing else None
        self.coach_list.blockSignals(True)
        self.coach_list.clear()
        for coach in coaches:
            text = coach.name if coach.active else self.tr("{name} (inactive)").format(name=coach.name)
            item = QListWidgetItem(text)
            if coach.colour:
                item.setIcon(colour_swatch(coach.colour))
            self.coach_list.addItem(item)
        self.coach_list.blockSignals(False)
        rows = [index for index, coach in enumerate(coaches) if coach.id == keep]
        if rows:
            self.coach_list.setCurrentRow(rows[0])
        elif keep is not None:
            self.start_new()

    def show_coach(self, row: int) -> None:
        if not 0 <= row < len(self.coaches):
            return
        coach = self.coaches[row]
        self.editing = coach
        self.name_edit.setText(coach.name)
        self.colour_box.setCurrentIndex(max(0, self.colour_box.findData(coach.colour)))
        self.remote_edit.setText("" if coach.remote_id is None else str(coach.remote_id))
        self.username_edit.setText(coach.web_username or "")
        self.show_state()

    def start_new(self) -> None:
        self.editing = None
        self.coach_list.clearSelection()
        for field in (self.name_edit, self.remote_edit, self.username_edit):
            field.clear()
        self.colour_box.setCurrentIndex(0)
        self.show_state()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_state(self) -> None:
        coach = self.editing
        self.note.hide()
        self.active_button.setEnabled(coach is not None)
        if coach is None:
            self.state_label.setText(self.tr("A new coach. Save adds them."))
        elif coach.active:
            self.state_label.setText(self.tr("Takes bookings."))
        else:
            self.state_label.setText(self.tr("Inactive: takes no new bookings."))
        deactivate = coach is None or coach.active
        self.active_button.setText(self.tr("&Deactivate…") if deactivate else self.tr("&Reactivate"))
        self.watch_input(self.name_edit, self.colour_box, self.remote_edit, self.username_edit)

    # Changing ----------------------------------------------------------------------------------

    def save(self) -> None:
        name, colour = self.name_edit.text(), self.colour_box.currentData()
        remote, username = self.remote_edit.text(), self.username_edit.text()
        coach = self.editing
        if coach is None:
            self.desk.act(
                lambda db, actor: services.create_coach(
                    db, actor, name=name, colour=colour, remote_id=remote.strip() or None,
                    web_username=username,
                ),
                self.saved, self.refused, change=CATALOG_CHANGED, owner=self,
            )
        else:
            self.desk.act(
                lambda db, actor: services.update_coach(
                    db, actor, coach.id, name=name, colour=colour, remote_id=remote, web_username=username
                ),
                self.saved, self.refused, change=CATALOG_CHANGED, owner=self,
            )

    def saved(self, coach: CoachView) -> None:
        self.editing = coach
        self.forget_input()
        self.live.refresh()

    def refused(self, message: str) -> None:
        self.show_problem(self.note, message)

    def toggle_active(self) -> None:
        coach = self.editing
        if coach is None:
            return
        if not coach.active:
            self.set_active(coach, True)
            return
        self.desk.read(
            lambda db: services.coach_future_bookings(db, coach.id),
            lambda bookings: self.ask_to_deactivate(coach, bookings),
            self.refused,
            owner=self,
        )

    def ask_to_deactivate(self, coach: CoachView, bookings: tuple[BookingView, ...]) -> None:
        if bookings:
            lines = [
                f"• {formats.date_time(b.start_at)}  {b.course_title}, {b.client_name}"
                for b in bookings[:LISTED_BOOKINGS]
            ]
            if len(bookings) > LISTED_BOOKINGS:
                lines.append(self.tr("… and {count} more").format(count=len(bookings) - LISTED_BOOKINGS))
            question = self.tr(
                "{name} still has these bookings. They stay valid: deactivating only stops new "
                "bookings.\n\n{bookings}\n\nDeactivate {name}?"
            ).format(name=coach.name, bookings="\n".join(lines))
        else:
            question = self.tr(
                "Deactivate {name}? They will take no new bookings; they can be reactivated later."
            ).format(name=coach.name)
        if self.desk.prompts.confirm(self, question, default=False):
            self.set_active(coach, False)

    def set_active(self, coach: CoachView, active: bool) -> None:
        self.desk.act(
            lambda db, actor: services.set_coach_active(db, actor, coach.id, active=active),
            self.saved, self.refused, change=CATALOG_CHANGED, owner=self,
        )
