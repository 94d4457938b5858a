"""`awrach beneficiaries attendance|cnss|certificates|bank-accounts` over the services."""

from __future__ import annotations

import pytest

from app.cli import main
from app.domain.attendance import Month
from app.services import attendance
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.people_fixture import place_people


@pytest.fixture
def cli_site(demo_opened, tmp_path, monkeypatch):
    site = place_people(demo_opened.db, demo_opened.actor)
    monkeypatch.setenv("AWRACH_USER", ADMIN)
    monkeypatch.setenv("AWRACH_PASSWORD", ADMIN_PASSWORD)
    return demo_opened, site, str(tmp_path / "awrach.sqlite")


@pytest.mark.parametrize("action", ["attendance", "cnss", "certificates", "bank-accounts"])
def test_each_action_takes_db_and_help(capsys, action):
    with pytest.raises(SystemExit) as caught:
        main(["beneficiaries", action, "--help"])
    assert caught.value.code == 0
    assert "--db PATH" in capsys.readouterr().out


def test_register_certificates_and_bank_list_are_written_then_verify(cli_site, tmp_path,
                                                                      capsys):
    _, site, db = cli_site
    register = tmp_path / "register.pdf"
    assert main(["beneficiaries", "attendance", "--db", db, "--worksite", site.reference,
                 "--month", "2023-05", "--out", str(register)]) == 0
    assert main(["verify", "--db", db, str(register)]) == 0
    assert "سجل الحضور اليومي" in capsys.readouterr().out
    folder = tmp_path / "certificates"
    assert main(["beneficiaries", "certificates", "--db", db, "--worksite", site.reference,
                 "--date", "2023-07-10", "--out", str(folder)]) == 0
    assert len(list(folder.glob("*.pdf"))) == 4
    assert main(["verify", "--db", db, str(folder / "certificate-M123456.pdf")]) == 0
    bank = tmp_path / "barid.xlsx"
    assert main(["beneficiaries", "bank-accounts", "--db", db, "--out", str(bank)]) == 0
    assert bank.exists()
    code = main(["beneficiaries", "attendance", "--db", db, "--worksite", "NOPE",
                 "--month", "2023-05", "--out", str(register)])
    assert code == 1 and "الورش «NOPE» غير موجود" in capsys.readouterr().err


def test_cnss_lists_what_is_missing_on_stderr_and_fails(cli_site, tmp_path, capsys):
    opened, site, db = cli_site
    attendance.record_days(opened.db, opened.actor, site.proposal_id, Month(2023, 5),
                           {site.assignments["M123456"]: 26})
    out = tmp_path / "cnss"
    code = main(["beneficiaries", "cnss", "--db", db, "--body", "1234567", "--month",
                 "2023-05", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "خديجة أوعلي (M555111): رقم التسجيل في CNSS ناقص" in err
    assert (out / "CNSS_1234567_202305.xlsx").exists()
    assert not list(out.glob("DS_*"))
    assert main(["beneficiaries", "cnss", "--db", db, "--body", "1234567", "--month",
                 "2023-14", "--out", str(out)]) == 1
    assert "الشهر: اكتبه على شكل 2023-05" in capsys.readouterr().err
