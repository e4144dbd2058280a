"""The layers of DESIGN.md section 1, read from the imports: ui -> services -> models, never back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "studio_desk"


def imports_of(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE))] = names
    return found


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("ui", ("sqlalchemy", "studio_desk.models", "studio_desk.db", "alembic")),
        ("services", ("studio_desk.ui", "PySide6")),
        ("models", ("studio_desk.services", "studio_desk.ui", "studio_desk.db", "PySide6")),
    ],
)
def test_a_layer_imports_only_what_is_below_it(layer: str, forbidden: tuple[str, ...]) -> None:
    breaches = {
        module: sorted(name for name in names if name.startswith(forbidden))
        for module, names in imports_of(layer).items()
    }
    assert {module: names for module, names in breaches.items() if names} == {}


def test_the_check_sees_imports() -> None:
    # Guard against a check that passes because it reads nothing.
    assert "studio_desk.services" in imports_of("ui")["ui/main_window.py"]
    assert "sqlalchemy" in imports_of("services")["services/calendar/schedule.py"]


def test_the_core_never_imports_the_optional_sync() -> None:
    # DESIGN.md section 1: bookings, the status machine, money and the outbox work without sync.
    sync_users = {
        module: sorted(name for name in names if name.startswith("studio_desk.services.sync"))
        for module, names in imports_of("services").items()
        if not module.startswith("services/sync/") and module != "services/__init__.py"
    }
    assert {module: names for module, names in sync_users.items() if names} == {}


def test_every_ui_module_sits_in_a_feature_package_or_is_the_window() -> None:
    # A newcomer finds a screen from the folder list: no flat pile of modules in ui/.
    loose = sorted(path.name for path in (PACKAGE / "ui").glob("*.py"))
    assert loose == ["__init__.py", "app.py", "main_window.py"]
