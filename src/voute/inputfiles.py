"""Reading the small text files users give us (contracts, measurements, volumes, credits, invoices).

One set of refusals for all of them, each naming the file: missing, a folder, too large, binary, not UTF-8 (with
the line), empty. Then a base class for readers that walk positioned YAML and collect located problems instead
of stopping at the first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from voute.contract.yamlpos import Path as YamlPath
from voute.contract.yamlpos import Positioned, format_path
from voute.errors import InputError, Location, Problem


def read_text_file(path: Path, what: str, max_mb: int) -> str:
    """The UTF-8 text of ``path`` (a ``what`` file of at most ``max_mb`` MB), or a located :class:`InputError`."""
    where = Location(str(path))
    if not path.exists():
        raise InputError.single(f"no such {what} file", where, "not_found")
    if not path.is_file():
        raise InputError.single(f"this is a folder, not a {what} file", where, "not_a_file")
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        message = f"the file is {size / 1024 / 1024:.0f} MB; a {what} file is at most {max_mb} MB"
        raise InputError.single(message, where, "too_large")
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError.single(f"the file is empty: it holds no {what}", where, "empty")
    if b"\x00" in raw[:8192]:
        raise InputError.single(f"this is a binary file, not a {what} file", where, "binary")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError.single(
            "the file is not UTF-8 text; save it as UTF-8", Location(str(path), line), "encoding"
        ) from None


def located(positioned: Positioned, filename: str, path: YamlPath) -> Location:
    """The location of a value read from YAML: file, line, column and field path."""
    position = positioned.position(path)
    line, column = position if position else (None, None)
    return Location(filename, line, column, path=format_path(path) or None)


_MAPPING = "expected a mapping of ids to values"


class PositionedReader:
    """Base of the readers that turn positioned YAML into typed inputs, collecting every located problem."""

    def __init__(self, positioned: Positioned, filename: str) -> None:
        self.positioned = positioned
        self.filename = filename
        self.problems: list[Problem] = []

    def where(self, path: YamlPath) -> Location:
        return located(self.positioned, self.filename, path)

    def problem(self, path: YamlPath, message: str) -> None:
        self.problems.append(Problem(self.where(path), message))

    def mapping(
        self, value: Any, path: YamlPath, expected: str = "expected a mapping of ids to values"
    ) -> dict[str, Any]:
        """``value`` when it is a mapping (or nothing), else a problem and an empty mapping."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(path, expected)
            return {}
        return value
