"""What a Linux shared library asks the dynamic loader for: the libraries it needs (DT_NEEDED)
and the folders it looks in first (DT_RUNPATH, or the older DT_RPATH), as `readelf -d` shows
them. Read with the standard library, because the PC that needs the answer (one that lacks a
library) seldom has binutils, and `ldd` may be missing too."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_PT_LOAD, _PT_DYNAMIC = 1, 2
_DT_NULL, _DT_NEEDED, _DT_STRTAB, _DT_STRSZ, _DT_RPATH, _DT_RUNPATH = 0, 1, 5, 10, 15, 29


class NotAnElfLibrary(ValueError):
    """The file is not a shared library this reader understands (not ELF, cut short)."""


@dataclass(frozen=True)
class ElfLinks:
    needed: tuple[str, ...]
    """The sonames the loader must find, in the file's order ("libxcb-icccm.so.4")."""
    search_path: tuple[Path, ...]
    """The folders named by RUNPATH (or RPATH), with $ORIGIN made the file's own folder."""


@dataclass(frozen=True)
class _Layout:
    endian: str
    wide: bool  # ELF64

    def unpack(self, fmt32: str, fmt64: str, data: bytes) -> tuple[int, ...]:
        return struct.unpack(self.endian + (fmt64 if self.wide else fmt32), data)

    def size(self, fmt32: str, fmt64: str) -> int:
        return struct.calcsize(self.endian + (fmt64 if self.wide else fmt32))


# Program header: type, offset, virtual address, size in the file (the fields used here).
_PHDR32, _PHDR64 = "III4xI12x", "I4xQQ8xQ16x"
_DYN32, _DYN64 = "iI", "qQ"


def elf_links(path: Path) -> ElfLinks:
    try:
        with path.open("rb") as file:
            layout = _layout(file.read(16))
            segments = list(_program_headers(file, layout))
            dynamic = [s for s in segments if s[0] == _PT_DYNAMIC]
            if not dynamic:
                return ElfLinks((), ())  # linked statically: it needs nothing
            entries = list(_dynamic_entries(file, layout, dynamic[0][1], dynamic[0][3]))
            tags: dict[int, int] = {tag: value for tag, value in entries if tag in (_DT_STRTAB, _DT_STRSZ)}
            strings_at = _file_offset(segments, tags[_DT_STRTAB])
            file.seek(strings_at)
            strings = file.read(tags.get(_DT_STRSZ, 1 << 20))
    except (struct.error, KeyError, IndexError) as error:
        raise NotAnElfLibrary(f"{path}: not a shared library that can be read ({error})") from error

    def text(offset: int) -> str:
        return strings[offset:strings.index(b"\0", offset)].decode("utf-8", "replace")

    needed = tuple(text(value) for tag, value in entries if tag == _DT_NEEDED)
    runpath = [text(value) for tag, value in entries if tag == _DT_RUNPATH]
    # The loader ignores RPATH when RUNPATH is there.
    folders = runpath or [text(value) for tag, value in entries if tag == _DT_RPATH]
    origin = str(path.parent)
    search = tuple(
        Path(folder.replace("${ORIGIN}", origin).replace("$ORIGIN", origin))
        for joined in folders for folder in joined.split(":") if folder
    )
    return ElfLinks(needed, search)


def _layout(ident: bytes) -> _Layout:
    if len(ident) < 16 or ident[:4] != b"\x7fELF" or ident[4] not in (1, 2) or ident[5] not in (1, 2):
        raise struct.error("no ELF header")
    return _Layout(endian="<" if ident[5] == 1 else ">", wide=ident[4] == 2)


def _program_headers(file: BinaryIO, layout: _Layout) -> Iterator[tuple[int, int, int, int]]:
    """(type, file offset, virtual address, size in the file) of every segment."""
    header = file.read(layout.size("HHIIIIIHHH", "HHIQQQIHHH"))
    fields = layout.unpack("HHIIIIIHHH", "HHIQQQIHHH", header)
    table_at, entry_size, count = fields[4], fields[8], fields[9]
    wanted = layout.size(_PHDR32, _PHDR64)
    for index in range(count):
        file.seek(table_at + index * entry_size)
        kind, offset, address, size = layout.unpack(_PHDR32, _PHDR64, file.read(wanted))
        yield kind, offset, address, size


def _dynamic_entries(file: BinaryIO, layout: _Layout, offset: int, size: int) -> Iterator[tuple[int, int]]:
    entry = layout.size(_DYN32, _DYN64)
    file.seek(offset)
    data = file.read(size)
    for start in range(0, len(data) - entry + 1, entry):
        tag, value = layout.unpack(_DYN32, _DYN64, data[start:start + entry])
        if tag == _DT_NULL:
            return
        yield tag, value


def _file_offset(segments: list[tuple[int, int, int, int]], address: int) -> int:
    """Where in the file the loaded address `address` comes from (the string table's)."""
    for kind, offset, start, size in segments:
        if kind == _PT_LOAD and start <= address < start + size:
            return offset + address - start
    raise IndexError(f"address {address:#x} in no loaded segment")


def system_libraries(*roots: Path) -> list[str]:
    """The sonames that `roots` need from the system, in the order first met: a library found
    in a search-path folder (shipped alongside, as PySide6 ships Qt's) is followed for what it
    needs in turn; any other name is the system's to provide."""
    found: dict[str, None] = {}
    seen: set[Path] = set()
    waiting = list(roots)
    while waiting:
        library = waiting.pop(0)
        if library in seen:
            continue
        seen.add(library)
        links = elf_links(library)
        for name in links.needed:
            shipped = next((folder / name for folder in links.search_path if (folder / name).is_file()), None)
            if shipped is not None:
                waiting.append(shipped.resolve())
            else:
                found.setdefault(name)
    return list(found)
