"""The committee section: committees of an edition, their members, their meetings.

A meeting opens in its own maximised window (the meeting screen): during a meeting the
secretary needs the whole screen, often a projector, and the rest of the program stays at
hand in the main window. Esc or "رجوع" closes it; everything typed is already saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.meetings import Member
from app.domain.roles import Permission
from app.services import committees, meetings, programme
from app.services.changes import Changes, Kind
from app.services.committees import CommitteeInfo
from app.services.meetings import MeetingSummary
from ui import errors
from ui.context import AppContext
from ui.dialogs.committee_dialog import CommitteeDialog
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.dialogs.member_dialog import MemberDialog
from ui.i18n import edition_name, label, tr
from ui.models.record_table import RECORD_ROLE, Column
from ui.pages.meeting_screen import MeetingScreen, print_meeting_document
from ui.tasks import Progress, run_op
from ui.widgets import fit
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import ListPanel
from ui.widgets.permissions import offer
from ui.widgets.shortcuts import give_shortcut


def _quorum_text(info: CommitteeInfo) -> str:
    c = info.committee
    return tr("أكثر من {n}/{d}").format(n=c.quorum_numerator, d=c.quorum_denominator)


def _day(summary: MeetingSummary) -> str:
    held = summary.meeting.held_on
    return held.strftime("%d/%m/%Y") if held else ""


def _hour(summary: MeetingSummary) -> str:
    starts = summary.meeting.starts_at
    return starts.strftime("%H:%M") if starts else ""


def _select_record(panel: ListPanel, matches: Callable[[Any], bool]) -> bool:
    """Put the current row on the record that matches (the proxy may be sorted)."""
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, 0)
        if matches(index.data(RECORD_ROLE)):
            panel.table.setCurrentIndex(index)
            return True
    return False


class CommitteePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.screens: dict[uuid.UUID, MeetingScreen] = {}
        self._committee_id: uuid.UUID | None = None
        self._stale = self._editions_stale = False

        self.edition = ChoiceBox()
        self.edition.currentIndexChanged.connect(self.refresh)
        self.committees = ListPanel([
            Column(tr("اللجنة"), lambda i: i.committee.name_ar),
            Column(tr("المستوى"), lambda i: label(i.committee.level)),
            Column(tr("النسخة"), lambda i: i.edition_title),
            Column(tr("الإقليم أو الجهة"), lambda i: i.territory_name),
            Column(tr("الأعضاء"), lambda i: i.members, numeric=True),
            Column(tr("الاجتماعات"), lambda i: i.meetings, numeric=True),
            Column(tr("النصاب"), _quorum_text),
            Column(tr("صوت الرئيس مرجح"), lambda i: tr("نعم") if i.committee.chair_casting_vote
                   else tr("لا")),
        ], tr("إضافة لجنة"), self.add_committee, self.edit_committee)
        self.committees.filters.addWidget(QLabel(tr("النسخة:")))
        self.committees.filters.addWidget(self.edition)
        self.grid_button = QPushButton(tr("شبكة التنقيط"))
        self.grid_button.setToolTip(tr("معايير الانتقاء وأوزانها لنسخة البرنامج"))
        self.grid_button.clicked.connect(self.edit_scoring_grid)
        self.committees.bar.addWidget(self.grid_button)
        give_shortcut(self.grid_button, "Ctrl+G", self)
        # Usually one committee per edition and province: a short list, no search needed.
        self.committees.search.hide()
        self.committees.count.hide()
        # Two rows in sight: the province's committee and, once one exists, the region's.
        table = self.committees.table
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height()
                               + 2 * table.verticalHeader().defaultSectionSize()
                               + table.horizontalScrollBar().sizeHint().height()
                               + 2 * table.frameWidth() + 2)
        self.committees.bar.addStretch()

        self.members = ListPanel([
            Column(tr("ت"), lambda m: m.position, numeric=True),
            Column(tr("الاسم الكامل"), lambda m: m.full_name),
            Column(tr("الصفة"), lambda m: label(m.function)),
            Column(tr("الهيئة أو المصلحة"), lambda m: m.organisation),
            Column(tr("العضوية"), lambda m: tr("مصوت") if m.is_voting else tr("استشاري")),
        ], tr("إضافة عضو"), self.add_member, self.edit_member)
        self.remove_member_button = QPushButton(tr("حذف العضو"))
        self.remove_member_button.setToolTip(tr("Delete؛ لا يحذف عضو سجل حضوره في اجتماع"))
        self.remove_member_button.clicked.connect(self.remove_member)
        self.members.bar.addWidget(self.remove_member_button)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.members.table,
                  self.remove_member, context=Qt.ShortcutContext.WidgetShortcut)

        self.meetings = ListPanel([
            Column(tr("التاريخ"), _day, lambda s: (s.meeting.held_on, _hour(s)), numeric=True),
            Column(tr("الساعة"), _hour, numeric=True),
            Column(tr("النوع"), lambda s: label(s.meeting.kind)),
            Column(tr("المكان"), lambda s: s.meeting.place),
            Column(tr("الرئاسة"), lambda s: s.chair_name),
            Column(tr("الحالة"), lambda s: label(s.status)),
            Column(tr("في جدول الأعمال"), lambda s: s.agenda_items, numeric=True),
            Column(tr("بت فيها"), lambda s: s.decided, numeric=True),
        ], tr("اجتماع جديد"), self.add_meeting, self.open_meeting, newest_first=True)
        self.meetings.edit_button.setText(tr("فتح الاجتماع"))
        self.meeting_details = QPushButton(tr("بيانات الاجتماع"))
        self.meeting_details.setToolTip(tr("التاريخ والمكان والرئاسة والهيئات المشاركة"))
        self.meeting_details.clicked.connect(self.edit_meeting)
        self.print_minutes = QPushButton(tr("طباعة المحضر"))
        self.print_minutes.clicked.connect(lambda: self.print_document("minutes"))
        self.print_attendance = QPushButton(tr("ورقة الحضور"))
        self.print_attendance.clicked.connect(lambda: self.print_document("attendance"))
        self.print_minutes.setToolTip(tr("محضر الاجتماع المحدد في ملف PDF"))
        self.print_attendance.setToolTip(tr("ورقة حضور الاجتماع المحدد في ملف PDF"))
        for button, keys in ((self.meeting_details, "Ctrl+D"), (self.print_minutes, "Ctrl+P"),
                             (self.print_attendance, "Ctrl+Shift+P")):
            self.meetings.bar.addWidget(button)
            give_shortcut(button, keys, self)

        # A caption at the head of each list instead of a group box: the ten members
        # should fit without scrolling on a laptop screen.
        for panel, caption in ((self.members, tr("أعضاء اللجنة")),
                               (self.meetings, tr("الاجتماعات"))):
            heading = QLabel(caption)
            heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
            panel.bar.insertWidget(0, heading)
            panel.count.hide()
            panel.layout().setContentsMargins(0, 4, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.members)
        self.splitter.addWidget(self.meetings)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 300])
        self.hint = QLabel(tr("أضف لجنة لهذه النسخة لتسجيل أعضائها واجتماعاتها."))
        self.hint.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.committees)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)

        self.committees.table.selectionModel().currentRowChanged.connect(
            self._committee_row_changed)
        self._fill_editions()
        self.refresh()
        offer(ctx, Permission.COMMITTEES, self.committees.add_button, self.grid_button,
              self.remove_member_button)
        offer(ctx, Permission.PRINT, self.print_minutes, self.print_attendance)
        ctx.changed.connect(self._on_changed)

    # -- loading -----------------------------------------------------------------------
    def _fill_editions(self) -> None:
        current = self.edition.value()
        editions = programme.list_editions(self.ctx.db)
        self.edition.blockSignals(True)
        self.edition.set_items([(e.id, edition_name(e)) for e in editions]
                               + [(None, tr("كل النسخ"))])
        # The newest edition first: it is the one a committee works on.
        self.edition.select(current if current is not None or not editions else editions[0].id)
        self.edition.blockSignals(False)

    def _on_changed(self, changes: Changes) -> None:
        """Refresh now if shown, else when next shown: a live meeting writes after every
        vote, and the lists behind its window need not follow each one."""
        if not changes.touches(Kind.COMMITTEE, Kind.MEMBER, Kind.MEETING, Kind.EDITION,
                               Kind.TERRITORY):
            return
        if changes.touches(Kind.EDITION):
            self._editions_stale = True
        if self.isVisible():
            self._catch_up()
        else:
            self._stale = True

    def _catch_up(self) -> None:
        if self._editions_stale:
            self._fill_editions()
        self._stale = self._editions_stale = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale or self._editions_stale:
            self._catch_up()

    def refresh(self) -> None:
        keep = self._committee_id
        self.committees.set_records(committees.list_committees(self.ctx.db,
                                                               self.edition.value()))
        if (not _select_record(self.committees, lambda i: i.committee.id == keep)
                and self.committees.proxy.rowCount()):
            self.committees.table.setCurrentIndex(self.committees.proxy.index(0, 0))
        self._committee_row_changed()

    def _committee_row_changed(self, *_args: QModelIndex) -> None:
        info = self.current_committee()
        self._committee_id = info.committee.id if info else None
        self.hint.setVisible(info is None)
        for button, permission in ((self.members.add_button, Permission.COMMITTEES),
                                   (self.meetings.add_button, Permission.MEETINGS),
                                   (self.committees.edit_button, Permission.READ)):
            button.setEnabled(info is not None and self.ctx.can(permission))
        self.refresh_members()
        self.refresh_meetings()

    def refresh_members(self) -> None:
        self.members.set_records(committees.list_members(self.ctx.db, self._committee_id)
                                 if self._committee_id else [])

    def refresh_meetings(self) -> None:
        keep = self.current_meeting()
        keep_id = keep.meeting.id if keep else None
        self.meetings.set_records(meetings.list_meetings(self.ctx.db, self._committee_id)
                                  if self._committee_id else [])
        if not _select_record(self.meetings, lambda s: s.meeting.id == keep_id) \
                and self.meetings.proxy.rowCount():
            self.meetings.table.setCurrentIndex(self.meetings.proxy.index(0, 0))

    def current_committee(self) -> CommitteeInfo | None:
        return self.committees.current_record()

    def current_meeting(self) -> MeetingSummary | None:
        return self.meetings.current_record()

    def select_committee(self, committee_id: uuid.UUID) -> bool:
        return _select_record(self.committees, lambda i: i.committee.id == committee_id)

    def select_meeting(self, meeting_id: uuid.UUID) -> bool:
        return _select_record(self.meetings, lambda s: s.meeting.id == meeting_id)

    # -- committees --------------------------------------------------------------------
    def committee_dialog(self, info: CommitteeInfo | None = None) -> CommitteeDialog:
        if info is not None:
            return CommitteeDialog(self.ctx, info.committee, parent=self)
        dialog = CommitteeDialog(self.ctx, edition_id=self.edition.value(), parent=self)
        dialog.accepted.connect(lambda: self._show_new_committee(dialog.saved))
        return dialog

    def _show_new_committee(self, saved: Any) -> None:
        """The committee just added becomes the current one, to add its members next."""
        if saved is not None:
            self._committee_id = saved.id
            self.refresh()

    def add_committee(self) -> None:
        self.committee_dialog().exec()

    def edit_committee(self, info: CommitteeInfo | None = None) -> None:
        info = info or self.current_committee()
        if info is not None:
            self.committee_dialog(info).exec()

    def edit_scoring_grid(self) -> None:
        info = self.current_committee()
        edition_id = info.committee.edition_id if info else self.edition.value()
        if edition_id is None:
            errors.messages.info(self, tr("شبكة التنقيط"), tr("اختر نسخة البرنامج أولا."))
            return
        from ui.dialogs.scoring_grid_dialog import ScoringGridDialog

        ScoringGridDialog(self.ctx, edition_id, parent=self).exec()

    # -- members -----------------------------------------------------------------------
    def member_dialog(self, member: Member | None = None) -> MemberDialog | None:
        if self._committee_id is None:
            return None
        return MemberDialog(self.ctx, self._committee_id, member, parent=self)

    def add_member(self) -> None:
        dialog = self.member_dialog()
        if dialog is not None:
            dialog.exec()

    def edit_member(self, member: Member) -> None:
        dialog = self.member_dialog(member)
        if dialog is not None:
            dialog.exec()

    def remove_member(self) -> None:
        member: Member | None = self.members.current_record()
        if member is None or member.id is None:
            return
        if not errors.messages.confirm(self, tr("حذف العضو"), tr(
                "حذف {name} من أعضاء اللجنة؟").format(name=member.full_name)):
            return
        db, actor, member_id = self.ctx.db, self.ctx.actor, member.id
        run_op(self, lambda: committees.remove_member(db, actor, member_id))

    # -- meetings ----------------------------------------------------------------------
    def meeting_dialog(self, summary: MeetingSummary | None = None) -> MeetingDialog | None:
        if self._committee_id is None:
            return None
        dialog = MeetingDialog(self.ctx, self._committee_id,
                               summary.meeting if summary else None, parent=self)
        # The meeting just planned becomes the current one, ready to open.
        dialog.accepted.connect(lambda: dialog.saved is not None and self.select_meeting(
            dialog.saved.meeting.id))
        return dialog

    def add_meeting(self) -> None:
        dialog = self.meeting_dialog()
        if dialog is not None:
            dialog.exec()

    def edit_meeting(self) -> None:
        summary = self.current_meeting()
        if summary is None:
            return
        if summary.is_closed:
            errors.messages.info(self, tr("بيانات الاجتماع"), tr(
                "الاجتماع مختتم: لا يمكن تعديل بياناته."))
            return
        dialog = self.meeting_dialog(summary)
        if dialog is not None:
            dialog.exec()

    def open_meeting(self, summary: MeetingSummary | None = None,
                     show: bool = True) -> MeetingScreen | None:
        """The meeting screen in its own window; a meeting already open comes to the front."""
        summary = summary or self.current_meeting()
        if summary is None or summary.meeting.id is None:
            return None
        meeting_id = summary.meeting.id
        screen = self.screens.get(meeting_id)
        if screen is None:
            screen = MeetingScreen(self.ctx, meeting_id, self)
            screen.setWindowFlag(Qt.WindowType.Window)
            screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # Maximised when shown; restored, it keeps to the screen (1280×800 did not).
            screen.resize(QSize(1280, 800).boundedTo(fit.room(self)))
            screen.closed.connect(self._screen_closed)
            self.screens[meeting_id] = screen
        if show:
            screen.showMaximized()
            screen.raise_()
            screen.activateWindow()
        return screen

    def _screen_closed(self, meeting_id: uuid.UUID) -> None:
        self.screens.pop(meeting_id, None)
        self.refresh_meetings()

    def print_document(self, which: str, path: Path | None = None) -> Progress | None:
        summary = self.current_meeting()
        if summary is None or summary.meeting.id is None:
            errors.messages.info(self, tr("طباعة"), tr("اختر اجتماعا من اللائحة."))
            return None
        return print_meeting_document(self, self.ctx, summary.meeting.id, which, path)
