"""Add or change a body that carries projects, and the files attached to it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PartnerKind
from app.domain.partners import Partner
from app.domain.roles import Permission
from app.errors import FieldError, ValidationError
from app.services import partners, territory
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import label, tr
from ui.widgets.attachments_box import AttachmentsBox
from ui.widgets.inputs import choice_box

OWNER_TABLE = "partners"
RIB_PLACEHOLDER = "000 000 0000000000000000 00"


def _line(text: str = "", left_to_right: bool = False, placeholder: str = "") -> QLineEdit:
    editor = QLineEdit(text)
    editor.setCursorPosition(0)  # show the start of a long name, not its end
    if left_to_right:
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    if placeholder:
        editor.setPlaceholderText(placeholder)
    return editor


def attachment_kinds() -> list[tuple[str, str]]:
    """The documents a body usually files (codes as in the proposals' checklist)."""
    return [
        ("statutes", tr("القانون الأساسي")),
        ("registration", tr("وصل الإيداع أو شهادة التسجيل")),
        ("board", tr("لائحة أعضاء المكتب المسير")),
        ("bank_certificate", tr("شهادة التعريف البنكي")),
        ("", tr("وثيقة أخرى")),
    ]


class PartnerDialog(RecordDialog):
    PERMISSION = Permission.PARTNERS

    def __init__(self, ctx: AppContext, partner: Partner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل الهيئة") if partner else tr("إضافة هيئة"), parent)
        self.partner = partner
        p = partner or Partner(kind=PartnerKind.ASSOCIATION, name_ar="")
        self.kind = choice_box([(k, label(k)) for k in PartnerKind], p.kind)
        self.name_ar = _line(p.name_ar)
        self.name_fr = _line(p.name_fr, left_to_right=True)
        self.registration_number = _line(p.registration_number, left_to_right=True)
        self.legal_representative = _line(p.legal_representative)
        self.representative_sex = choice_box(
            [("m", tr("السيد")), ("f", tr("السيدة"))],
            p.representative_sex or None)
        if not p.representative_sex:
            self.representative_sex.setCurrentIndex(-1)
        self.representative_sex.setToolTip(tr("تكتب الاتفاقية «السيد ... بصفته» أو «السيدة ... "
                                              "بصفتها» حسب هذا الاختيار."))
        self.representative_title = _line(p.representative_title)
        self.representative_title.setPlaceholderText(tr("مثال: رئيس الجمعية"))
        self.phone = _line(p.phone, left_to_right=True, placeholder="0612345678")
        self.email = _line(p.email, left_to_right=True)
        self.address = _line(p.address)
        self.commune = choice_box(
            [(c.id, f"{c.name_ar} — {c.province_name_ar}")
             for c in territory.list_communes(ctx.db)], p.commune_id, searchable=True)
        if p.commune_id is None:
            self.commune.setCurrentIndex(-1)
        self.commune.setPlaceholderText(tr("ابحث باسم الجماعة"))
        self.bank_name = _line(p.bank_name)
        self.rib = _line(p.rib, left_to_right=True, placeholder=RIB_PLACEHOLDER)
        self.cnss_affiliate = _line(p.cnss_affiliate, left_to_right=True, placeholder="1234567")
        self.notes = QPlainTextEdit(p.notes)
        self.notes.setFixedHeight(60)

        f = self.form
        f.add_field("kind", tr("النوع"), self.kind)
        f.add_field("name_ar", tr("الاسم بالعربية"), self.name_ar)
        f.add_field("name_fr", tr("الاسم بالفرنسية"), self.name_fr)
        f.add_field("registration_number", tr("رقم التسجيل"), self.registration_number)
        f.add_field("legal_representative", tr("الممثل القانوني"), self.legal_representative)
        f.add_field("representative_sex", tr("السيد أو السيدة"), self.representative_sex)
        f.add_field("representative_title", tr("صفة الممثل القانوني"), self.representative_title)
        f.add_field("phone", tr("الهاتف"), self.phone)
        f.add_field("email", tr("البريد الإلكتروني"), self.email)
        f.add_field("address", tr("العنوان"), self.address)
        f.add_field("commune_id", tr("الجماعة"), self.commune)
        f.add_field("bank_name", tr("البنك"), self.bank_name)
        f.add_field("rib", tr("رقم الحساب البنكي (RIB)"), self.rib)
        f.add_field("cnss_affiliate", tr("رقم الانخراط في CNSS"), self.cnss_affiliate)
        f.add_field("notes", tr("ملاحظات"), self.notes)

        # The form on the right and the files beside it, so that the dialog fits a laptop.
        self.attachments = AttachmentsBox(
            ctx, OWNER_TABLE, attachment_kinds(), tr("المرفقات"),
            tr("يمكن إرفاق الملفات (القانون الأساسي، وصل الإيداع، شهادة التعريف البنكي...) "
               "بعد حفظ الهيئة."))
        self.attachments.set_owner(partner.id if partner else None)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.form, 3)
        row.addWidget(self.attachments, 2)
        layout.insertLayout(0, row)
        self.setMinimumWidth(900)

    # Saving ---------------------------------------------------------------------------------

    def submit(self) -> Callable[[], Partner]:
        if self.commune.value() is None and self.commune.currentText().strip():
            raise ValidationError(FieldError(
                "commune_id", tr("الجماعة: اختر جماعة من اللائحة المقترحة أثناء الكتابة.")))
        partner = Partner(
            kind=self.kind.value() or PartnerKind.ASSOCIATION,
            name_ar=self.name_ar.text(), name_fr=self.name_fr.text(),
            registration_number=self.registration_number.text(),
            legal_representative=self.legal_representative.text(),
            representative_title=self.representative_title.text(),
            representative_sex=self.representative_sex.value() or "",
            phone=self.phone.text(), email=self.email.text(), address=self.address.text(),
            commune_id=self.commune.value(), bank_name=self.bank_name.text(),
            rib=self.rib.text(), notes=self.notes.toPlainText(),
            cnss_affiliate=self.cnss_affiliate.text(),
            id=self.partner.id if self.partner else None,
            row_version=self.partner.row_version if self.partner else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: partners.save_partner(db, actor, partner)
