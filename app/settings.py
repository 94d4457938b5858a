"""The settings of this computer, declared once: name, type, default and title.

Settings that travel with the data (convention wording, domains, minimum wages) live in the
database; these belong to one installation (which database to open, the interface language,
where the window was), so they sit in one JSON file in the user's configuration folder.
Every setting is declared here as a typed `Setting` (as Picard's `options.py` and Electrum's
`ConfigVar` do), so no string key is spelt twice and a value of the wrong type, a hand-edited
or a half-written file gives the default instead of an error at start-up.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Generic, TypeVar

from platformdirs import user_config_path

from app.paths import APP_NAME

T = TypeVar("T")


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the marker Qt's lupdate looks for)
    """Marks a title for translation without Qt: lupdate collects it from this file and the
    interface translates it when it shows it."""
    return text


def default_settings_path() -> Path:
    return user_config_path(APP_NAME, appauthor=False) / "settings.json"


class SettingsStore:
    """The one file that holds every setting of this computer.

    Without a path it follows the user's configuration folder at each access, so a test
    that moves XDG_CONFIG_HOME (tests/conftest.py) gets a fresh store.
    """

    def __init__(self, path: Path | None = None) -> None:
        self._path = path

    @property
    def path(self) -> Path:
        return self._path or default_settings_path()

    def read(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def write(self, name: str, value: object) -> None:
        """Replace the file in one step: a crash while writing leaves the old file whole."""
        data = self.read()
        data[name] = value
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False, indent=2)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


STORE = SettingsStore()
REGISTRY: dict[str, Setting[object]] = {}


class Setting(Generic[T]):
    """One declared setting; `get` never fails, `set` refuses a value of the wrong type."""

    def __init__(self, name: str, kind: type[T], default: T, *, title: str,
                 choices: tuple[T, ...] = ()) -> None:
        if name in REGISTRY:
            raise ValueError(f"setting {name!r} is declared twice")
        self.name = name
        self.kind = kind
        self.default = default
        self.title = title
        self.choices = choices
        if not self.accepts(default):
            raise ValueError(f"the default of {name!r} is not a valid value")
        REGISTRY[name] = self  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Setting({self.name!r}, {self.kind.__name__}, {self.default!r})"

    def accepts(self, value: object) -> bool:
        # JSON has no bool/int distinction that Python keeps: True is an int to isinstance.
        if isinstance(value, bool) and self.kind is not bool:
            return False
        if not isinstance(value, self.kind):
            return False
        return not self.choices or value in self.choices

    def get(self, store: SettingsStore | None = None) -> T:
        value = (store or STORE).read().get(self.name, self.default)
        return value if self.accepts(value) else self.default  # type: ignore[return-value]

    def set(self, value: T, store: SettingsStore | None = None) -> None:
        if not self.accepts(value):
            raise TypeError(f"{value!r} is not a valid value for the setting {self.name!r}")
        (store or STORE).write(self.name, value)


DATABASE_URL = Setting[str](
    "database_url", str, "",
    title=QT_TR_NOOP("قاعدة البيانات"))
LANGUAGE = Setting[str](
    "language", str, "ar", choices=("ar", "fr"),
    title=QT_TR_NOOP("لغة الواجهة"))
WINDOW_GEOMETRY = Setting[str](
    "window_geometry", str, "",  # base64 of QWidget.saveGeometry()
    title=QT_TR_NOOP("موضع النافذة الرئيسية وحجمها"))
MACHINE_ID = Setting[str](
    "machine_id", str, "",  # made once (uuid4) by app.services.audit.machine_id()
    title=QT_TR_NOOP("معرف هذا الحاسوب في سجل التدقيق"))
IDLE_LOCK_MINUTES = Setting[int](
    "idle_lock_minutes", int, 10, choices=(0, 5, 10, 15, 30, 60),
    title=QT_TR_NOOP("قفل الشاشة بعد مدة دون استعمال (بالدقائق، 0 = أبدا)"))
LAST_USERNAME = Setting[str](
    "last_username", str, "",
    title=QT_TR_NOOP("آخر مستخدم سجل دخوله على هذا الجهاز"))
BACKUPS_KEPT = Setting[int](
    "backups_kept", int, 10,
    title=QT_TR_NOOP("عدد النسخ الاحتياطية التلقائية المحفوظة بجانب قاعدة البيانات"))
DAMANCOM_NAME_ORDER = Setting[str](
    "damancom_name_order", str, "affiliate_period",
    choices=("affiliate_period", "period_affiliate"),
    title=QT_TR_NOOP("ترتيب اسم ملف التصريح بضمان كم: رقم الانخراط ثم الفترة، أو العكس"))
CNSS_SALARY_CEILING = Setting[int](
    "cnss_salary_ceiling_centimes", int, 600000,
    title=QT_TR_NOOP("سقف الأجر المصرح به للضمان الاجتماعي (بالسنتيم)"))
BACKUP_AT_START_HOURS = Setting[int](
    "backup_at_start_hours", int, 24,
    title=QT_TR_NOOP("نسخة احتياطية تلقائية عند الفتح إذا كانت آخر نسخة أقدم من (بالساعات، "
                     "0 = عند كل فتح)"))
CHECKED_FILES = Setting[dict](
    "checked_files", dict, {},  # resolved path -> [size, mtime_ns] after a sound quick_check
    title=QT_TR_NOOP("ملفات قواعد البيانات التي فحصت ولم تتغير منذ ذلك"))
IMPORT_MAPPING = Setting[str](
    "beneficiary_import_mapping", str, "",  # JSON: field key -> the header last matched to it
    title=QT_TR_NOOP("آخر مطابقة لأعمدة ملف المستفيدين"))
MIN_AGE = Setting[int](
    "beneficiary_min_age", int, 18,
    title=QT_TR_NOOP("أدنى سن للمستفيد عند بداية الورش (بالسنوات)"))
MAX_AGE = Setting[int](
    "beneficiary_max_age", int, 65,
    title=QT_TR_NOOP("أقصى سن للمستفيد عند بداية الورش (بالسنوات)"))
