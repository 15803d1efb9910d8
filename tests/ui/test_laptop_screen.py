"""Issue 15: on a 1366×768 office laptop (1366×728 left by the taskbar) every page and every
dialog fits, in 中文, བོད་ཡིག and bilingual mode, with its buttons, fields and scroll bars on
screen — and the width bilingual mode needs does not stay after switching back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("laptop_screen_probe.py")


def test_every_page_and_dialog_fits_a_1366x768_laptop_in_every_mode(tmp_path, data_dir):
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 728,
                        "logicalDpiX": 96,
                        "logicalDpiY": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", DUALBASE_DATA_DIR=str(data_dir))
    done = subprocess.run([sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["area"] == [1366, 728]
    checked = result["checked"]
    for mode in ("zh", "bo", "both"):
        assert f"{mode} page loans" in checked and f"{mode} dialog session-new" in checked
        assert f"{mode} dialog household-new" in checked and f"{mode} dialog complaint-new" in checked
    assert result["problems"] == {}
