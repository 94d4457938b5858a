"""What the batch's fork server loads before it forks its first worker.

Importing this module lays out one throw-away convention. It is imported only by the
fork server ("forkserver" start method: `batch._context` names it as the preload), whose
preload can do nothing but import modules: a worker forked from a server that only
imported ReportLab took about 85 ms over its first convention instead of about 20,
parsing Amiri's two fonts, filling the shaping and wrapping caches, making the QR
encoder's tables. Forked from a warmed server, every worker starts with all that done,
and the server pays it once, for every batch of the process, usually before the first
one (`batch.start_workers_ahead`).

A document's bytes do not depend on what was laid out before it in the same process:
ReportLab keeps a font's subsets per document, and every cache in the text layer is keyed
on its input (a batch's first convention, laid out by the parent after others, already
had to be byte for byte what a cold worker makes of it; tests/test_batch_warmup.py holds
the two paths to it).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.documents import batch  # noqa: F401 (the workers' functions, imported once here)
from app.documents.convention import build_convention, convention_mark
from app.documents.convention_template import load_template
from app.domain.conventions import (
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
from app.domain.partners import rib_key
from app.domain.programme import DEFAULT_ADMIN_FEE_RATE
from app.domain.proposals import admin_fee


def sample_convention() -> ConventionContent:
    """A convention shaped like the ones a committee prints (every article, the tranche
    table, the annex, a RIB, two signatories), with made-up names and amounts."""
    wages, framing, supplies = Decimal("280031.10"), Decimal("61200"), Decimal("12500")
    fee = admin_fee(wages + framing + supplies, DEFAULT_ADMIN_FEE_RATE)
    total = wages + framing + supplies + fee
    rib_body = "0077800000000000000000"
    return ConventionContent(
        number="00.000/2000/000", edition_title="برنامج أوراش",
        province_name="الإقليم", council_name="المجلس الإقليمي",
        council_president="الرئيس", council_seat="مقر المجلس الإقليمي",
        partner=PartnerContent(
            kind_label="جمعية", name="جمعية التنمية والتضامن", seat="حي الجماعة، الجماعة",
            representative="الممثل", representative_capacity="رئيس الجمعية",
            rib=rib_body + rib_key(rib_body), bank_name="بريد بنك"),
        worksite=WorksiteContent(
            title="تهيئة المساحات الخضراء وتنظيف ضفاف الوادي", communes=("الجماعة", "المركز"),
            domain_label="البيئة والنظافة", beneficiaries=Beneficiaries(30, 10, 1),
            duration_months=3, total_amount=total, admin_fee_amount=fee,
            framing_grant_amount=framing, minimum_wage=Decimal("3111.39"),
            cost_lines=(CostLine("الأجور والتحملات الاجتماعية (CNSS)", wages),
                        CostLine("منح التأطير", framing),
                        CostLine("المعدات والأدوات ووسائل الوقاية", supplies),
                        CostLine("مصاريف التدبير الإداري", fee))),
        tranches=split_into_tranches(total, default_tranche_shares()),
        selection_meeting=SelectionMeeting(date(2000, 1, 3), "المصادقة على الأوراش المقترحة"),
        place="الإقليم", date=date(2000, 1, 10), hijri_date_text="3 شوال 1420",
        signatories=signatories_of([("رئيس المجلس الإقليمي", "الرئيس"),
                                    ("رئيس الجمعية", "الممثل")]),
    )


def warm_up() -> bool:
    """Lay the sample out once (with its QR code); False if that failed. A failure leaves
    the workers cold, not broken: whatever failed fails again, and is reported, on the
    batch's own first convention."""
    try:
        content = sample_convention()
        build_convention(content, load_template(), convention_mark(content))
    except Exception:  # noqa: BLE001 (the fork server must start whatever happens here)
        return False
    return True


warmed = warm_up()
