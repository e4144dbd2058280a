"""Why the desk will not, or cannot, use a database: a sentence a person can act on.

These are raised below the services (opening a database, checking its address), where the
services' DomainError cannot be imported: studio_desk.services imports this layer, not the other
way round. Each carries its template and fields as a DomainError does, so the services and the
desk translate it the same way (studio_desk.services.setup.connection and unit_of_work turn it
into a DomainError; the command line prints it in English).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for translation in `context` (the same marker as services.errors, which this
    layer cannot import); returns it unchanged."""
    return text


class DatabaseRefusal(Exception):
    """`str(refusal)` is the English sentence; `template` and `fields` are for translating it."""

    def __init__(self, template: str, **fields: str) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields))


class BadDatabaseAddress(DatabaseRefusal):
    """The address itself will not do (empty, no database named, in memory, a missing folder):
    a mistake in what was given, found before anything connects or is created."""


class NoSuchDatabaseFolder(BadDatabaseAddress):
    """A SQLite file in a folder that does not exist: a typo, unless the folder is made on purpose."""

    def __init__(self, template: str, *, folder: str) -> None:
        super().__init__(template, folder=folder)
        self.folder = folder


class DatabaseCannotWrite(DatabaseRefusal):
    """The database takes no writes: read-only, the disk holding it full, or (SQLite) its file
    or folder closed to this user."""


class SchemaTooNew(DatabaseRefusal):
    """The database was migrated by a newer Studio Desk than this one."""
