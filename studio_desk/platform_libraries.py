"""The system libraries that Qt needs to open the desk's window on Linux, with their Debian and
Ubuntu packages: the one list behind the README's `apt-get install` line, what .ci/run installs,
and the package the desk names when one is missing (studio_desk/platform_check.py).

The list is derived, not remembered: every library that Qt's X11 platform plugin
(PySide6/Qt/plugins/platforms/libqxcb.so), the desk's Qt modules and the Qt libraries PySide6
ships beside them name as needed (DT_NEEDED; studio_desk.elf_links.system_libraries), less the
C and C++ runtime that every Debian has; each mapped to its package with `dpkg -S`.
tests/shipping/test_platform_libraries.py derives it again from the installed PySide6 and fails
when this table, or the README's line, no longer matches. apt brings what these need in turn.

Standard library only, no studio_desk imports: .ci/run reads it with the system's python3
(`python3 studio_desk/platform_libraries.py --debian-packages`) before any virtual environment
exists.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# soname -> Debian/Ubuntu package. Without any one of them Qt cannot load its X11 plugin (xcb)
# and aborts; the desk checks them first and says which are missing (platform_check.py).
PLATFORM_LIBRARIES: dict[str, str] = {
    "libdbus-1.so.3": "libdbus-1-3",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libGL.so.1": "libgl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

# Loaded by Qt's plugins only when wanted: without them the window opens, but a part is missing.
OPTIONAL_LIBRARIES: dict[str, str] = {
    # plugins/xcbglintegrations: OpenGL on X11 (the desk's widgets draw without it).
    "libxcb-glx.so.0": "libxcb-glx0",
    # plugins/printsupport: the printers in the print dialog (receipts, reports); without it
    # the dialog offers only "Print to PDF".
    "libcups.so.2": "libcups2",
    # plugins/platforms/libqwayland.so and the wayland-* plugins: a Wayland session (the bundle
    # keeps them, and bundles these libraries from the machine that builds it).
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

# The C and C++ runtime: Python itself, apt and everything else on the PC already need them.
C_RUNTIME_PACKAGES = frozenset({"libc6", "libstdc++6", "libgcc-s1"})
_C_RUNTIME_SONAMES = frozenset({
    "libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1",  # libc6
    "libstdc++.so.6", "libgcc_s.so.1",
})


def is_c_runtime(soname: str) -> bool:
    """libc, libm, the loader itself (ld-linux-x86-64.so.2, ld-linux-aarch64.so.1, ...), libstdc++."""
    return soname in _C_RUNTIME_SONAMES or soname.startswith(("ld-linux", "ld64.so"))


def debian_packages() -> list[str]:
    """Every package the README's line installs, each once, sorted."""
    return sorted(set(PLATFORM_LIBRARIES.values()) | set(OPTIONAL_LIBRARIES.values()))


def main(argv: Sequence[str]) -> int:
    if list(argv) != ["--debian-packages"]:
        print("usage: platform_libraries.py --debian-packages", file=sys.stderr)
        return 2
    print(" ".join(debian_packages()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
