"""Getting started and who is at the desk: first run, PIN sign-in, database connection, language."""
