"""The desk's small shared kit: its state and change signal, the task runner, prompts, words, formats and style."""
