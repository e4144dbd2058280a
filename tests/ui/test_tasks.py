"""The one helper for slow work: off the GUI thread, answers back on it, never into a closed window."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Database
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.tasks import TaskRunner
from tests.support.ui import ScriptedPrompts


def test_work_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    runner = TaskRunner()
    threads: dict[str, threading.Thread] = {}
    answers: list[int] = []

    def work() -> int:
        threads["work"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        threads["answer"] = threading.current_thread()
        answers.append(value)

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, done, lambda error: None)
    assert answers == [42]
    assert threads["work"] is not threading.main_thread()
    assert threads["answer"] is threading.main_thread()


def test_a_failure_reaches_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    failures: list[Exception] = []

    def work() -> None:
        raise ValueError("no")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, lambda _: None, failures.append)
    assert [str(error) for error in failures] == ["no"]


def test_an_answer_for_a_closed_window_is_dropped(qtbot: QtBot) -> None:
    runner = TaskRunner()
    label = QLabel()
    release = threading.Event()

    def work() -> str:
        release.wait(5)
        return "late"

    runner.run(work, label.setText, lambda error: None)
    label.deleteLater()
    qtbot.waitUntil(lambda: _deleted(label))
    release.set()
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        pass
    assert not runner.busy


def _deleted(widget: QLabel) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return True
    return False


def test_a_slow_web_never_holds_up_a_database_read(qtbot: QtBot, db: Database) -> None:
    # The real pools: the web's round waits on an event; a read meanwhile answers at once.
    desk = Desk(db, TaskRunner(), ScriptedPrompts())
    web_may_answer = threading.Event()
    web_answers: list[str] = []
    desk.read(lambda _db: web_may_answer.wait(10) and "web", web_answers.append, network=True)
    desk.read(lambda _db: "second web round", web_answers.append, network=True)  # waits its turn
    coaches: list[object] = []
    desk.read(services.list_coaches, coaches.append)
    qtbot.waitUntil(lambda: bool(coaches), timeout=5_000)
    assert web_answers == []  # still waiting for the web, one round at a time
    web_may_answer.set()
    qtbot.waitUntil(lambda: web_answers == ["web", "second web round"], timeout=5_000)
    assert desk.tasks.wait_for_done(5_000) and desk.network_tasks.wait_for_done(5_000)
