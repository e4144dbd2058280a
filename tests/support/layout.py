"""Does a screen show all of itself? Text cut off, widgets squeezed below what they need.

A button, a check box, a tab or a one-line label narrower than its text, a table heading
narrower than its words, or a wrapped message shorter than its lines shows a person half of it;
Indonesian runs longer than English, and a message that appears must make room for itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QLabel,
    QTabBar,
    QToolBar,
    QWidget,
)

SLACK = 2  # pixels of rounding


def cut_off(name: str, screen: QWidget) -> list[str]:
    problems = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen) or isinstance(widget.parentWidget(), QToolBar):
            continue  # a toolbar moves what does not fit into its » menu, whole
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + SLACK < widget.minimumSizeHint().width():
                problems.append(
                    f"{name}: button {widget.text()!r} {widget.width()} < {widget.minimumSizeHint().width()}"
                )
        elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            wanted = widget.heightForWidth(widget.width())
            if widget.height() + SLACK < wanted:
                text = widget.text()[:40]
                problems.append(f"{name}: wrapped label {text!r} {widget.height()} < {wanted} high")
        elif (
            isinstance(widget, QLabel)
            and widget.text()
            and not widget.wordWrap()
            and widget.pixmap().isNull()
        ):
            if widget.width() + SLACK < widget.sizeHint().width():
                problems.append(
                    f"{name}: label {widget.text()!r} {widget.width()} < {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if not widget.isTabVisible(index):
                    continue  # hidden for the person signed in (a coach has no takings tab)
                wanted = widget.fontMetrics().horizontalAdvance(widget.tabText(index).replace("&", ""))
                if widget.tabRect(index).width() < wanted:
                    problems.append(f"{name}: tab {widget.tabText(index)!r}")
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or model is None:
                    continue
                text = str(model.headerData(section, widget.orientation()) or "")
                wanted = widget.fontMetrics().horizontalAdvance(text) + 8
                if text and widget.sectionSize(section) + SLACK < wanted:
                    problems.append(f"{name}: heading {text!r} {widget.sectionSize(section)} < {wanted}")
    return problems
