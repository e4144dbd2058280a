"""The desk's log rotates: never more than 1 MB a file, five older files kept, the newest
records always in studio-desk.log."""

from __future__ import annotations

import logging
from pathlib import Path

from studio_desk.desk_log import (
    BACKUPS,
    LOG_NAME,
    MAX_BYTES,
    current_log_file,
    log_file,
    start_log,
    stop_log,
)

RECORD = "x" * 1000


def test_the_log_rotates_at_one_megabyte_and_keeps_five_older_files(tmp_path: Path) -> None:
    assert (MAX_BYTES, BACKUPS) == (1_000_000, 5)
    path = start_log(tmp_path)
    try:
        assert path == tmp_path / LOG_NAME == current_log_file()
        log = logging.getLogger("studio_desk.test")
        # About 7 MB: enough for six rotations, so the oldest file has been dropped too.
        for number in range(7000):
            log.info("record %d %s", number, RECORD)
    finally:
        stop_log()
    names = sorted(file.name for file in tmp_path.iterdir())
    assert names == [LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, BACKUPS + 1))]
    assert all(file.stat().st_size <= MAX_BYTES for file in tmp_path.iterdir())
    assert "record 6999 " in path.read_text(encoding="utf-8"), "the newest record is in the log"
    oldest = (tmp_path / f"{LOG_NAME}.{BACKUPS}").read_text(encoding="utf-8")
    assert "record 0 " not in oldest, "the oldest records were dropped"
    assert current_log_file() == log_file(), "stopped: the About box names the usual place again"


def test_a_started_log_takes_warnings_and_stops_cleanly(tmp_path: Path) -> None:
    before = logging.getLogger().level
    path = start_log(tmp_path / "made" / "on" / "demand")
    try:
        logging.getLogger("studio_desk").warning("the printer did not answer")
    finally:
        stop_log()
    assert "WARNING studio_desk: the printer did not answer" in path.read_text(encoding="utf-8")
    assert logging.getLogger().level == before
