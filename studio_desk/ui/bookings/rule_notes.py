"""What the studio's cancellation rules do to a booking, as the cancel and no-show dialogs show
it before the person confirms: the services' own sentence (`cancel_outcome`, `no_show_outcome`)
and, for an admin where the rules cost something, the way to waive them with a reason.

The widgets only show what the services worked out; whether the rules apply, what they cost and
who may waive them are the services' decisions (RulePreview.applies, is_admin).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Actor, RulePreview
from studio_desk.ui.kit.messages import translated

# The same amber as the other notices that ask the person to look before going on.
NOTICE_STYLE = (
    "QLabel { color: #5c4400; background: #fff4cc; border: 1px solid #e6cf80; border-radius: 4px;"
    " padding: 6px 8px; }"
)


class RuleSummary(QLabel):
    """One sentence of what the rules do, in the desk's language; hidden until there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(NOTICE_STYLE)
        self.hide()

    def show_preview(self, preview: RulePreview | None) -> None:
        self.setText("" if preview is None else translated(preview.summary))
        self.setVisible(bool(self.text()))


class RuleWaiver(QWidget):
    """"Waive the rules" and, once ticked, the admin's reason (required by the services).
    Offered only to an admin, and only where the rules cost the client something."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waive = QCheckBox(self.tr("Wai&ve the rules"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the client was in hospital"))
        self.reason_label = QLabel(self.tr("Wh&y waive them (required):"))
        self.reason_label.setBuddy(self.reason)
        self.reason_row = QWidget()
        row = QFormLayout(self.reason_row)
        row.setContentsMargins(24, 0, 0, 0)
        row.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waive)
        layout.addWidget(self.reason_row)
        self.reason_row.hide()
        self.waive.toggled.connect(self._toggled)
        self.hide()

    def offer(self, preview: RulePreview | None, actor: Actor | None) -> None:
        """Offered for `preview` when it costs something and `actor` is an admin; a waiver
        ticked before stays ticked while it is still offered."""
        offered = preview is not None and preview.applies and services.is_admin(actor)
        if not offered:
            self.waive.setChecked(False)
        self.setVisible(offered)

    def _toggled(self, on: bool) -> None:
        self.reason_row.setVisible(on)
        if on:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)  # where the admin types next

    @property
    def waiving(self) -> bool:
        return not self.isHidden() and self.waive.isChecked()

    def waive_reason(self) -> str | None:
        """What the services get as `waive_reason`: the typed reason while waiving, else None."""
        return self.reason.text() if self.waiving else None
