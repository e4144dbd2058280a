"""Clients moved up from a waitlist into a place, and telling them: "Send WhatsApp" opens the
message the services wrote (a wa.me link, in the client's language) and records that it was
sent, with who and when.

`PromotionsList` is the list with its button, shown by the class roster for its own class;
`PromotionsPanel` is the desk-wide reminder of every promotion not told yet
(`untold_promotions`), for the main window to hold.

Links open through `open_url`, the one place the desk hands a link to the system: tests replace
it, so no browser starts.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Change, ChangeKind, Promotion
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView

MESSAGE_SENT = Change.of_kinds(ChangeKind.CLASSES)
PROMOTIONS_KINDS = (ChangeKind.CLASSES, ChangeKind.BOOKINGS, ChangeKind.PAYMENTS)


def message_of(url: str) -> str:
    """The text a wa.me link fills in."""
    return parse_qs(urlparse(url).query).get("text", [""])[0]


def open_url(url: str) -> bool:
    """Hand `url` to the system (a wa.me link opens WhatsApp); False when nothing could open it."""
    return QDesktopServices.openUrl(QUrl(url))


class PromotionsList(QWidget):
    """Promoted clients, one a row, and "Send WhatsApp" for the chosen one. `with_class`: a
    column says which class (the desk-wide panel); the roster leaves it out."""

    sig_sent = Signal(int)  # the waitlist entry whose message was sent

    def __init__(self, desk: Desk, *, with_class: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unopened: int | None = None  # the entry whose link did not open last time
        self.with_class = with_class
        self.promotions: tuple[Promotion, ...] = ()
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        headers = [self.tr("Client"), self.tr("Phone")]
        if with_class:
            headers.append(self.tr("Class"))
        headers += [self.tr("Place"), self.tr("Message")]
        self.tree.setHeaderLabels(headers)
        self.send_button = QPushButton(self.tr("&Send WhatsApp"))
        self.send_button.setToolTip(
            self.tr("Opens WhatsApp with the message written; the desk notes it was sent.")
        )
        self.error = InlineError()
        self.send_button.clicked.connect(self.send)
        self.tree.currentItemChanged.connect(self._enable)
        self.tree.itemActivated.connect(lambda *_: self.send())

        row = QHBoxLayout()
        row.addWidget(self.tree, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addStretch()
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._enable()

    # Showing --------------------------------------------------------------------------------------

    def set_promotions(self, promotions: tuple[Promotion, ...] | list[Promotion]) -> None:
        """Show `promotions`, keeping the chosen one; else the first whose message is not sent."""
        current = self.chosen()
        keep = None if current is None else current.entry_id
        self.promotions = tuple(promotions)
        self.tree.blockSignals(True)
        self.tree.clear()
        for promotion in self.promotions:
            self.tree.addTopLevelItem(QTreeWidgetItem(self._cells(promotion)))
        ids = [p.entry_id for p in self.promotions]
        untold = [i for i, p in enumerate(self.promotions) if p.message_sent_at is None]
        row = ids.index(keep) if keep in ids else (untold[0] if untold else 0)
        item = self.tree.topLevelItem(row)
        if item is not None:
            self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self._enable()

    def _cells(self, promotion: Promotion) -> list[str]:
        cells = [promotion.client_name, self.desk.phone(promotion.client_phone)]
        if self.with_class:
            cells.append(f"{promotion.course_title}, {formats.weekday_date(promotion.start_at.date())} "
                         f"{formats.time(promotion.start_at)}")
        cells += [self.place_text(promotion), self.message_text(promotion)]
        return cells

    def place_text(self, promotion: Promotion) -> str:
        if promotion.paid_with_pack is not None:
            return self.tr("paid with pack #{pack}").format(pack=promotion.paid_with_pack)
        if promotion.hold_until is not None:
            return self.tr("to pay by {time}").format(time=formats.time(promotion.hold_until))
        return ""

    def message_text(self, promotion: Promotion) -> str:
        if promotion.message_sent_at is not None:
            return self.tr("sent at {time}").format(time=formats.time(promotion.message_sent_at))
        if promotion.whatsapp_url is None:
            return self.tr("no phone number: call or tell them at the desk")
        return self.tr("not sent yet")

    def chosen(self) -> Promotion | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        row = self.tree.indexOfTopLevelItem(item)
        return self.promotions[row] if 0 <= row < len(self.promotions) else None

    def _enable(self) -> None:
        chosen = self.chosen()
        self.send_button.setEnabled(chosen is not None and chosen.whatsapp_url is not None)

    # Sending --------------------------------------------------------------------------------------

    def send(self) -> None:
        """Open the chosen client's message in WhatsApp, then record that it was sent."""
        promotion = self.chosen()
        if promotion is None or promotion.whatsapp_url is None:
            return
        self.error.clear_message()
        entry_id = promotion.entry_id
        # A second press after the link would not open records the message sent by hand.
        sent_by_hand = self.unopened == entry_id
        if not sent_by_hand and not open_url(promotion.whatsapp_url):
            self.unopened = entry_id
            QGuiApplication.clipboard().setText(message_of(promotion.whatsapp_url))
            self.error.show_message(self.tr(
                "The desk could not open WhatsApp on this PC. The message is copied: send it from a "
                "phone, then press Send WhatsApp again to note it."))
            return
        self.unopened = None
        self.desk.act(
            lambda db, actor: services.record_message_sent(db, actor, entry_id),
            lambda _none: self.sig_sent.emit(entry_id),
            self.error.show_message,
            change=MESSAGE_SENT,
            owner=self,
        )


class PromotionsPanel(QWidget):
    """The desk-wide reminder: every client moved up for a class still to come whose message was
    not sent yet. It reads when shown and when classes or bookings change; keep it shown (a
    hidden panel reads nothing), it says so itself when there is nobody to tell."""

    sig_count_changed = Signal(int)  # how many are still to be told

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.heading = QLabel(self.tr("Moved up from a waitlist: tell them their place"))
        self.heading.setStyleSheet("font-weight: 600;")
        self.empty_note = QLabel(self.tr("Nobody is waiting to hear about a place."))
        self.empty_note.setStyleSheet("color: #555555;")
        self.list = PromotionsList(desk, with_class=True)
        self.list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.list)
        self.live = LiveView(self, desk, self.reload, lambda change: change.concerns(kinds=PROMOTIONS_KINDS))

    def reload(self) -> None:
        actor = self.desk.actor
        if actor is None or not services.is_desk(actor):  # a coach does not tell clients
            self.show_promotions([])
            return
        self.live.read(lambda db: services.untold_promotions(db, actor), self.show_promotions,
                       self.list.error.show_message)

    def show_promotions(self, promotions: list[Promotion]) -> None:
        self.list.set_promotions(promotions)
        self.list.setVisible(bool(promotions))
        self.empty_note.setVisible(not promotions)
        self.sig_count_changed.emit(len(promotions))
