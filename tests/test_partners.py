"""The partners registry: RIB, contacts, uniqueness, attachments."""

from __future__ import annotations

import pytest

from app.domain.enums import PartnerKind
from app.domain.partners import Partner, rib_is_valid, rib_key
from app.errors import ValidationError
from app.services import attachments, partners, territory


def body(**changes) -> Partner:
    values = dict(kind=PartnerKind.ASSOCIATION, name_ar="جمعية الأمل للتنمية",
                  name_fr="Association Al Amal", legal_representative="فاطمة أمزيان",
                  registration_number="ASS-2020-7", phone="06 12 34 56 78")
    values.update(changes)
    return Partner(**values)


def valid_rib() -> str:
    first = "3503310000123456789012"
    return first + rib_key(first)


def test_a_rib_is_24_digits_whose_key_makes_it_a_multiple_of_97():
    assert rib_is_valid(valid_rib())
    broken = valid_rib()[:-1] + str((int(valid_rib()[-1]) + 1) % 10)
    assert not rib_is_valid(broken)


def test_a_wrong_rib_key_is_refused_by_name(db, actor):
    rib = valid_rib()
    bad_key = rib[:-2] + f"{(int(rib[-2:]) + 1) % 97:02d}"
    with pytest.raises(ValidationError) as caught:
        partners.save_partner(db, actor, body(rib=bad_key))
    assert "مفتاح المراقبة" in caught.value.for_field("rib")[0]
    with pytest.raises(ValidationError) as caught:
        partners.save_partner(db, actor, body(rib="1234"))
    assert "24 رقما" in caught.value.for_field("rib")[0]
    assert partners.list_partners(db).total == 0


def test_a_partner_is_saved_with_grouped_rib_and_phone_normalised(db, actor):
    rib = valid_rib()
    grouped = f"{rib[:3]} {rib[3:6]} {rib[6:22]} {rib[22:]}"
    khenifra = territory.find_province(db, "05.301")
    commune = territory.list_communes(db, khenifra.id)[0]
    saved = partners.save_partner(db, actor, body(rib=grouped, commune_id=commune.id))
    assert saved.rib == rib and saved.phone == "0612345678"
    assert saved.province_name_ar == "خنيفرة"


def test_a_registration_number_belongs_to_one_body(db, actor):
    partners.save_partner(db, actor, body())
    with pytest.raises(ValidationError) as caught:
        partners.save_partner(db, actor, body(name_ar="جمعية أخرى"))
    assert "جمعية الأمل للتنمية" in caught.value.for_field("registration_number")[0]


def test_attachments_are_copied_into_the_data_folder(db, actor, tmp_path):
    saved = partners.save_partner(db, actor, body())
    source = tmp_path / "statuts.pdf"
    source.write_bytes(b"%PDF-1.4 statutes")
    attached = attachments.attach(db, actor, "partners", saved.id, source, "statutes")
    source.unlink()
    [listed] = attachments.list_attachments(db, "partners", saved.id)
    assert listed.path.read_bytes() == b"%PDF-1.4 statutes"
    assert listed.original_name == "statuts.pdf" and attached.sha256 == listed.sha256


def test_a_bodys_cnss_affiliate_number_is_seven_digits(db, actor):
    with pytest.raises(ValidationError) as caught:
        partners.save_partner(db, actor, body(cnss_affiliate="12345"))
    assert caught.value.for_field("cnss_affiliate") == [
        "رقم الانخراط في الصندوق الوطني للضمان الاجتماعي (CNSS): يتكون من 7 أرقام "
        "(المكتوب «12345»)."]
    saved = partners.save_partner(db, actor, body(cnss_affiliate="123 4567"))
    assert saved.cnss_affiliate == "1234567"
