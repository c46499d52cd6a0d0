"""Twenty-eighth blind held-out measurement of page splitting (tests/data/layouts-fresh28).

The eight pages there were written before any change made for them, as ordinary news pages from
kinds of sites not yet in the batches, four in English and four in other languages, copied from
a browser (select all, copy, paste as plain text), from invented outlets in layouts distinct
from each other and from the earlier batches: a Finnish public-service broadcaster's story from
a regional newsroom with an audio player for the radio version (the newsroom 'Kaiku Sarmaa' and
the municipality over the headline, a standfirst, the reporter's bare name, '16.12.2025 klo
7.32' with 'Päivitetty 2 tuntia sitten', 'Kuuntele' over the radio item's title and '2:47', a
'Kuva: NAME / Kaiku' caption, quotes opened by an en dash, 'Lue myös: ...', an update note
after the copy, '© Kaiku 2025'); a Galician-language regional daily's sea page holding a news
story and an attached 'TESTEMUÑA' piece by another reporter (an ALL-CAPS kicker, reporters'
names and the place in capitals, '16 dec 2025 . 05:00 h', 'Actualizado ás 11:47 h.', a caption
credited by a bare name in capitals, 'Máis información', a testimony headline in «...» with no
date of its own, the publishing company in the copyright line); a Serbian regional portal in
Cyrillic ('Lat' script switch, a '›' breadcrumb, 'Аутор: NAME', 'пре 3 сата' as the only date,
'Прочитано: 2.418', a 'Фото: OUTLET / NAME' caption, „...“ quotes, the outlet named in the copy,
'Прочитајте још: ...'); a Persian news agency's provincial story, right to left, dated only in
the Solar Hijri calendar with Persian digits ('سه‌شنبه ۲۵ آذر ۱۴۰۴ - ۱۳:۴۲' and a news code above
the headline, a rotitr, a lead, a short link, 'عکس تزئینی است', no byline, the opening formula
'به گزارش خبرگزاری نارون از ...', 'بیشتر بخوانید: ...', the end mark 'انتهای پیام'); a national
meteorological service's press release naming a storm (an active-warnings banner with 'Status
Orange - ...' and 'Valid: ...' lines, a breadcrumb over five lines, 'Issued: ...' and 'Last
updated: ...', no byline, a 'Warning details' box, 'Notes to editors', 'Media enquiries', a
page-feedback poll, '© Dunmara Meteorological Service 2025'); a provincial legislature's
'Assembly News' page holding two items in full (topic labels that are menu items, a standfirst
without a full stop on the first, 'Tuesday, December 16, 2025', a caption credited to the
legislature, three list items inside the copy, a report link and a bill title after each body,
a disclaimer about the office that writes the news); an aviation trade site's airline story ('By
NAME' over a bare date, a 'Credit: AIRLINE' caption, a 'FLEET DATA' box and 'Advertisement'
inside the copy, 'Topics', 'Related Articles'); and a video-games news site's industry story
('Published 5 hours ago' as the only date, an author's name over 'News Editor', '(Image credit:
STUDIO)', 'Read more: ...', an author box, reader comments with relative times, the owning
company in the copyright line). Two pages hold two articles each, the others one. Dates mix
absolute dates in several formats and calendars with relative times (alone, or as an update
time beside a full date); the outlet is named in mastheads, bylines, photo credits, the copy,
disclaimers and copyright lines. Outlets, people and places are invented. Their gold files were
written before the splitter was ever run on them. They are a measurement, not a target: nothing
here asserts on the scores, and the file is not collected by pytest.

First measurement (the models of de57d1c: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh27 and the seeds; run once, before any change for
these pages): 10 articles of gold, 11 found; title 90.0%, outlet 70.0%, date 70.0%, boundary 45.5%, 4 furniture
lines left. Without the article filter: 12 found; title 90.0%, outlet 70.0%, date 60.0%, boundary 41.7%, 8 furniture
lines left. The rules alone (no tagger, no chooser, no filter): 14 found; title 70.0%, outlet 60.0%, date 60.0%,
boundary 21.4%, 28 furniture lines left. Per page with all parts (title / outlet / date / boundary, furniture left):
aviation_trade_news_site_fleet_data_box_advertisement_topics_taxiway_news 1/0/1/1, 0;
finnish_public_radio_regional_newsroom_audio_player_kuuntele_paivitetty_tuntia_sitten_kaiku 1/1/1/1, 0;
galician_regional_daily_mar_section_news_plus_testemuna_sidebar_xornal_de_brancas 0.5/0/0.5/0, 1;
national_met_service_storm_naming_press_release_active_warnings_banner_dunmara_met_service 2 found of 1, 1/1/1/0.5, 1;
persian_news_agency_solar_hijri_date_news_code_above_headline_payan_payam_narvan 1/1/0/0, 0;
provincial_legislature_assembly_news_two_items_committee_report_and_bill_tallis 1/1/1/0.5, 1;
serbian_cyrillic_regional_portal_relative_only_procitajte_jos_views_count_glasnik_ravnice 1/1/0/1, 0;
video_games_news_site_relative_only_author_box_reader_comments_loadscreen 1/1/1/0, 1.

Run ``python tests/layouts_fresh28_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH28 = HERE / "data" / "layouts-fresh28"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH28, label="fresh28 pages"))
