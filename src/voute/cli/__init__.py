"""The ``voute`` command: thin wrappers over the public API.

Each sub-module adds its commands with ``register(app)``. Heavy libraries are imported inside the commands, so
that ``voute check`` starts quickly.
"""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Callable

# Pydantic scans every installed package for plugins at start-up; Voute uses none, and the scan costs ~15 ms
# of the 300 ms budget of `voute check`. Set before pydantic is first imported (typer imports it).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer

from voute import __version__

# Which module registers which command. `voute X` imports only the module of X, so a command never pays for
# the start-up of the others; `voute --help` (or an unknown command) loads them all.
COMMAND_MODULES: dict[str, str] = {
    "check": "check",
    "schema": "check",
    "schedule": "schedule",
    "due": "schedule",
    "breach": "schedule",
    "render": "render",
    "new": "new",
    "measure": "measure",
    "evaluate": "evaluate",
    "invoice": "invoice",
    "reconcile": "invoice",
    "review": "review",
}
_ORDER = ("check", "schedule", "render", "new", "measure", "evaluate", "invoice", "review")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"voute {__version__}")
        raise typer.Exit()


def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Voute: outsourcing contracts as data."""


def build_app(only: str | None = None) -> typer.Typer:
    """The ``voute`` application with every command, or only the module that provides command ``only``."""
    application = typer.Typer(
        name="voute",
        help=(
            "Voute : le contrat d'externalisation comme donnée. Vérifiez-le, suivez ses échéances, mesurez le "
            "service.\n\nVoute: the outsourcing contract as data. Check it, track its deadlines, measure the service."
        ),
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode="rich",
        pretty_exceptions_enable=False,
    )
    application.callback()(_root)
    modules = [COMMAND_MODULES[only]] if only in COMMAND_MODULES else list(_ORDER)
    for name in modules:
        module = __import__(f"voute.cli.{name}", fromlist=["register"])
        module.register(application)
    for info in application.registered_commands:
        text = info.help or (info.callback.__doc__ if info.callback else None)
        if text:
            info.help = reflow(text)
    return application


def reflow(text: str) -> str:
    """Join the lines of each paragraph of a help text, so the terminal wraps it at its own width.

    Typer keeps single line breaks of a docstring in its rich help, which breaks sentences wherever the source
    wrapped them. Paragraphs are separated by a blank line; a paragraph with an indented line (an example
    command, a list) is kept as written.
    """
    paragraphs = inspect.cleandoc(text).split("\n\n")
    kept = []
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if any(line.startswith((" ", "- ", "* ")) for line in lines):
            kept.append(paragraph)
        else:
            kept.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(kept)


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # the full application, built on first use (tests, documentation)
        full = build_app()
        globals()["app"] = full
        return full
    raise AttributeError(name)


def main(started: Callable[[], None] | None = None) -> None:
    """Run the command line; ``started`` is called once the application is built, before the command runs.

    The console script is :func:`voute.__main__.main`, which uses ``started`` to tune the garbage collector.
    """
    command = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), None)
    application = build_app(command)
    if started is not None:
        started()
    try:
        application()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
