"""Finding who a booking (or a place in a class) is for: type part of a name or a phone number
and pick one of the matches, or tick "New client" and type a new client's name and phone.

Made for the keyboard: Down and Enter in the search pick from the matches, Enter alone picks the
first; with no match, Enter is left to the dialog. New booking and the class roster's walk-in
share it, so a client is found the same way everywhere.

Its words keep the context "NewBookingDialog", where they were first written and translated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from studio_desk import services
from studio_desk.services import ClientView, NewClient
from studio_desk.ui.bookings.owed_fees import OwedFeesNote
from studio_desk.ui.kit.desk import Desk

SEARCH_DELAY_MS = 200  # long enough not to query on every key, short enough to feel instant
def client_label(client: ClientView, phone: Callable[[str | None], str]) -> str:
    """"Budi Santoso — 0813-2222-1111", the phone shown as `phone` (the desk's) writes it."""
    return f"{client.name} — {phone(client.phone)}" if client.phone else client.name


def _is_enter(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _key(event: QEvent) -> int | None:
    return event.key() if isinstance(event, QKeyEvent) else None


class ClientFinder(QWidget):
    """The client: one found (`client`) or a new one typed (`adding`). The dialog around it
    says what happens next: `sig_picked` when a client is chosen from the matches,
    `sig_choice_changed` whenever who it is for changes."""

    sig_picked = Signal(object)  # ClientView
    sig_choice_changed = Signal()
    sig_read_failed = Signal(str)  # the search could not be read: the message to show

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client: ClientView | None = None
        # Answers to older searches are dropped: only the newest counts.
        self._search_generation = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_clients_now)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("NewBookingDialog", "Type part of the name or the phone number")
        )
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setFixedHeight(96)
        self.search_hint = QLabel()
        self.search_hint.setStyleSheet("color: #555555;")
        # Always there, empty or not, so the dialog does not jump while the person types.
        self.search_hint.setMinimumHeight(self.search_hint.fontMetrics().height())
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.new_client = QCheckBox(
            QCoreApplication.translate("NewBookingDialog", "&New client (not in the list)")
        )
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(QCoreApplication.translate("NewBookingDialog", "Required"))
        self.new_phone = QLineEdit()
        self.new_phone.setPlaceholderText(
            QCoreApplication.translate("NewBookingDialog", "Optional, like 0812 3456 7890")
        )
        self.new_client_form = QWidget()
        new_form = QFormLayout(self.new_client_form)
        new_form.setContentsMargins(24, 0, 0, 0)
        new_form.addRow(QCoreApplication.translate("NewBookingDialog", "Na&me:"), self.new_name)
        new_form.addRow(QCoreApplication.translate("NewBookingDialog", "P&hone:"), self.new_phone)
        self.new_client_form.hide()
        self.owed_fees = OwedFeesNote(desk)  # shown when the chosen client owes fees

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("NewBookingDialog", "&Find client:"), self.search)
        form.addRow("", self.results)
        form.addRow("", self.search_hint)
        form.addRow("", self.new_client)
        form.addRow(self.new_client_form)
        form.addRow(QCoreApplication.translate("NewBookingDialog", "Chosen:"), self.chosen)
        form.addRow("", self.owed_fees)

        self.search.textChanged.connect(self._search_text_changed)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(self._pick_item)
        self.results.itemClicked.connect(self._pick_item)
        self.new_client.toggled.connect(self._new_client_toggled)
        self.new_name.textChanged.connect(self._show_chosen)
        self._show_chosen()

    def fields(self) -> tuple[QWidget, ...]:
        """What a person fills in here, in Tab order (for the dialog's tab chain and watch)."""
        return (self.search, self.results, self.new_client, self.new_name, self.new_phone)

    def input_fields(self) -> tuple[QWidget, ...]:
        """The fields whose typed contents Escape must not throw away without asking."""
        return (self.search, self.new_client, self.new_name, self.new_phone)

    # Who it is for ---------------------------------------------------------------------------

    @property
    def adding(self) -> bool:
        """A new client is being typed in, not one found."""
        return self.new_client.isChecked()

    def chosen_client_id(self) -> int | None:
        """The client found and picked; None while adding a new one or when nobody is chosen."""
        return None if self.adding or self.client is None else self.client.id

    def new_client_typed(self) -> NewClient | None:
        """The new client as typed (the services judge the name and phone), while adding one."""
        if not self.adding:
            return None
        return services.NewClient(self.new_name.text(), self.new_phone.text().strip() or None)

    def has_choice(self) -> bool:
        return self.adding or self.client is not None

    def who(self) -> str:
        """The chosen client's name, or the new one's as typed ("" for nobody)."""
        if self.adding:
            return self.new_name.text().strip()
        return "" if self.client is None else self.client.name

    # Searching -------------------------------------------------------------------------------

    def _search_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts: one query once the typing pauses

    def search_clients_now(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not text:
            self._show_results(generation, text, [])
            return
        self.desk.read(
            lambda db: services.find_clients(db, text),
            lambda found: self._show_results(generation, text, found),
            self.sig_read_failed.emit,
            owner=self,
        )

    def _show_results(self, generation: int, text: str, found: list[ClientView]) -> None:
        if generation != self._search_generation:
            return  # the person typed on since this search
        self.results.clear()
        for client in found:
            item = QListWidgetItem(client_label(client, self.desk.phone))
            item.setData(Qt.ItemDataRole.UserRole, client)
            self.results.addItem(item)
        if text and not found:
            hint = QCoreApplication.translate(
                "NewBookingDialog", "No client matches “{text}”. Tick “New client” (Alt+N) to add them."
            )
            self.search_hint.setText(hint.format(text=text))
        elif found:
            self.search_hint.setText(QCoreApplication.translate(
                "NewBookingDialog", "Down and Enter pick a client; Enter alone picks the first."
            ))
        else:
            self.search_hint.setText("")

    def found_clients(self) -> list[ClientView]:
        """The clients the result list shows now, top to bottom."""
        return [self.results.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.results.count())]

    def _pick_item(self, item: QListWidgetItem) -> None:
        client = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(client, ClientView):
            self.pick_client(client)

    def pick_client(self, client: ClientView) -> None:
        """`client` is the one it is for; the dialog moves focus on (`sig_picked`)."""
        self.client = client
        self.new_client.setChecked(False)
        self._show_chosen()
        self.owed_fees.ask(client.id)
        self.sig_choice_changed.emit()
        self.sig_picked.emit(client)

    def _new_client_toggled(self, on: bool) -> None:
        self.new_client_form.setVisible(on)
        if on:
            typed = self.search.text().strip()
            if typed and not self.new_name.text() and not any(ch.isdigit() for ch in typed):
                self.new_name.setText(typed)
            self.new_name.setFocus()
        self._show_chosen()
        self.owed_fees.ask(None if on or self.client is None else self.client.id)
        self.sig_choice_changed.emit()

    def _show_chosen(self) -> None:
        if self.new_client.isChecked():
            name = self.new_name.text().strip()
            if name:
                text = QCoreApplication.translate("NewBookingDialog", "New client: {name}").format(name=name)
            else:
                text = QCoreApplication.translate("NewBookingDialog", "New client (type their name)")
        elif self.client is not None:
            text = client_label(self.client, self.desk.phone)
        else:
            text = QCoreApplication.translate("NewBookingDialog", "Nobody yet")
        self.chosen.setText(text)
        weight = "600" if self.client or self.new_client.isChecked() else "400"
        self.chosen.setStyleSheet(f"font-weight: {weight};")

    # Keys ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Down and Enter in the search and the result list choose a client; Enter there must
        not press the dialog's default button."""
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if watched is self.search:
            if _key(event) == Qt.Key.Key_Down:
                self._focus_results()
                return True
            if _is_enter(event):
                # With clients found, Enter picks the first; with none, it is the dialog's Enter.
                return self._pick_first_result()
        elif watched is self.results:
            if _is_enter(event):
                current = self.results.currentItem()
                if current is not None:
                    self._pick_item(current)
                return True
            if _key(event) == Qt.Key.Key_Up and self.results.currentRow() <= 0:
                self.search.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _search_if_pending(self) -> None:
        if self._search_timer.isActive():
            self.search_clients_now()

    def _focus_results(self) -> None:
        self._search_if_pending()
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _pick_first_result(self) -> bool:
        self._search_if_pending()
        if not self.results.count():
            return False
        self._pick_item(self.results.item(0))
        return True
