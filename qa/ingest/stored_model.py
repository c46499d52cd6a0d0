"""Reading the small learned models the page splitter ships as JSON (qa/ingest/segmenter.json, site_name.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def read(path: Path, build: Callable[[dict], T], features: tuple[str, ...], retrain: str,
         error: type[Exception], **expected: object) -> T | None:
    """The model stored at `path`, checked against the features the code computes.

    Args:
        path: the JSON file.
        build: makes the model from the file's ``weights`` object.
        features: the feature names the code computes now.
        retrain: the command that rebuilds the file.
        error: the exception to raise.
        expected: other fields that must match (e.g. ``context=2``).

    Returns:
        The model; None when the file does not exist.

    Raises:
        error: the file is damaged, or was learned on other features (one line that says how to restore it).
    """
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        model = build(data["weights"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise error(f"{path} is damaged ({err}); restore it with `git checkout {path.name}` or retrain with "
                    f"`{retrain}`") from err
    if tuple(data.get("features", ())) != tuple(features) or any(data.get(k) != v for k, v in expected.items()):
        raise error(f"{path} was learned on other features; retrain it with `{retrain}`")
    return model
