"""Necessary literals of a regular expression: strings one of which every match must contain.

Testing `literal in passage` for a handful of literals is an order of magnitude cheaper than running a
pattern full of alternations, and most passages contain none of them, so the pattern is skipped. The
literals are read from the parsed pattern (the standard library's own regex parser); when its shape is
unexpected, or the best literals are too short to filter anything, no literal is returned and the pattern
always runs: this only ever costs speed, never a match.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

__all__ = ["Formula", "required_formula", "required_literal_groups", "required_literals"]

_SHORTEST = 3  # shorter literals occur in nearly every passage: not worth testing


@lru_cache(maxsize=1024)  # each pattern is read three times (literals, groups, formula): parse it once
def _parsed(pattern: str) -> tuple[Any, Any]:
    """The standard library's parse tree of `pattern` (never modified by the readers below), and its constants."""
    parser: Any = importlib.import_module("re._parser")
    constants: Any = importlib.import_module("re._constants")
    return parser.parse(pattern), constants


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Literals one of which occurs in every match of `pattern` (compiled without flags), or None.

    >>> required_literals(r"\\b(?:renew|extend)\\w* (?:for|by) \\w+")
    ('renew', 'extend')
    """
    try:
        tree, constants = _parsed(pattern)
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


def required_literal_groups(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Every necessary literal set of `pattern`: each match contains one literal of EACH group (maybe none).

    :func:`required_literals` keeps only the most selective set; the others are necessary too (the parts of a
    sequence all occur in a match), so a passage lacking any one group cannot match either.

    >>> required_literal_groups(r"\\b(?:renew|extend)\\w* (?:for|by) \\w+ years")
    (('renew', 'extend'), (' years',))
    """
    try:
        tree, constants = _parsed(pattern)
        if tree.state.flags & (constants.SRE_FLAG_IGNORECASE | constants.SRE_FLAG_LOCALE):
            return ()
        found: list[frozenset[str]] = []
        _all_sets(list(tree), constants, found)
    except Exception:  # an unknown parser shape (another Python version): no group, the regex always runs
        return ()
    groups: list[tuple[str, ...]] = []
    for group in found:
        if group and min(len(item) for item in group) >= _SHORTEST:
            kept = [item for item in group if not any(other != item and other in item for other in group)]
            ordered = tuple(sorted(kept, key=lambda item: (len(item), item)))
            if ordered not in groups:
                groups.append(ordered)
    return tuple(groups)


# A necessary condition on the text a pattern matches: a literal it must contain, all / any of sub-conditions.
Formula = str | tuple[str, tuple["Formula", ...]]


def required_formula(pattern: str) -> Formula | None:
    """The literals a match must contain, as an and/or tree following the pattern's structure (None: none).

    Sequences give ("all", parts), alternations ("any", branches); literals shorter than three characters, and
    alternations with a branch that requires nothing, are dropped (they filter nothing).

    >>> required_formula(r"\\b(?:renewal term|option to (?:renew|extend))\\b")
    ('any', ('renewal term', ('all', ('option to ', ('any', ('renew', 'extend'))))))
    """
    try:
        tree, constants = _parsed(pattern)
        if tree.state.flags & (constants.SRE_FLAG_IGNORECASE | constants.SRE_FLAG_LOCALE):
            return None
        return _formula(list(tree), constants)
    except Exception:  # an unknown parser shape: no condition, the regex always runs
        return None


def _formula(items: list[Any], c: Any) -> Formula | None:
    parts: list[Formula] = []

    def add(part: Formula | None) -> None:
        if part is None or (isinstance(part, str) and len(part) < _SHORTEST):
            return
        if isinstance(part, tuple) and part[0] == "all":
            parts.extend(part[1])  # flatten nested sequences
        elif part not in parts:
            parts.append(part)

    for run, op, arg in _pieces(items, c):
        if run is not None:
            add(run)
        elif op is c.SUBPATTERN:
            if arg[1] or arg[2]:
                raise ValueError("inline flags change what a literal matches")
            add(_formula(list(arg[3]), c))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            add(_formula(list(arg[2]), c))
        elif op is c.BRANCH:
            branches = [_formula(list(branch), c) for branch in arg[1]]
            if all(branch is not None for branch in branches):
                add(("any", tuple(branch for branch in branches if branch is not None)))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("all", tuple(parts))


def _all_sets(items: list[Any], c: Any, found: list[frozenset[str]]) -> None:
    """Append to `found` every necessary literal set of a sequence (its literal runs and necessary items)."""
    for run, op, arg in _pieces(items, c):
        if run is not None:
            found.append(frozenset([run]))
        elif op is c.SUBPATTERN:
            if arg[1] or arg[2]:
                raise ValueError("inline flags change what a literal matches")
            _all_sets(list(arg[3]), c, found)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            _all_sets(list(arg[2]), c, found)
        else:
            branch = _item(op, arg, c)  # an alternation: one literal set over its branches
            if branch:
                found.append(branch)


def _pieces(items: list[Any], c: Any) -> Iterator[tuple[str | None, Any, Any]]:
    """A parsed sequence as its literal runs ``(run, None, None)`` and its other items ``(None, op, arg)``.

    Single-character classes extend a run; zero-width items (word boundaries, ``^``, ``$``) neither end nor
    extend it.
    """
    run: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg))
        elif op is c.IN and len(arg) == 1 and arg[0][0] is c.LITERAL:
            run.append(chr(arg[0][1]))
        elif op is not c.AT:
            if run:
                yield "".join(run), None, None
                run = []
            yield None, op, arg
    if run:
        yield "".join(run), None, None


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
    for run, op, arg in _pieces(items, c):
        best = _better(best, frozenset([run]) if run is not None else _item(op, arg, c))
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
