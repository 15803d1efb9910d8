"""File steps that behave differently on Windows: now in app.safe_write (shared by backups, sync
packages and exports); re-exported here for the callers that import them from this module."""

from __future__ import annotations

from app.safe_write import REPLACE_RETRY_DELAYS, replace_retrying

__all__ = ["REPLACE_RETRY_DELAYS", "replace_retrying"]
