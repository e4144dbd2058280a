"""The booking list's "Class: Vinyasa Flow, Tue 28 Oct 2025 18:00 ✕" chip: the list narrowed to
one class's places, and the button that shows every booking again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from studio_desk.services import OccurrenceView
from studio_desk.ui.kit import formats, style


class ClassChip(QFrame):
    sig_cleared = Signal()  # its ✕: the list is for every booking again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occurrence_id: int | None = None
        self.setObjectName("class-chip")
        self.setStyleSheet(
            f"#class-chip {{ background: {style.CLASS_FILL}; border: 1px solid {style.FULL_CLASS_FILL};"
            f" border-radius: 4px; }} QLabel {{ color: {style.CLASS_INK}; }}"
        )
        self.label = QLabel()
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Show every booking again"))
        self.clear_button.setAccessibleName(self.tr("Show every booking again"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button.clicked.connect(self._cleared)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 2, 2)
        row.addWidget(self.label)
        row.addWidget(self.clear_button)
        self.hide()

    def show_class(self, occurrence_id: int) -> None:
        """Narrowed to this class; named by its number until `name` says more."""
        self.occurrence_id = occurrence_id
        self.label.setText(self.tr("Class #{number}").format(number=occurrence_id))
        self.show()

    def name(self, occurrence: OccurrenceView) -> None:
        if occurrence.id == self.occurrence_id:
            self.label.setText(self.tr("Class: {course}, {day} {time}").format(
                course=occurrence.course_title, day=formats.weekday_date(occurrence.start_at.date()),
                time=formats.time(occurrence.start_at),
            ))

    def clear(self) -> None:
        self.occurrence_id = None
        self.hide()

    def _cleared(self) -> None:
        self.clear()
        self.sig_cleared.emit()
