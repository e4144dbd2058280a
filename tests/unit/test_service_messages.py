"""Every refusal a service raises is a translatable template whose fields are all given.

The desk translates `error.template` and fills in `error.fields`; a message written as an
f-string, or a template naming a field its raise does not give, would reach a person in English
or not at all. This reads the services' code, so it covers raises no other test reaches.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import studio_desk.services
from studio_desk.services import errors, text
from studio_desk.services.bookings import permissions
from studio_desk.services.bookings import reads as booking_reads
from studio_desk.services.money import payments
from studio_desk.services.sync import web_api

SERVICES = Path(studio_desk.services.__file__).parent
DESK = SERVICES.parent
# Every DomainError whose first argument is the message (a WebHttpError's is the HTTP status).
MESSAGE_FIRST = {
    name
    for module in (errors, web_api)
    for name, value in vars(module).items()
    if isinstance(value, type)
    and issubclass(value, errors.DomainError)
    and not issubclass(value, web_api.WebHttpError)
}


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def raises() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name in MESSAGE_FIRST and node.args:
                    found.append((f"{path.relative_to(SERVICES)}:{node.lineno}", node))
    return found


def test_messages_are_templates_with_their_fields() -> None:
    problems = []
    for where, call in raises():
        message = call.args[0]
        given = {keyword.arg for keyword in call.keywords if keyword.arg}
        if isinstance(message, ast.JoinedStr):
            problems.append(f"{where}: an f-string; write a QT_TRANSLATE_NOOP template with fields")
        elif isinstance(message, ast.Constant):
            problems.append(f"{where}: not marked for translation (QT_TRANSLATE_NOOP)")
        elif isinstance(message, ast.Call) and getattr(message.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = message.args
            assert isinstance(context, ast.Constant) and context.value == errors.TRANSLATION_CONTEXT, where
            if not isinstance(text, ast.Constant):
                problems.append(f"{where}: the template is not one literal")
            elif fields_of(text.value) != given:
                problems.append(f"{where}: fields {sorted(fields_of(text.value))} but given {sorted(given)}")
    assert problems == []
    assert len(raises()) > 100, "the services' raises were found"


def test_a_template_gives_the_english_sentence_and_keeps_its_parts() -> None:
    error = errors.ValidationError(
        errors.QT_TRANSLATE_NOOP("services", "The refund cannot be more than {paid}."), paid="Rp 150.000"
    )
    assert str(error) == "The refund cannot be more than Rp 150.000."
    assert error.template == "The refund cannot be more than {paid}."
    assert error.fields == {"paid": "Rp 150.000"}


# The services that word a refusal from the `what` their caller names, and the tables of whole
# sentences they look it up in: (tables, where `what` is among the positional arguments).
WHAT_TABLES = {
    "clean_text": ((text._NOT_TEXT, text._TOO_LONG, text._INVISIBLE, text._UNPRINTABLE), None),
    "required_text": (
        (text._NOT_TEXT, text._MISSING, text._TOO_LONG, text._INVISIBLE, text._UNPRINTABLE), None
    ),
    "parse_amount": ((payments._AMOUNT_REFUSALS,), None),
    "parse_id": ((booking_reads._NOT_A_NUMBER,), 1),
    "_remote_id": ((booking_reads._NOT_A_NUMBER,), 1),  # catalog's parse_id of a web id
    "require_admin": ((permissions._ADMIN_ONLY,), 1),
    "require_desk": ((permissions._DESK_ONLY,), 1),
}


def what_arguments() -> list[tuple[str, str, ast.expr | None]]:
    """(where, function, the `what` it is given) for every call in the desk's code, except one
    such function handing its own `what` on to another (required_text to clean_text)."""
    found = []
    for path in sorted(DESK.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        passing_on = {
            id(call)
            for function in ast.walk(tree)
            if isinstance(function, ast.FunctionDef) and function.name in WHAT_TABLES
            for call in ast.walk(function)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in passing_on:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in WHAT_TABLES:
                continue
            _, position = WHAT_TABLES[name]
            given = next((keyword.value for keyword in node.keywords if keyword.arg == "what"), None)
            if given is None and position is not None and len(node.args) > position:
                given = node.args[position]
            found.append((f"{path.relative_to(DESK)}:{node.lineno}", name, given))
    return found


def test_every_what_a_caller_names_has_its_whole_sentences() -> None:
    """A caller's `what` ("the client's name", "close the day") picks whole sentences for the
    translator; one missing from a table would reach an Indonesian desk as English words inside
    a translated sentence, or not at all."""
    problems = []
    for where, function, given in what_arguments():
        tables, _ = WHAT_TABLES[function]
        if given is None:
            if function != "parse_amount":  # parse_amount's default is "The amount"
                problems.append(f"{where}: {function} without its `what`")
            continue
        if not (isinstance(given, ast.Constant) and isinstance(given.value, str)):
            problems.append(f"{where}: {function}'s `what` is not one literal")
            continue
        missing = [table_name(table) for table in tables if given.value not in table]
        if missing:
            problems.append(f"{where}: {given.value!r} is missing from {', '.join(missing)}")
    assert problems == []
    assert len(what_arguments()) > 30, "the callers were found"


def table_name(table: dict[str, object]) -> str:
    for module in (text, payments, booking_reads, permissions):
        for name, value in vars(module).items():
            if value is table:
                return f"{module.__name__}.{name}"
    raise AssertionError("unknown table")
