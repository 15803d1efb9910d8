"""SQLite storage: connection, numbered migrations, one repository module per aggregate.

Never imports Qt (DESIGN §2).  Repositories speak rows (dicts); rules live in app/domain.
"""
