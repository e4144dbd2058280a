"""The desk's language: English or Indonesian, chosen per PC and the system's by default.

`install_language` loads the compiled translations (studio_desk/resources/translations/*.qm)
into the application and makes the language's locale the default, so that money and dates
follow it (`Rp 150.000`, `25 Okt 2025` in Indonesian). Every visible string of the desk goes
through `tr()`; Qt's own strings (standard buttons) come from a second, hand-kept file per
language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from studio_desk.resources import packaged

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
DEFAULT_LANGUAGE = "en"  # the language the source strings are written in
LOCALES = {"en": "en_US", "id": "id_ID"}
SETTINGS_KEY = "language"
TRANSLATIONS = "translations"  # the folder of studio_desk/resources that holds the .qm files
# studio_desk_<code>: the desk's strings; qt_extras_<code>: Qt's own (Cancel, Close, ...).
FILE_STEMS = ("studio_desk", "qt_extras")

log = logging.getLogger(__name__)

# Each installed translator with the bytes it was loaded from: QTranslator reads its messages
# from those bytes in place, without a copy, so they must live as long as it does.
_installed: list[tuple[QTranslator, bytes]] = []


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
    for translator, _data in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    for stem in FILE_STEMS:
        name = f"{stem}_{code}.qm"
        loaded = _load(app, name)
        if loaded is not None:
            app.installTranslator(loaded[0])
            _installed.append(loaded)
        elif code != DEFAULT_LANGUAGE:
            # English needs no file (its words are the source strings); any other language
            # without its file shows English words beside its own dates and money, which
            # looks like a bug in the desk unless the log says why.
            log.warning("The %s translation %s is missing or unreadable in %s; the desk shows "
                        "English words instead.", LANGUAGES[code], name, packaged(TRANSLATIONS))
    QLocale.setDefault(QLocale(LOCALES[code]))


def _load(app: QCoreApplication, name: str) -> tuple[QTranslator, bytes] | None:
    """A translator holding the compiled translation `name`, read through importlib.resources
    (so also from a zipped package), with its bytes; None if there is no such file."""
    try:
        data = packaged(TRANSLATIONS, name).read_bytes()
    except OSError:
        return None
    translator = QTranslator(app)
    if translator.load(data):
        return translator, data
    translator.deleteLater()
    return None
