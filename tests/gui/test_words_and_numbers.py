"""Numbers, ranges and names as Arabic and French readers expect them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from app.domain.text import LRI, PDI, reads_left_to_right


def test_one_percentage_format(ui_app):
    from ui.i18n import percent

    assert percent(Decimal("0.0500")) == "5 %"
    assert percent(Decimal("0.025")) == "2,5 %"
    assert percent(0.1) == "10 %"


def test_ranges_read_from_their_start(ui_app):
    from ui.i18n import dates_range, months_range

    assert months_range(3, 12) == "من 3 إلى 12 شهرا"
    assert months_range(3, 6) == "من 3 إلى 6 أشهر"
    assert dates_range(date(2023, 4, 17), date(2023, 5, 12)) == \
        f"من {LRI}17/04/2023{PDI} إلى {LRI}12/05/2023{PDI}"


def test_the_programme_page_shows_the_fee_and_durations_so(qtbot, demo_opened, ui_app):
    from ui.context import AppContext
    from ui.pages.programme_page import ProgrammePage

    page = ProgrammePage(AppContext(demo_opened.db, demo_opened.actor))
    qtbot.addWidget(page)
    headers = page.editions.model.headers()
    row = page.editions.model.display_row(0)
    assert row[headers.index("التدبير الإداري")] == "5 %"
    assert row[headers.index("مدة الاستفادة")] == "من 3 إلى 12 شهرا"


def test_a_french_name_is_cut_at_its_end_in_a_right_to_left_table(qtbot, ui_app):
    from ui.models.record_table import ElideByDirection

    assert reads_left_to_right("« Association Al Amal »")
    assert not reads_left_to_right("جمعية Al Amal")
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem("Association Al Amal pour le développement"))
    model.setItem(0, 1, QStandardItem("جمعية الأمل للتنمية"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.setModel(model)
    delegate = ElideByDirection(view)
    options = []
    for column in (0, 1):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.initStyleOption(option, model.index(0, column))
        options.append(option)
    french, arabic = options
    assert french.direction == Qt.LayoutDirection.LeftToRight
    assert french.textElideMode == Qt.TextElideMode.ElideRight
    assert arabic.direction == Qt.LayoutDirection.RightToLeft
