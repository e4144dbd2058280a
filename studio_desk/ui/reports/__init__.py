"""The owner's end of day: the day's takings with the till, the month's chart, the coach report, exports."""
