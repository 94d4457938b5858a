"""French is the second language: every interface string has a French translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import translations_dir

ROOT = Path(__file__).resolve().parents[2]
TR_CALL = re.compile(r'\btr\(\s*"((?:[^"\\]|\\.)*)"\s*\)')


def translated_sources() -> dict[str, str]:
    tree = ET.parse(translations_dir() / "awrach_fr.ts")
    result = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished":
            result[message.findtext("source") or ""] = translation.text or ""
    return result


def marked(folder: str) -> set[str]:
    return {text for path in (ROOT / folder).rglob("*.py")
            if path.name not in ("i18n.py", "language.py")  # docstrings show tr("...")
            for text in TR_CALL.findall(path.read_text(encoding="utf-8"))}


def test_every_tr_string_in_the_ui_has_a_french_translation():
    sources = translated_sources()
    missing = sorted(text for text in marked("ui") if text not in sources)
    assert missing == [], "run scripts/update-translations.sh and translate these"


def test_every_message_marked_in_the_core_has_a_french_translation():
    """app/ marks its messages with app.language.tr; the same catalog translates them."""
    sources = translated_sources()
    core = marked("app")
    assert "الاسم بالعربية: إلزامي." in core
    assert sorted(text for text in core if text not in sources) == [], \
        "run scripts/update-translations.sh and translate these"


def test_every_setting_title_has_a_french_translation():
    from app.settings import REGISTRY

    sources = translated_sources()
    assert sorted(s.title for s in REGISTRY.values() if s.title not in sources) == []


def test_the_compiled_french_file_translates_the_interface(ui_app):
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "awrach_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("", "البرنامج والحصص") == "Programme et quotas"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("", "البرنامج والحصص") == "البرنامج والحصص"
