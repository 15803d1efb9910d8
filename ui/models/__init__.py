"""Table models over the registers (rows paged in from the services)."""

from ui.models.paged import CENTER, LEFT, RIGHT, Column, IdRole, RegisterTableModel, RowRole, ViewContext

__all__ = ["CENTER", "LEFT", "RIGHT", "Column", "IdRole", "RegisterTableModel", "RowRole", "ViewContext"]
