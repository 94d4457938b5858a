"""Prints how long printing partnership conventions takes on this machine.

Run: .venv/bin/python bench/bench_conventions.py [--count 100] [--keep FOLDER]
Figures only; no pass/fail. Goals: under 25 ms per convention with its QR code on one
core; a batch of 100 at least 5 times faster than LibreOffice (~100 ms a document when
converting many in one call, TECH-NOTES "Office-suite baseline"). Last measured (machine
loaded 3-4, alternating with the version before): 14.7-15.6 ms of CPU a convention on
one core against 18.1-21.7 ms; LibreOffice 67-73 ms of CPU a document in the same runs.

The machine these figures come from is shared (2 cores, other work running), so wall
times swing with the load: every figure is printed as CPU time (this process's, plus
LibreOffice's from the operating system's account of its finished children) beside the
wall time, and the ratio to LibreOffice is given in both. A floor is measured in the same
run: ReportLab writing a one-page PDF with one Arabic line in the same font.

Measures, for the same 100 conventions (varied partners, communes, amounts):
- one convention at a time, the process pinned to one core;
- a batch of one PDF per convention, of 1, 61 and 100 conventions: in this process, in
  two worker processes, and as build_batch chooses by measuring (`processes_pay`);
- the same batch as one merged file (each convention numbered "الصفحة 1 من N");
- the 61 demo conventions as a secretary prints them: through the service, checked, each
  file registered in the database before it gets its name (`--no-service` skips it);
- LibreOffice headless converting equivalent HTML documents in one call, if installed,
  for the same three sizes in the same run, as a ratio. It is given our fonts (Amiri,
  through a fontconfig file): without them it would set the Arabic in the system's
  DejaVu Sans, which is quicker to shape, and the two sides would not set the same text.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import io
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not the venv's

from app.documents import batch  # noqa: E402
from app.documents.batch import build_batch  # noqa: E402
from app.documents.convention import build_convention, convention_mark, convention_values  # noqa: E402
from app.documents.convention_blocks import fill  # noqa: E402
from app.documents.convention_template import ConventionTemplate, load_template  # noqa: E402
from app.domain import formats  # noqa: E402
from app.domain.conventions import (  # noqa: E402
    Beneficiaries,
    ConventionContent,
    CostLine,
    PartnerContent,
    SelectionMeeting,
    WorksiteContent,
    default_tranche_shares,
    signatories_of,
    split_into_tranches,
)
from app.domain.partners import rib_key  # noqa: E402
from app.domain.programme import DEFAULT_ADMIN_FEE_RATE  # noqa: E402
from app.domain.proposals import admin_fee  # noqa: E402
from app.paths import fonts_dir  # noqa: E402

LIBREOFFICE_MS_PER_DOC = 100.0  # TECH-NOTES: ~0.1 s a document, 20 converted in one call
LIBREOFFICE_MS_ALONE = 750.0  # TECH-NOTES: 0.75 s for one two-page Arabic document
COMMUNES = ("خنيفرة", "مريرت", "أجلموس", "القباب", "آيت إسحاق", "تيغسالين", "الحمام",
            "كهف النسور", "أم الربيع", "سيدي لامين", "موحى أوحمو الزياني")
PARTNERS = ("جمعية الأمل للتنمية والتضامن", "تعاونية نساء الأطلس للمنتجات المجالية",
            "جمعية أصدقاء البيئة", "جمعية التضامن النسوي", "جمعية الأطلس المتوسط للتنمية",
            "تعاونية الزيتون الأخضر", "جمعية شباب أم الربيع للتنشيط الثقافي والرياضي")
TITLES = ("تهيئة المساحات الخضراء وتنظيف ضفاف واد أم الربيع",
          "دعم البيع الإلكتروني للمنتجات المجالية لفائدة النساء المتعاونات",
          "المواكبة والتحسيس بالتقييد في السجل الاجتماعي الموحد والسجل الوطني للسكان",
          "تشجير جنبات الطرق القروية وصيانة المسالك", "نظافة الأحياء والأسواق الأسبوعية")


def rib(seed: int) -> str:
    body = f"007780{seed:016d}"
    return body + rib_key(body)


def conventions(count: int, first: int = 1) -> list[ConventionContent]:
    """`count` distinct, valid conventions shaped like Khenifra 2023's, numbered from
    `first` (each number has its own amounts, RIB and beneficiaries)."""
    result = []
    for index in range(first, first + count):
        partner = PARTNERS[index % len(PARTNERS)]
        kind = "تعاونية" if partner.startswith("تعاونية") else "جمعية"
        beneficiaries = 20 + (index * 7) % 120
        framing = Decimal(beneficiaries * 2040)
        supplies = Decimal(10000 + index * 137)
        wages = Decimal(beneficiaries * 3 * 3111) + Decimal("0.39") * beneficiaries * 3
        cost = wages + framing + supplies
        fee = admin_fee(cost, DEFAULT_ADMIN_FEE_RATE)
        total = cost + fee
        communes = tuple(COMMUNES[(index + k) % len(COMMUNES)] for k in range(1 + index % 3))
        result.append(ConventionContent(
            number=f"05.301/2023/{index:03d}", edition_title="برنامج أوراش 2023",
            province_name="خنيفرة", council_name="المجلس الإقليمي لخنيفرة",
            council_president="محمد العلوي", council_seat="شارع محمد الخامس، خنيفرة",
            partner=PartnerContent(
                kind_label=kind, name=partner, seat=f"حي {communes[0]}، {communes[0]}",
                representative="فاطمة الزهراء بناني", representative_capacity=f"رئيسة ال{kind}",
                rib=rib(index), bank_name="بريد بنك" if index % 2 else ""),
            worksite=WorksiteContent(
                title=TITLES[index % len(TITLES)], communes=communes,
                domain_label="البيئة والنظافة",
                beneficiaries=Beneficiaries(beneficiaries, beneficiaries // 3, index % 5),
                duration_months=3 + index % 4, total_amount=total, admin_fee_amount=fee,
                framing_grant_amount=framing, minimum_wage=Decimal("3111.39"),
                cost_lines=(CostLine("الأجور والتحملات الاجتماعية (CNSS)", wages),
                            CostLine("منح التأطير", framing),
                            CostLine("المعدات والأدوات ووسائل الوقاية", supplies),
                            CostLine("مصاريف التدبير الإداري", fee))),
            tranches=split_into_tranches(total, default_tranche_shares()),
            selection_meeting=SelectionMeeting(date(2023, 5, 26), "المصادقة على الأوراش المقترحة"),
            place="خنيفرة", date=date(2023, 6, 13), hijri_date_text="24 ذو القعدة 1444",
            signatories=signatories_of([("رئيس المجلس الإقليمي لخنيفرة", "محمد العلوي"),
                                        (f"رئيسة ال{kind}", "فاطمة الزهراء بناني")]),
        ))
    return result


def seconds(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def cpu_and_wall(func: Callable[[], object]) -> tuple[float, float]:
    """CPU seconds (this process and its finished children) and wall seconds of func()."""
    def cpu() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime

    started_cpu, started = cpu(), time.perf_counter()
    func()
    return cpu() - started_cpu, time.perf_counter() - started


def bench_floor() -> None:
    """The least any PDF with an embedded Arabic font costs here, for scale."""
    from reportlab.pdfgen.canvas import Canvas

    from app.documents import fonts
    from app.documents.arabic import shape, visual_line

    line = visual_line(shape("اتفاقية شراكة"))

    def one() -> bytes:
        canvas = Canvas(io.BytesIO(), invariant=True, **fonts.canvas_options())
        canvas.setFont(fonts.regular(), 12)
        canvas.drawRightString(500, 700, line)
        canvas.showPage()
        return bytes(canvas.getpdfdata())

    one()
    runs = [cpu_and_wall(one) for _ in range(30)]
    print(f"floor: a one-page PDF with one Arabic line   "
          f"{statistics.median(r[0] for r in runs) * 1000:7.1f} ms CPU "
          f"{statistics.median(r[1] for r in runs) * 1000:7.1f} ms wall (median of 30)")


def one_core() -> Callable[[], None]:
    """Pin this process to one core (Linux); returns how to undo it."""
    if not hasattr(os, "sched_setaffinity"):
        return lambda: None
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(before)})
    return lambda: os.sched_setaffinity(0, before)


def bench_single(contents: Sequence[ConventionContent], template: ConventionTemplate) -> float:
    undo = one_core()
    try:
        build_convention(contents[0], template, convention_mark(contents[0]))  # warm up
        runs = [cpu_and_wall(lambda c=c: build_convention(c, template, convention_mark(c)))
                for c in contents[:30]]
    finally:
        undo()
    pages = build_convention(contents[0], template).count(b"/Type /Page\n")
    cpu_ms = statistics.median(r[0] for r in runs) * 1000
    print(f"one convention with its QR code, one core    {cpu_ms:7.1f} ms CPU "
          f"{statistics.median(r[1] for r in runs) * 1000:7.1f} ms wall "
          f"(median of {len(runs)}; {pages} pages; target < 25 ms)")
    return cpu_ms


SIZES = (1, 61, 100)


def forced(processes: str | None) -> Callable[[], None]:
    """Make build_batch use 1 or 2 processes (None: let it measure and choose)."""
    before = os.environ.pop(batch.FORCE_PROCESSES, None)
    if processes is not None:
        os.environ[batch.FORCE_PROCESSES] = processes

    def undo() -> None:
        os.environ.pop(batch.FORCE_PROCESSES, None)
        if before is not None:
            os.environ[batch.FORCE_PROCESSES] = before

    return undo


def batch_seconds(contents: Sequence[ConventionContent], template: ConventionTemplate,
                  folder: Path, processes: str | None) -> tuple[float, float]:
    """(CPU, wall) seconds of a batch into a folder. The CPU of worker processes is not
    counted (they are the fork server's children): read the wall time for two."""
    undo = forced(processes)
    try:
        return cpu_and_wall(lambda: build_batch(contents, folder, one_file=False, workers=2,
                                                template=template))
    finally:
        undo()


def bench_batches(contents: Sequence[ConventionContent], template: ConventionTemplate,
                  folder: Path) -> dict[int, tuple[float, float, float]]:
    """Per-document times of a batch into a folder, for 1, 61 and 100 conventions: in one
    process, in two, and as build_batch chooses by measuring. Returns the one-process
    (CPU, wall) ms a document, and the wall ms as chosen (see batch.processes_pay).

    Every batch measured prints conventions this process has not laid out before, as a
    real batch does: the text layer's caches would otherwise hold each one's paragraphs
    from an earlier measure (LibreOffice gets no such head start)."""
    fresh = iter(range(10_000, 100_000, 1_000))

    def unseen(size: int) -> list[ConventionContent]:
        return conventions(size, next(fresh))

    batch_seconds(unseen(2), template, folder / "warm", "2")  # the fork server runs, warm
    alone: dict[int, tuple[float, float, float]] = {}
    print(f"batch into a folder, ms a convention   1 process CPU / wall  2 processes wall  "
          f"chosen wall (idle cores now {batch.idle_cores():.1f})")
    for size in SIZES:
        one_cpu, one = (t / size * 1000 for t in batch_seconds(
            unseen(size), template, folder / f"one-{size}", "1"))
        two = batch_seconds(unseen(size), template, folder / f"two-{size}", "2")[1]
        two = two / size * 1000
        auto = batch_seconds(unseen(size), template, folder / f"auto-{size}", None)[1]
        auto = auto / size * 1000
        alone[size] = (one_cpu, one, auto)
        print(f"  {size:3d} conventions                  {one_cpu:7.1f} / {one:7.1f}   "
              f"{two:10.1f}      {auto:10.1f}")
    starts = batch._measured_pool_start
    if len(starts) > 1:
        print(f"two worker processes started in {starts[0] * 1000:.0f} ms with their fork "
              f"server (its warm-up included), then in {statistics.median(starts[1:]) * 1000:.0f}"
              f" ms (median of {len(starts) - 1}; the app starts the server ahead)")
    merged = folder / "all.pdf"
    together = seconds(lambda: build_batch(unseen(len(contents)), merged, one_file=True,
                                           template=template))
    print(f"batch of {len(contents)}, one merged file            {together:7.2f} s  "
          f"({together / len(contents) * 1000:.1f} ms a convention; "
          f"{merged.stat().st_size / 1e6:.1f} MB, {merged.read_bytes().count(b'/Type /Page')}"
          " pages)")
    return alone


def bench_service(folder: Path) -> tuple[float, float, float] | None:
    """What a secretary's batch costs: the 61 demo conventions through the service
    (checked, each file registered in the database, a few in one commit), in one
    process (CPU / wall) and as the batch chooses (wall), ms a convention. The same
    documents in form, not in data, as the bench's: read beside them, not against them."""
    home = folder / "home"
    os.environ.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    from app.config import sqlite_url
    from app.services import conventions as convention_service
    from app.services import programme, users
    from app.services.demo import build_demo
    from app.services.startup import open_database

    opened = open_database(sqlite_url(folder / "awrach.sqlite"))
    db = opened.db
    users.create_first_admin(db, "bench", "bench", "a bench password 2023")
    actor = users.authenticate(db, "bench", "a bench password 2023")
    build_demo(db, actor)
    edition = programme.find_edition(db, 2023)
    ids = convention_service.draw_up(db, actor, [
        proposal for proposal, _, _ in convention_service.proposals_without_convention(
            db, edition.id)], on=date(2023, 6, 15))
    if not ids:
        db.dispose()
        return None
    results = []
    for processes, out in (("1", "service-one"), (None, "service-chosen")):
        undo = forced(processes)
        try:
            results.append(cpu_and_wall(lambda o=out: convention_service.print_batch(
                db, actor, ids, folder / o, one_file=False)))
        finally:
            undo()
    db.dispose()
    (one_cpu, one_wall), (_, chosen_wall) = results
    size = len(ids)
    figures = (one_cpu / size * 1000, one_wall / size * 1000, chosen_wall / size * 1000)
    print(f"the {size} demo conventions through the service, each registered: "
          f"{figures[0]:.1f} / {figures[1]:.1f} ms a convention in one process (CPU / wall), "
          f"{figures[2]:.1f} wall as chosen")
    return figures


# -- LibreOffice ------------------------------------------------------------------------------


def as_html(content: ConventionContent, template: ConventionTemplate) -> str:
    """The same wording and tables as an HTML page, for LibreOffice to convert."""
    values = convention_values(content, template)
    wording = template.wording
    parts = [f"<h1>{fill(wording.title, values)}</h1>",
             f"<p>{fill(template.number_line, values)}</p>"]
    parts += [f"<p>{fill(line, values)}</p>" for line in wording.preamble]
    parties = template.parties
    parts += [f"<p>{fill(text, values)}</p>" for text in (
        parties.heading, parties.council, parties.council_side, parties.partner,
        parties.partner_side, wording.agreement)]
    for index, article in enumerate(template.articles):
        title = fill(wording.article_heading, values | {
            "article_ordinal": str(index + 1), "article_title": fill(article.title, values)})
        parts.append(f"<h3>{title}</h3>")
        parts += [f"<p>{html.escape(fill(line, values))}</p>" for line in article.body.split("\n")]
        if article.table:
            rows = "".join(f"<tr><td>{t.position}</td><td>{formats.amount(t.amount)}</td>"
                           f"<td>{t.due_text}</td></tr>" for t in content.tranches)
            parts.append(f"<table border='1'>{rows}</table>")
    parts.append(f"<p>{fill(wording.place_date, values)}</p>")
    sheet = "".join(f"<tr><td>{fill(a, values)}</td><td>{fill(b, values)}</td></tr>"
                    for a, b in template.annex.rows)
    parts.append(f"<h2>{fill(template.annex.title, values)}</h2><table border='1'>{sheet}</table>")
    body = "\n".join(parts)
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<style>body,h1,h2,h3,p,table,td{{font-family:Amiri}} body{{font-size:12pt}}</style>"
            f"</head><body>{body}"
            "</body></html>")


def with_our_fonts(folder: Path) -> dict[str, str]:
    """The environment for LibreOffice with Amiri, the font our documents are set in,
    visible to it (fontconfig) without installing it: otherwise it sets the Arabic in
    whatever font the system has (DejaVu Sans, simpler to shape) and the two sides would
    not lay out the same text in the same font."""
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{html.escape(str(fonts_dir()))}</dir>"
        f"<cachedir>{html.escape(str(folder / 'fontconfig'))}</cachedir></fontconfig>",
        encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(config)}


def bench_libreoffice(contents: Sequence[ConventionContent], template: ConventionTemplate,
                      folder: Path, ours: dict[int, tuple[float, float, float]],
                      service: tuple[float, float, float] | None = None) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        print("LibreOffice (soffice) is not installed here: reference figures from TECH-NOTES:")
        print(f"  {LIBREOFFICE_MS_ALONE:.0f} ms for one document, about "
              f"{LIBREOFFICE_MS_PER_DOC:.0f} ms a document converting many in one call")
        for size, (_cpu, ours_ms, _chosen) in ours.items():
            reference = LIBREOFFICE_MS_ALONE if size == 1 else LIBREOFFICE_MS_PER_DOC
            print(f"  {size:3d} conventions: ours {ours_ms:.1f} ms a convention (wall), "
                  f"x{reference / ours_ms:.1f} against that figure (target x5)")
        return
    source = folder / "html"
    source.mkdir()
    files = []
    for content in contents:
        path = source / f"{content.number.replace('/', '-')}.html"
        path.write_text(as_html(content, template), encoding="utf-8")
        files.append(str(path))
    profile = folder / "lo-profile"
    environment = with_our_fonts(folder)
    seconds(lambda: subprocess.run(  # its first start makes the profile: not counted
        [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf:writer_web_pdf_Export", "--outdir", str(folder / "lo-warm"), files[0]],
        check=True, capture_output=True, env=environment))
    used = sorted(set(re.findall(rb"/FontName\s*/[A-Z]{6}\+([\w-]+)",
                                 next((folder / "lo-warm").glob("*.pdf")).read_bytes())))
    print(f"LibreOffice converting the same documents in one call, in this run, fonts "
          f"{', '.join(name.decode() for name in used)} (ms a document, CPU / wall; "
          "ours: one process, CPU / wall, and as the batch chooses, wall):")
    for size, (ours_cpu, ours_wall, chosen) in ours.items():
        cpu, wall = cpu_and_wall(lambda n=size: subprocess.run(
            [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
             "pdf:writer_web_pdf_Export", "--outdir", str(folder / f"lo-{n}"), *files[:n]],
            check=True, capture_output=True, env=environment))
        lo_cpu, lo_wall = cpu / size * 1000, wall / size * 1000
        if size == 61 and service is not None:
            cpu_s, wall_s, chosen_s = service
            print(f"  {size:3d} documents  the demo's through the service, registered: "
                  f"x{lo_cpu / cpu_s:.1f} CPU, x{lo_wall / wall_s:.1f} wall, "
                  f"x{lo_wall / chosen_s:.1f} wall as chosen")
        print(f"  {size:3d} documents  LibreOffice {lo_cpu:7.1f} / {lo_wall:7.1f}   ours "
              f"{ours_cpu:6.1f} / {ours_wall:6.1f}, chosen {chosen:6.1f}   "
              f"x{lo_cpu / ours_cpu:.1f} CPU, x{lo_wall / ours_wall:.1f} wall, "
              f"x{lo_wall / chosen:.1f} wall as chosen (target x5)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="leave the PDFs in this folder")
    parser.add_argument("--no-service", action="store_true",
                        help="skip the batch through the service (it builds a demo database)")
    arguments = parser.parse_args()
    accelerated = importlib.util.find_spec("_rl_accel") is not None
    print(f"cores: {os.cpu_count()}; ReportLab C accelerator (rl_accel): "
          f"{'yes' if accelerated else 'no'}")
    template = load_template()
    contents = conventions(arguments.count)
    with tempfile.TemporaryDirectory() as temporary:
        folder = arguments.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        bench_floor()
        bench_single(contents, template)
        chosen = bench_batches(contents, template, folder)
        service = None if arguments.no_service else bench_service(folder / "service")
        bench_libreoffice(contents, template, folder, chosen, service)


if __name__ == "__main__":
    main()

