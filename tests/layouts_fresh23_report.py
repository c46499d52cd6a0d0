"""Twenty-third blind held-out measurement of page splitting (tests/data/layouts-fresh23).

The eight pages there were written before any change made for them, as ordinary everyday news
pages copied from a browser (select all, copy, paste as plain text): eight invented outlets'
coverage of ONE invented event, as a researcher collecting the coverage of one story would paste
it (a crack found in the spillway of the 1958 Glenvarrick Dam in Scotland, the reservoir drained
and residents of Auchterlie and Kilbrannock evacuated), sharing facts but differing in a number
or a name (340, 'about 350', 362, 358, 'more than 300' or 'approximately 150 properties'; a
four- or 4,5-metre crack; Dunlevy or Dunlevie; Ewan or Euan Straiton; 1958 or 1957), in layouts
distinct from each other: a Scottish national broadsheet's main story with a full ANALYSIS
sidebar under it (the masthead in capitals over its own date, a 'SCOTLAND | ENVIRONMENT' kicker,
a two-sentence standfirst, 'NAME, Scotland Correspondent', 'Tuesday January 13 2026, 10.15am,
The Caledon Post' with the outlet in the date line, a caption credit in capitals on its own
line, 'Read more:' and 'Advertisement' inside the copy, an infographic title and source note
inside the sidebar, 'Comments (212)'); a wire agency's CLIENT PLATFORM story view ('URGENT' and
the slug line 'SCOTLAND-DAM/ (UPDATE 3, WRITETHRU)' above the headline, a metadata panel of
labelled lines with '13-Jan-2026 11:07 GMT', client actions, the dateline 'KILBRANNOCK,
Scotland, Jan 13 (HNS) —', the reporting credit, a 'Version history' of three lines, related
photo captions and slug-prefixed related stories); a national broadcaster's running LIVE PAGE
with three entries ('Caird' over 'Caird News', the page headline, a four-bullet 'Summary' box,
'Edited by NAME and NAME', 'Tue 13 Jan 2026', 'Posted 12 minutes ago' and 'Posted at 11:20' over
each entry's headline, the writer's name and place AFTER each entry, a 'Get in touch' box
between entries; each entry gold as its own article); the town's local weekly a day later (a
logo without text, so the paper's full name is only in the copyright footer, 'You are here:
Home > News > Kilbrannock', an ALL-CAPS 'DAM EMERGENCY' kicker, a quoted headline, 'Wednesday,
14th January 2026, 4:15 pm' and 'Updated 2 hours ago', '(Image: NAME)', a 'FACTFILE' box of
'Label: value' lines and a 'READ MORE:' link inside the copy, a 'NEED HELP?' box after it); a
Swiss German-language portal's agency-based story (a 'du' consent sentence with «...», 'Ausland'
over 'Schottland', a two-sentence lead, a 'Darum gehts' box of three sentence lines without
bullets, 'Publiziert 13. Januar 2026, 14:37' and 'Aktualisiert vor 42 Minuten', Swiss spelling
without ß, 'Mehr zum Thema' inside the copy, '(bel/sda/hns)' after it); an Argentine daily's
story in Spanish (voseo 'Suscribite' / 'Ingresá', a one-line 'Dólar blue ... · Riesgo país 612'
strip, 'EL MUNDO' and the volanta 'Reino Unido', a bajada without a full stop, no byline, '13 de
enero de 2026 · 11:48', 'LEÉ TAMBIÉN' inside the copy, 'Fuente: agencia HNS', a 'Más leídas'
list with each number alone on its line); a UK business daily's markets story (a market-data
strip copied as ONE line of five pipe-separated quotes with ▲/▼, 'Energy' over 'Utilities', a
standfirst without a full stop, '13 January 2026 • 4:48pm', 'pc' house style, a stock QUOTE
CARD ('NGE.L', '1,184.00p', '-52.00 (-4.21%)') and a 'Read more:' link inside the copy, an
author bio); and the dam owner's press release republished on a newswire site ('January 13,
2026 02:00 ET  |  Source: Northglen Energy plc' on one line, the dateline 'INVERARN, Scotland,
Jan. 13, 2026 (BEACON NEWSWIRE) --', a quote introduction ending with a colon, 'ENDS', 'Notes to
editors', 'About ...', 'Media enquiries', 'Recent releases from ...'; the issuing company is the
outlet). The broadsheet page holds two articles and the live page three, the others one. Dates
mix absolute dates in several formats with relative times (beside a full date, or as a live
entry's only time under the page's date). Outlets, people and places are invented. Their gold
files were written before the splitter was ever run on them. They are a measurement, not a
target: nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the splitter at d6271fb, the models of 95665ab: the rules with the learned line tagger, the
site-name chooser and the article filter, all trained on the tuning corpus, fresh3 to fresh21 and the seeds; run
once, before any change for these pages): 11 articles of gold, 10 found; title 63.6%, outlet 36.4%, date 54.5%,
boundary 36.4%, 12 furniture lines left. Without the article filter: 11 found; title 45.5%, outlet 36.4%, date
63.6%, boundary 27.3%, 16 furniture lines left (with as many found as gold, articles are paired by position, so one
extra box shifts the pairs). The rules alone (no tagger, no chooser, no filter): 9 found; title 54.5%, outlet
27.3%, date 45.5%, boundary 18.2%, 34 furniture lines left. Per page with all three (title / outlet / date /
boundary, furniture left): argentine_daily_volanta_bajada_lee_tambien_dolar_line_faro_porteno 1/1/1/1, 0;
broadcaster_live_page_summary_posted_at_get_in_touch_caird_news 2 found of 3, 0.67/0/0.33/0.33, 1;
business_daily_one_line_index_strip_quote_card_lombard_daily 2 found of 1, 1/1/1/0, 3;
local_weekly_logo_only_factfile_need_help_box_kilbrannock_gazette 1/0/1/1, 0;
national_broadsheet_outlet_in_date_line_analysis_sidebar_caledon_post 1 found of 2, 0.5/0.5/0.5/0, 1;
newswire_press_release_source_line_notes_to_editors_beacon_newswire 0/0/1/0, 2;
swiss_german_portal_darum_gehts_agency_initials_alpenpuls 1/1/0/0, 5;
wire_client_platform_slug_version_history_halyard_news_service 0/0/0/1, 0.

Run ``python tests/layouts_fresh23_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH23 = HERE / "data" / "layouts-fresh23"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH23, label="fresh23 pages"))
