"""Third blind held-out measurement of page splitting (tests/data/layouts-fresh3).

The four pages there were written after the splitter was tuned, in layouts that neither the
tuning corpus (tests/data/layouts) nor the earlier fresh batches cover: a financial markets
hub with a ticker strip, tab-separated market-data tables and three briefs followed by ticker
chips; a university newsroom press release with a dateline, '###' end mark, media-contact
block and 'Related topics' tags; a Polish regional news article with its own consent banner,
'Autor:' / 'Opublikowano: ... · Aktualizacja: 3 godz. temu' lines and 'Czytaj także' links;
and a tabloid 'EXCLUSIVE' with an ALL-CAPS headline, reader comments and a 'MOST READ' list.
Their gold files were written before the splitter was ever run on them. They are a
measurement, not a target: nothing here asserts on the scores, and the file is not collected
by pytest (its name does not start with ``test_``).

Run ``python tests/layouts_fresh3_report.py`` for the same per-page table as
``python tests/test_layouts.py`` prints for the tuning corpus. ``--check`` only checks that
the gold files agree with their pages (it neither imports nor runs the splitter).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRESH3 = HERE / "data" / "layouts-fresh3"
KEYS = ("title", "outlet", "date", "date_text", "starts", "ends")


def _norm(text: str | None) -> str:
    """Whitespace-collapsed text (the same rule as tests/test_layouts.py)."""
    return re.sub(r"\s+", " ", text or "").strip()


def load_batch(folder: Path) -> list[tuple[str, str, dict]]:
    """The pages of one layout batch.

    Args:
        folder: a folder of ``NAME.txt`` pages with their ``NAME.gold.json`` files.

    Returns:
        (name, page text, gold) for each page, by name.
    """
    pages = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        pages.append((name, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return pages


def load_fresh3() -> list[tuple[str, str, dict]]:
    """(name, page text, gold) for each page in the third fresh batch, by name."""
    return load_batch(FRESH3)


def check_gold(corpus: list[tuple[str, str, dict]]) -> list[str]:
    """Gold entries that do not agree with their page.

    The checks of the tuning corpus (body starts and ends, furniture and ISO dates are in the
    page) plus: every article has all keys, the page is marked held out, titles, outlets and
    date texts occur in the page, titles are whole lines, bodies come in page order and do
    not overlap, and no furniture item is a title or a body's first or last words.
    """
    problems = []
    for name, text, gold in corpus:
        lines = [_norm(line) for line in text.splitlines()]
        joined = "\n".join(lines)
        flat = _norm(text)
        if gold.get("held_out") is not True:
            problems.append(f"{name}: not marked held_out")
        if not gold.get("articles") or not gold.get("furniture"):
            problems.append(f"{name}: no articles or no furniture")
        furniture = {_norm(f) for f in gold.get("furniture", [])}
        last_end = -1
        for n, g in enumerate(gold.get("articles", [])):
            missing = [key for key in KEYS if key not in g]
            if missing:
                problems.append(f"{name}[{n}]: missing keys {missing}")
                continue
            for key in ("title", "outlet", "date_text", "starts", "ends"):
                if g[key] is not None and _norm(g[key]) not in flat:
                    problems.append(f"{name}[{n}]: {key} not in page: {g[key]!r}")
            if _norm(g["title"]) not in lines:
                problems.append(f"{name}[{n}]: title is not a whole line: {g['title']!r}")
            if g["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
                problems.append(f"{name}[{n}]: bad date {g['date']!r}")
            for key in ("title", "starts", "ends"):
                if _norm(g[key]) in furniture:
                    problems.append(f"{name}[{n}]: {key} is also furniture: {g[key]!r}")
            start = joined.find(_norm(g["starts"]), last_end + 1)
            end = joined.find(_norm(g["ends"]), max(start, 0))
            if start < 0 or end < 0:
                problems.append(f"{name}[{n}]: body not found in page order")
                continue
            last_end = end + len(_norm(g["ends"]))
        problems += [f"{name}: furniture not in page: {f!r}" for f in gold.get("furniture", []) if _norm(f) not in flat]
    return problems


def inner_furniture(corpus: list[tuple[str, str, dict]]) -> list[str]:
    """Furniture lines that lie between a gold body's first and last words in the page.

    These are not gold errors: bylines between a standfirst and the first paragraph, or
    'READ MORE' / 'Czytaj także' links and photo captions inside the copy, must be dropped
    from the article text. Listed so a reader of the table knows which bodies need furniture
    cut out of them.
    """
    notes = []
    for name, text, gold in corpus:
        joined = "\n".join(_norm(line) for line in text.splitlines())
        last_end = -1
        for n, g in enumerate(gold["articles"]):
            start = joined.find(_norm(g["starts"]), last_end + 1)
            end = joined.find(_norm(g["ends"]), max(start, 0))
            if start < 0 or end < 0:
                continue
            last_end = end + len(_norm(g["ends"]))
            body = joined[start:last_end]
            for item in map(_norm, gold["furniture"]):
                if item in body.split("\n") or (len(item.split()) >= 5 and item in _norm(body)):
                    notes.append(f"{name}[{n}]: {item!r}")
    return notes


def main(argv: list[str], folder: Path = FRESH3, label: str = "fresh3 pages") -> int:
    """Print the gold check (``--check``) or the per-page score table of one batch.

    Args:
        argv: command-line arguments; ``--check`` checks the gold files only.
        folder: the batch's folder.
        label: the name of the total row.

    Returns:
        The exit status.
    """
    corpus = load_batch(folder)
    problems = check_gold(corpus)
    for line in problems:
        print("gold problem:", line)
    if "--check" in argv:
        for line in inner_furniture(corpus):
            print("note: furniture inside a gold body span (to be cut out):", line)
        print(f"{len(corpus)} pages, {sum(len(g['articles']) for _, _, g in corpus)} articles, "
              f"{len(problems)} gold problems")
        return 1 if problems else 0

    sys.path.insert(0, str(HERE.parent))
    sys.path.insert(0, str(HERE))
    from test_layouts import PageScore, score_page, table

    from qa.ingest.pages import split_pages

    scores = [score_page(name, gold, split_pages([text])[0]) for name, text, gold in corpus]
    total = PageScore(label, held_out=True)
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
