"""The CLDR's words for dates and languages (qa/ingest/cldr.py and scripts/cldr_tables.py)."""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from qa.ingest import cldr
from qa.ingest.pages import split_pages


def test_the_tables_are_what_the_script_writes(monkeypatch):
    # qa/ingest/cldr.json is generated from babel's CLDR data, the version pinned in the test extras.
    babel = pytest.importorskip("babel")
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    import cldr_tables

    text = cldr.CLDR_FILE.read_text(encoding="utf-8")
    tables = json.loads(text)
    if tables["source"]["babel"] != babel.__version__:
        pytest.skip(f"babel {babel.__version__} installed, the tables come from {tables['source']['babel']}")
    assert text == cldr_tables.render(cldr_tables.build())
    # a word two languages read differently is left out (Polish "listopad" is November, Croatian October)
    assert "listopad" not in tables["months"] and tables["months"]["pēpuere"] == 2


def test_a_missing_file_fails_with_one_line(tmp_path):
    with pytest.raises(RuntimeError, match="python scripts/cldr_tables.py") as failure:
        cldr.read_tables(tmp_path / "cldr.json")
    assert "\n" not in str(failure.value)


@pytest.mark.parametrize("line, switch", [
    ("English", True), ("Deutsch", True), ("Furlan | Italiano", True), ("ᐃᓄᒃᑎᑐᑦ", True), ("Kyrgyz", True),
    ("Español / Català / Galego", True), ("News", False), ("Home", False), ("English news", False),
    ("Harbour Times", False), ("", False),
])
def test_language_names(line, switch):
    assert cldr.names_languages(line) is switch


def test_a_language_switch_is_neither_headline_nor_outlet():
    page = ("Kvarnbyn Posten\nSvenska | Suomi | English\nSkogen\nSjön\n\nTisdag 10 februari 2026\n"
            "Ferry fares rise in spring\n"
            "Fares on the island ferries will rise by 6 percent from April, the operator said on Monday.\n"
            "The operator said fuel costs had risen for the third year running and the council would review it.\n")
    (article,) = split_pages([page])[0]
    assert article.title == "Ferry fares rise in spring" and "English" not in (article.source or "")


@pytest.mark.parametrize("line", ["Martes, 14 d'abril de 2026", "14 d’abril de 2026"])
def test_a_straight_apostrophe_reads_as_the_cldrs_curly_one(line):
    from qa.ingest.dates import Relative, parse_absolute, parse_relative

    assert parse_absolute(line).iso()[:10] == "2026-04-14"
    assert parse_relative("che'l ze 3 dì") == parse_relative("che’l ze 3 dì") == Relative(3, "day")  # Venetian
