"""The bundled program's entry point (PyInstaller runs this file; see dualbase.spec)."""

import runpy
import sys

# The program starts helpers of its own as `python -m app.some.module` (e.g. the roster reader,
# which reads an untrusted workbook in a child process under a memory limit). In the bundle,
# sys.executable is this program, so it answers that form itself — for the program's own
# modules only.
OWN_PACKAGES = ("app.", "storage.", "exports.")

if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "-m" and sys.argv[2].startswith(OWN_PACKAGES):
        module = sys.argv[2]
        sys.argv = [sys.executable] + sys.argv[3:]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        sys.exit(0)
    from app.__main__ import main

    sys.exit(main())
