"""Benchmarks of the desk's services: `python -m bench NAME [--db URL] [--quick]`.

Each benchmark prints what it measured for people and, as its last line, one JSON object of
figures for tools. They are figures, not tests: nothing here fails because something is slow.
"""
