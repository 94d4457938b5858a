"""A grant paper's template edited by hand is refused when read, with the place of the
fault, instead of failing half-way through printing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents import grant_agreement, grant_amendment
from app.errors import ValidationError


@pytest.mark.parametrize("module", [grant_agreement, grant_amendment])
def test_the_shipped_templates_name_only_known_values(module: object) -> None:
    wording = module.load_wording()  # type: ignore[attr-defined]
    assert wording["document"]["title"]


@pytest.mark.parametrize(("module", "what"), [(grant_agreement, "نموذج الاتفاقية"),
                                              (grant_amendment, "نموذج الملحق")])
def test_an_unknown_value_is_named_with_its_place(module: object, what: str,
                                                  tmp_path: Path) -> None:
    source = module.template_path()  # type: ignore[attr-defined]
    edited = tmp_path / source.name
    edited.write_text(source.read_text(encoding="utf-8").replace(
        "[document]", "[document]\nextra = \"المبلغ $grant_in_gold\"", 1), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        module.load_wording(edited)  # type: ignore[attr-defined]
    assert refused.value.message == f"{what}: متغيرات غير معروفة: document.extra: $grant_in_gold"


def test_a_template_that_does_not_parse_is_refused_by_name(tmp_path: Path) -> None:
    broken = tmp_path / "grant_agreement_ar.toml"
    broken.write_text("[document\ntitle = 1", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        grant_agreement.load_wording(broken)
    assert refused.value.message.startswith("نموذج الاتفاقية grant_agreement_ar.toml: ")
