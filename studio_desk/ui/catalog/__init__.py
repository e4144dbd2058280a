"""The studio's catalogue at the desk (admins): the Coaches and Courses screens."""
