"""Thirty-fourth blind held-out measurement of page splitting (tests/data/layouts-fresh34).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
kinds and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
a Channel-island commercial radio station's 'Local News' page printing two full stories (an 'ON
AIR NOW' player widget first, the station's name with its frequency 'Sarnel FM 104.2', a travel
strip 'Sailings & flights · Tue 20 Jan: ...' holding the page's only absolute date, 'Posted 3
hours ago' over a lower-case 'by NAME', a caption ending 'Picture: Sarnel FM', a 'Read more:
Storm Elwyn: ...' link inside the copy, a share row after each story, the second story 'Posted
yesterday at 5:40pm' with no byline, a newsletter box, 'More local news' with relative ages, the
company in the copyright line); a Papua New Guinea national daily's regional story (the cookie
notice first, a kina exchange-rate strip, an all-caps section kicker, the byline 'Story by NAME
in TOWN' above the headline, '21 JAN, 2026' below it, a caption ending '– Picture supplied', an
all-caps first word, a Tok Pisin quote with an English translation in brackets, a 'SEE ALSO:
...' link, 'Print edition: Page 5', 'Comments are closed.', a 'TRENDING' list with each rank
number on its own line); a Zimbabwean weekly business paper's companies story (a metered-paywall
counter, a market strip with arrows, a two-sentence standfirst, the reporter's name and role on
two lines, '— Picture: File', an 'ALSO READ: ...' link, two subheads, spaces as thousands
separators, the only date in a print-edition footnote 'This article first appeared in the print
edition of Kopje Business Weekly, Friday 16 January 2026.', 'Comments (7)', the company in the
copyright line); a Guyanese TV station's local story (a weather widget first, a '▶ LIVE: Evening
News at 6' bar, a '▶ WATCH | 02:41' video label, 'Posted On: January 21, 2026 | 7:14 pm',
'Reported by: NAME' and 'Video by: NAME', the station named in the copy, a YouTube promotion, a
'Sponsored' rail item and 'Latest Newscast' dated the day before); a Somali news site's regions
page printing two full stories ('Khamiis, 22 Janaayo 2026', 'Qoraa: NAME', '22/01/2026 - 10:35',
'Sawir: Saxansaxo', the Somali dateline 'TOWN (Saxansaxo) –' opening both bodies, an 'Akhriso
sidoo kale: ...' link, 'La wadaag' share rows, the second story with no byline and no date of
its own); a Tajik Cyrillic regional newspaper's site (the language switch first, a founding-year
line and the issue number 'Шумораи 6 (10 417)', the byline above the headline with the surname
in capitals and the outlet in guillemets 'Шаҳром НАЗАРЗОДА, «Садои Обикӯҳ»', '23.01.2026 | 09:15',
a view count, 'Акс аз муаллиф', «...» quotes with '– гуфт ӯ.', a 'Хабари марбут: ...' link, a
comment form, related items over dotted dates, a reuse notice and a year-range copyright); a
Gujarati daily's agriculture-market story (an edition switcher of three towns joined by pipes,
'શનિવાર, ૨૪ જાન્યુઆરી, ૨૦૨૬' with Gujarati digits, a '»' breadcrumb, 'અપડેટેડ: 24 Jan 2026
11:40 AM' with Latin digits and an English month, a listen button, '(ફાઇલ ફોટો)', an 'આ પણ
વાંચો: ...' link and a 'જાહેરાત' label inside the copy, the byline in brackets after the body
'(અહેવાલ: NAME, TOWN)', a Google News follow line, a tab-separated market-price widget); and a
Khmer news site's national story (no spaces between words, Khmer digits and punctuation, 'ថ្ងៃសុក្រ
ទី២៣ ខែមករា ឆ្នាំ២០២៦', 'ដោយ៖ NAME', '៣ ម៉ោងមុន' as the only date, '👁 ៨៤២', 'រូបភាព៖ ពន្លឺទន្លេ',
«...» quotes closed with '»។', an 'អានបន្ថែម៖ ...' link and a 'ពាណិជ្ជកម្ម' label inside the copy,
related items over relative ages). Two pages hold two articles each, the others one. Dates mix
absolute dates in several formats, scripts and languages (all-caps abbreviated months with a
comma, US order with a pipe and a time, numeric with slashes and a spaced hyphen, dotted numeric,
Somali, Gujarati and Khmer month names and digits, a print-edition footnote) with relative times
('3 hours ago', 'yesterday at 5:40pm', '៣ ម៉ោងមុន') beside a date line or travel strip that fixes
the day they were read; the Somali second story has no date of its own. The outlet is named in
mastheads, bylines, photo credits, datelines, the copy, print-edition footnotes, follow lines,
reuse notices and copyright lines (some naming only the owning company). Outlets, people and
places are invented. Their gold files were written before the splitter was ever run on them.
They are a measurement, not a target: nothing here asserts on the scores, and the file is not
collected by pytest.

First measurement (the models of 8608157: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh33 and the seeds; the rules of 0310936; run once,
before any change for these pages): 10 articles of gold, 10 found; title 60.0%, outlet 60.0%, date 60.0%, boundary
60.0%, 3 furniture lines left. Without the article filter: 11 found; title 60.0%, outlet 60.0%, date 60.0%,
boundary 54.5%, 5 furniture lines left. The rules alone (no tagger, no chooser, no filter): 9 found; title 40.0%,
outlet 30.0%, date 50.0%, boundary 10.0%, 24 furniture lines left. Per page with all parts (title / outlet / date /
boundary, furniture left):
channel_island_commercial_radio_news_page_two_local_stories_on_air_now_widget_sailings_strip_date_posted_relative_and_yesterday_picture_outlet_credit_read_more_link_newsletter_box_sarnel_fm
1/0/0/1, 0;
gujarati_daily_edition_switcher_gujarati_digit_header_date_breadcrumb_updated_latin_digit_short_month_date_listen_button_file_photo_caption_aa_pan_vancho_link_jaherat_bracketed_byline_after_body_mandi_price_table_kantha_samachar
0/1/1/0, 0;
guyanese_tv_station_site_weather_widget_live_newscast_bar_watch_video_label_with_duration_posted_on_pipe_time_reported_by_video_by_lines_youtube_promo_sponsored_rail_tags_rtv10_news
1/0/1/0, 0;
khmer_news_site_language_switch_khmer_digit_weekday_header_date_daoy_byline_khmer_colon_relative_only_maong_mun_view_count_rupheap_outlet_credit_anbanthem_link_panijjakam_label_khan_full_stops_ponleu_tonle
0/1/0/1, 2;
papua_new_guinea_national_daily_cookie_consent_first_kina_rate_strip_story_by_in_town_byline_above_headline_caps_month_comma_date_tok_pisin_quote_translated_see_also_link_print_edition_page_line_trending_numbered_niugini_tribune
0/1/1/1, 0;
somali_news_site_regions_page_two_full_stories_somali_weekday_header_date_qoraa_label_slash_date_dash_time_town_outlet_dateline_sawir_credit_akhriso_sidoo_kale_second_story_undated_la_wadaag_saxansaxo_news
1/1/1/1, 0;
tajik_cyrillic_regional_newspaper_site_founding_year_and_issue_number_header_surname_caps_byline_with_outlet_above_headline_dotted_date_pipe_time_views_aks_az_muallif_caption_khabari_marbut_link_comment_form_sadoi_obikuh
0/0/1/0, 0;
zimbabwean_weekly_business_paper_metered_paywall_counter_index_strip_standfirst_byline_and_role_two_lines_file_picture_caption_also_read_subheads_date_only_in_print_edition_footnote_kopje_business_weekly
1/1/0/0, 1. Misses: a breadcrumb, a byline and two photo captions read as
headlines, a section name and a language link read as outlets, a relative time and 'yesterday' beside the page's
date line, a Khmer relative time and a date given only in a print-edition footnote.

Run ``python tests/layouts_fresh34_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH34 = HERE / "data" / "layouts-fresh34"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH34, label="fresh34 pages"))
