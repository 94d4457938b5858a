"""The main window: assembles the sections, the menus and the status bar, nothing else."""

from __future__ import annotations

from pathlib import Path

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
from app.domain.text import LRM
from app.services import backup, demo
from app.settings import WINDOW_GEOMETRY
from ui.context import AppContext
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.audit_dialog import open_log
from ui.dialogs.verify_dialog import VerifyDialog
from ui.errors import messages
from ui.i18n import label, tr
from ui.idle_lock import IdleLock
from ui.pages.committee_page import CommitteePage
from ui.pages.conventions_page import ConventionsPage
from ui.pages.followup_page import FollowUpPage
from ui.pages.partners_page import PartnersPage
from ui.pages.placeholder_page import PlaceholderPage
from ui.pages.programme_page import ProgrammePage
from ui.pages.proposals_page import ProposalsPage
from ui.pages.settings_page import SettingsPage
from ui.tasks import run_task
from ui.widgets.permissions import offer
from ui.widgets.users_panel import ChangePasswordDialog


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("مكتب أوراش"))
        self.resize(1200, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        self.programme_page = ProgrammePage(ctx)
        self.settings_page = SettingsPage(ctx)
        self.proposals_page = ProposalsPage(ctx)
        self.partners_page = PartnersPage(ctx)
        self.conventions_page = ConventionsPage(ctx)
        self.committee_page = CommitteePage(ctx)
        sections: list[tuple[str, QWidget]] = [
            (tr("البرنامج والحصص"), self.programme_page),
            (tr("الشركاء"), self.partners_page),
            (tr("المشاريع المقترحة"), self.proposals_page),
            (tr("اللجنة والاجتماعات"), self.committee_page),
            (tr("الاتفاقيات"), self.conventions_page),
            (tr("المستفيدون"), PlaceholderPage(tr("المستفيدون"), tr(
                "استيراد المستفيدين وتعيينهم والتصريح بهم والشواهد."))),
            (tr("التتبع"), FollowUpPage(ctx)),
            (tr("الإعدادات"), self.settings_page),
        ]
        for number, (title, page) in enumerate(sections, start=1):
            self.nav.addItem(title)
            self.stack.addWidget(page)
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.nav.setCurrentRow(row))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.database_label = QLabel(tr("قاعدة البيانات: {name}").format(
            name=LRM + ctx.db.display_name))
        self.database_label.setObjectName("database")
        self.statusBar().addWidget(self.database_label, 1)
        self.user_label = QLabel(f"{ctx.actor.full_name} ({label(ctx.actor.role)})")
        self.statusBar().addPermanentWidget(self.user_label)
        self.idle_lock = IdleLock(ctx, self)
        self.settings_page.idle_minutes_changed.connect(self.idle_lock.set_minutes)
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&ملف"))
        backup_action = file_menu.addAction(tr("نسخة احتياطية..."))
        backup_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        backup_action.triggered.connect(self.make_backup)
        self.restore_action = file_menu.addAction(tr("استرجاع نسخة احتياطية..."))
        self.restore_action.triggered.connect(self.restore_backup)
        offer(self.ctx, Permission.RESTORE, self.restore_action)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(tr("خروج"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        account_menu = self.menuBar().addMenu(tr("&الحساب"))
        password_action = account_menu.addAction(tr("تغيير كلمة المرور..."))
        password_action.triggered.connect(lambda: ChangePasswordDialog(self.ctx, self).exec())
        self.lock_action = account_menu.addAction(tr("قفل الشاشة"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.idle_lock.lock())

        data_menu = self.menuBar().addMenu(tr("&بيانات"))
        demo_action = data_menu.addAction(tr("تحميل البيانات التجريبية (خنيفرة 2022-2023)"))
        demo_action.triggered.connect(self.load_demo)
        offer(self.ctx, Permission.DEMO, demo_action)
        data_menu.addSeparator()
        verify_action = data_menu.addAction(tr("التحقق من وثيقة..."))
        verify_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        verify_action.setToolTip(tr("التحقق من ملف PDF أو من رمز ورقة مطبوعة"))
        verify_action.triggered.connect(lambda: VerifyDialog(self.ctx, self).exec())
        self.audit_action = data_menu.addAction(tr("سجل التدقيق"))
        self.audit_action.triggered.connect(lambda: open_log(self, self.ctx))

        help_menu = self.menuBar().addMenu(tr("&مساعدة"))
        about = help_menu.addAction(tr("حول البرنامج"))
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.triggered.connect(lambda: AboutDialog(self).exec())

    def make_backup(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("حفظ نسخة احتياطية"), str(Path.home() / "awrach-backup.sqlite"),
            tr("قاعدة بيانات (*.sqlite)"))
        if not name:
            return
        db = self.ctx.db
        run_task(self, tr("جار إنشاء النسخة الاحتياطية..."),
                 lambda _progress: backup.backup_to(db, Path(name)),
                 lambda path: messages.info(self, tr("نسخة احتياطية"),
                                            tr("حفظت النسخة الاحتياطية في:") + f"\n{path}"))

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
        db, actor = self.ctx.db, self.ctx.actor
        run_task(self, tr("جار الاسترجاع..."),
                 lambda _progress: backup.restore(db, Path(name), actor), self._restored)

    def _restored(self, result: backup.RestoreResult) -> None:
        messages.info(self, tr("استرجاع نسخة احتياطية"),
                      tr("استرجعت قاعدة البيانات. حفظت السابقة في:") +
                      f"\n{result.previous_kept_as}\n" +
                      tr("سيغلق البرنامج الآن: أعد تشغيله لمتابعة العمل."))
        QApplication.quit()

    def load_demo(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        run_task(self, tr("جار تحميل البيانات التجريبية..."),
                 lambda _progress: demo.build_demo(db, actor),
                 lambda _summary: None)

    def _restore_geometry(self) -> None:
        """A stored value Qt cannot read (another screen, a damaged file) leaves the
        default size: restoreGeometry refuses it without harm."""
        saved = WINDOW_GEOMETRY.get()
        if saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        WINDOW_GEOMETRY.set(self.saveGeometry().toBase64().data().decode("ascii"))
        super().closeEvent(event)


def navigation_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]

