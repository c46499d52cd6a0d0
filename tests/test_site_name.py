"""The learned chooser of a page's own name (qa/ingest/site_name.py)."""

from __future__ import annotations

import json

from qa.ingest import segmenter, site_name
from qa.ingest.pages import split_pages
from test_segmenter import PAGE as TAGGED_PAGE


# The tagger's test page with a bare menu (the rules find no outlet) and the name said twice in its footer.
PAGE = (TAGGED_PAGE.replace("Home\nNews\nSport\nWeather\nTravel\nCulture\nSign in\n", "Menu\nSearch\nLog in\n")
        .replace("About us", "Follow The Kestrel Courier on Facebook\nAdvertise with us\nCareers\nAbout us")
        .replace("© 2025 The Kestrel Courier", "© 2025 The Kestrel Courier. All rights reserved."))


def lines_of(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def test_candidates_include_lines_and_the_copyright_holder():
    found = {c.text: c for c in site_name.candidates(lines_of(PAGE))}
    assert found["The Kestrel Courier"].from_holder and not found["The Kestrel Courier"].from_line
    assert found["Skip to content"].from_line and found["Skip to content"].positions == (0,)
    assert "The Kestrel Harbour bridge will close to traffic from Monday" not in " ".join(found)
    holders = site_name.candidates(["Story text here.", "Copyright © 1998 - 2025 Eastbrook 9 News, part of Lakeview Media"])
    assert [c.text for c in holders if c.from_holder] == ["Eastbrook 9 News"]


def test_a_holder_in_a_script_of_its_own_digits_and_full_stop():
    holders = site_name.candidates(["Story text here.", "© ୨୦୨୬ ନଦୀକୂଳ ମିଡିଆ। ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ।",
                                    "© ۲۰۲۶ د سیند خپرندویه"])
    assert [c.text for c in holders if c.from_holder] == ["ନଦୀକୂଳ ମିଡିଆ", "د سیند خپرندویه"]


def test_a_senders_address_is_no_part_of_the_name_and_a_date_line_no_name():
    found = site_name.candidates(["The Harbour Times <news@harbourtimes.example>", "Saturday, November 29, 2025",
                                  "Story text here."])
    assert [c.text for c in found] == ["The Harbour Times"]


def test_the_chooser_replaces_a_rules_site_name_the_page_says_once():
    # the rules read the first line over the menu as the site's name; the page never says it again
    page = "Log in to comment\n" + PAGE.replace("Menu\nSearch\nLog in\n", "Home\nNews\nSport\nWeather\n")
    (article,) = split_pages([page])[0]
    assert article.source == "The Kestrel Courier"


def test_words_without_case_are_marked_as_such():
    x = site_name.features(site_name.candidates(["ନଦୀକୂଳ ବାର୍ତ୍ତା", "Kestrel Courier", "Story text here."]),
                           ["ନଦୀକୂଳ ବାର୍ତ୍ତା", "Kestrel Courier", "Story text here."])
    col = site_name.FEATURES.index("caseless")
    assert list(x[:, col]) == [1.0, 0.0]


def test_a_description_sentence_and_an_outlet_word_are_marked():
    lines = ["Kanien'kéha | English", "Otsi:tsa FM", "Home", "News", "Election results are in.",
             "Otsi:tsa FM is a non-profit community radio station licensed to serve Kahnawà:ke, Quebec."]
    found = site_name.candidates(lines)
    x = site_name.features(found, lines)
    row = {c.text: x[k] for k, c in enumerate(found)}
    begins, word = site_name.FEATURES.index("begins_copy"), site_name.FEATURES.index("outlet_word")
    assert (row["Otsi:tsa FM"][begins], row["Otsi:tsa FM"][word]) == (1.0, 1.0)
    assert (row["Home"][begins], row["Home"][word]) == (0.0, 0.0)
    assert (row["News"][begins], row["News"][word]) == (0.0, 1.0)


def test_the_stored_chooser_names_the_page():
    stored = json.loads(site_name.MODEL_PATH.read_text(encoding="utf-8"))
    assert stored["features"] == list(site_name.FEATURES)
    assert site_name.choose(lines_of(PAGE)) == "The Kestrel Courier"
    assert site_name.choose(["Just a sentence about the weather today."]) is None


def test_an_article_without_an_outlet_takes_the_page_name(monkeypatch):
    assert len(lines_of(PAGE)) >= segmenter.MIN_LINES
    (article,) = split_pages([PAGE])[0]
    assert article.source == "The Kestrel Courier"
    (own,) = split_pages([PAGE.replace("By Ana Pereira\n", "By Ana Pereira · Harbour Weekly\n")])[0]
    assert own.source == "Harbour Weekly"
    monkeypatch.setattr(site_name, "load", lambda: None)
    (bare,) = split_pages([PAGE])[0]
    assert bare.source is None


def test_a_name_said_once_or_a_short_text_names_nothing():
    assert site_name.best(["Moscow"] + lines_of(PAGE)[5:-3], site_name.load()) == (None, 0.0)
    short = "Moscow\nThe talks will start on Monday, officials said.\n© 2025 The Kestrel Courier"
    (article,) = split_pages([short])[0]
    assert article.source is None


def test_a_copyright_holder_loses_its_legal_form():
    holders = site_name.candidates(["Story text here.", "© 2026 Kestrel Valley Courier Media Pty Ltd",
                                    "Copyright 2025 Rheinischer Kurier GmbH & Co. KG. Alle Rechte vorbehalten.",
                                    "© UAB „Uosto žinios“, 2026.", "© 2026 Kestrel Holdings Limited"])
    assert [c.text for c in holders if c.from_holder] == ["Kestrel Valley Courier", "Rheinischer Kurier",
                                                          "Uosto žinios", "Kestrel"]


def test_a_masthead_is_said_again_by_its_companys_copyright_line():
    # "The NAME" over the menu, "NAME LLC" in the footer: the masthead is repeated, in the copyright line and in
    # the site's address (accents folded)
    lines = ["The Cottonwood Creek Clarion", "Home", "News", "Story text here.", "Contact: desk@cottonwoodcreekclarion.com",
             "© 2026 Cottonwood Creek Clarion LLC · Kansas", "L'Écho du Causse", "echoducausse.fr"]
    found = site_name.candidates(lines)
    x = site_name.features(found, lines)
    row = {c.text: x[k] for k, c in enumerate(found)}
    col = {name: k for k, name in enumerate(site_name.FEATURES)}
    masthead = row["The Cottonwood Creek Clarion"]
    assert (masthead[col["repeated"]], masthead[col["in_copyright_line"]], masthead[col["in_address"]]) == (1, 1, 1)
    assert row["L'Écho du Causse"][col["in_address"]] == 1.0
    # a core shorter than four letters, or inside a longer word, is not a mention
    assert row["Home"][col["repeated"]] == 0.0


def test_a_line_names_an_outlet_by_its_core():
    assert site_name.names("© 2026 Cottonwood Creek Clarion LLC · Kansas", "The Cottonwood Creek Clarion")
    assert site_name.names("Photo: L'ECHO DU CAUSSE", "L'Écho du Causse")
    assert not site_name.names("Stars of the week", "The Star")  # a core under four letters must match as written
    assert not site_name.names("The Cottonwood Creek Clarionette", "Cottonwood Creek Clarion Ltd")
