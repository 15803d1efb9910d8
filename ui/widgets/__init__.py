"""Reusable widgets shared by the pages: each in its own module (ui.widgets.tibetan_edit …),
imported from there, so that importing one widget does not import them all."""
