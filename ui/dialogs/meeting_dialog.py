"""A meeting's particulars (kind, date, time, place, chair, bodies), and the agenda picker."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import day_within
from app.domain.enums import MeetingKind, MemberFunction
from app.domain.meetings import Meeting
from app.domain.roles import Permission
from app.services import committees, meetings, programme
from app.services.grant_meeting import GrantBrief
from app.services.meetings import MeetingSummary, ProposalBrief
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import amount_text, figure, label, months_text, tr
from ui.models.record_table import RECORD_ROLE, Column, RecordTableModel, SearchProxy
from ui.widgets.inputs import ChoiceBox, date_edit, date_value


def time_edit(value: time | None) -> QTimeEdit:
    """HH:mm that an RTL window does not mirror into mm:HH (same trap as dates)."""
    editor = QTimeEdit()
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    editor.setDisplayFormat("HH:mm")
    editor.setAlignment(Qt.AlignmentFlag.AlignRight)
    if value is not None:
        editor.setTime(QTime(value.hour, value.minute))
    else:
        editor.setTime(QTime(10, 0))
    return editor


class MeetingDialog(RecordDialog):
    PERMISSION = Permission.MEETINGS

    def __init__(self, ctx: AppContext, committee_id: uuid.UUID,
                 meeting: Meeting | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل بيانات الاجتماع") if meeting else tr("اجتماع جديد"),
                         parent)
        self.committee_id = committee_id
        self.meeting = meeting
        m = meeting
        members = committees.list_members(ctx.db, committee_id)
        self.kind = ChoiceBox([(k, label(k)) for k in MeetingKind],
                              m.kind if m else MeetingKind.SELECTION)
        self.held_on = date_edit(m.held_on if m and m.held_on else self._default_day())
        self.starts_at = time_edit(m.starts_at if m else None)
        self.place = QLineEdit(m.place if m else "")
        self.place.setPlaceholderText(tr("مثلا: قاعة الاجتماعات بمقر العمالة"))
        self.chair = ChoiceBox([(None, tr("— لم يحدد بعد"))]
                               + [(x.id, f"{x.full_name} ({label(x.function)})")
                                  for x in members])
        if m is not None:
            self.chair.select(m.chair_member_id)
        else:
            # The committee's chair by function, as in nearly every meeting.
            chair = next((x for x in members if x.function is MemberFunction.CHAIR), None)
            self.chair.select(chair.id if chair else None)
        self.bodies = QPlainTextEdit(m.participating_bodies if m else "")
        self.bodies.setFixedHeight(70)
        self.bodies.setPlaceholderText(tr("الهيئات المشاركة، مفصولة بفواصل (ANAPEC، OFPPT، "
                                          "CNSS ...)"))
        self.bodies_hint = QLabel(tr("تذكر في محضر اللقاءات التواصلية والتشاورية خاصة."))
        self.bodies_hint.setWordWrap(True)

        f = self.form
        f.add_field("kind", tr("نوع الاجتماع"), self.kind)
        f.add_field("held_on", tr("التاريخ"), self.held_on)
        f.add_field("starts_at", tr("الساعة"), self.starts_at)
        f.add_field("place", tr("المكان"), self.place)
        f.add_field("chair_member_id", tr("رئيس الاجتماع"), self.chair)
        f.add_field("participating_bodies", tr("الهيئات المشاركة"), self.bodies)
        f.add_field("bodies_hint", "", self.bodies_hint)

    def _default_day(self) -> date:
        """Today if it falls in the committee's edition, else the nearest day of it: minutes
        of 2023's meetings typed in 2026 must not default to 2026."""
        edition_id = committees.get_committee(self.ctx.db, self.committee_id).edition_id
        if edition_id is None:
            return date.today()
        edition = programme.get_edition(self.ctx.db, edition_id)
        return day_within(date.today(), edition.starts_on, edition.ends_on)

    def submit(self) -> Callable[[], MeetingSummary]:
        m = self.meeting
        q = self.starts_at.time()
        meeting = Meeting(self.committee_id, self.kind.value(), date_value(self.held_on),
                          time(q.hour(), q.minute()), self.place.text(), self.chair.value(),
                          self.bodies.toPlainText(), m.id if m else None,
                          row_version=m.row_version if m else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: meetings.save_meeting(db, actor, meeting)


class AgendaPickerDialog(QDialog):
    """Eligible proposals not yet on the agenda; search any part, pick one or many."""

    def __init__(self, candidates: Sequence[ProposalBrief] | Sequence[GrantBrief],
                 parent: QWidget | None = None, grant: bool | None = None) -> None:
        super().__init__(parent)
        if grant is None:
            grant = any(isinstance(c, GrantBrief) for c in candidates)
        self.setWindowTitle(tr("إضافة طلبات منحة إلى جدول الأعمال") if grant
                            else tr("إضافة مشاريع إلى جدول الأعمال"))
        self.resize(900, 560)
        self.chosen: list[uuid.UUID] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("بحث في المرجع والمشغل والمناصب والإقليم (Ctrl+F)") if grant
            else tr("بحث في المرجع والعنوان والهيئة والجماعة (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.model: RecordTableModel[Any] = RecordTableModel([
            Column(tr("المرجع"), lambda b: b.reference, numeric=True),
            Column(tr("المشغل"), lambda b: b.holder),
            Column(tr("المناصب المطلوبة"), lambda b: b.title_ar),
            Column(tr("الإقليم"), lambda b: b.communes),
            Column(tr("القطاع"), lambda b: b.sector),
            Column(tr("المناصب"), lambda b: figure(b.beneficiaries),
                   lambda b: b.beneficiaries, numeric=True),
            Column(tr("مدة العقد"), lambda b: months_text(b.duration_months),
                   lambda b: b.duration_months),
            Column(tr("مبلغ المنحة"), lambda b: amount_text(b.grant_amount),
                   lambda b: b.grant_amount, numeric=True),
        ] if grant else [
            Column(tr("المرجع"), lambda b: b.reference, numeric=True),
            Column(tr("عنوان الورش"), lambda b: b.title_ar),
            Column(tr("الهيئة حاملة المشروع"), lambda b: b.holder),
            Column(tr("الجماعات"), lambda b: b.communes),
            Column(tr("المستفيدون"), lambda b: figure(b.beneficiaries),
                   lambda b: b.beneficiaries, numeric=True),
            Column(tr("المدة"), lambda b: months_text(b.duration_months),
                   lambda b: b.duration_months),
            Column(tr("الحالة"), lambda b: label(b.status)),  # selected or rejected: a correction
            Column(tr("أشهر العمل"), lambda b: figure(b.person_months),
                   lambda b: b.person_months, numeric=True),
        ], self)
        self.model.set_records(list(candidates))
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().resizeSection(1, 220 if grant else 300)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.accept_selection())
        if grant:
            hint = (tr("لا توجد طلبات منحة في انتظار البت خارج جدول الأعمال.")
                    if not candidates else tr("اختر طلبا أو أكثر (Shift أو Ctrl مع النقر، "
                                              "Ctrl+A للكل) ثم «إضافة»."))
        else:
            hint = (tr("لا توجد مشاريع مؤهلة خارج جدول الأعمال.") if not candidates
                    else tr("اختر مشروعا أو أكثر (Shift أو Ctrl مع النقر، Ctrl+A للكل) "
                            "ثم «إضافة»."))
        self.hint = QLabel(hint)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(tr("إضافة"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("إلغاء"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept_selection)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.search.setFocus()

    def select_rows(self, rows: Sequence[int]) -> None:
        """Select proxy rows (what the user sees); for tests and keyboard users alike."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(self.proxy.index(row, 0),
                             selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(RECORD_ROLE).id for row in rows]

    def accept_selection(self) -> None:
        self.chosen = self.selected_ids()
        if self.chosen:
            self.accept()
