"""PySide6 front end. Widgets call app.services; they never run SQL (DESIGN §2)."""
