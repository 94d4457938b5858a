"""Add or change a committee: its edition, territory, name, quorum and the chair's casting vote."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from fractions import Fraction

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.enums import CommitteeLevel
from app.domain.meetings import Committee, QuorumRule
from app.domain.roles import Permission
from app.services import committees, programme, territory
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import edition_name, label, named, tr
from ui.widgets.inputs import ChoiceBox, spin_box


class CommitteeDialog(RecordDialog):
    PERMISSION = Permission.COMMITTEES

    def __init__(self, ctx: AppContext, committee: Committee | None = None,
                 edition_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل اللجنة") if committee else tr("إضافة لجنة"), parent)
        self.committee = committee
        c = committee
        self.level = ChoiceBox([(v, label(v)) for v in CommitteeLevel],
                               c.level if c else CommitteeLevel.PROVINCIAL)
        self.edition = ChoiceBox([(e.id, edition_name(e)) for e in programme.list_editions(ctx.db)],
                                 c.edition_id if c else edition_id)
        self.name = QLineEdit(c.name_ar if c else "")
        self.name.setPlaceholderText(tr("اللجنة الإقليمية لبرنامج أوراش بإقليم ..."))
        self.province = ChoiceBox([(p.id, f"{named(p)} ({p.code})")
                                   for p in territory.list_provinces(ctx.db)],
                                  c.province_id if c else None, searchable=True)
        if c is None or c.province_id is None:
            self.province.setCurrentIndex(-1)
        self.region = ChoiceBox([(r.id, named(r)) for r in territory.list_regions(ctx.db)],
                                c.region_id if c else None)
        if c is None or c.region_id is None:
            self.region.setCurrentIndex(-1)

        # The quorum as the committee's rules state it: "more than 1 of 2" voting members.
        self.numerator = spin_box(1, 99, c.quorum_numerator if c else 1)
        self.denominator = spin_box(2, 100, c.quorum_denominator if c else 2)
        quorum = QWidget()
        row = QHBoxLayout(quorum)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("أكثر من")))
        row.addWidget(self.numerator)
        row.addWidget(QLabel(tr("من أصل")))
        row.addWidget(self.denominator)
        row.addWidget(QLabel(tr("من الأعضاء المصوتين")))
        row.addStretch()
        self.quorum_hint = QLabel()
        self.quorum_hint.setWordWrap(True)
        self.casting_vote = QCheckBox(tr("صوت الرئيس مرجح عند تعادل الأصوات"))
        self.casting_vote.setChecked(c.chair_casting_vote if c else True)
        self.casting_vote.setToolTip(tr("بدونه يؤجل البت في المشروع عند التعادل"))

        f = self.form
        f.add_field("level", tr("مستوى اللجنة"), self.level)
        f.add_field("edition_id", tr("النسخة"), self.edition)
        f.add_field("name_ar", tr("اسم اللجنة"), self.name)
        self._province_row = f.add_field("province_id", tr("الإقليم أو العمالة"), self.province)
        self._region_row = f.add_field("region_id", tr("الجهة"), self.region)
        f.add_field("quorum", tr("النصاب"), quorum)
        f.add_field("quorum_hint", "", self.quorum_hint)
        f.add_field("chair_casting_vote", "", self.casting_vote)

        self.level.currentIndexChanged.connect(self._show_territory)
        self.numerator.valueChanged.connect(self._show_quorum)
        self.denominator.valueChanged.connect(self._show_quorum)
        self._show_territory()
        self._show_quorum()

    def _show_territory(self) -> None:
        """A provincial committee belongs to a province, a regional one to a region."""
        provincial = self.level.value() is not CommitteeLevel.REGIONAL
        self.province.setEnabled(provincial)
        self.region.setEnabled(not provincial)

    def _show_quorum(self) -> None:
        """What the fraction means for this committee's voting members, in plain words."""
        numerator, denominator = self.numerator.value(), self.denominator.value()
        text = tr("يكتمل النصاب بحضور أكثر من {n}/{d} من الأعضاء المصوتين.").format(
            n=numerator, d=denominator)
        if self.committee is not None and self.committee.id is not None:
            voting = sum(1 for m in committees.list_members(self.ctx.db, self.committee.id)
                         if m.is_voting)
            if voting and 0 < numerator < denominator:
                required = QuorumRule(Fraction(numerator, denominator)).required(voting)
                text += " " + tr("مع {voting} أعضاء مصوتين: {required} على الأقل.").format(
                    voting=voting, required=required)
        self.quorum_hint.setText(text)

    def submit(self) -> Callable[[], Committee]:
        provincial = self.level.value() is not CommitteeLevel.REGIONAL
        committee = Committee(
            level=self.level.value(), edition_id=self.edition.value(), name_ar=self.name.text(),
            province_id=self.province.value() if provincial else None,
            region_id=None if provincial else self.region.value(),
            quorum_numerator=self.numerator.value(),
            quorum_denominator=self.denominator.value(),
            chair_casting_vote=self.casting_vote.isChecked(),
            id=self.committee.id if self.committee else None,
            row_version=self.committee.row_version if self.committee else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: committees.save_committee(db, actor, committee)
