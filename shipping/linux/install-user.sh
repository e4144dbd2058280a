#!/bin/sh
# Studio Desk for this user only, without root: run from the unpacked bundle folder.
#
#   ./install-user.sh              copy this folder to ~/.local/share/studio-desk, put Studio Desk in
#                                  the applications menu with its icon, and `studio-desk` in ~/.local/bin
#   ./install-user.sh --uninstall  take all of that away again (the studio's database and the desk's
#                                  settings stay: they are the studio's, not the program's)
#
# The folder is copied, not linked: the unpacked download may be moved or deleted afterwards, and a
# newer bundle's install replaces the copy in one step. Close the desk before installing a new one.
set -eu

NAME=studio-desk
BUNDLE=$(cd "$(dirname "$0")" && pwd -P)
# The app icons inside the bundle (the studio_desk package's resources, in PyInstaller's folder):
# studio-desk-<size>.png and studio-desk.svg.
ICON_DIR="$BUNDLE/_internal/studio_desk/resources/icons"

: "${HOME:?HOME is not set}"
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET="$DATA_HOME/$NAME"
ENTRY="$DATA_HOME/applications/$NAME.desktop"
ICONS="$DATA_HOME/icons/hicolor"
COMMAND_LINK="$HOME/.local/bin/$NAME"

say() { printf '%s\n' "$*"; }
fail() { printf 'install-user.sh: %s\n' "$*" >&2; exit 1; }

refresh_menus() {
    # Menus and docks read these caches where they exist; without the tools they rescan anyway.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$ICONS" ]; then
        gtk-update-icon-cache -q -t -f "$ICONS" 2>/dev/null || true
    fi
}

# A folder of that name that is not a Studio Desk bundle is someone else's: never delete it.
check_target_is_ours() {
    if [ -e "$TARGET" ] && [ ! -x "$TARGET/$NAME" ]; then
        fail "$TARGET exists but holds no Studio Desk; move it away first."
    fi
}

uninstall() {
    check_target_is_ours
    rm -f "$ENTRY"
    rm -f "$ICONS"/*/apps/"$NAME".png "$ICONS"/scalable/apps/"$NAME".svg
    if [ -L "$COMMAND_LINK" ] && [ "$(readlink "$COMMAND_LINK")" = "$TARGET/$NAME" ]; then
        rm -f "$COMMAND_LINK"
    fi
    rm -rf "$TARGET"
    refresh_menus
    say "Studio Desk is uninstalled. The studio's database and the desk's settings are kept."
}

copy_bundle() {
    [ -x "$BUNDLE/$NAME" ] || fail "run this script from the Studio Desk bundle folder (no $NAME beside it)."
    if [ "$BUNDLE" = "$(cd "$TARGET" 2>/dev/null && pwd -P)" ]; then
        return  # run from the installed copy: only the menu entry and icons are written again
    fi
    check_target_is_ours
    mkdir -p "$DATA_HOME"
    rm -rf "$TARGET.new"
    cp -a "$BUNDLE" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
}

# The Exec line: the path quoted, as the desktop entry spec asks for one with spaces. The few
# characters the spec would need escaped twice are refused rather than risked.
exec_line() {
    # shellcheck disable=SC1003 # '\' is a backslash, not an escaped quote
    case "$1" in
        *'"'* | *'`'* | *'$'* | *'\'*)
            fail "cannot write a menu entry for $1: the path has a quote, \$ or \\ in it (set XDG_DATA_HOME to another folder)." ;;
    esac
    printf 'Exec="%s"\n' "$(printf '%s' "$1" | sed 's/%/%%/g')"
}

write_entry() {  # $1: the Exec line
    executable="$TARGET/$NAME"
    mkdir -p "$(dirname "$ENTRY")"
    # Every line of the bundle's entry, with Exec and TryExec pointing at the installed desk.
    awk -v exec_line="$1" -v try_exec="TryExec=$executable" '
        /^Exec=/ { print exec_line; next }
        /^TryExec=/ { print try_exec; next }
        { print }
    ' "$BUNDLE/$NAME.desktop" >"$ENTRY.new"
    mv "$ENTRY.new" "$ENTRY"
}

install_icons() {
    found=0
    for png in "$ICON_DIR/$NAME"-*.png; do
        [ -f "$png" ] || continue
        size=$(basename "$png" .png)
        size=${size##*-}  # studio-desk-48.png: 48
        case "$size" in '' | *[!0-9]*) continue ;; esac
        mkdir -p "$ICONS/${size}x${size}/apps"
        cp "$png" "$ICONS/${size}x${size}/apps/$NAME.png"
        found=$((found + 1))
    done
    if [ -f "$ICON_DIR/$NAME.svg" ]; then
        mkdir -p "$ICONS/scalable/apps"
        cp "$ICON_DIR/$NAME.svg" "$ICONS/scalable/apps/$NAME.svg"
        found=$((found + 1))
    fi
    if [ "$found" -eq 0 ]; then
        say "This bundle has no icons ($ICON_DIR): the menu shows a generic one."
    fi
}

link_command() {
    # `studio-desk demo` in a terminal; ~/.local/bin is on PATH on Debian and Ubuntu once it exists.
    if [ -e "$COMMAND_LINK" ] && [ ! -L "$COMMAND_LINK" ]; then
        say "Kept $COMMAND_LINK, which is not a link to the desk."
        return
    fi
    mkdir -p "$(dirname "$COMMAND_LINK")"
    ln -sfn "$TARGET/$NAME" "$COMMAND_LINK"
}

case "${1:-}" in
    --uninstall) uninstall ;;
    "")
        exec=$(exec_line "$TARGET/$NAME")  # refuses a folder it cannot write, before copying
        copy_bundle
        write_entry "$exec"
        install_icons
        link_command
        refresh_menus
        say "Studio Desk is installed in $TARGET and is in the applications menu."
        ;;
    *) fail "unknown option '$1' (use no option to install, or --uninstall)" ;;
esac
