"""Shipping the desk as an app: a folder with an executable that runs without Python installed.

`python -m shipping.build` makes it with PyInstaller (onedir): dist/studio-desk/ holds
`studio-desk` (`studio-desk.exe` on Windows) and, on Linux, the desktop entry and the per-user
install script of `shipping/linux/`. The package is named `shipping`, not `packaging`: a
top-level `packaging` would hide the PyPI library of that name from pip and setuptools.
"""
