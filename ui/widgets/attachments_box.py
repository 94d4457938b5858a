"""The files attached to a record: list, kind, attach (copied in the background), open.

Used by every form that keeps documents (partners' statutes, calls' specifications,
proposals' technical sheets), so files are handled one way everywhere.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import FSI, PDI
from app.services import attachments
from app.services.attachments import Attachment
from ui.context import AppContext
from ui.i18n import tr
from ui.tasks import run_task
from ui.widgets.inputs import ChoiceBox


def file_size(size_bytes: int) -> str:
    if size_bytes >= 1024 * 1024:
        return tr("{size} م.ب").format(size=f"{size_bytes / (1024 * 1024):.1f}")
    return tr("{size} ك.ب").format(size=max(1, round(size_bytes / 1024)))


class AttachmentsBox(QGroupBox):
    def __init__(self, ctx: AppContext, owner_table: str, kinds: list[tuple[str, str]],
                 title: str, pending_note: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ctx, self.owner_table = ctx, owner_table
        self.owner_id: uuid.UUID | None = None
        self.kinds = dict(kinds)
        self.note = QLabel(pending_note)
        self.note.setWordWrap(True)
        self.files = QListWidget()
        self.files.setWordWrap(True)
        self.files.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.kind = ChoiceBox(kinds)
        self.kind_caption = QLabel(tr("نوع الوثيقة"))
        self.attach_button = QPushButton(tr("إرفاق ملف..."))
        self.attach_button.clicked.connect(lambda: self.attach_file())
        self.open_button = QPushButton(tr("فتح"))
        self.open_button.clicked.connect(self.open_selected)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_caption)
        kind_row.addWidget(self.kind, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.files, 1)
        column.addLayout(kind_row)
        column.addLayout(buttons)
        if len(kinds) < 2:
            self.kind.hide()
            self.kind_caption.hide()
        self.refresh()

    def set_owner(self, owner_id: uuid.UUID | None) -> None:
        self.owner_id = owner_id
        self.refresh()

    def refresh(self) -> None:
        saved = self.owner_id is not None
        self.note.setVisible(not saved)
        for widget in (self.files, self.attach_button, self.open_button):
            widget.setVisible(saved)
        self.files.clear()
        if self.owner_id is None:
            return
        for found in attachments.list_attachments(self.ctx.db, self.owner_table, self.owner_id):
            # The file name is often Latin: isolate it so the line stays right to left.
            kind = self.kinds.get(found.kind) or found.kind
            text = (f"{kind}: " if kind else "") + \
                f"{FSI}{found.original_name}{PDI} ({file_size(found.size_bytes)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, found)
            self.files.addItem(item)
        if self.files.count():
            self.files.setCurrentRow(self.files.count() - 1)
        self.open_button.setEnabled(self.files.count() > 0)

    def listed(self) -> list[Attachment]:
        return [self.files.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.files.count())]

    def attach_file(self, source: Path | None = None) -> None:
        """Copy a file beside the database and link it (asks for the file when not given)."""
        owner_id = self.owner_id
        if owner_id is None:
            return
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self, tr("إرفاق ملف"), str(Path.home()),
                tr("وثائق (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;كل الملفات (*)"))
            if not name:
                return
            source = Path(name)
        kind = self.kind.value() or ""
        self.attach_button.setEnabled(False)

        def done(_attachment: Attachment) -> None:
            self.attach_button.setEnabled(True)
            self.refresh()

        def failed(exc: BaseException) -> None:
            from ui.errors import show_error

            self.attach_button.setEnabled(True)
            show_error(self, exc)

        db, actor, table = self.ctx.db, self.ctx.actor, self.owner_table
        run_task(self, tr("جار نسخ الملف..."),
                 lambda _progress: attachments.attach(db, actor, table, owner_id, source, kind),
                 done, failed)

    def selected(self) -> Attachment | None:
        item = self.files.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def open_selected(self) -> None:
        """Open the stored copy with the program the system uses for its type."""
        found = self.selected()
        if found is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(found.path)))
