"""Widget tests run on a real SQLite file (and PostgreSQL where a test asks for both), with the
desk's work done synchronously so that a test reads each outcome on the next line."""

from __future__ import annotations

import pytest

from studio_desk.services import Database
from studio_desk.ui.kit.desk import Desk
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, synchronous_desk


@pytest.fixture(params=["sqlite"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def desk(db: Database, studio: Studio) -> Desk:
    """The desk with the receptionist signed in."""
    return synchronous_desk(db, studio.desk)


@pytest.fixture
def prompts(desk: Desk) -> ScriptedPrompts:
    assert isinstance(desk.prompts, ScriptedPrompts)
    return desk.prompts
