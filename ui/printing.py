"""Printing what the program writes as PDF: the same pages, on paper, through Qt's print system.

One layout: a card, a village's cards, the monthly report or a visit list is printed from the PDF
its writer makes — each page rendered by PDFium (pypdfium2) into the printer's painter at the
printer's resolution — never from a second, hand-made layout.  Why pypdfium2 and not QtPdf:
bench/RESULTS.md ("Printing: pypdfium2 against QtPdf") and the pin in pyproject.toml.

The entry point for every page (cards, reports, the loans' visit lists)::

    from ui.printing import print_pdf
    print_pdf(self, lambda out: write_something(..., out), title=self.tr("Visit list"))
    print_pdf(self, ["/path/a.pdf", "/path/b.pdf"], title=...)      # files already written

``source`` is either PDF file paths, or a function writing the PDF to the path it is given (run on
the worker; it may be a generator yielding progress, and may return the list of files it wrote,
as the cards do when they are split into parts).  Then:

1. the PDF is written on the worker, with a progress dialog and Cancel;
2. a preview (:class:`PrintPreviewDialog`: pages, zoom, Print…, Close) shows the pages — jobs of
   more than PREVIEW_PAGE_LIMIT pages go straight to the print dialog, because a preview keeps a
   picture of every page in memory;
3. the print dialog (QPrintDialog): printer, A4, double-sided where the printer can, page range,
   copies; accepted, the pages are rendered and sent to the printer on the worker thread (QPainter
   may paint on a QPrinter outside the GUI thread), with progress and Cancel (the job is aborted,
   nothing half-printed is queued: on CUPS the pages are spooled first, see ui.cups).

Every text here goes through tr(): Qt ships no Tibetan translation of its own dialogs.
"""

from __future__ import annotations

import contextlib
import inspect
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrintEngine, QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from ui import cups
from ui.operations import Operation, show_error

#: the preview draws pages at this resolution (screen), not the printer's
PREVIEW_DPI = 110
#: beyond this many pages the preview is skipped (it keeps a picture of every page)
PREVIEW_PAGE_LIMIT = 60
#: the printer's resolution, up to this: 1200 dpi would quadruple the spool for no visible gain
#: on 8-9 pt text, and some drivers report it
MAX_PRINT_DPI = 600
#: a page is rendered in horizontal bands of at most this many pixels (memory stays ~50 MB
#: even at 600 dpi, where one A4 page is 35 million pixels)
BAND_PIXELS = 12_000_000

# PDFium is not thread-safe: every call into it holds this lock (the preview renders on the GUI
# thread, the print job on the worker).
_PDFIUM = threading.Lock()


def _tr(text: str) -> str:
    """Translate a string marked where it is written (lupdate reads only literal translate calls)."""
    return QCoreApplication.translate("Printing", text)


class PdfPages:
    """One or more PDF files as one run of pages, rendered by PDFium."""

    def __init__(self, paths: Iterable[str | Path]):
        import pypdfium2 as pdfium

        self.paths = [str(p) for p in paths]
        self._docs = []
        self._index: list[tuple[int, int]] = []  # (document, page in it)
        with _PDFIUM:
            for d, path in enumerate(self.paths):
                doc = pdfium.PdfDocument(path)
                self._docs.append(doc)
                self._index += [(d, i) for i in range(len(doc))]

    def __len__(self) -> int:
        return len(self._index)

    def size_pt(self, n: int) -> tuple[float, float]:
        d, i = self._index[n]
        with _PDFIUM:
            return tuple(self._docs[d][i].get_size())

    def render_into(self, painter: QPainter, target: QRectF, n: int, dpi: float, grayscale: bool = False) -> None:
        """Draw page `n` (0-based) to fill `target` (painter units), rendered at `dpi`."""
        d, i = self._index[n]
        with _PDFIUM:
            page = self._docs[d][i]
            w_pt, h_pt = page.get_size()
            scale = dpi / 72.0
            width, height = max(1, round(w_pt * scale)), max(1, round(h_pt * scale))
            band = max(1, min(height, BAND_PIXELS // width))
            top = 0
            while top < height:
                rows = min(band, height - top)
                # crop is in PDF points from each edge (left, bottom, right, top)
                crop = (0, (height - top - rows) / scale, 0, top / scale)
                bitmap = page.render(scale=scale, crop=crop, grayscale=grayscale, rev_byteorder=True, draw_annots=True)
                image = _qimage(bitmap)
                y0 = target.top() + target.height() * top / height
                h = target.height() * image.height() / height
                painter.drawImage(QRectF(target.left(), y0, target.width(), h), image)
                top += image.height() or rows

    def close(self) -> None:
        with _PDFIUM:
            for doc in self._docs:
                doc.close()
            self._docs = []


def _has_pages(path: str) -> bool:
    """Whether a PDF has a page object at all (an empty village's cards have none)."""
    import re

    try:
        return re.search(rb"/Type\s*/Page(?![s\w])", Path(path).read_bytes()) is not None
    except OSError:
        return False


def _qimage(bitmap) -> QImage:
    """A QImage owning a copy of a PDFium bitmap (its buffer goes away with the bitmap)."""
    fmt = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBX8888}[
        bitmap.n_channels
    ]
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
    return image.copy()


def a4_printer(printer: QPrinter | None = None) -> QPrinter:
    """A printer set for our PDFs: A4 portrait, the whole sheet (the PDF has its own margins),
    double-sided (long edge) where the printer can."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    info = QPrinterInfo(printer)
    if not info.isNull() and QPrinter.DuplexMode.DuplexLongSide in info.supportedDuplexModes():
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    return printer


def page_numbers(printer: QPrinter, pages: int) -> list[int]:
    """0-based pages the dialog asked for (its page range, or all)."""
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return list(range(pages))
    ranges = printer.pageRanges()  # "1-3, 5" typed into the dialog's Pages field
    if not ranges.isEmpty():
        return [n for n in range(pages) if ranges.contains(n + 1)]
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        return list(range(pages))
    last = min(last if last > 0 else pages, pages)
    return list(range(first - 1, last))


def print_pages(printer: QPrinter, pages: PdfPages, numbers: list[int]):
    """Render `numbers` into `printer`; a generator (progress per page) for the worker.

    Stopping it (Cancel) sends nothing to the printer: on Windows the printer's job is aborted;
    on CUPS, whose Qt engine cannot abort, the pages go into a PDF of our own first and only a
    finished one is handed to CUPS (ui.cups says why).
    """
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and cups.available():  # never on Windows
        return (yield from _print_through_cups(printer, pages, numbers))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError()
    finished = False
    try:
        yield from _paint(painter, printer, pages, numbers * copies, printer)
        finished = True
    finally:
        if not finished:
            printer.abort()
        painter.end()
    return len(numbers) * copies


def _paint(painter: QPainter, device, pages: PdfPages, sequence: list[int], printer: QPrinter):
    """Draw the pages of `sequence` one per sheet of `device`, yielding progress."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    gray = printer.colorMode() == QPrinter.ColorMode.GrayScale
    total = len(sequence)
    yield (0, total)
    for k, n in enumerate(sequence):
        if k:
            device.newPage()
        target = QRectF(device.pageLayout().fullRectPixels(device.resolution()))
        target.moveTo(0, 0)
        pages.render_into(painter, target, n, dpi, gray)
        yield (k + 1, total)


def _cups_options(printer: QPrinter) -> list[tuple[str, str]]:
    """The job options Qt's CUPS engine would send: the dialog's own, paper, sides, copies."""
    options: list[tuple[str, str]] = []
    chosen = printer.printEngine().property(QPrintEngine.PrintEnginePropertyKey.PPK_CustomBase)
    if isinstance(chosen, (list, tuple)):  # name, value, name, value … as the dialog set them
        options += [(str(k), str(v)) for k, v in zip(chosen[0::2], chosen[1::2])]
    named = {k for k, _ in options}
    key = printer.pageLayout().pageSize().key()
    if key and "media" not in named:
        options.append(("media", key))
    duplex = printer.duplex()
    if duplex == QPrinter.DuplexMode.DuplexAuto:
        landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        duplex = QPrinter.DuplexMode.DuplexShortSide if landscape else QPrinter.DuplexMode.DuplexLongSide
    sides = {
        QPrinter.DuplexMode.DuplexNone: "one-sided",
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    }.get(duplex)
    if sides and "sides" not in named:
        options.append(("sides", sides))
    if printer.copyCount() > 1 and "copies" not in named:
        options.append(("copies", str(printer.copyCount())))
        options.append(("collate", "true" if printer.collateCopies() else "false"))
    return options


def _print_through_cups(printer: QPrinter, pages: PdfPages, numbers: list[int]):
    folder = Path(tempfile.mkdtemp(prefix="dualbase-print-"))
    try:
        spool = folder / "job.pdf"
        writer = QPdfWriter(str(spool))
        writer.setPageLayout(printer.pageLayout())
        writer.setResolution(printer.resolution())
        writer.setTitle(printer.docName())
        writer.setCreator("Dual-Base Ledger")
        painter = QPainter()
        if not painter.begin(writer):
            raise PrinterError()
        try:
            yield from _paint(painter, writer, pages, numbers, printer)
        finally:
            painter.end()  # a cancelled job's spool is only deleted below: CUPS never saw it
        try:
            cups.print_file(
                printer.printerName(), str(spool), printer.docName() or "Dual-Base Ledger", _cups_options(printer)
            )
        except cups.SubmitFailed as exc:
            raise PrinterError() from exc
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return len(numbers)


class PrinterError(DomainError):
    """The printer could not be opened (gone, paused, refused)."""

    def text(self, lang: str = "en") -> str:  # shown by ui.operations.show_error, in the UI's language
        return QCoreApplication.translate(
            "Printing",
            "The printer could not be opened. Check that it is switched on and connected, or choose another printer.",
        )


class PrintPreviewDialog(QDialog):
    """The pages as they will print, with page navigation, zoom, Print… and Close."""

    print_requested = Signal()

    def __init__(self, pages: PdfPages, printer: QPrinter, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.pages = pages
        self.setWindowTitle(title)
        self.preview = QPrintPreviewWidget(printer, self)
        self.preview.paintRequested.connect(self._paint)
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, max(1, len(pages)))
        self.page_spin.valueChanged.connect(self.preview.setCurrentPage)
        self.preview.previewChanged.connect(lambda: self.page_spin.setValue(self.preview.currentPage()))
        self.count_label = QLabel(QCoreApplication.translate("Printing", "of %1").replace("%1", f"{len(pages):,}"))
        self.zoom_in = QPushButton(QCoreApplication.translate("Printing", "Zoom in"))
        self.zoom_in.clicked.connect(lambda: self.preview.zoomIn())
        self.zoom_out = QPushButton(QCoreApplication.translate("Printing", "Zoom out"))
        self.zoom_out.clicked.connect(lambda: self.preview.zoomOut())
        self.fit = QPushButton(QCoreApplication.translate("Printing", "Fit width"))
        self.fit.clicked.connect(self.preview.fitToWidth)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            QCoreApplication.translate("Printing", "Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("printButton")
        self.close_button = self.buttons.addButton(
            QCoreApplication.translate("Printing", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.print_button.clicked.connect(self.print_requested)
        self.close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(QCoreApplication.translate("Printing", "Page")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        for b in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 900)

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            for n in range(len(self.pages)):
                if n:
                    printer.newPage()
                target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                target.moveTo(0, 0)
                self.pages.render_into(painter, target, n, PREVIEW_DPI)
        finally:
            painter.end()


class PrintJob(QObject):
    """One printing, from making the PDF to the last page sent (see the module's docstring).

    ``stage`` says where it is: "writing", "preview", "dialog", "printing", "done", "cancelled",
    "failed"; ``finished(stage)`` is emitted at the end.  ``paths`` are the PDFs printed from.
    """

    finished = Signal(str)

    def __init__(self, parent: QWidget | None, source, title: str, preview: bool = True):
        super().__init__(parent)
        self.parent_widget = parent
        self.source, self.title, self.want_preview = source, title, preview
        self.stage = "writing"
        self.paths: list[str] = []
        self.pages: PdfPages | None = None
        self.printer: QPrinter | None = None
        self.preview_dialog: PrintPreviewDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.operation: Operation | None = None
        self.printed = 0
        self._tmp: str | None = None

    # -- 1. the PDF ------------------------------------------------------------------------------
    def start(self) -> "PrintJob":
        if isinstance(self.source, (str, Path)) or (isinstance(self.source, (list, tuple))):
            paths = [self.source] if isinstance(self.source, (str, Path)) else list(self.source)
            self._written([str(p) for p in paths])
            return self
        self._tmp = tempfile.mkdtemp(prefix="dualbase-print-")
        out = str(Path(self._tmp) / "print.pdf")
        make = self.source

        def work():
            result = make(out)
            if inspect.isgenerator(result):
                result = yield from result
            if isinstance(result, (list, tuple)) and result:
                return [str(p) for p in result]
            return [out]

        self.operation = (
            Operation(self.parent_widget, work)
            .with_progress(
                QCoreApplication.translate("Printing", "Preparing %1 for printing…").replace("%1", self.title),
                cancellable=True,
            )
            .success(self._written)
            .failure(self._failed)
            .run()
        )
        return self

    def _written(self, paths: list[str]) -> None:
        self.paths = [p for p in paths if Path(p).exists()]
        try:
            self.pages = PdfPages(self.paths)
        except Exception as exc:  # noqa: BLE001 - a damaged file is said, not raised
            self.pages = None
            if not any(_has_pages(p) for p in self.paths):
                self._nothing()  # PDFium refuses a PDF of no pages (ReportLab's, for no cards)
            else:
                self._failed(exc)
            return
        if not len(self.pages):
            self._nothing()
            return
        self.printer = a4_printer()
        self.printer.setDocName(self.title)
        if self.want_preview and len(self.pages) <= PREVIEW_PAGE_LIMIT:
            self.stage = "preview"
            self.preview_dialog = PrintPreviewDialog(self.pages, self.printer, self.title, self.parent_widget)
            self.preview_dialog.print_requested.connect(self.ask_printer)
            self.preview_dialog.rejected.connect(lambda: self._end("cancelled"))
            self.preview_dialog.open()
        else:
            self.ask_printer()

    # -- 2. the print dialog ---------------------------------------------------------------------
    def ask_printer(self) -> None:
        self.stage = "dialog"
        dlg = QPrintDialog(self.printer, self.parent_widget)
        dlg.setObjectName("printDialog")
        dlg.setWindowTitle(QCoreApplication.translate("Printing", "Print %1").replace("%1", self.title))
        dlg.setMinMax(1, len(self.pages))
        dlg.setFromTo(1, len(self.pages))
        option = QPrintDialog.PrintDialogOption
        # no "selection" or "current page": a print job here is a whole document
        dlg.setOptions(
            option.PrintPageRange | option.PrintCollateCopies | option.PrintToFile | option.PrintShowPageSize
        )
        dlg.accepted.connect(self._print)
        dlg.rejected.connect(self._dialog_rejected)
        self.print_dialog = dlg
        QDialog.open(dlg)  # QPrintDialog.open() is the (receiver, member) overload in PySide

    def _dialog_rejected(self) -> None:
        if self.preview_dialog is None or not self.preview_dialog.isVisible():
            self._end("cancelled")
        else:
            self.stage = "preview"

    # -- 3. the pages to the printer -------------------------------------------------------------
    def _print(self) -> None:
        self.stage = "printing"
        if self.preview_dialog is not None:
            # the preview stops rendering (PDFium is busy on the worker from now on)
            with contextlib.suppress(RuntimeError):
                self.preview_dialog.preview.paintRequested.disconnect(self.preview_dialog._paint)
            self.preview_dialog.accept()
        numbers = page_numbers(self.printer, len(self.pages))
        printer, pages = self.printer, self.pages

        def work():
            return (yield from print_pages(printer, pages, numbers))

        self.operation = (
            Operation(self.parent_widget, work)
            .with_progress(
                QCoreApplication.translate("Printing", "Printing %1…").replace("%1", self.title), cancellable=True
            )
            .success(self._printed)
            .failure(self._failed)
            .run()
        )

    def _nothing(self) -> None:
        """An empty village, a search that matched no household: a sentence, not an empty job."""
        from PySide6.QtWidgets import QMessageBox

        self._end("cancelled")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.title,
            QCoreApplication.translate("Printing", "There is nothing to print: no page was made."),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setObjectName("nothingToPrint")
        box.open()
        self.message = box

    def _printed(self, count) -> None:
        self.printed = int(count or 0)
        self._end("done")

    def _failed(self, exc: BaseException) -> None:
        from ui.taskman import Cancelled

        if isinstance(exc, Cancelled):
            self._end("cancelled")
            return
        self._end("failed")
        show_error(self.parent_widget, exc)

    def _end(self, stage: str) -> None:
        if self.stage in ("done", "cancelled", "failed"):
            return
        self.stage = stage
        if self.pages is not None:
            self.pages.close()
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
        self.finished.emit(stage)


_jobs: set = set()


def print_pdf(
    parent: QWidget | None, source: Callable[[str], object] | str | Path | list, *, title: str, preview: bool = True
) -> PrintJob:
    """Print a PDF the program writes (or has written), with preview; see the module docstring."""
    job = PrintJob(parent, source, title, preview)
    _jobs.add(job)  # kept until it ends (Qt holds no reference to it)
    job.finished.connect(lambda _stage: _jobs.discard(job))
    return job.start()
