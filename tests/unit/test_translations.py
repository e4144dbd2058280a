"""Every string the desk shows has an English and an Indonesian translation, compiled and current."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from studio_desk.tools import translation_files
from studio_desk.tools.translation_files import TRANSLATIONS_DIR, Message, messages, ts_path
from studio_desk.ui.kit.language import LANGUAGES, install_language

PLACEHOLDER = re.compile(r"\{\w*\}")
TAG = re.compile(r"</?\w+[^>]*>")


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&|\w+;)", text))


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in the desk's code today, gathered into a copy of the Indonesian file."""
    copy = tmp_path_factory.mktemp("ts") / "studio_desk_id.ts"
    shutil.copy(ts_path("id"), copy)
    translation_files.collect(copy)
    return messages(copy)


def test_the_files_hold_exactly_the_strings_in_the_code(collected: list[Message]) -> None:
    in_code = {(m.context, m.source) for m in collected}
    assert len(in_code) > 300, "the desk's strings are collected"
    for code in LANGUAGES:
        in_file = {(m.context, m.source) for m in messages(ts_path(code))}
        assert in_code - in_file == set(), (
            f"studio_desk_{code}.ts misses strings: run translation_files update"
        )
        assert in_file - in_code == set(), f"studio_desk_{code}.ts keeps strings the code no longer has"


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_string_is_translated(code: str) -> None:
    unfinished = [(m.context, m.source) for m in messages(ts_path(code)) if not m.finished]
    assert unfinished == []


def test_indonesian_keeps_each_placeholder_tag_and_shortcut_letter() -> None:
    for message in messages(ts_path("id")):
        where = f"{message.context}: {message.source!r} -> {message.translation!r}"
        assert sorted(PLACEHOLDER.findall(message.source)) == sorted(
            PLACEHOLDER.findall(message.translation)
        ), where
        assert sorted(TAG.findall(message.source)) == sorted(TAG.findall(message.translation)), where
        assert mnemonics(message.source) == mnemonics(message.translation), where


def test_the_compiled_files_are_current(tmp_path: Path) -> None:
    for source in TRANSLATIONS_DIR.glob("*.ts"):
        compiled = source.with_suffix(".qm")
        assert compiled.exists(), f"{compiled.name} is missing: run translation_files update"
        fresh = tmp_path / compiled.name
        translation_files.compile_ts(source, fresh)
        assert fresh.read_bytes() == compiled.read_bytes(), f"{compiled.name} is older than its .ts"


def test_the_desk_speaks_indonesian_once_it_is_installed() -> None:
    app = QApplication.instance() or QApplication([])
    try:
        install_language("id")
        assert QCoreApplication.translate("labels", "Paid") != "Paid"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert [b.text() for b in buttons.buttons()] == ["Batal"], "Qt's own buttons too"
    finally:
        install_language("en")
    assert QCoreApplication.translate("labels", "Paid") == "Paid"
    del app
