"""This PC's database connection as the desk's settings screen sees it: test one, keep one.

The URL is kept for this PC without its password; a PostgreSQL password goes to the keyring.
A new connection takes effect when the desk starts again.
"""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from studio_desk.db import resolve_url
from studio_desk.db_address import NOT_TEXT, check_address, prepare_sqlite_file, sqlite_path
from studio_desk.db_connection import keep_password, save_url, with_kept_password
from studio_desk.db_files import NetworkShareError
from studio_desk.db_refusal import DatabaseRefusal, NoSuchDatabaseFolder
from studio_desk.services.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, ValidationError
from studio_desk.services.sentences import Sentence
from studio_desk.services.text import readable

__all__ = ["check_connection", "save_connection"]

# The command line's --create-folder has no place here: the folder is made by hand, on purpose.
NO_SUCH_FOLDER = QT_TRANSLATE_NOOP(
    "services",
    "There is no folder {folder}. Is there a typo in the database file's path? If not, make the "
    "folder first.",
)
ON_A_SHARE = QT_TRANSLATE_NOOP(
    "services",
    "This database file is on a network share ({share}). SQLite files are not safe to share "
    "between PCs; use PostgreSQL for several desks.",
)


_LEAVE_THE_PASSWORD_OUT = QT_TRANSLATE_NOOP(
    "services",
    "Leave the password out of the address and type it in the password field: "
    "it is kept in this computer's password store, never in a file.",
)


def _password(value: object) -> str | None:
    """The password as typed in its field; None when there is none."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "The password must be text."))
    if not readable(value):  # libpq cannot even be sent a NUL
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The password contains invisible control characters.")
        )
    return value or None


def _parsed(url_text: object, password: object) -> URL:
    if not isinstance(url_text, str):  # a caller's mistake: the settings screen gives text
        raise ValidationError(NOT_TEXT)
    secret = _password(password)
    text_ = str.__str__(url_text).strip()
    if not text_:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "Enter the database: a postgresql:// address, or a SQLite file's path."
            )
        )
    try:
        url = resolve_url(text_)
        check_address(url)  # the same checks as --db and STUDIO_DESK_DB get
        if url.get_backend_name() == "sqlite":
            prepare_sqlite_file(sqlite_path(url), may_create_folder=False)
    except NoSuchDatabaseFolder as refusal:
        raise ValidationError(NO_SUCH_FOLDER, folder=refusal.folder) from None
    except DatabaseRefusal as refusal:
        raise ValidationError(refusal.template, **refusal.fields) from None
    except NetworkShareError as refusal:
        raise ValidationError(ON_A_SHARE, share=refusal.reason) from None
    # libpq takes a password in the query too (?password=...): kept with the address, it would
    # be in this PC's connection file.
    if url.password is not None or "password" in url.query:
        raise ValidationError(_LEAVE_THE_PASSWORD_OUT)
    return url.set(password=secret) if secret else url


def check_connection(url_text: str, password: str | None = None) -> Sentence:
    """Connect once to the database at `url_text` and say what answered; a readable
    DatabaseUnavailable if nothing did."""
    url = _parsed(url_text, password)
    if url.get_backend_name() == "sqlite":
        return Sentence(
            QT_TRANSLATE_NOOP(
                "services", "A SQLite file at {path}: the desk makes it if it is not there yet."
            ),
            {"path": url.database},
        )
    engine = create_engine(with_kept_password(url), connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar()
    except DBAPIError as error:
        first_line = str(error.orig).strip().splitlines()[0] if error.orig else "no answer"
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("services", "Could not connect: {reason}"), reason=first_line
        ) from None
    finally:
        engine.dispose()
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
    return Sentence(
        QT_TRANSLATE_NOOP("services", "Connected to PostgreSQL {version} at {where}."),
        {"version": version, "where": where},
    )


def save_connection(url_text: str, password: str | None = None) -> str:
    """Use the database at `url_text` on this PC from the next start; a password is kept in the
    keyring. Returns what the desk will use."""
    url = _parsed(url_text, None)
    password = _password(password)
    if password:
        if url.get_backend_name() != "postgresql":
            raise ValidationError(QT_TRANSLATE_NOOP("services", "A SQLite file has no password."))
        import keyring.errors  # only when asked: its backends take tens of milliseconds to load at start

        try:
            keep_password(url, password)
        except keyring.errors.KeyringError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "This computer has no password store to keep the database password in. Leave it "
                    "empty here and put it in PGPASSWORD or ~/.pgpass where the desk starts.",
                )
            ) from None
    save_url(url)
    return url.render_as_string(hide_password=True)
