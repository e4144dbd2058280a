"""The Clients screen: find a client by name or phone, correct their details, and see every
booking and payment of theirs, their packs (refunded here by the front desk, frozen and adjusted
by an admin) and the fees they owe (collected here by the front desk, waived by an admin); an
admin also merges duplicates and imports a list from here.

What may be done is the services' decision (`is_desk`, `is_admin`); the screen only shows the
buttons of what the signed-in person may do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Change, ChangeKind, ClientHistory, ClientView, FeeView, PackView
from studio_desk.ui.clients.history import booking_line, payment_line
from studio_desk.ui.clients.import_dialog import ImportClientsDialog
from studio_desk.ui.clients.merge_dialog import MergeClientsDialog
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.packs.adjust_dialog import AdjustDialog
from studio_desk.ui.packs.client_packs_panel import ClientPacksPanel
from studio_desk.ui.packs.collect_fee_dialog import CollectFeeDialog
from studio_desk.ui.packs.fees_panel import FeesPanel
from studio_desk.ui.packs.freeze_dialog import FreezeDialog
from studio_desk.ui.packs.refund_dialog import RefundDialog
from studio_desk.ui.packs.sell_pack_dialog import SellPackDialog
from studio_desk.ui.packs.waive_fee_dialog import WaiveFeeDialog

# PACKS: packs sold, their credits and the fees (collected, waived) are shown here too.
CLIENT_KINDS = frozenset({ChangeKind.CLIENTS, ChangeKind.BOOKINGS, ChangeKind.PAYMENTS, ChangeKind.PACKS})


def labelled(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ClientsDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Clients"))
        self.resize(1200, 620)
        self.client: ClientView | None = None
        self.history: ClientHistory | None = None
        self.side_dialog: DeskDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Part of the name, or the start of the phone number"))
        self.search.setClearButtonEnabled(True)
        self.clients = QListWidget()
        self.merge = QPushButton(self.tr("&Merge a duplicate into this client…"))
        self.import_list = QPushButton(self.tr("&Import from a CSV file…"))
        self.sell_pack = QPushButton(self.tr("Sell a pac&k to this client…"))
        left = QVBoxLayout()
        left.addWidget(labelled(self.tr("&Find:"), self.search))
        left.addWidget(self.search)
        left.addWidget(labelled(self.tr("&Clients:"), self.clients))
        left.addWidget(self.clients, 1)
        left.addWidget(self.sell_pack)
        left.addWidget(self.merge)
        left.addWidget(self.import_list)

        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Like 0812 3456 7890"))
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        # The language the desk writes to the client in (a place freed on a class's waitlist).
        self.language = QComboBox()
        self.language.addItem(self.tr("The studio's"), None)
        self.language.addItem(self.tr("Bahasa Indonesia"), "id")
        self.language.addItem(self.tr("English"), "en")
        self.save = QPushButton(self.tr("&Save"))
        self.message = InlineError()
        self.saved = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow(self.tr("Lan&guage of messages:"), self.language)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bookings = QListWidget()
        self.payments = QListWidget()
        close = self.make_close_button()
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.save)
        buttons.addWidget(close)
        middle = QVBoxLayout()
        middle.addLayout(form)
        middle.addWidget(self.message)
        middle.addLayout(buttons)
        middle.addWidget(self.summary)
        middle.addWidget(labelled(self.tr("&Bookings:"), self.bookings))
        middle.addWidget(self.bookings, 2)
        middle.addWidget(labelled(self.tr("&Payments:"), self.payments))
        middle.addWidget(self.payments, 1)
        self.packs = ClientPacksPanel(desk)
        self.fees = FeesPanel(desk)
        right = QVBoxLayout()
        right.addWidget(self.packs, 1)
        right.addWidget(self.fees, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(middle, 4)
        layout.addLayout(right, 3)

        self.set_main_button(self.save)
        self.set_first_field(self.search)
        self.name_field("the client's name", self.name)
        self.name_field("the email address", self.email)
        self.name_field("the notes", self.notes)
        self.watch_input(self.name, self.phone, self.email, self.notes, self.language)
        self.live = LiveView(self, desk, self._load, lambda change: change.concerns(kinds=CLIENT_KINDS))
        self.search.textChanged.connect(lambda _text: self.live.refresh())
        self.clients.currentItemChanged.connect(lambda _now, _before: self._choose())
        self.save.clicked.connect(self._save)
        self.merge.clicked.connect(self._open_merge)
        self.import_list.clicked.connect(self._open_import)
        self.sell_pack.clicked.connect(self._open_sell_pack)
        self.packs.freeze_asked.connect(self._open_freeze)
        self.packs.adjust_asked.connect(self._open_adjust)
        self.packs.refund_asked.connect(self._open_refund)
        self.fees.collect_asked.connect(self._open_collect_fee)
        self.fees.waive_asked.connect(self._open_waive_fee)
        desk.actor_changed.connect(lambda _actor: self._show_allowed())
        self._show_allowed()
        self._fill(None)

    # What the signed-in person may do ----------------------------------------------------------

    def _show_allowed(self) -> None:
        admin = services.is_admin(self.desk.actor)
        self.merge.setVisible(admin)
        self.import_list.setVisible(admin)
        editable = services.is_desk(self.desk.actor)
        for field in (self.name, self.phone, self.email):
            field.setReadOnly(not editable)
        self.notes.setReadOnly(not editable)
        self.language.setEnabled(editable and self.client is not None)
        self.save.setVisible(editable)
        self.sell_pack.setVisible(editable)  # the front desk takes money; a coach does not

    # Reading ---------------------------------------------------------------------------------

    def _load(self) -> None:
        typed = self.search.text()
        self.live.read(lambda db: services.list_clients(db, typed), self._show_clients)

    def _show_clients(self, found: list[ClientView]) -> None:
        chosen = self.client.id if self.client is not None else None
        self.clients.blockSignals(True)
        self.clients.clear()
        for client in found:
            phone = self.desk.phone(client.phone)
            item = QListWidgetItem(f"{client.name} — {phone}" if phone else client.name)
            item.setData(Qt.ItemDataRole.UserRole, client)
            self.clients.addItem(item)
        row = next((n for n, client in enumerate(found) if client.id == chosen), 0 if found else -1)
        self.clients.setCurrentRow(row)
        self.clients.blockSignals(False)
        self._choose()

    def _choose(self) -> None:
        item = self.clients.currentItem()
        client: ClientView | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if client is None:
            self._fill(None)
            return
        if self.client is None or client.id != self.client.id or not self.has_typed_input():
            self._fill(client)  # a refresh never throws away what is being typed about this client
        client_id = client.id
        self.desk.read(lambda db: services.client_history(db, client_id), self._show_history, owner=self)
        self.packs.show_client(client_id)
        self.fees.show_client(client_id)

    def _fill(self, client: ClientView | None) -> None:
        self.client = client
        self.name.setText(client.name if client else "")
        self.phone.setText(self.desk.phone(client.phone) if client else "")
        self.email.setText(client.email or "" if client else "")
        self.notes.setPlainText(client.notes or "" if client else "")
        self.language.setCurrentIndex(max(0, self.language.findData(client.language if client else None)))
        for widget in (self.name, self.phone, self.email, self.notes, self.language, self.save, self.merge):
            widget.setEnabled(client is not None)
        self.forget_input()
        self.message.hide()
        self.saved.clear()
        if client is None:
            self._show_history(None)
            self.packs.show_client(None)
            self.fees.show_client(None)

    def _show_history(self, history: ClientHistory | None) -> None:
        if history is not None and (self.client is None or history.client.id != self.client.id):
            return  # the answer for a client no longer chosen
        self.history = history
        self.bookings.clear()
        self.payments.clear()
        if history is None:
            self.summary.clear()
            return
        for booking in history.bookings:
            self.bookings.addItem(booking_line(booking))
        for payment in history.payments:
            self.payments.addItem(payment_line(payment, self.desk.money))
        summary = self.tr("Bookings: {bookings}. Paid in all: {paid}.").format(
            bookings=len(history.bookings), paid=self.desk.money(history.paid_total)
        )
        if history.no_shows is not None:
            summary += " " + self.tr("No-shows: {count}.").format(count=history.no_shows)
        self.summary.setText(summary)

    # Acting ----------------------------------------------------------------------------------

    def _save(self) -> None:
        if self.client is None:
            return
        if not self.has_typed_input():
            # Enter after finding someone: nothing to save yet, so on to their details.
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        client_id = self.client.id
        name, phone, email = self.name.text(), self.phone.text(), self.email.text()
        notes = self.notes.toPlainText()
        language = self.language.currentData()

        def work(db: services.Database, actor: services.Actor) -> ClientView:
            return services.update_client(
                db, actor, client_id, name=name, phone=phone, email=email, notes=notes, language=language
            )

        self.desk.act(
            work, self._saved, lambda text: self.show_problem(self.message, text),
            change=Change.of_kinds(ChangeKind.CLIENTS, ChangeKind.BOOKINGS), owner=self,
        )

    def _saved(self, client: ClientView) -> None:
        self.message.hide()
        self._fill(client)
        now = self.desk.now().astimezone(self.desk.settings.zone)
        self.saved.setText(self.tr("Saved at {time}.").format(time=formats.time(now)))
        self.live.refresh()

    def _open_merge(self) -> None:
        if self.client is not None:
            self._open_side(MergeClientsDialog(self.desk, self.client, self))

    def _open_sell_pack(self) -> None:
        if self.client is not None:
            self._open_side(SellPackDialog(self.desk, self.client, self))

    def _open_freeze(self, pack: PackView) -> None:
        self._open_side(FreezeDialog(self.desk, pack, self))

    def _open_adjust(self, pack: PackView) -> None:
        self._open_side(AdjustDialog(self.desk, pack, self))

    def _open_refund(self, pack: PackView) -> None:
        self._open_side(RefundDialog(self.desk, pack, self))

    def _open_collect_fee(self, fee: FeeView) -> None:
        self._open_side(CollectFeeDialog(self.desk, fee, self))

    def _open_waive_fee(self, fee: FeeView) -> None:
        self._open_side(WaiveFeeDialog(self.desk, fee, self))

    def _open_import(self) -> None:
        self._open_side(ImportClientsDialog(self.desk, self))

    def _open_side(self, dialog: DeskDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.side_dialog = dialog
        dialog.open()
