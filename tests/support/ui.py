"""Helpers for widget tests: prompts that record and answer, a desk that runs synchronously, and
a password store in memory (the one thing a headless test machine cannot have)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from studio_desk.services import Actor, Database
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.prompts import Prompts
from studio_desk.ui.kit.tasks import TaskRunner


@dataclass
class ScriptedPrompts(Prompts):
    """Records every message; `confirm` answers with the next of `answers` (default yes)."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        self.questions.append(text)
        return self.answers.pop(0) if self.answers else True


def synchronous_desk(db: Database, actor: Actor | None = None) -> Desk:
    desk = Desk(db, TaskRunner(synchronous=True), ScriptedPrompts())
    desk.set_actor(actor)
    return desk
