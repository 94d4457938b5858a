"""Settings of this computer: declared once, typed, in one file that never breaks start-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.config import resolve_database_url, sqlite_url
from app.settings import (
    DATABASE_URL,
    LANGUAGE,
    REGISTRY,
    STORE,
    WINDOW_GEOMETRY,
    Setting,
    SettingsStore,
)


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config" / "settings.json")


def test_every_setting_is_declared_once_with_a_title():
    assert {DATABASE_URL.name, LANGUAGE.name, WINDOW_GEOMETRY.name} <= set(REGISTRY)
    assert all(setting.title for setting in REGISTRY.values())
    with pytest.raises(ValueError, match="declared twice"):
        Setting[str]("language", str, "ar", title="x")


def test_a_saved_value_reads_back_and_the_others_keep_theirs(store):
    assert LANGUAGE.get(store) == "ar"
    LANGUAGE.set("fr", store)
    DATABASE_URL.set("sqlite:///office.sqlite", store)
    assert (LANGUAGE.get(store), DATABASE_URL.get(store)) == ("fr", "sqlite:///office.sqlite")
    assert json.loads(store.path.read_text(encoding="utf-8")) == {
        "language": "fr", "database_url": "sqlite:///office.sqlite"}
    assert list(store.path.parent.iterdir()) == [store.path], "no temporary file left behind"


def test_a_value_of_the_wrong_type_or_outside_the_choices_reads_as_the_default(store):
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"language": "de", "database_url": 42,
                                      "window_geometry": True}), encoding="utf-8")
    assert LANGUAGE.get(store) == "ar"
    assert DATABASE_URL.get(store) == ""
    assert WINDOW_GEOMETRY.get(store) == ""


def test_a_wrong_value_is_refused_before_it_reaches_the_file(store):
    with pytest.raises(TypeError):
        LANGUAGE.set("de", store)
    with pytest.raises(TypeError):
        DATABASE_URL.set(None, store)  # type: ignore[arg-type]
    assert not store.path.exists()


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "", "\x00\xff"])
def test_a_corrupt_file_gives_the_defaults_and_is_replaced_on_the_next_save(store, content):
    store.path.parent.mkdir(parents=True)
    store.path.write_text(content, encoding="latin-1")
    assert LANGUAGE.get(store) == "ar"
    LANGUAGE.set("fr", store)
    assert LANGUAGE.get(store) == "fr"


def test_the_default_store_follows_the_user_configuration_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    LANGUAGE.set("fr")
    assert STORE.path == tmp_path / "elsewhere" / "AwrachDesk" / "settings.json"
    assert LANGUAGE.get() == "fr"


def test_the_database_comes_from_db_then_environment_then_setting_then_default(
        tmp_path, monkeypatch):
    assert resolve_database_url().endswith("AwrachDesk/awrach.sqlite")
    DATABASE_URL.set("  sqlite:///saved.sqlite ")
    assert resolve_database_url() == "sqlite:///saved.sqlite"
    monkeypatch.setenv("AWRACH_DB_URL", "sqlite:///env.sqlite")
    assert resolve_database_url() == "sqlite:///env.sqlite"
    assert resolve_database_url(tmp_path / "cli.sqlite") == sqlite_url(tmp_path / "cli.sqlite")
