"""Held-out measurement of page splitting on fresh layouts (tests/data/layouts-fresh).

The pages there were written after the splitter was tuned, in layouts the tuning corpus
(tests/data/layouts) does not cover, with their gold files written before the splitter was
run on them. They are a measurement, not a target: nothing here asserts on the scores.

Run ``python tests/layouts_fresh_report.py`` for the same per-page table as
``python tests/test_layouts.py`` prints for the tuning corpus; ``--check`` only checks that
the gold files agree with their pages (no splitting).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from test_layouts import PageScore, _norm, score_page, table  # noqa: E402

FRESH = HERE / "data" / "layouts-fresh"


def load_fresh() -> list[tuple[str, str, dict]]:
    """(name, page text, gold) for each fresh page, by name."""
    pages = []
    for gold_path in sorted(FRESH.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        text = (FRESH / f"{name}.txt").read_text(encoding="utf-8")
        pages.append((name, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return pages


def check_gold(corpus: list[tuple[str, str, dict]]) -> list[str]:
    """Gold entries that do not agree with their page (same checks as the tuning corpus)."""
    problems = []
    for name, text, gold in corpus:
        flat = _norm(text)
        if not gold.get("articles") or not gold.get("furniture"):
            problems.append(f"{name}: no articles or no furniture")
        for g in gold.get("articles", []):
            for key in ("starts", "ends"):
                if _norm(g[key]) not in flat:
                    problems.append(f"{name}: {key} not in page: {g[key]!r}")
            if g["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
                problems.append(f"{name}: bad date {g['date']!r}")
        problems += [f"{name}: furniture not in page: {f!r}" for f in gold.get("furniture", []) if _norm(f) not in flat]
    return problems


def main(argv: list[str]) -> int:
    corpus = load_fresh()
    problems = check_gold(corpus)
    for line in problems:
        print("gold problem:", line)
    if "--check" in argv:
        print(f"{len(corpus)} pages, {sum(len(g['articles']) for _, _, g in corpus)} articles, "
              f"{len(problems)} gold problems")
        return 1 if problems else 0

    from qa.ingest.pages import split_pages

    scores = [score_page(name, gold, split_pages([text])[0]) for name, text, gold in corpus]
    total = PageScore("fresh pages", held_out=True)
    for score in scores:
        total.add(score)
    print(table(scores, [total]))
    print("(* held out; boundary = right body start and end, counted over max(gold, found) articles;"
          " date = date and date_text both right)")
    for line in total.misses + [f"furniture left: {f}" for f in total.furniture_left]:
        print(" ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
