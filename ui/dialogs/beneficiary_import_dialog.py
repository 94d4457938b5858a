"""The import wizard: choose the file, match its columns to the fields (guessed from Arabic
or French headers, or as last time), check every row, then import all or nothing (or the
valid rows only), in the background with a progress bar."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.beneficiaries import AgeLimits
from app.domain.text import RLM
from app.errors import DomainError, ValidationError
from app.io.tabular import Table, as_text
from app.services import beneficiaries
from app.services import beneficiary_import as bi
from app.settings import IMPORT_MAPPING, MAX_AGE, MIN_AGE
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import figure, tr
from ui.tasks import Progress, run_op, run_query, run_task
from ui.widgets.inputs import ChoiceBox

PREVIEW_ROWS = 5
SHOWN_PROBLEMS = 500


def field_title(key: str) -> str:
    titles = {
        "cin": tr("رقم البطاقة الوطنية"), "last_name_ar": tr("الاسم العائلي بالعربية"),
        "first_name_ar": tr("الاسم الشخصي بالعربية"),
        "last_name_fr": tr("الاسم العائلي بالحروف اللاتينية"),
        "first_name_fr": tr("الاسم الشخصي بالحروف اللاتينية"), "sex": tr("الجنس"),
        "birth_date": tr("تاريخ الازدياد"), "phone": tr("الهاتف"),
        "commune": tr("جماعة السكن"), "category": tr("فئة الاستهداف"),
        "education_level": tr("المستوى الدراسي"), "has_disability": tr("في وضعية إعاقة"),
        "cnss_number": tr("رقم الضمان الاجتماعي"), "rib": tr("رقم الحساب البنكي"),
        "anapec_number": tr("رقم التسجيل بأنابيك"), "worksite": tr("مرجع الورش"),
    }
    return titles[key]


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.table: Table | None = None
        self.report: bi.ImportReport | None = None
        self.imported: bi.ImportReport | None = None
        self.setWindowTitle(tr("استيراد لائحة المستفيدين"))
        self.setMinimumSize(1100, 640)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(tr("اختر ملف Excel (.xlsx) أو CSV."))
        self.choose_button = QPushButton(tr("اختيار الملف..."))
        self.choose_button.clicked.connect(self.choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)

        middle = QHBoxLayout()
        self.mapping_form = QFormLayout()
        self.boxes: dict[str, ChoiceBox] = {}
        mapping_widget = QWidget()
        mapping_widget.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidget(mapping_widget)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(420)
        middle.addWidget(scroll, 2)

        right = QVBoxLayout()
        self.worksite = ChoiceBox([(None, tr("بدون تعيين (أو حسب عمود مرجع الورش)"))],
                                  searchable=True)
        self.worksite.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.worksite.setMinimumContentsLength(30)
        right.addWidget(QLabel(tr("تعيين الجميع في الورش:")))
        right.addWidget(self.worksite)
        self.valid_only = QCheckBox(tr("استيراد الأسطر السليمة فقط (الأسطر المرفوضة في التقرير)"))
        right.addWidget(self.valid_only)
        ages = QHBoxLayout()
        limits = beneficiaries.configured_age_limits()
        self.min_age = QSpinBox()
        self.max_age = QSpinBox()
        for box, value in ((self.min_age, limits.minimum), (self.max_age, limits.maximum)):
            box.setRange(10, 99)
            box.setValue(value)
        ages.addWidget(QLabel(tr("السن عند بداية الورش: من")))
        ages.addWidget(self.min_age)
        ages.addWidget(QLabel(tr("إلى")))
        ages.addWidget(self.max_age)
        ages.addWidget(QLabel(tr("سنة")))
        ages.addStretch(1)
        right.addLayout(ages)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        right.addWidget(QLabel(tr("معاينة:")))
        right.addWidget(self.preview, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        right.addWidget(self.summary)
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels([tr("السطر"), tr("العمود"), tr("القيمة"),
                                                 tr("القاعدة")])
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        right.addWidget(self.problems, 2)
        middle.addLayout(right, 3)
        layout.addLayout(middle, 1)

        buttons = QHBoxLayout()
        self.check_button = QPushButton(tr("التحقق من الأسطر"))
        self.report_button = QPushButton(tr("حفظ تقرير الأخطاء (.xlsx)..."))
        self.import_button = QPushButton(tr("استيراد"))
        self.close_button = QPushButton(tr("إغلاق"))
        for button in (self.check_button, self.report_button, self.import_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.check_button.clicked.connect(self.check)
        self.report_button.clicked.connect(self.save_report)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.accept)
        run_query(self, lambda: beneficiaries.list_worksites(ctx.db), self._worksites,
                  quiet=True)

    def _worksites(self, sites: list[beneficiaries.Worksite]) -> None:
        self.worksite.set_items([(None, tr("بدون تعيين (أو حسب عمود مرجع الورش)"))] + [
            (w.id, f"{w.reference} — {w.title_ar} ({w.assigned}/{w.planned})") for w in sites])

    # Step 1: the file and its columns ----------------------------------------------------

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("لائحة المستفيدين"), "", tr("لوائح (*.xlsx *.xls *.ods *.csv)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read the file (off the GUI thread) and guess the mapping."""
        self.path = path
        self.file_label.setText(tr("جار قراءة {name}...").format(name=path.name))
        run_query(self, lambda: bi.open_file(path), self._opened, self._failed,
                  label=tr("جار قراءة الملف..."))

    def _failed(self, exc: BaseException) -> None:
        self.file_label.setText(exc.message if isinstance(exc, DomainError) else str(exc))
        if not isinstance(exc, DomainError):
            show_error(self, exc)

    def _opened(self, table: Table) -> None:
        assert self.path is not None
        rows = []
        for _ in range(PREVIEW_ROWS):
            try:
                rows.append(next(table.rows)[1])
            except StopIteration:
                break
        self.table = table
        self.file_label.setText(RLM + tr("{name}: {rows} سطرا، {columns} عمودا").format(
            name=self.path.name, rows=figure(table.total), columns=figure(len(table.headers))))
        remembered = self._remembered()
        mapping = bi.guess_mapping(table.headers, remembered)
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.boxes = {}
        choices = [(None, tr("— لا شيء —"))] + [
            (i, h or tr("العمود {n}").format(n=i + 1)) for i, h in enumerate(table.headers)]
        for spec in bi.FIELDS:
            box = ChoiceBox(choices, mapping.get(spec.key))
            self.boxes[spec.key] = box
            title = field_title(spec.key) + (" *" if spec.required else "")
            self.mapping_form.addRow(title, box)
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells[:len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(as_text(value)))
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(False)

    def mapping(self) -> dict[str, int]:
        return {key: box.value() for key, box in self.boxes.items() if box.value() is not None}

    def _remembered(self) -> dict[str, str]:
        try:
            value = json.loads(IMPORT_MAPPING.get() or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def _remember(self) -> None:
        assert self.table is not None
        IMPORT_MAPPING.set(json.dumps({key: self.table.headers[index]
                                       for key, index in self.mapping().items()},
                                      ensure_ascii=False))

    def options(self) -> bi.ImportOptions:
        return bi.ImportOptions(self.mapping(), proposal_id=self.worksite.value(),
                                valid_only=self.valid_only.isChecked(),
                                limits=AgeLimits(self.min_age.value(), self.max_age.value()))

    # Step 2: the check -------------------------------------------------------------------

    def check(self) -> Progress | None:
        if self.path is None or self.table is None:
            return None
        try:
            bi.check_mapping(self.mapping(), self.table.headers)
        except ValidationError as exc:
            self.summary.setText(exc.message)
            return None
        self._remember()
        if self.min_age.value() > self.max_age.value():
            self.summary.setText(tr("أدنى سن أكبر من أقصى سن."))
            return None
        MIN_AGE.set(self.min_age.value())
        MAX_AGE.set(self.max_age.value())
        path, options, db = self.path, self.options(), self.ctx.db
        return run_task(self, tr("جار التحقق من الأسطر..."),
                        lambda progress: bi.check_file(db, path, options, progress.report),
                        self._checked, self._failed)

    def _checked(self, report: bi.ImportReport) -> None:
        self.report = report
        self._show(report)
        self.import_button.setEnabled(report.valid > 0)
        self.report_button.setEnabled(bool(report.problems or report.warnings))

    def _show(self, report: bi.ImportReport) -> None:
        text = tr("{rows} سطرا: {valid} سليما، {rejected} به أخطاء، {warnings} تنبيها.").format(
            rows=figure(report.rows), valid=figure(report.valid),
            rejected=figure(report.rejected_lines), warnings=figure(len(report.warnings)))
        if report.problems and not self.valid_only.isChecked():
            text += " " + tr("الاستيراد الكامل لن يحفظ أي سطر ما دامت هناك أخطاء.")
        self.summary.setText(text)
        shown = (report.problems + report.warnings)[:SHOWN_PROBLEMS]
        self.problems.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            for column, value in enumerate((str(problem.line), problem.column, problem.value,
                                            problem.rule)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.problems.setItem(row, column, item)

    def save_report(self) -> None:
        if self.report is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, tr("تقرير الاستيراد"),
                                              "rapport-import.xlsx", "Excel (*.xlsx)")
        if name:
            self.save_report_to(Path(name))

    def save_report_to(self, path: Path) -> Path | None:
        if self.report is None:
            return None
        return bi.write_report(self.report, path)

    # Step 3: the import ------------------------------------------------------------------

    def run_import(self) -> Progress | None:
        if self.path is None:
            return None
        path, options, db, actor = self.path, self.options(), self.ctx.db, self.ctx.actor
        self.import_button.setEnabled(False)
        return run_task(self, tr("جار الاستيراد..."),
                        lambda progress: bi.import_file(db, actor, path, options,
                                                        progress.report),
                        self._imported, self._refused)

    def _imported(self, report: bi.ImportReport) -> None:
        self.imported = self.report = report
        # The sort indexes a large import leaves pending, built behind the list shown.
        db = self.ctx.db
        run_op(None, lambda: bi.complete_indexes(db), label=tr("جار ترتيب القوائم..."))
        self._show(report)
        self.summary.setText(tr("استورد {count} مستفيدا من {name} ({assigned} معينا).").format(
            count=figure(report.imported), name=report.file_name,
            assigned=figure(report.assigned)))
        self.report_button.setEnabled(bool(report.problems or report.warnings))

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, bi.ImportRefused):
            self.report = exc.report
            self._show(exc.report)
            self.summary.setText(exc.message)
            self.report_button.setEnabled(True)
            self.import_button.setEnabled(True)
        else:
            self.import_button.setEnabled(True)
            self._failed(exc)
