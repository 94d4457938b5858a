"""Settings: the database in use, the interface language, the screen lock, accounts, the
dated minimum wage and the worksite domains."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import sqlite_url
from app.domain.proposals import WorksiteDomain
from app.domain.roles import Permission
from app.domain.text import FSI, LRM, PDI
from app.services import programme, proposals
from app.services.changes import Kind
from app.settings import DATABASE_URL, IDLE_LOCK_MINUTES, LANGUAGE
from ui import language
from ui.context import AppContext
from ui.dialogs.domain_dialog import DomainDialog
from ui.i18n import amount_text, label, tr
from ui.models.record_table import Column
from ui.widgets.list_panel import ListPanel
from ui.widgets.permissions import offer
from ui.widgets.shortcuts import give_shortcut
from ui.widgets.users_panel import ChangePasswordDialog, UsersPanel


class SettingsPage(QWidget):
    idle_minutes_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        general = QGroupBox(tr("عام"))
        form = QFormLayout(general)
        self.database = QLabel(ctx.db.display_name)
        self.database.setWordWrap(True)
        form.addRow(tr(DATABASE_URL.title), self.database)
        choose = QPushButton(tr("استعمال ملف آخر..."))
        choose.clicked.connect(self.choose_database)
        default = QPushButton(tr("الرجوع إلى الملف الافتراضي"))
        default.clicked.connect(lambda: self.save_database_setting(None))
        give_shortcut(choose, "Ctrl+O", self)
        give_shortcut(default, "Ctrl+Shift+O", self)
        buttons = QHBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(default)
        buttons.addStretch()
        form.addRow("", buttons)
        self.database_note = QLabel()
        self.database_note.setWordWrap(True)
        form.addRow("", self.database_note)
        self.language = QComboBox()
        self.language.addItem("العربية", "ar")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(language.current()), 0))
        self.language.currentIndexChanged.connect(self._save_language)
        form.addRow(tr(LANGUAGE.title), self.language)
        account = QHBoxLayout()
        account.addWidget(QLabel(f"{FSI}{ctx.actor.full_name}{PDI} ({label(ctx.actor.role)})"))
        self.change_password = QPushButton(tr("تغيير كلمة المرور..."))
        self.change_password.clicked.connect(lambda: self.password_dialog().exec())
        account.addWidget(self.change_password)
        give_shortcut(self.change_password, "Ctrl+K", self)
        account.addStretch()
        form.addRow(tr("المستخدم"), account)
        self.idle_minutes = QComboBox()
        for minutes in IDLE_LOCK_MINUTES.choices:
            # 3 to 10 take the plural noun, 11 and more the singular (5 دقائق, 15 دقيقة).
            text = (tr("أبدا") if minutes == 0 else
                    tr("بعد {n} دقائق").format(n=minutes) if minutes <= 10 else
                    tr("بعد {n} دقيقة").format(n=minutes))
            self.idle_minutes.addItem(text, minutes)
        self.idle_minutes.setCurrentIndex(
            max(self.idle_minutes.findData(IDLE_LOCK_MINUTES.get()), 0))
        self.idle_minutes.currentIndexChanged.connect(self._save_idle_minutes)
        form.addRow(tr(IDLE_LOCK_MINUTES.title), self.idle_minutes)

        wages = QGroupBox(tr("الحد الأدنى للأجر حسب تاريخ السريان"))
        self.wages = ListPanel([
            Column(tr("النوع"), lambda w: label(w.kind)),
            Column(tr("ابتداء من"), lambda w: w.effective_from.strftime("%d/%m/%Y"),
                   lambda w: w.effective_from),
            Column(tr("المبلغ الشهري (درهم)"),
                   lambda w: amount_text(w.monthly_amount), lambda w: w.monthly_amount,
                   numeric=True),
            Column(tr("المرجع"), lambda w: w.reference),
        ], tr("إضافة"), lambda: None, lambda _w: None)
        self.wages.add_button.hide()
        self.wages.edit_button.hide()
        QVBoxLayout(wages).addWidget(self.wages)

        domains = QGroupBox(tr("مجالات الأوراش"))
        self.domains = ListPanel([
            Column(tr("الاسم بالعربية"), lambda d: d.name_ar),
            Column(tr("الاسم بالفرنسية"), lambda d: d.name_fr),
            Column(tr("الحالة"), lambda d: tr("مقبول") if d.active else tr("موقوف")),
        ], tr("إضافة مجال"), lambda: self._open_domain(None), self._open_domain)
        QVBoxLayout(domains).addWidget(self.domains)

        offer(ctx, Permission.SETTINGS, self.domains.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(general)
        lists = QHBoxLayout()
        lists.addWidget(wages, 1)
        lists.addWidget(domains, 1)
        layout.addLayout(lists, 1)
        self.users: UsersPanel | None = None
        if ctx.can(Permission.USERS):
            accounts = QGroupBox(tr("المستخدمون وصلاحياتهم"))
            self.users = UsersPanel(ctx)
            QVBoxLayout(accounts).addWidget(self.users)
            lists.addWidget(accounts, 1)
        self.refresh()
        ctx.changed.connect(
            lambda changes: changes.touches(Kind.DOMAIN, Kind.MINIMUM_WAGE) and self.refresh())

    def refresh(self) -> None:
        self.wages.set_records(programme.list_minimum_wages(self.ctx.db))
        self.domains.set_records(proposals.list_domains(self.ctx.db, active_only=False))

    def domain_dialog(self, domain: WorksiteDomain | None = None) -> DomainDialog:
        return DomainDialog(self.ctx, domain, parent=self)

    def _open_domain(self, domain: WorksiteDomain | None) -> None:
        self.domain_dialog(domain).exec()

    def password_dialog(self) -> ChangePasswordDialog:
        return ChangePasswordDialog(self.ctx, parent=self)

    def _save_idle_minutes(self) -> None:
        """Kept for the next start, and applied now by the running lock (the main window)."""
        minutes = self.idle_minutes.currentData()
        IDLE_LOCK_MINUTES.set(minutes)
        self.idle_minutes_changed.emit(minutes)

    def choose_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("ملف قاعدة البيانات"), str(Path.home() / "awrach.sqlite"),
            tr("قاعدة بيانات (*.sqlite)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.save_database_setting(Path(name))

    def save_database_setting(self, path: Path | None) -> None:
        """Remembered for the next start; --db and AWRACH_DB_URL still take precedence."""
        DATABASE_URL.set(sqlite_url(path) if path else "")
        self.database_note.setText(
            tr("سيفتح البرنامج هذا الملف عند التشغيل القادم:") + f" {LRM}{path}" if path
            else tr("سيفتح البرنامج الملف الافتراضي عند التشغيل القادم."))

    def _save_language(self) -> None:
        """Applied at once to the whole program, and kept for the next start."""
        language.switch(self.language.currentData())
