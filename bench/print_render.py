"""Which library renders our PDF pages into the printer: pypdfium2 (PDFium) or QtPdf?

Printing (ui/printing.py) draws the pages the PDF writers make, rendered at the printer's
resolution.  This script renders the same pages with both at the same resolution, alternating,
and reports time per page, the pixel difference between the two renderings, and the size of
each library as installed.  QtPdf is in PySide6-Addons, which the program does not install, so
run it in a scratch environment that has both::

    python3 -m venv /tmp/qtpdf && /tmp/qtpdf/bin/pip install "PySide6-Essentials==6.11.3" \\
        "PySide6-Addons==6.11.3" "pypdfium2>=5,<6"
    /tmp/qtpdf/bin/python bench/print_render.py --pdf cards.pdf --pages 12 --dpi 300

(`cards.pdf`: e.g. `python -m app card --village NAME --lang both --out cards.pdf`.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path


def _installed_mb(*names: str) -> float:
    import site

    total = 0
    for base in site.getsitepackages():
        for name in names:
            for path in Path(base).glob(name):
                for f in path.rglob("*") if path.is_dir() else [path]:
                    if f.is_file():
                        total += f.stat().st_size
    return total / 1e6


def render_pdfium(doc, n: int, dpi: int):
    from PySide6.QtGui import QImage

    bitmap = doc[n].render(scale=dpi / 72, rev_byteorder=True)
    return (
        QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        .copy()
        .convertToFormat(QImage.Format.Format_RGB32)
    )


def render_qtpdf(doc, n: int, dpi: int):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    size = doc.pagePointSize(n)
    px = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    image = doc.render(n, px, QPdfDocumentRenderOptions())
    # QtPdf leaves the paper transparent; the printer's paper is white
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(0xFFFFFF)
    from PySide6.QtGui import QPainter

    p = QPainter(out)
    p.drawImage(0, 0, image)
    p.end()
    return out


def diff(a, b) -> tuple[float, float]:
    """(mean absolute difference of grey levels 0..255, share of pixels differing by > 64)."""
    from PySide6.QtGui import QImage

    ga = a.convertToFormat(QImage.Format.Format_Grayscale8)
    gb = b.convertToFormat(QImage.Format.Format_Grayscale8).scaled(ga.size())
    x = bytes(ga.constBits())[: ga.sizeInBytes()]
    y = bytes(gb.constBits())[: gb.sizeInBytes()]
    n = len(x)
    total = big = 0
    for i in range(0, n, 7):  # every 7th pixel: enough for a mean
        d = abs(x[i] - y[i])
        total += d
        big += d > 64
    m = len(range(0, n, 7))
    return total / m, big / m


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", required=True)
    ap.add_argument("--pages", type=int, default=12)
    ap.add_argument("--dpi", type=int, default=300)
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])  # QtPdf needs an application, kept alive here
    import pypdfium2 as pdfium
    from PySide6.QtPdf import QPdfDocument

    pdoc = pdfium.PdfDocument(args.pdf)
    qdoc = QPdfDocument()
    qdoc.load(args.pdf)
    pages = min(args.pages, len(pdoc))
    times = {"pypdfium2": [], "QtPdf": []}
    diffs = []
    for n in range(pages):
        t = time.perf_counter()
        a = render_pdfium(pdoc, n, args.dpi)
        times["pypdfium2"].append(time.perf_counter() - t)
        t = time.perf_counter()
        b = render_qtpdf(qdoc, n, args.dpi)
        times["QtPdf"].append(time.perf_counter() - t)
        diffs.append(diff(a, b))
    print(f"{pages} pages of {args.pdf} at {args.dpi} dpi (load average {os.getloadavg()[0]:.2f})")
    for name, ts in times.items():
        print(f"  {name:10s} median {statistics.median(ts) * 1000:7.1f} ms/page  total {sum(ts):6.2f} s")
    print(
        f"  ratio QtPdf / pypdfium2 (median page): "
        f"{statistics.median(times['QtPdf']) / statistics.median(times['pypdfium2']):.2f}"
    )
    print(
        f"  pixels: mean |difference| {statistics.mean(d[0] for d in diffs):.2f} of 255, "
        f"{statistics.mean(d[1] for d in diffs) * 100:.3f} % of pixels differ by more than 64"
    )
    print(
        f"  installed: pypdfium2 {_installed_mb('pypdfium2*'):.1f} MB; "
        f"PySide6-Addons {_installed_mb('PySide6/Qt/lib/libQt6Pdf*', 'PySide6/QtPdf*'):.1f} MB for QtPdf itself, "
        f"{_installed_mb('PySide6_Addons*'):.1f} MB metadata"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
