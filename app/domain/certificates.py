"""Who gets a skills certificate (شهادة تبرز المهارات المكتسبة), and which skills it names.

A participant gets one once the assignment has ended; a person who left before the end
is not certified (the replacement is). The skills follow the worksite's domain; a domain
added by a committee gets the skills every worksite teaches.
"""

from __future__ import annotations

from datetime import date

from app.domain.enums import AssignmentStatus, Sex
from app.language import tr

COMMON_SKILLS = (
    "احترام مواعيد العمل والانضباط داخل فريق",
    "احترام قواعد السلامة والصحة في العمل",
    "التواصل مع المؤطرين والساكنة",
)
DOMAIN_SKILLS: dict[str, tuple[str, ...]] = {
    "environment": ("غرس الأشجار وسقيها وصيانة المساحات الخضراء",
                    "فرز النفايات والتحسيس بحماية البيئة"),
    "cleanliness": ("تنظيف الفضاءات العمومية وجمع النفايات",
                    "استعمال أدوات ومعدات النظافة وصيانتها"),
    "urban_upgrading": ("أشغال التهيئة البسيطة والصباغة والترصيف",
                        "قراءة تعليمات الورش وتنظيم العمل اليومي"),
    "women_empowerment": ("تدبير نشاط مدر للدخل ومسك حساباته البسيطة",
                          "التسويق والتعريف بالمنتوج"),
    "disability_jobs": ("إنجاز مهام الورش مع تكييف ظروف العمل",
                        "العمل ضمن فريق دامج"),
    "social_register": ("مواكبة الأسر في التقييد بالسجل الاجتماعي الموحد",
                        "استقبال المرتفقين وتوجيههم وملء الاستمارات"),
}


def skills_for(domain_code: str) -> tuple[str, ...]:
    return DOMAIN_SKILLS.get(domain_code, ()) + COMMON_SKILLS


def refusal(status: AssignmentStatus, ends_on: date | None, today: date) -> str:
    """Why a participant cannot be certified yet; "" when the certificate can be printed."""
    if status is AssignmentStatus.LEFT:
        return tr("انقطع عن الورش قبل نهايته.")
    if ends_on is None:
        return tr("تاريخ نهاية التعيين غير مسجل.")
    if ends_on > today and status is not AssignmentStatus.COMPLETED:
        return tr("لم ينته التعيين بعد (ينتهي في {ends_on:%d/%m/%Y}).").format(ends_on=ends_on)
    return ""


def gendered(sex: Sex, masculine: str, feminine: str) -> str:
    return feminine if sex is Sex.FEMALE else masculine
