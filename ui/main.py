"""Start-up of the window: Qt application, fonts, translations, right-to-left, database."""

from __future__ import annotations

import logging
import sys

# The database stack before Qt: once PySide6 is loaded, its import hook inspects every
# module imported after it (its __feature__ check), which made SQLAlchemy and the models
# about 0.1 s slower to import at every start.
from app.services import users  # noqa: F401
from app.services.startup import (
    OpenedDatabase,
    close_database,
    complete_pending_indexes,
    open_database,
)

# isort: split
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import DomainError
from app.settings import LANGUAGE
from ui import gc_guard
from ui import language as language_module
from ui.context import AppContext
from ui.dialogs.sign_in_dialog import sign_in
from ui.errors import ExceptHook, setup_logging
from ui.fonts import load_fonts
from ui.i18n import tr
from ui.main_window import MainWindow
from ui.tasks import run_op

_keep: list[object] = []  # translators and hooks must outlive run_gui's frame


def language(requested: str | None) -> str:
    return requested or LANGUAGE.get()


def prepare_application(lang: str = "ar") -> QApplication:
    """The QApplication set up once: names, font, direction, Qt's and our translations."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("AwrachDesk")
    QCoreApplication.setApplicationName("AwrachDesk")
    gc_guard.install(app)
    app.setFont(load_fonts())
    language_module.apply(lang)
    return app


def announce_database(opened: OpenedDatabase) -> None:
    """Whoever started the program (scripts/run.sh, a shortcut) can tell which database
    the window works on: one line on the terminal, and the same in the log."""
    line = (f"Awrach Desk: database opened: {opened.db.display_name} "
            f"(schema revision {opened.upgrade.to_revision})")
    if sys.stdout is not None:  # a windowed Windows build has no console
        print(line, flush=True)
    logging.getLogger("awrach").info(line)


def open_offering_restore(url: str) -> OpenedDatabase | None:
    """Open the database; found damaged, offer its newest good backup and open that
    (None when the user leaves without restoring)."""
    from app.services import backup

    while True:
        try:
            return open_database(url)
        except DomainError:
            damaged = backup.damaged_database(url)
            if damaged is None:
                raise
            from ui.dialogs.damaged_dialog import offer_restore

            if not offer_restore(damaged):
                return None


def run_gui(url: str, demo: bool = False, lang: str | None = None) -> int:
    app = prepare_application(language(lang))
    setup_logging()
    _keep.append(ExceptHook())
    try:
        opened = open_offering_restore(url)
        if opened is None:
            return 1
        announce_database(opened)
        if demo:
            from app.services import demo as demo_data
        # The demo logs its own administrator in on a new database (see the README);
        # everyone else goes through the log-in.
        actor = (demo_data.demo_administrator(opened.db) if demo else None) \
            or sign_in(opened.db)
        if actor is None:
            opened.db.dispose()
            return 0
        if demo and not demo_data.demo_present(opened.db):
            demo_data.build_demo(opened.db, actor)
    except DomainError as exc:
        QMessageBox.critical(None, "مكتب أوراش", exc.message)
        return 1
    window = MainWindow(AppContext(opened.db, actor))
    if opened.upgrade.backup is not None:
        window.statusBar().showMessage(
            tr("حدثت قاعدة البيانات؛ نسخة احتياطية في: ")
            + str(opened.upgrade.backup), 15000)
    window.show_first()
    db = opened.db
    run_op(None, lambda: complete_pending_indexes(db))
    code = app.exec()
    close_database(opened.db)
    return code

