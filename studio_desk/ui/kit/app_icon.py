"""The desk's application icon (a calendar page with a tick on a teal tile): the window icon of
every window, and the picture in the About box.

The PNG sizes are rendered from icons/studio-desk.svg by `python -m studio_desk.tools.app_icon`
and read through importlib.resources, like the translations. The desk loads the PNGs, not the
SVG: a QIcon of PNGs needs no image-format plugin, in a bundle as in a virtual environment.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QIcon, QPixmap

from studio_desk.resources import packaged

ICONS = "icons"  # the folder of studio_desk/resources that holds the icon
SVG_FILE = "studio-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

log = logging.getLogger(__name__)


def png_file(size: int) -> str:
    return f"studio-desk-{size}.png"


def application_icon() -> QIcon:
    """The icon in every size, for Qt to pick the one a title bar, task bar or dialog needs
    (an empty icon, and a warning in the log, if the files are not in the package)."""
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap()
        try:
            data = packaged(ICONS, png_file(size)).read_bytes()
        except OSError:
            continue
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    if icon.isNull():
        log.warning("The application icon is missing in %s; the windows show the system's.",
                    packaged(ICONS))
    return icon
