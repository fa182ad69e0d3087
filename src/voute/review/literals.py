"""Necessary literals of a regular expression: strings one of which every match must contain.

Testing `literal in passage` for a handful of literals is an order of magnitude cheaper than running a
pattern full of alternations, and most passages contain none of them, so the pattern is skipped. The
literals are read from the parsed pattern (the standard library's own regex parser); when its shape is
unexpected, or the best literals are too short to filter anything, no literal is returned and the pattern
always runs: this only ever costs speed, never a match.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["required_literals"]

_SHORTEST = 3  # shorter literals occur in nearly every passage: not worth testing


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Literals one of which occurs in every match of `pattern` (compiled without flags), or None.

    >>> required_literals(r"\\b(?:renew|extend)\\w* (?:for|by) \\w+")
    ('renew', 'extend')
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        constants: Any = importlib.import_module("re._constants")
        tree = parser.parse(pattern)
        if tree.state.flags & (constants.SRE_FLAG_IGNORECASE | constants.SRE_FLAG_LOCALE):
            return None  # a literal would no longer stand for itself
        found = _sequence(list(tree), constants)
    except Exception:  # an unknown parser shape (another Python version): keep running the regex
        return None
    if not found or min(len(item) for item in found) < _SHORTEST:
        return None
    # A literal that contains another one adds nothing: the shorter one occurs whenever it does.
    kept = [item for item in found if not any(other != item and other in item for other in found)]
    return tuple(sorted(kept, key=lambda item: (len(item), item)))


def _better(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two literal sets: longer shortest literal, then fewer literals."""
    if not first:
        return second
    if not second:
        return first
    key_first = (min(map(len, first)), -len(first))
    key_second = (min(map(len, second)), -len(second))
    return first if key_first >= key_second else second


def _sequence(items: list[Any], c: Any) -> frozenset[str] | None:
    """Best necessary literal set of a sequence of parsed regex items (None: none found)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if op is c.IN and len(arg) == 1 and arg[0][0] is c.LITERAL:
            run.append(chr(arg[0][1]))
            continue
        if op is c.AT:  # zero-width (\b, ^, $): the literal run goes on
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        best = _better(best, _item(op, arg, c))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


def _item(op: Any, arg: Any, c: Any) -> frozenset[str] | None:
    if op is c.SUBPATTERN:
        if arg[1] or arg[2]:
            raise ValueError("inline flags change what a literal matches")
        return _sequence(list(arg[3]), c)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence(list(branch), c)
            if not found:
                return None  # one alternative without a literal: the union says nothing
            union |= found
        return frozenset(union)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
        return _sequence(list(arg[2]), c)
    return None
