"""Data packages: what one database exports, another imports exactly, once, and safely."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import sqlite_url
from app.domain.enums import PartnerKind
from app.domain.exchange import Outcome
from app.domain.partners import Partner
from app.errors import DomainError
from app.io.package import PackageError
from app.services import attachments, exchange, partners
from app.services.exchange import record_of, travelling_tables
from app.services.listing import ListQuery
from app.services.startup import open_database
from app.services.unit_of_work import reading
from app.settings import MACHINE_ID
from app.storage.database import Database
from app.storage.models import AuditRow, Base, ChangeLogRow, ConventionRow, MeetingRow
from app.storage.models.exchange import NOT_RECORDS


def as_machine(name: str) -> None:
    """Which laptop the next operation runs on (each database has its own machine id)."""
    MACHINE_ID.set(name)


def records(db: Database) -> dict[str, dict[str, dict]]:
    with reading(db) as session:
        return {t.name: {exchange.key_of(t, r): record_of(t, r)
                         for r in session.execute(select(t))} for t in travelling_tables()}


@pytest.fixture
def second(template_db, admin_actor, tmp_path) -> Database:
    """Another committee's database: the same shipped territory, none of the demo."""
    folder = tmp_path / "council"
    folder.mkdir()
    shutil.copyfile(template_db, folder / "council.sqlite")
    opened = open_database(sqlite_url(folder / "council.sqlite"))
    yield opened.db
    opened.db.dispose()


@pytest.fixture
def laptop(demo_opened, tmp_path):
    """The secretary's laptop: the demo, a partner with its statutes attached."""
    as_machine("laptop-khenifra")
    db, actor = demo_opened.db, demo_opened.actor
    statutes = tmp_path / "statutes.pdf"
    statutes.write_bytes(b"%PDF-1.4 statutes " + bytes(range(256)) * 40)
    partner = partners.save_partner(db, actor, Partner(
        PartnerKind.ASSOCIATION, "جمعية التبادل", legal_representative="سعاد"))
    attachments.attach(db, actor, "partners", partner.id, statutes, "statutes")
    return demo_opened


def export(opened, tmp_path, name="all.awrach.zip", **selection) -> Path:
    as_machine("laptop-khenifra")
    chosen = exchange.selection_for(opened.db, **selection) if selection else None
    out = tmp_path / name
    exchange.export_package(opened.db, opened.actor, out, chosen)
    return out


def test_every_table_of_the_metadata_travels_unless_named_as_bookkeeping():
    """A table added by another capability travels with no code of its own: this lists
    what does not, and why, so a new table cannot be left out by accident."""
    names = {t.name for t in travelling_tables()}
    assert names | NOT_RECORDS == set(Base.metadata.tables)
    assert {"partners", "proposals", "conventions", "attachments", "beneficiaries",
            "assignments", "settings", "printed_documents"} <= names
    assert all(t.primary_key.columns for t in travelling_tables())


def test_an_export_imported_elsewhere_reproduces_the_data_and_files_exactly(laptop, second,
                                                                            tmp_path):
    package = export(laptop, tmp_path)
    as_machine("council-beni-mellal")
    result = exchange.import_package(second, laptop.actor, package)
    assert result.count(Outcome.CONFLICT) == 0 and result.files_added == 1
    theirs, ours = records(laptop.db), records(second)
    for table in travelling_tables():  # every table, the ones added tomorrow too
        for key, record in theirs[table.name].items():
            assert ours[table.name].get(key) == record, (table.name, key)
        assert ours[table.name] == theirs[table.name], table.name
    (attached,) = [a for a in records(second)["attachments"].values()]
    copied = attachments.files_dir(second) / attached["stored_name"]
    assert copied.read_bytes() == (attachments.files_dir(laptop.db)
                                   / attached["stored_name"]).read_bytes()
    with reading(second) as session:  # the locks came with the records, sealed here
        assert session.scalar(select(func.count()).select_from(MeetingRow)
                              .where(MeetingRow.closed_at.is_not(None)))
        seals = session.scalar(select(func.count()).select_from(AuditRow)
                               .where(AuditRow.action == "seal"))
        foreign = session.scalar(select(func.count()).select_from(AuditRow)
                                 .where(AuditRow.machine == "laptop-khenifra"))
    assert seals and foreign == 0  # the import wrote its own entries, chained here


def test_importing_the_same_package_twice_changes_nothing(laptop, second, tmp_path):
    package = export(laptop, tmp_path)
    as_machine("council-beni-mellal")
    exchange.import_package(second, laptop.actor, package)
    before = records(second)
    with reading(second) as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditRow))
    again = exchange.import_package(second, laptop.actor, package)
    assert again.changed == 0 and again.count(Outcome.CONFLICT) == 0
    assert again.count(Outcome.SAME) == sum(len(r) for r in before.values() if r)
    assert records(second) == before
    with reading(second) as session:
        assert session.scalar(select(func.count()).select_from(AuditRow)) == audit_before


def _edit_one_byte(package: Path, tmp_path: Path, member: str) -> Path:
    """Rewrite the zip with one byte of `member` changed (a valid zip, a wrong part)."""
    edited = tmp_path / "edited.awrach.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(edited, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == member:
                data = data.replace("جمعية التبادل".encode(), "جمعية التبادك".encode(), 1)
            target.writestr(item, data)
    return edited


def test_a_tampered_truncated_or_newer_package_is_refused_whole(laptop, second, tmp_path):
    package = export(laptop, tmp_path)
    as_machine("council-beni-mellal")
    before = records(second)
    edited = _edit_one_byte(package, tmp_path, "records/partners.json")
    with pytest.raises(PackageError, match="تغير بعد التصدير"):
        exchange.import_package(second, laptop.actor, edited)
    raw = bytearray(package.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    flipped = tmp_path / "flipped.awrach.zip"
    flipped.write_bytes(bytes(raw))
    with pytest.raises(PackageError, match="مرفوضة"):
        exchange.import_package(second, laptop.actor, flipped)
    truncated = tmp_path / "cut.awrach.zip"
    truncated.write_bytes(package.read_bytes()[: package.stat().st_size * 2 // 3])
    with pytest.raises(PackageError, match="تالف أو مبتور"):
        exchange.import_package(second, laptop.actor, truncated)
    newer = tmp_path / "newer.awrach.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(newer, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["schema_revision"] = "9999"
                from app.io.package import _seal

                manifest["seal"] = _seal(manifest)
                data = json.dumps(manifest).encode()
            target.writestr(item, data)
    with pytest.raises(PackageError, match="أحدث"):
        exchange.import_package(second, laptop.actor, newer)
    assert records(second) == before
    assert not list(attachments.files_dir(second).iterdir())


def _partner(db, name):
    (found,) = [p for p in partners.list_partners(db, ListQuery(search=name)).rows
                if p.name_ar == name]
    return found


def test_a_record_changed_on_both_sides_is_a_conflict_decided_field_by_field(laptop, second,
                                                                          tmp_path):
    exchange.import_package(second, laptop.actor, export(laptop, tmp_path))
    as_machine("laptop-khenifra")
    mine = _partner(laptop.db, "جمعية التبادل")
    partners.save_partner(laptop.db, laptop.actor, Partner(
        **{**mine.__dict__, "legal_representative": "سعاد الجديدة"}))
    as_machine("council-beni-mellal")
    theirs = _partner(second, "جمعية التبادل")
    partners.save_partner(second, laptop.actor, Partner(
        **{**theirs.__dict__, "notes": "ملاحظة المجلس", "legal_representative": "سعيد"}))
    result = exchange.import_package(second, laptop.actor,
                                     export(laptop, tmp_path, "second.awrach.zip"))
    assert result.count(Outcome.CONFLICT) == 1
    assert _partner(second, "جمعية التبادل").legal_representative == "سعيد"  # not overwritten
    (conflict,) = exchange.list_conflicts(second)
    fields = {f.name: f for f in conflict.differing}
    assert (fields["legal_representative"].base, fields["legal_representative"].ours,
            fields["legal_representative"].theirs) == ("سعاد", "سعيد", "سعاد الجديدة")
    assert fields["notes"].proposed == "ours"
    exchange.resolve_conflict(second, laptop.actor, conflict.id,
                              {"legal_representative": "theirs"}, conflict.row_version)
    kept = _partner(second, "جمعية التبادل")
    assert (kept.legal_representative, kept.notes) == ("سعاد الجديدة", "ملاحظة المجلس")
    assert exchange.list_conflicts(second) == []
    # The resolution is a change of the council's database: it travels back to the laptop.
    as_machine("council-beni-mellal")
    back = tmp_path / "back.awrach.zip"
    exchange.export_package(second, laptop.actor, back)
    as_machine("laptop-khenifra")
    returned = exchange.import_package(laptop.db, laptop.actor, back)
    assert returned.count(Outcome.CONFLICT) == 0
    assert _partner(laptop.db, "جمعية التبادل").notes == "ملاحظة المجلس"


def test_a_record_changed_on_one_side_only_is_taken_without_asking(laptop, second, tmp_path):
    exchange.import_package(second, laptop.actor, export(laptop, tmp_path))
    as_machine("council-beni-mellal")
    theirs = _partner(second, "جمعية التبادل")
    partners.save_partner(second, laptop.actor, Partner(**{**theirs.__dict__,
                                                           "notes": "من المجلس"}))
    back = tmp_path / "back.awrach.zip"
    exchange.export_package(second, laptop.actor, back)
    as_machine("laptop-khenifra")
    result = exchange.import_package(laptop.db, laptop.actor, back)
    assert result.count(Outcome.CONFLICT) == 0 and result.count(Outcome.APPLY) == 1
    assert _partner(laptop.db, "جمعية التبادل").notes == "من المجلس"
    # and an older package from the laptop does not undo it on the council's side
    as_machine("council-beni-mellal")
    stale = exchange.import_package(second, laptop.actor, tmp_path / "all.awrach.zip")
    assert stale.count(Outcome.KEEP) == 1
    assert _partner(second, "جمعية التبادل").notes == "من المجلس"


def test_locked_records_are_never_overwritten_by_a_package(laptop, second, tmp_path):
    exchange.import_package(second, laptop.actor, export(laptop, tmp_path))
    with reading(laptop.db) as session:
        meeting_id = session.scalars(select(MeetingRow.id).where(
            MeetingRow.closed_at.is_not(None))).first()
        signed = session.scalars(select(ConventionRow.id).where(
            ConventionRow.locked_at.is_not(None))).first()
    assert meeting_id is not None
    package = export(laptop, tmp_path, "edited-locked.awrach.zip")
    edited = tmp_path / "forged.awrach.zip"
    with zipfile.ZipFile(package) as source:
        manifest = json.loads(source.read("manifest.json"))
        meetings_json = json.loads(source.read("records/meetings.json"))
    for record in meetings_json:
        if record["key"] == [str(meeting_id)]:
            record["data"]["place"] = "مكان آخر"
            from app.domain.exchange import version_of

            record["version"] = version_of(record["data"])
    _rewrite(package, edited, manifest, {"records/meetings.json": meetings_json})
    before = records(second)
    as_machine("council-beni-mellal")
    result = exchange.import_package(second, laptop.actor, edited)
    assert result.count(Outcome.LOCKED) >= 1 and result.count(Outcome.CONFLICT) == 0
    assert records(second)["meetings"] == before["meetings"]
    if signed is not None:
        assert records(second)["conventions"] == before["conventions"]


def _rewrite(package: Path, out: Path, manifest: dict, parts: dict[str, object]) -> None:
    """A package re-made by someone who recomputes every hash: valid, but saying something
    else (what a second database with other edits would send)."""
    import hashlib

    from app.io.package import _seal

    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename == "manifest.json":
                continue
            data = source.read(item)
            if item.filename in parts:
                data = json.dumps(parts[item.filename], ensure_ascii=False).encode()
                manifest["parts"][item.filename] = {
                    "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            target.writestr(item, data)
        manifest["seal"] = _seal(manifest)
        target.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))


def test_a_province_or_an_edition_exports_what_belongs_to_it(laptop, tmp_path):
    package = export(laptop, tmp_path, "edition.awrach.zip", edition=2023)
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        editions = json.loads(archive.read("records/editions.json"))
        proposals = json.loads(archive.read("records/proposals.json"))
    assert manifest["selection"] == "edition 2023" and manifest["machine"] == "laptop-khenifra"
    assert manifest["user"] == laptop.actor.username
    years = {e["key"][0]: e["data"]["year"] for e in editions}
    assert {years[p["data"]["edition_id"]] for p in proposals} == {2023}
    assert "users" not in manifest["counts"] and "audit_log" not in manifest["counts"]
    province = export(laptop, tmp_path, "province.awrach.zip", province="05.301")
    with zipfile.ZipFile(province) as archive:
        assert json.loads(archive.read("manifest.json"))["counts"]["proposals"] > 0


def test_an_existing_file_is_not_overwritten_by_an_export(laptop, tmp_path):
    taken = tmp_path / "taken.awrach.zip"
    taken.write_bytes(b"keep me")
    with pytest.raises(DomainError, match="موجود من قبل"):
        exchange.export_package(laptop.db, laptop.actor, taken)
    assert taken.read_bytes() == b"keep me"


def test_the_change_log_is_written_by_every_audited_write(opened):
    with reading(opened.db) as session:
        before = session.scalar(select(func.max(ChangeLogRow.seq))) or 0
    saved = partners.save_partner(opened.db, opened.actor, Partner(
        PartnerKind.ASSOCIATION, "جمعية السجل", legal_representative="علي"))
    logged = exchange.changes_since(opened.db, before)
    assert ("partners", json.dumps([str(saved.id)]), "insert") in logged
    assert not any(table in NOT_RECORDS for table, _, _ in logged)



def test_the_cli_exports_imports_and_refuses_in_one_arabic_line(laptop, second, tmp_path,
                                                                 capsys, monkeypatch):
    from app.cli import main
    from tests.conftest import ADMIN, ADMIN_PASSWORD

    monkeypatch.setenv("AWRACH_USER", ADMIN)
    monkeypatch.setenv("AWRACH_PASSWORD", ADMIN_PASSWORD)
    source = laptop.db.url.removeprefix("sqlite:///")
    target = second.url.removeprefix("sqlite:///")
    out = tmp_path / "cli.awrach.zip"
    as_machine("laptop-khenifra")
    assert main(["package", "export", "--db", source, "--out", str(out),
                 "--province", "05.301"]) == 0
    assert "تم حفظ الحزمة: " in capsys.readouterr().out
    as_machine("council-beni-mellal")
    assert main(["package", "import", "--db", target, str(out)]) == 0
    assert "سجلات جديدة " in capsys.readouterr().out
    assert main(["package", "conflicts", "--db", target]) == 0
    assert capsys.readouterr().out == ""
    cut = tmp_path / "cut.awrach.zip"
    cut.write_bytes(out.read_bytes()[:1000])
    assert main(["package", "import", "--db", target, str(cut)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(cut) in err and "Traceback" not in err


def test_a_signed_convention_arrives_signed_and_sealed_and_stays_as_signed(laptop, second,
                                                                          tmp_path):
    from app.services import audit_chain
    from tests.test_conventions import signed_convention

    signed = signed_convention(laptop.db, laptop.actor)
    as_machine("council-beni-mellal")
    exchange.import_package(second, laptop.actor, export(laptop, tmp_path))
    key = json.dumps([str(signed)])
    assert records(second)["conventions"][key] == records(laptop.db)["conventions"][key]
    assert audit_chain.verify(second).ok
    package = export(laptop, tmp_path, "forged.awrach.zip")
    with zipfile.ZipFile(package) as source:
        manifest = json.loads(source.read("manifest.json"))
        carried = json.loads(source.read("records/conventions.json"))
        tranches = json.loads(source.read("records/convention_tranches.json"))
    from app.domain.exchange import version_of

    for record in carried + tranches:
        if str(signed) in (record["data"].get("id"), record["data"].get("convention_id")):
            field = "signed_place" if "signed_place" in record["data"] else "amount"
            record["data"][field] = "مكان آخر" if field == "signed_place" else "1.00"
            record["version"] = version_of(record["data"])
    forged = tmp_path / "forged-signed.awrach.zip"
    _rewrite(package, forged, manifest, {"records/conventions.json": carried,
                                         "records/convention_tranches.json": tranches})
    before = records(second)
    as_machine("council-beni-mellal")
    result = exchange.import_package(second, laptop.actor, forged)
    assert result.count(Outcome.LOCKED) >= 2 and result.count(Outcome.CONFLICT) == 0
    after = records(second)
    assert after["conventions"] == before["conventions"]
    assert after["convention_tranches"] == before["convention_tranches"]
