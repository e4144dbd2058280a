"""Developer tools and the commands that draw or translate the desk, kept out of the desk's own screens."""
