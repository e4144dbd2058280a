"""The Products screen (admins): the studio's packs of sessions and memberships, each with its
days of validity, price, what it pays for (every course, one coach's, or the courses ticked) and
its freezes; add, change, retire and restore them.

A change is for the packs sold from then on, and the kind of a product never changes; the
services say what is valid, and their message is shown next to the field it is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from studio_desk import services
from studio_desk.services import (
    Actor,
    CoachView,
    CourseView,
    Database,
    ProductKind,
    ProductScope,
    ProductView,
    ValidFrom,
)
from studio_desk.ui.catalog.coaches_dialog import CATALOG_CHANGED, catalog_concerns
from studio_desk.ui.catalog.list_editor import lay_out_list_and_editor
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView

# The list's columns.
NAME_COLUMN, KIND_COLUMN, SESSIONS_COLUMN, DAYS_COLUMN, PRICE_COLUMN = range(5)
# How many courses the ticked list shows before it scrolls.
COURSE_ROWS = 5
LIST_WIDTH = 360  # at least; wider when its columns need it


@dataclass(frozen=True)
class ProductsCatalog:
    products: list[ProductView]
    coaches: list[CoachView]
    courses: list[CourseView]


def read_products(db: Database, actor: Actor) -> ProductsCatalog:
    return ProductsCatalog(
        services.list_products(db, actor, include_retired=True),
        services.list_coaches(db, include_inactive=True),
        services.list_courses(db, include_inactive=True),
    )


class ProductsDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Products"))
        self.products: list[ProductView] = []
        self.editing: ProductView | None = None  # None: the form adds a new product
        self.courses_at_start: frozenset[int] = frozenset()

        self.product_list = QTreeWidget()
        self.product_list.setHeaderLabels(
            [self.tr("Product"), self.tr("Kind"), self.tr("Sessions"), self.tr("Days"), self.tr("Price")]
        )
        self.product_list.setRootIsDecorated(False)
        self.product_list.setUniformRowHeights(True)
        self.product_list.setMinimumWidth(LIST_WIDTH)
        list_label = QLabel(self.tr("Pro&ducts"))
        list_label.setBuddy(self.product_list)

        self.name_edit = QLineEdit()
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Pack of sessions"), ProductKind.PACK)
        self.kind_box.addItem(self.tr("Membership"), ProductKind.MEMBERSHIP)
        self.sessions_edit = QLineEdit()
        self.at_once_edit = QLineEdit()
        self.at_once_edit.setPlaceholderText(self.tr("sessions booked at one time"))
        self.price_edit = QLineEdit()
        self.days_edit = QLineEdit()
        self.valid_from_box = QComboBox()
        self.valid_from_box.addItem(self.tr("the day of sale"), ValidFrom.SALE)
        self.valid_from_box.addItem(self.tr("the first booking"), ValidFrom.FIRST_USE)
        self.scope_box = QComboBox()
        self.scope_box.addItem(self.tr("Every course"), ProductScope.ALL)
        self.scope_box.addItem(self.tr("One coach's courses"), ProductScope.COACH)
        self.scope_box.addItem(self.tr("The courses ticked"), ProductScope.COURSES)
        self.coach_box = QComboBox()
        self.course_list = QListWidget()
        self.freezes_edit = QLineEdit()
        self.freeze_days_edit = QLineEdit()
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Kind"), self.kind_box)
        self.form.addRow(self.tr("Sess&ions"), self.sessions_edit)
        self.form.addRow(self.tr("&Bookings at once"), self.at_once_edit)
        price_label = self.tr("&Price ({currency})").format(currency=desk.settings.currency)
        self.form.addRow(price_label, self.price_edit)
        self.form.addRow(self.tr("&Valid for (days)"), self.days_edit)
        self.form.addRow(self.tr("Days count &from"), self.valid_from_box)
        self.form.addRow(self.tr("P&ays for"), self.scope_box)
        self.form.addRow(self.tr("&Coach"), self.coach_box)
        self.form.addRow(self.tr("Co&urses"), self.course_list)
        self.form.addRow(self.tr("Free&zes allowed"), self.freezes_edit)
        self.form.addRow(self.tr("&Most days per freeze"), self.freeze_days_edit)
        self.terms_note = QLabel(
            self.tr("A change is for packs sold from now on: a pack sold keeps the terms it was sold with.")
        )
        self.terms_note.setWordWrap(True)
        self.state_label = QLabel()
        self.note = InlineError()
        for what, field in (
            ("the product's name", self.name_edit), ("the sessions", self.sessions_edit),
            ("the bookings at once", self.at_once_edit), ("The price", self.price_edit),
            ("the days of validity", self.days_edit), ("the coach", self.coach_box),
            ("the freezes", self.freezes_edit), ("the days of a freeze", self.freeze_days_edit),
        ):
            self.name_field(what, field)

        self.save_button = QPushButton(self.tr("&Save"))
        self.new_button = QPushButton(self.tr("N&ew product"))
        self.retire_button = QPushButton(self.tr("&Retire"))
        close = self.make_close_button()
        lay_out_list_and_editor(
            self, (list_label, self.product_list), self.form, (self.terms_note, self.state_label, self.note),
            (self.save_button, self.new_button, self.retire_button), close,
        )

        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.kind_box.currentIndexChanged.connect(self.show_kind_fields)
        self.scope_box.currentIndexChanged.connect(self.show_scope_fields)
        self.product_list.currentItemChanged.connect(self.show_chosen)
        self.set_main_button(self.save_button)
        self.set_first_field(self.name_edit)
        self.start_new()
        self.live = LiveView(self, desk, self.reload, catalog_concerns)

    def fields(self) -> tuple[QWidget, ...]:
        return (
            self.name_edit, self.kind_box, self.sessions_edit, self.at_once_edit, self.price_edit,
            self.days_edit, self.valid_from_box, self.scope_box, self.coach_box, self.freezes_edit,
            self.freeze_days_edit,
        )

    def has_typed_input(self) -> bool:
        # A list of ticks is no field DeskDialog can watch: compared here.
        return super().has_typed_input() or self.ticked_courses() != self.courses_at_start

    # Reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        actor = self.desk.actor
        if actor is None:
            return  # nobody to read for; signing in opens no screen of its own
        self.live.read(lambda db: read_products(db, actor), self.show_catalog, self.refused)

    def show_catalog(self, catalog: ProductsCatalog) -> None:
        typed = self.has_typed_input()
        self.show_coaches(catalog.coaches)
        self.show_courses(catalog.courses)
        if not typed:  # a coach picked by filling the list is nothing typed
            self.forget_input()
            self.courses_at_start = self.ticked_courses()
        self.products = catalog.products
        keep = self.editing.id if self.editing else None
        kept = self.row_of(keep)
        self.product_list.blockSignals(True)
        self.product_list.clear()
        for product in catalog.products:
            self.product_list.addTopLevelItem(self.product_row(product))
        self.fit_columns()
        current = self.product_list.topLevelItem(kept) if kept is not None else None
        if current is not None:
            self.product_list.setCurrentItem(current)
        self.product_list.blockSignals(False)
        if kept is not None:
            self.show_product(self.products[kept])
        elif keep is not None:
            self.start_new()

    def fit_columns(self) -> None:
        """Every column as wide as its longest entry, and the list as wide as its columns: a
        price or a name is never cut off behind a scroll bar."""
        tree = self.product_list
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        columns = sum(tree.columnWidth(column) for column in range(tree.columnCount()))
        scroll_bar = tree.verticalScrollBar().sizeHint().width()
        tree.setMinimumWidth(max(LIST_WIDTH, columns + scroll_bar + 2 * tree.frameWidth()))

    def product_row(self, product: ProductView) -> QTreeWidgetItem:
        if product.kind is ProductKind.PACK:
            kind, sessions = self.tr("Pack"), str(product.sessions)
        else:
            kind = self.tr("Membership")
            sessions = self.tr("unlimited, {count} at once").format(count=product.max_active)
        name = product.name if product.active else self.tr("{name} (retired)").format(name=product.name)
        price = formats.money(product.price, self.desk.settings.currency)
        item = QTreeWidgetItem([name, kind, sessions, str(product.valid_days), price])
        for column in (DAYS_COLUMN, PRICE_COLUMN):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not product.active:
            for column in range(item.columnCount()):
                item.setForeground(column, self.palette().placeholderText())
        return item

    def row_of(self, product_id: int | None) -> int | None:
        rows = [index for index, product in enumerate(self.products) if product.id == product_id]
        return rows[0] if rows else None

    def show_coaches(self, coaches: list[CoachView]) -> None:
        chosen = self.coach_box.currentData()
        self.coach_box.clear()
        for coach in coaches:
            label = coach.name if coach.active else self.tr("{name} (inactive)").format(name=coach.name)
            self.coach_box.addItem(label, coach.id)
        self.coach_box.setCurrentIndex(max(0, self.coach_box.findData(chosen)))

    def show_courses(self, courses: list[CourseView]) -> None:
        ticked = self.ticked_courses()
        self.course_list.clear()
        for course in courses:
            offered = course.active
            text = f"{course.title} · {course.coach_name}"
            item = QListWidgetItem(text if offered else self.tr("{course} (inactive)").format(course=text))
            item.setData(Qt.ItemDataRole.UserRole, course.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if course.id in ticked else Qt.CheckState.Unchecked)
            self.course_list.addItem(item)
        # As wide as its courses' names, and as tall as its courses up to COURSE_ROWS of them
        # (then it scrolls): the form stays on the screen.
        frame = 2 * self.course_list.frameWidth()
        scroll_bar = self.course_list.verticalScrollBar().sizeHint().width()
        self.course_list.setMinimumWidth(self.course_list.sizeHintForColumn(0) + scroll_bar + frame)
        rows = min(max(self.course_list.count(), 1), COURSE_ROWS)
        row_height = max(self.course_list.sizeHintForRow(0), self.fontMetrics().height())
        self.course_list.setFixedHeight(row_height * rows + frame)

    def ticked_courses(self) -> frozenset[int]:
        items = (self.course_list.item(row) for row in range(self.course_list.count()))
        return frozenset(
            int(item.data(Qt.ItemDataRole.UserRole)) for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def tick_courses(self, course_ids: frozenset[int]) -> None:
        for row in range(self.course_list.count()):
            item = self.course_list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in course_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.courses_at_start = self.ticked_courses()

    # The form ----------------------------------------------------------------------------------

    def show_chosen(self, current: QTreeWidgetItem | None) -> None:
        row = self.product_list.indexOfTopLevelItem(current) if current is not None else -1
        if 0 <= row < len(self.products):
            self.show_product(self.products[row])

    def show_product(self, product: ProductView) -> None:
        self.editing = product
        self.name_edit.setText(product.name)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(product.kind)))
        self.kind_box.setEnabled(False)  # a pack stays a pack, a membership a membership
        self.sessions_edit.setText("" if product.sessions is None else str(product.sessions))
        self.at_once_edit.setText("" if product.max_active is None else str(product.max_active))
        self.price_edit.setText(formats.amount(product.price, self.desk.settings.currency))
        self.days_edit.setText(str(product.valid_days))
        self.valid_from_box.setCurrentIndex(max(0, self.valid_from_box.findData(product.valid_from)))
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(product.scope)))
        if product.coach_id is not None:
            self.coach_box.setCurrentIndex(max(0, self.coach_box.findData(product.coach_id)))
        self.tick_courses(frozenset(product.course_ids))
        self.freezes_edit.setText(str(product.freezes_allowed))
        self.freeze_days_edit.setText(str(product.freeze_days_max))
        self.show_state()

    def start_new(self) -> None:
        self.editing = None
        self.product_list.blockSignals(True)
        self.product_list.setCurrentIndex(QModelIndex())
        self.product_list.clearSelection()
        self.product_list.blockSignals(False)
        for field in (self.name_edit, self.sessions_edit, self.at_once_edit, self.price_edit, self.days_edit):
            field.clear()
        for box in (self.kind_box, self.valid_from_box, self.scope_box):
            box.setCurrentIndex(0)
        self.kind_box.setEnabled(True)
        self.freezes_edit.setText("0")
        self.freeze_days_edit.setText("0")
        self.tick_courses(frozenset())
        self.show_state()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_state(self) -> None:
        product = self.editing
        self.note.hide()
        self.show_kind_fields()
        self.show_scope_fields()
        self.retire_button.setEnabled(product is not None)
        if product is None:
            self.state_label.setText(self.tr("A new product. Save adds it."))
        elif product.active:
            self.state_label.setText(self.tr("On sale."))
        else:
            self.state_label.setText(self.tr("Retired: not sold any more. The packs sold keep working."))
        retire = product is None or product.active
        self.retire_button.setText(self.tr("&Retire") if retire else self.tr("Rest&ore"))
        self.watch_input(*self.fields())

    # (A combo box gives an enum it holds back as its word.)

    def chosen_kind(self) -> ProductKind:
        return ProductKind(self.kind_box.currentData())

    def chosen_scope(self) -> ProductScope:
        return ProductScope(self.scope_box.currentData())

    def show_kind_fields(self) -> None:
        """A pack has its number of sessions; a membership its limit of bookings at once."""
        pack = self.chosen_kind() is ProductKind.PACK
        self.form.setRowVisible(self.sessions_edit, pack)
        self.form.setRowVisible(self.at_once_edit, not pack)

    def show_scope_fields(self) -> None:
        scope = self.chosen_scope()
        self.form.setRowVisible(self.coach_box, scope is ProductScope.COACH)
        self.form.setRowVisible(self.course_list, scope is ProductScope.COURSES)

    # Changing ----------------------------------------------------------------------------------

    def save(self) -> None:
        kind, scope = self.chosen_kind(), self.chosen_scope()
        # Only what the form shows for this kind and scope is sent; the services decide the rest.
        terms: dict[str, object] = {
            "name": self.name_edit.text(),
            "sessions": self.sessions_edit.text() if kind is ProductKind.PACK else None,
            "max_active": self.at_once_edit.text() if kind is ProductKind.MEMBERSHIP else None,
            "price": self.price_edit.text(),
            "valid_days": self.days_edit.text(),
            "valid_from": ValidFrom(self.valid_from_box.currentData()),
            "scope": scope,
            "coach_id": self.coach_box.currentData() if scope is ProductScope.COACH else None,
            "course_ids": tuple(sorted(self.ticked_courses())) if scope is ProductScope.COURSES else (),
            "freezes_allowed": self.freezes_edit.text(),
            "freeze_days_max": self.freeze_days_edit.text(),
        }
        product = self.editing

        def work(db: Database, actor: Actor) -> ProductView:
            if product is None:
                return services.create_product(db, actor, kind=kind, **terms)
            return services.update_product(db, actor, product.id, **terms)

        self.desk.act(work, self.saved, self.refused, change=CATALOG_CHANGED, owner=self)

    def toggle_retired(self) -> None:
        product = self.editing
        if product is None:
            return

        def work(db: Database, actor: Actor) -> ProductView:
            if product.active:
                return services.retire_product(db, actor, product.id)
            return services.restore_product(db, actor, product.id)

        self.desk.act(work, self.saved, self.refused, change=CATALOG_CHANGED, owner=self)

    def saved(self, product: ProductView) -> None:
        self.editing = product
        self.forget_input()
        self.courses_at_start = self.ticked_courses()
        self.live.refresh()

    def refused(self, message: str) -> None:
        self.show_problem(self.note, message)
