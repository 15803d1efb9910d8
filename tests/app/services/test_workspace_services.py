"""The Workspace makes its services on first use (start-up needs none of them), once each."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_opening_a_register_imports_no_register_service(ws):
    path = ws.db.path
    ws.close()
    code = (
        "import sys; from app.services.workspace import Workspace; "
        f"w = Workspace.open({str(path)!r}); w.office; w.close(); "
        "print(sorted(m for m in sys.modules if m in ('app.services.households', 'app.services.loans',"
        " 'app.services.complaints', 'stdnum', 'argon2', 'cryptography')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_each_service_is_made_once_and_knows_its_workspace(ws):
    from app.services.households import HouseholdService

    first = ws.households
    assert isinstance(first, HouseholdService) and first.ws is ws
    assert ws.households is first
