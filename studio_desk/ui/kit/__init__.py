"""The desk's small shared kit: its state and change signal, live views, the task runner, the
dialog base, prompts, words, formats and style."""
