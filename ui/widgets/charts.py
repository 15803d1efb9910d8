"""Small charts painted with QPainter: bars and lines over months (Qt Charts is not part of
PySide6-Essentials, and two charts do not justify another dependency).

    chart = MonthChart()
    chart.set_data(["2025-12", ..., "2026-11"],
                   [Series("demands", values, QColor("#1565c0"), "bar"),
                    Series("granted", values, QColor("#2e7d32"), "line")])
    chart.set_texts(title, {"demands": tr("Registered"), "granted": tr("Granted")})

Texts come from the caller (translated there); month labels are the month number, with the year
under the first month and under January, in the language's digits (``digits`` callable).
Clicking a month emits ``monthClicked("YYYY-MM")``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass
class Series:
    key: str
    values: list[int]
    color: QColor
    kind: str = "bar"  # "bar" | "line"


#: the value axis is divided in this many steps (five labels, 0 included)
AXIS_STEPS = 4


def nice_ceiling(value: float) -> int:
    """The value axis' top: whole steps (app.domain.numbers.axis_top)."""
    from app.domain.numbers import axis_top

    return axis_top(value, AXIS_STEPS)


def axis_labels(axis_max: int) -> list[int]:
    """The value axis' labels, from 0 up."""
    return [axis_max * k // AXIS_STEPS for k in range(AXIS_STEPS + 1)]


class MonthChart(QWidget):
    monthClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[str] = []
        self.series: list[Series] = []
        self.title = ""
        self.names: dict[str, str] = {}
        self.digits: Callable[[str], str] = lambda s: s
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def set_data(self, months: list[str], series: list[Series]) -> None:
        self.months = list(months)
        self.series = list(series)
        self.update()

    def set_texts(self, title: str, names: dict[str, str], digits: Callable[[str], str] | None = None) -> None:
        self.title = title
        self.names = dict(names)
        if digits is not None:
            self.digits = digits
        self.update()

    # -- geometry --------------------------------------------------------------------------------
    def _rows(self) -> tuple[float, float, float]:
        """Heights of the title row, the legend row and a label line, measured on the texts
        themselves: Tibetan comes from a fallback font taller than the widget's own."""
        fm = QFontMetrics(self.font())
        bold = self.font()
        bold.setBold(True)
        title_h = max(fm.height(), QFontMetrics(bold).boundingRect(self.title or "0").height()) * 1.1
        legend_h = (
            max([fm.height()] + [fm.boundingRect(self.names.get(s.key, s.key)).height() for s in self.series]) * 1.1
        )
        return title_h, legend_h, float(fm.height())

    def _layout(self) -> tuple[QRectF, float, int]:
        fm = QFontMetrics(self.font())
        title_h, legend_h, line = self._rows()
        top = title_h + legend_h + line * 0.8  # title, legend, and room for the top axis label
        bottom = line * 2.4  # month numbers and years
        peak = max([max(s.values, default=0) for s in self.series] or [0])
        axis_max = nice_ceiling(peak)
        # room for the widest label (not always the top one's: 40 is narrower than 35 in some fonts)
        left = max(fm.horizontalAdvance(self.digits(str(v))) for v in axis_labels(axis_max)) + 12
        plot = QRectF(left, top, max(10.0, self.width() - left - 10), max(10.0, self.height() - top - bottom))
        slot = plot.width() / max(1, len(self.months))
        return plot, slot, axis_max

    def month_at(self, x: float) -> str | None:
        plot, slot, _ = self._layout()
        if not self.months or x < plot.left() or x > plot.right():
            return None
        i = int((x - plot.left()) // slot)
        return self.months[i] if 0 <= i < len(self.months) else None

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        if not self.months:
            # nothing to draw before the figures come (an empty grid from 0 to 1 would read as
            # zeros); and the first window is painted without PySide's Qt namespace, which any
            # QPen or QBrush builds (94 enum types, 30-45 ms; see ui.errors._Reporter)
            return
        # here, as the Qt namespace: the painter's classes and their enum types are not needed
        # before there are figures to draw (bench: start-up)
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter, QPainterPath, QPen

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_color = pal.color(pal.ColorRole.WindowText)
        grid_color = QColor(text_color)
        grid_color.setAlpha(40)
        fm = QFontMetrics(self.font())
        title_h, legend_h, line = self._rows()
        plot, slot, axis_max = self._layout()

        # title and legend
        p.setPen(text_color)
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.drawText(
            QRectF(0, 0, self.width(), title_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title
        )
        p.setFont(self.font())
        x = 0.0
        for s in self.series:
            name = self.names.get(s.key, s.key)
            swatch = QRectF(x, title_h + (legend_h - line * 0.8) / 2, line * 0.8, line * 0.8)
            if s.kind == "bar":
                p.fillRect(swatch, s.color)
            else:
                p.setPen(QPen(s.color, 3))
                p.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()))
            p.setPen(text_color)
            p.drawText(
                QRectF(swatch.right() + 4, title_h, fm.horizontalAdvance(name) + 8, legend_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            x = swatch.right() + fm.horizontalAdvance(name) + 24

        # grid and value axis
        for k, value in enumerate(axis_labels(axis_max)):
            y = plot.bottom() - plot.height() * k / AXIS_STEPS
            p.setPen(QPen(grid_color, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_color)
            label = self.digits(str(value))
            p.drawText(
                QRectF(0, y - line / 2, plot.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )

        # bars side by side in each month's slot, lines through the slot centres
        bars = [s for s in self.series if s.kind == "bar"]
        bar_w = slot * 0.7 / max(1, len(bars))
        for i in range(len(self.months)):
            x0 = plot.left() + i * slot + slot * 0.15
            for j, s in enumerate(bars):
                v = s.values[i] if i < len(s.values) else 0
                h = plot.height() * v / axis_max
                p.fillRect(QRectF(x0 + j * bar_w, plot.bottom() - h, bar_w * 0.92, h), s.color)
        for s in self.series:
            if s.kind != "line" or not s.values:
                continue
            path = QPainterPath()
            points = []
            for i, v in enumerate(s.values[: len(self.months)]):
                pt = QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * v / axis_max)
                points.append(pt)
                path.moveTo(pt) if i == 0 else path.lineTo(pt)
            p.setPen(QPen(s.color, 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setBrush(s.color)
            for pt in points:
                p.drawEllipse(pt, 3, 3)
            p.setBrush(Qt.BrushStyle.NoBrush)

        # month axis: month number, the year under the first month and January
        p.setPen(text_color)
        for i, key in enumerate(self.months):
            cx = plot.left() + (i + 0.5) * slot
            p.drawText(
                QRectF(cx - slot / 2, plot.bottom() + 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.digits(str(int(key[5:7]))),
            )
            if i == 0 or key.endswith("-01"):
                p.drawText(
                    QRectF(cx - slot, plot.bottom() + line + 2, slot * 2, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    self.digits(key[:4]),
                )
        p.end()

    # -- interaction -----------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        month = self.month_at(event.position().x())
        if month is None:
            QToolTip.hideText()
            return
        i = self.months.index(month)
        lines = [self.digits(month)] + [
            f"{self.names.get(s.key, s.key)}: {self.digits(str(s.values[i] if i < len(s.values) else 0))}"
            for s in self.series
        ]
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    def mouseReleaseEvent(self, event) -> None:
        month = self.month_at(event.position().x())
        from PySide6.QtCore import Qt

        if month is not None and event.button() == Qt.MouseButton.LeftButton:
            self.monthClicked.emit(month)
        super().mouseReleaseEvent(event)
