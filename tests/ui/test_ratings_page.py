"""Credit ratings page: the score sheet's live total and grade, both raters required, a valid rating
saved into the table, and the credit-village list with its thresholds."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest

from tests.ui.gui_b_fixtures import *
from tests.ui.gui_fixtures import *
from ui.pages.ratings import RatingDialog, RatingsPage


@pytest.fixture
def page(demo_ws, qtbot, lang, widgets_cleanup):
    p = RatingsPage(demo_ws, None)
    qtbot.addWidget(p)
    p.show()
    return p


def unrated_household(ws):
    year = date.today().year
    rated = set(ws.ratings.search_ids("", year=year))
    rated_households = {r["household_id"] for r in ws.ratings.rows(list(rated))}
    return next(h for h in ws.households.search_ids("") if h not in rated_households)


def fill_sheet(dlg, points):
    for code, spin in dlg.sheet.spins.items():
        spin.setValue(min(points, spin.maximum()))


def test_grade_follows_the_score_as_points_are_given(demo_ws, qtbot, lang, widgets_cleanup):
    dlg = RatingDialog(demo_ws)
    qtbot.addWidget(dlg)
    grades = demo_ws.ratings.grades()
    fill_sheet(dlg, 100)  # every criterion at its maximum: 100
    assert dlg.sheet.score() == 100 and dlg.sheet.grade() == max(grades, key=lambda g: g[1])[0]
    for code, spin in dlg.sheet.spins.items():
        spin.setValue(spin.maximum() * 3 // 4)
    score = dlg.sheet.score()
    expected = max((g for g in grades if g[1] <= score), key=lambda g: g[1])[0]
    assert dlg.sheet.grade() == expected
    assert demo_ws.reference.label("rating_grade", expected, "zh") in dlg.sheet.total.text()
    assert str(score) in dlg.sheet.total.text()


def test_valid_rating_is_saved_and_shows_in_the_table(page, demo_ws, answer_dialogs):
    hid = unrated_household(demo_ws)

    def fill(dlg):
        dlg.picker.set_value(hid)
        fill_sheet(dlg, 100)
        dlg.fields["bank_rater"].write("农商银行 李明")
        dlg.fields["village_rater"].write("村支书 扎西")

    answer_dialogs(fill)
    page.new_record()
    row = page.selected_row()
    assert row is not None and row["household_id"] == hid
    assert (row["score"], row["year"], row["grade"]) == (100, date.today().year, "AAA")


def test_rating_without_the_village_rater_is_refused(demo_ws, qtbot, lang, widgets_cleanup):
    hid = unrated_household(demo_ws)
    before = len(demo_ws.ratings.search_ids(""))
    dlg = RatingDialog(demo_ws, household_id=hid)
    qtbot.addWidget(dlg)
    fill_sheet(dlg, 10)
    dlg.fields["bank_rater"].write("农商银行 李明")
    dlg.accept()
    message = dlg.fields["village_rater"].message
    assert not message.isHidden() and message.text()
    assert len(demo_ws.ratings.search_ids("")) == before


def test_credit_village_list_shows_each_village_and_the_thresholds(page, demo_ws):
    page.apply_filters(villages=True)
    panel = page.villages
    expected = demo_ws.ratings.credit_villages(date.today().year, date.today())
    assert panel.table.rowCount() == len(expected)
    for i, v in enumerate(expected):
        assert panel.table.item(i, 1).text() == str(v.households)
        assert ("✓" in panel.table.item(i, 6).text()) == v.qualifies
    assert "70.0 %" in panel.thresholds.text() and "85.0 %" in panel.thresholds.text()


def test_year_filter_lists_only_that_years_ratings(page, demo_ws):
    year = date.today().year - 1
    page.apply_filters(year=year)
    assert page.model.rowCount() == len(demo_ws.ratings.search_ids("", year=year)) > 0


def test_both_sides_sign_and_the_credit_line_follows(page, demo_ws):
    page.table.selectRow(0)
    row = page.selected_row()
    assert page.model.data(page.model.index(0, len(page.model.columns) - 1)) == "— · —"
    page.sign("village")
    assert demo_ws.loan_book.credit_line(row["household_id"], row["year"]) is None  # one half only
    page.sign("bank")
    rating = demo_ws.ratings.get(row["id"])
    assert rating["village_signed_by"] and rating["bank_signed_by"]
    line = demo_ws.loan_book.credit_line(row["household_id"], row["year"])
    grade = next(g for g in demo_ws.reference.enums("rating_grade") if g["code"] == rating["grade"])
    assert (line["year"], line["grade"], line["amount_fen"]) == (
        row["year"],
        rating["grade"],
        grade["extra"]["credit_line_fen"],
    )
