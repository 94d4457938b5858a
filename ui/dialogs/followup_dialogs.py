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
    QListWidgetItem,
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
from app.services.changes import Changes, Kind
from app.services.followup import TrancheLine, WorksiteLine
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.errors import show_error
from ui.i18n import amount_text, label, lead, tr
from ui.tasks import run_op, run_query
from ui.widgets.inputs import ChoiceBox, date_edit, date_value
from ui.widgets.permissions import offer
from ui.widgets.shortcuts import give_shortcut

PHOTO_FILTER = "(*.jpg *.jpeg *.png *.heic *.webp)"


def status_label(status: WorksiteStatus) -> str:
    return label(status)


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
    """A new field visit, or the correction of one (`visit` given): its date, visitor,
    observations, and photos added or taken off."""

    PERMISSION = Permission.FOLLOW_UP

    def __init__(self, ctx: AppContext, line: WorksiteLine,
                 parent: QWidget | None = None, visit: followup.Visit | None = None) -> None:
        super().__init__(ctx, tr("تصحيح زيارة ميدانية") if visit else tr("زيارة ميدانية"),
                         parent)
        self.line, self.visit = line, visit
        self.removed: list[uuid.UUID] = []
        heading = QLabel(RLM + f"{line.reference} – {line.title}")
        heading.setWordWrap(True)
        self.visited_on = date_edit(visit.visited_on if visit else date.today())
        self.visitor = QLineEdit(visit.visitor if visit else "")
        self.visitor.setPlaceholderText(tr("الاسم والصفة"))
        self.observations = QPlainTextEdit(visit.observations if visit else "")
        self.observations.setFixedHeight(100)
        self.photos = QListWidget()
        self.photos.setFixedHeight(70)
        for photo in visit.photos if visit else ():
            item = QListWidgetItem(photo.original_name)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.photos.addItem(item)
        add = QPushButton(tr("إضافة صور..."))
        add.clicked.connect(self.choose_photos)
        self.remove_photo = QPushButton(tr("إزالة الصورة"))
        self.remove_photo.setToolTip(tr("تزال الصورة المحددة من الزيارة عند الحفظ"))
        self.remove_photo.clicked.connect(self.drop_photo)
        give_shortcut(self.remove_photo, "Delete", self.photos)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_photo)
        photo_row = QWidget()
        row = QHBoxLayout(photo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photos, 1)
        row.addLayout(buttons)
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

    def drop_photo(self) -> None:
        row = self.photos.currentRow()
        if row < 0:
            return
        item = self.photos.takeItem(row)
        kept = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(kept, uuid.UUID):
            self.removed.append(kept)

    def photo_paths(self) -> list[Path]:
        """The photos chosen in this dialog (those already stored carry their id)."""
        return [Path(item.text()) for item in
                (self.photos.item(i) for i in range(self.photos.count()))
                if item.data(Qt.ItemDataRole.UserRole) is None]

    def submit(self) -> Callable[[], object]:
        db, actor, pid = self.ctx.db, self.ctx.actor, self.line.proposal_id
        on, visitor, text, photos = (date_value(self.visited_on), self.visitor.text(),
                                     self.observations.toPlainText(), self.photo_paths())
        visit, removed = self.visit, list(self.removed)
        if visit is not None:
            return lambda: followup.update_visit(db, actor, visit.id, on, visitor, text,
                                                 photos, removed, read_at=visit.row_version)
        return lambda: followup.add_visit(db, actor, pid, on, visitor, text, photos)


class PaymentDialog(RecordDialog):
    """A payment on a tranche, or the correction of one (`payment` given)."""

    PERMISSION = Permission.FOLLOW_UP

    def __init__(self, ctx: AppContext, line: TrancheLine,
                 parent: QWidget | None = None, payment: followup.Payment | None = None
                 ) -> None:
        super().__init__(ctx, tr("تصحيح أداء") if payment else tr("تسجيل أداء شطر"), parent)
        self.line, self.payment = line, payment
        heading = QLabel(lead() + tr("الاتفاقية {number}، الشطر {position} من {count}: {amount} "
                                  "درهم، المؤدى منه {paid} درهم.").format(
            number=line.convention_number, position=line.position, count=line.count,
            amount=amount_text(line.amount), paid=amount_text(line.paid)))
        heading.setWordWrap(True)
        self.paid_on = date_edit(payment.paid_on if payment else date.today())
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 1e9)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setValue(float(payment.amount if payment else line.left))
        self.reference = QLineEdit(payment.reference if payment else "")
        self.reference.setPlaceholderText(tr("رقم الأمر بالأداء أو التحويل"))
        self.note = QLineEdit(payment.note if payment else "")
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
        reference, note, payment = self.reference.text(), self.note.text(), self.payment
        if payment is not None:
            return lambda: followup.update_payment(db, actor, payment.id, on, amount,
                                                   reference, note,
                                                   read_at=payment.row_version)
        return lambda: followup.record_payment(db, actor, tranche, on, amount, reference, note)


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    from ui.errors import messages

    return messages.confirm(parent, title, text)


class PaymentsDialog(QDialog):
    """The payments recorded on one tranche, each correctable or removable (a payment
    typed wrong is otherwise stuck in the totals and the report)."""

    def __init__(self, ctx: AppContext, line: TrancheLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.line = ctx, line
        self.payments: list[followup.Payment] = []
        self.setWindowTitle(tr("أداءات الشطر"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        heading = QLabel(lead() + tr("الاتفاقية {number}، الشطر {position} من {count}: {amount} "
                                  "درهم.").format(number=line.convention_number,
                                                  position=line.position, count=line.count,
                                                  amount=amount_text(line.amount)))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = _table([tr("تاريخ الأداء"), tr("المبلغ (درهم)"), tr("المرجع"),
                             tr("ملاحظة")], [])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit_payment())
        layout.addWidget(self.table, 1)
        note = QLabel(tr("تصحيح أداء أو حذفه لا يغير نص الاتفاقية الموقعة، ويقيد في سجل "
                         "التدقيق بالقيمة القديمة والجديدة."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.edit_button = QPushButton(tr("تصحيح الأداء..."))
        self.edit_button.clicked.connect(self.edit_payment)
        self.remove_button = QPushButton(tr("حذف الأداء"))
        self.remove_button.clicked.connect(self.remove_payment)
        give_shortcut(self.edit_button, "Ctrl+E", self)
        give_shortcut(self.remove_button, "Delete", self)
        offer(ctx, Permission.FOLLOW_UP, self.edit_button, self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("إغلاق"))
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.FOLLOW_UP):
            self.reload()

    def reload(self) -> None:
        db, tranche = self.ctx.db, self.line.tranche_id
        run_query(self, lambda: followup.list_payments(db, tranche), self._show, quiet=True)

    def _show(self, payments: list[followup.Payment]) -> None:
        self.payments = payments
        self.table.setRowCount(len(payments))
        for row, p in enumerate(payments):
            for column, text in enumerate([_date_text(p.paid_on), amount_text(p.amount),
                                           p.reference, p.note]):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if payments and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        has = bool(payments) and self.ctx.can(Permission.FOLLOW_UP)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def current(self) -> followup.Payment | None:
        row = self.table.currentRow()
        return self.payments[row] if 0 <= row < len(self.payments) else None

    def edit_payment(self) -> None:
        payment = self.current()
        if payment is None:
            return
        self.payment_dialog = PaymentDialog(self.ctx, self.line, self, payment)
        self.payment_dialog.open()

    def remove_payment(self) -> None:
        payment = self.current()
        if payment is None or not _confirm(self, tr("حذف الأداء"), tr(
                "حذف أداء {amount} درهم بتاريخ {day}؟ يبقى أثره في سجل التدقيق.").format(
                amount=amount_text(payment.amount), day=_date_text(payment.paid_on))):
            return
        db, actor = self.ctx.db, self.ctx.actor
        run_op(self, lambda: followup.remove_payment(db, actor, payment.id,
                                                     read_at=payment.row_version),
               on_failure=lambda exc: show_error(self, exc))


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
                      status_label(w.status), label(w.late), _date_text(w.planned_start),
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
    """A worksite's history of status and its field visits with their photos; with a
    context, a visit typed wrong is corrected or removed from here."""

    def __init__(self, file: followup.WorksiteFile, parent: QWidget | None = None,
                 ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.file = ctx, file
        line = file.line
        self.setWindowTitle(tr("ملف الورش {reference}").format(reference=line.reference))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        heading = QLabel(RLM + f"<b>{line.title}</b><br>{line.partner_name} – {line.communes}"
                         f"<br>{tr('الحالة')}: {status_label(line.status)} {label(line.late)}")
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
        self.visits = _table([tr("التاريخ"), tr("الزائر"), tr("الملاحظات"), tr("الصور")], [])
        self.photo_paths: list[list[Path]] = []
        self.visits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visits.cellDoubleClicked.connect(self._open_photos)
        self._show_visits(file)
        layout.addWidget(self.visits, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("إغلاق"))
        buttons.rejected.connect(self.reject)
        self.edit_visit_button = QPushButton(tr("تصحيح الزيارة..."))
        self.edit_visit_button.clicked.connect(self.edit_visit)
        self.remove_visit_button = QPushButton(tr("حذف الزيارة"))
        self.remove_visit_button.clicked.connect(self.remove_visit)
        give_shortcut(self.edit_visit_button, "Ctrl+E", self)
        give_shortcut(self.remove_visit_button, "Delete", self.visits)
        buttons.addButton(self.edit_visit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_visit_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        if ctx is None:
            self.edit_visit_button.hide()
            self.remove_visit_button.hide()
        else:
            offer(ctx, Permission.FOLLOW_UP, self.edit_visit_button, self.remove_visit_button)
            ctx.changed.connect(self._on_changed)

    def _show_visits(self, file: followup.WorksiteFile) -> None:
        self.file = file
        self.visits.setRowCount(len(file.visits))
        for row, v in enumerate(file.visits):
            for column, text in enumerate([_date_text(v.visited_on), v.visitor, v.observations,
                                           "، ".join(p.original_name for p in v.photos)]):
                self.visits.setItem(row, column, QTableWidgetItem(text))
        self.photo_paths = [[p.path for p in v.photos] for v in file.visits]
        if file.visits and self.visits.currentRow() < 0:
            self.visits.setCurrentCell(0, 0)

    def _on_changed(self, changes: Changes) -> None:
        if self.ctx is None or not changes.touches(Kind.FOLLOW_UP):
            return
        db, pid = self.ctx.db, self.file.line.proposal_id
        run_query(self, lambda: followup.worksite_file(db, pid), self._show_visits,
                  quiet=True)

    def current_visit(self) -> followup.Visit | None:
        row = self.visits.currentRow()
        return self.file.visits[row] if 0 <= row < len(self.file.visits) else None

    def edit_visit(self) -> None:
        visit = self.current_visit()
        if self.ctx is None or visit is None:
            return
        self.visit_dialog = VisitDialog(self.ctx, self.file.line, self, visit)
        self.visit_dialog.open()

    def remove_visit(self) -> None:
        visit, ctx = self.current_visit(), self.ctx
        if ctx is None or visit is None or not _confirm(self, tr("حذف الزيارة"), tr(
                "حذف زيارة {day} ({visitor})؟ يبقى أثرها في سجل التدقيق.").format(
                day=_date_text(visit.visited_on), visitor=visit.visitor)):
            return
        db, actor = ctx.db, ctx.actor
        run_op(self, lambda: followup.remove_visit(db, actor, visit.id,
                                                   read_at=visit.row_version),
               on_failure=lambda exc: show_error(self, exc))

    def _open_photos(self, row: int, _column: int) -> None:
        from ui.documents import open_document

        for path in self.photo_paths[row] if 0 <= row < len(self.photo_paths) else []:
            open_document(path)

    def rows(self) -> Any:
        return self.history.rowCount(), self.visits.rowCount()
