"""The command-line interface, its terminal rendering and the evaluation runner (not core)."""

from qa.cli.main import main

__all__ = ["main"]
