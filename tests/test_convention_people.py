"""The people and texts a convention names (issue 11, items 4 and 6), read back from the
printed PDFs: the council's president from the settings, السيد/السيدة and بصفته/بصفتها
from the person, Hijri months in the genitive, the law that governs the body, the
council's deliberation, and an amendment that cites its convention's dates."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.domain.conventions import ArticleChange, Signatory
from app.domain.enums import PartnerKind
from app.errors import ValidationError
from app.services import convention_settings, conventions, partners, programme, territory
from app.services.conventions import DraftChanges
from tests.test_documents_text import poppler, position, tokens

DRAWN_UP = date(2023, 6, 20)  # 2 ذو الحجة 1444
DAHIR = "الظهير الشريف رقم 1.58.376"
COOPERATIVES = "القانون رقم 112.12 المتعلق بالتعاونيات"


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def text_of(tmp_path, pdf: bytes) -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return tokens(poppler("pdftotext", str(path), "-"))


def has(words: list[str], text: str) -> bool:
    return position(words, tokens(text)) >= 0


def draw(db, actor, count: int | None = None, kind: PartnerKind | None = None):
    edition = programme.find_edition(db, 2023)
    waiting = [p for p, _, _ in conventions.proposals_without_convention(db, edition.id)]
    if kind is not None:
        waiting = [p for p in waiting
                   if partners.get_partner(db, _partner_of(db, p)).kind is kind]
    return conventions.draw_up(db, actor, waiting[:count], on=DRAWN_UP)


def _partner_of(db, proposal_id):
    from app.services import proposals
    return proposals.get_proposal(db, proposal_id).partner_id


def khenifra(db):
    return next(p for p in territory.list_provinces(db) if p.code == "05.301")


def test_no_convention_is_drawn_up_before_the_councils_president_is_named(demo):
    db, actor = demo
    province = khenifra(db)
    settings = convention_settings.get_settings(db, province.id)
    convention_settings.save_settings(db, actor, province.id, dataclasses.replace(
        settings, council_president=" "))
    with pytest.raises(ValidationError) as caught:
        draw(db, actor, 1)
    [error] = caught.value.errors
    assert error.field == "council_president" and "إعدادات الاتفاقيات" in error.message


def test_a_president_named_in_the_settings_needs_sir_or_madam(demo):
    db, actor = demo
    province = khenifra(db)
    settings = convention_settings.get_settings(db, province.id)
    with pytest.raises(ValidationError) as caught:
        convention_settings.save_settings(db, actor, province.id, dataclasses.replace(
            settings, council_president_sex=""))
    assert caught.value.errors[0].field == "council_president_sex"


def test_titles_agree_with_each_person_and_the_hijri_month_is_genitive(demo, tmp_path):
    db, actor = demo
    province = khenifra(db)
    settings = convention_settings.get_settings(db, province.id)
    convention_settings.save_settings(db, actor, province.id, dataclasses.replace(
        settings, council_president="نزهة الإدريسي", council_president_sex="f"))
    ids = draw(db, actor, 12)
    seen = set()
    for convention_id in ids:
        content = conventions.get_content(db, convention_id)
        words = text_of(tmp_path, conventions.convention_pdf(db, actor, convention_id))
        assert has(words, "ممثلا في شخص رئيسته السيدة نزهة الإدريسي")
        partner = content.partner
        sex = partner.representative_sex
        title, as_ = ("السيدة", "بصفتها") if sex == "f" else ("السيد", "بصفته")
        assert has(words, f"ممثلة في شخص {title} {partner.representative} {as_} "
                          f"{partner.representative_capacity}")
        assert partner.representative_capacity.startswith("رئيسة" if sex == "f" else "رئيس ")
        assert not has(words, "السيد(ة)") and not has(words, "بصفته(ا)")
        assert has(words, "الموافق لـ 2 ذي الحجة 1444")
        assert has(words, "السيدة نزهة الإدريسي")  # her signature block
        seen.add(sex)
    assert seen == {"m", "f"}, "the demo has representatives of both sexes"


def test_the_preamble_cites_the_law_of_the_body_and_the_councils_deliberation(
        demo, tmp_path):
    db, actor = demo
    [association] = draw(db, actor, 1, PartnerKind.ASSOCIATION)
    [cooperative] = draw(db, actor, 1, PartnerKind.COOPERATIVE)
    words = text_of(tmp_path, conventions.convention_pdf(db, actor, association))
    assert has(words, DAHIR) and not has(words, COOPERATIVES)
    deliberation = has(words, "وبناء على مقرر المجلس الإقليمي لخنيفرة رقم 09/2023، المتخذ "
                              "خلال دورته المنعقدة بتاريخ 2 مارس 2023")
    assert deliberation
    # in the preamble: after the body's law, before the selection meeting's minutes
    assert (position(words, tokens(DAHIR)) < position(words, tokens("وبناء على مقرر"))
            < position(words, tokens("وبناء على محضر اجتماع اللجنة الإقليمية")))
    words = text_of(tmp_path, conventions.convention_pdf(db, actor, cooperative))
    assert has(words, COOPERATIVES) and not has(words, DAHIR)


def test_without_a_deliberation_for_the_edition_the_line_is_left_out(demo, tmp_path):
    db, actor = demo
    province = khenifra(db)
    settings = convention_settings.get_settings(db, province.id)
    convention_settings.save_settings(db, actor, province.id, dataclasses.replace(
        settings, deliberations=()))
    [convention_id] = draw(db, actor, 1)
    words = text_of(tmp_path, conventions.convention_pdf(db, actor, convention_id))
    assert not has(words, "وبناء على مقرر")
    assert has(words, "وبناء على محضر اجتماع اللجنة الإقليمية")


def test_signing_is_refused_while_a_signatory_marked_present_has_no_name(demo):
    db, actor = demo
    [convention_id] = draw(db, actor, 1)
    content = conventions.get_content(db, convention_id)
    witness = Signatory("المدير الإقليمي للوكالة الوطنية لإنعاش التشغيل والكفاءات", "")
    conventions.update_draft(db, actor, convention_id, DraftChanges(
        content.place, content.date, "2 ذو الحجة 1444", (*content.signatories, witness)))
    assert conventions.get_content(db, convention_id).hijri_date_text == "2 ذي الحجة 1444"
    conventions.convention_pdf(db, actor, convention_id)
    names = [s.name for s in content.signatories]
    with pytest.raises(ValidationError) as caught:
        conventions.sign(db, actor, convention_id, DRAWN_UP, "خنيفرة", [*names, ""])
    [error] = caught.value.errors
    assert error.field == "present" and witness.capacity in error.message
    conventions.sign(db, actor, convention_id, DRAWN_UP, "خنيفرة", names)  # absent: fine


@pytest.mark.parametrize("ceremony, expected", [
    (DRAWN_UP, "المؤرخة في 20 يونيو 2023، في إطار"),
    (date(2023, 6, 27), "المؤرخة في 20 يونيو 2023 حسب ما هو مثبت في نصها، والموقعة بتاريخ "
                        "27 يونيو 2023"),
])
def test_an_amendment_cites_the_date_the_signed_paper_prints_and_the_ceremony(
        demo, tmp_path, ceremony, expected):
    db, actor = demo
    [convention_id] = draw(db, actor, 1)
    content = conventions.get_content(db, convention_id)
    conventions.convention_pdf(db, actor, convention_id)
    conventions.sign(db, actor, convention_id, ceremony, "خنيفرة",
                     [s.name for s in content.signatories])
    amendment_id = conventions.create_amendment(
        db, actor, convention_id, "تمديد مدة الإنجاز",
        [ArticleChange("المادة الثالثة: المستفيدون ومدة الإنجاز",
                       "تحدد مدة إنجاز الورش في أربعة (04) أشهر.")], date(2023, 9, 4))
    words = text_of(tmp_path, conventions.amendment_pdf(db, actor, amendment_id))
    assert has(words, f"بناء على اتفاقية الشراكة رقم {content.number}")
    assert has(words, expected)
    assert has(words, "والموقعة بتاريخ") is (ceremony != DRAWN_UP)
