"""Every public service function, given a hostile value for one parameter (the others valid),
answers with a domain error a person can read, or, if it only reads, with an answer; never a
Python exception, and never a change to any table. On SQLite and PostgreSQL.

The functions are found by inspect over `services.__all__` (and the modules it exports), so a
new service is in this test from the day it is added, and the table of valid calls
(tests/support/service_calls.py) must name it. The hostile values are tests/support/hostile.py.
"""

from __future__ import annotations

import inspect
import types
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.services import Actor, Database, DomainError, StaffRole
from studio_desk.services.text import shown
from tests.conftest import BACKENDS
from tests.support.backends import PgDatabases, sqlite_copy
from tests.support.clock import SettableClock
from tests.support.hostile import drawn, fixed_cases
from tests.support.service_calls import (
    NOT_VARIED,
    REFUSED_BY_THE_STUDIO,
    VALID,
    World,
    build_world,
    call,
    public_functions,
)
from tests.support.snapshot import Unchanged
from tests.support.studio import Studio

PUBLIC = public_functions()


@pytest.fixture(autouse=True)
def own_config_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """connection.save_connection writes this PC's connection file: each test's own, so that a
    valid save reaches no other test (nor the machine: see tests/conftest.py)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


# Drawn examples per varied parameter, on top of every fixed hostile value: the same ones in
# every run (derandomize), so CI is repeatable.
EXAMPLES_PER_PARAMETER = 25
GHOST = Actor(staff_id=999_999, name="Ghost", role=StaffRole.ADMIN)


def varied(name: str, world: World) -> dict[str, Any]:
    return {
        parameter: value
        for parameter, value in VALID[name](world).items()
        if parameter not in NOT_VARIED
    }


def refused_or_answered(function: Callable[..., Any], db: Database, arguments: dict[str, Any]) -> None:
    """Call; a domain error must be a message a person can read, shown or printed."""
    try:
        call(function, db, arguments)
    except DomainError as error:
        message = str(error)
        assert message.strip(), "an empty refusal"
        message.encode("utf-8")  # no lone surrogate: it can be printed and logged
        hidden = [char for char in message if unicodedata.category(char) in ("Cc", "Cs", "Cf")]
        assert hidden == [], f"the refusal carries invisible characters: {message!r}"
        for leak in ("Traceback", "sqlalchemy", "psycopg", "sqlite3", "Error(", "SELECT"):
            assert leak not in message, message


@dataclass
class Shared:
    """One World per backend for the whole module: the hostile calls change nothing (that is
    what they check), so each function's test can start from the same one."""

    db: Database
    world: World
    clock: SettableClock
    backend: str


@pytest.fixture(scope="module", params=BACKENDS)
def shared(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Shared]:
    clock = SettableClock()
    if request.param == "sqlite":
        template, studio = request.getfixturevalue("sqlite_template")
        url = sqlite_copy(template, tmp_path_factory.mktemp("hostile") / "studio.sqlite3")
        name = None
    else:
        databases: PgDatabases = request.getfixturevalue("pg_databases")
        studio = request.getfixturevalue("pg_template")
        name, url = databases.fresh()
    db = Database.open(url, clock=clock, migrate=False)
    try:
        yield Shared(db, build_world(db, studio, clock), clock, request.param)
    finally:
        db.dispose()
        if name is not None:
            databases.drop(name)


def database_for(
    name: str, request: pytest.FixtureRequest, shared: Shared
) -> tuple[Database, World | None]:
    """The shared World, or for start_studio an empty studio of the same backend (a full one
    refuses it, whatever it is given)."""
    if name != "start_studio":
        return shared.db, shared.world
    if shared.backend == "sqlite":
        url = URL.create("sqlite", database=str(request.getfixturevalue("tmp_path") / "new.sqlite3"))
    else:
        databases: PgDatabases = request.getfixturevalue("pg_databases")
        created, url = databases.fresh(empty=True)
        request.addfinalizer(lambda: databases.drop(created))
    empty = Database.open(url, clock=SettableClock())
    request.addfinalizer(empty.dispose)
    return empty, None


def test_every_public_function_has_a_valid_call_of_every_parameter() -> None:
    assert len(PUBLIC) > 100, "the services' functions were found"
    assert set(PUBLIC) == set(VALID), "tests/support/service_calls.py VALID names every public function"
    for name, function in PUBLIC.items():
        parameters = inspect.signature(function).parameters.values()
        named = {p.name for p in parameters if p.kind is not p.VAR_KEYWORD} - {"db"}
        assert named <= set(VALID[name](_NO_WORLD)), f"{name}: give every parameter a valid value"


def test_an_exported_module_without_its_all_is_a_mistake_not_a_module_with_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """services.connection had no __all__ and its functions were never called here."""
    monkeypatch.setattr(services, "bare", types.ModuleType("studio_desk.services.bare"), raising=False)
    monkeypatch.setattr(services, "__all__", [*services.__all__, "bare"])
    with pytest.raises(AssertionError, match=r"services.bare .* has no __all__"):
        public_functions()


class _Anything:
    """Stands for the World where only the names of the arguments are wanted."""

    def __getattr__(self, name: str) -> Any:
        return self


_NO_WORLD: Any = _Anything()


@pytest.mark.parametrize("backend", ["sqlite"])
# load_demo's valid call loads a whole demo studio: tests/integration/test_cli.py does that.
@pytest.mark.parametrize("name", sorted(name for name in PUBLIC if name != "load_demo"))
def test_the_valid_calls_are_valid(
    backend: str, name: str, db: Database, studio: Studio, clock: SettableClock,
    request: pytest.FixtureRequest,
) -> None:
    """What the hostile test starts from works: each valid call succeeds in a fresh World (or
    meets the studio's own refusal it is listed with), so a refusal there is the hostile value's.
    On SQLite: this checks the table of calls, not the database."""
    world = None if name == "start_studio" else build_world(db, studio, clock)
    if name == "start_studio":
        db = Database.open(request.getfixturevalue("empty_database_url"), clock=clock)
        request.addfinalizer(db.dispose)
    arguments = VALID[name](world)
    expected = REFUSED_BY_THE_STUDIO.get(name)
    if expected is None:
        call(PUBLIC[name], db, arguments)
    else:
        with pytest.raises(expected):
            call(PUBLIC[name], db, arguments)


HOSTILE_NAMES = sorted(name for name in PUBLIC if varied(name, _NO_WORLD))


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_arguments_get_a_domain_error_and_change_nothing(
    shared: Shared, name: str, request: pytest.FixtureRequest
) -> None:
    """Every fixed hostile value (tests/support/hostile.py) in every parameter, then values
    hypothesis draws: a modest number, the same in every run (derandomize)."""
    db, world = database_for(name, request, shared)
    function = PUBLIC[name]
    valid = VALID[name](world)
    parameters = sorted(varied(name, world))
    unchanged = Unchanged(db)
    request.addfinalizer(unchanged.close)

    def try_one(parameter: str, value: object) -> None:
        given = f"{name}(..., {parameter}={shown(value)}, ...)"
        try:
            refused_or_answered(function, db, {**valid, parameter: value})
        except Exception as error:
            error.add_note(f"given {given}")
            raise
        assert unchanged.holds(), f"changed a table: {given}"

    for parameter in parameters:
        for value in fixed_cases(parameter, valid[parameter], GHOST):
            try_one(parameter, value)

    @settings(
        max_examples=EXAMPLES_PER_PARAMETER * len(parameters),
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def drawn_values(data: st.DataObject) -> None:
        parameter = data.draw(st.sampled_from(parameters), label="parameter")
        try_one(parameter, data.draw(drawn(parameter, valid[parameter]), label="value"))

    drawn_values()
