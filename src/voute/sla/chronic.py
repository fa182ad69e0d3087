"""Chronic breach: repeated misses that open a termination right (3 consecutive months, or 4 in 12).

A month counts as missed only when the level was measured and missed: an excluded, unmeasured or absent month
breaks a run of consecutive misses and does not count in a window. The window of ``count``/``within`` is the
``within`` calendar months ending with the month evaluated. A quarterly (yearly) level counts quarters (years):
its windows ending with the month evaluated, which must be the last month of one (calendar quarters, or
contract quarters with ``window_start: contract``). A day or week level counts
months, a month counting as missed when one of its days or weeks is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from voute.contract.service_levels import ServiceLevel
from voute.contract.term import Term
from voute.sla.month import Month
from voute.sla.results import Attainment, ChronicBreachFlag, Status
from voute.sla.windows import first_month, is_window_end, window_step

__all__ = ["chronic_breaches"]


def chronic_breaches(levels: Sequence[ServiceLevel], attainments: Mapping[Month, Mapping[str, Attainment]],
                     month: Month, term: Term | None = None) -> Iterator[ChronicBreachFlag]:
    """The levels whose chronic-breach rule is reached in the window ending with ``month``."""
    for level in levels:
        rule = level.chronic_breach
        if rule is None:
            continue

        def missed(m: Month, level_id: str = level.id) -> bool:
            found = attainments.get(m, {}).get(level_id)
            return found is not None and found.status is Status.missed

        step = window_step(level.window.value)
        if step > 1 and not is_window_end(level.window.value, month, first_month(level, term)):
            continue  # a quarter or year is judged, and counted, at its last month only
        if rule.consecutive is not None:
            run = [month.shift(-i * step) for i in range(rule.consecutive)]
            if all(missed(m) for m in run):
                yield ChronicBreachFlag(level.id, f"{rule.consecutive} consecutive", tuple(sorted(run)),
                                        rule.termination_right)
                continue
        if rule.count is not None and rule.within is not None:
            window = [month.shift(-i * step) for i in range(rule.within)]
            misses = sorted(m for m in window if missed(m))
            if len(misses) >= rule.count:
                yield ChronicBreachFlag(level.id, f"{rule.count} in {rule.within}", tuple(misses),
                                        rule.termination_right)
