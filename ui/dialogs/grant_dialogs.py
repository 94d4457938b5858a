"""The forms of the employment grant: employers, applications with their posts, the
regional committee's decisions, signing an agreement, hires and their early end."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.beneficiaries import Beneficiary, EligibilityCategory
from app.domain.enums import PartnerKind, Sex
from app.domain.grants import (
    ContractType,
    Employer,
    GrantApplication,
    GrantPost,
    Hire,
    Sector,
)
from app.domain.roles import Permission
from app.errors import FieldError, ValidationError
from app.services import beneficiaries, grant_agreements, grants, territory
from app.services.listing import ListQuery
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import edition_name, label, month_suffix, named, people_text, tr
from ui.tasks import run_query
from ui.widgets.inputs import choice_box, date_edit, date_value, months_box, spin_box
from ui.widgets.shortcuts import give_shortcut

POST_COLUMNS = 5


def _line(text: str = "", left_to_right: bool = False) -> QLineEdit:
    editor = QLineEdit(text)
    if left_to_right:
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return editor


class EmployerDialog(RecordDialog):
    PERMISSION = Permission.PARTNERS

    def __init__(self, ctx: AppContext, employer: Employer | None = None,
                 parent: QWidget | None = None, region_id: Any = None) -> None:
        super().__init__(ctx, tr("تعديل المشغل") if employer else tr("إضافة مشغل"), parent)
        self.employer = employer
        e = employer or Employer(PartnerKind.ENTERPRISE, "", "", Sector.SERVICES)
        self.kind = choice_box([(k, label(k)) for k in PartnerKind], e.kind)
        self.name_ar = _line(e.name_ar)
        self.name_fr = _line(e.name_fr, left_to_right=True)
        self.cnss = _line(e.cnss_affiliate, left_to_right=True)
        self.cnss.setPlaceholderText("1234567")
        self.sector = choice_box([(s, label(s)) for s in Sector], e.sector)
        self.province = choice_box([(p.id, named(p)) for p in territory.list_provinces(
            ctx.db, region_id)], e.province_id, searchable=True)
        self.representative = _line(e.legal_representative)
        self.phone = _line(e.phone, left_to_right=True)
        self.address = _line(e.address)
        f = self.form
        f.add_field("kind", tr("النوع"), self.kind)
        f.add_field("name_ar", tr("الاسم بالعربية"), self.name_ar)
        f.add_field("name_fr", tr("الاسم بالفرنسية"), self.name_fr)
        f.add_field("cnss_affiliate", tr("رقم الانخراط في CNSS"), self.cnss)
        f.add_field("sector", tr("القطاع"), self.sector)
        f.add_field("province_id", tr("الإقليم"), self.province)
        f.add_field("legal_representative", tr("الممثل القانوني"), self.representative)
        f.add_field("phone", tr("الهاتف"), self.phone)
        f.add_field("address", tr("العنوان"), self.address)

    def submit(self) -> Callable[[], Employer]:
        employer = Employer(
            self.kind.value() or PartnerKind.ENTERPRISE, self.name_ar.text(), self.cnss.text(),
            self.sector.value() or Sector.SERVICES, self.province.value(), self.name_fr.text(),
            self.representative.text(), self.phone.text(), self.address.text(),
            id=self.employer.id if self.employer else None,
            row_version=self.employer.row_version if self.employer else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: grants.save_employer(db, actor, employer)


class ApplicationDialog(RecordDialog):
    """An application: the employer, its posts (count, wage, contract) and target groups.

    The rules on contract length, wage and the region's allocation concern the posts
    table; their messages show under the summary line each rule reads."""

    PERMISSION = Permission.PROPOSALS

    def __init__(self, ctx: AppContext, application: GrantApplication | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("طلب منحة دعم التشغيل"), parent)
        self.application = application
        calls = grants.list_calls(ctx.db)
        employers = grants.list_employers(ctx.db, ListQuery(limit=100_000)).rows
        a = application
        self.call = choice_box([(c.id, f"{c.reference} — {c.region_name_ar}") for c in calls],
                               a.call_id if a else None)
        self.employer = choice_box([(e.id, f"{e.name_ar} ({e.cnss_affiliate})")
                                    for e in employers], a.employer_id if a else None,
                                   searchable=True)
        if a is None:
            self.employer.setCurrentIndex(-1)
        self.received_on = date_edit(a.received_on if a else date.today())
        self.posts = QTableWidget(0, POST_COLUMNS)
        self.posts.setHorizontalHeaderLabels([
            tr("المنصب"), tr("العدد"), tr("الأجر الشهري (درهم)"), tr("مدة العقد (شهر)"),
            tr("نوع العقد")])
        self.posts.horizontalHeader().setStretchLastSection(True)
        self.posts.setMinimumHeight(130)
        for post in (a.posts if a else []):
            self.add_post(post)
        if a is None:
            self.add_post()
        add_row, remove_row = QPushButton(tr("إضافة منصب")), QPushButton(tr("حذف المنصب"))
        add_row.clicked.connect(lambda: self.add_post())
        remove_row.clicked.connect(lambda: self.posts.removeRow(self.posts.currentRow()))
        posts_box = QWidget()
        column = QVBoxLayout(posts_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.posts)
        buttons = QHBoxLayout()
        buttons.addWidget(add_row)
        buttons.addWidget(remove_row)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.hires = QLabel()
        self.contract = QLabel()
        self.wage = QLabel()
        self.groups = QListWidget()
        self.groups.setMaximumHeight(110)
        chosen = set(a.target_groups) if a else set()
        for group in EligibilityCategory:
            item = QListWidgetItem(label(group))
            item.setData(Qt.ItemDataRole.UserRole, group.value)
            item.setCheckState(Qt.CheckState.Checked if group in chosen
                               else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.notes = QPlainTextEdit(a.notes if a else "")
        self.notes.setFixedHeight(44)
        f = self.form
        f.add_field("call_id", tr("طلب العروض"), self.call)
        f.add_field("employer_id", tr("المشغل"), self.employer)
        f.add_field("received_on", tr("تاريخ الإيداع"), self.received_on)
        f.add_field("posts", tr("المناصب"), posts_box)
        f.add_field("hires", tr("عدد المناصب المطلوبة"), self.hires)
        f.add_field("contract_months", tr("مدة عقد الشغل"), self.contract)
        f.add_field("monthly_wage", tr("الأجر الشهري"), self.wage)
        f.add_field("target_groups", tr("الفئات المستهدفة"), self.groups)
        f.add_field("notes", tr("ملاحظات"), self.notes)
        self.posts.itemChanged.connect(lambda _item: self.summarise())
        self.summarise()
        self.setMinimumWidth(760)

    def add_post(self, post: GrantPost | None = None) -> None:
        row = self.posts.rowCount()
        self.posts.insertRow(row)
        values = ([post.title_ar, str(post.count), str(post.monthly_wage),
                   str(post.contract_months)] if post else ["", "1", "", "12"])
        for column, value in enumerate(values):
            self.posts.setItem(row, column, QTableWidgetItem(value))
        kind = choice_box([(c, label(c)) for c in ContractType],
                          post.contract_type if post else ContractType.FIXED_TERM)
        self.posts.setCellWidget(row, 4, kind)

    def _cell(self, row: int, column: int) -> str:
        item = self.posts.item(row, column)
        return item.text().strip() if item is not None else ""

    def read_posts(self) -> list[GrantPost]:
        posts, errors = [], []
        for row in range(self.posts.rowCount()):
            try:
                count = int(self._cell(row, 1) or 0)
                months = int(self._cell(row, 3) or 0)
                wage = Decimal(self._cell(row, 2).replace(",", ".") or "0")
            except (ValueError, InvalidOperation):
                errors.append(FieldError("posts", tr("المناصب: السطر {row}: العدد والمدة "
                                                      "والأجر أرقام.").format(row=row + 1)))
                continue
            kind = self.posts.cellWidget(row, 4)
            posts.append(GrantPost(self._cell(row, 0), count, wage, months,
                                   kind.value() if kind is not None else ContractType.FIXED_TERM))
        if errors:
            raise ValidationError(errors)
        return posts

    def summarise(self) -> None:
        try:
            posts = self.read_posts()
        except ValidationError:
            return
        self.hires.setText(str(sum(p.count for p in posts)))
        shortest = min((p.contract_months for p in posts), default=0)
        self.contract.setText(tr("أقصر عقد: {months}").format(
            months=f"{shortest}{month_suffix(shortest)}"))
        self.wage.setText(tr("أدنى أجر: {wage} درهم").format(
            wage=min((p.monthly_wage for p in posts), default=0)))

    def submit(self) -> Callable[[], GrantApplication]:
        if self.call.value() is None or self.employer.value() is None:
            raise ValidationError([e for e in (
                FieldError("call_id", tr("طلب العروض: إلزامي."))
                if self.call.value() is None else None,
                FieldError("employer_id", tr("المشغل: اختره من اللائحة."))
                if self.employer.value() is None else None) if e is not None])
        groups = [EligibilityCategory(self.groups.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(self.groups.count())
                  if self.groups.item(i).checkState() == Qt.CheckState.Checked]
        a = self.application
        application = GrantApplication(
            self.call.value(), self.employer.value(), self.read_posts(), groups,
            date_value(self.received_on), notes=self.notes.toPlainText(),
            reference=a.reference if a else "", id=a.id if a else None,
            row_version=a.row_version if a else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: grants.save_application(db, actor, application)


class DecisionsDialog(RecordDialog):
    """The decisions of a regional meeting held on paper before the desk recorded meetings
    live (no attendance or votes to enter): approve or reject each application (a
    rejection gives its reason); saving closes that meeting. New meetings use the live
    meeting screen."""

    PERMISSION = Permission.MEETINGS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("قرارات اجتماع سابق للجنة الجهوية"), parent)
        committees = grants.regional_committees(ctx.db)
        self.committee = choice_box([(c_id, name) for c_id, name, _ in committees])
        self.held_on = date_edit(date.today())
        self.place = _line()
        self.pending = grants.list_applications(ctx.db, ListQuery(
            filters={"status": "received"}, limit=10_000)).rows
        self.table = QTableWidget(len(self.pending), 4)
        self.table.setHorizontalHeaderLabels([tr("الطلب"), tr("المشغل"), tr("القرار"),
                                              tr("سبب الرفض")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(260)
        for row, line in enumerate(self.pending):
            for column, text in enumerate((line.reference, line.employer_name_ar)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            self.table.setCellWidget(row, 2, choice_box([
                (None, tr("يؤجل")), (True, tr("قبول")), (False, tr("رفض"))]))
            self.table.setItem(row, 3, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        f = self.form
        f.add_field("committee_id", tr("اللجنة"), self.committee)
        f.add_field("held_on", tr("تاريخ الاجتماع"), self.held_on)
        f.add_field("place", tr("المكان"), self.place)
        f.add_field("decisions", tr("الطلبات"), self.table)
        self.setMinimumWidth(820)

    def decide(self, row: int, approved: bool | None, reason: str = "") -> None:
        box = self.table.cellWidget(row, 2)
        box.select(approved)
        self.table.item(row, 3).setText(reason)

    def submit(self) -> Callable[[], Any]:
        decisions = []
        for row, line in enumerate(self.pending):
            approved = self.table.cellWidget(row, 2).value()
            if approved is not None:
                decisions.append(grants.Decision(line.id, approved,
                                                 self.table.item(row, 3).text()))
        committee, held_on, place = (self.committee.value(), date_value(self.held_on),
                                     self.place.text())
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: grants.record_decisions(db, actor, committee, held_on, place, decisions)


class SignAgreementDialog(RecordDialog):
    PERMISSION = Permission.CONVENTIONS

    def __init__(self, ctx: AppContext, agreement: grant_agreements.Agreement,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("توقيع اتفاقية المنحة"), parent)
        self.agreement = agreement
        self.signed_on = date_edit(date.today())
        self.place = _line()
        note = QLabel(tr("بعد التوقيع تقفل الاتفاقية: لا يعدل نصها ولا مبالغها."))
        note.setWordWrap(True)
        self.form.add_field("number", tr("الاتفاقية"), QLabel(agreement.number))
        self.form.add_field("signed_on", tr("تاريخ التوقيع"), self.signed_on)
        self.form.add_field("signed_place", tr("مكان التوقيع"), self.place)
        self.form.add_field("note", "", note)

    def submit(self) -> Callable[[], Any]:
        agreement_id, on, place = self.agreement.id, date_value(self.signed_on), self.place.text()
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: grant_agreements.sign(db, actor, agreement_id, on, place)


class HireDialog(RecordDialog):
    """A hire of a signed agreement, or the replacement of one who left early.

    The hire is a person of the beneficiaries register: a CIN or a name is looked up there
    (the register's own folded search); a person it does not hold yet is added to it with
    the hire, from the CIN, names, sex and birth date typed here."""

    PERMISSION = Permission.FOLLOW_UP
    NEW = "new"

    def __init__(self, ctx: AppContext, agreement_id: Any, replaces: Hire | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعويض أجير") if replaces else tr("تسجيل أجير"), parent)
        self.agreement_id, self.replaces = agreement_id, replaces
        self.search = _line()
        self.search.setPlaceholderText(tr("رقم البطاقة الوطنية أو الاسم"))
        self.search.returnPressed.connect(self.look_up)
        self.search_button = QPushButton(tr("بحث في سجل المستفيدين"))
        self.search_button.clicked.connect(self.look_up)
        give_shortcut(self.search_button, "Ctrl+F", self)
        finder = QWidget()
        row = QHBoxLayout(finder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.search_button)
        self.person = choice_box([(self.NEW, tr("شخص جديد: يضاف إلى سجل المستفيدين"))])
        self.person.currentIndexChanged.connect(self._person_chosen)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.cin = _line(left_to_right=True)
        self.cin.setPlaceholderText("I123456")
        self.first_name = _line()
        self.last_name = _line()
        self.sex = choice_box([(s, label(s)) for s in Sex], Sex.MALE)
        self.birth_date = date_edit(date(1995, 1, 1))
        self.post = _line(replaces.post_title if replaces else "")
        self.starts_on = date_edit(date.today())
        self.contract = months_box(1, 120, 24)
        f = self.form
        if replaces is not None:
            f.add_field("replaces_hire_id", tr("يعوض"), QLabel(
                f"{replaces.full_name} ({replaces.cin})"))
        f.add_field("search", tr("البحث في السجل"), finder)
        f.add_field("beneficiary_id", tr("الشخص"), self.person)
        f.add_field("found", "", self.found)
        f.add_field("cin", tr("رقم البطاقة الوطنية"), self.cin)
        f.add_field("last_name_ar", tr("الاسم العائلي"), self.last_name)
        f.add_field("first_name_ar", tr("الاسم الشخصي"), self.first_name)
        f.add_field("sex", tr("الجنس"), self.sex)
        f.add_field("birth_date", tr("تاريخ الازدياد"), self.birth_date)
        f.add_field("post_title", tr("المنصب"), self.post)
        f.add_field("starts_on", tr("تاريخ بداية العمل"), self.starts_on)
        f.add_field("contract_months", tr("مدة عقد الشغل"), self.contract)
        self.matches: dict[Any, Beneficiary] = {}
        self._person_chosen()

    def look_up(self) -> None:
        """The register's people matching the typed CIN or name, on the reader thread."""
        text, db = self.search.text().strip(), self.ctx.db
        if not text:
            return
        run_query(self, lambda: beneficiaries.list_beneficiaries(
            db, ListQuery(search=text, limit=20)).rows, self.show_matches, quiet=True)

    def show_matches(self, people: list[Beneficiary]) -> None:
        self.matches = {p.id: p for p in people}
        self.person.set_items([(p.id, f"{p.full_name_ar} — {p.cin}") for p in people]
                              + [(self.NEW, tr("شخص جديد: يضاف إلى سجل المستفيدين"))])
        self.person.setCurrentIndex(0)
        self.found.setText(tr("وجد في السجل: {count}").format(count=people_text(
            len(people))) if people else tr(
            "لا أحد في السجل بهذا الرقم أو الاسم: أدخل معطياته ليضاف إليه."))
        if not people:
            typed = self.search.text().strip()
            if any(c.isdigit() for c in typed):
                self.cin.setText(typed)
        self._person_chosen()

    def _person_chosen(self) -> None:
        chosen = self.matches.get(self.person.value())
        for widget in (self.cin, self.first_name, self.last_name, self.sex, self.birth_date):
            widget.setEnabled(chosen is None)
        if chosen is not None:
            self.cin.setText(chosen.cin)
            self.first_name.setText(chosen.first_name_ar)
            self.last_name.setText(chosen.last_name_ar)
            self.sex.select(chosen.sex)
            if chosen.birth_date is not None:
                self.birth_date.setDate(chosen.birth_date)

    def submit(self) -> Callable[[], Any]:
        chosen = self.matches.get(self.person.value())
        hire = Hire(self.cin.text(), "", self.post.text(), date_value(self.starts_on),
                    self.contract.value(), agreement_id=self.agreement_id,
                    replaces_hire_id=self.replaces.id if self.replaces else None,
                    beneficiary_id=chosen.id if chosen else None)
        person = None if chosen else Beneficiary(
            self.cin.text(), self.first_name.text(), self.last_name.text(), self.sex.value(),
            date_value(self.birth_date))
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: grant_agreements.save_hire(db, actor, hire, person)


class EndHireDialog(RecordDialog):
    PERMISSION = Permission.FOLLOW_UP

    def __init__(self, ctx: AppContext, hire: Hire, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("انتهاء شغل الأجير"), parent)
        self.hire = hire
        self.ended_on = date_edit(date.today())
        self.reason = _line()
        self.form.add_field("full_name", tr("الأجير"), QLabel(f"{hire.full_name} ({hire.cin})"))
        self.form.add_field("ended_on", tr("تاريخ انتهاء الشغل"), self.ended_on)
        self.form.add_field("end_reason", tr("السبب"), self.reason)

    def submit(self) -> Callable[[], Any]:
        hire_id, on, reason = self.hire.id, date_value(self.ended_on), self.reason.text()
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: grant_agreements.end_hire(db, actor, hire_id, on, reason)


class AllocationDialog(RecordDialog):
    """How many hires a region may fund with the grant in an edition."""

    PERMISSION = Permission.QUOTAS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("حصة الجهة من منحة دعم التشغيل"), parent)
        from app.services import programme

        self.edition = choice_box([(e.id, edition_name(e))
                                   for e in programme.list_editions(ctx.db)])
        committees = grants.regional_committees(ctx.db)
        self.region = choice_box([(r.id, named(r)) for r in territory.list_regions(ctx.db)],
                                 committees[0][2] if committees else None)
        self.hires = spin_box(1, 1_000_000, 100)
        self.form.add_field("edition_id", tr("النسخة"), self.edition)
        self.form.add_field("region_id", tr("الجهة"), self.region)
        self.form.add_field("hires", tr("عدد المناصب"), self.hires)

    def submit(self) -> Callable[[], Any]:
        edition, region, hires = self.edition.value(), self.region.value(), self.hires.value()
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: grants.save_allocation(db, actor, edition, region, hires)


class GrantCallDialog(RecordDialog):
    PERMISSION = Permission.CALLS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("طلب عروض منحة دعم التشغيل"), parent)
        from app.services import programme

        self.edition = choice_box([(e.id, edition_name(e))
                                   for e in programme.list_editions(ctx.db)])
        committees = grants.regional_committees(ctx.db)
        self.region = choice_box([(r.id, named(r)) for r in territory.list_regions(ctx.db)],
                                 committees[0][2] if committees else None)
        self.reference = _line(left_to_right=True)
        self.title = _line()
        self.opens_on = date_edit(date.today())
        self.closes_on = date_edit(date.today())
        f = self.form
        f.add_field("edition_id", tr("النسخة"), self.edition)
        f.add_field("region_id", tr("الجهة"), self.region)
        f.add_field("reference", tr("المرجع"), self.reference)
        f.add_field("title_ar", tr("العنوان"), self.title)
        f.add_field("opens_on", tr("تاريخ الفتح"), self.opens_on)
        f.add_field("closes_on", tr("تاريخ الإغلاق"), self.closes_on)

    def submit(self) -> Callable[[], Any]:
        call = grants.GrantCall(self.edition.value(), self.region.value(), self.reference.text(),
                                self.title.text(), date_value(self.opens_on),
                                date_value(self.closes_on))
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: grants.save_call(db, actor, call)
