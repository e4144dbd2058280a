"""The desk's language: English or Indonesian, chosen per PC and the system's by default.

`install_language` loads the compiled translations (resources/translations/*.qm) into the
application and makes the language's locale the default, so that money and dates follow it
(`Rp 150.000`, `25 Okt 2025` in Indonesian). Every visible string of the desk goes through
`tr()`; Qt's own strings (standard buttons) come from a second, hand-kept file per language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
DEFAULT_LANGUAGE = "en"  # the language the source strings are written in
LOCALES = {"en": "en_US", "id": "id_ID"}
SETTINGS_KEY = "language"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[3] / "resources" / "translations"
# studio_desk_<code>: the desk's strings; qt_extras_<code>: Qt's own (Cancel, Close, ...).
FILE_STEMS = ("studio_desk", "qt_extras")

_installed: list[QTranslator] = []


def system_language() -> str:
    return "id" if QLocale.system().name().startswith("id") else DEFAULT_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    """The language set on this PC, else the system's."""
    code = str(settings.value(SETTINGS_KEY, "") or "")
    return code if code in LANGUAGES else system_language()


def choose_language(settings: QSettings, code: str) -> None:
    """Keep `code` for this PC; the desk shows it from the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings.setValue(SETTINGS_KEY, code)


def install_language(code: str) -> None:
    """Translate the application into `code` and format with its locale, from now on."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for stem in FILE_STEMS:
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS_DIR / f"{stem}_{code}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(LOCALES[code]))
