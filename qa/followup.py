"""Resolving elliptical follow-up questions against earlier turns."""

from __future__ import annotations


def resolve_followup(question: str, history: list) -> str:
    """Return `question` unchanged (follow-up resolution lands with the answer issue)."""
    return question
