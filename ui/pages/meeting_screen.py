"""The meeting screen the secretary keeps open during a committee meeting.

Every entry is written at once through the meeting services, then the screen reads the
meeting sheet again (a few milliseconds for 61 items) and updates the widgets in place.
Nothing is checked here: quorum, who may vote, the decision rule and the quota are the
services' rules, and their Arabic message is shown next to what was refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AttendanceStatus, DecisionOutcome, VoteChoice
from app.domain.meetings import COUNTED_PRESENT, DecisionChoice
from app.domain.proposals import Proposal
from app.domain.roles import Permission
from app.domain.text import RLM
from app.errors import DomainError, Locked
from app.services import meeting_documents, meetings, programme, proposals
from app.services.changes import Changes, Kind
from app.services.meetings import AgendaLine, MeetingSheet
from ui import errors
from ui.context import AppContext
from ui.dialogs.audit_dialog import open_history
from ui.errors import describe, show_error
from ui.i18n import counted, projects_text, tr
from ui.models.meeting_models import ID_ROLE, AgendaModel, ltr
from ui.models.record_table import ElideByDirection
from ui.tasks import Progress, run_op, run_task
from ui.widgets.meeting_panels import (
    CHOICE_OF,
    NO_VOTE,
    AttendancePanel,
    MeetingHeader,
    ProposalPanel,
    RecommendationsPanel,
    kind_has_agenda,
    set_enabled,
    set_text,
    set_visible,
    show_message,
)

ATTENDANCE_TAB, AGENDA_TAB, RECOMMENDATIONS_TAB = 0, 1, 2
# What this screen shows: a change to any of these, made here or elsewhere, redraws it.
SHOWS = (Kind.MEETING, Kind.MEMBER, Kind.COMMITTEE, Kind.PROPOSAL, Kind.QUOTA, Kind.EDITION,
         Kind.GRANT, Kind.EMPLOYER)


def _quota_known(sheet: MeetingSheet) -> bool:
    """A province's quota, or a region's allocation, is recorded for the edition."""
    if sheet.allocation is not None:
        return sheet.allocation.hires is not None
    return sheet.quota.quota_person_months is not None


def applications_text(count: int) -> str:
    return counted(count, tr("طلب واحد"), tr("طلبان"), tr("{n} طلبات"), tr("{n} طلبا"),
                   tr("{n} طلب"))


def _messages() -> errors.MessageService:
    return errors.messages  # looked up at call time, so tests can replace the service


# -- printing ------------------------------------------------------------------------------


def _documents() -> dict[str, tuple[Callable[..., bytes], str, str]]:
    return {"minutes": (meeting_documents.minutes_pdf, tr("محضر الاجتماع"), "mahdar"),
            "attendance": (meeting_documents.attendance_sheet_pdf, tr("ورقة الحضور"),
                           "attendance")}


def print_meeting_document(parent: QWidget, ctx: AppContext, meeting_id: uuid.UUID,
                           which: str, path: Path | None = None) -> Progress | None:
    """Build the minutes or the attendance sheet off the UI thread and save it as a PDF."""
    builder, title, stem = _documents()[which]
    if path is None:
        default = Path.home() / f"{stem}-{date.today():%Y-%m-%d}.pdf"
        name, _ = QFileDialog.getSaveFileName(parent, title, str(default),
                                              tr("ملف PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    target, db, actor = path, ctx.db, ctx.actor

    def work(_progress: Progress) -> Path:
        # The documents service records each print with who made it, hence the actor.
        target.write_bytes(builder(db, actor, meeting_id))
        return target

    def done(saved: Path) -> None:
        if QGuiApplication.platformName() != "offscreen":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved)))
        _messages().info(parent, title, tr("حفظ الملف في:") + f"\n\u2068{saved}\u2069")

    return run_task(parent, tr("جار إعداد {title}...").format(title=title), work, done)


# -- small prompts, replaceable in tests ----------------------------------------------------


def ask_multiline(parent: QWidget, title: str, caption: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getMultiLineText(parent, title, caption, text)
    return value if ok else None


def ask_line(parent: QWidget, title: str, caption: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, caption, text=text)
    return value if ok else None


# -- the screen ----------------------------------------------------------------------------


class MeetingScreen(QWidget):
    """Opened as its own maximised window from the committee page; Esc closes it."""

    closed = Signal(object)

    def __init__(self, ctx: AppContext, meeting_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.sheet: MeetingSheet | None = None
        self.current_id: uuid.UUID | None = None
        self._usual_duration: int | None = None
        self._files: dict[uuid.UUID, Proposal] = {}
        self.ask_text: Callable[[QWidget, str, str, str], str | None] = ask_multiline
        self.ask_reason: Callable[[QWidget, str, str, str], str | None] = ask_line

        self.header = MeetingHeader()
        self.attendance = AttendancePanel()
        self.agenda_model = AgendaModel(self)
        self.proposal = ProposalPanel()
        self.recommendations = RecommendationsPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.attendance, tr("الحضور"))
        self.tabs.addTab(self._build_agenda_page(), tr("جدول الأعمال والتصويت"))
        self.tabs.addTab(self.recommendations, tr("التوصيات"))
        self.help = QLabel(RLM + tr(
            "المشروع التالي Ctrl+Down — السابق Ctrl+Up — موافق Alt+1 — معارض Alt+2 — "
            "ممتنع Alt+3 — الكل موافق F6 — تسجيل القرار Ctrl+Enter — تأجيل F8 — "
            "حفظ النقط Ctrl+S — تحديث F5 — رجوع Esc"))
        self.help.setStyleSheet("color: #555;")
        self.help.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.help)

        self._connect()
        self._shortcuts()
        self.refresh()
        self._initial_tab()
        ctx.changed.connect(self._on_changed)

    # -- building ----------------------------------------------------------------------
    def _build_agenda_page(self) -> QWidget:
        self.agenda_table = QTableView()
        self.agenda_table.setObjectName("agenda")
        self.agenda_table.setModel(self.agenda_model)
        self.agenda_table.setItemDelegate(ElideByDirection(self.agenda_table))
        self.agenda_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_table.setAlternatingRowColors(True)
        self.agenda_table.setWordWrap(False)
        self.agenda_table.verticalHeader().hide()
        self.agenda_table.verticalHeader().setDefaultSectionSize(26)
        header = self.agenda_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(30)
        self.add_items = QPushButton(tr("إضافة مشاريع..."))
        self.add_items.setToolTip(tr("من المشاريع المؤهلة (Ctrl+N)"))
        self.move_up = QPushButton(tr("إلى الأعلى"))
        self.move_up.setToolTip("Alt+Up")
        self.move_down = QPushButton(tr("إلى الأسفل"))
        self.move_down.setToolTip("Alt+Down")
        self.remove_item = QPushButton(tr("سحب من الجدول"))
        self.remove_item.setToolTip(tr("سحب المشروع المحدد من جدول الأعمال (Delete)"))
        self.agenda_count = QLabel()
        self.agenda_message = QLabel()
        self.agenda_message.setStyleSheet("color: #b00020;")
        self.agenda_message.setWordWrap(True)
        self.agenda_message.hide()
        bar = QHBoxLayout()
        for button in (self.add_items, self.move_up, self.move_down, self.remove_item):
            bar.addWidget(button)
        bar.addStretch()
        bar.addWidget(self.agenda_count)
        agenda_side = QWidget()
        column = QVBoxLayout(agenda_side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.agenda_message)
        column.addWidget(self.agenda_table, 1)
        column.addWidget(self.proposal.file_box)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.proposal)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(agenda_side)
        self.splitter.addWidget(scroll)
        self.splitter.setSizes([570, 690])
        self.splitter.setChildrenCollapsible(False)
        self.agenda_page = QWidget()
        page = QVBoxLayout(self.agenda_page)
        page.setContentsMargins(0, 4, 0, 0)
        page.addWidget(self.splitter)
        return self.agenda_page

    def _connect(self) -> None:
        h = self.header
        h.print_minutes.clicked.connect(lambda: self.print_document("minutes"))
        h.print_attendance.clicked.connect(lambda: self.print_document("attendance"))
        h.close_meeting.clicked.connect(self.close_meeting)
        h.history.clicked.connect(lambda: open_history(self, self.ctx, "meetings", self.meeting_id))
        h.back.clicked.connect(self.close)
        self.attendance.all_present.clicked.connect(self.mark_unrecorded_present)
        self.agenda_table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.add_items.clicked.connect(self.add_proposals)
        self.move_up.clicked.connect(lambda: self.move_current(-1))
        self.move_down.clicked.connect(lambda: self.move_current(1))
        self.remove_item.clicked.connect(self.remove_current)
        p = self.proposal
        p.view_file.clicked.connect(self.view_file)
        p.save_scores.clicked.connect(self.save_scores)
        p.all_for.clicked.connect(self.vote_all_for)
        p.record.clicked.connect(self.record_decision)
        p.postpone.clicked.connect(self.postpone)
        p.cancel.clicked.connect(self.cancel_decision)
        r = self.recommendations
        r.add.clicked.connect(self.add_recommendation)
        r.edit.clicked.connect(self.edit_recommendation)
        r.remove.clicked.connect(self.remove_recommendation)
        r.up.clicked.connect(lambda: self.move_recommendation(-1))
        r.down.clicked.connect(lambda: self.move_recommendation(1))
        r.table.doubleClicked.connect(lambda _index: self.edit_recommendation())

    def _shortcuts(self) -> None:
        def on(parent: QWidget, keys: str, slot: Callable[[], Any],
               context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut
               ) -> None:
            QShortcut(QKeySequence(keys), parent, slot, context=context)

        on(self, "Esc", self.close)
        on(self, "F5", self.refresh)
        page = self.agenda_page
        on(page, "Ctrl+Down", lambda: self.step(1))
        on(page, "Ctrl+Up", lambda: self.step(-1))
        on(page, "Ctrl+N", self.add_proposals)
        on(page, "Alt+1", lambda: self.vote_focused(VoteChoice.FOR))
        on(page, "Alt+2", lambda: self.vote_focused(VoteChoice.AGAINST))
        on(page, "Alt+3", lambda: self.vote_focused(VoteChoice.ABSTAIN))
        on(page, "Alt+0", lambda: self.vote_focused(None))
        on(page, "F6", self.vote_all_for)
        on(page, "Ctrl+Return", self.record_decision)
        on(page, "Ctrl+Enter", self.record_decision)
        on(page, "F8", self.postpone)
        on(page, "Ctrl+Shift+Backspace", self.cancel_decision)
        on(page, "Ctrl+S", self.save_scores)
        on(page, "Ctrl+I", self.view_file)
        table = Qt.ShortcutContext.WidgetShortcut
        on(self.agenda_table, "Alt+Up", lambda: self.move_current(-1), table)
        on(self.agenda_table, "Alt+Down", lambda: self.move_current(1), table)
        on(self.agenda_table, "Delete", self.remove_current, table)
        rec = self.recommendations
        on(rec, "Ctrl+N", self.add_recommendation)
        on(rec.table, "Return", self.edit_recommendation, table)
        on(rec.table, "Enter", self.edit_recommendation, table)
        on(rec.table, "Delete", self.remove_recommendation, table)
        on(rec.table, "Alt+Up", lambda: self.move_recommendation(-1), table)
        on(rec.table, "Alt+Down", lambda: self.move_recommendation(1), table)

    def _initial_tab(self) -> None:
        """Attendance first while it is incomplete; otherwise straight to the agenda."""
        sheet = self.sheet
        assert sheet is not None
        pending = any(line.status is None for line in sheet.attendance)
        agenda = kind_has_agenda(sheet.summary.meeting.kind)
        if agenda and (sheet.is_closed or (sheet.quorum.met and not pending)):
            self.tabs.setCurrentIndex(AGENDA_TAB)
        else:
            self.tabs.setCurrentIndex(ATTENDANCE_TAB)

    # -- reading -----------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        """A vote recorded here, a member added or a quota corrected elsewhere."""
        if changes.touches(*SHOWS):
            self.refresh()

    @property
    def is_closed(self) -> bool:
        return self.sheet is not None and self.sheet.is_closed

    def refresh(self) -> None:
        """Read the sheet again and update every part in place."""
        sheet = meetings.meeting_sheet(self.ctx.db, self.meeting_id)
        self.sheet = sheet
        if self._usual_duration is None:
            self._usual_duration = programme.get_edition(
                self.ctx.db, sheet.summary.edition_id).default_duration_months
        summary = sheet.summary
        title = tr("{committee} {date} — مكتب أوراش").format(
            committee=summary.committee_name, date=f"{summary.meeting.held_on:%d/%m/%Y}")
        if self.windowTitle() != title:
            self.setWindowTitle(title)
        self.header.show_sheet(sheet, self._usual_duration)
        if self.attendance.show_lines(sheet.attendance):
            self._connect_attendance_rows()
        if self.proposal.set_criteria(sheet.criteria):
            for score in self.proposal.score_rows:
                # Saved when the secretary leaves the box (Tab, Enter, a click elsewhere).
                score.spin.editingFinished.connect(self.save_scores)
        if self.proposal.set_voters(sheet.attendance, summary.meeting.chair_member_id):
            for row in self.proposal.vote_rows:
                row.group.idClicked.connect(
                    lambda button_id, member=row.member.id: self._vote_clicked(member, button_id))
        if sheet.is_grant and not self.agenda_model.grant:
            self._show_as_grant_meeting()
        quota_known = _quota_known(sheet)
        fresh = self.agenda_model.rowCount() == 0 and bool(sheet.agenda)
        self.agenda_model.set_lines(sheet.agenda, quota_known)
        if fresh:
            self._fit_agenda_columns()
        decided = sum(1 for line in sheet.agenda if line.decision is not None)
        items = (applications_text(len(sheet.agenda)) if sheet.is_grant
                 else projects_text(len(sheet.agenda)))
        set_text(self.agenda_count, tr("{projects} — بت في {decided}").format(
            projects=items, decided=decided))
        self._select(self.current_id if self.agenda_model.row_of(self.current_id) >= 0
                     else (sheet.agenda[0].proposal.id if sheet.agenda else None))
        self._show_current()
        self.recommendations.show_texts(sheet.recommendations)
        agenda = kind_has_agenda(summary.meeting.kind)
        if self.tabs.isTabEnabled(AGENDA_TAB) != agenda:
            self.tabs.setTabEnabled(AGENDA_TAB, agenda)
            self.tabs.setTabToolTip(AGENDA_TAB, "" if agenda else tr(
                "دراسة المشاريع والتصويت عليها تكون في اجتماع الانتقاء."))
        self._set_editable(not sheet.is_closed)
        set_visible(self.help, not sheet.is_closed)

    def _show_as_grant_meeting(self) -> None:
        """A regional committee's meeting: its agenda is grant applications."""
        self.agenda_model.set_grant(True)
        self.add_items.setText(tr("إضافة طلبات..."))
        self.add_items.setToolTip(tr("من طلبات المنحة في انتظار البت (Ctrl+N)"))
        self.remove_item.setToolTip(tr("سحب الطلب المحدد من جدول الأعمال (Delete)"))
        self.proposal.empty.setText(tr("اختر طلبا من جدول الأعمال، أو أضف طلبات إليه."))
        self.proposal.view_file.setToolTip(tr("ملف الطلب للاطلاع فقط (Ctrl+I)"))
        self.help.setText(RLM + tr(
            "الطلب التالي Ctrl+Down — السابق Ctrl+Up — موافق Alt+1 — معارض Alt+2 — "
            "ممتنع Alt+3 — الكل موافق F6 — تسجيل القرار Ctrl+Enter — تأجيل F8 — "
            "حفظ النقط Ctrl+S — تحديث F5 — رجوع Esc"))

    def _fit_agenda_columns(self) -> None:
        table = self.agenda_table
        for column, width in enumerate(AgendaModel.WIDTHS):
            table.setColumnWidth(column, width)

    def _connect_attendance_rows(self) -> None:
        for row in self.attendance.rows:
            member_id = row.member.id
            # activated, not currentIndexChanged: only what the user chose is recorded.
            row.status.activated.connect(
                lambda _index, m=member_id: self._attendance_chosen(m))
            row.represented_by.editingFinished.connect(
                lambda m=member_id: self._represented_by_edited(m))

    def current_line(self) -> AgendaLine | None:
        row = self.agenda_model.row_of(self.current_id)
        return self.agenda_model.line(row) if row >= 0 else None

    def _file(self, proposal_id: uuid.UUID) -> Proposal | None:
        """The full proposal for the beneficiaries' detail, read once per proposal."""
        if self.agenda_model.grant:
            return None
        if proposal_id not in self._files:
            try:
                self._files[proposal_id] = proposals.get_proposal(self.ctx.db, proposal_id)
            except DomainError:
                return None
        return self._files[proposal_id]

    def _show_current(self) -> None:
        line = self.current_line()
        sheet = self.sheet
        quota_known = sheet is not None and _quota_known(sheet)
        self.proposal.show_line(line, self._file(line.proposal.id) if line else None,
                                quota_known)
        self._set_vote_widgets_enabled()

    def _select(self, proposal_id: uuid.UUID | None) -> None:
        row = self.agenda_model.row_of(proposal_id)
        selection = self.agenda_table.selectionModel()
        if row < 0:
            self.current_id = None
            return
        self.current_id = proposal_id
        index = self.agenda_model.index(row, 0)
        if self.agenda_table.currentIndex().row() != row:
            selection.blockSignals(True)
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            selection.blockSignals(False)
            self.agenda_table.viewport().update()
        self.agenda_table.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        new_id = current.data(ID_ROLE) if current.isValid() else None
        if new_id == self.current_id:
            return
        wrote = self._flush_scores()
        self.current_id = new_id
        show_message(self.proposal.message, "")
        if wrote:
            self.refresh()
        else:
            self._show_current()

    def select_proposal(self, proposal_id: uuid.UUID) -> None:
        """Make a proposal the current one, as a click in the agenda does."""
        row = self.agenda_model.row_of(proposal_id)
        if row >= 0:
            self.agenda_table.setCurrentIndex(self.agenda_model.index(row, 0))

    def step(self, delta: int) -> None:
        """Ctrl+Down / Ctrl+Up: the next or previous proposal, focus kept where it was."""
        row = self.agenda_model.row_of(self.current_id) + delta
        if 0 <= row < self.agenda_model.rowCount():
            self.agenda_table.setCurrentIndex(self.agenda_model.index(row, 0))

    # -- editable or not ---------------------------------------------------------------
    def editing_controls(self) -> list[QWidget]:
        """Every control that changes the meeting (all disabled once it is closed)."""
        return ([self.header.close_meeting] + self.attendance.editors()
                + [self.add_items, self.move_up, self.move_down, self.remove_item]
                + self.proposal.editors() + self.recommendations.editors())

    def _set_editable(self, editable: bool) -> None:
        editable = editable and self.ctx.can(Permission.MEETINGS)
        # The vote buttons and "cancel" follow the current proposal's decision as well.
        voting = set(self._vote_widgets())
        for widget in self.editing_controls():
            if widget not in voting:
                set_enabled(widget, editable)
        self._set_vote_widgets_enabled()

    def _vote_widgets(self) -> list[QWidget]:
        return ([b for r in self.proposal.vote_rows for b in r.buttons.values()]
                + [self.proposal.all_for, self.proposal.cancel])

    def _set_vote_widgets_enabled(self) -> None:
        """Votes on a decided proposal wait for the decision to be cancelled."""
        line = self.current_line()
        allowed = self.ctx.can(Permission.MEETINGS)
        enabled = allowed and not self.is_closed and line is not None and line.decision is None
        for row in self.proposal.vote_rows:
            for button in row.buttons.values():
                set_enabled(button, enabled)
        set_enabled(self.proposal.all_for, enabled and bool(self.proposal.vote_rows))
        can_cancel = (allowed and not self.is_closed and line is not None
                      and line.decision is not None)
        set_enabled(self.proposal.cancel, can_cancel)

    # -- writing -----------------------------------------------------------------------
    def _write(self, action: Callable[[], Any], where: QLabel, keep_on_error: bool = False,
               then: Callable[[], Any] | None = None,
               failed: Callable[[], Any] | None = None) -> None:
        """Queue one service call on the writer; on refusal show its message at `where`.

        The screen redraws from the change it made, like any page. Scores typed but not
        yet saved are queued first, so a redraw never drops them.
        """
        self._flush_scores()

        def done(_result: object) -> None:
            show_message(where, "")
            if then is not None:
                then()

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, DomainError):
                show_error(self, exc)
                return
            if isinstance(exc, Locked) or not keep_on_error:
                self.refresh()
            show_message(where, exc.message if isinstance(exc, Locked) else describe(exc))
            if failed is not None:
                failed()

        run_op(self, action, done, refused)

    def _flush_scores(self) -> bool:
        """Queue the scores typed since the sheet was read; True when there were some."""
        line = self.proposal.line
        if line is None or self.is_closed:
            return False
        changed = self.proposal.changed_scores()
        if not changed:
            return False
        db, actor, meeting_id, proposal_id = (self.ctx.db, self.ctx.actor, self.meeting_id,
                                              line.proposal.id)
        message = self.proposal.message
        run_op(self, lambda: meetings.record_scores(db, actor, meeting_id, proposal_id,
                                                    changed),
               lambda _r: show_message(message, ""),
               lambda exc: show_message(message, describe(exc)))
        return True

    def save_scores(self) -> None:
        self._flush_scores()

    # -- attendance --------------------------------------------------------------------
    def _attendance_chosen(self, member_id: uuid.UUID | None) -> None:
        row = self.attendance.row_for(member_id)
        sheet = self.sheet
        if row is None or sheet is None or member_id is None:
            return
        status = row.status_value()
        if status is None:
            return
        votes = sum(1 for line in sheet.agenda if member_id in line.votes)
        if status not in COUNTED_PRESENT and votes and not _messages().confirm(
                self, tr("الحضور"), tr(
                    "{name}: تسجيله «{status}» يحذف أصواته على {n} من المشاريع. متابعة؟").format(
                    name=row.member.full_name, status=row.status.currentText(), n=votes)):
            self.refresh()
            return
        db, actor, meeting_id = self.ctx.db, self.ctx.actor, self.meeting_id
        represented_by = row.represented_by.text()
        focus = row.represented_by.setFocus if status is AttendanceStatus.REPRESENTED \
            else None
        self._write(lambda: meetings.record_attendance(
            db, actor, meeting_id, member_id, status, represented_by),
            self.attendance.message, keep_on_error=True, failed=focus)

    def _represented_by_edited(self, member_id: uuid.UUID | None) -> None:
        """Typing who represents a member records it when the status says 'represented'."""
        row = self.attendance.row_for(member_id)
        sheet = self.sheet
        if row is None or sheet is None or row.status_value() is not AttendanceStatus.REPRESENTED:
            return
        line = next((a for a in sheet.attendance if a.member.id == member_id), None)
        if (line is not None and line.status is AttendanceStatus.REPRESENTED
                and line.represented_by == row.represented_by.text().strip()):
            return
        self._attendance_chosen(member_id)

    def mark_unrecorded_present(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        pending = [line.member.id for line in sheet.attendance
                   if line.status is None and line.member.id is not None]

        db, actor, meeting_id = self.ctx.db, self.ctx.actor, self.meeting_id

        def record_all() -> None:
            for member_id in pending:
                meetings.record_attendance(db, actor, meeting_id, member_id,
                                           AttendanceStatus.PRESENT)

        if pending:
            self._write(record_all, self.attendance.message)

    # -- agenda ------------------------------------------------------------------------
    def _set_agenda(self, ids: list[uuid.UUID], then: Callable[[], Any] | None = None
                    ) -> None:
        db, actor, meeting_id = self.ctx.db, self.ctx.actor, self.meeting_id
        self._write(lambda: meetings.set_agenda(db, actor, meeting_id, ids),
                    self.agenda_message, then=then)

    def candidates_dialog(self) -> Any:
        from ui.dialogs.meeting_dialog import AgendaPickerDialog

        return AgendaPickerDialog(meetings.candidate_proposals(self.ctx.db, self.meeting_id),
                                  self, grant=self.agenda_model.grant)

    def add_proposals(self, chosen: list[uuid.UUID] | None = None) -> None:
        if self.is_closed:
            return
        if chosen is None:
            dialog = self.candidates_dialog()
            if not dialog.exec():
                return
            chosen = dialog.chosen
        if not chosen:
            return
        first = chosen[0]
        self._set_agenda(self.agenda_model.proposal_ids() + list(chosen),
                         then=lambda: self.select_proposal(first))

    def move_current(self, delta: int) -> None:
        ids = self.agenda_model.proposal_ids()
        row = self.agenda_model.row_of(self.current_id)
        target = row + delta
        if self.is_closed or row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self._set_agenda(ids)
        self.agenda_table.setFocus()

    def remove_current(self) -> None:
        line = self.current_line()
        if line is None or self.is_closed:
            return
        if not _messages().confirm(self, tr("سحب من جدول الأعمال"), tr(
                "سحب المشروع {reference} من جدول الأعمال؟ تحذف معه نقطه وأصوات الأعضاء "
                "عليه.").format(reference=ltr(line.proposal.reference))):
            return
        ids = [i for i in self.agenda_model.proposal_ids() if i != line.proposal.id]
        row = self.agenda_model.row_of(line.proposal.id)

        def select_next() -> None:
            if ids:
                self._select(ids[min(row, len(ids) - 1)])
                self._show_current()

        self._set_agenda(ids, then=select_next)

    def view_file(self) -> None:
        line = self.current_line()
        if line is None:
            return
        if self.agenda_model.grant:
            self._view_application(line.proposal.id, line.proposal.reference)
            return
        from ui.dialogs.proposal_dialog import ProposalDialog

        dialog = ProposalDialog(self.ctx, proposals.get_proposal(self.ctx.db, line.proposal.id),
                                parent=self)
        dialog.setWindowTitle(tr("ملف المشروع {reference} (للاطلاع)").format(
            reference=ltr(line.proposal.reference)))
        dialog.form.setEnabled(False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("إغلاق"))
        dialog.exec()

    def _view_application(self, application_id: uuid.UUID, reference: str) -> None:
        from app.services import grants
        from ui.dialogs.grant_dialogs import ApplicationDialog

        dialog = ApplicationDialog(self.ctx, grants.get_application(self.ctx.db, application_id),
                                   parent=self)
        dialog.setWindowTitle(tr("ملف الطلب {reference} (للاطلاع)").format(
            reference=ltr(reference)))
        dialog.form.setEnabled(False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("إغلاق"))
        dialog.exec()

    # -- votes -------------------------------------------------------------------------
    def _record_votes(self, votes: dict[uuid.UUID, VoteChoice | None]) -> None:
        line = self.current_line()
        if line is None or self.is_closed:
            return
        db, actor, meeting_id, proposal_id = (self.ctx.db, self.ctx.actor, self.meeting_id,
                                              line.proposal.id)
        self._write(lambda: meetings.record_votes(db, actor, meeting_id, proposal_id, votes),
                    self.proposal.message)

    def _vote_clicked(self, member_id: uuid.UUID | None, button_id: int) -> None:
        if member_id is None:
            return
        choice = None if button_id == NO_VOTE else CHOICE_OF[button_id]
        line = self.current_line()
        if line is not None and line.votes.get(member_id) is choice:
            return
        self._record_votes({member_id: choice})

    def vote_focused(self, choice: VoteChoice | None) -> None:
        """Alt+1/2/3/0: the member whose line has the focus (or the first who has not
        voted) votes, then the focus moves to the next member."""
        rows = self.proposal.vote_rows
        line = self.current_line()
        if not rows or line is None or self.is_closed or line.decision is not None:
            return
        index = self.proposal.focused_vote_row()
        if index < 0:
            index = next((i for i, r in enumerate(rows) if r.member.id not in line.votes), 0)
        member_id = rows[index].member.id
        if member_id is None:
            return
        if line.votes.get(member_id) is not choice:
            self._record_votes({member_id: choice})
        rows = self.proposal.vote_rows
        rows[min(index + 1, len(rows) - 1)].focus()

    def vote_all_for(self) -> None:
        """A unanimous vote of the voting members present."""
        rows = self.proposal.vote_rows
        if rows:
            self._record_votes({r.member.id: VoteChoice.FOR for r in rows
                                if r.member.id is not None})

    # -- decisions ---------------------------------------------------------------------
    def _decide(self, choice: DecisionChoice) -> None:
        line = self.current_line()
        if line is None or self.is_closed:
            return
        db, actor, meeting_id, proposal_id = (self.ctx.db, self.ctx.actor, self.meeting_id,
                                              line.proposal.id)
        self._write(lambda: meetings.record_decision(db, actor, meeting_id, proposal_id,
                                                     choice), self.proposal.message)

    def record_decision(self) -> None:
        """What the votes give, with the conditions and reason typed."""
        p = self.proposal
        self._decide(DecisionChoice(reason=p.reason.text(), conditions=p.conditions.text()))

    def postpone(self) -> None:
        p = self.proposal
        if self.current_line() is None or self.is_closed:
            return
        reason = p.reason.text()
        if not reason.strip():
            answer = self.ask_reason(self, tr("تأجيل البت"), tr("سبب التأجيل:"), "")
            if answer is None:
                return
            reason = answer
            p.reason.setText(reason)
        self._decide(DecisionChoice(DecisionOutcome.POSTPONED, reason, p.conditions.text()))

    def cancel_decision(self) -> None:
        line = self.current_line()
        if line is None or line.decision is None or self.is_closed:
            return
        if not _messages().confirm(self, tr("إلغاء القرار"), tr(
                "إلغاء قرار «{decision}» في المشروع {reference}؟ يعود المشروع مؤهلا وتبقى "
                "الأصوات.").format(decision=self.proposal.decision.text(),
                                   reference=ltr(line.proposal.reference))):
            return
        db, actor, meeting_id, proposal_id = (self.ctx.db, self.ctx.actor, self.meeting_id,
                                              line.proposal.id)
        self._write(lambda: meetings.cancel_decision(db, actor, meeting_id, proposal_id),
                    self.proposal.message)

    # -- recommendations ---------------------------------------------------------------
    def _save_recommendations(self, texts: list[str], select: int) -> None:
        db, actor, meeting_id = self.ctx.db, self.ctx.actor, self.meeting_id
        table = self.recommendations.table

        def select_row() -> None:
            if table.rowCount():
                table.setCurrentCell(min(max(select, 0), table.rowCount() - 1), 0)

        self._write(lambda: meetings.set_recommendations(db, actor, meeting_id, texts),
                    self.recommendations.message, then=select_row)

    def add_recommendation(self) -> None:
        if self.is_closed:
            return
        text = self.ask_text(self, tr("توصية جديدة"), tr("نص التوصية:"), "")
        if text and text.strip():
            texts = self.recommendations.texts() + [text]
            self._save_recommendations(texts, len(texts) - 1)

    def edit_recommendation(self) -> None:
        row = self.recommendations.table.currentRow()
        texts = self.recommendations.texts()
        if self.is_closed or not 0 <= row < len(texts):
            return
        text = self.ask_text(self, tr("تعديل التوصية {n}").format(n=row + 1),
                             tr("نص التوصية:"), texts[row])
        if text is not None:
            texts[row] = text
            self._save_recommendations(texts, row)

    def remove_recommendation(self) -> None:
        row = self.recommendations.table.currentRow()
        texts = self.recommendations.texts()
        if self.is_closed or not 0 <= row < len(texts):
            return
        if _messages().confirm(self, tr("حذف التوصية"),
                               tr("حذف التوصية {n}؟").format(n=row + 1)):
            del texts[row]
            self._save_recommendations(texts, row)

    def move_recommendation(self, delta: int) -> None:
        row = self.recommendations.table.currentRow()
        texts = self.recommendations.texts()
        target = row + delta
        if self.is_closed or not 0 <= row < len(texts) or not 0 <= target < len(texts):
            return
        texts[row], texts[target] = texts[target], texts[row]
        self._save_recommendations(texts, target)

    # -- closing and printing ----------------------------------------------------------
    def close_meeting(self) -> None:
        if self.is_closed:
            return
        if not _messages().confirm(self, tr("اختتام الاجتماع"), tr(
                "بعد الاختتام لا يمكن تعديل أي شيء في هذا الاجتماع: الحضور والنقط والأصوات "
                "والقرارات والتوصيات. التصحيح يكون بقرار جديد في اجتماع لاحق.\n\n"
                "اختتام الاجتماع الآن؟")):
            return
        self._flush_scores()
        db, actor, meeting_id = self.ctx.db, self.ctx.actor, self.meeting_id

        def refused(exc: BaseException) -> None:
            show_error(self, exc)
            self.refresh()

        run_op(self, lambda: meetings.close_meeting(db, actor, meeting_id), None, refused)

    def print_document(self, which: str, path: Path | None = None) -> Progress | None:
        self._flush_scores()
        return print_meeting_document(self, self.ctx, self.meeting_id, which, path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._flush_scores()
        self.closed.emit(self.meeting_id)
        super().closeEvent(event)
