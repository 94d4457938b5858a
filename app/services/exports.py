"""Lists exported to Excel: every row matching the list's search and filters, not one page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from app.domain.partners import Partner
from app.domain.proposals import Proposal
from app.io import xlsx
from app.services import partners, proposals
from app.services.listing import ListQuery, Page
from app.storage.database import Database

T = TypeVar("T")
EXPORT_PAGE = 2000
# Told how many rows are written out of how many; may raise to stop the export.
ProgressCallback = Callable[[int, int], None]

PARTNER_HEADERS = [
    "النوع", "الاسم بالعربية", "الاسم بالفرنسية", "رقم التسجيل", "الممثل القانوني", "الصفة",
    "الهاتف", "البريد الإلكتروني", "العنوان", "الجماعة", "الإقليم", "البنك",
    "رقم الحساب البنكي",
]
PROPOSAL_HEADERS = [
    "المرجع", "عنوان الورش", "الهيئة حاملة المشروع", "الجماعات", "المجال", "المستفيدون",
    "النساء", "الأشخاص في وضعية إعاقة", "المدة (أشهر)", "تاريخ الإيداع", "الحالة",
]


class _Rows(Generic[T]):
    """Every record of a paged list, one page at a time, counted as they are written."""

    def __init__(self, fetch: Callable[[ListQuery], Page[T]], query: ListQuery,
                 to_row: Callable[[T], list[Any]], progress: ProgressCallback | None) -> None:
        self._fetch, self._query, self._to_row = fetch, query, to_row
        self._progress = progress
        self.count = 0

    def __iter__(self) -> Iterator[list[Any]]:
        offset, total = 0, None
        while total is None or offset < total:
            page = self._fetch(replace(self._query, offset=offset, limit=EXPORT_PAGE))
            total = page.total
            if not page.rows:
                break
            for record in page.rows:
                self.count += 1
                yield self._to_row(record)
            offset += len(page.rows)
            if self._progress is not None:
                self._progress(min(offset, total), total)


def _partner_row(p: Partner) -> list[Any]:
    return [p.kind.label, p.name_ar, p.name_fr, p.registration_number, p.legal_representative,
            p.representative_title, p.phone, p.email, p.address, p.commune_name_ar,
            p.province_name_ar, p.bank_name, p.rib]


def _proposal_row(p: Proposal | proposals.ListedProposal) -> list[Any]:
    return [p.reference, p.title_ar, p.partner_name_ar, p.commune_names_ar, p.domain_name_ar,
            p.beneficiaries, p.women_planned, p.disabled_planned, p.duration_months,
            p.received_on, p.status.label]


def export_partners(db: Database, query: ListQuery, path: Path,
                    progress: ProgressCallback | None = None) -> int:
    """Write every partner matching `query` (its sort is kept); returns the rows written."""
    rows = _Rows(lambda q: partners.list_partners(db, q), query, _partner_row, progress)
    xlsx.write_table(path, "الشركاء", PARTNER_HEADERS, rows)
    return rows.count


def export_proposals(db: Database, query: ListQuery, path: Path,
                     progress: ProgressCallback | None = None) -> int:
    """Write every proposal matching `query` (its sort is kept), from one streamed query;
    returns the rows written."""
    written = 0

    def rows() -> Iterator[list[Any]]:
        nonlocal written
        for proposal in proposals.each_proposal(db, query, progress):
            written += 1
            yield _proposal_row(proposal)

    xlsx.write_table(path, "المشاريع المقترحة", PROPOSAL_HEADERS, rows())
    return written


def export_table(path: Path, title: str, headers: list[str], rows: list[list[Any]]) -> int:
    """A list a screen already holds (editions, quotas, calls...), as the user sees it."""
    xlsx.write_table(path, title, headers, rows)
    return len(rows)
