"""Small test helpers (kept independent of the code under test)."""
from __future__ import annotations


def valid_id(first17: str) -> str:
    """Complete 17 digits with their ISO 7064 MOD 11-2 check character."""
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(first17))
    return first17 + "10X98765432"[total % 11]


POOR = dict(name_zh="卓玛", name_bo="སྒྲོལ་མ", id_number=valid_id("63212219850101202"), phone="13912345678",
            village="拉脊村", status="registered_poor", household_size=4, labour_count=2, ethnicity="tibetan")
GENERAL = dict(name_zh="李建国", id_number=valid_id("63012119700315101"), phone="0971-8123456",
               village="上寨村", status="general", household_size=3, ethnicity="han")
