"""The audit log on screen: who changed what and when, filtered, with each entry's fields.

Opened from the "بيانات" menu for the whole log, or from a record's "السجل" button for that
record and its child rows (a meeting's votes, a convention's tranches). It refreshes after
every write, since every write adds entries.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.audit_labels import entity_label, field_label
from app.domain.enums import AuditAction, LabelledEnum
from app.domain.text import FSI, LRI, PDI, RLM
from app.services import audit_chain, audit_log
from app.services.audit_log import HistoryScope, LogEntry
from app.services.changes import Changes
from ui import errors
from ui.context import AppContext
from ui.i18n import label, tr
from ui.models.paged_table import PagedColumn
from ui.tasks import Progress, run_query
from ui.widgets.inputs import ChoiceBox, date_edit, date_value
from ui.widgets.list_panel import PagedListPanel

SUMMARY_LENGTH = 140
VALUE_LENGTH = 40
ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}\S*)?$")


def _french() -> bool:
    return QLocale().language() == QLocale.Language.French


def kind_label(table: str) -> str:
    return entity_label(table, _french())


def column_label(column: str) -> str:
    return field_label(column, _french())


def value_text(value: Any) -> str:
    """A stored value as a reader knows it: labels for lists of choices, yes or no."""
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return label(value)
    if isinstance(value, bool):
        return tr("نعم") if value else tr("لا")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return _readable_moment(str(value))


def _readable_moment(text: str) -> str:
    """Stored dates and times are ISO ("2023-05-26 17:30:00+00:00"): show them as the
    rest of the program does, dd/MM/yyyy and local time."""
    if not ISO_MOMENT.match(text):
        return text
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if len(text) == len("yyyy-mm-dd"):
        return f"{moment:%d/%m/%Y}"
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%d/%m/%Y %H:%M}"


def _short(text: str, length: int = VALUE_LENGTH) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"


def when(entry: LogEntry) -> str:
    """Local time, dd/MM/yyyy HH:mm, kept left to right inside the Arabic cell."""
    return f"{LRI}{entry.at.astimezone():%d/%m/%Y %H:%M}{PDI}"


def short_id(entry: LogEntry) -> str:
    return f"{LRI}{entry.entity_id[:8]}{PDI}"


def summary(entry: LogEntry) -> str:
    """One line: the first change with its values, then the names of the other fields."""
    fields = entry.fields()
    if entry.action is AuditAction.UPDATE and fields:
        first, others = fields[0], fields[1:]
        text = tr("{field}: {old} ← {new}").format(
            field=column_label(first.field),
            old=FSI + _short(value_text(first.old)) + PDI,
            new=FSI + _short(value_text(first.new)) + PDI)
        if others:
            text += tr("، ") + tr("، ").join(column_label(c.field) for c in others)
        return _short(text, SUMMARY_LENGTH)
    if entry.headline:
        return FSI + _short(entry.headline, SUMMARY_LENGTH) + PDI
    # A row without a name (a vote, a score): its own values, not the ids it points at.
    shown = [c for c in fields if c.field != "id" and not c.field.endswith("_id")] or fields
    return _short(tr("، ").join(
        tr("{field}: {value}").format(field=column_label(c.field), value=FSI + _short(value_text(
            c.new if entry.action is AuditAction.INSERT else c.old)) + PDI)
        for c in shown[:4]), SUMMARY_LENGTH)


class AuditDialog(QDialog):
    """The whole log, or (given a scope) one record's history."""

    def __init__(self, ctx: AppContext, scope: HistoryScope | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scope = scope
        self.setWindowTitle(tr("سجل التدقيق"))
        self.resize(1300, 680)  # fits a 1366×768 screen with its task bar

        self.panel = PagedListPanel([
            PagedColumn(tr("الوقت"), when, "at"),
            PagedColumn(tr("المستخدم"), lambda e: e.username, "username", latin=True),
            PagedColumn(tr("العملية"), lambda e: label(e.action), "action"),
            PagedColumn(tr("نوع السجل"), lambda e: kind_label(e.entity), "entity"),
            PagedColumn(tr("معرف السجل"), short_id),
            PagedColumn(tr("التغييرات"), summary),
        ], lambda q: audit_log.list_entries(ctx.db, q), "", lambda: None,
            lambda _entry: self.details.setFocus(), self)
        self.panel.add_button.hide()
        self.panel.edit_button.hide()
        self.panel.search.setPlaceholderText(tr("بحث في المستخدمين ومعرفات السجلات (Ctrl+F)"))

        self.user_filter = ChoiceBox()
        self.user_filter.setToolTip(tr("المستخدم"))
        self.kind_filter = ChoiceBox()
        self.kind_filter.setToolTip(tr("نوع السجل"))
        self.kind_filter.setMinimumWidth(170)
        self.from_check, self.date_from = self._date_filter(tr("من"), 30)
        self.to_check, self.date_to = self._date_filter(tr("إلى"), 0)
        for widget in (self.user_filter, self.kind_filter, self.from_check, self.date_from,
                       self.to_check, self.date_to):
            self.panel.filters.addWidget(widget)
        self._fill_choices()
        self.user_filter.currentIndexChanged.connect(self._filters_changed)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.panel.enable_paged_export("audit-log", lambda query, path, progress: (
            audit_log.export_entries(ctx.db, query, path, progress)))

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setVisible(scope is not None)
        if scope is not None:
            self.title.setText(RLM + tr("سجل {kind} {id} وما يتبعه").format(
                kind=kind_label(scope.entity), id=LRI + scope.entity_id + PDI))
        self.entry_title = QLabel()
        self.details = QTableWidget(0, 3)
        self.details.setHorizontalHeaderLabels(
            [tr("الحقل"), tr("القيمة السابقة"), tr("القيمة الجديدة")])
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.details.setAlternatingRowColors(True)
        self.details.setWordWrap(False)
        self.details.verticalHeader().hide()
        header = self.details.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.entry_title)
        below_layout.addWidget(self.details)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.panel)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("إغلاق"))
        buttons.rejected.connect(self.reject)
        self.verify_button = buttons.addButton(tr("التحقق من سلامة السجل"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.setToolTip(tr(
            "يعيد حساب بصمة كل قيد وسلسلته، ويقارن الوثائق المطبوعة والسجلات المقفلة بما سجل "
            "عند طباعتها أو قفلها"))
        self.verify_button.clicked.connect(self.verify_chain)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        if scope is not None:
            self.panel.set_filter("scope", scope)
        self.panel.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.show_entry(self.panel.current_record()))
        self.panel.model.modelReset.connect(
            lambda: self.show_entry(self.panel.current_record()))
        self.panel.reload()
        ctx.changed.connect(self._on_changed)

    def verify_chain(self) -> None:
        """Read the whole chain off the GUI thread and say what, if anything, breaks it."""
        db = self.ctx.db
        self.verify_button.setEnabled(False)

        def said(report: audit_chain.ChainReport) -> None:
            self.verify_button.setEnabled(True)
            self.last_report = report
            text = report.summary()
            if report.problems:
                text += "\n\n" + "\n".join(f"• {p.message}" for p in report.problems[:30])
                if len(report.problems) > 30:
                    text += "\n" + tr("... و{n} مشكلة أخرى (awrach audit verify يعرضها كلها)."
                                       ).format(n=len(report.problems) - 30)
                errors.messages.error(self, tr("سجل التدقيق غير سليم"), text)
            else:
                errors.messages.info(self, tr("سجل التدقيق سليم"), text)

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            errors.show_error(self, exc)

        run_query(self, lambda: audit_chain.verify(db), said, failed,
                  label=tr("جار التحقق من سجل التدقيق..."))

    @property
    def model(self) -> Any:
        return self.panel.model

    def _date_filter(self, text: str, days_back: int) -> tuple[QCheckBox, QDateEdit]:
        """A date that filters only once ticked: a QDateEdit cannot be left empty."""
        check = QCheckBox(text)
        editor = date_edit(date.today() - timedelta(days=days_back))
        editor.setEnabled(False)
        check.toggled.connect(editor.setEnabled)
        check.toggled.connect(self._filters_changed)
        editor.dateChanged.connect(lambda _d: self._filters_changed())
        return check, editor

    def set_dates(self, start: date | None, end: date | None) -> None:
        """Tick and fill the date filters (None clears one); the list reloads once."""
        for check, editor, day in ((self.from_check, self.date_from, start),
                                   (self.to_check, self.date_to, end)):
            for widget in (check, editor):
                widget.blockSignals(True)
            check.setChecked(day is not None)
            editor.setEnabled(day is not None)
            if day is not None:
                editor.setDate(QDate(day.year, day.month, day.day))
            for widget in (check, editor):
                widget.blockSignals(False)
        self._filters_changed()

    def _fill_choices(self) -> None:
        """Users and record types found in the log (in a history, those of the record).

        Read off the GUI thread: finding them walks the whole log, and the list is read
        again after every write while this window is open.
        """
        db, scope = self.ctx.db, self.scope

        def read() -> tuple[list[str], list[str]]:
            kinds = list(scope.ids) if scope is not None else audit_log.entity_kinds(db)
            return audit_log.usernames(db), kinds

        run_query(None, read, self._show_choices, quiet=True)

    def _show_choices(self, found: tuple[list[str], list[str]]) -> None:
        if not isValid(self):
            return
        users, kinds = found
        for box, items in ((self.user_filter, [(None, tr("كل المستخدمين"))]
                            + [(u, u) for u in users]),
                           (self.kind_filter, [(None, tr("كل أنواع السجلات"))] + sorted(
                               ((k, kind_label(k)) for k in kinds), key=lambda i: i[1]))):
            current = box.value()
            box.blockSignals(True)
            box.set_items(items)
            box.select(current)
            box.blockSignals(False)

    def _filters_changed(self) -> None:
        self.panel.set_filter("username", self.user_filter.value())
        self.panel.set_filter("entity", self.kind_filter.value())
        self.panel.set_filter("date_from", date_value(self.date_from)
                              if self.from_check.isChecked() else None)
        self.panel.set_filter("date_to", date_value(self.date_to)
                              if self.to_check.isChecked() else None)
        self.panel.reload()

    def _on_changed(self, changes: Changes) -> None:
        """Every write adds entries; in a history, new child rows may belong to it too."""
        if not changes:
            return
        if self.scope is None:
            self._fill_choices()
            self.panel.reload()
            return
        db, scope = self.ctx.db, self.scope
        run_query(None, lambda: audit_log.history_scope(db, scope.entity, scope.entity_id),
                  self._rescoped, quiet=True)

    def _rescoped(self, scope: HistoryScope) -> None:
        self.scope = scope
        self.panel.set_filter("scope", scope)
        self._fill_choices()
        self.panel.reload()

    def show_entry(self, entry: LogEntry | None) -> None:
        """The entry's fields under the list: field, value before, value after."""
        self.details.setRowCount(0)
        if entry is None:
            self.entry_title.setText("")
            return
        self.entry_title.setText(RLM + tr("{action} {kind} {id} — {user} — {time}").format(
            action=label(entry.action), kind=kind_label(entry.entity),
            id=LRI + entry.entity_id + PDI, user=FSI + entry.username + PDI,
            time=when(entry)))
        fields = entry.fields()
        self.details.setRowCount(len(fields))
        for row, change in enumerate(fields):
            for column, text in enumerate((column_label(change.field), value_text(change.old),
                                           value_text(change.new))):
                item = QTableWidgetItem(RLM + FSI + text + PDI if text else "")
                item.setToolTip(text)
                self.details.setItem(row, column, item)


def open_log(parent: QWidget, ctx: AppContext) -> AuditDialog:
    """The whole log, left open beside the work (it follows every change)."""
    dialog = AuditDialog(ctx, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_history(parent: QWidget, ctx: AppContext, entity: str, entity_id: object
                 ) -> Progress:
    """A record's history with its child rows; finding the children is a read, off the GUI
    thread (a closed meeting holds hundreds of votes and scores)."""
    db = ctx.db

    def show(scope: HistoryScope) -> None:
        dialog = AuditDialog(ctx, scope, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    return run_query(parent, lambda: audit_log.history_scope(db, entity, entity_id), show)


def history_button(parent: QWidget, ctx: AppContext, entity: str,
                   entity_id: Any) -> QPushButton:
    """"السجل": the record's history one click away (disabled until the record is saved)."""
    button = QPushButton(tr("السجل"))
    button.setToolTip(tr("من غير ماذا ومتى في هذا السجل وما يتبعه"))
    button.setEnabled(entity_id is not None)
    button.clicked.connect(lambda: open_history(parent, ctx, entity, entity_id))
    return button
