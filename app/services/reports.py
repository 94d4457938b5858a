"""The follow-up report of a province (or region) and edition, as PDF and as a workbook.

Both are made from one `Dashboard` and one list of tables, so the paper and the workbook
carry the same numbers. The PDF is recorded in the printed-documents register with its
verification mark like every paper the committee signs.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections import OrderedDict
from dataclasses import asdict, dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from matplotlib.figure import Figure
from sqlalchemy import select

from app.documents.charts import bar_chart, svg_bytes
from app.documents.report import ReportChart, ReportData, ReportTable, build_report
from app.documents.verification import make_mark
from app.domain import formats
from app.domain.enums import ProvinceKind
from app.domain.roles import Permission
from app.io.report_xlsx import Sheet, write_workbook
from app.services import dashboard, followup, printed
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.dashboard import Breakdown, Dashboard, Scope
from app.services.meeting_documents import letterhead
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import ProvinceRow

REPORT_TITLE = "تقرير تتبع تنفيذ برنامج أوراش"
MOST_ROWS = 40  # a printed table's longest; the workbook has every row
MOST_BARS = 15  # a chart shows the largest bars and one for the rest; its table shows all
CHARTS = ("quota", "status", "domain", "commune", "budget", "conventions")


def _figure_text(value: int | Decimal | None, unit: str = "") -> str:
    if value is None:
        return dashboard.NOT_YET
    if isinstance(value, Decimal):
        return formats.amount(value) + (f" {unit}" if unit else "")
    return formats.number(value)


def _value_text(value: int | Decimal) -> str:
    return formats.amount(value) if isinstance(value, Decimal) else formats.number(value)


def _capped(rows: list[list[str]], note: str = "", total: int | None = None
            ) -> tuple[list[list[str]], str]:
    """A paper table stops at `MOST_ROWS` lines and says how many more the workbook has
    (`total`: how many there are when only the first were read)."""
    count = len(rows) if total is None else max(total, len(rows))
    if count <= MOST_ROWS:
        return rows, note
    more = f"و{count - MOST_ROWS} سطرا أخرى، كاملة في مصنف Excel للتقرير."
    return rows[:MOST_ROWS], f"{note} {more}".strip()


def _breakdown_table(b: Breakdown) -> ReportTable:
    rows, note = _capped([[name, _value_text(v)] for name, v, _ in b.rows],
                         "" if b.available else b.note)
    return ReportTable(b.title, [b.label_header, b.value_header], rows, [None, 4.0], note)


def breakdown_figure(b: Breakdown, width: float = 6.4, titled: bool = True) -> Figure:
    """The chart of a breakdown, the same for the window and the paper (where the heading
    above it already gives its title)."""
    labels, values = [name for name, _, _ in b.rows], [v for _, v, _ in b.rows]
    if len(labels) > MOST_BARS:  # a region's hundreds of communes: the first, then the rest
        rest = len(labels) - MOST_BARS + 1
        labels = [*labels[:MOST_BARS - 1], f"أخرى ({rest})"]
        values = [*values[:MOST_BARS - 1], sum(values[MOST_BARS - 1:], type(values[0])(0))]
    return bar_chart(b.title if titled else "", labels, values, value_label=b.value_header,
                     width=width, empty_text=b.note or "لا توجد معطيات")


def _chart_key(b: Breakdown) -> tuple[object, ...]:
    return (b.key, b.title, b.value_header, b.available, b.note,
            tuple((name, value) for name, value, _ in b.rows))


_SVGS: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
_SVGS_LOCK = threading.Lock()


def chart_svg(b: Breakdown) -> bytes:
    """The paper's chart, drawn once per content: a reprint, or the same figures printed
    again, reuses the drawing (the same data gives the same bytes)."""
    key = _chart_key(b)
    with _SVGS_LOCK:
        if key in _SVGS:
            _SVGS.move_to_end(key)
            return _SVGS[key]
    svg = svg_bytes(breakdown_figure(b, titled=False))
    with _SVGS_LOCK:
        _SVGS[key] = svg
        while len(_SVGS) > 64:
            _SVGS.popitem(last=False)
    return svg


@dataclass(frozen=True)
class ReportContent:
    board: Dashboard
    late_worksites: list[followup.WorksiteLine]
    late_tranches: list[followup.TrancheLine]
    totals_by_body: list[followup.MoneyTotal]
    totals_by_commune: list[followup.MoneyTotal]
    today: date


def gather(db: Database, scope: Scope, today: date | None = None, *,
           paper: bool = False) -> ReportContent:
    """What the report says; on `paper` only the rows a printed table shows are read (the
    counts come from the dashboard) and the totals per commune, for the workbook, are not."""
    day = today or date.today()
    board = dashboard.build(db, scope, today=day)
    limit = MOST_ROWS if paper else None
    late_worksites = dashboard.worksites_behind(db, scope, dashboard.Drill(
        "worksites", "late", "any"), today=day, limit=limit)
    if paper:  # the conventions the dashboard found late, the first of them
        late_tranches = followup.list_tranches(
            db, None, today=day, late_only=True, limit=MOST_ROWS,
            convention_ids=board.late_conventions[:MOST_ROWS])
    else:
        late_tranches = dashboard.tranches_behind(db, scope, dashboard.Drill(
            "tranches", "late", "any"), today=day)
    by_body = followup.payment_totals(db, scope.edition_id, scope.province_ids, by="partner")
    by_commune = [] if paper else followup.payment_totals(db, scope.edition_id,
                                                         scope.province_ids, by="commune")
    return ReportContent(board, late_worksites, late_tranches, by_body, by_commune, day)


def _tables(content: ReportContent) -> list[ReportTable]:
    board = content.board
    people = [_breakdown_table(board.breakdown(k)) for k in ("sex", "disability", "category")]
    rows, note = _capped([[w.reference, w.title, w.partner_name, w.communes, w.late.label]
                          for w in content.late_worksites],
                         total=_count(board.figure("late_worksites").value))
    late_w = ReportTable(
        "الأوراش المتأخرة", ["المرجع", "الورش", "الهيئة", "الجماعة", "التأخر"], rows,
        [3.3, None, 3.3, 2.4, 2.6], note if rows else "لا يوجد أي ورش متأخر.")
    rows, note = _capped([[t.convention_number, t.partner_name, str(t.position),
                           formats.amount(t.amount), formats.amount(t.paid),
                           t.due_on.strftime("%d/%m/%Y") if t.due_on else ""]
                          for t in content.late_tranches],
                         total=_count(board.figure("late_tranches").value))
    late_t = ReportTable(
        "الأشطر المتأخرة الأداء", ["الاتفاقية", "الهيئة", "الشطر", "المبلغ", "المؤدى",
                                   "تاريخ الاستحقاق"], rows, [2.8, None, 1.2, 2.4, 2.4, 2.4],
        note if rows else "لا يوجد أي شطر متأخر الأداء.")
    # The bodies with the most left to pay first: what the treasury is asked about.
    bodies = sorted(content.totals_by_body, key=lambda m: (-m.left, m.name))
    rows, note = _capped([[m.name, formats.amount(m.due), formats.amount(m.paid),
                           formats.amount(m.left)] for m in bodies])
    money = ReportTable(
        "المبالغ الملتزم بها والمؤداة حسب الهيئة", ["الهيئة", "الملتزم به", "المؤدى", "الباقي"],
        rows, [None, 2.8, 2.8, 2.8], note if rows else "لم توقع أي اتفاقية بعد.")
    return [*people, late_w, late_t, money]


def _count(value: int | Decimal | None) -> int | None:
    return value if isinstance(value, int) else None


def _content_sha256(data: ReportData) -> str:
    plain = asdict(data)
    plain.pop("mark", None)
    for chart in plain.get("charts", []):
        chart["svg"] = hashlib.sha256(chart["svg"]).hexdigest()
    canonical = json.dumps(plain, default=str, sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _place_header(db: Database, scope: Scope) -> tuple[tuple[str, ...], str]:
    with reading(db, mapped=True) as session:
        rows = session.execute(select(ProvinceRow.code, ProvinceRow.name_ar, ProvinceRow.kind)
                               .where(ProvinceRow.id.in_(scope.province_ids))
                               .order_by(ProvinceRow.code)).all()
    codes = "-".join(code for code, _, _ in rows) if len(rows) == 1 else \
        (rows[0][0].split(".")[0] if rows else "")
    if len(rows) == 1:
        head = letterhead(rows[0][1], rows[0][2] is not ProvinceKind.PROVINCE,
                          "اللجنة الإقليمية لبرنامج أوراش")
    else:
        head = ("المملكة المغربية", "وزارة الداخلية", scope.place,
                "اللجنة الجهوية لبرنامج أوراش")
    return head, codes


def report_data(db: Database, scope: Scope, today: date | None = None) -> ReportData:
    content = gather(db, scope, today, paper=True)
    board = content.board
    head, codes = _place_header(db, scope)
    charts = [ReportChart(board.breakdown(k).title, chart_svg(board.breakdown(k)),
                          replace(_breakdown_table(board.breakdown(k)), title=""))
              for k in CHARTS]
    period = ""
    if scope.start or scope.end:
        period = "الأوراش المبرمج انطلاقها " + " ".join(filter(None, [
            f"من {formats.long_date(scope.start)}" if scope.start else "",
            f"إلى {formats.long_date(scope.end)}" if scope.end else ""]))
    return ReportData(
        letterhead=head, title=REPORT_TITLE, place=scope.place,
        edition_title=f"برنامج أوراش {scope.edition_year}", period=period,
        printed_on=formats.long_date(content.today),
        figures=[(f.label, _figure_text(f.value, f.unit)) for f in board.figures],
        charts=charts, tables=_tables(content),
        reference=f"RPT-{scope.edition_year}-{codes}", keywords=(scope.place,))


def _owner_id(scope: Scope) -> uuid.UUID:
    key = f"{scope.edition_id}|{'|'.join(map(str, scope.province_ids))}|{scope.start}|{scope.end}"
    return uuid.uuid5(uuid.NAMESPACE_URL, f"awrach-report:{key}")


@requires(Permission.PRINT)
def report_pdf(db: Database, actor: Actor, scope: Scope, today: date | None = None) -> bytes:
    """The report with its verification mark; the print is recorded in the register."""
    data = report_data(db, scope, today)
    sha = _content_sha256(data)
    owner = _owner_id(scope)
    head = printed.anchor(db, "report", owner, sha)
    mark = make_mark("report", data.reference, 1, sha, head)
    pdf = build_report(ReportData(**{**data.__dict__, "mark": mark}))
    printed.record(db, actor, "report", owner, data.reference, 1, sha, pdf, head)
    return pdf


def report_sheets(db: Database, scope: Scope, today: date | None = None) -> list[Sheet]:
    """The same figures as the PDF, one sheet per table, numbers as numbers."""
    content = gather(db, scope, today)
    board = content.board
    sheets = [Sheet("المؤشرات", ["المؤشر", "القيمة", "المرجع"],
                    [[f.label, f.value, f.target] for f in board.figures])]
    for b in board.breakdowns:
        sheets.append(Sheet(b.title, [b.label_header, b.value_header],
                            [[name, value] for name, value, _ in b.rows],
                            "" if b.available else b.note))
    sheets.append(Sheet("الأوراش المتأخرة", ["المرجع", "الورش", "الهيئة", "الجماعة",
                                             "الحالة", "التأخر", "تاريخ الانطلاق المبرمج",
                                             "تاريخ الانتهاء المبرمج"],
                        [[w.reference, w.title, w.partner_name, w.communes, w.status.label,
                          w.late.label, w.planned_start, w.planned_end]
                         for w in content.late_worksites]))
    sheets.append(Sheet("الأشطر المتأخرة", ["الاتفاقية", "الهيئة", "الشطر", "المبلغ",
                                            "المؤدى", "تاريخ الاستحقاق", "الشرط"],
                        [[t.convention_number, t.partner_name, t.position, t.amount, t.paid,
                          t.due_on, t.condition] for t in content.late_tranches]))
    for title, totals in (("الأداءات حسب الهيئة", content.totals_by_body),
                          ("الأداءات حسب الجماعة", content.totals_by_commune)):
        sheets.append(Sheet(title, ["الاسم", "الملتزم به", "المؤدى", "الباقي"],
                            [[m.name, m.due, m.paid, m.left] for m in totals]))
    return sheets


def write_report_xlsx(db: Database, scope: Scope, path: Path,
                      today: date | None = None) -> int:
    return write_workbook(path, report_sheets(db, scope, today))
