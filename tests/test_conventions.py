"""Conventions from the demo's selected worksites: drawn up, printed, verified, signed, locked,
amended."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.domain import formats
from app.domain.conventions import ArticleChange, Signatory
from app.domain.enums import ConventionStatus
from app.domain.programme import PROGRAMME_DURATION_MESSAGE
from app.errors import Conflict, Locked, ValidationError
from app.services import conventions, printed, programme
from app.services.conventions import DraftChanges
from app.services.unit_of_work import writing
from app.storage.database import sqlite_file
from app.storage.models import ConventionRow, CostLineRow, EditionRow, ProposalRow, TrancheRow
from tests.test_documents_text import arabic_words, poppler, position, tokens

CEREMONY = date(2023, 6, 20)


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def draw_two(db, actor):
    edition = programme.find_edition(db, 2023)
    waiting = conventions.proposals_without_convention(db, edition.id)
    assert len(waiting) == 61
    ids = conventions.draw_up(db, actor, [waiting[1][0], waiting[0][0]], on=CEREMONY)
    return ids


def text_of(tmp_path, pdf: bytes) -> str:
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    return poppler("pdftotext", str(path), "-")


def test_conventions_are_numbered_in_reference_order_and_never_twice(demo):
    db, actor = demo
    first, second = draw_two(db, actor)
    numbers = [conventions.get_content(db, i).number for i in (first, second)]
    assert numbers == ["05.301/2023/001", "05.301/2023/002"]
    summary = conventions.get_summary(db, first)
    assert summary.status is ConventionStatus.DRAFT
    assert summary.proposal_reference == "05.301-2023-001"
    with pytest.raises(ValidationError) as caught:
        conventions.draw_up(db, actor, [summary.proposal_id])
    assert "للورش اتفاقية من قبل" in caught.value.errors[0].message
    edition = programme.find_edition(db, 2023)
    [(third, _, _)] = conventions.proposals_without_convention(db, edition.id)[:1]
    [made] = conventions.draw_up(db, actor, [third], on=CEREMONY)
    assert conventions.get_content(db, made).number == "05.301/2023/003"


def test_the_content_holds_the_worksite_the_body_and_amounts_that_add_up(demo):
    db, actor = demo
    first, _ = draw_two(db, actor)
    content = conventions.get_content(db, first)
    works = content.worksite
    assert works.admin_fee_amount == (
        (works.total_amount - works.admin_fee_amount) * Decimal("0.05")).quantize(Decimal("0.01"))
    assert sum(t.amount for t in content.tranches) == works.total_amount
    assert [t.position for t in content.tranches] == [1, 2]
    assert content.partner.rib and int(content.partner.rib) % 97 == 0
    assert content.selection_meeting is not None
    assert content.selection_meeting.date == date(2023, 5, 26)
    assert works.minimum_wage == Decimal("2970.05")  # the SMIG in force in June 2023
    assert content.hijri_date_text.endswith("1444")


def test_the_printed_convention_reads_in_arabic_and_verifies(demo, tmp_path):
    db, actor = demo
    first, _ = draw_two(db, actor)
    content = conventions.get_content(db, first)
    pdf = conventions.convention_pdf(db, actor, first)
    assert conventions.convention_pdf(db, actor, first) == pdf  # a reprint is the same file
    text = text_of(tmp_path, pdf)
    words, all_tokens = arabic_words(text), tokens(text)
    assert position(words, arabic_words(content.partner.name)) >= 0
    assert position(words, arabic_words("اتفاقية شراكة")) >= 0
    assert formats.amount(content.worksite.total_amount) in all_tokens
    assert "CNSS" in all_tokens
    assert position(all_tokens, ["20", "يونيو", "2023"]) >= 0
    assert conventions.get_summary(db, first).status is ConventionStatus.PRINTED
    assert printed.verify_pdf(db, pdf).matches
    changed = pdf.replace(b"/Producer", b"/Producex", 1)
    assert not printed.verify_pdf(db, changed).matches
    found = printed.verify_code(db, conventions.convention_short_code(db, first).lower())
    assert found.matches and found.reference == content.number and found.current


def test_an_edit_after_printing_needs_a_new_print_before_signing(demo):
    db, actor = demo
    first, _ = draw_two(db, actor)
    old_pdf = conventions.convention_pdf(db, actor, first)
    content = conventions.get_content(db, first)
    conventions.update_draft(db, actor, first, DraftChanges(
        "خنيفرة", date(2023, 6, 21), "3 ذو الحجة 1444", content.signatories))
    assert conventions.get_summary(db, first).status is ConventionStatus.DRAFT
    stale = printed.verify_pdf(db, old_pdf)
    assert stale.matches and not stale.current and "ليست صيغتها الحالية" in stale.message
    with pytest.raises(ValidationError) as caught:
        conventions.sign(db, actor, first, date(2023, 6, 21), "خنيفرة", [])
    assert "اطبع الاتفاقية" in caught.value.errors[0].message
    conventions.convention_pdf(db, actor, first)
    names = [s.name for s in content.signatories]
    conventions.sign(db, actor, first, date(2023, 6, 21), "خنيفرة", names)
    assert conventions.get_summary(db, first).status is ConventionStatus.SIGNED


def signed_convention(db, actor):
    first, _ = draw_two(db, actor)
    conventions.convention_pdf(db, actor, first)
    content = conventions.get_content(db, first)
    conventions.sign(db, actor, first, CEREMONY, "خنيفرة", [s.name for s in content.signatories])
    return first


def test_a_signed_convention_refuses_edits_in_the_service_and_in_sql(demo):
    db, actor = demo
    first = signed_convention(db, actor)
    content = conventions.get_content(db, first)
    with pytest.raises(Locked) as caught:
        conventions.update_draft(db, actor, first, DraftChanges(
            "مريرت", CEREMONY, "", (Signatory("رئيس", "س"),)))
    assert "عبر ملحق" in caught.value.message
    with pytest.raises(Locked), writing(db, actor) as session:
        session.execute(update(ConventionRow).where(ConventionRow.id == first)
                        .values(total_amount=Decimal("1")))
    raw = sqlite3.connect(sqlite_file(db.url))
    try:
        for statement in ("UPDATE conventions SET total_amount = 1 WHERE locked_at IS NOT NULL",
                          "UPDATE conventions SET content = '{}' WHERE locked_at IS NOT NULL",
                          "DELETE FROM convention_signatories",
                          "UPDATE convention_tranches SET amount = 1",
                          "DELETE FROM conventions WHERE locked_at IS NOT NULL",
                          "DELETE FROM printed_documents"):
            with pytest.raises(sqlite3.IntegrityError, match="awrach-locked"):
                raw.execute(statement)
        raw.rollback()
    finally:
        raw.close()
    with writing(db, actor) as session:  # paying a tranche is not a change of the convention
        session.execute(update(TrancheRow).where(TrancheRow.convention_id == first)
                        .values(paid_on=date(2023, 7, 1)))
    with db.session() as session:
        assert session.scalars(select(TrancheRow.paid_on).where(
            TrancheRow.convention_id == first)).all() == [date(2023, 7, 1)] * 2
    assert conventions.get_content(db, first) == content


def test_changes_after_signing_are_numbered_amendments_with_their_own_pdf(demo, tmp_path):
    db, actor = demo
    first = signed_convention(db, actor)
    with pytest.raises(ValidationError):
        conventions.create_amendment(db, actor, first, "", [], date(2023, 9, 1))
    change = ArticleChange("المادة السابعة: كيفية الأداء", "يحول المبلغ على ثلاثة أشطر.")
    amendment = conventions.create_amendment(db, actor, first, "تأخر تحويل الشطر الأول",
                                             [change], date(2023, 9, 1))
    second = conventions.create_amendment(db, actor, first, "تمديد المدة", [change],
                                          date(2023, 10, 1))
    assert [a.number for a in conventions.list_amendments(db, first)] == [1, 2]
    pdf = conventions.amendment_pdf(db, actor, amendment)
    words = arabic_words(text_of(tmp_path, pdf))
    assert position(words, arabic_words("تأخر تحويل الشطر الأول")) >= 0
    result = printed.verify_pdf(db, pdf)
    assert result.matches and result.kind == "amendment" and result.version == 2
    conventions.sign_amendment(db, actor, amendment, date(2023, 9, 5), "خنيفرة")
    with pytest.raises(Locked):
        conventions.sign_amendment(db, actor, amendment, date(2023, 9, 6), "خنيفرة")
    assert [a.locked for a in conventions.list_amendments(db, first)] == [True, False]
    assert second


def test_a_ceremony_batch_prints_in_one_file_or_one_file_each_and_can_stop(demo, tmp_path):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    ids = conventions.draw_up(db, actor, [p for p, _, _ in
                                          conventions.proposals_without_convention(
                                              db, edition.id)[:5]], on=CEREMONY)
    seen = []
    result = conventions.print_batch(db, actor, ids, tmp_path / "each", one_file=False,
                                     progress=lambda done, total: seen.append((done, total)))
    assert (result.printed, result.cancelled, len(result.files)) == (5, False, 5)
    assert seen[-1] == (5, 5)
    for path in result.files:
        check = printed.verify_pdf(db, path)
        assert check.matches and check.kind == "convention"
    assert {conventions.get_summary(db, i).status for i in ids} == {ConventionStatus.PRINTED}
    whole = conventions.print_batch(db, actor, ids, tmp_path / "ceremony.pdf", one_file=True)
    assert whole.files == [tmp_path / "ceremony.pdf"] and whole.printed == 5
    check = printed.verify_pdf(db, whole.files[0])
    assert check.matches and check.kind == "batch"
    pages = poppler("pdfinfo", str(whole.files[0]))
    assert int(next(line.split()[-1] for line in pages.splitlines()
                    if line.startswith("Pages:"))) >= 5 * 3
    asked = iter([False, False, True])
    stopped = conventions.print_batch(db, actor, ids, tmp_path / "stopped", one_file=False,
                                      cancelled=lambda: next(asked, True))
    assert stopped.cancelled and stopped.printed == len(stopped.files) == 2


def test_the_editions_own_preamble_goes_into_its_conventions(demo, tmp_path):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    edition.legal_references = ["بناء على الدستور، ولا سيما الفصل 12 منه؛",
                                " ", "بناء على مقرر المجلس الإقليمي عدد 45 بتاريخ 2 يونيو 2023؛"]
    programme.save_edition(db, actor, edition)
    assert len(programme.find_edition(db, 2023).legal_references) == 2
    first, _ = draw_two(db, actor)
    content = conventions.get_content(db, first)
    assert content.preamble == tuple(programme.find_edition(db, 2023).legal_references)
    words = arabic_words(text_of(tmp_path, conventions.convention_pdf(db, actor, first)))
    assert position(words, arabic_words("بناء على مقرر المجلس الإقليمي عدد")) >= 0


def test_a_convention_is_held_to_its_own_editions_durations(demo):
    """Rows written before the rules were enforced: a 13-month worksite in a 3-12 edition,
    and an edition stored with an 18-month maximum, still cannot give a convention."""
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    [(first, reference, _), (second, _, _)] = conventions.proposals_without_convention(
        db, edition.id)[:2]
    with writing(db, actor) as session:
        session.execute(update(ProposalRow).where(ProposalRow.id == first)
                        .values(duration_months=13))
    with pytest.raises(ValidationError) as caught:
        conventions.draw_up(db, actor, [first], on=CEREMONY)
    assert caught.value.for_field("proposals") == [
        f"{reference}: مدة الاستفادة: يجب أن تكون بين 3 و12 شهرا "
        f"(قاعدة مدة الاستفادة في {edition.title})."]
    with writing(db, actor) as session:
        session.execute(update(EditionRow).where(EditionRow.id == edition.id)
                        .values(max_duration_months=18))
    with pytest.raises(ValidationError) as caught:
        conventions.draw_up(db, actor, [first], on=CEREMONY)
    assert caught.value.for_field("proposals") == [
        f"{reference}: {PROGRAMME_DURATION_MESSAGE}"]
    with writing(db, actor) as session:
        session.execute(update(EditionRow).where(EditionRow.id == edition.id)
                        .values(min_duration_months=4, max_duration_months=12))
        session.execute(update(ProposalRow).where(ProposalRow.id == second)
                        .values(duration_months=3))
    with pytest.raises(ValidationError) as caught:
        conventions.draw_up(db, actor, [second], on=CEREMONY)
    assert "بين 4 و12 شهرا" in caught.value.message


def test_a_worksite_whose_cost_lines_are_all_zero_gets_no_convention(demo):
    """Refused when drawn up, by the domain rule, not discovered at the ceremony's print;
    all or nothing: the good proposal drawn up with it gets no number either."""
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    [(first, reference, _), (second, _, _)] = conventions.proposals_without_convention(
        db, edition.id)[:2]
    with writing(db, actor) as session:
        session.execute(update(CostLineRow).where(CostLineRow.proposal_id == first)
                        .values(amount=Decimal(0)))
    with pytest.raises(ValidationError) as caught:
        conventions.draw_up(db, actor, [first, second], on=CEREMONY)
    assert caught.value.for_field("proposals") == [
        f"{reference}: مبالغ الكلفة منعدمة أو سالبة؛ أدخل كلفة الورش قبل تحرير الاتفاقية."]
    assert len(conventions.proposals_without_convention(db, edition.id)) == 61
    [made] = conventions.draw_up(db, actor, [second], on=CEREMONY)
    assert conventions.get_content(db, made).number == "05.301/2023/001"


def test_a_ceremony_batch_prints_the_good_conventions_and_names_the_others(demo, tmp_path):
    """Checked before anything is printed: the one that cannot be printed is named with
    its reason, the others are printed; a batch of none printable is refused."""
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    ids = conventions.draw_up(db, actor, [p for p, _, _ in
                                          conventions.proposals_without_convention(
                                              db, edition.id)[:3]], on=CEREMONY)
    bad = ids[1]
    number = conventions.get_content(db, bad).number
    raw = sqlite3.connect(sqlite_file(db.url))  # a row spoiled outside the services
    try:
        raw.execute("UPDATE conventions SET content = json_set(content, '$.signatories',"
                    " json('[]')) WHERE number = ?", (number,))
        raw.commit()
    finally:
        raw.close()
    result = conventions.print_batch(db, actor, ids, tmp_path / "ceremony.pdf", one_file=True)
    assert result.printed == 2 and not result.cancelled
    assert result.refused == [(number, "لم يحدد أي موقع على الاتفاقية.")]
    assert conventions.get_summary(db, bad).status is ConventionStatus.DRAFT
    assert {conventions.get_summary(db, i).status for i in ids if i != bad} == {
        ConventionStatus.PRINTED}
    with pytest.raises(ValidationError) as caught:
        conventions.print_batch(db, actor, [bad], tmp_path / "alone.pdf", one_file=True)
    assert caught.value.for_field("conventions") == [
        f"الاتفاقية {number}: لم يحدد أي موقع على الاتفاقية."]


def test_a_stale_draft_form_is_refused_and_the_first_save_kept(demo):
    db, actor = demo
    first, _ = draw_two(db, actor)
    shown = conventions.get_summary(db, first).row_version
    content = conventions.get_content(db, first)
    conventions.update_draft(db, actor, first, DraftChanges(
        "خنيفرة", CEREMONY, "", content.signatories), shown)
    with pytest.raises(Conflict) as caught:
        conventions.update_draft(db, actor, first, DraftChanges(
            "مريرت", CEREMONY, "", content.signatories), shown)
    assert "لم يحفظ أي تغيير" in caught.value.message
    assert conventions.get_content(db, first).place == "خنيفرة"
