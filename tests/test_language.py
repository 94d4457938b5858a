"""The core's messages in the interface's language, from the interface's own catalog."""

from __future__ import annotations

import csv
import re
import uuid
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from app import language
from app.cli import main
from app.config import sqlite_url
from app.domain.enums import PartnerKind, Sex, UserRole
from app.domain.meetings import QuorumRule, check_grid_may_change, check_quorum
from app.domain.partners import Partner, validate_partner
from app.domain.programme import Edition, check_duration
from app.domain.roles import Permission, forbidden_message
from app.errors import Conflict, DomainError, ValidationError
from app.io.tabular import read_table
from app.paths import translations_dir
from app.services import backup, dashboard, programme
from app.services import beneficiary_import as bi
from app.services.dashboard import Breakdown, Dashboard, Figure, Scope
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
    assert "erreur : Nombre de postes : doit être un entier supérieur à zéro." in err
    assert "عدد المناصب" not in err


def test_the_cli_follows_the_saved_setting_unless_told(capsys, office):
    LANGUAGE.set("fr")
    assert main(["--db", office, *QUOTA_WITHOUT_POSTS]) == 1
    assert "Nombre de postes" in capsys.readouterr().err
    assert main(["--lang", "ar", "--db", office, *QUOTA_WITHOUT_POSTS]) == 1
    assert "عدد المناصب" in capsys.readouterr().err


def test_a_meeting_refusal_reads_in_french_with_its_figures():
    language.set_language("fr")
    with pytest.raises(ValidationError) as caught:
        check_quorum(QuorumRule(), 8, 4)
    assert caught.value.for_field("quorum") == [
        "Quorum : les décisions ne peuvent pas être enregistrées ; 4 membres votants présents "
        "sur 8, il en faut au moins 5."]
    with pytest.raises(Conflict) as frozen:
        check_grid_may_change(True)
    assert frozen.value.message.startswith("Grille de notation : des notes ont été saisies")


def test_a_refusal_by_role_names_the_roles_in_french():
    language.set_language("fr")
    message = forbidden_message(Permission.USERS)
    assert message.startswith("Vous ne pouvez pas gérer les comptes utilisateurs : ")
    assert UserRole.ADMIN.label_fr in message and "لا يمكنك" not in message


def test_a_restore_refusal_names_the_file_in_french(tmp_path):
    language.set_language("fr")
    text = tmp_path / "notes.txt"
    text.write_text("pas une base", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        backup.check_restorable(text)
    assert caught.value.message == (
        f"Le fichier « {text} » n’est pas une base de données Awrach (ce n’est pas un "
        "fichier SQLite). Rien n’a été restauré.")


def test_an_import_report_reads_in_french_rules_columns_and_headers(opened, tmp_path):
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["رقم البطاقة الوطنية", "الاسم العائلي", "الاسم الشخصي", "الجنس",
                         "تاريخ الازدياد"])
        writer.writerow(["AB123456", "العلوي", "أمينة", "F", "12/03/1995"])
        writer.writerow(["AB123456", "العلوي", "سعاد", "X", "12/03/1996"])
    options = bi.ImportOptions(bi.guess_mapping(read_table(path).headers),
                               check_day=date(2024, 6, 1))
    language.set_language("fr")
    report = bi.check_file(opened.db, path, options)
    rules = {p.rule for p in report.problems}
    assert "Le numéro de CIN AB123456 figure deux fois dans le fichier (ligne 2)." in rules
    assert "Sexe : homme ou femme (H/F)." in rules
    saved = bi.write_report(report, tmp_path / "report.xlsx")
    sheet = CalamineWorkbook.from_path(str(saved)).get_sheet_by_index(0).to_python()
    assert sheet[0] == ["Ligne", "Colonne", "Valeur", "Règle"]
    language.set_language("ar")
    assert {p.rule for p in bi.check_file(opened.db, path, options).problems} >= {
        "الجنس: ذكر أو أنثى (H/F)."}


def test_the_cli_says_what_it_wrote_in_french(capsys, office, tmp_path):
    out = tmp_path / "copy.sqlite"
    assert main(["--db", office, "backup", "--out", str(out), "--lang", "fr"]) == 0
    assert f"Sauvegarde enregistrée : {out}" in capsys.readouterr().out
    assert main(["--db", office, "backup", "--out", str(out), "--lang", "fr"]) == 1
    err = capsys.readouterr().err
    assert f"Le fichier « {out} » existe déjà" in err and "موجود" not in err


def test_the_dashboard_shows_french_words_and_keeps_arabic_for_the_report():
    board = Dashboard(Scope(uuid.uuid4(), (), 2023, "إقليم خنيفرة", 6), [
        Figure("worksites", "عدد الأوراش", 3),
        Figure("people_at_duration", "عدد المستفيدين الممكن بمدة 6 أشهر", 40)], [
        Breakdown("sex", "المستفيدون حسب الجنس", "الجنس", "عدد المستفيدين",
                  [(Sex.FEMALE.label, 2, None), ("بدون إعاقة", 1, None)])])
    assert dashboard.in_language(board) is board
    language.set_language("fr")
    shown = dashboard.in_language(board)
    assert [f.label for f in shown.figures] == [
        "Nombre de chantiers", "Bénéficiaires possibles pour une durée de 6 mois"]
    assert shown.breakdowns[0].title == "Bénéficiaires par sexe"
    assert [row[0] for row in shown.breakdowns[0].rows] == [Sex.FEMALE.label_fr,
                                                             "Sans handicap"]
    assert board.figures[0].label == "عدد الأوراش"


def _words_left(text: str, *known: str) -> list[str]:
    """The Latin words of a CLI output once its paths and command names are taken out."""
    for part in known:
        text = text.replace(part, "")
    return re.findall(r"[A-Za-z]{3,}", text)


def test_the_cli_lines_are_arabic_by_default_and_french_with_lang_fr(capsys, office, tmp_path):
    copy, folder = tmp_path / "copy.sqlite", tmp_path / "ceremony"
    commands = (["backup", "--out", str(copy)],
                ["conventions", "draw-up", "--edition", "2023"],
                ["print", "conventions", "--edition", "2023", "--out", str(folder)],
                ["db", "info"])
    arabic = []
    for command in commands:
        main(["--db", office, *command])
        arabic.append(capsys.readouterr())
    assert arabic[0].out == f"تم حفظ النسخة الاحتياطية: {copy}\n"
    assert arabic[1].out == "عدد الاتفاقيات المعدة: 0\n"
    assert arabic[2].err == ("خطأ: لا توجد أي اتفاقية تطابق الاختيار؛ أعد الاتفاقيات أولا "
                             "(awrach conventions draw-up).\n")
    assert "مراجعة بنية قاعدة البيانات: " in arabic[3].out
    everything = "".join(o.out + o.err for o in arabic)
    assert _words_left(everything, str(copy), office, "awrach conventions draw-up") == []

    copy.unlink()
    french = []
    for command in commands:
        main(["--db", office, *command, "--lang", "fr"])
        french.append(capsys.readouterr())
    assert french[0].out == f"Sauvegarde enregistrée : {copy}\n"
    assert french[1].out == "Conventions établies : 0\n"
    assert french[2].err == ("erreur : Aucune convention ne correspond à ce choix ; établissez "
                             "d’abord les conventions (awrach conventions draw-up).\n")
    assert "Révision du schéma de la base : " in french[3].out
    assert not re.search("[\u0600-\u06ff]", "".join(
        o.out + o.err for o in french[:3]))


def test_worksite_and_grant_lists_read_in_french():
    """The worksite statuses and lateness, and the grants' sectors, contracts and
    application statuses, carry French labels; a refused move names both in French."""
    from datetime import date

    from app.domain.followup import Lateness, WorksiteStatus, check_transition
    from app.domain.grants import ApplicationStatus, ContractType, Sector

    language.set_language("fr")
    assert [language.label(s) for s in (Sector.CONSTRUCTION, ContractType.FIXED_TERM,
                                        ApplicationStatus.RECEIVED, Lateness.OVERDUE)] == [
        "BTP", "CDD", "À l'étude", "Date de fin dépassée sans achèvement"]
    with pytest.raises(ValidationError) as refused:
        check_transition(WorksiteStatus.COMPLETED, WorksiteStatus.STARTED, date(2024, 1, 2),
                         None, date(2024, 1, 3), "")
    message = refused.value.for_field("status")[0]
    assert "« Achevé »" in message and "« En cours de réalisation »" in message, message
    language.set_language("ar")
    assert language.label(Sector.CONSTRUCTION) == "البناء والأشغال العمومية"
