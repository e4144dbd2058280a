"""The menu bar and the toolbar of the main window, and the Help menu's dialogs (About,
Keyboard shortcuts)."""
