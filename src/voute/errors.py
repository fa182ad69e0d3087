"""One exception hierarchy for the whole library.

Every error knows *where* the problem is (a file position, a record number or a page), so the CLI can print a
located message and exit with status 2 without a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Location:
    """Where a problem sits: any combination of file, line/column, record number, page and field path."""

    file: str | None = None
    line: int | None = None
    column: int | None = None
    record: int | None = None
    page: int | None = None
    path: str | None = None

    def __str__(self) -> str:
        parts: list[str] = []
        head = self.file or ""
        if self.line is not None:
            head += f":{self.line}"
            if self.column is not None:
                head += f":{self.column}"
        if head:
            parts.append(head)
        if self.record is not None:
            parts.append(f"record {self.record}")
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.path:
            parts.append(self.path)
        return " ".join(parts)


@dataclass(frozen=True)
class Problem:
    """One located problem in an input; a load can report many at once."""

    location: Location
    message: str
    code: str = "invalid"

    def __str__(self) -> str:
        where = str(self.location)
        return f"{where}: {self.message}" if where else self.message


class VouteError(Exception):
    """Base of every error the library raises on purpose."""


@dataclass
class InputError(VouteError):
    """The input cannot be used: malformed, wrong types, corrupt, hostile. The CLI exits with status 2."""

    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    @classmethod
    def single(cls, message: str, location: Location | None = None, code: str = "invalid") -> InputError:
        return cls([Problem(location or Location(), message, code)])


class ContractError(InputError):
    """A contract file could not be loaded (syntax, types, unknown keys, references)."""


class RecordsError(InputError):
    """Records (calls, tickets, invoices) could not be read or contain no valid record."""


class DocumentError(InputError):
    """A document to review could not be read (corrupt, encrypted, image-only, hostile archive)."""
