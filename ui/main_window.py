"""The main window: assembles the sections, the menus and the status bar, nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.domain.roles import Permission
from app.domain.text import FSI, LRM, PDI
from app.services import committees
from app.services.changes import Changes, Kind
from app.settings import WINDOW_GEOMETRY
from ui.context import AppContext
from ui.errors import messages
from ui.i18n import label, tr
from ui.idle_lock import IdleLock
from ui.language import LanguageMenu, retire, retranslate_tree
from ui.tasks import run_task
from ui.widgets.permissions import offer

if TYPE_CHECKING:
    from app.services.backup import RestoreResult
    from ui.pages.committee_page import CommitteePage
    from ui.pages.conventions_page import ConventionsPage
    from ui.pages.partners_page import PartnersPage
    from ui.pages.programme_page import ProgrammePage
    from ui.pages.proposals_page import ProposalsPage
    from ui.pages.settings_page import SettingsPage

PageT = TypeVar("PageT", bound=QWidget)
PageFactory = Callable[[AppContext], QWidget]
GRANTS_PAGE = "ui.pages.grants_page.GrantsPage"
GRANTS_AFTER = "ui.pages.conventions_page.ConventionsPage"  # the grant section follows it


class LazyPage:
    """A page class named by its dotted path, imported when the section is first shown
    (the pages bring the PDF, Excel and meeting modules with them)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self, ctx: AppContext) -> QWidget:
        module, name = self.path.rsplit(".", 1)
        page: QWidget = getattr(importlib.import_module(module), name)(ctx)
        return page

    def makes(self, kind: type) -> bool:
        return self.path == f"{kind.__module__}.{kind.__qualname__}"


class MainWindow(QMainWindow):
    """Each section is a title and a factory: a page is built the first time it is shown
    (building all eight up front cost over a second at every start)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("مكتب أوراش"))
        self.resize(1200, 700)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.sections: list[tuple[str, PageFactory]] = [
            (tr("البرنامج والحصص"), LazyPage("ui.pages.programme_page.ProgrammePage")),
            (tr("الشركاء"), LazyPage("ui.pages.partners_page.PartnersPage")),
            (tr("المشاريع المقترحة"), LazyPage("ui.pages.proposals_page.ProposalsPage")),
            (tr("اللجنة والاجتماعات"), LazyPage("ui.pages.committee_page.CommitteePage")),
            (tr("الاتفاقيات"), LazyPage("ui.pages.conventions_page.ConventionsPage")),
            *([(tr("منحة دعم التشغيل"), LazyPage(GRANTS_PAGE))]
              if committees.has_regional_committee(ctx.db) else []),
            (tr("المستفيدون"), LazyPage("ui.pages.beneficiaries_page.BeneficiariesPage")),
            (tr("التتبع"), LazyPage("ui.pages.followup_page.FollowUpPage")),
            (tr("الإعدادات"), LazyPage("ui.pages.settings_page.SettingsPage")),
        ]
        self._built: dict[int, QWidget] = {}
        self._section_actions: list[QAction] = []
        self.pages_ctx = ctx.relay()
        for title, _factory in self.sections:
            self.nav.addItem(title)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        self._number_sections()
        self.nav.currentRowChanged.connect(self.show_section)
        ctx.changed.connect(self._committees_changed)
        self.nav.setCurrentRow(0)

        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.database_label = QLabel()
        self.database_label.setObjectName("database")
        self.statusBar().addWidget(self.database_label, 1)
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self._label_status()
        self.idle_lock = IdleLock(ctx, self)
        self._restore_geometry()

    def _number_sections(self) -> None:
        """Ctrl+1, Ctrl+2 ... in the order the sections are listed (again when one is added)."""
        for action in self._section_actions:
            self.removeAction(action)
            action.deleteLater()
        self._section_actions = []
        for number, (title, _factory) in enumerate(self.sections, start=1):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.nav.setCurrentRow(row))
            self.addAction(action)
            self._section_actions.append(action)

    def _has_section(self, path: str) -> bool:
        return any(isinstance(f, LazyPage) and f.path == path for _t, f in self.sections)

    def _committees_changed(self, changes: Changes) -> None:
        """The first regional committee saved brings the grant section at once, without a
        restart (a province-only installation never sees it)."""
        if (changes.touches(Kind.COMMITTEE) and not self._has_section(GRANTS_PAGE)
                and committees.has_regional_committee(self.ctx.db)):
            self._add_section(tr("منحة دعم التشغيل"), LazyPage(GRANTS_PAGE), GRANTS_AFTER)

    def _add_section(self, title: str, factory: LazyPage, after: str) -> None:
        row = 1 + next(i for i, (_t, f) in enumerate(self.sections)
                       if isinstance(f, LazyPage) and f.path == after)
        self.sections.insert(row, (title, factory))
        self._built = {(r + 1 if r >= row else r): page for r, page in self._built.items()}
        self.stack.insertWidget(row, QWidget())
        self.nav.insertItem(row, title)  # the current section stays current (its row moves)
        self._number_sections()

    def _label_status(self) -> None:
        self.database_label.setText(tr("قاعدة البيانات: {name}").format(
            name=LRM + self.ctx.db.display_name))
        self.user_label.setText(
            f"{FSI}{self.ctx.actor.full_name}{PDI} ({label(self.ctx.actor.role)})")

    def retranslate(self) -> None:
        """After a switch of language (ui/language.py): the pages are built again in the new
        language, the current section, the database and the signed-in user kept. A page
        with a dialog open stays alive, out of sight, until that dialog closes."""
        current = self.nav.currentRow()
        for row, page in sorted(self._built.items()):
            self.stack.insertWidget(row, QWidget())
            self.stack.removeWidget(page)
        retire(list(self._built.values()), self.pages_ctx.cut)
        self._built.clear()
        self.pages_ctx = self.ctx.relay()
        retranslate_tree(self)
        self._label_status()
        self.languages.retranslate()
        self.show_section(current)

    def show_section(self, row: int) -> None:
        self.stack.setCurrentWidget(self.page(row))

    def page(self, row: int) -> QWidget:
        """The page of a section, built now if it has not been shown yet."""
        if row not in self._built:
            page = self.sections[row][1](self.pages_ctx)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built[row] = page
            idle_minutes_changed = getattr(page, "idle_minutes_changed", None)
            if idle_minutes_changed is not None:  # the settings page
                idle_minutes_changed.connect(self.idle_lock.set_minutes)
        return self._built[row]

    def built_pages(self) -> list[QWidget]:
        return list(self._built.values())

    def page_of(self, kind: type[PageT]) -> PageT:
        """The section whose factory is `kind`, built if needed."""
        row = next(i for i, (_title, factory) in enumerate(self.sections)
                   if factory is kind or isinstance(factory, LazyPage) and factory.makes(kind))
        page = self.page(row)
        assert isinstance(page, kind)
        return page

    @property
    def programme_page(self) -> ProgrammePage:
        from ui.pages.programme_page import ProgrammePage

        return self.page_of(ProgrammePage)

    @property
    def partners_page(self) -> PartnersPage:
        from ui.pages.partners_page import PartnersPage

        return self.page_of(PartnersPage)

    @property
    def proposals_page(self) -> ProposalsPage:
        from ui.pages.proposals_page import ProposalsPage

        return self.page_of(ProposalsPage)

    @property
    def committee_page(self) -> CommitteePage:
        from ui.pages.committee_page import CommitteePage

        return self.page_of(CommitteePage)

    @property
    def conventions_page(self) -> ConventionsPage:
        from ui.pages.conventions_page import ConventionsPage

        return self.page_of(ConventionsPage)

    @property
    def settings_page(self) -> SettingsPage:
        from ui.pages.settings_page import SettingsPage

        return self.page_of(SettingsPage)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&ملف"))
        backup_action = file_menu.addAction(tr("نسخة احتياطية..."))
        backup_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        backup_action.triggered.connect(self.make_backup)
        self.restore_action = file_menu.addAction(tr("استرجاع نسخة احتياطية..."))
        self.restore_action.triggered.connect(self.restore_backup)
        offer(self.ctx, Permission.RESTORE, self.restore_action)
        check_action = file_menu.addAction(tr("فحص كامل لقاعدة البيانات"))
        check_action.triggered.connect(self.check_database)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(tr("خروج"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        account_menu = self.menuBar().addMenu(tr("&الحساب"))
        password_action = account_menu.addAction(tr("تغيير كلمة المرور..."))
        password_action.triggered.connect(self.change_password)
        self.lock_action = account_menu.addAction(tr("قفل الشاشة"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.idle_lock.lock())

        data_menu = self.menuBar().addMenu(tr("&بيانات"))
        self.demo_action = data_menu.addAction(
            tr("تحميل البيانات التجريبية (خنيفرة 2022-2023)"))
        self.demo_action.triggered.connect(self.load_demo)
        offer(self.ctx, Permission.DEMO, self.demo_action)
        self._offer_demo()
        self.ctx.changed.connect(
            lambda changes: changes.touches(Kind.EDITION) and self._offer_demo())
        data_menu.addSeparator()
        verify_action = data_menu.addAction(tr("التحقق من وثيقة..."))
        verify_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        verify_action.setToolTip(tr("التحقق من ملف PDF أو من رمز ورقة مطبوعة"))
        verify_action.triggered.connect(self.verify_document)
        self.audit_action = data_menu.addAction(tr("سجل التدقيق"))
        self.audit_action.triggered.connect(self.open_audit_log)
        self.package_action = data_menu.addAction(tr("حزم المعطيات (تصدير واستيراد)..."))
        self.package_action.triggered.connect(self.open_packages)

        view_menu = self.menuBar().addMenu(tr("&عرض"))
        self.languages = LanguageMenu(view_menu.addMenu(tr("لغة الواجهة")))

        help_menu = self.menuBar().addMenu(tr("&مساعدة"))
        about = help_menu.addAction(tr("حول البرنامج"))
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.triggered.connect(self.about)

    # The dialogs behind the menus import what they need (the PDF stack, the audit chain)
    # when they are first opened, not at every start.
    def change_password(self) -> None:
        from ui.widgets.users_panel import ChangePasswordDialog

        ChangePasswordDialog(self.ctx, self).exec()

    def verify_document(self) -> None:
        from ui.dialogs.verify_dialog import VerifyDialog

        VerifyDialog(self.ctx, self).exec()

    def open_audit_log(self) -> None:
        from ui.dialogs.audit_dialog import open_log

        open_log(self, self.ctx)

    def open_packages(self) -> None:
        from ui.dialogs.package_dialog import PackageDialog

        PackageDialog(self.ctx, self).exec()

    def about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _offer_demo(self) -> None:
        """The demo is for an empty database: on one with its own editions it is not offered."""
        from app.services import programme

        self.demo_action.setVisible(not programme.list_editions(self.ctx.db))

    def make_backup(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("حفظ نسخة احتياطية"), str(Path.home() / "awrach-backup.sqlite"),
            tr("قاعدة بيانات (*.sqlite)"))
        if not name:
            return
        from app.services import backup

        db = self.ctx.db
        run_task(self, tr("جار إنشاء النسخة الاحتياطية..."),
                 lambda _progress: backup.backup_to(db, Path(name)),
                 lambda path: messages.info(self, tr("نسخة احتياطية"),
                                            tr("حفظت النسخة الاحتياطية في:") + f"\n{path}"))

    def check_database(self) -> None:
        """SQLite's full integrity_check on demand (the start runs only the quick one)."""
        from app.services import backup

        db = self.ctx.db
        run_task(self, tr("جار الفحص الكامل لقاعدة البيانات..."),
                 lambda _progress: backup.full_check(db), self._checked)

    def _checked(self, found: list[str]) -> None:
        from ui import errors  # looked up at call time, where tests record message boxes

        if not found:
            errors.messages.info(self, tr("فحص كامل لقاعدة البيانات"),
                                 tr("قاعدة البيانات سليمة: لم يجد الفحص الكامل أي خلل."))
            return
        errors.messages.error(self, tr("فحص كامل لقاعدة البيانات"),
                              tr("وجد الفحص الكامل خللا في قاعدة البيانات:") + "\n"
                              + "\n".join(found[:5]) + "\n"
                              + tr("استرجع آخر نسخة احتياطية سليمة "
                                   "(ملف > استرجاع نسخة احتياطية)."))

    def restore_backup(self) -> None:
        """Replace the database with a backup (the current one is kept first), then restart:
        every page holds records read before, so the program quits rather than show them."""
        name, _ = QFileDialog.getOpenFileName(
            self, tr("استرجاع نسخة احتياطية"), str(Path.home()), tr("قاعدة بيانات (*.sqlite)"))
        if not name or not messages.confirm(
                self, tr("استرجاع نسخة احتياطية"),
                tr("ستعوض قاعدة البيانات الحالية بمحتوى هذه النسخة (تحفظ الحالية أولا في "
                   "مجلد backups). متابعة؟")):
            return
        from app.services import backup

        db, actor = self.ctx.db, self.ctx.actor
        run_task(self, tr("جار الاسترجاع..."),
                 lambda _progress: backup.restore(db, Path(name), actor), self._restored)

    def _restored(self, result: RestoreResult) -> None:
        messages.info(self, tr("استرجاع نسخة احتياطية"),
                      tr("استرجعت قاعدة البيانات. حفظت السابقة في:") +
                      f"\n{result.previous_kept_as}\n" +
                      tr("سيغلق البرنامج الآن: أعد تشغيله لمتابعة العمل."))
        QApplication.quit()

    def load_demo(self) -> None:
        from app.services import demo

        db, actor = self.ctx.db, self.ctx.actor
        run_task(self, tr("جار تحميل البيانات التجريبية..."),
                 lambda _progress: demo.build_demo(db, actor),
                 lambda _summary: None)

    def _restore_geometry(self) -> None:
        """A stored value Qt cannot read (another screen, a damaged file) leaves the
        default size: restoreGeometry refuses it without harm."""
        saved = WINDOW_GEOMETRY.get()
        self.geometry_restored = bool(saved) and self.restoreGeometry(
            QByteArray.fromBase64(saved.encode()))

    def show_first(self) -> None:
        """Maximised the first time (a laptop screen has no room to spare), then as left."""
        if self.geometry_restored:
            self.show()
        else:
            self.showMaximized()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        WINDOW_GEOMETRY.set(self.saveGeometry().toBase64().data().decode("ascii"))
        super().closeEvent(event)


def navigation_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]

