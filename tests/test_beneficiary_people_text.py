"""The import writes the search text of many people at once; each must be the text the
one-person form writes (`person_text`), blanks and spacing included."""

from __future__ import annotations

import random

from app.services.beneficiaries import TEXT_FIELDS, people_text, person_text

VALUES = {
    "cin": ["AB123", "Z9", "", "k 12"],
    "last_name_ar": ["العلوي", "  بن  علي ", "", "أحمد"],
    "first_name_ar": ["محمّد", "فاطمة", ""],
    "last_name_fr": ["Bouziane", "", "EL  Alaoui"],
    "first_name_fr": ["Khalid", "", "Hélène"],
    "phone": ["0612345678", "", "06 12"],
    "cnss_number": ["", "123456789"],
}


def test_people_text_is_person_text_of_each_row():
    rng = random.Random(7)
    rows = [{name: rng.choice(VALUES[name]) for name in TEXT_FIELDS} for _ in range(400)]
    columns = {name: [row[name] for row in rows] for name in TEXT_FIELDS}
    assert people_text(columns) == [person_text(row) for row in rows]


def test_people_text_of_blank_and_full_columns():
    blank = {name: ["", ""] for name in TEXT_FIELDS}
    assert people_text(blank) == ["", ""]
    full = {name: [VALUES[name][0] or "x"] for name in TEXT_FIELDS}
    assert people_text(full) == [person_text({name: values[0] for name, values in full.items()})]
