"""Export a data package for another database, or import one from it.

The committee laptops work offline: a package carried on a USB key is how the secretary's
data reaches the provincial council and back. Export and import run on the writer thread
(`run_task`); what the import did is said in one sentence, and the conflicts it found
open in their own dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.exchange import Outcome
from app.domain.roles import Permission
from app.services import exchange, programme, territory
from app.services.exchange import ExportResult, ImportResult, Selection
from app.services.territory import find_province
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import figure, named, tr
from ui.tasks import Progress, run_task
from ui.widgets.inputs import ChoiceBox
from ui.widgets.permissions import offer

ALL, PROVINCE, EDITION = "all", "province", "edition"


class PackageDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("حزم المعطيات"))
        self.setMinimumWidth(640)

        export_box = QGroupBox(tr("تصدير حزمة إلى قاعدة بيانات أخرى"))
        form = QFormLayout(export_box)
        self.scope = ChoiceBox([(ALL, tr("كل المعطيات")), (PROVINCE, tr("معطيات إقليم")),
                                (EDITION, tr("معطيات دورة"))])
        self.province = ChoiceBox([(p.code, f"{named(p)} ({p.code})")
                                   for p in territory.list_provinces(ctx.db)], searchable=True)
        self.edition = ChoiceBox([(e.year, str(e.year)) for e in programme.list_editions(ctx.db)])
        form.addRow(tr("ما يصدر"), self.scope)
        form.addRow(tr("الإقليم"), self.province)
        form.addRow(tr("الدورة"), self.edition)
        self.export_button = QPushButton(tr("تصدير..."))
        self.export_button.clicked.connect(self.choose_export)
        form.addRow("", self.export_button)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()

        import_box = QGroupBox(tr("استيراد حزمة من قاعدة بيانات أخرى"))
        import_layout = QVBoxLayout(import_box)
        rules = QLabel(tr(
            "تقارن السجلات بمعرفاتها: ما تغير هناك فقط يؤخذ، وما تغير هنا وهناك يعرض "
            "عليك لتختار، والاتفاقيات الموقعة والاجتماعات المختتمة لا تتغير أبدا."))
        rules.setWordWrap(True)
        import_layout.addWidget(rules)
        self.import_button = QPushButton(tr("استيراد حزمة..."))
        self.import_button.clicked.connect(self.choose_import)
        import_layout.addWidget(self.import_button)
        offer(ctx, Permission.EXCHANGE, self.export_button, self.import_button)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.conflicts_button = QPushButton()
        self.conflicts_button.clicked.connect(self.show_conflicts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (export_box, import_box, self.result, self.conflicts_button, buttons):
            layout.addWidget(widget)
        self._show_conflict_count()

    def _scope_changed(self) -> None:
        self.province.setEnabled(self.scope.value() == PROVINCE)
        self.edition.setEnabled(self.scope.value() == EDITION)

    def selection(self) -> Selection:
        scope = self.scope.value()
        if scope == PROVINCE and self.province.value():
            province = find_province(self.ctx.db, self.province.value())
            assert province.id is not None
            return Selection((("provinces", province.id),), f"province {province.code}")
        if scope == EDITION and self.edition.value():
            edition = programme.find_edition(self.ctx.db, self.edition.value())
            assert edition.id is not None
            return Selection((("editions", edition.id),), f"edition {edition.year}")
        return Selection()

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("تصدير حزمة"), str(Path.home() / "awrach-package.awrach.zip"),
            tr("حزمة أوراش (*.awrach.zip)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> Progress:
        db, actor, selection = self.ctx.db, self.ctx.actor, self.selection()
        return run_task(self, tr("جار تصدير الحزمة..."),
                        lambda _p: exchange.export_package(db, actor, path, selection),
                        self._exported, lambda exc: show_error(self, exc))

    def _exported(self, result: ExportResult) -> None:
        self.result.setText(tr("كتبت الحزمة في {path}: {records} سجل و{files} ملف مرفق.")
                            .format(path=result.path, records=figure(result.records),
                                    files=figure(result.files)))

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("استيراد حزمة"), str(Path.home()),
                                              tr("حزمة أوراش (*.awrach.zip)"))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> Progress:
        db, actor = self.ctx.db, self.ctx.actor
        return run_task(self, tr("جار استيراد الحزمة..."),
                        lambda _p: exchange.import_package(db, actor, path),
                        self._imported, lambda exc: show_error(self, exc))

    def _imported(self, result: ImportResult) -> None:
        self.result.setText(tr(
            "استوردت الحزمة: {new} سجل جديد، {applied} سجل محين، {same} دون تغيير، "
            "{kept} احتفظ بنسختنا منها، {locked} مقفل لم يمس، {conflicts} تعارض.").format(
                new=figure(result.count(Outcome.INSERT)),
                applied=figure(result.count(Outcome.APPLY)),
                same=figure(result.count(Outcome.SAME)),
                kept=figure(result.count(Outcome.KEEP)),
                locked=figure(result.count(Outcome.LOCKED)),
                conflicts=figure(result.count(Outcome.CONFLICT))))
        self._show_conflict_count()

    def _show_conflict_count(self) -> None:
        count = exchange.open_conflict_count(self.ctx.db)
        self.conflicts_button.setText(tr("التعارضات المنتظرة ({n})...").format(n=figure(count)))
        self.conflicts_button.setEnabled(count > 0)

    def show_conflicts(self) -> Any:
        from ui.dialogs.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.ctx, self)
        dialog.exec()
        self._show_conflict_count()
        return dialog
