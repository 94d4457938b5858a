"""Saves PNG screenshots of the main screens, offscreen, for people to look at.

Usage: .venv/bin/python scripts/screenshots.py [--db PATH] [--out DIR]
With no --db, a temporary database with the demo data is used.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.config import sqlite_url  # noqa: E402
from app.services import demo, users  # noqa: E402
from app.services.startup import open_database  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.dialogs.quota_dialog import QuotaDialog  # noqa: E402
from ui.main import prepare_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import settle  # noqa: E402


def settled(seconds: float = 1.0) -> None:
    """Results delivered and layouts done: a grab taken right after a page fills itself
    shows its grids half laid out (cards drawn over each other), which no user sees."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        settle()
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--lang", default="ar", choices=["ar", "fr"])
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = prepare_application(args.lang)
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "demo.sqlite"
    opened = open_database(sqlite_url(path))
    actor = demo.demo_administrator(opened.db) or users.authenticate(
        opened.db, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
    demo.build_demo(opened.db, actor)
    ctx = AppContext(opened.db, actor)
    window = MainWindow(ctx)
    window.resize(1366, 728)
    window.show()

    def visit(page_class: str) -> None:
        """Show the section whose page is `page_class` (rows move when the grant shows)."""
        [row] = [row for row, (_title, factory) in enumerate(window.sections)
                 if getattr(factory, "path", "").endswith("." + page_class)]
        window.nav.setCurrentRow(row)
        QApplication.processEvents()

    page = window.programme_page
    for index, name in enumerate(("editions", "quotas", "communes")):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        window.grab().save(str(out / f"programme-{name}.png"))
    quota = page.quotas.model.record(0)
    dialog = QuotaDialog(ctx, quota, parent=window)
    dialog.posts.setValue(0)
    dialog.try_save()
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(out / "quota-dialog-error.png"))
    visit("PartnersPage")
    window.grab().save(str(out / "partners.png"))
    visit("ProposalsPage")
    window.proposals_page.simulator.duration.setValue(3)
    QApplication.processEvents()
    window.grab().save(str(out / "proposals.png"))
    proposal_page = window.proposals_page
    proposal_page.panel.table.setCurrentIndex(proposal_page.panel.model.index(0, 0))
    from app.services import proposals as proposal_service

    record = proposal_page.panel.current_record()
    form = proposal_page.proposal_dialog(proposal_service.get_proposal(ctx.db, record.id))
    form.duration.setValue(13)
    form.try_save()
    form.resize(820, 900)
    form.show()
    QApplication.processEvents()
    form.grab().save(str(out / "proposal-dialog-error.png"))
    proposal_page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    window.grab().save(str(out / "calls.png"))
    visit("SettingsPage")
    window.grab().save(str(out / "settings.png"))
    for page_class, name in (("ConventionsPage", "conventions"), ("GrantsPage", "grants"),
                             ("BeneficiariesPage", "beneficiaries"),
                             ("FollowUpPage", "followup")):
        if any(getattr(f, "path", "").endswith("." + page_class) for _t, f in window.sections):
            visit(page_class)
            settled()
            window.grab().save(str(out / f"{name}.png"))
    visit("CommitteePage")
    window.grab().save(str(out / "committee.png"))
    screen = window.committee_page.open_meeting(show=False)
    if screen is not None:
        screen.resize(1366, 728)
        screen.show()
        for index, name in enumerate(("attendance", "agenda", "recommendations")):
            screen.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            screen.grab().save(str(out / f"meeting-{name}.png"))
        screen.close()
    print(f"screenshots in {out.resolve()}")
    app.processEvents()


if __name__ == "__main__":
    main()
