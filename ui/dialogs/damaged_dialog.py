"""The database was found damaged at start: offer its newest good backup instead of a
command line to type.

Nothing is signed in yet (the accounts live in the damaged file), so the restore goes
through `backup.restore_damaged`, which keeps the damaged file aside and never deletes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import clock_time
from app.domain.text import FSI, LRI, PDI
from app.services import backup
from app.services.backup import GoodBackup, RestoreResult
from ui import errors
from ui.i18n import date_text, tr
from ui.tasks import run_query, run_task


def size_text(size: int) -> str:
    if size < 1_000_000:
        return f"{max(size // 1000, 1)} " + tr("كيلوبايت")
    return f"{size / 1_000_000:.1f} " + tr("ميغابايت")


def made_text(item: GoodBackup) -> str:
    if QLocale().language() == QLocale.Language.Arabic:
        return f"{date_text(item.made.date())} {clock_time(item.made.time())}"
    return f"{item.made:%d/%m/%Y %H:%M}"


class DamagedDialog(QDialog):
    """Accepted once a backup has been put in place of the damaged file (`result`)."""

    def __init__(self, database: Path, problem: str,
                 backups: list[GoodBackup] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.result_: RestoreResult | None = None
        self.backups: list[GoodBackup] = []
        self.setWindowTitle(tr("قاعدة البيانات تالفة"))
        layout = QVBoxLayout(self)
        what = QLabel(tr("قاعدة البيانات «%1» تالفة، لم يغير فيها شيء. وجد الفحص هذا الخلل:")
                      .replace("%1", f"{LRI}{database}{PDI}") + f"\n{FSI}{problem}{PDI}")
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(what)
        self.heading = QLabel(tr("النسخ الاحتياطية التلقائية السليمة، الأحدث أولا:"))
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("التاريخ"), tr("الحجم"), tr("الملف")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.restore_selected)
        layout.addWidget(self.table)
        kept = QLabel(tr("يحفظ الملف التالف جانبا في المجلد %1 ولا يحذف، ثم يفتح البرنامج "
                         "النسخة المسترجعة.").replace("%1", f"{LRI}backups{PDI}"))
        kept.setWordWrap(True)
        layout.addWidget(kept)
        row = QHBoxLayout()
        self.restore_button = QPushButton(tr("استرجاع هذه النسخة"))
        self.restore_button.setDefault(True)
        self.restore_button.setToolTip(tr("استرجاع النسخة المختارة في القائمة (Enter)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(tr("اختيار ملف آخر..."))
        self.other_button.setShortcut(QKeySequence("Ctrl+O"))
        self.other_button.setToolTip(tr("اختيار نسخة احتياطية من ملف (Ctrl+O)"))
        self.other_button.clicked.connect(self.restore_other)
        self.quit_button = QPushButton(tr("خروج"))
        self.quit_button.setToolTip(tr("إغلاق البرنامج دون تغيير شيء (Esc)"))
        self.quit_button.clicked.connect(self.reject)
        row.addWidget(self.restore_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        layout.addLayout(row)
        self.setMinimumWidth(640)
        if backups is None:
            self.heading.setText(tr("جار فحص النسخ الاحتياطية التلقائية..."))
            self.restore_button.setEnabled(False)
            run_query(self, lambda: backup.good_backups(database), self.show_backups,
                      label=tr("جار فحص النسخ الاحتياطية التلقائية..."))
        else:
            self.show_backups(backups)

    def show_backups(self, backups: list[GoodBackup]) -> None:
        self.backups = backups
        self.heading.setText(tr("النسخ الاحتياطية التلقائية السليمة، الأحدث أولا:") if backups
                             else tr("لا توجد نسخة احتياطية تلقائية سليمة: اختر ملفا آخر."))
        self.table.setRowCount(len(backups))
        for index, item in enumerate(backups):
            for column, text in enumerate((made_text(item), size_text(item.size),
                                           item.path.name)):
                cell = QTableWidgetItem(f"{LRI}{text}{PDI}" if column == 2 else text)
                if column == 2:
                    cell.setToolTip(str(item.path))
                self.table.setItem(index, column, cell)
        self.restore_button.setEnabled(bool(backups))
        if backups:
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()
        else:
            self.other_button.setFocus()

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.backups):
            self.restore_from(self.backups[row].path)

    def restore_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("اختيار نسخة احتياطية"), str(self.database.parent),
            tr("قاعدة بيانات (*.sqlite)"))
        if name:
            self.restore_from(Path(name))

    def restore_from(self, source: Path) -> None:
        database = self.database
        run_task(self, tr("جار الاسترجاع..."),
                 lambda _progress: backup.restore_damaged(database, source), self._restored)

    def _restored(self, result: RestoreResult) -> None:
        self.result_ = result
        errors.messages.info(self, tr("استرجاع نسخة احتياطية"),
                      tr("استرجعت قاعدة البيانات من:") + f"\n{result.restored_from}\n"
                      + tr("الملف التالف محفوظ في:") + f"\n{result.previous_kept_as}")
        self.accept()


def offer_restore(database: Path) -> bool:
    """Show the offer; True once a good backup is in place and the program may open it."""
    dialog = DamagedDialog(database, backup.damage_of(database))
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None
