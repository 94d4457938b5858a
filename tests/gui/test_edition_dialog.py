"""The edition form, the programme service and the printed convention hold the same
duration rule: 13 months is refused everywhere, with the same words."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.documents.convention import build_convention
from app.domain.programme import (
    PROGRAMME_DURATION_MESSAGE,
    PROGRAMME_MAX_DURATION_MONTHS,
    PROGRAMME_MIN_DURATION_MONTHS,
    Edition,
)
from app.errors import ValidationError
from app.services import programme
from tests.gui.ops import saved
from tests.test_convention_document import sample


def edition_of(max_months: int) -> Edition:
    return Edition(year=2024, number=3, starts_on=date(2024, 1, 1), ends_on=date(2024, 12, 31),
                   max_duration_months=max_months)


def test_a_new_edition_offers_the_programme_range_only(ctx, qtbot):
    from ui.dialogs.edition_dialog import EditionDialog

    dialog = EditionDialog(ctx)
    qtbot.addWidget(dialog)
    for box in (dialog.min_months, dialog.max_months, dialog.default_months):
        assert box.minimum() == PROGRAMME_MIN_DURATION_MONTHS
        assert box.maximum() == PROGRAMME_MAX_DURATION_MONTHS == 12
    dialog.max_months.setValue(18)
    assert dialog.max_months.value() == 12


def test_13_months_is_refused_by_the_form_the_service_and_the_convention_alike(ctx, qtbot):
    from ui.dialogs.edition_dialog import EditionDialog

    dialog = EditionDialog(ctx, edition_of(13))  # as an edition saved before the rule
    qtbot.addWidget(dialog)
    assert dialog.max_months.value() == 13
    assert saved(dialog) is False
    on_the_form = dialog.form.error_text("max_duration_months")

    with pytest.raises(ValidationError) as service:
        programme.save_edition(ctx.db, ctx.actor, edition_of(13))
    [from_the_service] = service.value.for_field("max_duration_months")

    content = sample(worksite=dataclasses.replace(sample().worksite, duration_months=13))
    with pytest.raises(ValidationError) as printing:
        build_convention(content)
    [on_the_convention] = printing.value.for_field("worksite.duration_months")

    assert on_the_form == from_the_service == on_the_convention == PROGRAMME_DURATION_MESSAGE
    assert "12 شهرا" in on_the_form
    assert [e.title for e in programme.list_editions(ctx.db) if e.year == 2024] == []


def test_a_12_month_edition_saves_from_the_form(ctx, qtbot):
    from ui.dialogs.edition_dialog import EditionDialog

    dialog = EditionDialog(ctx, edition_of(12))
    qtbot.addWidget(dialog)
    assert saved(dialog) is True
    assert dialog.saved.max_duration_months == 12
