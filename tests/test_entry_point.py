"""The console script as a user runs it: a whole process, through ``python -m voute``.

The entry point switches the garbage collector off while the application is imported and back on before the
command runs (see ``voute.__main__``); these tests make sure the exit statuses and outputs are those of the
command itself, and that the collector is on while a command works.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "voute", *args], capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("contract", "status"),
    [("contrat-complet.yaml", 0), ("contrat-faible.yaml", 1)],
)
def test_check_exit_status_of_the_whole_process(contract: str, status: int) -> None:
    done = run("check", str(EXAMPLES / contract), "--format", "json")
    assert done.returncode == status, done.stderr
    assert json.loads(done.stdout)["summary"]


def test_unusable_input_exits_2_with_a_located_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("parties:\n  client: [unclosed\n", encoding="utf-8")
    done = run("check", str(broken))
    assert done.returncode == 2
    assert "broken.yaml:" in done.stderr
    assert "Traceback" not in done.stderr


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("voute ")


def test_collector_is_back_on_when_the_command_runs() -> None:
    code = (
        "import gc, sys\n"
        "import voute.cli\n"
        "seen = []\n"
        "def fake(started=None):\n"
        "    started()\n"
        "    seen.append(gc.isenabled())\n"
        "voute.cli.main = fake\n"
        "from voute.__main__ import main\n"
        "main()\n"
        "print(seen)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[True]"


def test_help_paragraphs_are_reflowed_but_examples_kept() -> None:
    from voute.cli import reflow

    text = """Summary line.

    A sentence wrapped
    in the source.

    Examples:

      voute check a.yaml
      voute check b.yaml

    - one item
    - two items
    """
    assert reflow(text).split("\n\n") == [
        "Summary line.",
        "A sentence wrapped in the source.",
        "Examples:",
        "  voute check a.yaml\n  voute check b.yaml",
        "- one item\n- two items",
    ]


def test_every_command_help_has_no_sentence_broken_by_the_source_wrapping() -> None:
    from voute.cli import build_app

    for info in build_app().registered_commands:
        assert info.help, info.name
        for paragraph in info.help.split("\n\n"):
            lines = paragraph.split("\n")
            assert len(lines) == 1 or any(line.startswith((" ", "- ", "* ")) for line in lines), (info.name, paragraph)
