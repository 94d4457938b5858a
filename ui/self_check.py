"""The window's part of `awrach --self-test`: Qt starts, finds its plugins, the bundled
fonts and the French translation.

A PyInstaller bundle most often breaks on what Qt loads by path at run time (platform
plugin, fonts, .qm files), which no import shows; these checks load each one. Headless
(no display on Linux) they use Qt's offscreen platform; on a desktop the real one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from app.language import QT_TR_NOOP, tr
from app.paths import translations_dir

# A string every interface shows, and its French (i18n/awrach_fr.ts).
SAMPLE = ("الإعدادات", "Paramètres")


def qt_checks() -> list[tuple[str, Callable[[], str]]]:
    return [(QT_TR_NOOP("أدوات النافذة والخطوط والترجمة"), _qt)]


def _headless() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _qt() -> str:
    if _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication, QLabel

    from app.self_test import SelfTestFailure
    from ui.fonts import UI_FAMILY, load_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    font = load_fonts()
    if font.family() != UI_FAMILY:
        raise SelfTestFailure(tr("لم يحمل خط الواجهة {family} (الخط: {font}).").format(
            family=UI_FAMILY, font=repr(font.family())))
    translator = QTranslator()
    path = translations_dir() / "awrach_fr.qm"
    if not translator.load(str(path)):
        raise SelfTestFailure(tr("تعذر تحميل ملف الترجمة {path}.").format(path=path))
    app.installTranslator(translator)
    try:
        french = QCoreApplication.translate("", SAMPLE[0])
    finally:
        app.removeTranslator(translator)
    if french != SAMPLE[1]:
        raise SelfTestFailure(tr("الترجمة الفرنسية لا تعمل: «{text}» صارت {french}.").format(
            text=SAMPLE[0], french=repr(french)))
    import ui.main_window  # noqa: F401  (every section's page imports from the bundle)

    label = QLabel("مكتب أوراش")
    label.setFont(font)
    image = label.grab().toImage()
    if image.isNull() or image.width() == 0:
        raise SelfTestFailure(tr("تعذر رسم نص عربي في نافذة."))
    return (tr("منصة Qt {platform}، الخط {font}، الفرنسية من {file}، وحدات النافذة الرئيسية "
               "مستوردة").format(platform=app.platformName(), font=font.family(),
                                 file=path.name))
