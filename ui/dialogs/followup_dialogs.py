"""The follow-up forms: a worksite's change of status, a field visit, a payment, a
province's equity denominators; and the list of records behind a figure."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.followup import TRANSITIONS, Denominators, WorksiteStatus
from app.domain.roles import Permission
from app.domain.text import RLM
from app.services import equity, followup
from app.services.followup import TrancheLine, WorksiteLine
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import amount_text, tr
from ui.widgets.inputs import ChoiceBox, date_edit, date_value

PHOTO_FILTER = "(*.jpg *.jpeg *.png *.heic *.webp)"


def status_label(status: WorksiteStatus) -> str:
    return {WorksiteStatus.PLANNED: tr("مبرمج"), WorksiteStatus.STARTED: tr("في طور الإنجاز"),
            WorksiteStatus.SUSPENDED: tr("متوقف مؤقتا"), WorksiteStatus.COMPLETED: tr("منجز"),
            WorksiteStatus.CANCELLED: tr("ملغى")}[status]


def _date_text(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class StatusDialog(RecordDialog):
    PERMISSION = Permission.FOLLOW_UP

    def __init__(self, ctx: AppContext, line: WorksiteLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تغيير حالة الورش"), parent)
        self.line = line
        heading = QLabel(RLM + f"{line.reference} – {line.title}")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        targets = sorted(TRANSITIONS[line.status], key=list(WorksiteStatus).index)
        self.target = ChoiceBox([(s, status_label(s)) for s in targets])
        self.on = date_edit(date.today())
        self.note = QPlainTextEdit(line.progress_note)
        self.note.setPlaceholderText(tr("ملاحظة عن تقدم الأشغال، أو سبب التوقيف أو الإلغاء"))
        self.note.setFixedHeight(90)
        self.form.add_field("status", tr("الحالة الجديدة"), self.target)
        self.form.add_field("on", tr("التاريخ"), self.on)
        self.form.add_field("note", tr("الملاحظة"), self.note)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, heading)
        layout.insertWidget(1, QLabel(tr("الحالة الحالية: {status}").format(
            status=status_label(line.status))))

    def submit(self) -> Callable[[], None]:
        db, actor, line = self.ctx.db, self.ctx.actor, self.line
        target, on, note = self.target.value(), date_value(self.on), self.note.toPlainText()
        return lambda: followup.change_status(db, actor, line.proposal_id, target, on, note,
                                              read_at=line.row_version or None)


class VisitDialog(RecordDialog):
    PERMISSION = Permission.FOLLOW_UP

    def __init__(self, ctx: AppContext, line: WorksiteLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("زيارة ميدانية"), parent)
        self.line = line
        heading = QLabel(RLM + f"{line.reference} – {line.title}")
        heading.setWordWrap(True)
        self.visited_on = date_edit(date.today())
        self.visitor = QLineEdit()
        self.visitor.setPlaceholderText(tr("الاسم والصفة"))
        self.observations = QPlainTextEdit()
        self.observations.setFixedHeight(100)
        self.photos = QListWidget()
        self.photos.setFixedHeight(70)
        add = QPushButton(tr("إضافة صور..."))
        add.clicked.connect(self.choose_photos)
        photo_row = QWidget()
        row = QHBoxLayout(photo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photos, 1)
        row.addWidget(add)
        self.form.add_field("visited_on", tr("تاريخ الزيارة"), self.visited_on)
        self.form.add_field("visitor", tr("الزائر"), self.visitor)
        self.form.add_field("observations", tr("الملاحظات"), self.observations)
        self.form.add_field("photos", tr("الصور"), photo_row)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, heading)

    def choose_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("صور الزيارة"), str(Path.home()),
                                                tr("صور") + f" {PHOTO_FILTER}")
        for name in names:
            self.photos.addItem(name)

    def photo_paths(self) -> list[Path]:
        return [Path(self.photos.item(i).text()) for i in range(self.photos.count())]

    def submit(self) -> Callable[[], uuid.UUID]:
        db, actor, pid = self.ctx.db, self.ctx.actor, self.line.proposal_id
        on, visitor, text, photos = (date_value(self.visited_on), self.visitor.text(),
                                     self.observations.toPlainText(), self.photo_paths())
        return lambda: followup.add_visit(db, actor, pid, on, visitor, text, photos)


class PaymentDialog(RecordDialog):
    PERMISSION = Permission.FOLLOW_UP

    def __init__(self, ctx: AppContext, line: TrancheLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تسجيل أداء شطر"), parent)
        self.line = line
        heading = QLabel(RLM + tr("الاتفاقية {number}، الشطر {position} من {count}: {amount} "
                                  "درهم، المؤدى منه {paid} درهم.").format(
            number=line.convention_number, position=line.position, count=line.count,
            amount=amount_text(line.amount), paid=amount_text(line.paid)))
        heading.setWordWrap(True)
        self.paid_on = date_edit(date.today())
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 1e9)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setValue(float(line.left))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("رقم الأمر بالأداء أو التحويل"))
        self.note = QLineEdit()
        self.form.add_field("paid_on", tr("تاريخ الأداء"), self.paid_on)
        self.form.add_field("amount", tr("المبلغ المؤدى (درهم)"), self.amount)
        self.form.add_field("reference", tr("المرجع"), self.reference)
        self.form.add_field("note", tr("ملاحظة"), self.note)
        note = QLabel(tr("تسجيل الأداء لا يغير نص الاتفاقية الموقعة، ويقيد في سجل التدقيق."))
        note.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, heading)
        layout.insertWidget(2, note)

    def submit(self) -> Callable[[], uuid.UUID]:
        db, actor, tranche = self.ctx.db, self.ctx.actor, self.line.tranche_id
        on = date_value(self.paid_on)
        amount = Decimal(str(round(self.amount.value(), 2))).quantize(Decimal("0.01"))
        reference, note = self.reference.text(), self.note.text()
        return lambda: followup.record_payment(db, actor, tranche, on, amount, reference, note)


class DenominatorsDialog(RecordDialog):
    PERMISSION = Permission.FOLLOW_UP

    def __init__(self, ctx: AppContext, edition_id: uuid.UUID,
                 province: equity.ProvinceEquity, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("السكان والباحثون عن الشغل: {name}").format(
            name=province.name), parent)
        self.edition_id, self.province = edition_id, province
        self.population = QSpinBox()
        self.population.setRange(0, 20_000_000)
        self.population.setGroupSeparatorShown(True)
        self.population.setValue(province.population or 0)
        self.job_seekers = QSpinBox()
        self.job_seekers.setRange(0, 5_000_000)
        self.job_seekers.setGroupSeparatorShown(True)
        self.job_seekers.setValue(province.job_seekers or 0)
        self.source = QLineEdit(province.source)
        self.source.setPlaceholderText(tr("مثلا: الإحصاء العام للسكان 2024، الوكالة الوطنية "
                                          "لإنعاش التشغيل"))
        self.source_year = QSpinBox()
        self.source_year.setRange(1990, 2100)
        self.source_year.setValue(province.source_year or date.today().year)
        self.form.add_field("population", tr("عدد السكان"), self.population)
        self.form.add_field("job_seekers", tr("الباحثون عن الشغل المسجلون"), self.job_seekers)
        self.form.add_field("source", tr("المصدر"), self.source)
        self.form.add_field("source_year", tr("سنة المصدر"), self.source_year)

    def submit(self) -> Callable[[], None]:
        db, actor = self.ctx.db, self.ctx.actor
        edition_id, province = self.edition_id, self.province
        values = Denominators(self.population.value() or None,
                              self.job_seekers.value() or None, self.source.text(),
                              self.source_year.value())
        return lambda: equity.save_denominators(db, actor, edition_id, province.province_id,
                                                values, read_at=province.row_version or None)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(len(headers)):
        if header.sectionSize(column) > 230:
            header.resizeSection(column, 230)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def worksite_rows(lines: Sequence[WorksiteLine]) -> tuple[list[str], list[list[str]]]:
    headers = [tr("المرجع"), tr("الورش"), tr("الهيئة"), tr("الجماعات"), tr("الحالة"),
               tr("التأخر"), tr("الانطلاق المبرمج"), tr("الانتهاء المبرمج")]
    return headers, [[w.reference, w.title, w.partner_name, w.communes,
                      status_label(w.status), w.late.label, _date_text(w.planned_start),
                      _date_text(w.planned_end)] for w in lines]


def tranche_rows(lines: Sequence[TrancheLine]) -> tuple[list[str], list[list[str]]]:
    headers = [tr("الاتفاقية"), tr("الهيئة"), tr("الشطر"), tr("المبلغ"), tr("المؤدى"),
               tr("الاستحقاق"), tr("الشرط")]
    return headers, [[t.convention_number, t.partner_name, f"{t.position}/{t.count}",
                      amount_text(t.amount), amount_text(t.paid),
                      _date_text(t.due_on), t.condition] for t in lines]


class RecordsDialog(QDialog):
    """The records a figure counts, as a plain list."""

    def __init__(self, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        count = QLabel(tr("{title}: {n} سجل").format(title=title, n=len(rows)))
        count.setStyleSheet("font-weight: bold;")
        layout.addWidget(count)
        self.table = _table(headers, rows)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("إغلاق"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class WorksiteFileDialog(QDialog):
    """A worksite's history of status and its field visits with their photos."""

    def __init__(self, file: followup.WorksiteFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        line = file.line
        self.setWindowTitle(tr("ملف الورش {reference}").format(reference=line.reference))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        heading = QLabel(RLM + f"<b>{line.title}</b><br>{line.partner_name} – {line.communes}"
                         f"<br>{tr('الحالة')}: {status_label(line.status)} {line.late.label}")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        if line.progress_note:
            layout.addWidget(QLabel(tr("ملاحظة التقدم: {note}").format(note=line.progress_note)))
        layout.addWidget(QLabel(f"<b>{tr('تاريخ الحالات')}</b>"))
        self.history = _table([tr("التاريخ"), tr("الحالة"), tr("الملاحظة"), tr("سجلها")], [
            [_date_text(e.on_date), status_label(e.status), e.note, e.recorded_by]
            for e in file.history])
        layout.addWidget(self.history, 1)
        layout.addWidget(QLabel(f"<b>{tr('الزيارات الميدانية')}</b>"))
        self.visits = _table([tr("التاريخ"), tr("الزائر"), tr("الملاحظات"), tr("الصور")], [
            [_date_text(v.visited_on), v.visitor, v.observations,
             "، ".join(p.original_name for p in v.photos)] for v in file.visits])
        self.photo_paths: list[list[Path]] = [[p.path for p in v.photos] for v in file.visits]
        self.visits.cellDoubleClicked.connect(self._open_photos)
        layout.addWidget(self.visits, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("إغلاق"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _open_photos(self, row: int, _column: int) -> None:
        from ui.documents import open_document

        for path in self.photo_paths[row] if 0 <= row < len(self.photo_paths) else []:
            open_document(path)

    def rows(self) -> Any:
        return self.history.rowCount(), self.visits.rowCount()
