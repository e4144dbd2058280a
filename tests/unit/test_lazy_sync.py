"""The web sync's names load when first used (studio_desk/services/sync/__init__.py): every one of
them is there as before, and the web client waits for the first sync round."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap

import studio_desk.services.sync as sync_package
from studio_desk import services


def loaded_after(code: str) -> set[str]:
    """The web-client modules a fresh interpreter holds after running `code`."""
    probe = textwrap.dedent(code) + textwrap.dedent("""
        import sys
        print(" ".join(sorted(
            name for name in ("alembic", "httpx", "pydantic", "studio_desk.services.sync.run")
            if name in sys.modules
        )))
    """)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_reading_the_settings_and_the_status_loads_no_web_client() -> None:
    assert loaded_after("""
        from studio_desk import services
        services.sync.get_sync_config, services.sync.sync_status, services.sync.send_again
    """) == set()


def test_a_sync_round_loads_the_web_client() -> None:
    assert loaded_after("from studio_desk.services.sync import run_sync_once") == {
        "httpx", "pydantic", "studio_desk.services.sync.run"
    }


def test_every_exported_name_is_there() -> None:
    assert services.sync is sync_package
    assert sorted(sync_package._HOMES) == sorted(sync_package.__all__)
    for name in sync_package.__all__:
        value = getattr(sync_package, name)
        home = f"{sync_package.__name__}.{sync_package._HOMES[name]}"
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__module__ == home, name
        else:
            assert getattr(sys.modules[home], name) == value, name
    assert "run_sync_once" in dir(sync_package)
    assert sync_package.run.__name__ == "studio_desk.services.sync.run"  # its modules, by name too


def test_a_name_it_does_not_have_is_an_attribute_error() -> None:
    for name in ("run_sync_twice", "__wrapped__"):
        assert not hasattr(sync_package, name)
    assert not hasattr(services, "synch")
