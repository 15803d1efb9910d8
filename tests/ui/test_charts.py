"""ui/widgets/charts.py: the month chart's value axis."""

from __future__ import annotations

import pytest

from ui.widgets.charts import axis_labels, nice_ceiling


@pytest.mark.parametrize("peak", [0, 1, 3, 5, 7, 29, 41, 50, 99, 287, 558, 1000, 12345])
def test_the_axis_holds_the_peak_in_whole_steps(peak):
    top = nice_ceiling(peak)
    labels = axis_labels(top)
    assert top >= peak and labels[0] == 0 and labels[-1] == top
    steps = {b - a for a, b in zip(labels, labels[1:])}
    assert len(steps) == 1 and all(isinstance(v, int) for v in labels)  # counts: no 12.5
    assert peak < 4 or top <= 2 * peak  # the tallest bar is not squeezed


def test_every_axis_label_is_drawn_whole_inside_the_chart(qtbot):
    from PySide6.QtGui import QColor

    from ui.widgets.charts import MonthChart, Series

    chart = MonthChart()
    qtbot.addWidget(chart)
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    chart.set_data(months, [Series("demands", [3, 9, 14, 28, 35, 29, 10, 5, 8, 1, 0, 27], QColor("#1565c0"), "bar")])
    chart.set_texts("Loan demands", {"demands": "Registered"})
    chart.resize(700, 300)
    plot, _slot, top = chart._layout()
    from PySide6.QtGui import QFontMetrics

    fm = QFontMetrics(chart.font())
    for label in axis_labels(top):  # (the text is drawn right-aligned, ending 6 px before the plot)
        assert fm.horizontalAdvance(str(label)) <= plot.left() - 6
