"""The ``voute`` console script, also run as ``python -m voute``.

Start-up cost matters here: ``voute check`` must answer in well under a second as a whole process, and a third
of that time used to be Python's cyclic garbage collector. Importing Typer, Pydantic and the contract model
creates a few hundred thousand long-lived objects (classes, schemas, functions); each time the young
generation fills, the collector walks them again, and at exit it makes one more full pass over all of them.
None of them is garbage. So the collector is switched off while the application is imported and built, those
objects are then moved to the permanent generation (``gc.freeze``) and the collector is switched back on for
the command's own work, so long runs (``measure`` on millions of records, ``review`` of a large document) keep
their memory in check. At exit everything is frozen once more, which spares the final full pass.
"""

from __future__ import annotations

import gc


def main() -> None:
    """Run the ``voute`` command line."""
    gc.disable()
    try:
        from voute.cli import main as run

        run(started=_started)
    finally:
        gc.freeze()


def _started() -> None:
    gc.freeze()
    gc.enable()


if __name__ == "__main__":
    main()
