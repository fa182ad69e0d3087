"""``voute schedule``, ``voute due`` and ``voute breach`` (issue 3): output, exit statuses, iCalendar file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import icalendar
import pytest
import typer
from typer.testing import CliRunner

from voute.cli.schedule import register

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "calendar"
TACIT = FIXTURES / "tacite.yaml"
BROKEN = FIXTURES / "casse.yaml"

app = typer.Typer()
register(app)
runner = CliRunner()


def test_every_command_explains_itself() -> None:
    for command in ("schedule", "due", "breach"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Exit status" in result.output


def test_schedule_json_says_the_notice_passed() -> None:
    result = runner.invoke(app, ["schedule", str(TACIT), "--today", "2027-10-15", "--format", "json",
                                 "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["situation"][0]["text"].startswith("The notice deadline passed on Thursday 30 September 2027")
    notices = [d for d in data["deadlines"] if d["kind"] == "notice_deadline"]
    assert notices[0] == {**notices[0], "date": "2027-09-27", "limit": "2027-09-30"}


def test_schedule_from_to_and_ics(tmp_path: Path) -> None:
    target = tmp_path / "out" / "dates.ics"
    result = runner.invoke(app, ["schedule", str(TACIT), "--today", "2027-06-01", "--from", "2027-09-01",
                                 "--to", "30/09/2028", "--ics", str(target), "--format", "json"])
    assert result.exit_code == 0, result.output
    days = [d["date"] for d in json.loads(result.output)["deadlines"]]
    assert days and min(days) >= "2027-09-01" and max(days) <= "2028-09-30"
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(e.decoded("DTSTART").isoformat() for e in events) == sorted(days)
    assert not list(target.parent.glob("*.tmp"))


def test_schedule_bad_file_is_a_located_error() -> None:
    result = runner.invoke(app, ["schedule", str(BROKEN)])
    assert result.exit_code == 2
    assert "casse.yaml:6" in result.output


def test_schedule_bad_date_option() -> None:
    result = runner.invoke(app, ["schedule", str(TACIT), "--today", "demain"])
    assert result.exit_code == 2
    assert "--today" in result.output


@pytest.mark.parametrize(
    ("paths", "status"),
    [(["tacite.yaml"], 0), (["tacite.yaml", "casse.yaml"], 1), (["casse.yaml"], 2), (["absent.yaml"], 2)],
)
def test_due_exit_status(paths: list[str], status: int) -> None:
    result = runner.invoke(app, ["due", *[str(FIXTURES / p) for p in paths], "--today", "2027-09-01"])
    assert result.exit_code == status, result.output


def test_due_folder_lists_the_notice_first_and_skips_other_yaml(tmp_path: Path) -> None:
    shutil.copy(TACIT, tmp_path / "a.yaml")
    (tmp_path / "mapping.yaml").write_text("name: export\nfields: {}\n", encoding="utf-8")
    result = runner.invoke(app, ["due", str(tmp_path), "--today", "2027-09-01", "--within", "6 semaines",
                                 "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["until"] == "2027-10-13"
    assert [d["kind"] for d in data["deadlines"]] == ["notice_deadline"]
    assert data["deadlines"][0]["days_left"] == 26
    assert data["unreadable"] == []


def test_breach_command() -> None:
    result = runner.invoke(app, ["breach", str(TACIT), "--detected", "2027-03-27T10:00", "--format", "json"])
    assert result.exit_code == 0, result.output
    dates = [d["date"] for d in json.loads(result.output)]
    assert dates == ["2027-03-28T11:00:00+02:00", "2027-03-30T11:00:00+02:00"]
