"""The core's messages in the interface's language, from the interface's own catalog."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app import language
from app.cli import main
from app.config import sqlite_url
from app.domain.enums import PartnerKind
from app.domain.partners import Partner, validate_partner
from app.domain.programme import Edition, check_duration
from app.errors import ValidationError
from app.paths import translations_dir
from app.services import programme
from app.services.startup import open_database
from app.settings import LANGUAGE
from tests.conftest import ADMIN, ADMIN_PASSWORD, sign_in_admin


@pytest.fixture(autouse=True)
def _arabic_again():
    yield
    language.set_language("ar")


def test_the_compiled_catalog_holds_every_finished_translation_of_the_ts():
    tree = ET.parse(translations_dir() / "awrach_fr.ts")
    expected = {m.findtext("source"): m.find("translation").text for m in tree.iter("message")
                if m.find("translation").get("type") != "unfinished"}
    assert language.catalog() == expected
    assert language.sources_of()["Partenaires"] == "الشركاء"


def test_a_rule_broken_reads_in_the_language_set():
    with pytest.raises(ValidationError) as arabic:
        validate_partner(Partner(kind=PartnerKind.ASSOCIATION, name_ar=""))
    assert "الاسم بالعربية: إلزامي." in arabic.value.for_field("name_ar")
    language.set_language("fr")
    with pytest.raises(ValidationError) as french:
        validate_partner(Partner(kind=PartnerKind.ASSOCIATION, name_ar=""))
    assert french.value.for_field("name_ar") == ["Nom en arabe : obligatoire."]


def test_a_template_is_translated_before_its_values_are_put_in():
    language.set_language("fr")
    edition = Edition(year=2023, number=2, min_duration_months=3, max_duration_months=12)
    with pytest.raises(ValidationError) as caught:
        check_duration(13, edition)
    assert caught.value.for_field("duration_months")[0].startswith(
        "Durée du bénéfice : doit être comprise entre 3 et 12 mois")


@pytest.fixture
def office(tmp_path, monkeypatch):
    monkeypatch.setenv("AWRACH_USER", ADMIN)
    monkeypatch.setenv("AWRACH_PASSWORD", ADMIN_PASSWORD)
    opened = sign_in_admin(open_database(sqlite_url(tmp_path / "cli.sqlite")))
    programme.save_edition(opened.db, opened.actor, Edition(year=2023, number=2))
    opened.db.dispose()
    return str(tmp_path / "cli.sqlite")


QUOTA_WITHOUT_POSTS = ("quotas", "set", "--edition", "2023", "--province", "05.301",
                       "--posts", "0")


def test_the_cli_answers_in_french_with_lang_fr(capsys, office):
    assert main(["--db", office, *QUOTA_WITHOUT_POSTS, "--lang", "fr"]) == 1
    err = capsys.readouterr().err
    assert "error: Nombre de postes : doit être un entier supérieur à zéro." in err
    assert "عدد المناصب" not in err


def test_the_cli_follows_the_saved_setting_unless_told(capsys, office):
    LANGUAGE.set("fr")
    assert main(["--db", office, *QUOTA_WITHOUT_POSTS]) == 1
    assert "Nombre de postes" in capsys.readouterr().err
    assert main(["--lang", "ar", "--db", office, *QUOTA_WITHOUT_POSTS]) == 1
    assert "عدد المناصب" in capsys.readouterr().err
