"""YAML reading that remembers where every key and value sits, and refuses what YAML lets slip.

PyYAML silently keeps the last of two identical keys and turns ``0.1`` into a binary float. A contract must not
lose a clause to a duplicated key nor a cent to a float, so we compose the node tree ourselves: duplicate keys
are problems, decimals stay exact, and every path gets its ``line:column``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from voute.errors import Location, Problem

# the C loader is several times faster; fall back cleanly when libyaml is missing
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path = tuple[str | int, ...]
MAX_NODES = 200_000  # far above any real contract; stops alias bombs ("billion laughs")
MAX_DEPTH = 40  # a contract nests a few levels; stops self-referring aliases and hostile nesting


@dataclass
class Positioned:
    """Plain Python data read from YAML, with the position of every value and every mapping key."""

    data: Any
    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def position(self, path: Path, *, key: bool = False) -> tuple[int, int] | None:
        """Position of ``path``, or of its nearest known ancestor."""
        table = self.keys if key else self.values
        if path in table:
            return table[path]
        for cut in range(len(path) - 1, -1, -1):
            if path[:cut] in self.values:
                return self.values[path[:cut]]
        return None


class _Builder:
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.constructor = yaml.constructor.SafeConstructor()
        self.out = Positioned(data=None)
        self.count = 0

    def where(self, node: yaml.Node, path: Path) -> Location:
        return Location(self.filename, node.start_mark.line + 1, node.start_mark.column + 1, path=format_path(path))

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooLarge(self.where(node, path), "too many values (YAML aliases expand beyond any real contract)")
        if len(path) > MAX_DEPTH:
            raise _TooLarge(
                self.where(node, path),
                f"values nested more than {MAX_DEPTH} levels deep (a YAML alias that refers to itself?)",
            )
        self.out.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, (*path, i)) for i, child in enumerate(node.value)]
        return self._scalar(node, path)

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.out.problems.append(Problem(self.where(key_node, path), "merge keys (<<) are not supported"))
                continue
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.out.problems.append(Problem(self.where(key_node, path), "a key must be plain text"))
                continue
            child = (*path, key)
            if key in result:
                first = self.out.keys[child]
                self.out.problems.append(
                    Problem(
                        self.where(key_node, child),
                        f"duplicate key {key!r} (first written at line {first[0]}); one of them would be lost",
                        "duplicate_key",
                    )
                )
                continue
            self.out.keys[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, child)
        return result

    def _scalar(self, node: yaml.Node, path: Path) -> Any:
        if node.tag == "tag:yaml.org,2002:float":
            text = str(node.value).replace("_", "")
            try:
                number = Decimal(text)
            except InvalidOperation:
                number = Decimal("NaN")
            if not number.is_finite():
                self.out.problems.append(Problem(self.where(node, path), f"{node.value!r} is not a usable number"))
                return None
            return number
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as error:
            self.out.problems.append(Problem(self.where(node, path), f"cannot read this value: {error}"))
            return None


class _TooLarge(Exception):
    def __init__(self, where: Location, message: str) -> None:
        self.where = where
        self.message = message


def format_path(path: Path) -> str:
    """``("service_levels", 2, "target")`` becomes ``service_levels[2].target``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def read_yaml(text: str, filename: str) -> Positioned:
    """Parse ``text``; syntax errors and duplicate keys come back as located problems, never as exceptions."""
    try:
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = Location(filename, mark.line + 1, mark.column + 1) if mark else Location(filename)
        reason = error.problem or error.context or "invalid YAML"
        return Positioned(None, problems=[Problem(where, f"YAML syntax error: {reason}", "syntax")])
    except yaml.YAMLError as error:
        return Positioned(None, problems=[Problem(Location(filename), f"YAML error: {error}", "syntax")])
    except RecursionError:  # the parser recurses once per nesting level
        message = f"values nested too deep to read (a contract nests a few levels, at most {MAX_DEPTH})"
        return Positioned(None, problems=[Problem(Location(filename), message, "syntax")])
    if len(nodes) > 1:
        where = Location(filename, nodes[1].start_mark.line + 1, 1)
        return Positioned(None, problems=[Problem(where, "one contract per file: a second YAML document starts here")])
    if not nodes or nodes[0] is None:
        return Positioned(None, problems=[Problem(Location(filename), "the file holds no contract (it is empty)")])
    builder = _Builder(filename)
    try:
        builder.out.data = builder.build(nodes[0], ())
    except _TooLarge as too_large:
        return Positioned(None, problems=[Problem(too_large.where, too_large.message)])
    return builder.out
