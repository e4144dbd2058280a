"""The web sync at the desk: the periodic driver, the status-bar indicator, settings and problems."""
