"""Switching the interface language while the program runs.

A switch swaps the translators (ours, from `i18n/awrach_fr.qm`, and Qt's own), the default
locale, the application's layout direction (Arabic right to left, French left to right) and
the core's message language (`app.language`), then remembers the choice. Every open window then
follows: a window with a `retranslate()` method (the main window, which rebuilds its pages)
does its own; any other (an open dialog) has its texts looked up again in the catalog, so
no page or dialog needs code of its own. A text that is not in the catalog (a name the user
typed) stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from app import language as core_i18n
from app.domain import enums
from app.paths import translations_dir
from app.settings import LANGUAGE

_installed: dict[str, QTranslator] = {}


def locale_of(language: str) -> QLocale:
    return QLocale(QLocale.Language.Arabic if language == "ar" else QLocale.Language.French,
                   QLocale.Country.Morocco)


def direction_of(language: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight


def current() -> str:
    return core_i18n.language()


def apply(language: str) -> None:
    """Translators, locale, direction and the core's language set to `language`."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed.values():
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    locale = locale_of(language)
    QLocale.setDefault(locale)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_translator)
        _installed["qt"] = qt_translator
    if language == "fr":
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / "awrach_fr.qm")):
            QCoreApplication.installTranslator(ours)
            _installed["ours"] = ours
    core_i18n.set_language(language)
    if isinstance(app, QApplication):
        app.setLayoutDirection(direction_of(language))


def switch(language: str) -> None:
    """Change the language of the running program and keep it for the next start."""
    LANGUAGE.set(language)
    if language == current():
        return
    apply(language)
    for window in QApplication.topLevelWidgets():
        if not window.isVisible() and not hasattr(window, "retranslate"):
            continue
        own = getattr(window, "retranslate", None)
        if callable(own):
            own()
        else:
            retranslate_tree(window)


def again(text: str) -> str:
    """`text`, shown in one language, in the current one: its Arabic source is found in the
    catalog (it is either the source itself or a French translation) and translated anew."""
    if not text:
        return text
    catalog = core_i18n.catalog()
    source = text if text in catalog else core_i18n.sources_of().get(text)
    if source is not None:
        return QCoreApplication.translate("", source)
    both = _enum_labels().get(text)
    if both is not None:
        return both[1] if current() == "fr" else both[0]
    return text


@cache
def _enum_labels() -> dict[str, tuple[str, str]]:
    """The domain's enum labels (roles, statuses...) by either form: they are shown through
    `ui.i18n.label`, not the catalog."""
    found: dict[str, tuple[str, str]] = {}
    for key, arabic in enums.LABELS.items():
        french = enums.LABELS_FR.get(key)
        if french:
            found.setdefault(arabic, (arabic, french))
            found.setdefault(french, (arabic, french))
    return found


_retired: list[tuple[list[QWidget], Callable[[], None]]] = []


def open_windows(widget: QWidget) -> list[QWidget]:
    return [child for child in widget.findChildren(QWidget)
            if child.isWindow() and child.isVisible()]


def retire(pages: list[QWidget], gone: Callable[[], None]) -> None:
    """Pages replaced by their rebuilt selves go now, or, while a dialog one of them opened
    is still open (perhaps inside its own exec()), when that dialog closes; `gone` runs
    then (the window cuts their context, so no handler of theirs runs again)."""
    for page in pages:
        page.hide()
        page.setParent(None)  # type: ignore[call-overload]
        for window in open_windows(page):
            if isinstance(window, QDialog):
                window.finished.connect(lambda _result: _purge())
    _retired.append((pages, gone))
    _purge()


def _purge() -> None:
    for entry in list(_retired):
        pages, gone = entry
        if not any(open_windows(page) for page in pages):
            _retired.remove(entry)
            gone()
            for page in pages:
                page.deleteLater()


class LanguageMenu:
    """The View menu's choice of language, the current one checked."""

    NAMES = (("ar", "العربية"), ("fr", "Français"))  # each in its own language

    def __init__(self, menu: QMenu) -> None:
        self.menu = menu
        group = QActionGroup(menu)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code, name in self.NAMES:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setObjectName(f"language_{code}")
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: switch(code))
            self.actions[code] = action
        self.retranslate()

    def retranslate(self) -> None:
        self.actions[current()].setChecked(True)


def retranslate_tree(root: QWidget) -> None:
    """Every catalogued text of `root` and its children in the current language."""
    for widget in [root, *root.findChildren(QWidget)]:
        _retranslate_widget(widget)
    for action in root.findChildren(QAction):
        action.setText(again(action.text()))
        action.setToolTip(again(action.toolTip()))


def _retranslate_widget(widget: QWidget) -> None:  # noqa: C901 (one branch per kind of widget)
    if widget.isWindow():
        widget.setWindowTitle(again(widget.windowTitle()))
    if widget.toolTip():
        widget.setToolTip(again(widget.toolTip()))
    if isinstance(widget, (QLabel, QAbstractButton)):
        widget.setText(again(widget.text()))
    elif isinstance(widget, QGroupBox):
        widget.setTitle(again(widget.title()))
    elif isinstance(widget, QMenu):
        widget.setTitle(again(widget.title()))
        for action in widget.actions():
            action.setText(again(action.text()))
    elif isinstance(widget, QLineEdit):
        widget.setPlaceholderText(again(widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        for row in range(widget.count()):
            widget.setItemText(row, again(widget.itemText(row)))
    elif isinstance(widget, QTabWidget):
        for tab in range(widget.count()):
            widget.setTabText(tab, again(widget.tabText(tab)))
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setSuffix(again(widget.suffix()))
        widget.setPrefix(again(widget.prefix()))
    if isinstance(widget, QAbstractSpinBox):
        widget.setSpecialValueText(again(widget.specialValueText()))
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            item.setText(again(item.text()))
    elif isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            if header is not None:
                header.setText(again(header.text()))
    elif isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(header.columnCount()):
            header.setText(column, again(header.text(column)))
    elif isinstance(widget, QAbstractItemView):
        model = widget.model()
        if model is not None and model.columnCount() > 0:
            # The column models look their titles up at each paint (ui/models).
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
