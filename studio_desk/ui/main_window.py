"""A minimal main window: today's bookings, and where the data lives. The real screens come later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio_desk.services import BookingFilter, Database, list_bookings, studio_today

COLUMNS = ("Time", "Coach", "Client", "Course", "Status")


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle("Studio Desk")
        self.resize(900, 560)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.empty_note = QLabel(
            "No bookings today. To try the desk, load the demo studio: studio-desk demo"
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table)
        self.setCentralWidget(body)
        self.statusBar().showMessage(f"Database: {db.describe()}")
        self.refresh()

    def refresh(self) -> None:
        today = studio_today(self.db)
        self.heading.setText(f"Today, {today:%A %d %B %Y}")
        page = list_bookings(self.db, BookingFilter(date_from=today, date_to=today), limit=500)
        self.table.setRowCount(len(page.rows))
        for row, booking in enumerate(page.rows):
            cells = (
                f"{booking.start_at:%H:%M}-{booking.end_at:%H:%M}",
                booking.coach_name,
                booking.client_name,
                booking.course_title,
                booking.status.value.capitalize(),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty_note.setVisible(not page.rows)
