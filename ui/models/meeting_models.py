"""Qt models over a meeting sheet: the agenda as the secretary follows it during a meeting.

The agenda keeps the order the committee examines the proposals in (no sorting: a sorted
view would make "move up/down" meaningless). When a refresh brings the same proposals in the
same order, only the cells change (dataChanged), so the selection and the scroll position
stay where the secretary left them; a reset happens only when the agenda itself changed.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import DecisionOutcome
from app.domain.text import LRI, PDI, RLM, reads_left_to_right
from app.services.meetings import AgendaLine
from ui.i18n import figure, label, tr

ID_ROLE = Qt.ItemDataRole.UserRole + 10
LINE_ROLE = Qt.ItemDataRole.UserRole + 11

AnyIndex = QModelIndex | QPersistentModelIndex

DECISION_COLOURS = {
    DecisionOutcome.APPROVED: QColor("#dcefdc"),
    DecisionOutcome.REJECTED: QColor("#f6dada"),
    DecisionOutcome.POSTPONED: QColor("#fbecc8"),
}
WARNING_COLOUR = QColor("#b00020")
PENDING_COLOUR = QColor("#616161")



def ltr(text: str) -> str:
    """A reference such as 05.301-2023-063 kept whole inside Arabic text (Qt would reorder
    its parts around the dashes otherwise)."""
    return f"{LRI}{text}{PDI}"


def french_only(text: str) -> bool:
    """Latin letters and no Arabic one: a French name, read (and elided) left to right."""
    return reads_left_to_right(text) and not any(
        unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def score_text(value: Decimal | None) -> str:
    """A score with a decimal comma; whole numbers without decimals."""
    if value is None:
        return "—"
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value:.2f}".replace(".", ",")


def people_months_text(line: AgendaLine) -> str:
    p = line.proposal
    return f"{p.beneficiaries} × {p.duration_months} = {figure(p.person_months)}"


def votes_text(line: AgendaLine) -> str:
    if not line.votes:
        return "—"
    c = line.count
    return f"{c.for_} / {c.against} / {c.abstain}"


def decision_text(line: AgendaLine) -> str:
    if line.decision is not None:
        return label(line.decision)
    if line.voted_outcome is not None:
        return tr("التصويت: {outcome}").format(outcome=label(line.voted_outcome))
    return tr("لم يبت")


@dataclass(frozen=True)
class AgendaColumn:
    title: str
    display: Callable[[AgendaLine], str]
    numeric: bool = False
    tooltip: str = ""


class AgendaModel(QAbstractTableModel):
    """Read-only rows of the agenda; the meeting screen edits through the services."""

    # The figures a vote needs come first; holder and communes last (the panel beside the
    # table shows them in full), so a narrow table still shows the decision column.
    WIDTHS = (30, 108, 130, 50, 38, 44, 140, 66, 84, 180, 110)
    TITLE_COLUMN, QUOTA_COLUMN, DECISION_COLUMN = 2, 5, 6
    TEXT_COLUMNS = (2, 9, 10)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[AgendaLine] = []
        self._quota_known = True
        self.grant = False
        self._columns = self._proposal_columns()

    def _proposal_columns(self) -> list[AgendaColumn]:
        return [
            AgendaColumn(tr("ت"), lambda ln: str(ln.position), True, tr("الترتيب في جدول الأعمال")),
            AgendaColumn(tr("المرجع"), lambda ln: ln.proposal.reference, True),
            AgendaColumn(tr("عنوان الورش"), lambda ln: ln.proposal.title_ar),
            AgendaColumn(tr("النقطة"), lambda ln: score_text(ln.total), True,
                         tr("المجموع المرجح من 100")),
            AgendaColumn(tr("الرتبة"), lambda ln: "" if ln.rank is None else str(ln.rank), True),
            AgendaColumn(tr("الحصة"), self._quota_text, True,
                         tr("⚠: لا يتسع ما تبقى من الحصة لهذا المشروع إذا صودق على المشاريع "
                            "حسب ترتيب النقط")),
            AgendaColumn(tr("القرار"), decision_text),
            AgendaColumn(tr("الأصوات"), votes_text, True, tr("موافق / معارض / ممتنع")),
            AgendaColumn(tr("أشهر العمل"), people_months_text, True,
                         tr("عدد المستفيدين × مدة الاستفادة = أشهر العمل")),
            AgendaColumn(tr("الهيئة حاملة المشروع"), lambda ln: ln.proposal.holder),
            AgendaColumn(tr("الجماعات"), lambda ln: ln.proposal.communes),
        ]

    def _grant_columns(self) -> list[AgendaColumn]:
        """A regional meeting's agenda: the same places (so the widths and the decision
        column hold), the employer and its posts where a worksite's title stands."""
        columns = self._proposal_columns()
        columns[2] = AgendaColumn(tr("المشغل"), lambda ln: ln.proposal.holder)
        columns[5] = AgendaColumn(
            tr("الحصة"), self._quota_text, True,
            tr("⚠: لا يتسع ما تبقى من حصة الجهة لهذا الطلب إذا قبلت الطلبات حسب ترتيب النقط"))
        columns[8] = AgendaColumn(tr("المناصب"), lambda ln: figure(ln.proposal.beneficiaries),
                                  True, tr("عدد المناصب المطلوبة"))
        columns[9] = AgendaColumn(tr("المناصب المطلوبة"), lambda ln: ln.proposal.title_ar)
        columns[10] = AgendaColumn(tr("الإقليم"), lambda ln: ln.proposal.communes)
        return columns

    def set_grant(self, grant: bool) -> None:
        """Grant applications (a regional meeting) or worksite proposals."""
        if grant == self.grant:
            return
        self.beginResetModel()
        self.grant = grant
        self._columns = self._grant_columns() if grant else self._proposal_columns()
        self.endResetModel()

    # -- data --------------------------------------------------------------------------
    def set_lines(self, lines: Sequence[AgendaLine], quota_known: bool = True) -> None:
        """Same proposals in the same order: repaint the cells; otherwise reset."""
        new = list(lines)
        same = [ln.proposal.id for ln in new] == [ln.proposal.id for ln in self._lines]
        self._quota_known = quota_known
        if same and new:
            self._lines = new
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(new) - 1, len(self._columns) - 1))
            return
        self.beginResetModel()
        self._lines = new
        self.endResetModel()

    def lines(self) -> list[AgendaLine]:
        return list(self._lines)

    def line(self, row: int) -> AgendaLine:
        return self._lines[row]

    def row_of(self, proposal_id: uuid.UUID | None) -> int:
        for row, line in enumerate(self._lines):
            if line.proposal.id == proposal_id:
                return row
        return -1

    def proposal_ids(self) -> list[uuid.UUID]:
        return [line.proposal.id for line in self._lines]

    def _quota_text(self, line: AgendaLine) -> str:
        if not self._quota_known or line.fits_quota:
            return ""
        return "⚠"

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.display(line)
            # Arabic cells start with a right-to-left mark, or a cell opening with a digit
            # or a Latin word would be laid out left to right (see TECH-NOTES.md); a wholly
            # French name keeps its direction so the delegate cuts it at its end.
            return text if column.numeric or not text or french_only(text) else RLM + text
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() in self.TEXT_COLUMNS:
                return column.display(line)
            if index.column() == self.QUOTA_COLUMN and self._quota_text(line):
                return tr("لا يتسع له ما تبقى من الحصة إذا صودق على المشاريع حسب ترتيب النقط.")
            if index.column() == self.DECISION_COLUMN and (line.reason or line.conditions):
                return "\n".join(filter(None, [line.reason, line.conditions]))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if column.numeric else None
        if (role == Qt.ItemDataRole.BackgroundRole and index.column() == self.DECISION_COLUMN
                and line.decision):
            return QBrush(DECISION_COLOURS[line.decision])
        if (role == Qt.ItemDataRole.ForegroundRole and index.column() == self.DECISION_COLUMN
                and not line.decision):
            return QBrush(PENDING_COLOUR)
        if (role == Qt.ItemDataRole.ForegroundRole and index.column() == self.QUOTA_COLUMN
                and self._quota_text(line)):
            return QBrush(WARNING_COLOUR)
        if role == ID_ROLE:
            return line.proposal.id
        if role == LINE_ROLE:
            return line
        return None
