"""Who was reached comes from the beneficiaries register: the dashboard counts the people
assigned (and says when no one is yet), the equity view uses them and falls back to the
planned figures only for worksites where no one is assigned yet, saying so."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import distinct, func, select

from app.domain.enums import Sex
from app.services import dashboard, equity, programme, reports, territory
from app.services.unit_of_work import reading
from app.storage.models import AssignmentRow, BeneficiaryRow, ProposalRow
from tests.test_documents_text import poppler, position, tokens


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def _register(db, edition_id, province_id):
    """What the register says, counted here independently of the services."""
    with reading(db) as session:
        worksites = select(ProposalRow.id).where(ProposalRow.edition_id == edition_id,
                                                 ProposalRow.province_id == province_id,
                                                 ProposalRow.status == "selected")
        people = select(AssignmentRow.beneficiary_id).where(
            AssignmentRow.proposal_id.in_(worksites))
        count = session.scalar(select(func.count(distinct(BeneficiaryRow.id)))
                               .where(BeneficiaryRow.id.in_(people)))
        women = session.scalar(select(func.count(distinct(BeneficiaryRow.id)))
                               .where(BeneficiaryRow.id.in_(people),
                                      BeneficiaryRow.sex == Sex.FEMALE))
        disabled = session.scalar(select(func.count(distinct(BeneficiaryRow.id)))
                                  .where(BeneficiaryRow.id.in_(people),
                                         BeneficiaryRow.has_disability.is_(True)))
        staffed = set(session.scalars(select(AssignmentRow.proposal_id)
                                      .where(AssignmentRow.proposal_id.in_(worksites))))
        empty = session.execute(
            select(func.count(), func.sum(ProposalRow.beneficiaries),
                   func.sum(ProposalRow.women_planned), func.sum(ProposalRow.disabled_planned))
            .where(ProposalRow.id.in_(worksites), ProposalRow.id.not_in(staffed))).one()
    return count, women, disabled, staffed, empty


def test_the_dashboard_counts_the_people_assigned_and_says_when_there_are_none(demo):
    db, _ = demo
    none_yet = dashboard.build(db, dashboard.scope_for(db, 2022, "05.301"))
    for key in ("people_assigned", "women_assigned", "disabled_assigned",
                "worksites_staffed"):
        assert none_yet.figure(key).value is None  # "not entered yet", not a zero
    assert none_yet.figure("people_planned").value == 1100  # the plans stay beside them
    scope = dashboard.scope_for(db, 2023, "05.301")
    board = dashboard.build(db, scope)
    count, women, disabled, staffed, _ = _register(db, scope.edition_id, scope.province_ids[0])
    assert count > 0 and women > 0
    assert board.figure("people_assigned").value == count
    assert board.figure("women_assigned").value == women
    assert board.figure("disabled_assigned").value == disabled
    assert board.figure("worksites_staffed").value == len(staffed) < 61
    listed = dashboard.worksites_behind(db, scope, board.figure("people_assigned").drill)
    assert {line.proposal_id for line in listed} == staffed


def test_equity_uses_the_register_and_plans_only_where_no_one_is_assigned(demo):
    db, _ = demo
    edition = programme.find_edition(db, 2023)
    khenifra = territory.find_province(db, "05.301")
    view = equity.region_equity(db, edition.id, khenifra.region_id)
    row = next(r.province for r in view.rows if r.province.code == "05.301")
    count, women, disabled, staffed, empty = _register(db, edition.id, khenifra.id)
    empty_worksites, empty_people, empty_women, empty_disabled = empty
    assert row.assigned == count
    assert row.planned_worksites == empty_worksites == 61 - len(staffed)
    assert row.reached == count + empty_people
    assert row.women == women + empty_women
    assert row.disabled == disabled + empty_disabled
    assert row.basis == equity.MIXED
    assert row.women_share == pytest.approx(row.women * 100 / row.reached)
    others = [r.province for r in view.rows if r.province.code != "05.301"]
    assert all(p.basis == equity.NONE and p.reached == 0 for p in others)
    # 2022: nobody in the register yet, so the plans, and the view says so
    old = equity.region_equity(db, programme.find_edition(db, 2022).id, khenifra.region_id)
    row = next(r.province for r in old.rows if r.province.code == "05.301")
    assert row.basis == equity.PLANNED and row.assigned == 0 and row.reached == 1100


def test_the_report_prints_the_register_figures_or_says_they_are_not_there(demo, tmp_path):
    db, actor = demo
    for year, expected in ((2022, dashboard.NOT_YET), (2023, None)):
        scope = dashboard.scope_for(db, year, "05.301")
        path = tmp_path / f"{year}.pdf"
        path.write_bytes(reports.report_pdf(db, actor, scope, today=date(2023, 12, 31)))
        text = poppler("pdftotext", "-layout", str(path), "-")
        line = next(row for row in text.splitlines()
                    if position(tokens(row), tokens("المستفيدون المعينون")) >= 0)
        if expected is None:
            value = dashboard.build(db, scope).figure("people_assigned").value
            assert str(value) in tokens(line)
        else:
            assert position(tokens(line), tokens(expected)) >= 0
