"""Drawing up conventions for worksites the committee approved and that have none yet.

The secretary ticks the worksites (all of them at once, or a few for a partial ceremony)
and the date to write on them; the services number them in reference order and draw them
all up or none.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import day_within
from app.domain.roles import Permission
from app.domain.text import RLM
from app.errors import FieldError, ValidationError
from app.services import conventions, programme
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import edition_name, tr
from ui.widgets.inputs import ChoiceBox, date_edit, date_value


class DrawUpDialog(RecordDialog):
    PERMISSION = Permission.CONVENTIONS

    def __init__(self, ctx: AppContext, edition_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تحرير اتفاقيات للأوراش المصادق عليها"), parent)
        self.setMinimumSize(760, 560)
        editions = programme.list_editions(ctx.db)
        self.edition = ChoiceBox([(e.id, edition_name(e)) for e in editions],
                                 edition_id or (editions[0].id if editions else None))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("تصفية بالمرجع أو العنوان"))
        self.filter.setClearButtonEnabled(True)
        self.select_all = QCheckBox(tr("تحديد الكل"))
        self.select_all.setToolTip(tr("يحدد أو يلغي تحديد كل الأوراش الظاهرة (Ctrl+A)"))
        self.select_all.setShortcut("Ctrl+A")
        self.proposals = QListWidget()
        self.proposals.setMinimumHeight(300)
        self.proposals.setToolTip(tr("مفتاح المسافة يحدد الورش أو يلغي تحديده"))
        self.count = QLabel()
        self.editions = {e.id: e for e in editions}
        self.on = date_edit()
        self._on_given = False
        self.on.editingFinished.connect(self._keep_typed_date)

        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.select_all)
        top.addWidget(self.filter, 1)
        column.addLayout(top)
        column.addWidget(self.proposals, 1)
        column.addWidget(self.count)
        self.form.add_field("edition_id", tr("النسخة"), self.edition)
        self.form.add_field("proposals", tr("الأوراش المصادق عليها بدون اتفاقية"), chooser)
        self.form.add_field("on", tr("تاريخ التحرير"), self.on)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            tr("تحرير الاتفاقيات"))

        self.edition.currentIndexChanged.connect(self.load)
        self.filter.textChanged.connect(self._filter)
        self.select_all.clicked.connect(self._select_all)
        self.proposals.itemChanged.connect(lambda _item: self._update_count())
        self.load()

    def _keep_typed_date(self) -> None:
        self._on_given = True

    def _default_date(self) -> None:
        """Today if it falls in the edition's period, else the nearest day of it."""
        edition = self.editions.get(self.edition.value())
        if not self._on_given:
            self.on.setDate(day_within(date.today(), edition.starts_on if edition else None,
                                       edition.ends_on if edition else None))

    def load(self) -> None:
        self._default_date()
        self.proposals.blockSignals(True)
        self.proposals.clear()
        edition_id = self.edition.value()
        waiting = conventions.proposals_without_convention(self.ctx.db, edition_id) \
            if edition_id is not None else []
        for proposal_id, reference, title in waiting:
            item = QListWidgetItem(f"{RLM}{reference} — {title}")
            item.setData(Qt.ItemDataRole.UserRole, proposal_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.proposals.addItem(item)
        self.proposals.blockSignals(False)
        self._filter(self.filter.text())
        if self.proposals.count():
            self.proposals.setCurrentRow(0)

    def items(self) -> list[QListWidgetItem]:
        return [self.proposals.item(row) for row in range(self.proposals.count())]

    def _filter(self, text: str) -> None:
        needle = text.strip()
        for item in self.items():
            item.setHidden(bool(needle) and needle not in item.text())
        self._update_count()

    def _select_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.proposals.blockSignals(True)
        for item in self.items():
            if not item.isHidden():
                item.setCheckState(state)
        self.proposals.blockSignals(False)
        self._update_count()

    def check(self, proposal_ids: list[uuid.UUID]) -> None:
        for item in self.items():
            if item.data(Qt.ItemDataRole.UserRole) in proposal_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def checked_ids(self) -> list[uuid.UUID]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.items()
                if item.checkState() == Qt.CheckState.Checked]

    def _update_count(self) -> None:
        shown = [item for item in self.items() if not item.isHidden()]
        checked = len(self.checked_ids())
        self.count.setText(tr("المحددة: {checked} من {total}").format(
            checked=checked, total=self.proposals.count()))
        self.select_all.blockSignals(True)
        self.select_all.setChecked(bool(shown) and all(
            item.checkState() == Qt.CheckState.Checked for item in shown))
        self.select_all.blockSignals(False)

    def submit(self) -> Callable[[], list[uuid.UUID]]:
        ids = self.checked_ids()
        if not ids:  # nothing to send: the choice is missing, not a rule broken
            raise ValidationError(FieldError("proposals", tr(
                "اختر ورشا واحدا على الأقل من اللائحة.")))
        db, actor, on = self.ctx.db, self.ctx.actor, date_value(self.on)
        return lambda: conventions.draw_up(db, actor, ids, on=on)
