"""Data packages on screen: export a province, import it elsewhere, decide a conflict."""

from __future__ import annotations

import pytest

from app.domain.enums import PartnerKind, UserRole
from app.domain.partners import Partner
from app.services import exchange, partners, territory
from tests.conftest import add_account
from tests.gui.ops import done
from tests.test_exchange import _partner, as_machine, second  # noqa: F401, F811 (fixture)
from ui.context import AppContext
from ui.dialogs.conflicts_dialog import ConflictsDialog
from ui.dialogs.package_dialog import PROVINCE, PackageDialog


@pytest.fixture
def laptop_ctx(ui_app, demo_opened):
    as_machine("laptop-khenifra")
    return AppContext(demo_opened.db, demo_opened.actor)


def test_export_then_import_elsewhere_shows_what_came_and_the_conflicts(
        qtbot, laptop_ctx, second, tmp_path, recorded_messages):  # noqa: F811
    db, actor = laptop_ctx.db, laptop_ctx.actor
    khenifra = territory.find_province(db, "05.301")
    commune = territory.list_communes(db, khenifra.id)[0]  # so it belongs to the province
    partners.save_partner(db, actor, Partner(PartnerKind.ASSOCIATION, "جمعية الحزمة",
                                             legal_representative="حسن", commune_id=commune.id))
    dialog = PackageDialog(laptop_ctx)
    qtbot.addWidget(dialog)
    dialog.scope.select(PROVINCE)
    dialog.province.select("05.301")
    assert dialog.province.isEnabled() and not dialog.edition.isEnabled()
    first = tmp_path / "first.awrach.zip"
    done(dialog.export_to(first))
    assert first.exists() and "كتبت الحزمة" in dialog.result.text()

    as_machine("council-beni-mellal")
    council = AppContext(second, actor)
    other = PackageDialog(council)
    qtbot.addWidget(other)
    done(other.import_from(first))
    assert "استوردت الحزمة" in other.result.text() and not other.conflicts_button.isEnabled()
    theirs = _partner(second, "جمعية الحزمة")
    partners.save_partner(second, actor, Partner(**{**theirs.__dict__,
                                                    "legal_representative": "حسن المجلس"}))
    as_machine("laptop-khenifra")
    mine = _partner(db, "جمعية الحزمة")
    partners.save_partner(db, actor, Partner(**{**mine.__dict__, "notes": "من الكاتب",
                                                "legal_representative": "حسن الكاتب"}))
    done(dialog.export_to(tmp_path / "second.awrach.zip"))
    as_machine("council-beni-mellal")
    done(other.import_from(tmp_path / "second.awrach.zip"))
    assert other.conflicts_button.isEnabled() and "1" in other.conflicts_button.text()
    assert recorded_messages.errors == []

    conflicts = ConflictsDialog(council)
    qtbot.addWidget(conflicts)
    shown = {conflicts.table.item(r, 0).text(): [conflicts.table.item(r, c).text()
                                                 for c in (1, 2, 3)]
             for r in range(conflicts.table.rowCount())}
    assert ["حسن", "حسن المجلس", "حسن الكاتب"] in shown.values()
    assert conflicts.sides()["notes"] == "theirs"  # only they changed it
    assert conflicts.sides()["legal_representative"] == "ours"
    done(conflicts.resolve_current())
    assert conflicts.list.count() == 0 and recorded_messages.errors == []
    kept = _partner(second, "جمعية الحزمة")
    assert (kept.legal_representative, kept.notes) == ("حسن المجلس", "من الكاتب")
    assert exchange.open_conflict_count(second) == 0


def test_a_viewer_sees_the_dialog_without_its_buttons(qtbot, ui_app, demo_opened):
    viewer = add_account(demo_opened, "reader", UserRole.VIEWER)
    dialog = PackageDialog(AppContext(demo_opened.db, viewer))
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled() and not dialog.import_button.isEnabled()
