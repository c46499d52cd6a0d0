"""The Unicode CLDR's words for dates and languages, as scripts/cldr_tables.py wrote them into cldr.json.

Every CLDR language's month names, weekdays, past relative-time patterns ("{0} uair a thìde air ais"), words for
today and yesterday, and language names (each language's own and English's). The date grammar (qa/ingest/dates.py)
reads the first four beside its hand-written tables; the page splitter (qa/ingest/pages.py) and the site-name
chooser (qa/ingest/site_name.py) read the last: a line that only names languages is a page's language switch.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

CLDR_FILE = Path(__file__).with_name("cldr.json")


def read_tables(path: Path | None = None) -> dict:
    """The tables of cldr.json.

    Args:
        path: the file (default: the one beside this module).

    Returns:
        {"source", "months", "weekdays", "relative", "words", "languages"} as the script wrote them.

    Raises:
        RuntimeError: the file is missing or damaged, with one line that says how to restore it.
    """
    path = path or CLDR_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"{path}: cannot read the CLDR tables ({exc}); restore the file from git or rebuild it "
                           "with: python scripts/cldr_tables.py") from None


TABLES = read_tables()
LANGUAGES = frozenset(TABLES["languages"])
_SWITCH_SPLIT = re.compile(r"\s*[|/·•,]\s*")


def names_languages(text: str) -> bool:
    """Whether a line is only language names: a page's language switch ("English", "Furlan | Italiano", "ᐃᓄᒃᑎᑐᑦ").

    Args:
        text: one line.

    Returns:
        True when every part between separators (| / · • ,) is a language's name in itself or in English.
    """
    parts = [p for p in _SWITCH_SPLIT.split(unicodedata.normalize("NFC", text.strip().lower())) if p]
    return bool(parts) and all(" ".join(p.split()) in LANGUAGES for p in parts)
