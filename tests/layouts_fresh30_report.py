"""Thirtieth blind held-out measurement of page splitting (tests/data/layouts-fresh30).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
kinds and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
an Indian English-language business daily's company story (a market strip of prices with arrow
glyphs, a 'Home » Companies » News' breadcrumb, a standfirst without a full stop, the reporter's
city alone on the line under her name, '3 min read Last Updated : Dec 16 2025 | 11:42 PM IST', a
four-line stock quote box, 'ALSO READ: ...' inside the copy, 'Topics :' tags and 'First
Published: ... IST' at the foot of the story); an Australian national public broadcaster's story
from a regional station (the station's name over a two-name byline, 'Topic:Grain Production'
with no space, 'Posted Tue 16 Dec 2025 at 5:30am' and ', updated ...' each followed by its
long form, a caption credited '(STATION: NAME)', an 'In short:' box with a 'What's next?' line
before the copy, a bare 'Loading...' line inside it, an Acknowledgement of Country in the
footer); a Caribbean island daily's lead story with an attached workers-react piece by another
reporter ('Published:Tuesday | December 16, 2025 | 12:07 AM', 'NAME/Senior Staff Reporter' and
'NAME/Photographer' lines, an 'ADVERTISEMENT' label inside the copy, the second piece with its
own byline and no date); a Sri Lankan English-language daily (a 'DATE TIME am - 4     - 2,146'
meta line of date, comment count and views, 'A-' and 'A+', the reporter's name in brackets after
the copy, reader comments with 'Reply : 0' and 'Like : 12' and the notice that comments are
edited at the site's discretion); a Nepali online portal dated in the Bikram Sambat calendar in
Devanagari digits ('मंगलबार, पुस १, २०८२' over the masthead, '२०८२ पुस १ गते ११:२०', a dateline
'धवलपुर, पुस १ ।' opening the copy, a reaction poll with percentages, a registration-number
footer); a Georgian regional news site with its menu in Mtavruli capitals ('3 საათის წინ' as
the only date, a view count, „...“ quotes, 'ასევე წაიკითხეთ: ...' inside the copy, related items
with absolute dates); a Basque local community media site's page printing its two latest posts
in full (WordPress dates with the '(e)ko' quirk, '2025(e)ko abenduaren 16a' and '... 15a', a
different date for each post, 'Partekatu' and 'Iruzkinik ez' after each, a Creative Commons
footer); and an Urdu-language Pakistani daily (Gregorian and Hijri dates in the header, 'شائع 16
دسمبر 2025 11:40am' with the relative 'اپ ڈیٹ 2 گھنٹے پہلے', a dateline 'شاہ گڑھ (نامہ نگار)'
opening the copy, 'یہ بھی پڑھیں: ...' and 'اشتہار' inside it). Two pages hold two articles each, the
others one. Dates mix absolute dates in several formats, scripts and calendars with relative
times (alone, or as an update time beside a full date); the outlet is named in mastheads,
bylines, photo credits, the copy, comment notices, footers and copyright lines. Outlets,
people and places are invented. Their gold files were written before the splitter was ever run
on them. They are a measurement, not a target: nothing here asserts on the scores, and the file
is not collected by pytest.

First measurement (the models of 1ba3892 with the dates of 3065902: the rules with the learned line tagger, the
site-name chooser and the article filter, all trained on the tuning corpus, fresh3 to fresh29 and the seeds; run
once, before any change for these pages): 10 articles of gold, 9 found; title 70.0%, outlet 70.0%, date 40.0%,
boundary 30.0%, 11 furniture lines left. Without the article filter: 12 found; title 70.0%, outlet 70.0%, date
30.0%, boundary 25.0%, 14 furniture lines left. The rules alone (no tagger, no chooser, no filter): 11 found; title
40.0%, outlet 40.0%, date 40.0%, boundary 18.2%, 37 furniture lines left. Per page with all parts (title / outlet /
date / boundary, furniture left):
australian_public_broadcaster_regional_station_in_short_whats_next_box_posted_updated_doubled_long_dates_topic_colon_acknowledgement_anb_kindara_plains
1/0/0/0, 4; basque_local_community_media_two_full_posts_wordpress_e_ko_dates_iruzkinik_ez_creative_commons_footer_urrizti
1 found of 2, 0/0.5/0/0, 0;
caribbean_island_daily_lead_story_plus_workers_react_sidebar_published_colon_pipes_staff_reporter_slash_photographer_credit_cyprian_observer
1/1/1/0.5, 1; georgian_regional_news_site_mtavruli_capitals_menu_relative_time_only_views_count_related_with_dates_nisleti_info
1/1/0/1, 0;
indian_english_business_daily_market_strip_city_under_byline_last_updated_ist_stock_quote_box_first_published_at_foot_vanijya_post
0/1/1/0, 0;
nepali_online_portal_bikram_sambat_devanagari_digits_gate_date_reading_time_reaction_percentages_registration_number_footer_himchuli_khabar
1/0/0/0, 3;
sri_lankan_english_daily_date_comments_views_dash_line_font_size_moderated_reader_comments_edited_at_discretion_ceylon_courier
1/1/1/0, 1;
urdu_pakistani_daily_site_gregorian_and_hijri_header_date_shaya_date_relative_update_dateline_with_correspondent_yeh_bhi_parhen_sada_e_wadi
1/1/0/1, 2.

Run ``python tests/layouts_fresh30_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH30 = HERE / "data" / "layouts-fresh30"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH30, label="fresh30 pages"))
