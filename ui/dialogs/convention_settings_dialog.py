"""What a province writes on each of its conventions: council, president, seat, signing
place, how conventions are numbered, and how the money is paid in tranches.

These values are copied into a convention when it is drawn up, so a change here applies
to the conventions drawn up afterwards; the note in the dialog says so.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.conventions import TrancheShare
from app.domain.roles import Permission
from app.domain.text import RLM
from app.errors import FieldError, ValidationError
from app.services import convention_settings, programme, territory
from app.services.convention_settings import (
    NUMBER_FIELDS,
    ConventionSettings,
    EditionDeliberation,
)
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import named, tr
from ui.widgets.inputs import ChoiceBox, PercentBox, choice_box, date_edit, date_value


class _RowsEditor(QWidget):
    """A table the user adds rows to and removes them from, its two buttons beside it."""

    def __init__(self, headers: list[str], add_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(tr("حذف"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)


class TranchesTable(_RowsEditor):
    """Percent and when it is due, one row per tranche (الشطر الأول، الثاني ...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([tr("النسبة %"), tr("متى يؤدى")], tr("إضافة شطر"), parent)
        self.table.verticalHeader().setVisible(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button.clicked.connect(lambda: self.add_row(Decimal(0), ""))

    def set_tranches(self, tranches: tuple[TrancheShare, ...]) -> None:
        self.table.setRowCount(0)
        for tranche in tranches:
            self.add_row(tranche.percent, tranche.due_text)

    def add_row(self, percent: Decimal, due_text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        spin = PercentBox(float(percent))
        self.table.setCellWidget(row, 0, spin)
        self.table.setItem(row, 1, QTableWidgetItem(due_text))
        self.table.setCurrentCell(row, 1)

    def percent(self, row: int) -> QDoubleSpinBox:
        spin = self.table.cellWidget(row, 0)
        assert isinstance(spin, QDoubleSpinBox)
        return spin

    def tranches(self) -> tuple[TrancheShare, ...]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            found.append(TrancheShare(Decimal(str(round(self.percent(row).value(), 2))),
                                      item.text().strip() if item is not None else ""))
        return tuple(found)


class DeliberationsTable(_RowsEditor):
    """One row per edition: the council's session and decision that approved its
    conventions, cited in their preamble (left out for an edition without a row)."""

    def __init__(self, years: list[int], parent: QWidget | None = None) -> None:
        super().__init__([tr("النسخة (السنة)"), tr("تاريخ الدورة"), tr("رقم المقرر")],
                         tr("إضافة مداولة"), parent)
        self.years = years
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button.clicked.connect(lambda: self.add_row(None))

    def set_deliberations(self, entries: tuple[EditionDeliberation, ...]) -> None:
        self.table.setRowCount(0)
        for entry in entries:
            self.add_row(entry)

    def add_row(self, entry: EditionDeliberation | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        years = sorted(set(self.years) | ({entry.year} if entry else set()), reverse=True)
        year = choice_box([(y, str(y)) for y in years], entry.year if entry else None)
        self.table.setCellWidget(row, 0, year)
        self.table.setCellWidget(row, 1, date_edit(entry.session_date if entry else None))
        self.table.setItem(row, 2, QTableWidgetItem(entry.decision_number if entry else ""))
        self.table.setCurrentCell(row, 2)

    def deliberations(self) -> tuple[EditionDeliberation, ...]:
        found = []
        for row in range(self.table.rowCount()):
            year, when = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
            assert isinstance(year, ChoiceBox)
            item = self.table.item(row, 2)
            found.append(EditionDeliberation(year.value(), date_value(when),
                                             item.text().strip() if item is not None else ""))
        return tuple(found)


class ConventionSettingsDialog(RecordDialog):
    PERMISSION = Permission.SETTINGS

    def __init__(self, ctx: AppContext, province_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("إعدادات الاتفاقيات"), parent)
        self.setMinimumWidth(760)
        provinces = territory.list_provinces(ctx.db)
        self.province = ChoiceBox([(p.id, f"{named(p)} ({p.code})") for p in provinces],
                                  province_id, searchable=True)
        self.codes = {p.id: p.code for p in provinces}
        self.council_name = QLineEdit()
        self.council_president = QLineEdit()
        self.council_president_sex = choice_box([("m", tr("السيد")), ("f", tr("السيدة"))])
        self.council_president_sex.setToolTip(tr("تكتب الاتفاقية «رئيسه السيد» أو «رئيسته "
                                                 "السيدة» حسب هذا الاختيار."))
        self.council_seat = QLineEdit()
        self.signing_place = QLineEdit()
        self.number_pattern = QLineEdit()
        self.number_pattern.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number_pattern.setToolTip(tr("الحقول الممكنة:") + "\n" + "\n".join(
            f"{{{key}}}: {value}" for key, value in NUMBER_FIELDS.items()))
        self.number_example = QLabel()
        self.tranches = TranchesTable()
        self.deliberations = DeliberationsTable(
            [e.year for e in programme.list_editions(ctx.db)])

        f = self.form
        f.add_field("province_id", tr("الإقليم أو العمالة"), self.province)
        f.add_field("council_name", tr("اسم المجلس"), self.council_name)
        f.add_field("council_president", tr("رئيس المجلس"), self.council_president)
        f.add_field("council_president_sex", tr("السيد أو السيدة"), self.council_president_sex)
        f.add_field("council_seat", tr("مقر المجلس"), self.council_seat)
        f.add_field("signing_place", tr("مكان التوقيع"), self.signing_place)
        f.add_field("number_pattern", tr("نمط الترقيم"), self.number_pattern)
        f.add_field("number_example", tr("مثال"), self.number_example)
        f.add_field("tranches", tr("الأشطر"), self.tranches)
        f.add_field("deliberations", tr("مداولات المجلس"), self.deliberations)
        note = QLabel(tr("تطبق هذه الإعدادات على الاتفاقيات التي تحرر بعد حفظها؛ "
                         "الاتفاقيات المحررة قبلها تحتفظ بنصها."))
        note.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, note)

        self.province.currentIndexChanged.connect(self.load)
        self.number_pattern.textChanged.connect(self._show_example)
        self.load()

    def load(self) -> None:
        province_id = self.province.value()
        if province_id is None:
            return
        self.form.clear_errors()
        settings = convention_settings.get_settings(self.ctx.db, province_id)
        self.council_name.setText(settings.council_name)
        self.council_president.setText(settings.council_president)
        self.council_president_sex.select(settings.council_president_sex)
        if not settings.council_president_sex:
            self.council_president_sex.setCurrentIndex(-1)
        self.deliberations.set_deliberations(settings.deliberations)
        self.council_seat.setText(settings.council_seat)
        self.signing_place.setText(settings.signing_place)
        self.number_pattern.setText(settings.number_pattern)
        self.tranches.set_tranches(settings.tranches)
        self._show_example()

    def _show_example(self) -> None:
        """The first number of the year as the pattern would write it (a preview only:
        the services say what is wrong with a pattern when it is saved)."""
        code = self.codes.get(self.province.value(), "05.301")
        try:
            text = self.number_pattern.text().format(province_code=code, year=2023,
                                                     edition=2, seq=1)
        except (ValueError, KeyError, IndexError, AttributeError):
            text = "—"
        self.number_example.setText(RLM + text)

    def settings(self) -> ConventionSettings:
        return ConventionSettings(
            council_name=self.council_name.text().strip(),
            council_president=self.council_president.text().strip(),
            council_seat=self.council_seat.text().strip(),
            signing_place=self.signing_place.text().strip(),
            number_pattern=self.number_pattern.text().strip(),
            tranches=self.tranches.tranches(),
            council_president_sex=self.council_president_sex.value() or "",
            deliberations=self.deliberations.deliberations())

    def submit(self) -> Callable[[], ConventionSettings]:
        province_id = self.province.value()
        if province_id is None:
            raise ValidationError(FieldError("province_id", tr("الإقليم: اختر إقليما.")))
        db, actor, settings = self.ctx.db, self.ctx.actor, self.settings()
        return lambda: convention_settings.save_settings(db, actor, province_id, settings)
