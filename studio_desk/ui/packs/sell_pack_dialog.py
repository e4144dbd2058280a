"""Selling a pack or membership to a client: the product, then the payment as the desk takes any
payment (PaymentFields). The service (`sell_pack`) decides; its refusal shows in the dialog with
everything typed kept. Once sold, the receipt opens (to print, save as PDF or close) with the
change to give said above its buttons; a free product has no receipt, only the note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import ClientView, PackSale, SaleOffer
from studio_desk.ui.bookings.payment_fields import PaymentFields
from studio_desk.ui.bookings.receipt_dialog import ReceiptDialog, open_receipt
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import Problem


class SellPackDialog(DeskDialog):
    """Sell one of the products on offer to `client`. Emits `sold(PackSale)`."""

    sold = Signal(object)  # PackSale

    def __init__(self, desk: Desk, client: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.client = client
        self.sale: PackSale | None = None
        self.receipt_dialog: ReceiptDialog | None = None  # the sale's receipt, once sold
        self.setWindowTitle(self.tr("Sell a pack — {client}").format(client=client.name))
        self.setMinimumWidth(480)

        self.product = QComboBox()
        self.product.setPlaceholderText(self.tr("Choose a pack or membership"))
        self.fields = PaymentFields(desk, 0)
        self.error = InlineError()
        self.sell_button = QPushButton(self.tr("&Sell"))
        self.cancel_button = self.make_cancel_button()
        self.sell_button.clicked.connect(self.sell)
        self.product.currentIndexChanged.connect(self._product_changed)

        top = QFormLayout()
        top.addRow(self.tr("Client:"), QLabel(client.name))
        top.addRow(self.tr("Pro&duct:"), self.product)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.sell_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        chain = [self.product, *self.fields.inputs(), self.sell_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.set_main_button(self.sell_button)
        self.set_first_field(self.product)
        self.watch_input(self.product, *self.fields.inputs())
        self.name_field("The amount", self.fields.amount, self.fields.amount_reads)
        self.name_field("The cash given", self.fields.cash_given, self.fields.cash_covers)
        self.name_field("the reference", self.fields.reference)
        self.product.setFocus()
        actor = desk.actor
        if actor is not None:  # signed out: Sell asks the person to sign in
            desk.read(lambda db: services.products_for_sale(db, actor), self._show_products,
                      self.error.show_message, owner=self)

    def _show_products(self, offers: list[SaleOffer]) -> None:
        self.product.clear()
        for offer in offers:
            self.product.addItem(self.offer_label(offer), offer)
        if offers:
            self.product.setCurrentIndex(0)
        else:
            self.product.setPlaceholderText(self.tr("Nothing on sale yet: an admin adds packs first"))
        self.forget_input()  # what the dialog filled in itself is nothing to lose

    def offer_label(self, offer: SaleOffer) -> str:
        """"10 sessions — 60 days, Rp 1,200,000"."""
        return self.tr("{name} — {days} days, {price}").format(
            name=offer.name, days=offer.valid_days, price=self.desk.money(offer.price)
        )

    def chosen_offer(self) -> SaleOffer | None:
        offer = self.product.currentData()
        return offer if isinstance(offer, SaleOffer) else None

    def _product_changed(self) -> None:
        offer = self.chosen_offer()
        if offer is not None:  # the price asked; the receptionist may lower it (a discount)
            self.fields.amount.setText(formats.amount(offer.price, self.desk.settings.currency))

    def sell(self) -> None:
        self.error.clear_message()
        offer = self.chosen_offer()
        if offer is None:
            self.error.show_message(self.tr("Choose a pack or membership."), about=self.product)
            self.product.setFocus()
            return
        fields, client_id = self.fields, self.client.id
        method, amount = fields.chosen_method(), fields.amount.text()
        reference, tendered = fields.reference_text(), fields.tendered_text()
        self.sell_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.sell_pack(
                db, actor, client_id=client_id, product_id=offer.id, method=method, reference=reference,
                amount=amount, cash_tendered=tendered,
            ),
            self._sold,
            self._refused,
            owner=self,
        )

    def _refused(self, message: str) -> None:
        self.sell_button.setEnabled(True)
        if not (isinstance(message, Problem) and message.about):
            self.product.setFocus()
        self.show_problem(self.error, message)

    def _sold(self, sale: PackSale) -> None:
        self.sale = sale
        self.forget_input()
        self.sold.emit(sale)
        self.accept()
        note = self.sold_note(sale)
        if sale.line is None:  # nothing was paid: no money line, no receipt
            self.desk.prompts.info(self.parentWidget(), note)
            return
        sheet = services.pack_sale_sheet(sale, self.desk.settings)
        self.receipt_dialog = open_receipt(self.desk, sheet, self.parentWidget(), note)

    def sold_note(self, sale: PackSale) -> str:
        """"Sold pack #12 to Jane Roe. Receipt 000031. Give back Rp 300,000 change."."""
        pack = sale.pack
        note = self.tr("Sold pack #{pack} to {client}.").format(pack=pack.id, client=pack.client_name)
        if sale.line is not None and sale.line.receipt_number is not None:
            note += " " + self.tr("Receipt {number}.").format(number=sale.line.receipt_number)
        if sale.change:
            note += " " + self.tr("Give back {change} change.").format(change=self.desk.money(sale.change))
        return note
