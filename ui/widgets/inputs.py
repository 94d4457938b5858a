"""Editors configured for Arabic right-to-left forms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QDoubleSpinBox, QSpinBox

from ui.i18n import month_suffix, percent


def date_edit(value: date | None = None) -> QDateEdit:
    """A dd/MM/yyyy editor that is not mirrored into yyyy/MM/dd by the RTL window.

    The direction must be set before the display format (see TECH-NOTES.md).
    """
    editor = QDateEdit()
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    editor.setDisplayFormat("dd/MM/yyyy")
    editor.setAlignment(Qt.AlignmentFlag.AlignRight)
    editor.setCalendarPopup(True)
    if value is not None:
        editor.setDate(QDate(value.year, value.month, value.day))
    return editor


def date_value(editor: QDateEdit) -> date:
    q = editor.date()
    return date(q.year(), q.month(), q.day())


def spin_box(minimum: int, maximum: int, value: int = 0, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setGroupSeparatorShown(True)
    if suffix:
        box.setSuffix(suffix)
    return box


def months_box(minimum: int, maximum: int, value: int = 0) -> QSpinBox:
    """A number of months whose noun follows the number ("3 أشهر", "12 شهرا")."""
    box = spin_box(minimum, maximum, value)

    def follow(count: int) -> None:
        box.setSuffix(month_suffix(count))

    box.valueChanged.connect(follow)
    follow(box.value())
    return box


class PercentBox(QDoubleSpinBox):
    """A percentage written as documents write it ("5 %", "2,5 %"), not "5,00 %"; the
    value is in percent (5.0), typed with a comma or a dot."""

    _TYPED = re.compile(r"\s*\d*([.,]\d*)?\s*%?\s*")

    def __init__(self, value: float = 0.0, decimals: int = 2) -> None:
        super().__init__()
        self.setRange(0, 100)
        self.setDecimals(decimals)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setValue(value)

    def textFromValue(self, value: float) -> str:
        return percent(Decimal(str(round(value, self.decimals()))) / 100)

    def valueFromText(self, text: str) -> float:
        digits = text.replace("%", "").replace(",", ".").strip()
        try:
            return float(digits) if digits not in ("", ".") else 0.0
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        if not self._TYPED.fullmatch(text):
            return QValidator.State.Invalid
        digits = text.replace("%", "").replace(",", ".").strip()
        if digits in ("", "."):
            return QValidator.State.Intermediate
        decimals = digits.partition(".")[2]
        if len(decimals) > self.decimals() or not \
                self.minimum() <= float(digits) <= self.maximum():
            return QValidator.State.Invalid
        return QValidator.State.Acceptable


WIDEST_CHOICE, NARROWEST_CHOICE = 280, 140


class ChoiceBox(QComboBox):
    """A combo of (value, label) that keeps the values in Python (UUIDs, enums...).

    Searchable ones complete on any part of the label; a typed text that matches no item
    gives None, so a rule can say the field is missing.
    """

    def __init__(self, items: Sequence[tuple[Any, str]] = (), current: Any = None,
                 searchable: bool = False) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._values: list[Any] = []
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.set_items(items)
        if current is not None:
            self.select(current)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Its longest name, up to a bound: a list of communes must not widen a filter bar
        past a laptop's screen (the open list still shows whole names)."""
        return super().sizeHint().boundedTo(QSize(WIDEST_CHOICE, 1000))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return super().minimumSizeHint().boundedTo(QSize(NARROWEST_CHOICE, 1000))

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        self.clear()
        self._values = []
        for value, label in items:
            self._values.append(value)
            self.addItem(label)

    def select(self, value: Any) -> None:
        if value in self._values:
            self.setCurrentIndex(self._values.index(value))

    def value(self) -> Any:
        index = self.currentIndex()
        if index < 0 or (self.isEditable() and self.currentText() != self.itemText(index)):
            return None
        return self._values[index]


def choice_box(items: Sequence[tuple[Any, str]], current: Any = None,
               searchable: bool = False) -> ChoiceBox:
    return ChoiceBox(items, current, searchable)
