"""Receipt numbers that run without gaps: each payment or refund line takes the next one.

The number comes from the one row of `receipt_counters`, moved up in the same transaction as
the line it numbers. Its row lock makes a second desk wait until the first commits or rolls
back, so no number is given twice, and one rolled back is given again (migration 0009 has the
database refuse a line without the number just taken).
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from studio_desk.models import ReceiptCounter

_TAKE_NEXT = (
    update(ReceiptCounter)
    .where(ReceiptCounter.id == 1)
    .values(last_number=ReceiptCounter.last_number + 1)
    .returning(ReceiptCounter.last_number)
)


def take_receipt_number(session: Session) -> int:
    """The next receipt number, taken for a line written in this transaction."""
    return int(session.connection().execute(_TAKE_NEXT).scalar_one())


def receipt_number_text(number: int) -> str:
    """`000123`: the number as printed, six digits at least so receipts line up in a file."""
    return f"{number:06d}"
