"""Partnership conventions: drawn up for approved worksites, checked, printed for the
signing ceremony, signed, amended, and verified afterwards.

The list is small (one row per convention of a province's edition, a hundred at most), so
it is held in memory and searched and sorted in a proxy; the edition, meeting and status
filters go to the service. Every action works on the selected rows and has a shortcut,
written in its tooltip; the long one, printing a ceremony's batch, runs off the UI thread
with a progress dialog that can stop it between two conventions.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import suppress
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ConventionStatus
from app.domain.roles import Permission
from app.domain.text import FSI, LRI, PDI, RLM
from app.errors import DomainError
from app.services import attendance, conventions, meetings, programme, proposals, territory
from app.services.changes import Changes, Kind
from app.services.conventions import BatchResult, ConventionSummary
from ui import errors
from ui.context import AppContext
from ui.dialogs.amendment_dialog import AmendmentsDialog
from ui.dialogs.attendance_dialog import AttendanceDialog
from ui.dialogs.batch_print_dialog import BatchPrintDialog
from ui.dialogs.certificates_dialog import CertificatesDialog
from ui.dialogs.cnss_dialog import CnssDialog
from ui.dialogs.convention_dialog import ConventionDialog, print_convention
from ui.dialogs.convention_settings_dialog import ConventionSettingsDialog
from ui.dialogs.draw_up_dialog import DrawUpDialog
from ui.dialogs.sign_dialog import SignDialog
from ui.dialogs.verify_dialog import VerifyDialog
from ui.documents import ask_pdf_path, pdf_file_name
from ui.errors import show_error
from ui.i18n import amount_text, date_text, edition_name, figure, label, tr
from ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from ui.tasks import Cancelled, Progress, run_query, run_task
from ui.widgets.flow_row import FlowRow
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import ListPanel
from ui.widgets.permissions import offer

TITLE_COLUMN = 3
# The widest each column opens at, in pixels; the worksite's title takes what is left.
NARROWEST = {0: 130, 1: 200, 2: 110, 4: 85, 5: 100, 6: 75, 7: 90}
VERIFY_SHORTCUT = "Ctrl+Shift+V"  # the main window's menu action, available everywhere



def convention_columns() -> list[Column[ConventionSummary]]:
    return [
        Column(tr("رقم الاتفاقية"), lambda c: c.number, numeric=True),
        Column(tr("الهيئة الشريكة"), lambda c: c.partner_name),
        Column(tr("الجماعات"), lambda c: c.communes),
        Column(tr("عنوان الورش"), lambda c: c.title_ar),
        Column(tr("المستفيدون"), lambda c: figure(c.beneficiaries), lambda c: c.beneficiaries,
               numeric=True),
        Column(tr("المبلغ (درهم)"), lambda c: amount_text(c.total_amount),
               lambda c: c.total_amount, numeric=True),
        Column(tr("الحالة"), lambda c: label(c.status),
               lambda c: list(ConventionStatus).index(c.status)),
        Column(tr("تاريخ التوقيع"), lambda c: c.signed_on.strftime("%d/%m/%Y")
               if c.signed_on else "", lambda c: c.signed_on.isoformat() if c.signed_on
               else "", numeric=True),
    ]


class ConventionTableModel(RecordTableModel[ConventionSummary]):
    """Names and titles are cut to fit the window: the whole text shows in a tooltip."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


class ConventionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch_running = False
        self.panel = ListPanel(convention_columns(), tr("تحرير اتفاقيات للأوراش المصادق عليها"),
                               self.draw_up, self.open_convention)
        self.panel.model = ConventionTableModel(convention_columns(), self.panel)
        self.panel.proxy.setSourceModel(self.panel.model)
        table = self.panel.table
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Open in the ceremony's order (commune, then number), as the service gives it.
        self.panel.proxy.sort(-1)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.panel.search.setPlaceholderText(tr("بحث في الاتفاقيات (Ctrl+F)"))

        self.editions = programme.list_editions(ctx.db)
        self.edition = ChoiceBox([(e.id, edition_name(e)) for e in self.editions]
                                 + [(None, tr("كل النسخ"))])
        self.meeting = ChoiceBox()
        self.status = ChoiceBox([(None, tr("كل الحالات"))]
                                + [(s, label(s)) for s in ConventionStatus])
        self.edition.setToolTip(tr("النسخة"))
        self.meeting.setToolTip(tr("اجتماع الانتقاء الذي صادق على الأوراش"))
        self.status.setToolTip(tr("حالة الاتفاقية"))
        self._fill_meetings()
        for box in (self.edition, self.meeting, self.status):
            self.panel.filters.addWidget(box)
        self.edition.currentIndexChanged.connect(self._edition_changed)
        self.meeting.currentIndexChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)

        self.actions_bar = FlowRow()
        self._build_actions()
        self.actions_bar.addStretch()
        self.panel.enable_export("conventions")
        # One line under the table says how many rows show and what they add up to.
        self.panel.count.hide()
        self.totals = QLabel()
        self.panel.layout().addWidget(self.totals)
        # An empty list says how to fill it, instead of a blank table.
        self.empty_hint = QLabel(tr("لا توجد اتفاقيات بعد. اضغط «تحرير اتفاقيات للأوراش "
                                    "المصادق عليها» (Ctrl+N) لتحريرها من الأوراش التي صادقت "
                                    "عليها اللجنة."))
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("font-size: 11pt; padding: 12px;")
        self.empty_hint.hide()
        self.panel.layout().insertWidget(1, self.empty_hint)
        for signal in (self.panel.proxy.modelReset, self.panel.proxy.layoutChanged,
                       self.panel.proxy.rowsInserted, self.panel.proxy.rowsRemoved):
            signal.connect(self._update_totals)

        layout = QVBoxLayout(self)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.panel, 1)
        self.reload()
        offer(ctx, Permission.CONVENTIONS, self.panel.add_button, self.sign_action)
        offer(ctx, Permission.PRINT, self.print_action, self.batch_action)
        offer(ctx, Permission.SETTINGS, self.settings_action)
        ctx.changed.connect(self._on_changed)

    # -- building ------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any],
                shortcut: str | QKeySequence | QKeySequence.StandardKey = "",
                tip: str = "", shown_shortcut: str = "") -> QAction:
        """An action with its shortcut on this page, in the rows' context menu and as a
        button whose tooltip says the key."""
        action = QAction(text, self)
        keys = QKeySequence(shortcut)
        if not keys.isEmpty():
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        key_text = shown_shortcut or keys.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text} ({key_text})" if key_text else tip or text)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction, row: QHBoxLayout | FlowRow) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(button)
        return button

    def _build_actions(self) -> None:
        panel = self.panel
        # The panel's own buttons keep their Ctrl+N and Enter (handled by the panel).
        for button in (panel.add_button, panel.edit_button):
            panel.bar.removeWidget(button)
            self.actions_bar.addWidget(button)
        panel.add_button.setToolTip(tr(
            "اختيار أوراش مصادق عليها لا اتفاقية لها وتحرير اتفاقياتها (Ctrl+N)"))
        panel.edit_button.setText(tr("فتح"))
        panel.edit_button.setToolTip(tr("عرض الاتفاقية وتعديل مسودتها (Enter أو نقرتان)"))
        self.print_action = self._action(
            tr("طباعة..."), self.print_current, QKeySequence.StandardKey.Print,
            tr("حفظ الاتفاقية المحددة في ملف PDF للطباعة"))
        self.batch_action = self._action(
            tr("طباعة دفعة للحفل..."), self.batch_print, "Ctrl+Shift+P",
            tr("طباعة الاتفاقيات المحددة، أو كل الاتفاقيات الظاهرة إن لم تحدد أيا منها"))
        self.sign_action = self._action(
            tr("تسجيل التوقيع..."), self.sign_current, "Ctrl+G",
            tr("تسجيل توقيع الاتفاقية المحددة وإرفاق نسختها الموقعة"))
        self.amendments_action = self._action(
            tr("الملاحق..."), self.show_amendments, "Ctrl+M",
            tr("ملاحق الاتفاقية المحددة: إضافة وطباعة وتوقيع"))
        self.verify_action = self._action(
            tr("تحقق من وثيقة..."), self.verify, tip=tr(
                "التحقق من ملف PDF أو من رمز ورقة مطبوعة"), shown_shortcut=VERIFY_SHORTCUT)
        self.settings_action = self._action(
            tr("إعدادات الاتفاقيات..."), self.edit_settings, "Ctrl+Shift+E",
            tr("المجلس ورئيسه ومقره ومكان التوقيع ونمط الترقيم والأشطر"))
        self.attendance_action = self._action(
            tr("سجل الحضور..."), self.show_attendance, "Ctrl+Shift+T", tip=tr(
                "أيام عمل مستفيدي الورش المحدد في كل شهر، وطباعة سجل الحضور اليومي"))
        self.certificates_action = self._action(
            tr("الشواهد..."), self.show_certificates, "Ctrl+Shift+C", tip=tr(
                "طباعة شواهد المهارات المكتسبة لمستفيدي الورش المحدد بعد نهايته"))
        self.cnss_action = self._action(
            tr("تصريح CNSS..."), self.show_cnss, "Ctrl+Shift+D", tip=tr(
                "ملف التصريح الشهري لضمان كم ولائحتا Excel وCSV للهيئة المشرفة على الورش"))
        self.refresh_action = self._action(tr("تحديث"), self.reload, "F5",
                                           tr("إعادة قراءة الاتفاقيات"))
        self.open_action = QAction(tr("فتح"), self)
        self.open_action.triggered.connect(lambda: self.panel.edit_current())
        # The ceremony's steps on the first row; checking and settings beside the filters.
        for action in (self.print_action, self.batch_action, self.sign_action,
                       self.amendments_action):
            self._button(action, self.actions_bar)
        for action in (self.attendance_action, self.certificates_action, self.cnss_action):
            self._button(action, self.actions_bar)
        for action in (self.verify_action, self.settings_action):
            self._button(action, panel.bar)
        table = self.panel.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.open_action, self.print_action, self.sign_action,
                       self.amendments_action, self.batch_action):
            table.addAction(action)

    def _fill_meetings(self) -> None:
        edition_id = self.edition.value()
        found = meetings.list_meetings(self.ctx.db, edition_id=edition_id) \
            if edition_id is not None else []
        current = self.meeting.value()
        self.meeting.blockSignals(True)
        self.meeting.set_items([(None, tr("كل الاجتماعات"))] + [
            (m.meeting.id, tr("{kind} {date}").format(kind=label(m.meeting.kind),
                                                      date=date_text(m.meeting.held_on)))
            for m in found])
        self.meeting.select(current)
        self.meeting.blockSignals(False)

    # -- the list ------------------------------------------------------------------------

    def _edition_changed(self) -> None:
        self._fill_meetings()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.prepare_batch(len(self.shown_records()))

    def prepare_batch(self, count: int) -> None:
        """A secretary who opens the conventions is about to print them: the batch's
        worker processes get ready now, on the reader thread, so the batch does not wait
        for them (conventions.prepare_batch decides whether they would pay)."""
        if count and self.ctx.can(Permission.PRINT):
            # Not ready is not an error: the batch starts them itself, and says if it fails.
            run_query(None, lambda: conventions.prepare_batch(count), lambda _ready: None,
                      lambda _error: None, quiet=True)

    def reload(self) -> None:
        records = conventions.list_conventions(
            self.ctx.db, self.edition.value(), self.meeting.value(), self.status.value())
        self.panel.set_records(records)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Names and titles are long: capped, and the title takes what is left, so every
        column shows at 1280 pixels without scrolling sideways."""
        header = self.panel.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        model = self.panel.table.model()
        for column in range(header.count()):
            if column != TITLE_COLUMN:
                # Never narrower than its own title ("Date de signature" was cut both sides).
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                cap = max(NARROWEST[column], header.fontMetrics().horizontalAdvance(title) + 28)
                header.resizeSection(column, min(header.sectionSize(column), cap))
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.MEETING, Kind.EDITION):
            self._fill_meetings()
        if changes.touches(Kind.CONVENTION, Kind.PRINTED, Kind.PROPOSAL, Kind.MEETING,
                           Kind.PARTNER, Kind.SETTING, Kind.EDITION, Kind.ATTACHMENT):
            self.reload()

    def shown_records(self) -> list[ConventionSummary]:
        proxy = self.panel.proxy
        return [proxy.index(row, 0).data(RECORD_ROLE) for row in range(proxy.rowCount())]

    def selected_records(self) -> list[ConventionSummary]:
        selection = self.panel.table.selectionModel()
        rows = sorted(selection.selectedRows(), key=lambda index: index.row())
        return [index.data(RECORD_ROLE) for index in rows]

    def current_record(self) -> ConventionSummary | None:
        record = self.panel.current_record()
        if record is None:
            errors.messages.info(self, tr("الاتفاقيات"), tr("اختر اتفاقية من اللائحة."))
        return record

    def select_ids(self, ids: list[uuid.UUID]) -> None:
        """Select these conventions (those just drawn up), the first one current."""
        table, proxy = self.panel.table, self.panel.proxy
        selection = table.selectionModel()
        selection.clearSelection()
        first = None
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(RECORD_ROLE).id in ids:
                selection.select(index, selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            table.scrollTo(first)

    def _update_totals(self) -> None:
        self.empty_hint.setVisible(self.panel.model.rowCount() == 0)
        shown = self.shown_records()
        total = sum((r.total_amount for r in shown), Decimal(0))
        self.totals.setText(tr(
            "الاتفاقيات: {shown} من {total} — المستفيدون: {people} — المبلغ الإجمالي: "
            "{amount} درهم").format(shown=len(shown), total=self.panel.model.rowCount(),
                                    people=figure(sum(r.beneficiaries for r in shown)),
                                    amount=amount_text(total)))

    # -- actions -------------------------------------------------------------------------

    def draw_up_dialog(self) -> DrawUpDialog:
        return DrawUpDialog(self.ctx, self.edition.value(), parent=self)

    def draw_up(self) -> list[uuid.UUID]:
        dialog = self.draw_up_dialog()
        if not dialog.exec():
            return []
        return self.drawn_up(dialog.saved)

    def drawn_up(self, ids: list[uuid.UUID]) -> list[uuid.UUID]:
        self.select_ids(ids)
        return ids

    def convention_dialog(self, record: ConventionSummary) -> ConventionDialog:
        return ConventionDialog(self.ctx, record.id, parent=self)

    def open_convention(self, record: ConventionSummary) -> None:
        try:
            dialog = self.convention_dialog(record)
        except DomainError as exc:  # deleted meanwhile (NotFound): say so, refresh
            show_error(self, exc)
            self.reload()
            return
        dialog.exec()

    def print_current(self) -> Progress | None:
        record = self.current_record()
        if record is None:
            return None
        path = ask_pdf_path(self, tr("طباعة الاتفاقية"), pdf_file_name(record.number))
        return print_convention(self, self.ctx, record.id, path) if path else None

    def batch_dialog(self, selected: int, shown: int) -> BatchPrintDialog:
        return BatchPrintDialog(self.ctx, selected, shown, parent=self)

    def batch_print(self) -> Progress | None:
        if self.batch_running:
            errors.messages.info(self, tr("طباعة دفعة للحفل"), tr(
                "طباعة دفعة جارية؛ انتظر نهايتها أو ألغها."))
            return None
        selected, shown = self.selected_records(), self.shown_records()
        if not shown:
            errors.messages.info(self, tr("طباعة دفعة للحفل"), tr(
                "لا توجد اتفاقيات للطباعة في اللائحة."))
            return None
        self.prepare_batch(len(selected) if len(selected) > 1 else len(shown))
        dialog = self.batch_dialog(len(selected), len(shown))
        if not dialog.exec():
            return None
        one_file, out, only_selected = dialog.saved
        chosen = selected if only_selected else shown
        return self.start_batch([r.id for r in chosen], out, one_file=one_file)

    def start_batch(self, ids: list[uuid.UUID], out: Path, *, one_file: bool) -> Progress:
        """Print off the UI thread; the worker only sees plain values and the Progress."""
        db, actor = self.ctx.db, self.ctx.actor
        step_text = tr("طباعة الاتفاقية {done} من {total}...")

        def work(progress: Progress) -> BatchResult:
            def report(done: int, total: int) -> None:
                # Once cancelled, report() raises; the service stops at the next
                # convention by itself and returns what it printed, so let it.
                with suppress(Cancelled):
                    progress.report(done, total, step_text.format(
                        done=min(done + 1, total), total=total))

            return conventions.print_batch(db, actor, ids, out, one_file=one_file,
                                           progress=report,
                                           cancelled=lambda: progress.cancelled)

        self.batch_running = True
        self.batch_action.setEnabled(False)
        return run_task(self, tr("جار طباعة الاتفاقيات..."), work,
                        lambda result: self._batch_done(result, out),
                        self._batch_failed)

    def _batch_finished(self) -> None:
        self.batch_running = False
        self.batch_action.setEnabled(self.ctx.can(Permission.PRINT))

    def _batch_done(self, result: BatchResult, out: Path) -> None:
        self._batch_finished()
        where = f"\n{RLM}{FSI}{out}{PDI}"
        if result.cancelled:
            text = tr("ألغيت الطباعة بعد {count} اتفاقية؛ ما طبع قبل الإلغاء محفوظ في:").format(
                count=result.printed)
        else:
            text = tr("عدد الاتفاقيات المطبوعة: {count}، في:").format(count=result.printed)
        text += where
        if result.refused:
            # Left out, not lost: the secretary fixes these and prints them after.
            text += "\n\n" + tr("لم تطبع {count} اتفاقية:").format(count=len(result.refused))
            text += "".join(f"\n{RLM}- {LRI}{number}{PDI}: {why}" for number, why in result.refused)
        errors.messages.info(self, tr("طباعة دفعة للحفل"), text)

    def _batch_failed(self, exc: BaseException) -> None:
        self._batch_finished()
        show_error(self, exc)

    def sign_dialog(self, record: ConventionSummary) -> SignDialog:
        return SignDialog(self.ctx, record.id, parent=self)

    def sign_current(self) -> None:
        record = self.current_record()
        if record is not None:
            self.sign_dialog(record).exec()

    def amendments_dialog(self, record: ConventionSummary) -> AmendmentsDialog:
        return AmendmentsDialog(self.ctx, record.id, parent=self)

    def show_amendments(self) -> None:
        record = self.current_record()
        if record is not None:
            self.amendments_dialog(record).exec()

    def attendance_dialog(self, record: ConventionSummary) -> QDialog:
        return AttendanceDialog(self.ctx, record.proposal_id, parent=self)

    def show_attendance(self) -> None:
        record = self.current_record()
        if record is not None:
            self.attendance_dialog(record).exec()

    def certificates_dialog(self, record: ConventionSummary) -> QDialog:
        return CertificatesDialog(self.ctx, record.proposal_id, parent=self)

    def show_certificates(self) -> None:
        record = self.current_record()
        if record is not None:
            self.certificates_dialog(record).exec()

    def cnss_dialog(self, record: ConventionSummary | None) -> QDialog:
        body = attendance.worksite(self.ctx.db, record.proposal_id).partner_id if record else None
        return CnssDialog(self.ctx, body, parent=self)

    def show_cnss(self) -> None:
        self.cnss_dialog(self.current_record()).exec()

    def verify_dialog(self) -> VerifyDialog:
        return VerifyDialog(self.ctx, parent=self)

    def verify(self) -> None:
        self.verify_dialog().exec()

    def office_province(self) -> uuid.UUID | None:
        """The province whose settings to show: the selected convention's, else the one
        this office works for (it has proposals in the edition)."""
        record = self.panel.current_record()
        records = [record] if record is not None else self.shown_records()
        if records:
            return records[0].province_id
        edition_id = self.edition.value() or (self.editions[0].id if self.editions else None)
        if edition_id is not None:
            for quota in programme.list_quotas(self.ctx.db, edition_id):
                if proposals.quota_use(self.ctx.db, edition_id,
                                       quota.province_id).planned_people:
                    return quota.province_id
        provinces = territory.list_provinces(self.ctx.db)
        return provinces[0].id if provinces else None

    def settings_dialog(self) -> ConventionSettingsDialog:
        return ConventionSettingsDialog(self.ctx, self.office_province(), parent=self)

    def edit_settings(self) -> None:
        self.settings_dialog().exec()
