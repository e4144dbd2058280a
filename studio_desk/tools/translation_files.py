"""Keeping the translation files in step with the code (a developer's tool, not the desk's).

`python -m studio_desk.tools.translation_files update` collects every `tr()` string of the desk
into studio_desk/resources/translations/studio_desk_<language>.ts (pyside6-lupdate), fills the
English file with the source strings themselves, and compiles every .ts into the .qm the desk
loads (pyside6-lrelease). Indonesian translations are written into studio_desk_id.ts with Qt Linguist,
or from a JSON file ({context: {source: translation}}) with `fill id FILE.json`;
`tests/unit/test_translations.py` fails while one is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from studio_desk.ui.kit.language import DEFAULT_LANGUAGE, LANGUAGES, TRANSLATIONS

PACKAGE_DIR = Path(__file__).resolve().parents[1]
# The sources' own folder (a developer works on a source tree): the desk reads the .qm files
# from there through importlib.resources, and the wheel carries them from there.
TRANSLATIONS_DIR = PACKAGE_DIR / "resources" / TRANSLATIONS


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def ts_path(code: str, stem: str = "studio_desk") -> Path:
    return TRANSLATIONS_DIR / f"{stem}_{code}.ts"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """The desk's screens, the services whose messages they show, and the refusals of the
    database layer below the services (db_address, db_failures) that the services pass on."""
    tools = (path for path in (PACKAGE_DIR / "tools").glob("*.py") if path.name != Path(__file__).name)
    return sorted([
        *(PACKAGE_DIR / "ui").rglob("*.py"), *tools, *(PACKAGE_DIR / "services").rglob("*.py"),
        *PACKAGE_DIR.glob("db_*.py"),
    ])


def collect(target: Path) -> None:
    """Write every tr() string of the desk's sources into `target`, keeping its translations."""
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, sources()), "-ts", str(target)],
        check=True, capture_output=True,
    )


def messages(path: Path) -> list[Message]:
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            unfinished = translation is not None and translation.get("type") in ("unfinished", "vanished")
            found.append(Message(name, message.findtext("source") or "", text, not unfinished and bool(text)))
    return found


def fill_with_sources(path: Path) -> None:
    """The English file: every translation is its source string."""
    tree = ElementTree.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def fill_from(path: Path, translations: dict[str, dict[str, str]]) -> int:
    """Write `translations` ({context: {source: translation}}) into the .ts at `path`; returns
    how many messages it filled. Messages it does not name keep what they had."""
    tree = ElementTree.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            translation = message.find("translation")
            if text and translation is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def compile_ts(source: Path, target: Path) -> None:
    subprocess.run([_tool("lrelease"), str(source), "-qm", str(target)], check=True, capture_output=True)


def release() -> None:
    for path in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        compile_ts(path, path.with_suffix(".qm"))


def update() -> None:
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        collect(ts_path(code))
    fill_with_sources(ts_path(DEFAULT_LANGUAGE))
    release()
    for code in LANGUAGES:
        missing = [m for m in messages(ts_path(code)) if not m.finished]
        print(f"{ts_path(code).name}: {len(missing)} message(s) still to translate")


USAGE = "usage: python -m studio_desk.tools.translation_files update | fill LANGUAGE FILE.json ..."

if __name__ == "__main__":
    match sys.argv[1:]:
        case ["update"]:
            update()
        case ["fill", code, *files] if code in LANGUAGES and files:
            for name in files:
                count = fill_from(ts_path(code), json.loads(Path(name).read_text(encoding="utf-8")))
                print(f"{name}: {count} message(s) filled")
            update()
        case _:
            raise SystemExit(USAGE)
