"""Where the desk's file choosers start: the documents folder, else home, never the folder the
desk happened to be started in."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio_desk.ui.kit.prompts import documents_folder


def test_file_choosers_start_in_documents_or_else_at_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    monkeypatch.chdir(tmp_path)
    assert documents_folder() == home  # a new account without a Documents folder
    (home / "Documents").mkdir()
    assert documents_folder() == home / "Documents"
