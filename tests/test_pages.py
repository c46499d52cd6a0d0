"""Page splitting and furniture removal (qa/ingest/pages.py) on the seeds and on pages written here."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.ingest.pages import PageArticle, derive_title, looks_like_title, split_pages

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DATA = Path(__file__).resolve().parent / "data"

FURNITURE = ["Try Our AI Features", "Explore what", "Comments", "No comments yet", "Advertisement",
             "DOWNLOAD THE APP", "Get Started Now", "Download the App", "app-store", "play-store",
             "Orange background", "Related Articles", "hours ago", "days ago", "- Qatar Tribune", "• Al Jazeera"]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_split() -> dict[str, list[PageArticle]]:
    found = split_pages([read(p) for p in SEEDS])
    return {p.name[:3]: arts for p, arts in zip(SEEDS, found)}


def test_seed_pages_split_into_nine_articles(seed_split):
    assert {k: len(v) for k, v in seed_split.items()} == {"000": 4, "003": 1, "004": 4}
    titles = [a.title for arts in seed_split.values() for a in arts]
    assert len(set(titles)) == 9
    assert all(t and len(t.split()) <= 16 for t in titles)


def test_related_articles_have_their_own_title_outlet_and_time(seed_split):
    related = seed_split["000"][1:] + seed_split["004"][1:]
    for article in related:
        assert article.source and article.date_text and article.date_text.endswith("ago")
        assert article.title not in article.text.split("\n")
        assert len(article.text.split()) > 100
    assert {a.source for a in seed_split["000"][1:]} == {"Qatar Tribune"}
    assert {a.source for a in seed_split["004"][1:]} == {"Al Jazeera"}
    assert [a.date_text for a in seed_split["004"][1:]] == ["2 hours ago", "8 hours ago", "12 hours ago"]
    assert seed_split["000"][1].title.startswith("1,200 POWs")
    assert seed_split["000"][1].text.startswith("DPA Moscow")


def test_main_articles_metadata(seed_split):
    main_000, main_003, main_004 = seed_split["000"][0], seed_split["003"][0], seed_split["004"][0]
    assert main_000.title == "Russia plays down Ukraine talks as attacks continue"
    assert main_000.source is None  # "Moscow" under the title is a dateline, not an outlet
    assert main_004.source == "Al Jazeera" and main_004.date_text == "4 days ago"
    assert main_004.title.endswith("Russia downplays Ukraine talks as deadly attacks continue")
    assert main_003.date == "2025-07-22"
    assert "date" not in main_003.title and 4 <= len(main_003.title.split()) <= 14
    assert main_003.text.startswith("Kremlin plays down expectations")
    for main in (main_000, main_003, main_004):
        assert "426 drones" in main.text
        assert main.text.rstrip().endswith("over the Moscow area.")


def test_no_furniture_survives_in_seeds(seed_split):
    for arts in seed_split.values():
        for article in arts:
            for phrase in FURNITURE:
                assert phrase not in article.text, (phrase, article.title)
            lines = article.text.split("\n")
            assert article.title not in lines
            assert len(lines) == len(set(lines)), "duplicated lines"
            assert not any(re.match(r"^time\d", line) for line in lines)
            assert not any(line in {"logo", "Al Jazeera", "Qatar Tribune"} for line in lines)
            assert "Ready to dive" not in article.text and "app store" not in article.text


def test_other_layout_two_articles():
    page = read(DATA / "ledger_page.txt")
    (arts,) = split_pages([page])
    assert [a.title for a in arts] == ["Harbour bridge reopens after six weeks of repairs",
                                       "Wildfire near coastal town forces evacuation of 3,000 residents"]
    assert [a.source for a in arts] == ["Northern Ledger", "Associated Press"]
    assert [a.date_text for a in arts] == ["3h", "5h"]
    assert arts[0].date == "2025-07-22"
    assert arts[0].text.split("\n")[0].startswith("The harbour bridge reopened")
    assert arts[0].text.endswith("near the southern ramp.")
    assert arts[1].text.endswith("No injuries have been reported so far.")
    assert len(arts[0].text.split("\n")) == 4 and len(arts[1].text.split("\n")) == 3
    for article in arts:
        for phrase in ["Skip to content", "Menu", "Search", "World", "By Maria Lopez", "Listen to this", "min read",
                       "Share this article", "Advertisement", "Sign up", "newsletter", "inbox", "Most read",
                       "Facebook", "Twitter", "WhatsApp", "All rights reserved", "Privacy Policy", "Cookie",
                       "Northern Ledger", "Associated Press", "· 3h", "· 5h", article.title]:
            assert phrase not in article.text, phrase


def test_pages_split_together_as_alone():
    pages = [read(p) for p in SEEDS] + [read(DATA / "ledger_page.txt"), read(DATA / "plain_article.md")]
    together = split_pages(pages)
    alone = [split_pages([p])[0] for p in pages]
    assert [[a.title for a in arts] for arts in together] == [[a.title for a in arts] for arts in alone]
    assert [[a.source for a in arts] for arts in together] == [[a.source for a in arts] for arts in alone]


def test_markdown_article_comes_through_whole():
    (arts,) = split_pages([read(DATA / "plain_article.md")])
    assert len(arts) == 1
    article = arts[0]
    assert article.title == "Volcanic island grows after new eruption"
    assert article.source is None and article.date_text is None
    assert article.text.split("\n") == [
        "The volcanic island off the southern coast grew by about 20 hectares after an eruption that began last "
        "week, geologists said on Friday.",
        "How it formed", "Lava flows reached the sea on Tuesday and cooled into new rock.",
        "The island first appeared in 1963.", "What comes next",
        "Scientists expect the eruption to continue for several weeks"]


def test_plain_text_without_title_is_kept_whole():
    text = ("The committee met on Thursday to review the budget. Members agreed to postpone the vote "
            "until the auditors report in March.\nThe chair said the delay would not affect salaries.")
    (arts,) = split_pages([text])
    assert len(arts) == 1
    assert arts[0].text == text
    assert arts[0].title == "The committee met on Thursday to review the budget"


def test_plain_text_with_title_line_and_date():
    text = "Library extends opening hours\n\n14 March 2024\n\nThe city library will open until 9pm on weekdays from April.\n\nStaff numbers will rise by four."
    (arts,) = split_pages([text])
    assert arts[0].title == "Library extends opening hours"
    assert arts[0].date == "2024-03-14"
    assert arts[0].text == "The city library will open until 9pm on weekdays from April.\nStaff numbers will rise by four."


def test_wrapped_first_line_is_not_taken_for_a_title():
    text = "Concentrated O\n2 will allow combustion to proceed rapidly and energetically."
    (arts,) = split_pages([text])
    assert arts[0].text == text


def test_single_sentence_and_empty_pages():
    assert split_pages(["", "   \n\n"]) == [[], []]
    (arts,) = split_pages(["Ferry services resume after the storm."])
    assert arts[0].text == "Ferry services resume after the storm."
    assert arts[0].title == "Ferry services resume after the storm"


def test_furniture_only_page_gives_no_article():
    assert split_pages(["Comments\nNo comments yet...\nDOWNLOAD THE APP\nShare this article"]) == [[]]


def test_title_helpers():
    assert looks_like_title("Harbour bridge reopens after repairs")
    assert not looks_like_title("The bridge reopened on Monday.")
    assert not looks_like_title("carbon dioxide (CO")
    long = ("Kremlin plays down expectations for Istanbul negotiations as officials say a boy was killed "
            "in an attack on the city.")
    assert derive_title(long) == "Kremlin plays down expectations for Istanbul negotiations"
    assert derive_title("Short sentence here. Another one.") == "Short sentence here"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80), max_size=12))
def test_body_lines_come_from_the_page(lines):
    page = "\n".join(lines)
    flat = re.sub(r"[\s\u200b\u2060\ufeff]+", "", unicodedata.normalize("NFC", page))
    for article in split_pages([page])[0]:
        assert article.text.strip()
        for line in article.text.split("\n"):
            assert re.sub(r"\s+", "", line) in flat


def test_header_formats():
    page = ("Comments\nFirst headline here\n3 hours ago · City Herald\nBody sentence one is here. Body two is here.\n"
            "Second headline here\nBy Jo Bloggs\nTuesday, July 22, 2025\nBody of the second story goes here.\n"
            "Third headline\nYesterday\nThird body is short but real.")
    (arts,) = split_pages([page])
    assert [(a.title, a.source, a.date, a.date_text) for a in arts] == [
        ("First headline here", "City Herald", None, "3 hours ago"),
        ("Second headline here", None, "2025-07-22", None),
        ("Third headline", None, None, "Yesterday")]
    assert [a.text for a in arts] == ["Body sentence one is here. Body two is here.",
                                      "Body of the second story goes here.", "Third body is short but real."]


def test_list_live_and_email_shapes():
    items = ("Kystposten\nForsiden\nNyheter\nSport\n\nKort nytt\nMonday 3 November 2025\n\n09:12\n"
             "Harbour crane toppled by overnight gale\nA crane at the north quay toppled in high winds overnight, the port said.\n"
             "________________________\n08:47\nSchools open two hours late\nSnow on the valley road delayed school buses on Monday.")
    live = ("Storm Agnes: ferries cancelled as winds reach 90mph\nUpdated 10:05 GMT, 3 October 2025\nBy Sam Reid, Harbour Live\n\n"
            "10:05\nFerries cancelled\nAll sailings to the islands have been cancelled for the rest of the day.\n\n"
            "09:40\nTrees down on coast road\nPolice said several trees had fallen on the coast road.\n\nShare\nFacebook")
    local = ("Skip to content\nRiverside Bugle\nMenu\nSearch\nHome > Sport > Cricket\nVillage side reach national final\n"
             "di Tomaso Elli\n2 ore fa\nThe ground on Mill Lane before the match (Photo: Riverside Bugle)\n"
             "Little Ashby cricket club will play in the village cup final after beating Burnside by four wickets.\n"
             "Have you got a sports story? Email us or message us on WhatsApp.")
    email = ("View this email in your browser\nWeekly Roundup\nHi Anna,\nHere is your weekly roundup.\n\n"
             "PRESENTED BY ACME BANK\nOpen an account today.\n\nFerry fares to rise in spring\n"
             "Fares on the island ferries will rise by 6 percent from April, the operator said.\nRead the full story\n"
             "Library reopens after flood repairs\nThe central library reopened on Saturday after six months of repairs.\n"
             "Update your email preferences\nHarbour Media Ltd, 4 Dock Road, Portmere PM2 1AB")
    surname = "Di Maio Returns To Rome\nLuigi Di Maio returned to Rome on Tuesday after two years as an envoy, officials said."
    items_arts, live_arts, local_arts, email_arts, surname_arts = split_pages([items, live, local, email, surname])
    assert [(a.title, a.source, a.date) for a in items_arts] == [
        ("Harbour crane toppled by overnight gale", "Kystposten", "2025-11-03"),
        ("Schools open two hours late", "Kystposten", "2025-11-03")]
    assert items_arts[0].text.endswith("the port said.")
    (article,) = live_arts  # clock-stamped entries of a live page stay in its one article
    assert article.title.startswith("Storm Agnes") and "Trees down on coast road" in article.text
    (article,) = local_arts
    assert (article.title, article.source, article.date_text) == (
        "Village side reach national final", "Riverside Bugle", "2 ore fa")
    assert article.text == ("Little Ashby cricket club will play in the village cup final after beating Burnside "
                            "by four wickets.")
    assert [(a.title, a.source, a.text) for a in email_arts] == [
        ("Ferry fares to rise in spring", "Weekly Roundup",
         "Fares on the island ferries will rise by 6 percent from April, the operator said."),
        ("Library reopens after flood repairs", "Weekly Roundup",
         "The central library reopened on Saturday after six months of repairs.")]
    assert surname_arts[0].title == "Di Maio Returns To Rome"


def test_posted_by_claim_box_player_and_dutch_shapes():
    radio = ("Harbourside 101.7\nListen Live\nOn Air Now: Breakfast with Sam\nNews\nSport\nContact\n\n"
             "Bridge repairs finish early\nPosted by Ann Lee on March 3, 2025\n"
             "Repairs to the old bridge finished two weeks early, the council said on Monday.\nShare this story\n\n"
             "Market moves to the square\nPosted by Tom Hart on March 2, 2025\n"
             "The weekly market will move to the town square from April, traders were told.\nShare this story")
    check = ("Checkworks\nFact checks\nAbout us\nDonate\n\nClaim: A video shows snow in July.\nRating: False\n\n"
             "No, this video was not filmed in July\nBy Ana Ruiz | May 2, 2025\nReviewed by Li Wei\n\n"
             "The clip was first posted online in January 2021, a reverse search shows.\nWe rate this claim False.\n"
             "Was this fact check helpful?\n\nAbout the author\nAna Ruiz\nAna Ruiz is a reporter at the site.\n")
    dutch = ("Deze website maakt gebruik van cookies\nAlles accepteren\nAlles weigeren\n\n"
             "Brug bij station gaat dicht\nDoor Jan de Boer\n4 mrt. 2025, 09:10\nBijgewerkt 2 uur geleden\n\n"
             "De brug bij het station gaat vanaf maandag drie weken dicht voor onderhoud.\n"
             "Lees ook: Nieuwe bus naar het ziekenhuis\nFietsers kunnen via de Kade omrijden, zegt de gemeente.")
    radio_arts, (fact,), (nl,) = split_pages([radio, check, dutch])
    assert [(a.title, a.source, a.date) for a in radio_arts] == [
        ("Bridge repairs finish early", "Harbourside 101.7", "2025-03-03"),
        ("Market moves to the square", "Harbourside 101.7", "2025-03-02")]
    assert (fact.title, fact.source, fact.date) == ("No, this video was not filmed in July", "Checkworks", "2025-05-02")
    assert fact.text.startswith("The clip was first") and fact.text.endswith("We rate this claim False.")
    assert (nl.title, nl.date, nl.date_text) == ("Brug bij station gaat dicht", "2025-03-04", "2 uur geleden")
    assert "Lees ook" not in nl.text and nl.text.endswith("zegt de gemeente.")


def test_outlet_markers_name_the_outlet():
    cards = ("Pulse\nTop\nFor you\nSaved\n\nTRANSPORT\nNight buses return to four routes after hiring drive\n"
             "via Harlow Gazette · 7h ago · 2 min read\nNight buses will run again on four routes from December 1 after "
             "the operator hired 26 new drivers.\nThe routes will run hourly.\nSwipe for next story →\n")
    syndicated = ("Commons Desk\nLatest\nClimate\nDonate\n\nTown tests floating flood barriers\n"
                  "Originally published by The Marsh Review on November 10, 2025\nThe barriers are stored on the quay "
                  "and filled with river water when a surge is forecast.\nResidents tested them last weekend.\n")
    wire = ("Stadtanzeiger\nStartseite\nPolitik\nSuche\n\nStadtrat beschließt neue Radwege\nDer Stadtrat hat am "
            "Dienstag 14 Kilometer neue Radwege beschlossen. Die Arbeiten beginnen im März.\nQuelle: dpa\n")
    (a,), (b,), (c,) = split_pages([cards, syndicated, wire])
    assert (a.title, a.source, a.date_text) == ("Night buses return to four routes after hiring drive", "Harlow Gazette",
                                                 "7h ago")
    assert "via" not in a.text and "Swipe" not in a.text
    assert (b.source, b.date) == ("The Marsh Review", "2025-11-10") and "Originally" not in b.text
    assert c.source == "dpa" and "Quelle" not in c.text


def test_a_print_edition_footnote_dates_the_story_above():
    # "This article first appeared in the print edition of OUTLET, DATE." closes the story: its outlet and day go to
    # it, and the footnote leaves the text, also when the next story follows without a blank line.
    page = ("Harbour Ledger\nMarkets\nCompanies\nSubscribe\n\nMill cuts shifts as grain runs short\n"
            "The Tarwin flour mill will cut one of its three shifts from February, its owners said.\n"
            "Grain deliveries have fallen by a third since the harvest.\n"
            "This article first appeared in the print edition of Harbour Ledger Weekly, Friday 16 January 2026.\n"
            "Comments (4)\nNext story\nPort fees rise for the first time in six years\nBy Ana Reyes\n3 hours ago\n"
            "Fees for container ships at the port will rise by 8 percent in March.\nShipping lines were told last week.\n")
    mill, port = split_pages([page])[0]
    assert (mill.source, mill.date) == ("Harbour Ledger Weekly", "2026-01-16")
    assert "print edition" not in mill.text and mill.text.endswith("since the harvest.")
    assert port.title == "Port fees rise for the first time in six years" and port.date_text == "3 hours ago"


def test_a_reprint_names_its_first_publisher_and_its_date():
    # A community site reprints mainland papers' stories: "Reprinted from OUTLET · DATE" under each headline and
    # "This story first appeared in OUTLET and is reprinted with permission." closing each one.
    page = ("Island Hub\nNews and notices for the island\nMonday 20 July 2026\nHome\nNotices\nFrom the papers\n"
            "Contact\n\nFrom the papers\nNew cargo ship for the island run to arrive in September\n"
            "Reprinted from The Harbour Ledger · 2 days ago\n"
            "A larger cargo ship will take over the freight run to the island from September, carrying twice as many "
            "containers.\nThe operator said fares would stay the same until March.\n"
            "This story first appeared in The Harbour Ledger and is reprinted with permission.\n"
            "School roll doubles to eight\nReprinted from the Canterbury Southerly · 15 July 2026\n"
            "The roll at the island's one-room school has doubled to eight pupils this term after two families "
            "moved to the island.\nThe school will hold an open day in August.\n"
            "This story first appeared in the Canterbury Southerly and is reprinted with permission.\n"
            "© 2026 Island Hub Trust\n")
    ship, school = split_pages([page])[0]
    assert (ship.source, ship.date, ship.date_text) == ("The Harbour Ledger", "2026-07-18", "2 days ago")
    assert (school.title, school.source, school.date) == ("School roll doubles to eight", "Canterbury Southerly",
                                                          "2026-07-15")
    assert "reprinted" not in ship.text + school.text


@pytest.mark.parametrize("line, outlet", [
    ("Cet article a été publié initialement dans Le Courrier du Nord.", "Le Courrier du Nord"),
    ("Este artículo fue publicado originalmente en El Diario del Sur.", "El Diario del Sur"),
    ("A reportagem foi publicada originalmente no Jornal do Vale.", "Jornal do Vale"),
    ("Dieser Artikel erschien zuerst in der Nordwest-Zeitung.", "Nordwest-Zeitung"),
    ("This story was originally published by The Mesa Ledger and is republished here with permission.",
     "The Mesa Ledger"),
    ("This article was first published in Dhivehi.", None),  # a language, not an outlet
    ("Dieser Beitrag erschien zuerst im Hellweger Anzeiger und wird hier mit Genehmigung gezeigt.",
     "Hellweger Anzeiger"),
    ("La nota fue publicada originalmente en Diario del Valle y se reproduce con permiso.", "Diario del Valle"),
    ("Cet article est une traduction de l'original paru en flamand dans Het Kanaal, partenaire du projet.",
     "Het Kanaal"),
    ("Erstveröffentlichung: Rhein-Kurier, Wesel", "Rhein-Kurier"),
    ("Partner content · The Burren Chronicle", "The Burren Chronicle"),
    ("PARTNER CONTENT · FROM THE IRISH", None),  # a translation's note, not an outlet
    ("Keep reading on Coastline Gazette ›", "Coastline Gazette"),
    ("READ MORE ON WILDFIRES", None),  # a topic's link
    ("The Prairie Sentinel reports, this afternoon:", "The Prairie Sentinel"),
    ("From The Basin Courier · Oct. 3", "The Basin Courier"),
    ("From the archive", None),  # "From" needs the story's time beside it
])
def test_a_republication_note_names_the_first_publisher(line, outlet):
    from qa.ingest.pages import _probe, _source_marker

    found = _source_marker(_probe(line))
    assert (found[0] if found else None) == outlet


def test_a_republication_note_in_a_closing_sentence_is_furniture():
    from qa.ingest.pages import _classify

    note = _classify("This report is part of a regional exchange that translates local journalism for new "
                     "readers. Translated from the original in Vakara Ziņas and republished with permission.")
    assert (note.kind, note.marker) == ("furn", "Vakara Ziņas")
    chart = _classify("Most of the dams were built before 1950. Source: Water Board of Wales")
    assert chart.marker is None  # a chart's credit in a sentence names no story's outlet
    dated = _classify("This story was first published by The Inlet Weekly on Friday 8 May 2026 and is shared here "
                      "with permission. Coast Today carries stories from community papers around the sound.")
    assert (dated.kind, dated.marker) == ("furn", "The Inlet Weekly")  # with the first publication's date in it


def test_an_aggregator_source_line_over_a_headline_with_a_byline_under_it():
    page = ("Northfeed\nLocal news from your sources\nHome\nLocal\nSport\nWeather\n\n"
            "Coastline Gazette · 3h\nHarbour footbridge to close for six weeks of repairs\nBy Anna Pryce\n"
            "The footbridge between the marina and the old town will close on Monday while its deck is replaced.\n"
            "The council said a ferry shuttle would run every twenty minutes during the works.\n"
            "Keep reading on Coastline Gazette ›\n\n"
            "Dune Valley Post · 5h\nSchool bus timetable changes after new bypass opens\nBy Tom Ferris\n"
            "Three school bus routes will change from next term after the bypass opened last week.\n"
            "Parents were told the new routes would cut journeys by about ten minutes.\n"
            "Keep reading on Dune Valley Post ›\n")
    first, second = split_pages([page])[0]
    assert (first.title, first.source) == ("Harbour footbridge to close for six weeks of repairs", "Coastline Gazette")
    assert (second.title, second.source, second.date_text) == (
        "School bus timetable changes after new bypass opens", "Dune Valley Post", "5h")
    assert "Keep reading" not in first.text + second.text


def test_a_clippings_print_page_and_a_posts_category_are_meta():
    from qa.ingest.pages import _classify

    clipping = _classify("Source: The Perth Sentinel · Print edition, page 14 · Tuesday 14 July 2026")
    assert (clipping.kind, clipping.source, clipping.date) == ("byline", "The Perth Sentinel", "2026-07-14")
    posted = _classify("Posted 2 days ago in Shire News")
    assert (posted.kind, posted.rel) == ("time", "2 days ago")
    credited = _classify("Written by Dwayne Sands | Posted: 5 hrs ago | Updated: 1 hr ago | Photos: Tamika Pinder")
    assert (credited.kind, credited.rel) == ("byline", "5 hrs ago")


@pytest.mark.parametrize("line", [
    "إعلان", "বিজ্ঞাপন", "广告", "廣告", "広告", "광고", "פרסומת", "Continua após a publicidade",
    "相关阅读：河南今年新建高标准农田600万亩 灌溉面积再扩大", "اقرأ أيضاً: حمص: ارتفاع أسعار الخضار في سوق الهال",
    "यह भी पढ़ें: गोपेश्वर में पेयजल संकट", "관련기사: 부산 버스 요금 인상", "Baca juga: Harga beras naik lagi",
])
def test_advert_labels_and_read_also_links_in_major_languages_are_furniture(line):
    from qa.ingest.pages import _classify

    assert _classify(line).kind == "furn"


RELEASES = [
    (312, "Missing hiker found alive near trailhead", "A man reported missing on Monday was found alive. Search teams "
     "found him near the north trailhead after a cold night, and he was taken to hospital as a precaution."),
    (310, "Deputies seize stolen catalytic converters", "Deputies seized about 300 stolen parts on Friday. The parts "
     "were found in a storage unit after a tip from a neighbour, and two people were arrested."),
    (307, "Free car seat checks on Saturday", "Technicians will check child car seats for free. Parents can book a "
     "slot online or simply come to the fire station between 9 a.m. and noon.")]


def _releases(items: list[tuple[int, str, str]]) -> str:
    return "County Sheriff's Office\nHome\nAbout\nPress Room\nContact\n\n" + "\n\n".join(
        f"Release No. 25-{n}\n{title}\nNovember {n - 300}, 2025\nCategory: Community\n{text}\n"
        "Media contact: Sgt. Ray Okonjo, 555-0142\nPrint" for n, title, text in items)


@pytest.mark.xfail(strict=True, reason="known since session 23: the recurrent tagger reads a list of one-sentence "
                   "releases under repeated furniture as a box list; with two sentences each they are found")
def test_a_list_of_one_sentence_releases():
    releases = _releases([(n, title, text.split(". ")[0] + ".") for n, title, text in RELEASES])
    assert [a.title for a in split_pages([releases])[0]] == [title for _, title, _ in RELEASES]


def test_list_items_found_by_their_repeated_shape():
    captions = "Picture Desk\nEditorial\nArchive\nSign in\n\n" + "\n\n".join(
        f"{title}\nImage ID: PD-{n}00 · 4000 x 3000 px\n{dateline} - {text}\nPhotographer: Ann Lee / Picture Desk\n"
        "Add to lightbox" for n, (title, dateline, text) in enumerate([
            ("Barge refloated after a week aground", "VUKOVAR, Croatia, Nov 13, 2025", "Tugboats pull a barge off a sandbar."),
            ("Cubs make first public appearance", "ALMATY, Kazakhstan, Nov 13, 2025", "Two cubs explore their enclosure."),
            ("Fishermen mend nets as storm keeps fleet in port", "ESSAOUIRA, Morocco, Nov 12, 2025",
             "Fishermen repair nets on the harbour wall.")], 1))
    releases = _releases(RELEASES)
    transcript = ("KTV 4 News\nLive\nWeather\nTraffic\n\nEvening Report\nAired Thursday, November 13, 2025 · 6:00 PM ET\n"
                  "Transcript is produced by a captioning service and may contain errors.\n\n[6:00:12 PM]\n"
                  "Water main break floods underpass\nANCHOR: Good evening. Drivers are told to avoid the underpass.\n"
                  "(VIDEO CLIP PLAYS)\n[6:03:40 PM]\nSchool board delays vote on four-day week\n"
                  "ANCHOR: The school board has put off a vote on a four-day week.\n(COMMERCIAL BREAK)\n[6:09:05 PM]\n"
                  "Weather: first hard freeze expected Saturday\nMETEOROLOGIST: Bring in those plants tonight.\n")
    photos, press, tv = split_pages([captions, releases, transcript])
    assert [(a.title, a.date) for a in photos] == [("Barge refloated after a week aground", "2025-11-13"),
                                                   ("Cubs make first public appearance", "2025-11-13"),
                                                   ("Fishermen mend nets as storm keeps fleet in port", "2025-11-12")]
    assert all(a.source == "Picture Desk" and "Photographer" not in a.text and "Image ID" not in a.text for a in photos)
    assert [a.title for a in press] == ["Missing hiker found alive near trailhead",
                                        "Deputies seize stolen catalytic converters", "Free car seat checks on Saturday"]
    assert [a.date for a in press] == ["2025-11-12", "2025-11-10", "2025-11-07"]
    assert all(a.text.count("\n") == 0 for a in press)  # no label, category or contact line left
    assert [a.title for a in tv] == ["Water main break floods underpass", "School board delays vote on four-day week",
                                     "Weather: first hard freeze expected Saturday"]
    assert all(a.date == "2025-11-13" and "(" not in a.text and "[" not in a.text for a in tv)


def test_sections_of_an_authored_article_are_not_list_items():
    listicle = ("Daily Planet\nHome\nWorld\nSign in\n\nFive ways to cut your heating bill this winter\n"
                "By Lois Lane · Daily Planet · 2 hours ago\n\n1\nBleed your radiators\nTrapped air stops radiators "
                "heating fully. A radiator key costs little.\n\n2\nTurn the thermostat down one degree\nEach degree "
                "can cut a bill by about 10 percent.\n\n3\nDraught-proof doors and windows\nStrips and brushes cost "
                "little and can be fitted in an afternoon.\n")
    (article,) = split_pages([listicle])[0]
    assert article.title == "Five ways to cut your heating bill this winter"
    assert article.text.endswith("fitted in an afternoon.")


def test_shapes_of_unseen_layouts():
    """General shapes found on blind batches: meta under the body, a paper's name over its issue date, comments,
    a paywall cut, a URL line's date, a link post's domain, a consent banner in another language."""
    trailing = ("Quayside Weekly\nNews\nSport\nSearch\n\nPier reopens after storm repairs\nThe pier reopened on Saturday "
                "after three months of repairs to its deck.\nFishermen said the works had cost them a season.\n"
                "Text: Mara Quist, harbour reporter\nPublished: 04/10/2025 09:15\nShare this article\nFacebook\n")
    masthead = ("City Archive Online\nBrowse\nSearch\nHelp\n\nTHE MORNING GAZETTE\nMonday, June 2, 1952\n"
                "Page 3\n[Column 1]\nTRAM LINE TO CLOSE IN AUGUST\nThe last tram will run on the Harbour line on August 30, "
                "the transport board said yesterday.\nBuses will replace the trams from the next morning.\n")
    comments = ("Coast Daily\nNews\nSport\nLog in\n\nSea wall plan approved\nBy Ann Lee · Coast Daily · 2 hours ago\n"
                "The council approved a new sea wall for the promenade on Tuesday.\nWork starts in May.\n"
                "Have your say\nsandy_toes, Westbay, 1 hour ago\nAbout time. The old wall is falling apart.\n"
                "Reply\nharbourmaster99, Eastport, 2 hours ago\nWho is paying for this?\nReply\n")
    paywall = ("The Valley Post\nNews\nSport\nLog in\n\nhttps://www.valleypost.example/news/2025/03/09/bridge-tolls-end/\n"
               "Bridge tolls to end next year\nTolls on the river bridge will end in April next year, the transport "
               "minister said on Sunday.\nSubscribe to continue reading\nAlready a subscriber? Log in\n")
    link_post = ("r/coastal\nHot\nNew\nTop\n\n" + "\n\n".join(
        f"▲\n{votes}\n▼\n{title}\n{domain}\nsubmitted {n} hours ago by user_{n}\n{text}\n{n}0 comments\nshare"
        for votes, title, domain, n, text in [
            ("812", "Harbour crane toppled by overnight gale", "coastdaily.example", 2,
             "A crane at the north quay toppled in high winds overnight, the port said."),
            ("301", "Schools open two hours late after snow", "valleypost.example", 5,
             "Snow on the valley road delayed school buses on Monday morning.")]))
    consent = ("Gazeta Nadmorska\nWiadomości\nSport\nZaloguj się\n\nUżywamy plików cookie, aby ułatwić korzystanie z "
               "serwisu.\nAkceptuję\nUstawienia\n\nMolo w Sopocie zamknięte do wiosny\nAutor: Anna Nowak\n"
               "Opublikowano: 12.11.2025 10:20\nMolo będzie zamknięte do kwietnia z powodu remontu pomostu.\n")
    a, b, c, d, e, f = split_pages([trailing, masthead, comments, paywall, link_post, consent])
    assert [(x.title, x.date) for x in a] == [("Pier reopens after storm repairs", "2025-10-04")]
    assert [(x.title, x.source, x.date) for x in b] == [("TRAM LINE TO CLOSE IN AUGUST", "THE MORNING GAZETTE",
                                                          "1952-06-02")]
    assert b[0].text.startswith("The last tram") and "Page 3" not in b[0].text
    assert [x.text for x in c] == ["The council approved a new sea wall for the promenade on Tuesday.\nWork starts in May."]
    assert [(x.date, x.text) for x in d] == [("2025-03-09", "Tolls on the river bridge will end in April next year, the "
                                                            "transport minister said on Sunday.")]
    assert [(x.title, x.source, x.date_text) for x in e] == [
        ("Harbour crane toppled by overnight gale", "coastdaily.example", "2 hours ago"),
        ("Schools open two hours late after snow", "valleypost.example", "5 hours ago")]
    assert [(x.title, x.date) for x in f] == [("Molo w Sopocie zamknięte do wiosny", "2025-11-12")]
    assert "cookie" not in f[0].text


def test_shapes_of_fresh7_layouts_and_what_they_must_not_eat():
    # A PDF's hard-wrapped lines are joined back; its running head inside the text and its "About" box go.
    wrapped = ("PRESS RELEASE\nAcme Pumps Ltd | 1 Mill Road, Leeds | www.acme.example\n\n"
               "Acme Pumps opens a plant in Leeds\n\n"
               "Leeds, 3 March 2025 – Acme Pumps, which builds water pumps for farms, said on Monday\n"
               "that it will open a new plant in Leeds in the autumn and hire sixty people for it.\n"
               "The plant will make the company's new solar pump and will double its output, the\n"
               "company said in a statement to the market.\n\nPage 1 of 2\n\n"
               "PRESS RELEASE\nAcme Pumps Ltd | 1 Mill Road, Leeds | www.acme.example\n\n"
               "Orders from Kenya and Peru have grown every year since the pump went on sale in\n"
               "2021, and the old plant cannot keep up with them any more, the company said.\n\n"
               "About Acme Pumps\nAcme Pumps was founded in Leeds in 1990 and builds water pumps for small\n"
               "farms in forty countries around the world.\n###\n")
    (a,), = split_pages([wrapped])
    assert (a.title, a.source, a.date) == ("Acme Pumps opens a plant in Leeds", "Acme Pumps", "2025-03-03")
    assert "said on Monday that it will open" in a.text and a.text.endswith("the company said.")
    assert "PRESS RELEASE" not in a.text and "Mill Road" not in a.text
    # A contents list repeating the headings of the blocks below is no running head: the headings stay.
    contents = ("The Morning Ferry\nIssue #12 · Tuesday, 6 May 2025\n\nIn this issue\nLibrary to open until 9pm on weeknights\n"
                "Wharf Road flats approved by councillors\n\nLibrary to open until 9pm on weeknights\n"
                "The central library will stay open until 9pm from Monday to Thursday from June.\n"
                "The extra hours will be reviewed after a year.\n\nWharf Road flats approved by councillors\n"
                "Plans for 140 flats on the old timber yard were approved on Monday night.\n"
                "Building work is expected to start next autumn.\n")
    found = split_pages([contents])[0]
    assert all(any(h in a.title or h + "\nPlans" in a.text or h + "\nThe central" in a.text for a in found)
               for h in ("Library to open until 9pm on weeknights", "Wharf Road flats approved by councillors"))
    # Prose whose lines merely start in lower case now and then is not a hard-wrapped block.
    prose = ("Harbour festival draws record crowd\nBy Jo Bloggs · 4 May 2025\n"
             "More than 9,000 people came to the harbour festival on Saturday, the organisers said.\n"
             "iPhones were handed in at the lost property desk by the dozen.\n"
             "The festival will return next year.\n")
    (p,), = split_pages([prose])
    assert p.text.count("\n") == 2
    # Nor is a numbered list whose items end in lower case.
    ranked = ("Most read\n1. Soap star's secret wedding on Greek island revealed\n"
              "2. Motorists face £100 fines under new parking rules from today\n"
              "3. Weather warning as 70mph winds set to batter the South West\n")
    from qa.ingest.pages import _unwrap
    assert _unwrap(ranked.split("\n")) == ranked.split("\n")
    # A player's transcript above the story and gallery counters are furniture; a podcast's closing transcript is not.
    video = ("Play video\nWatch: Floods close the ring road\n1:02\n00:00 The water came up so fast.\n"
             "00:04 We had to leave the car.\n00:09 Nobody was hurt, thank goodness.\n\n"
             "Floods close the ring road for a second day\nBy Sam Lee · 5 May 2025\n"
             "The ring road stayed shut on Monday after a second night of heavy rain, the council said.\n"
             "Engineers expect to reopen one lane by Wednesday.\n")
    podcast = ("Episode 4\nWhy the ferry is late\nMay 5, 2025 · 31 min\nShow notes\n"
               "This week we ask why the ferry keeps running late.\nTranscript\n"
               "[00:00:04] HOST: Welcome back. The ferry was late again this week.\n"
               "[00:00:19] HOST: My guest runs the ferry company. Why is it late?\n"
               "[00:00:27] GUEST: The engines are old and we are waiting for new ones.\n")
    (v,), (c,) = split_pages([video, podcast])
    assert v.title == "Floods close the ring road for a second day" and "00:04" not in v.text
    assert c.text.endswith("we are waiting for new ones.")
    # A wire slug is no headline; a dateline's short agency name takes the masthead's full name.
    wire = ("Kite News Agency\nWire\nMarkets\nAfrica\n\nGHANA-COCOA/\nGhana cocoa farmers get higher price\n"
            "May 5, 2025 · 9:14 AM GMT\nACCRA, May 5 (Kite) - Ghana raised the price it pays cocoa farmers by 20%.\n"
            "The board said the rise would take effect at once.\nReporting by Ama Mensah; Editing by Tom Bell\n")
    (w,), = split_pages([wire])
    assert (w.title, w.source) == ("Ghana cocoa farmers get higher price", "Kite News Agency")
    # A forum letter dated in its "Posted by" line, its member counters furniture.
    letter = ("Letters\nPosted by Ann Lee » Mon 5 May 2025, 09:12\nMember since 2011 | Letters: 12\n"
              "The new bus timetable leaves our village without a service after six in the evening.\n"
              "I hope the council will think again before it is too late.\n")
    (f,), = split_pages([letter])
    assert f.date == "2025-05-05" and "Member since" not in f.text
    # A story that names a sum a year, or its reporter as a subject, keeps its text.
    story = ("Library extends opening hours\nBy Jo Bloggs · 4 May 2025\nThe library will stay open until 9pm.\n"
             "The extra hours will cost about £85,000 a year, the council said.\nShare this story ↗\n")
    (s,), = split_pages([story])
    assert s.text.endswith("about £85,000 a year, the council said.")


def test_feed_posts_and_sections_with_ads():
    # Posts of a channel, each ending in its view counter and time, are items under the day's date.
    feed = ("Harbour City News\n@harbourcitynews · 48,210 subscribers\n\n18 November 2025\n\n"
            "Coast road closed after rockfall\nThe coast road is closed in both directions after a rockfall.\n"
            "👁 12.4K · edited 09:14\n\nFerry fares to rise from January\nSingle fares will rise by 5% on 1 January.\n"
            "👁 9.8K · 11:02\n\nMarket moves indoors for winter\nThe market will move into the old fish hall.\n"
            "👁 6.1K · 14:37\n")
    found = split_pages([feed])[0]
    assert [(a.title, a.date) for a in found] == [("Coast road closed after rockfall", "2025-11-18"),
                                                  ("Ferry fares to rise from January", "2025-11-18"),
                                                  ("Market moves indoors for winter", "2025-11-18")]
    assert all("👁" not in a.text for a in found)
    # An article's sections that each end with an ad marker stay one article.
    sections = ("Why the ferry is late\nBy Jo Bloggs · 4 May 2025\nThe ferry has been late on most days this spring.\n\n"
                "What went wrong?\nThe engines are old and spare parts are hard to find.\nAdvertisement\n\n"
                "What happens next?\nNew engines arrive in the autumn, the company said.\nAdvertisement\n\n"
                "Will fares change?\nNot this year, the company said.\n")
    (article,) = split_pages([sections])[0]
    assert article.title == "Why the ferry is late" and article.text.endswith("Not this year, the company said.")


def test_fact_box_and_speaker_turns():
    review = ("FILM REVIEW\nThe Quiet Estuary review – a slow portrait of a fishing town\nDirector: Ines Halloran\n"
              "Starring: Tom Byrne, Aoife Kerr\nRunning time: 1hr 52min\nBy Daniel Okafor\nThu 20 Nov 2025 06.00 GMT\n"
              "The film opens on a trawler that will never leave harbour again, and it takes its time from there.\n"
              "Share this review\n")
    (a,), = split_pages([review])
    assert a.title == "The Quiet Estuary review – a slow portrait of a fishing town" and a.text.startswith("The film")
    turns = ("Council meeting: the exchange on bus lanes\nBy Jo Bloggs · 4 May 2025\nMAYOR: We will not close the lane.\n"
             "COUNCILLOR REID: Then the buses will stay late.\nMAYOR: They are late already, councillor.\n"
             "The meeting ended without a vote on the lane, which comes back to the council in June.\n")
    (b,), = split_pages([turns])
    assert b.text.startswith("MAYOR: We will not close the lane.")


# Pages written here for the generic furniture rules of the fresh9/fresh10 round (no batch's strings).
_NOTICE_PAGE = """Harbour Weekly
News
Sport
The tide tables on this site are updated every night at two.
Close

Ferry timetable to change in spring
Jo Marsh
12 March 2025
Listen now
The council has signed a five-year contract with a new ferry operator for the island crossing.
Sailings will start half an hour earlier on weekdays and run until ten in the evening.
The harbour master said the new vessel would be able to sail in stronger winds than the old one.
Jo Marsh can be reached at jo.marsh@harbourweekly.example.

Advertisement
Subscribe
© 2025 Harbour Weekly
"""


def test_a_notice_with_buttons_over_the_first_story_is_furniture():
    [article] = split_pages([_NOTICE_PAGE])[0]
    assert article.title == "Ferry timetable to change in spring"
    assert "tide tables" not in article.text and "Close" not in article.text


def test_a_short_line_over_the_first_paragraph_is_byline_area_and_a_contact_note_closes_nothing():
    [article] = split_pages([_NOTICE_PAGE])[0]
    assert article.text.startswith("The council has signed a five-year contract")
    assert "Listen now" not in article.text
    assert article.text.rstrip().endswith("sail in stronger winds than the old one.")
    assert "@" not in article.text


def test_a_list_heading_over_the_first_paragraph_stays():
    page = _NOTICE_PAGE.replace("Listen now\n", "Listen now\n\nKey facts\n"
                                "Contract runs for five years\nFirst sailing moves to 6am\n")
    [article] = split_pages([page])[0]
    assert "Key facts\nContract runs for five years" in article.text


@pytest.mark.parametrize("caption", ["The new ferry at the quay on Monday. (Harbour Weekly archive)",
                                     "The new ferry at the quay on Monday. Picture: Ann Lee/Harbour Weekly",
                                     "The new ferry at the quay on Monday. PICTURE BY ANN LEE",
                                     "The new ferry at the quay on Monday. Foto: «Harbour Weekly»"])
def test_a_caption_with_its_credit_is_not_a_headline(caption):
    page = _NOTICE_PAGE.replace("Listen now\n", f"Listen now\n{caption}\n")
    [article] = split_pages([page])[0]
    assert article.title == "Ferry timetable to change in spring"
    assert "quay on Monday" not in article.text


def test_mark_notices_marks_the_notice_and_its_buttons_but_not_a_story_under_its_time_line():
    from qa.ingest.pages import _mark_notices, _parse

    lines = _parse("Harbour Weekly\nNews\nThe tide tables on this site are updated every night at two.\nClose\n\n"
                   "Ferry timetable to change in spring\nThe council has signed a five-year contract with a new "
                   "ferry operator for the island crossing.\n")
    _mark_notices(lines)
    assert [l.kind for l in lines if l.text in ("Close",) or l.text.startswith("The tide")] == ["furn", "furn"]
    assert next(l for l in lines if l.text.startswith("The council")).kind == "para"
    story = _parse("Latest\n\nFerry timetable to change in spring\n2 hours ago\nThe council has signed a five-year "
                   "contract with a new ferry operator for the island crossing.\nShare\n\nMore news\n")
    _mark_notices(story)
    assert next(l for l in story if l.text.startswith("The council")).kind == "para"


def test_zero_width_joiners_are_kept_and_zero_width_spaces_dropped():
    # Persian spells words with the zero-width non-joiner ("می‌شوند"); a quote without it is not exact.
    page = ("Harbour Times\nHome\nNews\n\nFerry fares rise in spring\n9 November 2025\n"
            "Fares on the island ferries will rise, the operator said: \u00abمی\u200cشوند\u00bb.\u200b\n")
    (article,) = split_pages([page])[0]
    assert "می\u200cشوند" in article.text and "\u200b" not in article.text


@pytest.mark.parametrize("link, label", [
    ("Ошондой эле окуңуз: Тоо-Башыда жаңы көпүрө курулат", "Жарнама"),
    ("ਇਹ ਵੀ ਪੜ੍ਹੋ: ਪਿੰਡ ਵਿੱਚ ਨਵੀਂ ਸੜਕ ਬਣੇਗੀ", "ਇਸ਼ਤਿਹਾਰ"),
    ("මේවාත් කියවන්න: ගම්මානයට නව පාලමක්", "දැන්වීම"),
    ("Ka èyí náà: Ìjọba kọ́ afárá tuntun", "Ìpolówó"),
    ("អានបន្ថែម៖ ស្ពានថ្មីនៅភូមិ", "ពាណិជ្ជកម្ម"),
    ("ອ່ານຂ່າວກ່ຽວຂ້ອງ: ຂົວໃໝ່ຂອງບ້ານ", "ໂຄສະນາ"),
    ("ഇതുകൂടി വായിക്കാം: ഗ്രാമത്തിൽ പുതിയ പാലം", "പരസ്യം"),
    ("Funda nalokhu: Ibhuloho elisha edolobheni", "Isikhangiso"),
    ("Liest och: Nei Bréck am Duerf", "Reklamm"),
])
def test_read_also_links_and_ad_labels_of_other_languages_leave_the_text(link, label):
    # A "read also: HEADLINE" link and an advertisement label inside the copy are furniture in these languages too.
    from qa.ingest.pages import _parse

    kinds = {line.text: line.kind for line in _parse(f"{link}\n{label}\n")}
    assert kinds[link] == kinds[label] == "furn"


def test_a_yoruba_byline_is_a_byline():
    # "Láti ọwọ́ NAME" ("from the hand of NAME") signs a Yoruba story as "By NAME" signs an English one.
    from qa.ingest.pages import _parse

    kinds = {line.text: line.kind for line in _parse("Láti ọwọ́ Fọláṣadé Adébáyọ̀\n")}
    assert kinds["Láti ọwọ́ Fọláṣadé Adébáyọ̀"] == "byline"


@pytest.mark.parametrize("line, kind, date, rel", [
    ("Mon 16 Feb 2026 3.40pm AWST", "date", "2026-02-16", None),  # a time zone after "pm"
    ("Posted on 12/02/2026 in Harbour by Morwenna Tregear", "byline", "2026-02-12", None),
    ("గురువారం, 12 ఫిబ్రవరి 2026", "date", "2026-02-12", None),
    ("ప్రచురణ: 12-02-2026 07:30 IST | అప్‌డేట్: 2 గంటల క్రితం", "date", "2026-02-12", "2 గంటల క్రితం"),
    ("အင်္ဂါနေ့၊ ဖေဖော်ဝါရီ ၁၀၊ ၂၀၂၆", "date", "2026-02-10", None),
    ("လွန်ခဲ့သော ၃ နာရီက", "time", None, "လွန်ခဲ့သော ၃ နာရီက"),
    ("hósdagur 12. februar 2026", "date", "2026-02-12", None),
    ("fyri 3 tímum síðani", "time", None, "fyri 3 tímum síðani"),
    ("Серада, 11 лютага 2026", "date", "2026-02-11", None),
    ("هەینی، ١٣ی شوباتی ٢٠٢٦", "date", "2026-02-13", None), ("Biyernes, Pebrero 13, 2026", "date", "2026-02-13", None),
    ("Navoaka ny alakamisy 12 febroary 2026 tamin'ny 18:30", "date", "2026-02-12", None),
    ("ಶುಕ್ರವಾರ, 13 ಫೆಬ್ರುವರಿ 2026", "date", "2026-02-13", None),
    ("3 ka oras ang milabay", "time", None, "3 ka oras ang milabay"),
    ("Publicat lo 18/02/2026 a 7 h 45 · Actualizat a 10 h 20", "date", "2026-02-18", None),
    ("tongersdei 19 febrewaris 2026", "date", "2026-02-19", None), ("3 oeren lyn", "time", None, "3 oeren lyn"),
    ("sa gen 5 èdtan", "time", None, "sa gen 5 èdtan"),
    ("18 February 2026 | Written by Ann Forbes, Communications Officer", "byline", "2026-02-18", None),
    ("Embannet d'an 26/02/2026 da 18e40 · Hizivaet d'an 27/02/2026 da 9e05", "date", "2026-02-26", None),
    ("Aso Lulu, 25 Fepuari 2026", "date", "2026-02-25", None), ("2 jam kepungkur", "time", None, "2 jam kepungkur"),
    ("5 itula ua mavae", "time", None, "5 itula ua mavae"),
    # an update first, the story's own date second
    ("Updated May 9 2026 - 8:10am, first published May 8 2026 - 6:45pm", "date", "2026-05-08", None),
    ("Gestern, 19:05 Uhr", "time", None, "Gestern, 19:05 Uhr"),  # the clock's "Uhr" is part of the day word's time
    ("۱۲ آبان ۱۴۰۵ - ۳ نوامبر ۲۰۲۶", "date", "2026-11-03", None),  # one day in two calendars, not a span
    ("الأحد 12 يوليو/تموز 2026", "date", "2026-07-12", None),  # both Arabic names of the month
])
def test_date_and_time_lines_of_more_languages(line, kind, date, rel):
    from qa.ingest.pages import _classify

    found = _classify(line)
    assert (found.kind, found.date, found.rel) == (kind, date, rel)


@pytest.mark.parametrize("line, source", [
    ("From staff reports", None), ("သတင်း - ကိုအောင်ကျော်", None), ("ដោយ៖ សុខ ដារា", None),
    ("తీరవాణి ప్రతినిధి, పెదపాలెం", "తీరవాణి"),  # OUTLET correspondent, PLACE
    ("নদীপুর প্রতিনিধি", None),  # PLACE correspondent
    ("विशेष प्रतिनिधी, सांगली", None),  # special correspondent
    ("ಸಹ್ಯಾದ್ರಿ ಸಮಾಚಾರ ವಾರ್ತೆ", "ಸಹ್ಯಾದ್ರಿ ಸಮಾಚಾರ"),  # OUTLET news
    ("Ni Mariel T. Sanchez", None),  # Cebuano and Tagalog "by"
    ("Posted by Fatmata Koroma, Programme Officer, Freetown", None),  # a place after a role is no outlet
    ("Story by Maile Quitugua, Science Communications Officer", None),
    ("Na Mwandishi Wetu, Moshi", None), ("By Our Correspondent, Lahore", None),  # "by our correspondent, PLACE"
    ("Troch Hiltsje Bosma", None), ("Pa Mackenson Dorvil", None),  # West Frisian and Haitian Creole "by"
    ("Gant Soazig Kerhervé", None), ("Tusia e Malia Pouono", None), ("Reported by Maria Camilleri", None),
    ("By our Gizo correspondent", None),
])
def test_bylines_that_name_no_author_or_a_desk(line, source):
    from qa.ingest.pages import _classify

    found = _classify(line)
    assert (found.kind, found.source) == ("byline", source)


@pytest.mark.parametrize("line", [
    "Prices delayed 20 minutes", "ఇవి కూడా చదవండి: జిల్లాలో కొత్త ఆసుపత్రి", "ప్రకటన", "ကြော်ငြာ",
    "ဆက်စပ်ဖတ်ရှုရန် - မြို့နယ်တွင် ရေပေးဝေမှု ပြောင်းလဲ", "Les eisini: Nýggjur barnagarður", "Lýsing",
    "Чытайце таксама: Новая школа ў раёне", "Рэклама", "Կարդացեք նաև՝ Նոր դպրոց", "ማስታወቂያ",
    "The gig comes ashore below the boathouse. Photo courtesy of the Rowing Club",
    "కొత్త యంత్రాలను పరిశీలిస్తున్న కలెక్టర్. చిత్రం: తీరవాణి",
    "ပွဲရုံတစ်ခုတွင် စပါးအိတ်များ စုပုံထားစဉ်။ ဓာတ်ပုံ - မြစ်ဝ",
    "ప్రవాహం నోటిఫికేషన్లు అనుమతించండి",
    "ಇದನ್ನೂ ಓದಿ: ಅಡಿಕೆ ಧಾರಣೆ ಏರಿಕೆ", "ಜಾಹೀರಾತು", "بابەتی پەیوەندیدار: جوتیاران داوای قەرەبوو دەکەن", "ڕیکلام",
    "Vakio koa: Nanomboka ny fivarotana vary", "Dokambarotra", "BASAHA USAB: Presyo sa bugas mitaas", "Paanunsiyo",
    "This article was updated at 15:40 to add a statement from the operator.",
    "ಕೆರೆಹಳ್ಳಿಯಲ್ಲಿ ಒಣಗಿರುವ ಅಡಿಕೆ ಮರಗಳು –ಸಹ್ಯಾದ್ರಿ ಸಮಾಚಾರ ಚಿತ್ರ", "जाहिरात",
    "Get the latest Harbour news delivered to your inbox. Sign up for our free newsletters here.",
    "Thanks for reading The Harbour Beat! Subscribe for free to receive new posts and support my work.",
    "Comments are closed on this article.",
    "Lês ek: Nachtfroast hâldt oan oant it wykein", "Advertinsje", "Legir tanben: Los eleveires demandan ajuda",
    "Publicitat", "Li tou: Pwoteksyon Sivil mande moun yo rete vijilan", "Piblisite",
    "Station conditions at 08:00: −7 °C · Wind E 18 knots · Visibility 20 km · Sunset 22:47",
    "Villagers carry a log across the river to replace the footbridge lost in the floods. – Picture supplied",
    "Lennit ivez: Muioc'h a vugale er c'hlasoù divyezhek", "Bruderezh", "Waca uga: Dalan Parakan ditutup sewengi",
    "Pariwara", "Faitau fo'i: Ua toe tatala le uafu", "Fa'asalalauga",
])
def test_more_furniture_in_more_languages(line):
    from qa.ingest.pages import _classify

    assert _classify(line).kind == "furn"


@pytest.mark.parametrize("line", [
    "Copyright 2025 Harbour 9 News. All rights reserved. This material may not be published, broadcast, rewritten, "
    "or redistributed.",
    "This article originally appeared on Valley Weekly, a member of a partner network, and is republished here with "
    "permission.",
    "The Ledger is a nonprofit newsroom. We don't have a paywall, and we rely on readers like you to fund stories.",
    "This article is for informational purposes only and does not constitute medical advice.",
    # a broadcaster's labelled caption and picture credit, and editors' notes, in several languages
    "Image caption, Volunteers fill sandbags outside the village hall on Tuesday morning",
    "Disgrifiad o'r llun, Mae'r bont wedi bod ar gau ers mis Mawrth",
    "Fuente de la imagen, Archivo municipal",
    "Correction: An earlier version of this article gave the wrong date for the council meeting.",
    "Anmerkung der Redaktion: Dieser Artikel wurde am Montag um 10:15 Uhr um eine Stellungnahme ergänzt.",
    "Cet article a été mis à jour avec la réponse de la préfecture.",
])
def test_closing_notes_shaped_as_paragraphs_are_furniture_by_their_words(line):
    # Furniture by its own words: the learned tagger's body never keeps it, though it reads like a paragraph.
    from qa.ingest.pages import _classify

    found = _classify(line)
    assert (found.kind, found.fixed) == ("furn", True)


def test_a_sign_up_sentence_of_the_story_stays_text():
    from qa.ingest.pages import _classify

    line = "Residents who want to help can sign up at the library, and the council will publish the rota next month."
    assert _classify(line).kind == "para"


@pytest.mark.parametrize("note", ["Ann Lee covers the harbour for the Courier. Reach her at 555-0148.",
                                  "Ann Lee is the Courier's harbour reporter. Before joining the paper she spent eight "
                                  "years at sea.",
                                  "Ann Lee es jornalista al Courier dempuèi 2019. Seguís l'actualitat del pòrt.",
                                  "Ann Lee a skriv diwar-benn ar pòrzh evit ar Courier abaoe 2021."])
def test_a_reporters_note_after_the_story_is_furniture(note):
    from qa.ingest.pages import _parse

    lines = _parse("Harbour council delays vote\nBy Ann Lee\n\nThe council put off a vote on the ferry contract on "
                   f"Tuesday after a long hearing.\nIt will meet again in March to decide.\n{note}\n12 Comments\n")
    assert next(l for l in lines if l.text.startswith("Ann Lee ")).kind == "furn"
    assert next(l for l in lines if l.text.startswith("It will meet")).kind == "para"


def test_a_us_page_reads_its_numeric_dates_month_first():
    # "02/11/2026" is 2 November day first; a page that writes "February 12, 2026" writes month first.
    from qa.ingest.pages import _parse

    us = _parse("Thursday, February 12, 2026\n\nCouncil delays vote\n02/11/2026 6:02 PM\n")
    assert [l.date for l in us if l.date] == ["2026-02-12", "2026-02-11"]
    uk = _parse("Thursday 12 February 2026\n\nCouncil delays vote\n02/11/2026 18:02\n")
    assert [l.date for l in uk if l.date] == ["2026-02-12", "2026-11-02"]
    # ... or a numeric date whose second number is over 12 ("02/13/2026"); one whose first is, day first
    us = _parse("Council delays vote\n02/11/2026 6:02 PM\n\nRelated\nFerry fares rise\n02/13/2026 9:40 AM\n")
    assert [l.date for l in us if l.date] == ["2026-02-11", "2026-02-13"]
    both = _parse("Council delays vote\n02/11/2026 6:02 PM\n\nRelated\nFerry fares rise\n02/13/2026 9:40 AM\n"
                  "Harbour closes\n14/02/2026 8:00 AM\n")
    assert [l.date for l in both if l.date][0] == "2026-11-02"


def test_a_headline_over_a_highlights_box_stays_the_headline():
    page = ("Coastal Voice\nHome\nNews\n\nNew dialysis centre opens at the district hospital\nHighlights\n"
            "• Five machines in the new centre\n• Treatment free for poor patients\nBy Ann Lee\n12 February 2026\n"
            "The district hospital opened a dialysis centre with five machines on Wednesday, the first in the area.\n"
            "Patients had travelled 80 kilometres to the city for treatment until now, the hospital said.\n")
    [article] = split_pages([page])[0]
    assert article.title == "New dialysis centre opens at the district hospital"
    assert "Five machines" not in article.text


def test_a_relative_time_under_a_dated_page_header_takes_its_day():
    # The page's date line heads no story of its own (a masthead's tagline above it): a story dated
    # "3 hours ago" below was published that day.
    page = ("Coastal Voice\nNews and analysis\nTuesday, 10 February 2026\nHome\nNews\nSport\n\n"
            "New dialysis centre opens at the district hospital\nBy Ann Lee\n3 hours ago\n"
            "The district hospital opened a dialysis centre with five machines on Wednesday, the first in the area.\n"
            "Patients had travelled 80 kilometres to the city for treatment until now, the hospital said.\n")
    [article] = split_pages([page])[0]
    assert (article.date, article.date_text) == ("2026-02-10", "3 hours ago")


def test_a_standfirst_without_a_full_stop_over_the_author_starts_the_body():
    page = ("Harbour Times\nNews\nSport\n\nNew footbridge opens over the river\n"
            "The bridge cost 2.4 million euros and links the town centre with the new district\nAnn Lee\n"
            "21 November 2025 14:05\n\nThe council opened the new footbridge over the river on Friday morning.\n"
            "About 4,000 people are expected to cross it every day, the council said.\n")
    from qa.ingest.pages import _headers, _mark_page_furniture, _parse

    lines = _parse(page)
    _mark_page_furniture(lines)
    [header] = _headers(lines)
    assert header.title == "New footbridge opens over the river"
    assert lines[header.body_from].text.startswith("The bridge cost") and header.body_from not in header.skip
    assert lines[min(header.skip)].text == "Ann Lee"


def test_the_storys_own_date_beats_a_print_date_over_its_headline():
    page = ("Print this article\nClose window\nThe Harbour Times\nPrinted on: 16/12/2025 08:14\n"
            "Greenway extension gets green light after three-year wait\n"
            "The final 11km of the greenway will link the town with the coast by 2028\nAnn Lee\n"
            "December 15 2025 07:30 PM\nPlanning permission for the final section of the greenway has been granted.\n"
            "The council said it hopes to go to tender in the spring, with construction to take two years.\n")
    [article] = split_pages([page])[0]
    assert (article.title, article.date) == ("Greenway extension gets green light after three-year wait", "2025-12-15")


def test_a_bulletins_dated_intro_dates_its_undated_items(monkeypatch):
    page = ("Campus Radio\nHome\nNews\nShows\n\nEvening News\nWednesday 25/02/2026 · 18:00\n"
            "Our student newsroom brings you the campus news every weekday at six.\n\n"
            "Council calls for extra morning buses\nReported by Maria Camilleri\n"
            "The Students' Council has asked the bus operator for extra buses on the campus routes in the morning.\n"
            "Students said buses were full by the second stop on most days this month.\n\n"
            "Road outside the main gate to lose a lane\nReported by Daniel Azzopardi\n"
            "One lane of the road outside the main gate will close from Monday for three months of drainage works.\n"
            "The works will add a new storm water culvert under the road, the council said.\n\n"
            "Theatre group wins national award\nReported by Rebecca Vella\n"
            "The campus theatre group won the award for best production at the national drama festival on Sunday.\n"
            "The group will stage the play again on campus in April, its director said.\n")
    from qa.ingest import article_filter, segmenter, site_name

    for module in (article_filter, segmenter, site_name):  # the rules' reading, without the learned parts
        monkeypatch.setattr(module, "load", lambda: None)
    articles = split_pages([page])[0]
    items = {a.title: a.date for a in articles}
    assert items["Road outside the main gate to lose a lane"] == "2026-02-25"
    assert items["Theatre group wins national award"] == "2026-02-25"


def test_a_date_line_makes_a_page_of_lines_no_rule_calls_furniture():
    # A menu in words no furniture list holds, then a date line over the story: the date line alone says this is a
    # page with a header, not one plain article whose first line (the site's name) is its title.
    page = ("Kvarnbyn Posten\nSkogen\nSjön\nFolket\nVädret\nKvarter\nRösterna\n"
            "Tisdag 10 februari 2026\nFerry fares rise in spring\n"
            "Fares on the island ferries will rise by 6 percent from April, the operator said on Monday.\n"
            "The operator said fuel costs had risen for the third year running and the council would review it.\n")
    (article,) = split_pages([page])[0]
    assert (article.title, article.date) == ("Ferry fares rise in spring", "2026-02-10")
    assert article.text.startswith("Fares on the island ferries")


def _rules_only(monkeypatch):
    from qa.ingest import article_filter, segmenter, site_name

    for module in (article_filter, segmenter, site_name):  # the rules' reading, without the learned parts
        monkeypatch.setattr(module, "load", lambda: None)


_MASTHEAD = "Harbour Times\nTuesday, 10 February 2026\nHome\nNews\nEconomy\nSport\n\n"
_STORY = ("Fares on the island ferries will rise by 6 percent from April, the operator said on Monday.\n"
          "The operator said fuel costs had risen for the third year running and the council would review it.\n")


def test_a_persons_name_before_a_relative_time_is_no_outlet(monkeypatch):
    _rules_only(monkeypatch)
    top = "Home\nNews\nSport\n\nFerry fares rise in spring\n"
    for byline in ("Jana Novak | 3 hours ago", "Jana Novak, 3 hours ago", "Jana Novak · 3 hours ago",
                   "Jana Novak · Hai 3 hores"):
        (article,) = split_pages([top + byline + "\n" + _STORY])[0]
        assert article.source != "Jana Novak" and article.date_text == byline.split(" ", 2)[-1].lstrip("|,· ")
    # an outlet's name keeps its place ("Harbour Light Radio · 3 hours ago", "Harbour Light3 hours ago")
    for line, outlet in (("Harbour Light Radio · 3 hours ago", "Harbour Light Radio"),
                         ("Harbour Light3 hours ago", "Harbour Light")):
        (article,) = split_pages([top + line + "\n" + _STORY])[0]
        assert article.source == outlet


def test_a_menu_section_before_a_relative_time_is_no_outlet(monkeypatch):
    _rules_only(monkeypatch)
    (article,) = split_pages([_MASTHEAD + "Economy · 3 hours ago\nFerry fares rise in spring\n" + _STORY])[0]
    assert article.source != "Economy" and article.date_text == "3 hours ago"


def test_yesterday_with_its_clock_is_the_day_before_the_masthead_date(monkeypatch):
    _rules_only(monkeypatch)
    (article,) = split_pages([_MASTHEAD + "Ferry fares rise in spring\nYesterday at 4:45 pm\n" + _STORY])[0]
    assert (article.date, article.date_text) == ("2026-02-09", "Yesterday at 4:45 pm")
    # (after a comma too, without the label and the reading time: the day word as the page writes it)
    (article,) = split_pages([_MASTHEAD + "Ferry fares rise in spring\nPosted yesterday, 6:15 pm · 3 min read\n"
                              + _STORY])[0]
    assert (article.date, article.date_text) == ("2026-02-09", "yesterday, 6:15 pm")


def test_a_date_in_a_masthead_strip_dates_the_relative_times(monkeypatch):
    _rules_only(monkeypatch)
    for strip in ("Tuesday, February 10, 2026 | Tide tables: high water 06:12", "Road status, Tue 10 Feb 2026: A9 open",
                  "Tue 10.02.2026 | 12 days to the regatta | 20-22 February 2026"):
        page = strip + "\nHarbour Times\nHome\nNews\nSport\n\nFerry fares rise in spring\n2 days ago\n" + _STORY
        (article,) = split_pages([page])[0]
        assert (article.date, article.date_text) == ("2026-02-08", "2 days ago")
    # ... under a notice paragraph too
    page = ("The post office closes early on Friday for the supply ship, and the store opens on Saturday morning "
            "instead.\nHarbour Times\nSent from Harbour Town on Tuesday 10 February 2026\nHome\nNews\nSport\n\n"
            "Ferry fares rise in spring\nPosted two days ago\n" + _STORY)
    article = split_pages([page])[0][-1]
    assert (article.date, article.date_text) == ("2026-02-08", "two days ago")


_LONG_STORY = (
    "The harbour board voted on Tuesday to run two extra ferries on weekday mornings from the start of May, after "
    "commuters complained for months about crowded boats and missed connections at the terminal.\n"
    "The new sailings will leave at 6:40 and 7:10, the board said, and fares will stay the same for season ticket "
    "holders, who make up about two thirds of the morning passengers.\n"
    "The extra crews will come from the summer roster, which starts a month early this year. The board expects the "
    "cost to be covered by the rise in passenger numbers it forecasts for the coming season.\n"
    "Commuters' groups welcomed the decision but asked for an evening sailing as well. The board said it would look "
    "at the evening timetable in the autumn, once the first months of the morning service can be counted.\n")


def test_the_date_of_the_headline_that_stands_is_the_articles():
    # The rules open an article at the notice and another at the headline; the tagger's cut moves to the headline.
    page = ("Parent Portal | Staff Webmail | Vacancies\nEnglish | Nederlands | Español\nNorth Cove Harbour Board\n"
            "Ferries, moorings and the port since 1921\nHome\nFerries\nMoorings\nThe Board\nNews\nContact\n\n"
            "Notice: The ticket office is closed for the Easter break until Monday, April 13. Sailings run as normal.\n\n"
            "You are here: Home » News » Board Decisions\n"
            "Board adds two morning ferries from May after complaints about crowded boats\n"
            "08-04-2026 | Secretariat of the Board\n" + _LONG_STORY + "Share: Facebook · WhatsApp · Email\n"
            "← Previous: Harbour open day dates announced\n© 2026 North Cove Harbour Board. All rights reserved.\n")
    (article,) = split_pages([page])[0]
    assert article.title.startswith("Board adds two morning ferries") and article.date == "2026-04-08"
    # (and a first line of links is not the site's name: the name under it is)
    assert article.source == "North Cove Harbour Board"


def test_meta_lines_with_a_title_or_a_desk_in_place_of_a_byline_date_the_article(monkeypatch):
    _rules_only(monkeypatch)
    for meta in ("Imani Liburd, Curator of Native Plants · 10 February 2026",
                 "Published on 10.02.2026 by the Communications Unit"):
        (article,) = split_pages(["Harbour Times\nHome\nNews\nSport\n\nFerry fares rise in spring\n" + meta + "\n"
                                  + _STORY])[0]
        assert article.date == "2026-02-10" and meta not in article.text


def test_a_strip_read_as_the_first_headline_still_dates_the_relative_times():
    page = ("Tide: high water 06:12 · Wind: light, north-west · Last updated 6:40 am\nMember Login\nPay Annual Fees\n"
            "North Cove Rowing Club\nRowing on the cove since 1921\n"
            "Wednesday, February 11, 2026 | 23rd day of the 12th month\nHome\nAbout the Club\nRaces\nJuniors\nContact\n"
            "Club News\nRacing\nNorth Cove crew wins the winter head race by four seconds\n"
            "By Jana Novak, Club Captain — 10 February 2026\n" + _LONG_STORY
            + "Juniors\nTwo juniors picked for the regional squad\nPosted 2 days ago by Tomas Ferreira\n" + _LONG_STORY
            + "© 2026 North Cove Rowing Club\n")
    first, second = split_pages([page])[0]
    assert (second.date, second.date_text) == ("2026-02-09", "2 days ago")
    # (a club's own title after the author's name is no outlet)
    assert first.date == "2026-02-10" and first.source != "Club Captain"


def test_a_press_release_dateline_with_its_date_in_brackets_dates_it():
    page = ("Campus alert: the shuttle runs a reduced schedule this week. Details ›\nApply\nStudents\nAlumni\nGive\n"
            "North Cove College\nNorth Cove, Harbour Island\nAbout\nAcademics\nAdmissions\nCampus Life\n"
            "News & Events\nNewsroom\nPress Releases\n"
            "College to open a boatbuilding course in August with 20 places for island students\n"
            "NORTH COVE, Harbour Island (February 10, 2026) — North Cove College will open a two-year boatbuilding "
            "course in August, the first of its kind on the island, with 20 places for students from the outer "
            "settlements.\n" + _LONG_STORY + "###\nAbout North Cove College\n"
            "North Cove College is a public college founded in 1971 that serves more than 900 students each year from "
            "across the islands of the northern group.\n"
            "Media contact\nJana Novak, Communications Officer\n© 2026 North Cove College\n")
    (article,) = split_pages([page])[0]
    assert article.date == "2026-02-10" and article.source == "North Cove College"
    assert "founded in 1971" not in article.text
    from qa.ingest.pages import _classify

    assert _classify("###").ends  # the end mark ends the release's text whoever cuts the page


@pytest.mark.parametrize("meta, date_text", [
    ("Filed from Harbour Town · 5 hours ago", "5 hours ago"),
    ("Posted 2 days ago · Story and photos: Community Relations team", "2 days ago"),
    ("včera 18:20", "včera 18:20"),
    ("Publicerad i dag 06.12", "i dag 06.12"),
    ("Aired yesterday at 5 pm · Reporter: Jana Novak", "yesterday at 5 pm"),
    ("Posted three days ago by Jana Novak, Harbour Co-operative", "three days ago"),
])
def test_relative_times_in_meta_strips(monkeypatch, meta, date_text):
    _rules_only(monkeypatch)
    (article,) = split_pages([_MASTHEAD + "Ferry fares rise in spring\n" + meta + "\n" + _STORY])[0]
    assert article.date_text == date_text and meta not in article.text


def test_meta_strips_with_a_credit_or_an_outlet_before_a_day_word():
    from qa.ingest.pages import _classify

    credit = _classify("Mon 20 Apr 2026 · Words: Jana Novak, Training Coordinator")
    assert (credit.kind, credit.date) == ("date", "2026-04-20")
    outlet = _classify("Harbour Light Radio — Yesterday, 21:14")
    assert (outlet.kind, outlet.source, outlet.rel) == ("time", "Harbour Light Radio", "Yesterday, 21:14")
    # after the author's name, only a name shaped like an outlet's is the outlet
    for line, outlet in (("By Jana Novak, Chief Executive", None), ("By Jana Novak, Perth", None),
                         ("10-Feb-2026 | Reported by Jana Novak, Public Works", None),
                         ("By Jana Novak, The Harbour Mercury", "The Harbour Mercury"), ("By Jana Novak, HTN", "HTN"),
                         ("מאת: יעל כהן, חדשות הנמל", "חדשות הנמל")):
        assert (_classify(line).kind, _classify(line).source) == ("byline", outlet)
    # a label and a clock time under a meta line is a time line, not a headline ("Uppdaterad 09.47")
    assert _classify("Uppdaterad 09.47").kind == "time" and _classify("Fajr 5:38").kind != "time"
    # a clock's "p.m." and a time zone in brackets end no sentence of a date line
    for line in ("By Lena Holm · May 15, 2026 | 7:45 p.m.", "Released Tuesday 19 May 2026, 10.15am (NFT)"):
        assert _classify(line).kind in ("date", "byline") and _classify(line).date is not None
    # an agency's file photo under its caption
    assert _classify("A ferry leaves the harbour on Monday morning. HT file photo").kind == "furn"


def test_a_wordpress_entry_line_under_the_post_dates_it(monkeypatch):
    _rules_only(monkeypatch)
    page = ("Harbour Times\nHome\nNews\nSport\n\nFerry fares rise in spring\n" + _STORY
            + "This entry was posted in News, Transport on February 10, 2026 by Staff Writer.\nTags: ferries\n")
    (article,) = split_pages([page])[0]
    assert article.date == "2026-02-10" and "This entry was posted" not in article.text


def test_a_relative_time_under_a_standfirst_and_a_photo_caption_is_the_storys(monkeypatch):
    _rules_only(monkeypatch)
    page = (_MASTHEAD + "Ferry fares rise in spring\n"
            "The island ferries will cost more from April as fuel prices climb for a third year.\n"
            "A ferry leaves the harbour on Monday morning. Photo: Lena Holm\nLena Holm, 3 hours ago\n" + _STORY)
    (article,) = split_pages([page])[0]
    assert (article.title, article.date, article.date_text) == ("Ferry fares rise in spring", "2026-02-10",
                                                                "3 hours ago")


def test_a_name_above_a_bare_time_line_is_an_outlet_only_when_it_names_one(monkeypatch):
    _rules_only(monkeypatch)
    top = "Home\nNews\nSport\n\nFerry fares rise in spring\n"
    (article,) = split_pages([top + "Jana Novak\n3 hours ago\n" + _STORY])[0]
    assert article.source != "Jana Novak"
    for outlet in ("Harbour Light News", "harbourlight.news"):
        (article,) = split_pages([top + outlet + "\n3 hours ago\n" + _STORY])[0]
        assert article.source == outlet


def test_a_live_pages_entry_takes_the_relative_time_over_its_headline():
    # The rules read "12 min ago" as the meta line of the key-events line above it; the entry's own time stands over
    # its headline, and the last-updated line with its local time ("11:20 Harbour time") dates the page.
    page = ("Harbour Times\nHome\nNews\nWeather\nSport\n\nLIVE\nLive: Gales close the harbour as ferries stay in port\n"
            "Follow our coverage as the strongest storm of the winter crosses the islands\n"
            "Last updated 10 February 2026, 11:20 Harbour time\nBy Harbour Times staff\nKey events\n"
            "Ferries cancelled until Thursday\nSchools open as normal\n\n"
            "12 min ago\nAll ferry sailings cancelled until Thursday morning\n"
            "The ferry operator has cancelled every sailing until Thursday morning because of the gales, it said in a "
            "statement a few minutes ago.\nPassengers with tickets for cancelled sailings can travel on any boat until "
            "the end of the month, the operator said.\nShare this update\n\n"
            "2 hr ago\nSchools stay open despite the storm warning\n"
            "All schools on the islands will stay open today, the education office said this morning, because the "
            "worst of the wind is expected after dark.\nParents were told to collect children early if the buses stop "
            "running in the afternoon.\nShare this update\n\n© 2026 Harbour Times. All rights reserved.\n")
    from qa.ingest.pages import _classify

    assert _classify("Last updated 10 February 2026, 11:20 Harbour time").kind == "date"
    entries = split_pages([page])[0][-2:]
    assert [(a.title, a.date, a.date_text) for a in entries] == [
        ("All ferry sailings cancelled until Thursday morning", "2026-02-10", "12 min ago"),
        ("Schools stay open despite the storm warning", "2026-02-10", "2 hr ago")]


def test_a_dated_page_header_beats_a_date_in_a_strip_over_it(monkeypatch):
    _rules_only(monkeypatch)
    # The rules read the school's name over its date line as a first header without text: its date is the page's,
    # not the last day of the admissions in the strip over it.
    page = ("Admissions open 8-19 June 2026 · Apply online on the school's website\nEnglish | Cymraeg\n"
            "Harbour High School Kingsbridge\nA friendly school by the sea since 1921\nTuesday, 26 May 2026\n"
            "Best wishes to all our families for the half-term holiday\nHome\nAbout\nNews\nContact\nHome / News\n"
            "Ferry fares rise in spring\nBy Lena Holm · 5 hours ago · 312 views\n" + _STORY)
    (article,) = split_pages([page])[0]
    assert (article.date, article.date_text) == ("2026-05-26", "5 hours ago")


def test_items_dated_by_day_and_month_take_the_year_of_the_page(monkeypatch):
    _rules_only(monkeypatch)
    top = ("Harbour Parish News\nIssue 19 · Friday 15 May 2026\nHome\nNews\nEvents\n\n"
           "New pews for the chapel on the hill\n")
    for strip, day in (("Thursday 14 May · Parish Office", "2026-05-14"), ("Text: Jana Novak · 7. Mai", "2026-05-07")):
        (article,) = split_pages([top + strip + "\n" + _STORY])[0]
        assert (article.title, article.date) == ("New pews for the chapel on the hill", day)


def test_a_yearless_day_is_in_the_year_that_puts_it_before_the_page():
    from datetime import date

    from qa.ingest.pages import _yearless

    assert _yearless("Thursday 14 May · Agriculture Department", date(2026, 5, 15)) == "2026-05-14"
    assert _yearless("20 December · Council", date(2026, 1, 8)) == "2025-12-20"
    # 29 February read in a January of a leap year: the year before has no such day, so the day stays in this one
    assert _yearless("29 February · Council", date(2028, 1, 10)) == "2028-02-29"
    # a headline with a day in it, a strip with a year, a strip of long parts: no yearless date line
    for strip in ("Budget vote on 14 May", "14 May 2026 · Council",
                  "14 May · The council has voted on the budget today"):
        assert _yearless(strip, date(2026, 5, 15)) is None


def test_date_lines_with_a_local_time_a_spaced_pm_or_a_byline_after_a_comma():
    from qa.ingest.pages import _classify

    for line, day in (("Mis à jour le jeudi 21 mai 2026 à 11h02 (heure de Nouméa)", "2026-05-21"),
                      ("Tuesday, May 12, 2026 · 6:40 a.m. ChST", "2026-05-12"),
                      ("11 de mayo de 2026 - 06:30 p. m.", "2026-05-11"),
                      ("May 8, 2026, by Kevin Tudela, Staff Reporter", "2026-05-08")):
        assert _classify(line).kind in ("date", "byline") and _classify(line).date == day, line
    posted = _classify("Posted yesterday at 11:47 p.m., by Rosa Camacho, Staff Reporter")
    assert (posted.kind, posted.rel) == ("byline", "yesterday at 11:47 p.m.")
    assert _classify("Por Ramón Peralta | Ayer, 6:15 p. m.").rel == "Ayer, 6:15 p. m."


def test_east_asian_date_lines_and_full_width_bars():
    from qa.ingest.pages import _classify

    for line, day in (("2026年5月13日（水）令和8年", "2026-05-13"), ("2026年5月11日 星期一 农历三月廿五", "2026-05-11"),
                      ("2026년 5월 15일 금요일", "2026-05-15"), ("2026/05/12 18:40 ｜ 地方支局", "2026-05-12")):
        assert (_classify(line).kind, _classify(line).date) == ("date", day), line
    assert _classify("3時間前 ｜ 地方支局").rel == "3時間前"


def test_bylines_filed_from_a_place_or_after_a_relative_time():
    from qa.ingest.pages import _classify

    placed = _classify("By Omar Haddad in Aqaba | May 16, 2026")
    assert (placed.kind, placed.date, placed.source) == ("byline", "2026-05-16", None)
    author = _classify("hace 3 horas · Por Coach Wilfredo Colón")
    assert (author.kind, author.rel, author.source) == ("byline", "hace 3 horas", None)


def test_a_mail_subject_and_the_heading_that_repeats_it_are_furniture():
    subject = "Morning Brief | Bus fares halved from June; camps in the desert count the cost of the storm"
    page = (subject + "\nThe Harbour Times <news@harbourtimes.example>\nTue 5/19/2026 6:02 AM\nTo: Rana Haddad\n"
            "You replied to this message on 5/19/2026 7:41 AM.\nFrom: The Harbour Times <news@harbourtimes.example>\n"
            "Sent: Tuesday, May 19, 2026 6:02 AM\nSubject: " + subject + "\n\nFerry fares rise in spring\n"
            "By Lena Holm | Yesterday, 9:15 PM\n" + _STORY)
    from qa.ingest.pages import _parse

    lines = _parse(page)
    assert [l.kind for l in lines[:1] + lines[4:5] + lines[7:8]] == ["furn", "furn", "furn"]
    (article,) = split_pages([page])[0]
    assert (article.title, article.date, article.date_text) == ("Ferry fares rise in spring", "2026-05-18",
                                                                "Yesterday, 9:15 PM")


def test_a_date_line_under_a_notice_paragraph_can_date_the_page():
    from qa.ingest.pages import _next_para, _parse, _strip_day

    lines = _parse("SHIPPING: the supply ship is due off the harbour on Tuesday 19 May, weather permitting, and mail "
                   "closes on Monday.\nThe Harbour Sheet\nFriday 15 May 2026 · Wind NW 25 knots\nHome\n\n"
                   "Ferry fares rise in spring\n" + _STORY)
    above = lines[:_next_para(lines, 0)]
    # (a date line is no strip: only as the masthead under a notice does it date the page's relative times)
    assert (_strip_day(above), _strip_day(above, dated=True)) == (None, "2026-05-15")


def test_a_reading_time_range_and_a_published_and_updated_strip():
    from qa.ingest.pages import _classify

    assert _classify("6–8 minutos").kind == "furn" and _classify("7-9 minutes").kind == "furn"
    for line, rel in (("Objavljeno: prije 5 sati · Ažurirano: prije 2 sata", "prije 5 sati"),
                      ("Publié hier à 21h40 | Mis à jour il y a 2 h", "hier à 21h40"),
                      ("Mis en ligne hier à 17h30 · Père Jean Dupont", "hier à 17h30")):
        assert (_classify(line).kind, _classify(line).rel) == ("time", rel), line



def test_a_row_of_sharing_targets_under_any_label_is_furniture_and_a_flemish_clock_stays_with_its_day():
    from qa.ingest.pages import _classify

    for line in ("Κοινοποίηση: Facebook · Email", "Prati: Facebook · WhatsApp", "X Facebook LINE"):
        assert _classify(line).kind == "furn", line
    assert _classify("Line 5 · Email").kind != "furn"
    assert _classify("Vandaag, 11u20").rel == "Vandaag, 11u20"


def test_an_acronym_outlet_takes_the_full_name_the_page_spells_out():
    from qa.ingest.pages import _expansion

    page = ("Harbour Wire Desk\nHome | World | Business\n\nFerry operator orders two hybrid vessels\n\n"
            "KELDRA, Norland, May 4 (KPA) — The island ferry operator ordered two hybrid vessels on Monday, its chief "
            "executive said, in a deal worth about 80 million crowns.\n"
            "The ships are due to enter service in 2029 on the route between Keldra and the mainland port.\n"
            "The order follows three years of complaints about breakdowns on the ageing fleet, the operator said.\n\n"
            "© 2026 Kestrel Press Agency. All rights reserved.\n")
    [article] = split_pages([page])[0]
    assert article.source == "Kestrel Press Agency"
    assert _expansion("ANS", ["ANS · Ajansa Nûçeyan Stêrk"]) == "Ajansa Nûçeyan Stêrk"
    assert _expansion("BNA", ["The Bureau of National Affairs reported"]) == "Bureau of National Affairs"
    # a name that goes on ("Kestrel Press Agency Group") is another name; two different names are no answer
    assert _expansion("KPA", ["Kestrel Press Agency Group"]) is None
    assert _expansion("KPA", ["Kestrel Press Agency", "Keldra Port Authority"]) is None


def test_a_mastheads_word_in_capitals_takes_the_longer_name_of_the_copyright_line():
    page = ("About us | Contact\nKESTREL\nThe islands' news agency\nHome\nNews\nSport\nBusiness\nWeather\n\n"
            "Ferry fares rise in spring\n27 November 2025\n" + _STORY + "\nMost read\nHarbour wall repaired\n"
            "Follow Kestrel on WhatsApp for the latest news.\n© 2026 {holder}. All rights reserved.\n")
    (article,) = split_pages([page.format(holder="Kantor Berita Kestrel")])[0]
    assert article.source == "Kantor Berita Kestrel"
    # a publisher's or a photographer's name is no outlet's
    for holder in ("Association Kestrel", "Jana Novak for Kestrel"):
        (article,) = split_pages([page.format(holder=holder)])[0]
        assert article.source == "KESTREL", holder


def test_a_menus_news_section_and_an_about_the_author_box_name_no_outlet(monkeypatch):
    _rules_only(monkeypatch)
    for top in ("Menu\nSearch\nLog in\nNews\nSport\nFarming\nJobs\n\n", "Home\nSport\n\nNews\n"):
        (article,) = split_pages([top + "Ferry fares rise in spring\nBy Jana Novak\n27 November 2025\n" + _STORY])[0]
        assert article.source != "News" and article.title == "Ferry fares rise in spring", top
    # the heading of an author's box is no issuer's "About NAME" box
    (article,) = split_pages(["Home\nSport\n\nFerry fares rise in spring\n27 November 2025\n" + _STORY
                              + "\nAbout the author\nJana Novak covers transport for the paper.\n"])[0]
    assert article.source != "the author"


def _live_page() -> str:
    """A live page: its dated headline over key points, then two entries timed ago."""
    entry = "\n{rel}\nPosted by Jana Novak\n{title}\n" + _STORY
    return ("Harbour Times\nHome\nNews\nSport\nSubscribe\nSign in\nLIVE\n"
            "Storm live: ferries cancelled and roads closed across the islands\n"
            "Follow the latest as the storm brings gusts of up to 80mph to the coast\n"
            "Thursday 27 November 2025\nUpdated 14 mins ago\nKey points\nAmber wind warning in force until 9pm\n"
            "All ferry sailings cancelled\nLive reporting by Jana Novak\nShow latest updates\n"
            + entry.format(rel="14 mins ago", title="Power back on for 2,500 homes")
            + entry.format(rel="1 hr ago", title="Coast road closed after sea wall collapses"))


def test_live_entries_timed_ago_count_back_from_the_live_pages_dated_header():
    # (the dated header dates its entries)
    dated = {a.title: (a.date, a.date_text) for a in split_pages([_live_page()])[0]}
    assert dated["Power back on for 2,500 homes"] == ("2025-11-27", "14 mins ago")


@pytest.mark.xfail(strict=True, reason="known since session 25: the tagger retrained on fresh3-100 keeps a live "
                                       "page's headline and standfirst over its key points as an article")
def test_a_live_pages_own_headline_over_its_key_points_is_no_article():
    # (its key points are a list under it)
    titles = [a.title for a in split_pages([_live_page()])[0]]
    assert titles[0] == "Power back on for 2,500 homes"


def test_a_one_word_label_listed_among_the_pages_alert_kinds_is_no_outlet():
    from qa.ingest.pages import _in_menu, _parse

    lines = _parse("Harbour Times\nFLASH · 2 hours ago\nFerry fares rise in spring\n" + _STORY
                   + "Manage my alerts: Alert · Flash · Sport · Weather\n")
    assert _in_menu(lines, "FLASH") and not _in_menu(lines, "Reuters")
    # (a sentence with dots in it lists nothing)
    assert not _in_menu(_parse("Fares rose · the operator said · Flash floods closed the road for a day\n"), "Flash")


def test_a_date_strip_with_a_column_name_of_four_words_dates_its_item():
    from qa.ingest.pages import _classify

    for line in ("May 27, 2026 · From the Pastor's Desk", "Vendredi 15 mai 2026 | 1 € = 655,957 FCFA"):
        assert _classify(line).kind == "date", line
    assert _classify("May 27, 2026 · From the desk of our own correspondent").kind != "date"


def test_a_question_over_the_byline_under_a_kicker_is_the_headline(monkeypatch):
    _rules_only(monkeypatch)
    page = (_MASTHEAD + "OPINION\nOur new harbour front is beautiful. Who is it for?\nBy Jana Novak\n3 days ago\n"
            + _STORY)
    (article,) = split_pages([page])[0]
    assert (article.title, article.date, article.date_text) == (
        "Our new harbour front is beautiful. Who is it for?", "2026-02-07", "3 days ago")
    assert article.text.startswith("Fares on the island ferries")


def test_a_date_line_over_the_menu_dates_relative_times_under_a_strip_read_as_a_headline(monkeypatch):
    _rules_only(monkeypatch)
    top = ("Price of this issue: 300 francs · Yearly subscription: 15,000 francs · PDF every Thursday\n"
           "Welcome to the site of the Harbour Times, the weekly of the islands\nTuesday 10 February 2026\n"
           "HARBOUR TIMES\nThe weekly of the islands and their harbours\nHome\nNews\nEconomy\nSport\nCulture\nOpinion\n"
           "Opinion\nThe opinions printed here are the authors' own.\nOPINION\n")
    page = top + "Ferry fares: will the islands ever pay less?\nBy Jana Novak\nPosted yesterday at 4:05 pm\n" + _STORY
    dated = [(a.date, a.date_text) for a in split_pages([page])[0] if a.title.startswith("Ferry fares")]
    assert dated == [("2026-02-09", "yesterday at 4:05 pm")]
    # (a share row under a story's own date line is no menu: its day dates no other story)
    from qa.ingest.pages import _day_over_menu, _parse
    lines = _parse("Ferry fares rise\nBy Jana Novak\n16 December 2025\nFacebook\nX\nWhatsApp\nEmail\n" + _STORY)
    assert _day_over_menu(lines, next(i for i, l in enumerate(lines) if l.kind == "para")) is None


def test_a_short_print_view_takes_the_name_its_copyright_line_holds():
    page = ("[Print] [Close window]\nThe Harbour Times\nPrinted on 19/06/2026 10:42\nFerry fares rise in spring\n"
            "By Jana Novak\nPublished 17 June 2026\n" + _STORY + "© 2026 The Harbour Times. All rights reserved.\n")
    (article,) = split_pages([page])[0]
    assert article.source == "The Harbour Times"
    # a short text that no copyright line closes is called by no name
    (article,) = split_pages([page.rsplit("©", 1)[0] + "The Harbour Times is printed in Harbour Town.\n"])[0]
    assert article.source is None


def test_a_date_or_time_line_posted_by_no_ones_name_is_still_a_date_line():
    from qa.ingest.pages import _classify

    for line, date in (("Publié le lundi 1er juin 2026 par le conseil d'établissement", "2026-06-01"),
                       ("Mis en ligne le samedi 13 juin 2026", "2026-06-13"), ("Posted 2 June 2026 by the editors",
                                                                               "2026-06-02")):
        found = _classify(line)
        assert (found.kind, found.date) == ("date", date), line
    found = _classify("Par le bureau de l'association · il y a 2 jours")
    assert (found.kind, found.rel, found.source) == ("time", "il y a 2 jours", None)
    # (a sentence after the date is no poster)
    assert _classify("Published 2 June 2026 by the council after a long debate about the ferry").kind != "date"


def test_a_numbered_documents_heading_names_no_outlet():
    from qa.ingest.pages import _is_site_name

    assert not _is_site_name("PRESS RELEASE No. 12/2026") and not _is_site_name("AVIS AUX NAVIGATEURS N° 07/2026")
    assert _is_site_name("Valley Press") and _is_site_name("Radio 1 News")


def test_a_lead_in_ending_in_a_colon_opens_no_article():
    from qa.ingest.pages import _merge_small, _parse

    lines = _parse("Rates held\n" + _STORY + "The committee decided as follows:\n" + _STORY)
    lead = next(i for i, l in enumerate(lines) if l.text.endswith(":"))
    cuts = _merge_small(lines, [[0, [1, 2], 0], [lead, [lead + 1, lead + 2], None]], {0: 0})
    assert cuts == [[0, [1, 2, lead, lead + 1, lead + 2], 0]]


def test_a_span_of_two_dates_dates_no_story(monkeypatch):
    from qa.ingest.pages import _classify

    assert _classify("3 January 1932 – 14 July 2026").kind == "furn"
    assert _classify("Published 3 June 2026 – Updated 4 June 2026").date == "2026-06-03"
    _rules_only(monkeypatch)
    page = (_MASTHEAD + "Ada Lace, lace maker of The Bottom, dies at 94\n3 January 1932 – 8 February 2026\n"
            "Posted 2 days ago by the family\n" + _STORY)
    (article,) = split_pages([page])[0]
    assert (article.date, article.date_text) == ("2026-02-08", "2 days ago")


def test_an_adverts_copy_under_its_label_is_furniture():
    from qa.ingest.pages import _mark_ad_copy, _parse

    lines = _parse(_STORY + "Advertisement\nDahab Money Transfer, Hargeisa – Send money in minutes. Open 7 days.\n"
                   + _STORY)
    _mark_ad_copy(lines)
    assert [l.kind for l in lines if l.text.startswith("Dahab")] == ["furn"]
    # (the story's next paragraph under a label over an image alone stays)
    lines = _parse(_STORY + "Advertisement\nThe council – which met on Monday – agreed to review the fares.\n")
    _mark_ad_copy(lines)
    assert lines[-1].kind != "furn"


def test_a_gallerys_numbered_caption_is_furniture():
    from qa.ingest.pages import _classify

    for line in ("2 / 6 Volunteers plant reeds near the old path.", "1 of 5: The chapter house at dawn.",
                 "Litratu 2 ning 3: Ing imahe ning Apung Iru."):
        assert _classify(line).kind == "furn", line
    assert _classify("3 of 5 voters said the ferry fares were too high for families.").kind != "furn"


def test_the_newsroom_as_a_bylines_author_is_no_outlet():
    from qa.ingest.pages import _classify

    for line in ("Redacció · fa 6 hores", "hace 5 horas · Redacción Quipu", "Staff · 2 hours ago"):
        assert _classify(line).source is None and _classify(line).rel, line
    assert _classify("Kelmarsh Herald · 1 hour ago").source == "Kelmarsh Herald"


def test_urdu_and_arabic_sentence_ends_end_sentences():
    from qa.ingest.pages import _classify

    sentence = "ملتان دے قلعہ کہنہ قاسم باغ وچ حضرت شاہ رکن عالم دے سالانہ عرس دیاں تیاریاں مکمل تھی ڳیاں ہن۔"
    assert _classify(sentence).kind == "para"
    assert _classify("وهل تخشى على هذا الفن من الاندثار؟").kind == "para"


def test_a_donation_button_is_furniture():
    from qa.ingest.pages import _classify

    for line in ("Donate now", "Support us", "Become a supporter"):
        assert _classify(line).kind == "furn", line


def test_a_radio_stations_fm_and_news_in_other_scripts_name_outlets():
    from qa.ingest.pages import _is_site_name

    for name in ("Mansha FM", "روہی نیوز", "海港新闻"):
        assert _is_site_name(name), name
    assert not _is_site_name("Lime Yard Forum")


def test_a_thai_paragraph_is_no_headline():
    from qa.ingest.pages import _classify

    paragraph = ("เทศบาลนครเจียงใหม่แจ้งว่า ปีนี้ประเพณีใส่ขันดอกอินทขิลจะเริ่มวันที่ 14 มิถุนายน ฮอด 21 มิถุนายน 2569 "
                 "ที่วัดเจดีย์หลวงวรวิหาร")
    assert _classify(paragraph).kind == "para"
    assert _classify("ใส่ขันดอกอินทขิลปีนี้ ปิดถนนพระปกเกล้าแปดวัน").kind == "short"


def test_a_social_post_pasted_into_a_story_is_furniture():
    from qa.ingest.pages import _mark_embedded_posts, _parse

    lines = _parse(_STORY + "Ministry of Livestock & Fisheries Development @MoLFD_SL\n"
                   "Our vets at the quarantine station have certified 182,400 animals for export since 5 May.\n"
                   + _STORY)
    _mark_embedded_posts(lines)
    assert [l.kind for l in lines if l.text.startswith(("Ministry", "Our vets"))] == ["furn", "furn"]
    assert all(l.kind == "para" for l in lines if l.text.startswith("Fares"))


def test_a_menu_item_of_four_words_is_still_the_menu_under_the_day():
    from qa.ingest.pages import _day_over_menu, _parse

    lines = _parse("Centro Judicial\nSan Miguel, miércoles 13 de mayo de 2026\nInicio\nTribunales\nSala de prensa\n"
                   "Audiencias de la semana\nTransparencia\nContacto\n" + _STORY)
    assert _day_over_menu(lines, next(i for i, l in enumerate(lines) if l.kind == "para")) == "2026-05-13"


def test_a_source_line_with_the_storys_address_names_the_outlet():
    from qa.ingest.pages import _classify

    found = _classify("Source: The Berbice Beacon, berbicebeacon.gy/news/rose-hall-market-car-park")
    assert (found.kind, found.marker) == ("furn", "The Berbice Beacon")
    assert _classify("Last edited by Corentyne on Thu Jun 18, 2026 6:20 am, edited 1 time in total.").kind == "furn"


def test_interface_words_beside_a_time_or_alone_name_no_outlet():
    from qa.ingest.pages import _classify

    found = _classify("5 hours ago · 2 Comments")
    assert (found.kind, found.rel, found.source) == ("time", "5 hours ago", None)
    for line in ("Listen · 4 min", "Donate today", "E-Paper", "Today's Paper", "Skip Navigation", "Accessibility Help"):
        assert _classify(line).kind == "furn", line
    assert _classify("Kelmarsh Herald · 1 hour ago").source == "Kelmarsh Herald"


def test_a_caption_under_its_label_is_no_headline_whatever_the_tagger_reads():
    # A stored tagger (the one trained on fresh3-80) read this page's caption line as its headline; the rules' caption
    # label overrules it.
    from pathlib import Path

    page = (Path(__file__).parent / "data" / "layouts" / "captions_audio_local.txt").read_text(encoding="utf-8")
    (article,) = split_pages([page])[0]
    assert article.title == "Council to turn empty shops into homes"


def test_a_consent_frameworks_wall_is_furniture_despite_its_partner_count():
    from qa.ingest.pages import _classify

    for line in ("We and our 317 partners store and/or access information on a device, such as cookies, and process "
                 "personal data for personalised advertising and content, audience research and services development.",
                 "With your permission we and our partners may use precise geolocation data and identification "
                 "through device scanning for 12 purposes.",
                 "Your preferences will apply to this website only. You can withdraw your consent at any time."):
        assert _classify(line).kind == "furn"


def test_an_agency_named_by_its_initials_and_its_closing_credit():
    page = ("THE SAVANNA LAMP\nNews from the north, from our reporters and from Volta-Basin News Agency\n\n"
            "Fishers in Yeji ask for a new landing beach\nYesterday, 17:25\n"
            "YEJI, Bono East (VBNA) — Fishers on the lake have asked the district assembly to build a landing beach "
            "with a cold store so that they can sell fresh fish in Kumasi.\n"
            "The assembly said it would put the request to the ministry.\n\n"
            "Farmers receive early maize seed as rains come late\nJune 1, 2026\n"
            "More than 2,000 farmers in the region have received free bags of early-maturing maize seed.\n"
            "The seed can be harvested in about 80 days, the regional director said in Wa.\n"
            "— Volta-Basin News Agency\n\n"
            "About | Contact | Privacy\n")
    fishers, farmers = split_pages([page])[0]
    assert fishers.source == farmers.source == "Volta-Basin News Agency"
    assert "Volta-Basin" not in farmers.text


def test_a_credit_label_with_the_outlet_and_an_original_publication_date():
    from qa.ingest.pages import _classify

    words = _classify("Words: Aoife Ní Bhriain, The Aran Tidewater")
    assert (words.kind, words.source) == ("byline", "The Aran Tidewater")
    assert _classify("Text: Anna Berg, reporter").source is None
    original = _classify("Originally published Monday 9 March 2026 · Shared here Tuesday at 18:30")
    assert (original.kind, original.date) == ("date", "2026-03-09")


@pytest.mark.parametrize("line, outlet", [
    ("来源：钱江晚讯　记者 张明　2小时前", "钱江晚讯"),
    ("（本文转载自东湖日报，如有侵权请联系删除）", "东湖日报"),
    ("（瀬戸テレビ 記者 山田花子）", "瀬戸テレビ"),
    ("（広島支局 記者 山田花子）", None),  # a bureau, not the outlet
    ("Artikel ini telah tayang di Warta Priangan dengan judul \"Jalan Longsor\".", "Warta Priangan"),
    ("Kaynak: Ege Haber Ajansı (EHA) · 03.11.2026 10:32", "Ege Haber Ajansı"),
    ("(Theo Báo Cửa Biển)", "Báo Cửa Biển"),
    ("Fuente: Diario del Páramo (Tunja) · 3 de mayo de 2026", "Diario del Páramo"),  # the outlet's town after it
    ("This story was first published by The Inlet Weekly on Friday 8 May 2026 and is shared here with permission.",
     "The Inlet Weekly"),  # a date between the outlet and the permission clause
    ("This story first appeared in The Inlet Weekly on March 3 and is republished here with permission.",
     "The Inlet Weekly"),  # a day and month without the year
])
def test_source_lines_and_reprint_notes_in_more_languages(line, outlet):
    from qa.ingest.pages import _probe, _source_marker

    found = _source_marker(_probe(line))
    assert (found[0] if found else None) == outlet


def test_a_time_beside_an_authors_name_names_no_outlet():
    from qa.ingest.pages import _classify

    assert _classify("3 godz. temu · Joanna Nowak").source is None
    assert _classify("2 hours ago · Valley Courier").source == "Valley Courier"


def test_a_paywalls_read_on_line_in_german_ends_the_story():
    from qa.ingest.pages import _classify

    cut = _classify("Lesen Sie weiter mit Rheinblatt Plus")
    assert (cut.kind, cut.ends) == ("furn", True)


def test_an_editorial_writers_role_under_the_name_is_part_of_the_byline():
    from qa.ingest.pages import _ROLE

    assert all(_ROLE.fullmatch(role) for role in ("Ledarskribent", "Toimittaja", "Editorialista", "Kolumnistin"))


def test_a_digests_item_counter_is_furniture():
    from qa.ingest.pages import _classify

    assert [_classify(line).kind for line in ("Tin 2/3", "Item 4 of 6", "Meldung 3 von 8")] == ["furn"] * 3


@pytest.mark.parametrize("line", [
    "Il vous reste 2 articles gratuits ce mois-ci.",
    "Ce texte exprime l'opinion de son auteur et non celle de la rédaction.",
    "The views expressed in this column are the author's own.",
    "Valley Radio is listener-supported. Your gift keeps stories like this on the air. Become a member today.",
    "Stay informed: get the day's top headlines from the Valley Ledger in your inbox every morning. Sign up here.",
    "Kövesse a Dunapart Híreket a Facebookon is!",
    "Pridružite se Viber zajednici Radio Sava i budite prvi obavešteni!",
    "Suivez Le Phare du Nord sur WhatsApp : rejoignez notre chaîne",
    "Distribuie: Facebook · Telegram · Odnoklassniki",
])
def test_paywall_meters_opinion_notes_appeals_and_channel_prompts_are_furniture(line):
    from qa.ingest.pages import _classify

    assert _classify(line).kind == "furn"


@pytest.mark.parametrize("line, outlet", [
    ("Tento článek převzal Deník Jih z regionálního týdeníku Hlas Otavy v rámci spolupráce.", "Hlas Otavy"),
    ("Tekst je preuzet od Radio Drina. Zabranjeno je dalje preuzimanje.", "Radio Drina"),
    ("12.11.2026. u 10:15 | Izvor: Agencija Tisa Pres", "Agencija Tisa Pres"),
])
def test_republication_notes_in_czech_and_serbian_and_a_source_after_the_date(line, outlet):
    from qa.ingest.pages import _classify

    found = _classify(line)
    assert (found.marker or found.source) == outlet


def test_a_text_and_photo_credit_pair_is_a_byline_and_a_menu_section_is_no_issuer():
    from qa.ingest.pages import _classify

    assert _classify("Szöveg: Kiss Anna · Fotó: Nagy Péter").kind == "byline"
    assert _classify("Présentation : Line Rosemain · Réalisation : Kévin Saint-Éloi · Technique : Jo Capgras").kind \
        != "byline"  # a programme's credits
    page = ("Agence Fleuve Presse\nAccueil\nPolitique\nÉconomie\nRégions\nSanté\nSport\n\n"
            "RÉGIONS\n15/10/2026 – 09:12\nSaint-Louis : le pont reste fermé aux camions jusqu'à lundi\n"
            "Saint-Louis, 15 oct (AFP2) – Le pont Faidherbe restera fermé aux poids lourds jusqu'à lundi, a indiqué la "
            "gouvernance dans un communiqué publié jeudi matin.\n"
            "Les camions doivent emprunter le pont de la Geôle, selon le même communiqué.\n")
    story = split_pages([page])[0][-1]
    assert story.title == "Saint-Louis : le pont reste fermé aux camions jusqu'à lundi"
    assert story.source != "RÉGIONS"


FEED = """Newsroom Wire
Home
World
Business
Sport
Latest news
Today
16:42 · Society
Light rail begins test runs without passengers
The city's new light rail line began test runs without passengers on Wednesday, the transport department said. \
Trains will run ten times a day along the whole route.
Passenger service is planned for the end of March, with fares matching city buses.
14:15 · Regions
Flu outbreak moves twelve schools to remote lessons
Twelve schools will switch to remote lessons for a week from Thursday after a rise in flu cases, the education \
office said.
The measure applies only where more than a third of pupils were absent.
11:08 · Emergencies
Walking on river ice banned as the thaw begins
Regional authorities banned walking and driving on the river ice after warm weather thinned it.
Rescuers put up warning signs at fourteen spots along the bank.
Yesterday
21:30 · Economy
Direct flights to link two regional capitals
Two regional capitals will be linked by direct flights twice a week from April, the regional press office said.
Tickets start at 32,000 tenge and the trip takes about two hours.
Load more
Most read
About us · Contact · Advertising
© 2026 Newsroom Wire
"""


def test_a_feeds_short_items_set_apart_by_their_time_lines_stay_apart():
    # Each item is under 60 words, the size of a crosshead's text, but a time and rubric line stands between it and
    # the item above: a crosshead sits right under the paragraph above it.
    found = split_pages([FEED])[0]
    assert [a.title for a in found] == ["Light rail begins test runs without passengers",
                                        "Flu outbreak moves twelve schools to remote lessons",
                                        "Walking on river ice banned as the thaw begins",
                                        "Direct flights to link two regional capitals"]
    assert all(len(a.text.split("\n")) == 2 for a in found)


FEED_DATED = "Wednesday, 11 March 2026\n" + FEED.replace("Load more\n", """Monday, 9 March 2026
18:05 · Culture
Puppet theatre reopens after two years of repairs
The regional puppet theatre reopened its doors after two years of repairs to the roof and the stage machinery.
The first season opens with six premieres, two of them for adults.
Load more
""")


def test_a_feeds_items_take_the_day_heading_over_them():
    # "Today", "Yesterday" and a full date head the feed's runs of items: every item under one is of that day,
    # counted back from the page's date line.
    found = split_pages([FEED_DATED])[0]
    assert [(a.date, a.date_text) for a in found] == [("2026-03-11", "Today")] * 3 + [
        ("2026-03-10", "Yesterday"), ("2026-03-09", None)]


SECTION_FRONT = """Lakeside Courier
News
Sport
Business
Thursday, 8 October 2026
Ferry timetable cut for the winter months
2 hours ago · Ewa Lind
The lake ferry will run four times a day instead of nine from November, the operator said on Thursday. \
Passengers with season tickets will get a refund for the unused months.
The harbour cafe will stay open at weekends.
Comments (3)
Share

Bridge repairs close the old town crossing at night
Crews will replace the bearings of the old town bridge over the next three weeks, the roads department said. \
The crossing will close every night from 10pm to 5am, and cyclists will have to walk their bikes over the \
footbridge beside it.
A shuttle bus will run between the two banks every twenty minutes while the bridge is closed, and the last bus will \
leave the market square at half past eleven.
yesterday, 17:45 · Tomas Berg
Comments (12)
Share

More from the Courier
Council approves new skate park
Library extends opening hours
About us
Contact
© 2026 Lakeside Courier
"""


def test_a_time_line_under_a_storys_copy_dates_that_story():
    # The second story has no meta line over it; "yesterday, 17:45 · NAME" closes its copy and dates it, counted
    # back from the page's date line.
    found = split_pages([SECTION_FRONT])[0]
    assert [(a.title, a.date, a.date_text) for a in found] == [
        ("Ferry timetable cut for the winter months", "2026-10-08", "2 hours ago"),
        ("Bridge repairs close the old town crossing at night", "2026-10-07", "yesterday, 17:45")]


def test_a_live_entrys_time_ago_over_its_clock_time_dates_it():
    entry = "\n{rel}\n{clock}\n{title}\n{text}\nPosted by Jana Novak\nShare\n"
    page = ("Friday 28 November 2025\nHarbour Times\nSubscribe\nSign in\nNews\nSport\nOpinion\nLIVE\n"
            "Storm live: ferries cancelled and roads closed across the islands\n"
            "Follow the latest as the storm brings gusts of up to 80mph to the coast\nHarbour Times reporters\n"
            "Updated 8 mins ago\nShare\n"
            + entry.format(rel="8 mins ago", clock="14:32", title="Power back on for 2,500 homes",
                           text="Engineers have restored power to 2,500 homes on the east of the island, the network "
                                "operator said.\nAbout 400 homes in the hills are still without power and crews will "
                                "work through the night.")
            + entry.format(rel="41 mins ago", clock="13:59", title="Coast road closed after sea wall collapses",
                           text="The coast road between the harbour and the lighthouse is closed after a section of "
                                "the sea wall collapsed at high tide.\nPolice asked drivers to use the inland route "
                                "and to stay away from the sea front.")
            + "\nShow older posts\n© 2025 Harbour Times\n")
    dated = {a.title: (a.date, a.date_text) for a in split_pages([page])[0]}
    assert dated["Power back on for 2,500 homes"] == ("2025-11-28", "8 mins ago")
