"""The parts of the meeting screen: header, attendance, current proposal, recommendations.

These widgets only show a meeting sheet and hold the editors; the meeting screen connects
them to the services. Each `show_*` method updates the widgets already built and rebuilds
rows only when the people or the criteria change, so a refresh after every vote stays
instant and the keyboard focus stays where the secretary left it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from babel.dates import format_date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AttendanceStatus, MeetingKind, VoteChoice
from app.domain.meetings import COUNTED_PRESENT, Member, weighted_total
from app.domain.programme import people_reached
from app.domain.proposals import Proposal
from app.domain.text import FSI, PDI, RLM
from app.services.committees import GridCriterion
from app.services.grant_meeting import AllocationState, GrantBrief
from app.services.meetings import AgendaLine, AttendanceLine, MeetingSheet
from ui.i18n import (
    amount_text,
    date_text,
    label,
    lead,
    months_text,
    people_text,
    posts_text,
    tr,
    work_months_text,
)
from ui.models.meeting_models import ltr, score_text
from ui.models.record_table import ElideByDirection
from ui.widgets.flow_row import FlowRow

NBSP = "\u00a0"
ERROR_STYLE = "color: #b00020;"
MET_STYLE = "color: #1b5e20; font-weight: bold;"
NOT_MET_STYLE = "color: #b00020; font-weight: bold;"
BADGE_STYLE = ("padding: 2px 10px; border-radius: 8px; font-weight: bold; "
               "background: {bg}; color: {fg};")
CLOSED_BADGE = BADGE_STYLE.format(bg="#455a64", fg="white")
OPEN_BADGE = BADGE_STYLE.format(bg="#1565c0", fg="white")
BANNER_STYLE = "background: #eceff1; color: #263238; padding: 6px; border-radius: 4px;"
NO_VOTE = 3  # not -1: QButtonGroup takes -1 as "give it an id"
VOTE_IDS = {VoteChoice.FOR: 0, VoteChoice.AGAINST: 1, VoteChoice.ABSTAIN: 2}
CHOICE_OF = {v: k for k, v in VOTE_IDS.items()}


# -- change-only setters ----------------------------------------------------------------
# The screen is refreshed after every entry; these touch a widget only when its state
# changes. That saves repaints, and with PySide6 6.12 on Python 3.11 every call of a void
# Qt method also costs `None` one reference (a shiboken bug: thousands of calls in a long
# meeting can bring its count to zero and abort the program), so fewer calls matter.


def isolated(name: str) -> str:
    """A name kept whole in a sentence of either direction: the figures around it stay on
    their own side of it ("2023 النسخة الثانية — 26 mai" otherwise)."""
    return f"{FSI}{name}{PDI}" if name else ""


def day_text(day: date) -> str:
    """"26 ماي 2023" in Arabic, "26 mai 2023" in French."""
    if QLocale().language() == QLocale.Language.French:
        return format_date(day, "d MMMM y", locale="fr")
    return date_text(day)


def set_text(widget: QLabel | QLineEdit | QPushButton, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def set_style(widget: QWidget, css: str) -> None:
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def set_tooltip(widget: QWidget, text: str) -> None:
    if widget.toolTip() != text:
        widget.setToolTip(text)


def set_visible(widget: QWidget, shown: bool) -> None:
    if widget.isHidden() == shown:
        widget.setVisible(shown)


def set_enabled(widget: QWidget, enabled: bool) -> None:
    if widget.testAttribute(Qt.WidgetAttribute.WA_Disabled) == enabled:
        widget.setEnabled(enabled)


def set_checked(button: QRadioButton) -> None:
    if not button.isChecked():
        button.setChecked(True)


def message_label() -> QLabel:
    """Where a service's refusal is shown, next to what was refused."""
    text = QLabel()
    text.setObjectName("message")
    text.setStyleSheet(ERROR_STYLE)
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text.hide()
    return text


def show_message(target: QLabel, text: str) -> None:
    set_text(target, text)
    set_visible(target, bool(text))


months = work_months_text
people = people_text


def _clear_layout(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


# -- header --------------------------------------------------------------------------------


class MeetingHeader(QFrame):
    """Who meets, when and where; whether the quorum is met; what the quota has left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingHeader")
        self.title = QLabel()
        self.title.setObjectName("meetingTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.bodies = QLabel()
        self.bodies.setWordWrap(True)
        self.quorum = QLabel()
        self.quorum.setObjectName("quorum")
        self.quota_total = QLabel()
        self.quota_before = QLabel()
        self.quota_here = QLabel()
        self.quota_here.setObjectName("quotaHere")
        self.quota_left = QLabel()
        self.quota_left.setObjectName("quotaLeft")
        self.quota_bar = QProgressBar()
        self.quota_bar.setTextVisible(True)
        self.quota_bar.setFixedWidth(110)
        self.quota_bar.setToolTip(tr("نسبة الحصة المستعملة بما فيها مصادقات هذا الاجتماع"))
        self.print_minutes = QPushButton(tr("طباعة المحضر"))
        self.print_attendance = QPushButton(tr("ورقة الحضور"))
        self.close_meeting = QPushButton(tr("اختتام الاجتماع"))
        self.close_meeting.setObjectName("closeMeeting")
        self.close_meeting.setToolTip(tr("بعد الاختتام لا يمكن تعديل أي شيء في الاجتماع"))
        self.history = QPushButton(tr("السجل"))
        self.history.setToolTip(tr("من غير ماذا ومتى في هذا السجل وما يتبعه"))
        self.back = QPushButton(tr("رجوع"))
        self.back.setToolTip(tr("إغلاق شاشة الاجتماع (Esc)؛ كل ما سجل محفوظ"))
        self.banner = QLabel()
        self.banner.setObjectName("closedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()

        # Labels wrap and the buttons flow onto a second line rather than widen the
        # window past a laptop's screen.
        for figure_label in (self.status, self.quorum, self.quota_total, self.quota_before,
                             self.quota_here, self.quota_left):
            figure_label.setWordWrap(True)
        buttons = FlowRow()
        for button in (self.print_minutes, self.print_attendance, self.close_meeting,
                       self.history, self.back):
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        top.addSpacing(12)
        top.addLayout(buttons, 1)
        # Two lines under the title: the meeting and the quorum on the right, the quota
        # figures beside them.
        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        figures.setVerticalSpacing(2)
        figures.addWidget(self.details, 0, 0)
        figures.addWidget(self.quorum, 1, 0)
        figures.addWidget(self.quota_total, 0, 1)
        figures.addWidget(self.quota_before, 0, 2)
        figures.addWidget(self.quota_here, 1, 1)
        figures.addWidget(self.quota_left, 1, 2)
        figures.addWidget(self.quota_bar, 0, 3, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        for column in (0, 1, 2):  # the figures share the width, so they wrap little
            figures.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(self.bodies)
        layout.addWidget(self.banner)

    def show_sheet(self, sheet: MeetingSheet, usual_duration: int | None) -> None:
        summary, meeting = sheet.summary, sheet.summary.meeting
        set_text(self.title, f"{label(meeting.kind)} — {summary.committee_name}")
        set_text(self.status, label(summary.status))
        set_style(self.status, CLOSED_BADGE if sheet.is_closed else OPEN_BADGE)
        when = day_text(meeting.held_on) if meeting.held_on else ""
        if meeting.starts_at is not None:
            when += tr("، الساعة {time}").format(time=f"{meeting.starts_at:%H:%M}")
        set_text(self.details, lead() + tr(
            "{edition} — {when} — {place} — الرئاسة: {chair}").format(
            edition=isolated(summary.edition_title), when=when,
            place=isolated(meeting.place), chair=isolated(summary.chair_name or tr("لم تحدد"))))
        set_text(self.bodies, lead() + tr("الهيئات المشاركة: {bodies}").format(
            bodies=meeting.participating_bodies))
        # Bodies matter in the information and consultation meetings' minutes; for a
        # selection meeting they stay one hover away, so the vote keeps the screen.
        set_visible(self.bodies, bool(meeting.participating_bodies)
                               and not kind_has_agenda(meeting.kind))
        set_tooltip(self.details, self.bodies.text() if meeting.participating_bodies else "")
        self._show_quorum(sheet)
        self._show_quota(sheet, usual_duration)
        if sheet.is_closed:
            closed_at = summary.closed_at
            set_text(self.banner, tr(
                "الاجتماع مختتم{when}: لا يمكن تعديل أي شيء فيه؛ التصحيح يكون بقرار جديد في "
                "اجتماع لاحق.").format(
                when=(tr(" منذ {date}").format(date=f"{closed_at:%d/%m/%Y %H:%M}")
                      if closed_at else "")))
        set_visible(self.banner, sheet.is_closed)

    def _show_quorum(self, sheet: MeetingSheet) -> None:
        q = sheet.quorum
        if q.met:
            text = tr("النصاب: حضر {present} من {voting} — مكتمل")
        else:
            text = tr("النصاب: حضر {present} من {voting} — غير مكتمل (المطلوب {required})")
        set_text(self.quorum, text.format(present=q.present_voting, voting=q.voting_members,
                                        required=q.required))
        set_style(self.quorum, MET_STYLE if q.met else NOT_MET_STYLE)
        set_tooltip(self.quorum, tr("الأعضاء المصوتون الحاضرون أو الممثلون"))

    def _show_allocation(self, allocation: AllocationState) -> None:
        """A regional meeting: the region's allocation in hires and dirhams, in place of a
        province's quota."""
        parts = (self.quota_total, self.quota_before, self.quota_here, self.quota_left)
        if allocation.hires is None:
            set_text(self.quota_total, tr("حصة الجهة: لا توجد حصة مسجلة لهذه الجهة في هذه النسخة"))
            for part in parts[1:]:
                set_text(part, "")
            set_visible(self.quota_bar, False)
            return

        def money(hires: int) -> str:
            amount = allocation.amount(hires)
            return "" if amount is None else " " + tr("({amount} درهم)").format(
                amount=amount_text(amount))

        set_text(self.quota_total, tr("حصة الجهة: {posts}").format(
            posts=posts_text(allocation.hires)) + money(allocation.hires))
        set_text(self.quota_before, tr("قبل الاجتماع: {posts}").format(
            posts=posts_text(allocation.approved_before)))
        set_text(self.quota_here, tr("قبل في هذا الاجتماع: {posts}").format(
            posts=posts_text(allocation.approved_here)) + money(allocation.approved_here))
        left = allocation.left or 0
        set_text(self.quota_left, tr("المتبقي: {posts}").format(posts=posts_text(left))
                 + money(left))
        set_style(self.quota_left, NOT_MET_STYLE if left <= 0 else MET_STYLE)
        set_visible(self.quota_bar, True)
        top = max(allocation.hires, 1)
        used = min(allocation.approved_before + allocation.approved_here, allocation.hires)
        if (self.quota_bar.maximum(), self.quota_bar.value()) != (top, used):
            self.quota_bar.setMaximum(top)
            self.quota_bar.setValue(used)

    def _show_quota(self, sheet: MeetingSheet, usual_duration: int | None) -> None:
        if sheet.allocation is not None:
            self._show_allocation(sheet.allocation)
            return
        quota = sheet.quota
        parts = (self.quota_total, self.quota_before, self.quota_here, self.quota_left)
        if quota.quota_person_months is None:
            set_text(self.quota_total, tr("الحصة: لا توجد حصة مسجلة لهذا الإقليم في هذه النسخة"))
            for part in parts[1:]:
                set_text(part, "")
            set_visible(self.quota_bar, False)
            return
        target = quota.people_target
        total = tr("الحصة: {months}").format(months=months(quota.quota_person_months))
        if quota.quota_posts is not None:
            total += " (" + posts_text(quota.quota_posts)
            if target:
                total += tr("، {people} لمدة {duration}").format(
                    people=people(target), duration=months_text(usual_duration))
            total += ")"
        set_text(self.quota_total, total)
        before = tr("قبل الاجتماع: {months}").format(months=months(quota.used_before))
        before += f" ({people(quota.people_before)})"
        set_text(self.quota_before, before)
        set_text(self.quota_here, tr("صودق عليه في هذا الاجتماع: {months} ({people})").format(
            months=months(quota.approved_here), people=people(quota.approved_people_here)))
        left = quota.left or 0
        text = tr("المتبقي: {months}").format(months=months(left))
        if usual_duration:
            text += " " + tr("(أي {people} لمدة {duration})").format(
                people=people(people_reached(left, usual_duration)),
                duration=months_text(usual_duration))
        set_text(self.quota_left, text)
        set_style(self.quota_left, NOT_MET_STYLE if left <= 0 else MET_STYLE)
        set_visible(self.quota_bar, True)
        top = max(quota.quota_person_months, 1)
        used = min(quota.used_before + quota.approved_here, quota.quota_person_months)
        if (self.quota_bar.maximum(), self.quota_bar.value()) != (top, used):
            self.quota_bar.setMaximum(top)
            self.quota_bar.setValue(used)


# -- attendance ----------------------------------------------------------------------------


class AttendanceRow:
    """One member's line: the status chosen from a list, and who represents them."""

    def __init__(self, member: Member, number: int) -> None:
        self.member = member
        self.number = QLabel(str(number))
        self.name = QLabel(RLM + member.full_name)
        self.name.setStyleSheet("font-weight: bold;")
        self.name.setWordWrap(True)
        self.role = QLabel(RLM + " — ".join(filter(None, [label(member.function),
                                                          member.organisation])))
        self.role.setStyleSheet("color: #555;")
        self.role.setWordWrap(True)
        self.kind = QLabel(tr("مصوت") if member.is_voting else tr("استشاري"))
        self.status = _status_box()
        self.status.setAccessibleName(member.full_name)
        self.represented_by = QLineEdit()
        self.represented_by.setPlaceholderText(tr("ممثل من طرف (الاسم والصفة)"))
        self.status.setToolTip(tr("اختر بالأسهم أو بالحرف الأول؛ Tab للعضو التالي"))

    def widgets(self) -> list[QWidget]:
        return [self.number, self.name, self.role, self.kind, self.status, self.represented_by]

    def status_value(self) -> AttendanceStatus | None:
        # Qt hands item data back as a plain str; the services compare enum members.
        data = self.status.currentData()
        return None if data is None else AttendanceStatus(data)

    def set_line(self, line: AttendanceLine) -> None:
        index = self.status.findData(line.status) if line.status is not None else -1
        if self.status.currentIndex() != index:
            self.status.blockSignals(True)
            self.status.setCurrentIndex(index)
            self.status.blockSignals(False)
        set_text(self.represented_by, line.represented_by)


def _status_box() -> QComboBox:
    box = QComboBox()
    for status in AttendanceStatus:
        box.addItem(label(status), status)
    box.setPlaceholderText(tr("لم يسجل بعد"))
    box.setCurrentIndex(-1)
    box.setMinimumWidth(120)
    return box


class AttendancePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AttendanceRow] = []
        self._members: list[uuid.UUID | None] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(5, 2)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addLayout(self.grid)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.all_present = QPushButton(tr("حاضر لكل من لم يسجل بعد"))
        self.all_present.setToolTip(tr("يسجل «حاضر» للأعضاء الذين لم يسجل حضورهم أو غيابهم"))
        self.summary = QLabel()
        self.message = message_label()
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.all_present)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    def show_lines(self, lines: Sequence[AttendanceLine]) -> bool:
        """Update each member's line; True when the rows were built anew."""
        ids = [line.member.id for line in lines]
        rebuilt = ids != self._members
        if rebuilt:
            _clear_layout(self.grid)
            self.rows = []
            headers = [tr("ت"), tr("العضو"), tr("الصفة والهيئة"), tr("العضوية"), tr("الحضور"),
                       tr("ممثل من طرف")]
            for col, text in enumerate(headers):
                caption = QLabel(text)
                caption.setStyleSheet("font-weight: bold; color: #37474f;")
                self.grid.addWidget(caption, 0, col)
            for n, line in enumerate(lines, start=1):
                row = AttendanceRow(line.member, n)
                for col, widget in enumerate(row.widgets()):
                    self.grid.addWidget(widget, n, col)
                self.rows.append(row)
            self._members = ids
            previous: QWidget = self.all_present
            for row in self.rows:
                QWidget.setTabOrder(previous, row.status)
                QWidget.setTabOrder(row.status, row.represented_by)
                previous = row.represented_by
        for row, line in zip(self.rows, lines, strict=True):
            row.set_line(line)
        recorded = sum(1 for line in lines if line.status is not None)
        set_text(self.summary, tr("سجل حضور {recorded} من {total} أعضاء.").format(
            recorded=recorded, total=len(lines)))
        return rebuilt

    def row_for(self, member_id: uuid.UUID | None) -> AttendanceRow | None:
        return next((r for r in self.rows if r.member.id == member_id), None)

    def editors(self) -> list[QWidget]:
        return [self.all_present] + [w for r in self.rows for w in (r.status, r.represented_by)]


# -- the current proposal ------------------------------------------------------------------


class ScoreRow:
    def __init__(self, criterion: GridCriterion) -> None:
        c = criterion.criterion
        self.code = c.code
        self.name = QLabel(RLM + c.name_ar)
        self.name.setWordWrap(True)
        self.name.setMinimumWidth(120)
        self.weight = QLabel(f"×{c.weight.normalize():f}")
        self.weight.setToolTip(tr("الوزن"))
        self.spin = QSpinBox()
        # "6 / 10" reads the same in both directions only if the editor is left to right.
        self.spin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # One step below zero shows "—": not scored yet (a score of 0 is a real score).
        self.spin.setRange(-1, c.max_score)
        self.spin.setSpecialValueText("—")
        self.spin.setSuffix(f" / {c.max_score}")
        self.spin.setAccessibleName(c.name_ar)
        self.spin.setMinimumWidth(66)
        self.spin.setMaximumHeight(30)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def value(self) -> Decimal | None:
        v = self.spin.value()
        return None if v < 0 else Decimal(v)


class VoteRow:
    """A present voting member and their choice; radio ids follow VOTE_IDS, -1 no vote."""

    def __init__(self, member: Member, is_chair: bool, represented_by: str) -> None:
        self.member = member
        text = member.full_name
        if is_chair:
            text += " " + tr("(الرئيس)")
        self.name = QLabel(RLM + text)
        if represented_by:
            self.name.setToolTip(tr("ينوب عنه: {name}").format(name=represented_by))
        self.group = QButtonGroup()
        self.buttons: dict[int, QRadioButton] = {}
        # Columns under headed captions, like a paper voting sheet: the buttons carry
        # their meaning in the tooltip and the accessible name.
        for choice, key in ((VoteChoice.FOR, "Alt+1"), (VoteChoice.AGAINST, "Alt+2"),
                            (VoteChoice.ABSTAIN, "Alt+3")):
            button = QRadioButton()
            button.setToolTip(f"{label(choice)} ({key})")
            button.setAccessibleName(f"{member.full_name}: {label(choice)}")
            self.buttons[VOTE_IDS[choice]] = button
        none = QRadioButton()
        none.setToolTip(tr("لم يصوت؛ سحب الصوت (Alt+0)"))
        none.setAccessibleName(f"{member.full_name}: " + tr("لم يصوت"))
        self.buttons[NO_VOTE] = none
        for button_id, button in self.buttons.items():
            self.group.addButton(button, button_id)

    def widgets(self) -> list[QWidget]:
        return [self.name, *(self.buttons[i] for i in (0, 1, 2, NO_VOTE))]

    def set_choice(self, choice: VoteChoice | None) -> None:
        set_checked(self.buttons[NO_VOTE if choice is None else VOTE_IDS[choice]])

    def has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and focused in self.buttons.values()

    def focus(self) -> None:
        checked = self.group.checkedButton() or self.buttons[0]
        checked.setFocus(Qt.FocusReason.ShortcutFocusReason)


class ProposalPanel(QWidget):
    """The proposal under discussion: its file, the scores, the votes and the decision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line: AgendaLine | None = None
        self.criteria: list[GridCriterion] = []
        self.score_rows: list[ScoreRow] = []
        self.vote_rows: list[VoteRow] = []
        self._voters: list[uuid.UUID | None] = []
        self._decision_shown: tuple[uuid.UUID | None, uuid.UUID | None] | None = None

        # The file: one strip (the full file opens read-only).
        self.file_box = QFrame()
        self.file_box.setObjectName("fileStrip")
        self.file_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setObjectName("proposalHeading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("proposalFacts")
        self.facts.setWordWrap(True)
        self.view_file = QPushButton(tr("عرض الملف كاملا"))
        self.view_file.setToolTip(tr("الملف للاطلاع فقط (Ctrl+I)"))
        file_layout = QGridLayout(self.file_box)
        file_layout.setContentsMargins(8, 4, 8, 4)
        file_layout.setVerticalSpacing(2)
        file_layout.addWidget(self.heading, 0, 0)
        file_layout.addWidget(self.view_file, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        file_layout.addWidget(self.facts, 1, 0)
        file_layout.setColumnStretch(0, 1)

        # Scores
        self.scores_box = QGroupBox(tr("التنقيط"))
        self.scores_grid = QGridLayout()
        self.scores_grid.setVerticalSpacing(2)
        self.total = QLabel()
        self.total.setObjectName("weightedTotal")
        self.total.setStyleSheet("font-weight: bold;")
        self.total.setWordWrap(True)
        self.save_scores = QPushButton(tr("حفظ النقط"))
        self.save_scores.setToolTip(tr("Ctrl+S؛ تحفظ النقط أيضا عند مغادرة الخانة"))
        scores_layout = QVBoxLayout(self.scores_box)
        scores_layout.addLayout(self.scores_grid)
        # The total on a line of its own: beside the button it was squeezed to a word a line
        # in French ("Total / pondéré : / 81,43 / 100") and pushed the rank out of sight.
        scores_layout.addWidget(self.total)
        total_row = QHBoxLayout()
        total_row.addWidget(self.save_scores)
        total_row.addStretch()
        scores_layout.addLayout(total_row)
        scores_layout.addStretch()

        # Votes
        self.votes_box = QGroupBox(tr("التصويت"))
        self.votes_grid = QGridLayout()
        self.votes_grid.setColumnStretch(0, 1)
        self.votes_grid.setHorizontalSpacing(8)
        self.votes_grid.setVerticalSpacing(4)
        self.no_voters = QLabel(tr("لا يصوت إلا الأعضاء المصوتون المسجلون حاضرين؛ "
                                   "سجل الحضور أولا."))
        self.no_voters.setWordWrap(True)
        self.all_for = QPushButton(tr("الكل موافق"))
        self.all_for.setToolTip(tr("تصويت بالإجماع لكل الأعضاء الحاضرين (F6)"))
        self.count = QLabel()
        self.count.setObjectName("voteCount")
        self.outcome = QLabel()
        self.outcome.setObjectName("votedOutcome")
        self.outcome.setStyleSheet("font-weight: bold;")
        votes_layout = QVBoxLayout(self.votes_box)
        votes_layout.addLayout(self.votes_grid)
        votes_layout.addWidget(self.no_voters)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.all_for)
        votes_layout.addLayout(count_row)
        votes_layout.addWidget(self.outcome)
        votes_layout.addStretch()

        # Decision: one strip across the panel, under the scores and the votes.
        self.decision_box = QGroupBox(tr("القرار"))
        self.decision = QLabel()
        self.decision.setObjectName("decision")
        self.decision.setStyleSheet("font-weight: bold;")
        self.decision.setWordWrap(True)
        self.quota_warning = QLabel()
        self.quota_warning.setStyleSheet(ERROR_STYLE)
        self.quota_warning.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("سبب التأجيل أو الرفض"))
        self.conditions = QLineEdit()
        self.conditions.setPlaceholderText(tr("شروط المصادقة أو تحفظات اللجنة (اختياري)"))
        self.record = QPushButton(tr("تسجيل القرار"))
        self.record.setObjectName("recordDecision")
        self.record.setToolTip(tr("يسجل ما تعطيه الأصوات حسب القاعدة (Ctrl+Enter)"))
        self.record.setStyleSheet("font-weight: bold;")
        self.postpone = QPushButton(tr("تأجيل..."))
        self.postpone.setToolTip(tr("تأجيل البت مع ذكر السبب (F8)"))
        self.cancel = QPushButton(tr("إلغاء القرار"))
        self.cancel.setToolTip(tr("تراجع عن قرار سجل خطأ ما دام الاجتماع مفتوحا "
                                  "(Ctrl+Shift+Backspace)"))
        self.message = message_label()
        reason_caption = QLabel(tr("السبب:"))
        reason_caption.setBuddy(self.reason)
        conditions_caption = QLabel(tr("الشروط:"))
        conditions_caption.setBuddy(self.conditions)
        fields = QHBoxLayout()
        fields.addWidget(reason_caption)
        fields.addWidget(self.reason, 1)
        fields.addSpacing(8)
        fields.addWidget(conditions_caption)
        fields.addWidget(self.conditions, 1)
        state = QHBoxLayout()
        state.addWidget(self.decision, 1)
        state.addWidget(self.record)
        state.addWidget(self.postpone)
        state.addWidget(self.cancel)
        decision_layout = QVBoxLayout(self.decision_box)
        decision_layout.setSpacing(4)
        decision_layout.addLayout(state)
        decision_layout.addWidget(self.quota_warning)
        decision_layout.addLayout(fields)
        decision_layout.addWidget(self.message)

        self.empty = QLabel(tr("اختر مشروعا من جدول الأعمال، أو أضف مشاريع إليه."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The scores beside the votes (read right to left), the decision under both:
        # everything a vote needs on one screen. The file strip is placed by the screen
        # under the agenda, where the table leaves room.
        columns = QHBoxLayout()
        columns.addWidget(self.scores_box, 2)
        columns.addWidget(self.votes_box, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.empty)
        layout.addLayout(columns)
        layout.addWidget(self.decision_box)
        layout.addStretch()
        self._set_visible(False)

    def _set_visible(self, shown: bool) -> None:
        set_visible(self.empty, not shown)
        for box in (self.file_box, self.scores_box, self.votes_box, self.decision_box):
            set_visible(box, shown)

    # -- scores ------------------------------------------------------------------------
    def set_criteria(self, criteria: Sequence[GridCriterion]) -> bool:
        """Rows for the grid's criteria; True when they were built anew."""
        codes = [c.criterion.code for c in criteria]
        if codes == [r.code for r in self.score_rows]:
            self.criteria = list(criteria)
            return False
        _clear_layout(self.scores_grid)
        self.criteria = list(criteria)
        self.score_rows = []
        for n, criterion in enumerate(criteria):
            row = ScoreRow(criterion)
            self.scores_grid.addWidget(row.name, n, 0)
            self.scores_grid.addWidget(row.weight, n, 1)
            self.scores_grid.addWidget(row.spin, n, 2)
            row.spin.valueChanged.connect(self.update_total)
            self.score_rows.append(row)
        self.scores_grid.setColumnStretch(0, 1)
        return True

    def entered_scores(self) -> dict[str, Decimal | None]:
        return {row.code: row.value() for row in self.score_rows}

    def changed_scores(self) -> dict[str, Decimal | None]:
        """Scores typed since the sheet was shown: the ones to save."""
        saved = self.line.scores if self.line else {}
        changed: dict[str, Decimal | None] = {}
        for code, value in self.entered_scores().items():
            before = saved.get(code)
            before_shown = None if before is None else Decimal(int(before))
            if value != before_shown:
                changed[code] = value
        return changed

    def update_total(self) -> None:
        """The weighted total out of 100 as the secretary types, by the domain's formula."""
        entered = {code: v for code, v in self.entered_scores().items() if v is not None}
        if not entered:
            set_text(self.total, tr("المجموع المرجح: —") + NBSP + "/" + NBSP + "100")
            return
        total = weighted_total(entered, [c.criterion for c in self.criteria])
        # No-break spaces keep "81,43 / 100" on one line when the label wraps.
        text = tr("المجموع المرجح: {total}").format(total=score_text(total)) + (
            f"{NBSP}/{NBSP}100")
        line = self.line
        if line is not None and line.rank is not None and not self.changed_scores():
            text += "\n" + tr("الرتبة {rank} في هذا الاجتماع").format(rank=line.rank)
        set_text(self.total, text)

    # -- votes -------------------------------------------------------------------------
    def set_voters(self, attendance: Sequence[AttendanceLine], chair_id: uuid.UUID | None
                   ) -> bool:
        """Rows for the voting members counted present; rebuilt only when they change."""
        voters = [a for a in attendance
                  if a.member.is_voting and a.status in COUNTED_PRESENT]
        ids = [a.member.id for a in voters]
        if ids == self._voters:
            return False
        _clear_layout(self.votes_grid)
        self.vote_rows = []
        if voters:
            captions = ["", label(VoteChoice.FOR), label(VoteChoice.AGAINST),
                        label(VoteChoice.ABSTAIN), "—"]
            for col, text in enumerate(captions):
                caption = QLabel(text)
                caption.setStyleSheet("font-weight: bold; color: #37474f;")
                self.votes_grid.addWidget(caption, 0, col, Qt.AlignmentFlag.AlignCenter)
        for n, line in enumerate(voters, start=1):
            row = VoteRow(line.member, line.member.id == chair_id, line.represented_by)
            self.votes_grid.addWidget(row.name, n, 0)
            for col, button in enumerate(row.widgets()[1:], start=1):
                self.votes_grid.addWidget(button, n, col, Qt.AlignmentFlag.AlignCenter)
            self.vote_rows.append(row)
        self._voters = ids
        self.no_voters.setVisible(not voters)
        return True

    def vote_row(self, member_id: uuid.UUID | None) -> VoteRow | None:
        return next((r for r in self.vote_rows if r.member.id == member_id), None)

    def focused_vote_row(self) -> int:
        return next((i for i, r in enumerate(self.vote_rows) if r.has_focus()), -1)

    # -- showing a line ----------------------------------------------------------------
    def show_line(self, line: AgendaLine | None, proposal: Proposal | None,
                  quota_known: bool) -> None:
        self.line = line
        self._set_visible(line is not None)
        if line is None:
            self._decision_shown = None
            return
        p = line.proposal
        if isinstance(p, GrantBrief):
            set_text(self.heading, lead() + f"{ltr(p.reference)} — {p.holder}")
            set_text(self.facts, lead() + " — ".join([
                isolated(p.title_ar), isolated(p.communes), isolated(p.sector),
                posts_text(p.hires), tr("عقود من {duration}").format(
                    duration=months_text(p.duration_months)),
                tr("المنحة: {amount} درهم").format(amount=amount_text(p.grant_amount))]))
        else:
            set_text(self.heading, lead() + f"{ltr(p.reference)} — {p.title_ar}")
            beneficiaries = people(p.beneficiaries)
            if proposal is not None:
                beneficiaries += " " + tr("(منهم {women} نساء و{disabled} في وضعية إعاقة)"
                                          ).format(women=proposal.women_planned,
                                                   disabled=proposal.disabled_planned)
            set_text(self.facts, lead() + " — ".join([
                isolated(p.holder), isolated(p.communes), beneficiaries,
                tr("{duration}، {pm}").format(duration=months_text(p.duration_months),
                                              pm=months(p.person_months))]))
        for row in self.score_rows:
            value = line.scores.get(row.code)
            shown = -1 if value is None else int(value)
            if row.spin.value() != shown:
                row.spin.blockSignals(True)
                row.spin.setValue(shown)
                row.spin.blockSignals(False)
        self.update_total()
        for row in self.vote_rows:
            row.set_choice(line.votes.get(row.member.id))
        c = line.count
        set_text(self.count, tr("موافق {f} — معارض {a} — ممتنع {s}").format(
            f=c.for_, a=c.against, s=c.abstain))
        if line.voted_outcome is None:
            set_text(self.outcome, tr("النتيجة حسب القاعدة: لم يصوت أحد بعد"))
        else:
            set_text(self.outcome, tr("النتيجة حسب القاعدة: {outcome}").format(
                outcome=label(line.voted_outcome)))
        if line.decision is None:
            set_text(self.decision, tr("القرار: لم يبت فيه بعد"))
        else:
            set_text(self.decision, tr("القرار: {outcome}").format(outcome=label(line.decision)))
        warning = (tr("⚠ لا يتسع له ما تبقى من حصة الجهة إذا قبلت الطلبات حسب ترتيب النقط.")
                   if isinstance(p, GrantBrief) else
                   tr("⚠ لا يتسع له ما تبقى من الحصة إذا صودق على المشاريع حسب ترتيب النقط."))
        set_text(self.quota_warning,
                 warning if quota_known and not line.fits_quota and line.decision is None
                 else "")
        set_visible(self.quota_warning, bool(self.quota_warning.text()))
        # Keep what the secretary is typing unless the proposal or its decision changed.
        shown = (p.id, line.decision_id)
        if shown != self._decision_shown:
            set_text(self.reason, line.reason)
            set_text(self.conditions, line.conditions)
            self._decision_shown = shown

    def editors(self) -> list[QWidget]:
        return ([r.spin for r in self.score_rows] + [self.save_scores, self.all_for]
                + [b for r in self.vote_rows for b in r.buttons.values()]
                + [self.reason, self.conditions, self.record, self.postpone, self.cancel])


# -- recommendations -----------------------------------------------------------------------


class RecommendationsPanel(QWidget):
    """The numbered recommendations (توصيات), edited one at a time in a text box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 1)
        self.table.setHorizontalHeaderLabels([tr("التوصية")])
        self.table.setItemDelegate(ElideByDirection(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.add = QPushButton(tr("إضافة توصية"))
        self.add.setToolTip("Ctrl+N")
        self.edit = QPushButton(tr("تعديل"))
        self.edit.setToolTip(tr("Enter أو نقرتان"))
        self.remove = QPushButton(tr("حذف"))
        self.remove.setToolTip("Delete")
        self.up = QPushButton(tr("إلى الأعلى"))
        self.up.setToolTip("Alt+Up")
        self.down = QPushButton(tr("إلى الأسفل"))
        self.down.setToolTip("Alt+Down")
        self.message = message_label()
        bar = QHBoxLayout()
        for button in (self.add, self.edit, self.remove, self.up, self.down):
            bar.addWidget(button)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def texts(self) -> list[str]:
        return [self.table.item(row, 0).text().lstrip(RLM)
                for row in range(self.table.rowCount())]

    def show_texts(self, texts: Sequence[str]) -> None:
        if list(texts) == self.texts():
            return
        current = self.table.currentRow()
        self.table.setRowCount(len(texts))
        for row, text in enumerate(texts):
            self.table.setItem(row, 0, QTableWidgetItem(RLM + text))
        self.table.resizeRowsToContents()
        if texts:
            self.table.setCurrentCell(min(max(current, 0), len(texts) - 1), 0)

    def editors(self) -> list[QWidget]:
        return [self.add, self.edit, self.remove, self.up, self.down]


def kind_has_agenda(kind: MeetingKind) -> bool:
    """Only selection meetings examine and vote on proposals (the services refuse others)."""
    return kind is MeetingKind.SELECTION
