"""The second component (دعم الإدماج المستدام): the regional committee's employment grant.

Four tabs: applications (paged in SQL, searched, exported), employers, agreements with
their hires and monthly grant, and the region's totals per employer, sector and province.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.grants import ApplicationStatus, Sector
from app.domain.roles import Permission
from app.domain.text import FSI, PDI
from app.errors import DomainError
from app.services import grant_agreements, grants
from app.services.changes import Changes, Kind
from ui import errors
from ui.context import AppContext
from ui.dialogs.grant_amendment_dialogs import GrantAmendmentsDialog
from ui.dialogs.grant_dialogs import (
    AllocationDialog,
    ApplicationDialog,
    DecisionsDialog,
    EmployerDialog,
    EndHireDialog,
    GrantCallDialog,
    HireDialog,
    SignAgreementDialog,
)
from ui.i18n import amount_text, figure, label, posts_text, tr
from ui.models.paged_table import PagedColumn
from ui.models.record_table import RECORD_ROLE, Column
from ui.tasks import run_op, run_query
from ui.widgets.inputs import ChoiceBox, choice_box
from ui.widgets.list_panel import ListPanel, PagedListPanel
from ui.widgets.permissions import offer
from ui.widgets.shortcuts import give_shortcut


def money(amount: Any) -> str:
    return amount_text(amount)


class GrantsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self._build_applications()
        self._build_employers()
        self._build_agreements()
        self._build_totals()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.allocation = QLabel()
        self.allocation.setWordWrap(True)
        self.allocation_button = QPushButton(tr("حصة الجهة..."))
        self.call_button = QPushButton(tr("طلب عروض جديد..."))
        self.allocation_button.clicked.connect(lambda: self.allocation_dialog().exec())
        self.call_button.clicked.connect(lambda: self.call_dialog().exec())
        offer(ctx, Permission.QUOTAS, self.allocation_button)
        offer(ctx, Permission.CALLS, self.call_button)
        for button, keys in ((self.allocation_button, "Ctrl+Shift+Q"),
                             (self.call_button, "Ctrl+Shift+N"),
                             (self.meeting_button, "Ctrl+Shift+J"),
                             (self.decide_button, "Ctrl+Shift+M"),
                             (self.minutes_button, "Ctrl+Shift+R")):
            give_shortcut(button, keys, self)
        # The allocation's sentence on a line of its own: beside five buttons it was
        # broken over four lines, the region's name cut in two in French.
        layout.addWidget(self.allocation)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.allocation_button)
        top.addWidget(self.call_button)
        top.addWidget(self.meeting_button)
        top.addWidget(self.decide_button)
        top.addWidget(self.minutes_button)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self._show_allocation()
        ctx.changed.connect(self._on_changed)

    # Applications ---------------------------------------------------------------------------

    def _build_applications(self) -> None:
        ctx = self.ctx
        self.applications = PagedListPanel([
            PagedColumn(tr("المرجع"), lambda a: a.reference, "reference", latin=True),
            PagedColumn(tr("المشغل"), lambda a: a.employer_name_ar, "employer"),
            PagedColumn(tr("القطاع"), lambda a: label(a.sector), "sector"),
            PagedColumn(tr("الإقليم"), lambda a: a.province_name_ar, "province"),
            PagedColumn(tr("المناصب"), lambda a: figure(a.hires), "hires", numeric=True),
            PagedColumn(tr("تاريخ الإيداع"), lambda a: f"{a.received_on:%d/%m/%Y}",
                        "received_on"),
            PagedColumn(tr("الحالة"), lambda a: label(a.status), "status"),
        ], lambda q: grants.list_applications(ctx.db, q), tr("طلب جديد"),
            self.add_application, self.edit_application, self)
        self.status_filter = ChoiceBox([(None, tr("كل الحالات"))]
                                       + [(s.value, label(s)) for s in ApplicationStatus])
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.applications.filters.addWidget(self.status_filter)
        self.meeting_button = QPushButton(tr("اجتماع اللجنة الجهوية..."))
        self.meeting_button.setToolTip(tr("شاشة الاجتماع المباشر: الحضور والنصاب والتصويت "
                                          "والقرارات في طلبات المنحة"))
        self.meeting_button.clicked.connect(self.open_regional_meeting)
        offer(ctx, Permission.MEETINGS, self.meeting_button)
        self.screens: dict[Any, Any] = {}
        self.decide_button = QPushButton(tr("تسجيل قرارات اجتماع سابق..."))
        self.decide_button.setToolTip(tr("لاجتماع عقد على الورق قبل اعتماد البرنامج: تسجل "
                                         "قراراته دون حضور ولا تصويت. الاجتماعات الجديدة "
                                         "تعقد في شاشة الاجتماع المباشر."))
        self.decide_button.clicked.connect(lambda: self.decisions_dialog().exec())
        self.minutes_button = QPushButton(tr("محضر آخر اجتماع جهوي..."))
        self.minutes_button.clicked.connect(self.print_minutes)
        offer(ctx, Permission.PRINT, self.minutes_button)
        self.applications.enable_paged_export("grant-applications", lambda q, path, _p: (
            grants.export_applications(ctx.db, q, path)))
        self.applications.reload()
        offer(ctx, Permission.PROPOSALS, self.applications.add_button)
        offer(ctx, Permission.MEETINGS, self.decide_button)
        self.tabs.addTab(self.applications, tr("الطلبات"))

    def _status_changed(self) -> None:
        self.applications.set_filter("status", self.status_filter.value())
        self.applications.reload()

    def application_dialog(self, application: Any = None) -> ApplicationDialog:
        return ApplicationDialog(self.ctx, application, parent=self)

    def allocation_dialog(self) -> AllocationDialog:
        return AllocationDialog(self.ctx, parent=self)

    def call_dialog(self) -> GrantCallDialog:
        return GrantCallDialog(self.ctx, parent=self)

    def print_minutes(self) -> None:
        found = grants.grant_meetings(self.ctx.db)
        if not found:
            errors.messages.info(self, tr("محضر الاجتماع"),
                                 tr("لم تبت اللجنة الجهوية بعد في أي طلب."))
            return
        meeting_id, held_on, _ = found[0]
        name, _ = QFileDialog.getSaveFileName(
            self, tr("محضر الاجتماع"), str(Path.home() / f"minutes-{held_on}.pdf"),
            tr("ملف PDF (*.pdf)"))
        if name:
            self.minutes_to(meeting_id, Path(name))

    def minutes_to(self, meeting_id: Any, path: Path) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self._run(lambda: path.write_bytes(grants.minutes_pdf(db, actor, meeting_id)))

    def open_regional_meeting(self) -> Any:
        """The regional committee's open meeting on the live meeting screen; with none
        open, a new meeting is planned first (the wali proposed as chair)."""
        from app.services import meetings
        from ui.dialogs.meeting_dialog import MeetingDialog

        found = grants.regional_committees(self.ctx.db)
        if not found:
            return None
        committee_id = found[0][0]
        open_ = [m for m in meetings.list_meetings(self.ctx.db, committee_id)
                 if not m.is_closed and m.meeting.id is not None]
        if open_:
            return self.show_meeting(open_[0].meeting.id)
        dialog = MeetingDialog(self.ctx, committee_id, parent=self)
        dialog.accepted.connect(lambda: dialog.saved is not None and self.show_meeting(
            dialog.saved.meeting.id))
        dialog.exec()
        return dialog

    def show_meeting(self, meeting_id: Any, show: bool = True) -> Any:
        from PySide6.QtCore import QSize

        from ui.pages.meeting_screen import MeetingScreen
        from ui.widgets import fit

        screen = self.screens.get(meeting_id)
        if screen is None:
            screen = MeetingScreen(self.ctx, meeting_id, self)
            screen.setWindowFlag(Qt.WindowType.Window)
            screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            screen.resize(QSize(1280, 800).boundedTo(fit.room(self)))
            screen.closed.connect(lambda m: self.screens.pop(m, None))
            self.screens[meeting_id] = screen
        if show:
            screen.showMaximized()
            screen.raise_()
            screen.activateWindow()
        return screen

    def decisions_dialog(self) -> DecisionsDialog:
        return DecisionsDialog(self.ctx, parent=self)

    def add_application(self) -> None:
        self.application_dialog().exec()

    def edit_application(self, line: Any) -> None:
        try:
            application = grants.get_application(self.ctx.db, line.id)
        except DomainError as exc:
            errors.show_error(self, exc)
            return
        self.application_dialog(application).exec()

    # Employers ------------------------------------------------------------------------------

    def _build_employers(self) -> None:
        ctx = self.ctx
        self.employers = PagedListPanel([
            PagedColumn(tr("الاسم"), lambda e: e.name_ar, "name_ar"),
            PagedColumn(tr("النوع"), lambda e: label(e.kind), "kind"),
            PagedColumn(tr("رقم الانخراط CNSS"), lambda e: e.cnss_affiliate, "cnss_affiliate",
                        latin=True),
            PagedColumn(tr("القطاع"), lambda e: label(e.sector), "sector"),
            PagedColumn(tr("الإقليم"), lambda e: e.province_name_ar, "province"),
            PagedColumn(tr("الممثل القانوني"), lambda e: e.legal_representative),
        ], lambda q: grants.list_employers(ctx.db, q), tr("إضافة مشغل"),
            lambda: self.employer_dialog().exec(),
            lambda e: self.employer_dialog(grants.get_employer(ctx.db, e.id)).exec(), self)
        self.sector_filter = ChoiceBox([(None, tr("كل القطاعات"))]
                                       + [(s.value, label(s)) for s in Sector])
        self.sector_filter.currentIndexChanged.connect(self._sector_changed)
        self.employers.filters.addWidget(self.sector_filter)
        self.employers.enable_paged_export("grant-employers", lambda q, path, _p: (
            grants.export_employers(ctx.db, q, path)))
        self.employers.reload()
        offer(ctx, Permission.PARTNERS, self.employers.add_button)
        self.tabs.addTab(self.employers, tr("المشغلون"))

    def _sector_changed(self) -> None:
        self.employers.set_filter("sector", self.sector_filter.value())
        self.employers.reload()

    def employer_dialog(self, employer: Any = None) -> EmployerDialog:
        committees = grants.regional_committees(self.ctx.db)
        region = committees[0][2] if committees else None
        return EmployerDialog(self.ctx, employer, parent=self, region_id=region)

    # Agreements and hires -------------------------------------------------------------------

    def _build_agreements(self) -> None:
        self.agreements = ListPanel([
            Column(tr("الرقم"), lambda a: a.number),
            Column(tr("المشغل"), lambda a: a.employer_name_ar),
            Column(tr("الأجراء"), lambda a: f"{a.hired}/{a.hires}", numeric=True),
            Column(tr("مجموع المنحة (درهم)"), lambda a: money(a.total_amount), numeric=True),
            Column(tr("الحالة"), lambda a: tr("موقعة") if a.locked else tr("غير موقعة")),
            Column(tr("تنبيه"), lambda a: tr("تأخر التشغيل") if a.late_hiring else ""),
        ], tr("إعداد اتفاقية"), self.draw_up, lambda _a: None, self)
        self.pending = choice_box([])
        # An empty box beside the search read as a broken filter: it says what it holds.
        self.pending.setPlaceholderText(tr("لا طلب مقبول ينتظر اتفاقية"))
        self.pending.setToolTip(tr("الطلب المقبول الذي تعد له «إعداد اتفاقية» اتفاقيته"))
        self.agreements.filters.addWidget(self.pending)
        self.sign_button = QPushButton(tr("توقيع..."))
        self.print_button = QPushButton(tr("طبع PDF..."))
        self.sign_button.clicked.connect(self.sign_current)
        self.print_button.clicked.connect(self.print_current)
        self.agreements.bar.addWidget(self.sign_button)
        self.agreements.bar.addWidget(self.print_button)
        self.amendments_button = QPushButton(tr("الملاحق..."))
        self.amendments_button.clicked.connect(self.amendments_current)
        self.agreements.bar.addWidget(self.amendments_button)
        self.agreements.edit_button.hide()
        give_shortcut(self.sign_button, "Ctrl+G", self.agreements)
        give_shortcut(self.print_button, "Ctrl+P", self.agreements)
        give_shortcut(self.amendments_button, "Ctrl+Shift+L", self.agreements)
        self.hires = ListPanel([
            Column(tr("الأجير"), lambda h: h.hire.full_name),
            Column(tr("البطاقة الوطنية"), lambda h: h.hire.cin),
            Column(tr("بداية العمل"), lambda h: f"{h.hire.starts_on:%d/%m/%Y}"),
            Column(tr("الوضعية"), lambda h: (
                tr("غادر في {day}").format(day=f"{h.hire.ended_on:%d/%m/%Y}")
                if h.hire.ended_on else tr("في العمل"))),
            Column(tr("أشهر المنحة"), lambda h: f"{h.settlement.paid}/{h.settlement.scheduled}",
                   numeric=True),
            Column(tr("الباقي (درهم)"), lambda h: money(h.settlement.due), numeric=True),
            Column(tr("للاسترجاع (درهم)"), lambda h: money(h.settlement.to_recover),
                   numeric=True),
            Column(tr("أشهر ملغاة"), lambda h: h.settlement.cancelled_months, numeric=True),
            Column(tr("أشهر غير مؤداة"), lambda h: h.settlement.late_months, numeric=True),
        ], tr("تسجيل أجير"), self.add_hire, lambda _h: None, self)
        self.hires.edit_button.hide()
        self.end_button = QPushButton(tr("انتهاء الشغل..."))
        self.replace_button = QPushButton(tr("تعويض..."))
        self.pay_button = QPushButton(tr("أداء الشهر الموالي"))
        for button, slot in ((self.end_button, self.end_current),
                             (self.replace_button, self.replace_current),
                             (self.pay_button, self.pay_current)):
            button.clicked.connect(slot)
            self.hires.bar.addWidget(button)
        for button, keys in ((self.end_button, "Ctrl+Shift+E"),
                             (self.replace_button, "Ctrl+Shift+T"),
                             (self.pay_button, "Ctrl+Shift+Y")):
            give_shortcut(button, keys, self.hires)
        offer(self.ctx, Permission.CONVENTIONS, self.agreements.add_button, self.sign_button)
        offer(self.ctx, Permission.PRINT, self.print_button)
        offer(self.ctx, Permission.FOLLOW_UP, self.hires.add_button, self.end_button,
              self.replace_button, self.pay_button)
        self.agreements.table.selectionModel().selectionChanged.connect(
            lambda *_: self.load_hires())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.agreements)
        splitter.addWidget(self.hires)
        self.tabs.addTab(splitter, tr("الاتفاقيات والأجراء"))
        self.load_agreements()

    def load_agreements(self) -> None:
        db = self.ctx.db
        run_query(self, lambda: (grant_agreements.list_agreements(db),
                                 grant_agreements.applications_without_agreement(db)),
                  self._agreements_loaded, quiet=True)

    def _agreements_loaded(self, loaded: tuple[list[Any], list[Any]]) -> None:
        agreements, waiting = loaded
        self.agreements.set_records(agreements)
        self.pending.set_items([(a_id, f"{reference} — {name}")
                                for a_id, reference, name in waiting])
        self.pending.setEnabled(bool(waiting))
        self.load_hires()

    def current_agreement(self) -> Any:
        rows = self.agreements.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else self.agreements.current_record()

    def load_hires(self) -> None:
        agreement = self.current_agreement()
        if agreement is None:
            self.hires.set_records([])
            return
        db = self.ctx.db
        run_query(self, lambda: grant_agreements.list_hires(db, agreement.id),
                  self.hires.set_records, quiet=True)

    def _run(self, work: Any) -> None:
        run_op(self, work, lambda _r: None, lambda exc: errors.show_error(self, exc))

    def draw_up(self) -> None:
        application_id = self.pending.value()
        if application_id is None:
            errors.messages.info(self, tr("إعداد اتفاقية"),
                                 tr("لا يوجد طلب مقبول بدون اتفاقية."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._run(lambda: grant_agreements.draw_up(db, actor, application_id))

    def sign_current(self) -> None:
        agreement = self.current_agreement()
        if agreement is not None:
            SignAgreementDialog(self.ctx, agreement, self).exec()

    def amendments_dialog(self, agreement: Any) -> GrantAmendmentsDialog:
        return GrantAmendmentsDialog(self.ctx, agreement, self)

    def amendments_current(self) -> None:
        """An agreement's amendments: only a signed agreement takes one, as the rules say."""
        agreement = self.current_agreement()
        if agreement is not None:
            self.amendments_dialog(agreement).exec()
            self.load_agreements()

    def print_current(self) -> None:
        agreement = self.current_agreement()
        if agreement is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, tr("طبع PDF"), str(Path.home() / f"{agreement.number.replace('/', '-')}.pdf"),
            tr("ملف PDF (*.pdf)"))
        if name:
            self.print_to(Path(name))

    def print_to(self, path: Path) -> None:
        agreement = self.current_agreement()
        db, actor = self.ctx.db, self.ctx.actor
        self._run(lambda: path.write_bytes(grant_agreements.agreement_pdf(
            db, actor, agreement.id)))

    def add_hire(self) -> None:
        agreement = self.current_agreement()
        if agreement is not None:
            HireDialog(self.ctx, agreement.id, parent=self).exec()

    def end_current(self) -> None:
        status = self.hires.current_record()
        if status is not None:
            EndHireDialog(self.ctx, status.hire, self).exec()

    def replace_current(self) -> None:
        status, agreement = self.hires.current_record(), self.current_agreement()
        if status is not None and agreement is not None:
            HireDialog(self.ctx, agreement.id, status.hire, self).exec()

    def pay_current(self) -> None:
        status = self.hires.current_record()
        if status is None:
            return
        unpaid = [m for m in range(1, status.settlement.scheduled + 1)
                  if m not in status.hire.paid_months]
        if not unpaid:
            return
        db, actor, hire_id = self.ctx.db, self.ctx.actor, status.hire.id
        from datetime import date
        self._run(lambda: grant_agreements.record_payment(db, actor, hire_id, unpaid[0],
                                                          date.today()))

    # Totals ---------------------------------------------------------------------------------

    def _build_totals(self) -> None:
        holder = QTabWidget()
        holder.setTabPosition(QTabWidget.TabPosition.South)
        self.totals: dict[str, ListPanel] = {}
        for key, title in (("employer", tr("حسب المشغل")), ("sector", tr("حسب القطاع")),
                           ("province", tr("حسب الإقليم"))):
            panel = ListPanel([
                Column(title, lambda t: t.label),
                Column(tr("الأجراء"), lambda t: figure(t.hires), numeric=True),
                Column(tr("المنحة الملتزم بها"), lambda t: money(t.committed), numeric=True),
                Column(tr("المؤدى"), lambda t: money(t.paid), numeric=True),
                Column(tr("الباقي"), lambda t: money(t.due), numeric=True),
                Column(tr("للاسترجاع"), lambda t: money(t.to_recover), numeric=True),
                Column(tr("أشهر غير مؤداة"), lambda t: t.late_months, numeric=True),
            ], "", lambda: None, lambda _t: None, holder)
            panel.add_button.hide()
            panel.edit_button.hide()
            panel.enable_export(f"grant-totals-{key}")
            self.totals[key] = panel
            holder.addTab(panel, title)
        self.tabs.addTab(holder, tr("المجاميع"))
        self.load_totals()

    def load_totals(self) -> None:
        db = self.ctx.db
        run_query(self, lambda: grant_agreements.totals(db), self._totals_loaded, quiet=True)

    def _totals_loaded(self, found: grant_agreements.Totals) -> None:
        self.totals["employer"].set_records([*found.by_employer, found.region])
        self.totals["sector"].set_records(found.by_sector)
        self.totals["province"].set_records(found.by_province)

    # Refresh --------------------------------------------------------------------------------

    def _show_allocation(self) -> None:
        # The Arabic region name isolated, or a French sentence would draw the figure after
        # it to its side ("région 600 : بني ملال-خنيفرة postes").
        parts = [tr("حصة جهة {region}: {hires}، قبل منها {approved}، المتبقي {left}.")
                 .format(region=f"{FSI}{a.region_name_ar}{PDI}", hires=posts_text(a.hires),
                         approved=figure(a.approved), left=figure(a.left))
                 for a in grants.list_allocations(self.ctx.db)]
        self.allocation.setText(" ".join(parts) or tr("لا توجد حصة جهوية مسجلة."))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.GRANT, Kind.EMPLOYER, Kind.MEETING):
            self.applications.reload()
            self.employers.reload()
            self.load_agreements()
            self.load_totals()
            self._show_allocation()
