"""Everything fits the committee laptop: 1366×768 less a taskbar, in Arabic and in French.

The main window with every page built, the live meeting screen and every dialog with all
its errors shown must not need more than 1366×728 (their minimum size after layout, and
the size they open at). Dialogs are found by walking `ui/`: a new dialog that is not in
`DIALOGS` fails `test_every_dialog_is_measured`; add one line saying how to build it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget

import ui
from app import language as core_language
from app.errors import FieldError, ValidationError
from app.paths import translations_dir
from app.services import committees, conventions, meetings, programme, territory
from ui.context import AppContext

SCREEN = QSize(1366, 728)
ERROR = {"ar": "هذا الحقل: القيمة المدخلة لا توافق قاعدة البرنامج، يرجى تصحيحها قبل الحفظ "
               "(الحد الأدنى 3 أشهر والحد الأقصى 12 شهرا).",
         "fr": "Ce champ : la valeur saisie ne respecte pas la règle du programme, corrigez-la "
               "avant d'enregistrer (au moins 3 mois et au plus 12 mois)."}
ABSTRACT = {"FormDialog", "RecordDialog", "AccountDialog"}


@dataclass
class World:
    """The demo database and the records the dialogs open on."""

    ctx: AppContext

    @cached_property
    def edition(self) -> Any:
        return programme.find_edition(self.ctx.db, 2023)

    @cached_property
    def khenifra(self) -> Any:
        return territory.find_province(self.ctx.db, "05.301")

    @cached_property
    def committee_id(self) -> uuid.UUID:
        return committees.list_committees(self.ctx.db, self.edition.id)[0].committee.id

    @cached_property
    def meeting(self) -> Any:
        return meetings.list_meetings(self.ctx.db, self.committee_id)[0]

    @cached_property
    def approved_id(self) -> uuid.UUID:
        """A worksite the committee approved (its people, attendance and papers)."""
        return conventions.proposals_without_convention(self.ctx.db, self.edition.id)[0][0]

    @cached_property
    def convention_id(self) -> uuid.UUID:
        waiting = conventions.proposals_without_convention(self.ctx.db, self.edition.id)
        [made] = conventions.draw_up(self.ctx.db, self.ctx.actor, [waiting[0][0]],
                                     on=date(2023, 6, 20))
        return made


def _grant_agreement(w: World, signed: bool) -> Any:
    from app.services import grant_agreements

    return next(a for a in grant_agreements.list_agreements(w.ctx.db)
                if (a.signed_on is not None) == signed and (a.hired or not signed))


def _grant_amendment_dialog(w: World) -> QDialog:
    from app.services import grant_amendments
    from ui.dialogs.grant_amendment_dialogs import GrantAmendmentDialog

    agreement = _grant_agreement(w, True)
    return GrantAmendmentDialog(w.ctx, agreement, grant_amendments.current_terms(
        w.ctx.db, agreement.id))


def _grant_amendment_sign_dialog(w: World) -> QDialog:
    from app.services import grant_agreements, grant_amendments
    from ui.dialogs.grant_amendment_dialogs import GrantAmendmentSignDialog

    [amended] = [a for a in grant_agreements.list_agreements(w.ctx.db)
                 if grant_amendments.list_amendments(w.ctx.db, a.id)]
    [amendment] = grant_amendments.list_amendments(w.ctx.db, amended.id)
    return GrantAmendmentSignDialog(w.ctx, amendment, "بني ملال")


def _grant_hire(w: World) -> Any:
    from app.services import grant_agreements

    return grant_agreements.list_hires(w.ctx.db, _grant_agreement(w, True).id)[0].hire


def _leave(w: World) -> QDialog:
    from app.services import beneficiaries
    from ui.dialogs.beneficiary_dialog import LeaveDialog

    people = (beneficiaries.worksite_people(w.ctx.db, site.id)
              for site in beneficiaries.list_worksites(w.ctx.db))
    return LeaveDialog(w.ctx, next(p for p in people if p)[0])


def _days_grid(w: World) -> QDialog:
    """The day-by-day attendance of the first worksite with people, on its first month."""
    from app.domain.attendance import months_between
    from app.services import attendance, beneficiaries
    from ui.dialogs.attendance_days_dialog import DaysGridDialog

    site = next(s for s in beneficiaries.list_worksites(w.ctx.db)
                if beneficiaries.worksite_people(w.ctx.db, s.id))
    found = attendance.worksite(w.ctx.db, site.id)
    month = months_between(found.starts_on, found.ends_on)[0]
    return DaysGridDialog(w.ctx, attendance.people(w.ctx.db, site.id, month), month, {})


def _assignment(w: World) -> QDialog:
    from app.services import beneficiaries
    from ui.dialogs.assignment_dialog import AssignmentDialog

    person = beneficiaries.list_beneficiaries(w.ctx.db).rows[0]
    return AssignmentDialog(w.ctx, [person.id], person.full_name_ar)


def _worksite(w: World) -> Any:
    from app.services import followup

    return followup.list_worksites(w.ctx.db, w.edition.id, w.khenifra.id)[0]


def _records(w: World) -> QDialog:
    from app.services import dashboard
    from ui.dialogs.followup_dialogs import RecordsDialog, worksite_rows

    scope = dashboard.scope_for(w.ctx.db, 2023, "05.301")
    lines = dashboard.worksites_behind(w.ctx.db, scope, dashboard.Drill("worksites"))
    return RecordsDialog("عدد الأوراش", *worksite_rows(lines))


def _worksite_file(w: World) -> QDialog:
    from app.services import followup
    from ui.dialogs.followup_dialogs import WorksiteFileDialog

    return WorksiteFileDialog(followup.worksite_file(w.ctx.db, _worksite(w).proposal_id),
                              ctx=w.ctx)


def _payments(w: World) -> QDialog:
    from app.services import followup
    from ui.dialogs.followup_dialogs import PaymentsDialog

    line = followup.list_tranches(w.ctx.db, w.edition.id, convention_id=w.convention_id)[0]
    return PaymentsDialog(w.ctx, line)


def _denominators(w: World) -> QDialog:
    from app.services import equity
    from ui.dialogs.followup_dialogs import DenominatorsDialog

    view = equity.region_equity(w.ctx.db, w.edition.id, w.khenifra.region_id)
    return DenominatorsDialog(w.ctx, w.edition.id, view.rows[0].province)


def _payment(w: World) -> QDialog:
    from app.services import followup
    from ui.dialogs.followup_dialogs import PaymentDialog

    line = followup.list_tranches(w.ctx.db, w.edition.id, convention_id=w.convention_id)[0]
    return PaymentDialog(w.ctx, line)


def _about(w: World) -> QDialog:
    from ui.dialogs.about_dialog import AboutDialog

    return AboutDialog()


def _amendments(w: World) -> QDialog:
    from ui.dialogs.amendment_dialog import AmendmentsDialog

    return AmendmentsDialog(w.ctx, w.convention_id)


def _new_amendment(w: World) -> QDialog:
    from ui.dialogs.amendment_dialog import NewAmendmentDialog

    return NewAmendmentDialog(w.ctx, w.convention_id, "1/2023")


def _sign_amendment(w: World) -> QDialog:
    from app.services.conventions import AmendmentSummary
    from ui.dialogs.amendment_dialog import AmendmentSignDialog

    summary = AmendmentSummary(uuid.uuid4(), w.convention_id, 1, "تمديد مدة الورش", None, False)
    return AmendmentSignDialog(w.ctx, summary, "خنيفرة")


def _agenda_picker(w: World) -> QDialog:
    from ui.dialogs.meeting_dialog import AgendaPickerDialog

    return AgendaPickerDialog(meetings.candidate_proposals(w.ctx.db, w.meeting.meeting.id))


def _unlock(w: World) -> QDialog:
    from ui.idle_lock import UnlockDialog

    return UnlockDialog(w.ctx)


def _damaged(w: World) -> QDialog:
    """The offer at start, on the demo file's name, with a week of good backups."""
    from datetime import datetime, timedelta
    from pathlib import Path

    from app.services.backup import GoodBackup
    from ui.dialogs.damaged_dialog import DamagedDialog

    path = Path(w.ctx.db.url.removeprefix("sqlite:///"))
    now = datetime(2026, 12, 2, 8, 30)
    made = [now - timedelta(days=day) for day in range(5)]
    backups = [GoodBackup(path.parent / "backups" / f"awrach.start-{at:%Y%m%d-%H%M%S}-000000"
                          ".sqlite", at, 48_200_000 - at.day * 1000) for at in made]
    return DamagedDialog(path, "database disk image is malformed", backups)


def _of(module: str, name: str, *args: Callable[[World], Any]) -> Callable[[World], QDialog]:
    def build(w: World) -> QDialog:
        cls = getattr(importlib.import_module(module), name)
        return cls(w.ctx, *(arg(w) for arg in args))

    return build


def _db(module: str, name: str) -> Callable[[World], QDialog]:
    return lambda w: getattr(importlib.import_module(module), name)(w.ctx.db)


# How to build each dialog found under ui/ (class name -> builder on the demo database).
DIALOGS: dict[str, Callable[[World], QDialog]] = {
    "AboutDialog": _about,
    "AgendaPickerDialog": _agenda_picker,
    "AmendmentSignDialog": _sign_amendment,
    "AmendmentsDialog": _amendments,
    # The employment grant's dialogs, on the demo's Béni Mellal-Khénifra records.
    "AllocationDialog": _of("ui.dialogs.grant_dialogs", "AllocationDialog"),
    "ApplicationDialog": _of("ui.dialogs.grant_dialogs", "ApplicationDialog"),
    "DecisionsDialog": _of("ui.dialogs.grant_dialogs", "DecisionsDialog"),
    "EmployerDialog": _of("ui.dialogs.grant_dialogs", "EmployerDialog"),
    "EndHireDialog": _of("ui.dialogs.grant_dialogs", "EndHireDialog", _grant_hire),
    "GrantCallDialog": _of("ui.dialogs.grant_dialogs", "GrantCallDialog"),
    "HireDialog": _of("ui.dialogs.grant_dialogs", "HireDialog",
                      lambda w: _grant_agreement(w, True).id),
    "SignAgreementDialog": _of("ui.dialogs.grant_dialogs", "SignAgreementDialog",
                               lambda w: _grant_agreement(w, False)),
    "GrantAmendmentsDialog": _of("ui.dialogs.grant_amendment_dialogs", "GrantAmendmentsDialog",
                                 lambda w: _grant_agreement(w, True)),
    "GrantAmendmentDialog": lambda w: _grant_amendment_dialog(w),
    "GrantAmendmentSignDialog": lambda w: _grant_amendment_sign_dialog(w),
    # Dialogs of branches merged meanwhile (attendance, CNSS, certificates): built when
    # their module is there.
    "AttendanceDialog": _of("ui.dialogs.attendance_dialog", "AttendanceDialog",
                            lambda w: w.approved_id),
    "CertificatesDialog": _of("ui.dialogs.certificates_dialog", "CertificatesDialog",
                              lambda w: w.approved_id),
    "CnssDialog": _of("ui.dialogs.cnss_dialog", "CnssDialog"),
    "AssignmentDialog": _assignment,
    "DaysGridDialog": _days_grid,
    "BeneficiaryDialog": _of("ui.dialogs.beneficiary_dialog", "BeneficiaryDialog"),
    "DuplicatesDialog": _of("ui.dialogs.duplicates_dialog", "DuplicatesDialog"),
    "ImportDialog": _of("ui.dialogs.beneficiary_import_dialog", "ImportDialog"),
    "LeaveDialog": _leave,
    "AuditDialog": _of("ui.dialogs.audit_dialog", "AuditDialog"),
    "BatchPrintDialog": _of("ui.dialogs.batch_print_dialog", "BatchPrintDialog",
                            lambda w: 3, lambda w: 12),
    "CallDialog": _of("ui.dialogs.call_dialog", "CallDialog"),
    "ChangePasswordDialog": _of("ui.widgets.users_panel", "ChangePasswordDialog"),
    "CommitteeDialog": _of("ui.dialogs.committee_dialog", "CommitteeDialog"),
    "CommuneDialog": _of("ui.dialogs.commune_dialog", "CommuneDialog"),
    "ConflictsDialog": _of("ui.dialogs.conflicts_dialog", "ConflictsDialog"),
    "ConventionDialog": _of("ui.dialogs.convention_dialog", "ConventionDialog",
                            lambda w: w.convention_id),
    "ConventionSettingsDialog": _of("ui.dialogs.convention_settings_dialog",
                                    "ConventionSettingsDialog", lambda w: w.khenifra.id),
    "DamagedDialog": _damaged,
    "DenominatorsDialog": _denominators,
    "DomainDialog": _of("ui.dialogs.domain_dialog", "DomainDialog"),
    "DrawUpDialog": _of("ui.dialogs.draw_up_dialog", "DrawUpDialog", lambda w: w.edition.id),
    "EditionDialog": _of("ui.dialogs.edition_dialog", "EditionDialog"),
    "FirstRunDialog": _db("ui.dialogs.sign_in_dialog", "FirstRunDialog"),
    "MeetingDialog": _of("ui.dialogs.meeting_dialog", "MeetingDialog",
                         lambda w: w.committee_id),
    "MemberDialog": _of("ui.dialogs.member_dialog", "MemberDialog", lambda w: w.committee_id),
    "NewAmendmentDialog": _new_amendment,
    "PaymentDialog": _payment,
    "PaymentsDialog": _payments,
    "RecordsDialog": _records,
    "StatusDialog": _of("ui.dialogs.followup_dialogs", "StatusDialog", _worksite),
    "VisitDialog": _of("ui.dialogs.followup_dialogs", "VisitDialog", _worksite),
    "WorksiteFileDialog": _worksite_file,
    "PackageDialog": _of("ui.dialogs.package_dialog", "PackageDialog"),
    "PartnerDialog": _of("ui.dialogs.partner_dialog", "PartnerDialog"),
    "ProposalDialog": _of("ui.dialogs.proposal_dialog", "ProposalDialog"),
    "QuotaDialog": _of("ui.dialogs.quota_dialog", "QuotaDialog"),
    "ResetPasswordDialog": _of("ui.widgets.users_panel", "ResetPasswordDialog",
                               lambda w: "admin"),
    "ScoringGridDialog": _of("ui.dialogs.scoring_grid_dialog", "ScoringGridDialog",
                             lambda w: w.edition.id),
    "SignDialog": _of("ui.dialogs.sign_dialog", "SignDialog", lambda w: w.convention_id),
    "SignInDialog": _db("ui.dialogs.sign_in_dialog", "SignInDialog"),
    "UnlockDialog": _unlock,
    "UserDialog": _of("ui.widgets.users_panel", "UserDialog"),
    "VerifyDialog": _of("ui.dialogs.verify_dialog", "VerifyDialog"),
}


def dialog_classes() -> dict[str, type]:
    """Every dialog class defined under ui/ (the bases of the forms left out)."""
    found: dict[str, type] = {}
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        loaded = importlib.import_module(module.name)
        for name, cls in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == loaded.__name__ \
                    and name not in ABSTRACT:
                found[name] = cls
    return found


@pytest.fixture(params=["ar", "fr"])
def lang(request, ui_app) -> Iterator[str]:
    """The interface language installed as `ui.main.prepare_application` installs it."""
    app = QApplication.instance()
    translator = QTranslator()
    if request.param == "fr":
        core_language.set_language("fr")  # the core's messages and labels, as the app does
        assert translator.load(str(translations_dir() / "awrach_fr.qm"))
        QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Morocco))
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    yield request.param
    QCoreApplication.removeTranslator(translator)
    core_language.set_language("ar")
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


@pytest.fixture
def world(lang, demo_opened, monkeypatch) -> World:
    from ui.widgets import fit

    # The offscreen screen is 800×800: stand in the laptop's, which windows fit themselves to.
    monkeypatch.setattr(fit, "room", lambda widget=None: SCREEN - fit.FRAME)
    return World(AppContext(demo_opened.db, demo_opened.actor))


def needed(widget: QWidget) -> QSize:
    """The least room the widget's layout accepts, once laid out as shown."""
    layout = widget.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    QApplication.processEvents()
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def widest(widget: QWidget, depth: int = 6) -> str:
    """Where the width comes from: the widest visible child, and its widest, and so on."""
    parts = []
    for _ in range(depth):
        children = [c for c in widget.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if c.isVisible()]
        if not children:
            break
        widget = max(children, key=lambda c: c.minimumSizeHint().width())
        parts.append(f"{type(widget).__name__}({widget.objectName()}) "
                     f"{widget.minimumSizeHint().width()}")
    return " > ".join(parts)


def too_big(size: QSize) -> bool:
    return size.width() > SCREEN.width() or size.height() > SCREEN.height()


def show_every_error(dialog: QDialog, lang: str) -> int:
    """Fill every error line of every form in the dialog, and its general line."""
    from ui.widgets.forms import FieldForm

    forms = dialog.findChildren(FieldForm)
    for form in forms:
        form.show_errors(ValidationError(
            [FieldError(name, ERROR[lang]) for name in form._errors]
            + [FieldError(None, ERROR[lang])]))
    return len(forms)


def test_every_dialog_is_measured():
    assert sorted(set(dialog_classes()) - set(DIALOGS)) == [], \
        "add a line to DIALOGS saying how to build it"


def test_the_main_window_with_every_page_fits(qtbot, world):
    from ui.main_window import MainWindow

    window = MainWindow(world.ctx)
    qtbot.addWidget(window)
    window.show()
    for row in range(len(window.sections)):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
    assert len(window.built_pages()) == len(window.sections)
    size = needed(window)
    assert not too_big(size), \
        f"the main window needs {size.width()}×{size.height()}: {widest(window)}"


def test_the_dashboard_figures_fit_the_width_of_the_screen(qtbot, world):
    """The dashboard scrolls down, never sideways: its figures wrap their labels (the
    French ones made four in a row wider than the window, the title out of view)."""
    from PySide6.QtWidgets import QScrollArea

    from tests.gui.ops import settle
    from ui.main_window import MainWindow
    from ui.pages.followup_page import FollowUpPage

    window = MainWindow(world.ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    window.nav.setCurrentRow(len(window.sections) - 2)  # the follow-up, before the settings
    page = window.page_of(FollowUpPage)
    settle()
    QApplication.processEvents()
    assert page.figure_buttons
    title = page.dashboard_note.text()
    assert ("Awrach 2023" if world_lang(world) == "fr" else "أوراش 2023") in title, title
    button = next(iter(page.figure_buttons.values()))
    scroll = next(a for a in page.findChildren(QScrollArea) if a.widget().isAncestorOf(button))
    assert scroll.horizontalScrollBar().maximum() == 0, \
        f"{scroll.widget().minimumSizeHint().width()} > {scroll.viewport().width()}"

    def whole(shown: QWidget) -> bool:
        lines = shown.text().split("\n")
        return (all(shown.fontMetrics().horizontalAdvance(line) <= shown.width()
                    for line in lines[1:])
                and shown.height() >= shown.fontMetrics().lineSpacing() * len(lines))

    # Each button wraps its label once it has its width; the grid then gives its row
    # the height of the lines (layout requests are handled as events).
    qtbot.waitUntil(lambda: all(whole(b) for b in page.figure_buttons.values()), timeout=5000)


def test_the_meeting_screen_fits(qtbot, world):
    from ui.pages.committee_page import CommitteePage

    page = CommitteePage(world.ctx)
    qtbot.addWidget(page)
    page.committees.table.selectRow(0)
    screen = page.open_meeting(world.meeting, show=False)
    assert screen is not None
    qtbot.addWidget(screen)
    screen.show()
    size = needed(screen)
    assert not too_big(size), \
        f"the meeting screen needs {size.width()}×{size.height()}: {widest(screen)}"
    assert not too_big(screen.size()), "it opens within the screen"


@pytest.mark.parametrize("name", sorted(set(DIALOGS) & set(dialog_classes())))
def test_every_dialog_with_its_errors_fits(qtbot, world, name):
    dialog = DIALOGS[name](world)
    qtbot.addWidget(dialog)
    dialog.show()
    show_every_error(dialog, world_lang(world))
    size = needed(dialog)
    assert not too_big(size), f"{name} needs {size.width()}×{size.height()}: {widest(dialog)}"
    assert not too_big(dialog.size()), f"{name} opens at {dialog.width()}×{dialog.height()}"


def world_lang(world: World) -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "ar"
