"""The ``voute`` command: thin wrappers over the public API.

Each sub-module adds its commands with ``register(app)``. Heavy libraries are imported inside the commands, so
that ``voute check`` starts quickly.
"""

from __future__ import annotations

import os
import sys

# Pydantic scans every installed package for plugins at start-up; Voute uses none, and the scan costs ~15 ms
# of the 300 ms budget of `voute check`. Set before pydantic is first imported (typer imports it).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer

from voute import __version__
from voute.cli import check as _check

app = typer.Typer(
    name="voute",
    help=(
        "Voute : le contrat d'externalisation comme donnée. Vérifiez-le, suivez ses échéances, mesurez le service.\n\n"
        "Voute: the outsourcing contract as data. Check it, track its deadlines, measure the service."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"voute {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Voute: outsourcing contracts as data."""


_check.register(app)

for _name in ("schedule", "render", "measure", "evaluate", "invoice", "review", "new"):
    try:
        _module = __import__(f"voute.cli.{_name}", fromlist=["register"])
    except ModuleNotFoundError as _missing:
        if _missing.name != f"voute.cli.{_name}":
            raise
        continue
    _module.register(app)


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
