"""Add or change a committee member: name, function, organisation, voting or advisory."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.domain.enums import MemberFunction
from app.domain.meetings import Member
from app.domain.roles import Permission
from app.services import committees
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import label, tr
from ui.widgets.inputs import ChoiceBox


class MemberDialog(RecordDialog):
    PERMISSION = Permission.COMMITTEES

    def __init__(self, ctx: AppContext, committee_id: uuid.UUID,
                 member: Member | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل العضو") if member else tr("إضافة عضو"), parent)
        self.committee_id = committee_id
        self.member = member
        m = member
        self.full_name = QLineEdit(m.full_name if m else "")
        self.full_name.setPlaceholderText(tr("الصفة أو الاسم كما يرد في المحضر"))
        self.function = ChoiceBox([(f, label(f)) for f in MemberFunction],
                                  m.function if m else MemberFunction.EXTERNAL_SERVICE)
        self.organisation = QLineEdit(m.organisation if m else "")
        self.voting = QCheckBox(tr("عضو مصوت (غير المصوت عضو استشاري)"))
        self.voting.setChecked(m.is_voting if m else True)

        f = self.form
        f.add_field("full_name", tr("الاسم الكامل"), self.full_name)
        f.add_field("function", tr("الصفة"), self.function)
        f.add_field("organisation", tr("الهيئة أو المصلحة"), self.organisation)
        f.add_field("is_voting", "", self.voting)

    def submit(self) -> Callable[[], Member]:
        m = self.member
        member = Member(self.committee_id, self.full_name.text(), self.function.value(),
                        self.organisation.text(), self.voting.isChecked(),
                        m.position if m else 0, m.id if m else None,
                        row_version=m.row_version if m else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: committees.save_member(db, actor, member)
