"""Thirty-second blind held-out measurement of page splitting (tests/data/layouts-fresh32).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
kinds and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
a Scottish island weekly's community story (a ferry alert bar before everything else, a
metered-paywall counter 'You have read 2 of your 4 free articles this month.', the section and
'By NAME' ABOVE the headline, a standfirst without a full stop, '18.12.25 | 4 min read' with a
two-digit year, a caption ending 'Pic: NAME', Gaelic place names and a Gaelic sentence in a
quote, an 'Also in the Herald: ...' link inside the copy, a one-sentence imprint and '© Tarrin
Herald Ltd 2025'); a Nigerian business daily's companies story (a market-data strip with arrow
signs under the page's date line 'Thursday, 18 December 2025', a 'PREMIUM' label, 'Posted 3
hours ago' as the story's only date, the byline 'NAME, CITY' without 'By', '(File photo:
MarketGate)', naira amounts as 'N71,500', a 'Read also: ...' link, a 'SPONSORED' advert and a
newsletter box); a Botswana government news agency's regional story (the menu on one line with
pipes, '19/12/2025 14:20 CAT', a dateline 'MMATSHELO, Dec 19 (LENA) – ...' opening the copy,
'ENDS', then a 'Source : / Author : / Location : / Event : / Date :' block holding the only
byline and a second date); a Japanese English-language daily's 'Regions' story with an attached
unsigned 'Q&A: ...?' explainer (a consent box first, a '日本語' link, 'By KENJI OKAMURA/ Staff
Writer', 'December 17, 2025 at 17:42 JST', '(Asagiri Times file photo)', a dateline
'MINAMISAWA--The Kurosaki Line ...', five 'Q:' / 'A:' pairs with no byline or date of their
own); an Amharic Ethiopian news site with Ethiopian-calendar dates only ('ሐሙስ ታኅሣሥ 9 ቀን 2018
ዓ.ም' and 'ታኅሣሥ 9/2018 ዓ.ም' = 18 December 2025, 'ዘጋቢ፦ NAME', a view count, «...» quotes,
a 'ተጨማሪ ያንብቡ፦ ...' link and a 'ማስታወቂያ' label inside the copy, a Telegram promotion and a
copyright line with the Ethiopian year); a Mongolian Cyrillic news site's live page with three
timed entries ('2025.12.22, Даваа', an 'ШУУД' label, the live page's own headline and standfirst,
'Шинэчилсэн: 12 минутын өмнө', reporters as 'Б.Оюунчимэг', entry times '12 минутын өмнө',
'14:05' and '11:40', 'Хуваалцах' after each entry); a Hausa-language Nigerian news site's
'Labarai' page printing two full stories ('Talata, 23 Disamba, 2025', 'Daga NAME' bylines, the
first dated only 'Sa'o'i 3 da suka wuce', the second '22 Disamba, 2025', 'Hoto: Hangen Nesa', a
'Karanta kuma: ...' link and a 'TALLA' label inside the first, 'Raba wa abokai' and 'Sharhi (N)'
after each); and an Irish-language Gaeltacht news site's education story (a bilingual cookie bar
first, 'Dé hAoine 19 Nollaig 2025 | 07:30', no byline at the top, 'Grianghraf: Scéala an
Iarthair', a 'Léigh freisin: ...' link inside the copy, the reporter's name and role only after
the last paragraph, a funding line and '© Scéala an Iarthair Teo. 2025'). Three pages hold
several articles (two, two and three), the others one. Dates mix absolute dates in several
formats, calendars and languages (long with weekdays, numeric with dots and slashes and a
two-digit year, with time zones) with relative times beside a page date line that fixes the day
they were read; the Q&A explainer has no date of its own. The outlet is named in mastheads,
bylines, photo credits, datelines, the copy, imprints, funding lines and copyright lines.
Outlets, people and places are invented. Their gold files were written before the splitter was
ever run on them. They are a measurement, not a target: nothing here asserts on the scores, and
the file is not collected by pytest.

First measurement (the models of 5f5d3c4: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh30 and the seeds; the rules of ceab212; run once,
before any change for these pages): 12 articles of gold, 13 found; title 83.3%, outlet 66.7%, date 16.7%, boundary
69.2%, 6 furniture lines left. Without the article filter: 13 found; title 83.3%, outlet 66.7%, date 16.7%,
boundary 69.2%, 6 furniture lines left. The rules alone (no tagger, no chooser, no filter): 11 found; title 50.0%,
outlet 8.3%, date 16.7%, boundary 33.3%, 15 furniture lines left. Per page with all parts (title / outlet / date /
boundary, furniture left):
amharic_ethiopian_news_site_ethiopian_calendar_header_and_slash_dates_reporter_label_views_count_ethiopic_punctuation_tegemari_yanbibu_link_telegram_promo_chora_zena
1/0/0/0, 0;
botswana_government_news_agency_pipe_menu_line_slash_date_cat_time_zone_dateline_agency_in_brackets_ends_marker_source_author_location_event_date_block_lesedi_news_agency
2 found of 1, 0/0/1/0.5, 1;
hausa_nigerian_news_site_labarai_page_two_full_stories_weekday_header_date_relative_and_absolute_dates_daga_bylines_karanta_kuma_talla_sharhi_hangen_nesa
1/1/0/1, 1;
irish_language_news_site_gaeltacht_school_story_bilingual_cookie_bar_no_top_byline_reporter_and_role_after_body_leigh_freisin_grianghraf_credit_funding_line_sceala_an_iarthair
1/0/0/1, 2;
japanese_english_daily_regions_story_plus_unsigned_qa_explainer_two_articles_caps_surname_slash_staff_writer_byline_jst_date_double_hyphen_dateline_file_photo_credit_asagiri_times
1 found of 2, 0.5/0.5/0.5/0, 0;
mongolian_cyrillic_news_site_live_page_three_entries_relative_and_clock_times_dotted_page_date_weekday_initial_dot_names_shuud_label_nuudel_medee
4 found of 3, 1/1/0/0.75, 1;
nigerian_business_daily_market_data_strip_header_date_premium_label_posted_relative_time_name_comma_city_byline_read_also_sponsored_box_marketgate_daily
1/1/0/1, 0;
scottish_island_weekly_ferry_alert_bar_first_metered_paywall_counter_byline_above_headline_dotted_two_digit_year_date_pic_credit_gaelic_quote_tarrin_herald
1/1/0/1, 1. Dates were the weak field: an Ethiopian-calendar date, Hausa, Mongolian and Irish
dates, a two-digit-year dotted date and a relative time beside the page's date line were not read.

Run ``python tests/layouts_fresh32_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH32 = HERE / "data" / "layouts-fresh32"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH32, label="fresh32 pages"))
