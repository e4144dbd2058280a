"""Sync with the studio's web platform (DESIGN.md section 6): configuration, outbox, push, pull."""

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
from studio_desk.services.sync.run import SyncReport, SyncStatus, run_sync_once, sync_status

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
