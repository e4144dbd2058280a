"""The Products screen in the Settings menu, next to Courses, for admins only (add_administration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from studio_desk.ui.packs.products_dialog import ProductsDialog

if TYPE_CHECKING:
    from studio_desk.ui.main_window import MainWindow


def add_products_screen(window: MainWindow) -> QAction:
    """The "Products…" action, added to the window's administration screens."""
    products = QAction(QCoreApplication.translate("PackScreens", "&Products…"), window)
    products.triggered.connect(lambda _checked=False: window.show_dialog(ProductsDialog(window.desk, window)))
    window.desk_actions.add_administration(products)
    return products
