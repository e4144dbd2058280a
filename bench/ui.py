"""Benchmark `ui`: how quickly the desk's screens come up and answer, offscreen.

- The main window on the 100,000-booking database: the `studio-desk` command timed from just
  before its process is started until its main window is on screen (interpreter start, imports
  and the schema check included: that is what a receptionist waits for), once as the virtual
  environment runs it (`python -m studio_desk`) and once as the bundle does
  (dist/studio-desk/studio-desk, or --bundle), when there is one. The desk stops there itself
  (STUDIO_DESK_QUIT_WHEN_SHOWN, studio_desk/ui/kit/shown_probe.py).
- The desk's resident memory: a desk process with the booking list up, so the figure is that of
  a desk, not of this harness holding the seed rows.
- The booking list in this process with a synchronous desk: first rows (build, read, paint) and
  a filter change (read again, paint).
- The day calendar with 10 coaches and 150 bookings, booked through the services: one paint.

Qt is imported inside the functions: the race benchmark's desk processes import this module
through `bench.__main__`, and should not pay for Qt they never use.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

import studio_desk
from bench import listing
from bench.common import BenchError, Outcome, open_database, seed_studio, start_times, verdict
from shipping.build import executable_path
from studio_desk import services
from studio_desk.db import Database
from studio_desk.ui.kit.shown_probe import QUIT_WHEN_SHOWN_VAR, SHOWN_LINE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = REPO / "dist" / "studio-desk"  # where `python -m shipping.build` puts it
WINDOW_RUNS, WINDOW_RUNS_QUICK = 3, 1  # each one a new desk process
LIST_RUNS = 5
PAINT_RUNS = 20
WINDOW_TIMEOUT_S = 60.0
TARGET_WINDOW_S = 1.0
TARGET_FIRST_ROWS_MS = 300.0
TARGET_FILTER_MS = 200.0
TARGET_RSS_MB = 300.0
TARGET_PAINT_MS = 30.0
LIST_SIZE = (1400, 800)
CALENDAR_SIZE = (1600, 1100)
CALENDAR_COACHES = 10
CALENDAR_OPENS, CALENDAR_CLOSES = dt.time(6, 0), dt.time(21, 0)  # 15 one-hour sessions a coach
SHOWN, RSS = SHOWN_LINE, "RSS-MB"

# The desk process of the memory figure. Argument: database URL, the desk's "now", a settings
# file. It prints SHOWN once the window is exposed, then RSS once the booking list has rows.
_DESK_PROCESS = f"""
import datetime as dt, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from studio_desk.db import Database
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import LIST_TAB, MainWindow
from bench.ui import resident_mb

url, now, ini = sys.argv[1], dt.datetime.fromisoformat(sys.argv[2]), sys.argv[3]
app = QApplication(sys.argv[:1])
db = Database.open(url, clock=lambda: now)
desk = Desk(db)
window = MainWindow(desk, QSettings(ini, QSettings.Format.IniFormat))
window.show()
deadline = time.monotonic() + {WINDOW_TIMEOUT_S}
while window.windowHandle() is None or not window.windowHandle().isExposed():
    if time.monotonic() > deadline:
        sys.exit("the window was never exposed")
    app.processEvents()
app.processEvents()  # the first paint
print("{SHOWN}", flush=True)
window.tabs.setCurrentIndex(LIST_TAB)
while window.bookings.model.booking_at(0) is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.002)
if window.bookings.model.booking_at(0) is None:
    sys.exit("the booking list showed no rows")
app.processEvents()
print("{RSS}", resident_mb(), flush=True)
window.close()
desk.tasks.wait_for_done()
db.dispose()
"""


def resident_mb() -> float:
    """This process's resident memory now (VmRSS), in MB; the peak where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _list_now(n: int) -> dt.datetime:
    """The desk's clock for the list: the morning of the first seeded booking, so that the list's
    opening filter (from today on) matches every booking, as on a desk with a year ahead booked."""
    first, _ = listing._span(n)
    return first


def _desk_memory(url: URL, now: dt.datetime) -> float:
    """The resident memory (MB) of a desk process with its window and booking list up."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="studio-bench-ui-") as folder:
        command = [
            sys.executable, "-c", _DESK_PROCESS,
            url.render_as_string(hide_password=False), now.isoformat(), str(Path(folder) / "desk.ini"),
        ]
        # Qt's warnings go to a file: a full stderr pipe nobody reads would stall the desk.
        with open(Path(folder) / "stderr.txt", "w+") as errors:
            done = subprocess.run(
                command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=errors, text=True,
                timeout=2 * WINDOW_TIMEOUT_S,
            )
            errors.seek(0)
            tail = "\n".join(errors.read().strip().splitlines()[-5:])
    rss = [float(line.split()[1]) for line in done.stdout.splitlines() if line.startswith(RSS)]
    if done.returncode != 0 or not rss:
        raise BenchError(f"the desk process did not show its booking list (exit {done.returncode}): {tail}")
    return rss[0]


def _time_desk_command(command: list[str], url: URL, cwd: Path) -> float:
    """Seconds from starting `command --db URL` (the desk, on its own settings and log folders)
    to its main window shown."""
    with tempfile.TemporaryDirectory(prefix="studio-bench-ui-") as folder:
        home = Path(folder)
        env = os.environ | {
            "QT_QPA_PLATFORM": "offscreen",
            QUIT_WHEN_SHOWN_VAR: "1",
            # A new desk's settings and log, not those of whoever runs the benchmark.
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        with open(home / "stderr.txt", "w+") as errors:
            began = time.perf_counter()
            process = subprocess.Popen(
                [*command, "--db", url.render_as_string(hide_password=False)],
                cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=errors, text=True,
            )
            shown_s = None
            assert process.stdout is not None
            for line in process.stdout:  # the desk stops by itself once shown, or after its deadline
                if line.startswith(SHOWN) and shown_s is None:
                    shown_s = time.perf_counter() - began
            process.wait(timeout=WINDOW_TIMEOUT_S)
            errors.seek(0)
            tail = "\n".join(errors.read().strip().splitlines()[-5:])
    if process.returncode != 0 or shown_s is None:
        raise BenchError(f"{command[0]} did not show its window (exit {process.returncode}): {tail}")
    return shown_s


def find_bundle(path: Path | None) -> Path | None:
    """The bundle's executable: the one given (its folder or itself), else the one the build
    makes, if it was built. A bundle asked for by name must be there."""
    given = path is not None
    path = DEFAULT_BUNDLE if path is None else path
    executable = executable_path(path) if path.is_dir() else path
    if executable.is_file():
        return executable.resolve()
    if given:
        raise BenchError(f"no bundle at {path} (python -m shipping.build makes one in dist/studio-desk)")
    return None


def _qt_app() -> QApplication:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    return app


def _time_list(db: Database) -> tuple[list[float], list[float]]:
    """Milliseconds to the first rows painted (several new lists), and per filter change."""
    from studio_desk.ui.bookings.booking_list import ACTIVE_LABEL, ALL_STATUSES, BookingListPage
    from studio_desk.ui.kit.desk import Desk
    from studio_desk.ui.kit.labels import status_label
    from studio_desk.ui.kit.prompts import Prompts
    from studio_desk.ui.kit.tasks import TaskRunner

    app = _qt_app()
    desk = Desk(db, TaskRunner(synchronous=True), Prompts())
    first_rows: list[float] = []
    for _ in range(LIST_RUNS + 1):  # the first run warms caches and imports; dropped
        began = time.perf_counter_ns()
        page = BookingListPage(desk)
        page.resize(*LIST_SIZE)
        page.grab()  # the rows on screen, painted
        first_rows.append((time.perf_counter_ns() - began) / 1e6)
        if page.model.booking_at(0) is None:
            raise BenchError("the booking list showed no rows")
        if len(first_rows) <= LIST_RUNS:
            page.deleteLater()
            app.processEvents()
    # Each change differs from the one before, so that every one reads the list again.
    paid = page.status.findText(status_label(services.BookingStatus.PAID))
    every, active = page.status.findText(ALL_STATUSES), page.status.findText(ACTIVE_LABEL)
    changes = [("budi", None), ("", paid), ("citra", None), ("", every), ("0812000012", None), ("", active)]
    changes *= 2
    filter_ms: list[float] = []
    for text, status in changes:
        began = time.perf_counter_ns()
        page.search.setText(text)
        if status is not None:
            page.status.setCurrentIndex(status)  # the combo applies the filters itself
        page.apply_filters()  # what Enter (or the pause after typing) does
        page.grab()
        filter_ms.append((time.perf_counter_ns() - began) / 1e6)
    page.deleteLater()
    app.processEvents()
    return first_rows[1:], filter_ms


def _time_calendar(folder: Path) -> list[float]:
    """Milliseconds per paint of a day of 10 coaches with 15 bookings each."""
    from PySide6.QtGui import QPixmap

    from studio_desk.ui.calendar.day_calendar import DayCalendar

    app = _qt_app()
    db = open_database(URL.create("sqlite", database=str(folder / "calendar.sqlite3")))
    try:
        studio = seed_studio(
            db, coaches=CALENDAR_COACHES, days=1, clients=150, opens=CALENDAR_OPENS, closes=CALENDAR_CLOSES
        )
        day = studio.days[0]
        client = iter(studio.client_ids)
        for start in start_times(CALENDAR_OPENS, CALENDAR_CLOSES, step_minutes=60, duration_minutes=60):
            for course_id in studio.course_ids:
                services.create_booking(
                    db, studio.actor, client_id=next(client), course_id=course_id, date=day, start_time=start
                )
        schedule = services.day_schedule(db, day)
        settings = services.get_settings(db)
    finally:
        db.dispose()
    booked = sum(len(coach.bookings) for coach in schedule.coaches)
    print(f"calendar: {len(schedule.coaches)} coaches, {booked} bookings on {day}")
    calendar = DayCalendar(settings)
    calendar.set_now(dt.datetime.combine(day, dt.time(12, 30), tzinfo=settings.zone))
    calendar.set_schedule(schedule)
    calendar.resize(*CALENDAR_SIZE)
    canvas = QPixmap(calendar.size())
    calendar.render(canvas)  # warm-up: fonts, glyph cache, layout for this width
    samples: list[float] = []
    for _ in range(PAINT_RUNS):
        began = time.perf_counter_ns()
        calendar.render(canvas)
        samples.append((time.perf_counter_ns() - began) / 1e6)
    calendar.deleteLater()
    app.processEvents()
    return samples


def _report(name: str, value: float, target: float, unit: str, detail: str = "") -> None:
    met = verdict(value, target)
    print(f"{name:20s} {value:9.2f} {unit:2s} (target <= {target:g} {unit}: {met}){detail}")


def run(url: URL, options: argparse.Namespace) -> Outcome:
    n = listing.N_QUICK if options.quick else listing.N_DEFAULT
    now = _list_now(n)
    bundle = find_bundle(getattr(options, "bundle", None))
    if bundle is None:
        print(f"bundle: none at {DEFAULT_BUNDLE.relative_to(REPO)} (python -m shipping.build makes one); "
              "timing the virtual environment only")
    else:
        print(f"bundle: {bundle}")
    # The desk's modules compiled, as pip does when it installs them: else the first desk timed
    # (or every one, under PYTHONDONTWRITEBYTECODE) would time Python's compiler too.
    compileall.compile_dir(Path(studio_desk.__file__).parent, quiet=1)
    db = Database.open(url, clock=lambda: now)
    try:
        print(f"backend: {db.backend} ({db.describe()}); writing {n} bookings ...")
        listing._seed(db, n)
        runs = WINDOW_RUNS_QUICK if options.quick else WINDOW_RUNS
        # Taken in turns, so that a busy moment of the machine falls on both alike.
        venv_runs: list[float] = []
        bundle_runs: list[float] = []
        for _ in range(runs):
            venv_runs.append(_time_desk_command([sys.executable, "-m", "studio_desk"], url, REPO))
            if bundle is not None:
                bundle_runs.append(_time_desk_command([str(bundle)], url, bundle.parent))
        rss_mb = _desk_memory(url, now)
        first_rows, filter_ms = _time_list(db)
        in_process_mb = resident_mb()
    finally:
        db.dispose()
    with tempfile.TemporaryDirectory(prefix="studio-bench-ui-") as folder:
        paints = _time_calendar(Path(folder))

    first_ms, change_ms, paint_ms = (statistics.median(s) for s in (first_rows, filter_ms, paints))
    figures: dict[str, object] = {}
    for name, samples in (("window_shown", venv_runs), ("bundle_window_shown", bundle_runs)):
        if samples:
            seconds = statistics.median(samples)
            _report(name, seconds, TARGET_WINDOW_S, "s", f"  runs {', '.join(f'{s:.2f}' for s in samples)}")
            figures[f"{name}_s"] = round(seconds, 3)
    _report("list_first_rows", first_ms, TARGET_FIRST_ROWS_MS, "ms", f"  max {max(first_rows):.1f}")
    _report("list_filter", change_ms, TARGET_FILTER_MS, "ms", f"  max {max(filter_ms):.1f}")
    _report("rss", rss_mb, TARGET_RSS_MB, "MB",
            f"  desk process with the list up (this harness: {in_process_mb:.0f} MB)")
    _report("calendar_paint", paint_ms, TARGET_PAINT_MS, "ms", f"  max {max(paints):.1f}")
    return Outcome({
        **figures,
        "list_first_rows_ms": round(first_ms, 2),
        "list_filter_ms": round(change_ms, 2),
        "rss_mb": rss_mb,
        "calendar_paint_ms": round(paint_ms, 2),
        "backend": db.backend,
        "n": n,
    })
