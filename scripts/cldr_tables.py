"""Write qa/ingest/cldr.json: the month names, weekdays, relative times and language names of every CLDR language.

The page splitter and the date parser (qa/ingest/dates.py) read dates in the languages their hand-written
tables name. This script adds the rest of the world's from the Unicode CLDR, as the `babel` package ships it
(the versions are written into the file): for every base locale (no region), the months' wide and abbreviated
names in their format and stand-alone forms, the weekdays' likewise, the past patterns of the relative-time
fields second ... year in their long and short widths ("{0} uair a thìde air ais", "{0} haora i mua"), and the
words for today, yesterday and the day before; and every language's name in itself and in English ("Kyrgyz",
"кыргызча"), which is what a page's language switch shows. Nothing is downloaded: babel carries the data.

Kept only where unambiguous: a name or pattern two locales give different meanings (a month number, a unit,
a day offset) is left out, and so is anything with fewer than three letters ("{0} h" is the splitter's own
short form), a month abbreviation of three letters or one that does not start a word of its month's full name,
and a past pattern that some language writes as a plain duration ("{0} min", a reading time). The output is sorted and deterministic; `tests/test_dates.py` checks that it matches what this
script writes with the pinned babel.

Usage: ``python scripts/cldr_tables.py`` (a few seconds); ``--out PATH``; ``--check`` (exit 1 when the file
differs from a fresh build).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "qa" / "ingest" / "cldr.json"
UNITS = ("second", "minute", "hour", "day", "week", "month", "year")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _plain(mapping) -> dict:
    try:
        return {key: _plain(value) for key, value in mapping.items()}
    except AttributeError:
        return mapping


def _add(table: dict, key: str, value) -> None:
    table.setdefault(key, set()).add(value)


def _unambiguous(table: dict) -> dict:
    return {key: next(iter(values)) for key, values in sorted(table.items()) if len(values) == 1}


def build() -> dict:
    """Read babel's CLDR data into the JSON-ready tables.

    Returns:
        {"source": ..., "months": {name: 1-12}, "weekdays": [name, ...], "relative": {pattern: unit},
        "words": {word: days back}, "languages": [name, ...]}.
    """
    import babel
    from babel import Locale, localedata
    from babel.core import get_cldr_version

    months: dict[str, set] = {}
    weekdays: dict[str, set] = {}
    relative: dict[str, set] = {}
    durations: set[str] = set()
    words: dict[str, set] = {}
    languages: set[str] = set()
    english = Locale.parse("en")
    locales = sorted(code for code in localedata.locale_identifiers() if "_" not in code and code != "root")
    for code in locales:
        locale = Locale.parse(code)
        for name in (locale.languages.get(code), locale.get_display_name(code), english.languages.get(code)):
            if name and _letters(name) >= 3:
                languages.add(_norm(name))
        for names, table in ((locale.months, months), (locale.days, weekdays)):
            wide = {(number, _norm(name)) for context in ("format", "stand-alone")
                    for number, name in _plain(names.get(context, {}).get("wide", {})).items()}
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in _plain(names.get(context, {}).get(width, {})).items():
                        name = _norm(name).rstrip(".")
                        # an abbreviation only as the start of a word of its own full name ("márc" of
                        # "március", "màrt" of "am màrt"; not "can" for "cɛɛn")
                        short = width == "abbreviated" and not any(
                            n == number and any(word.startswith(name) for word in full.split())
                            for n, full in wide)
                        # (three-letter abbreviations are too often words of another language: "her", "few")
                        least = 4 if width == "abbreviated" else 3
                        if _letters(name) >= least and not short and not re.search(r"\d", name):
                            _add(table, name, number)
        fields = _plain(locale._data["date_fields"])
        units = _plain(locale._data["unit_patterns"])
        for unit in UNITS:
            for forms in units.get(f"duration-{unit}", {}).values():
                durations.update(_norm(pattern) for pattern in forms.values())
        for unit in UNITS:
            for key in (unit, f"{unit}-short"):
                for pattern in fields.get(key, {}).get("past", {}).values():
                    # (a few locales write the past as a negative number: "-{0} haora i mua")
                    pattern = _norm(pattern).removeprefix("-")
                    rest = pattern.replace("{0}", "")
                    if pattern.count("{0}") == 1 and _letters(rest) >= 3 and not re.search(r"\d", rest):
                        _add(relative, pattern, unit)
        for offset, word in fields.get("day", {}).get("relative", {}).items():
            word = _norm(word)
            if offset in (0, -1, -2) and _letters(word) >= 4 and not re.search(r"\d", word):
                _add(words, word, -offset)
    return {
        "source": {"babel": babel.__version__, "cldr": str(get_cldr_version()), "locales": len(locales)},
        "months": _unambiguous(months),
        "weekdays": sorted(_unambiguous(weekdays)),
        # a past pattern that is also how some language writes a plain duration ("{0} min") says nothing of the past
        "relative": _unambiguous({key: units for key, units in relative.items() if key not in durations}),
        "words": _unambiguous(words),
        "languages": sorted(languages),
    }


def render(tables: dict) -> str:
    """The file's text: one sorted JSON document."""
    return json.dumps(tables, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT.relative_to(ROOT)})")
    parser.add_argument("--check", action="store_true", help="only compare the file with a fresh build")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from a fresh build'}")
        return 0 if same else 1
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.out)
    tables = json.loads(text)
    print(f"wrote {args.out}: {len(tables['months'])} month names, {len(tables['weekdays'])} weekdays, "
          f"{len(tables['relative'])} relative patterns, {len(tables['words'])} day words, "
          f"{len(tables['languages'])} language names "
          f"(babel {tables['source']['babel']}, CLDR {tables['source']['cldr']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
