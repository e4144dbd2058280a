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
from studio_desk.services import errors
from studio_desk.services.sync import web_api

SERVICES = Path(studio_desk.services.__file__).parent
# Every DomainError whose first argument is the message (WebRefused's is the HTTP status).
MESSAGE_FIRST = {
    name
    for module in (errors, web_api)
    for name, value in vars(module).items()
    if isinstance(value, type) and issubclass(value, errors.DomainError) and value is not web_api.WebRefused
} - {"WebSlotTaken"}


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
