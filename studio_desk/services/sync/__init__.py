"""Sync with the studio's web platform (DESIGN.md section 6): configuration, outbox, push, pull.

Every name below is loaded from its module when first used, not when the package is imported:
every desk imports this package at start, and most never sync. Reading the settings and the
status needs only the database; the web client (httpx) and the web's answers (pydantic), 0.06 s
of a desk's start (0.1 s in the bundle), wait for the first sync round.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what mypy and readers see; at run time __getattr__ below does these imports
    from studio_desk.services.sync.catch_up import BookingToSend, WebCatchUp
    from studio_desk.services.sync.config import (
        PASSWORD_ENV,
        ConfiguredSync,
        SyncConfig,
        configure_sync,
        get_sync_config,
        preview_catch_up,
        save_password,
    )
    from studio_desk.services.sync.links import (
        CoachLink,
        CourseLink,
        coach_web_link,
        course_web_link,
        parse_coach_link,
        parse_course_link,
    )
    from studio_desk.services.sync.problems import (
        SyncProblems,
        WebConflictView,
        keep_at_desk_only,
        send_again,
        sync_problems,
    )
    from studio_desk.services.sync.run import SyncReport, run_sync_once
    from studio_desk.services.sync.status import SyncStatus, sync_status

# Each exported name and the module of this package that defines it.
_HOMES = {
    "BookingToSend": "catch_up",
    "WebCatchUp": "catch_up",
    "PASSWORD_ENV": "config",
    "ConfiguredSync": "config",
    "SyncConfig": "config",
    "configure_sync": "config",
    "get_sync_config": "config",
    "preview_catch_up": "config",
    "save_password": "config",
    "CoachLink": "links",
    "CourseLink": "links",
    "coach_web_link": "links",
    "course_web_link": "links",
    "parse_coach_link": "links",
    "parse_course_link": "links",
    "SyncProblems": "problems",
    "WebConflictView": "problems",
    "keep_at_desk_only": "problems",
    "send_again": "problems",
    "sync_problems": "problems",
    "SyncReport": "run",
    "run_sync_once": "run",
    "SyncStatus": "status",
    "sync_status": "status",
}

__all__ = [
    "PASSWORD_ENV",
    "BookingToSend",
    "CoachLink",
    "ConfiguredSync",
    "CourseLink",
    "SyncConfig",
    "SyncProblems",
    "SyncReport",
    "SyncStatus",
    "WebCatchUp",
    "WebConflictView",
    "coach_web_link",
    "configure_sync",
    "course_web_link",
    "get_sync_config",
    "keep_at_desk_only",
    "parse_coach_link",
    "parse_course_link",
    "preview_catch_up",
    "run_sync_once",
    "save_password",
    "send_again",
    "sync_problems",
    "sync_status",
]

if not TYPE_CHECKING:  # hidden from mypy, which would otherwise take any misspelt name for one

    def __getattr__(name: str) -> object:
        """An exported name, imported from its module on first use (PEP 562); or a module of
        this package not imported yet (`sync.run`), as when the package imported them all."""
        home = _HOMES.get(name)
        if home is not None:
            value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
            globals()[name] = value  # found directly from now on
            return value
        if not name.startswith("_"):  # not a dunder some tool probes for
            try:
                return importlib.import_module(f"{__name__}.{name}")
            except ModuleNotFoundError as error:
                if error.name != f"{__name__}.{name}":
                    raise  # a module of ours that cannot import something of its own
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *_HOMES})
