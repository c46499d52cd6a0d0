"""Twenty-ninth blind held-out measurement of page splitting (tests/data/layouts-fresh29).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
sizes and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
an Asian national broadcaster's English-language service (a language bar of eleven languages
one a line in their own scripts, 'LOGIN' and 'JOIN', a 'News > Society' breadcrumb, a
Title-Case headline with "Gov't", no byline, 'Write: 2025-12-16 14:22:08' and 'Update: ...'
lines, a caption that is only 'Photo : AGENCY', the broadcaster's full name on its own line
and 'Copyright © HBS. All Rights Reserved.'); a Pacific island nation's small daily on a stock
WordPress theme ('Posted 3 hours ago' as the only date, a lower-case 'by NAME', a 'Photo:
OUTLET/NAME' caption, the paper named in the copy, the Jetpack 'Share this:' block with 'Click
to share on NETWORK (Opens in new window)' lines, 'Like this:' and 'Like Loading...', a
'Related' block of headlines with dates and 'In "National"' lines, 'Leave a Reply Cancel
reply', a 'Powered by WordPress' line); a US regional business journal's company story (a US
privacy-choices box, an industry kicker, a standfirst, a caption with a 'Courtesy of COMPANY'
credit line, 'By NAME – Staff Reporter, OUTLET', 'Dec 16, 2025' and 'Updated Dec 16, 2025
10:12am EST', 'Listen to this article 5 min', 'Order Reprints', 'Industries:' and 'Companies:'
tags, an author card); a UK religious news service's 'Daily Digest' page holding two items in
full (a page date 'Monday 15 December 2025' as the only date, ALL-CAPS topic labels, 'By NAME'
and 'Posted 09:20' per item, bodies opening with a dateline and the agency's initials 'PLACE
(LNS) —', 'Share this story' after each, a donation box, a charity-registration line); a Thai
national daily's regional story dated in the Buddhist era ('16 ธ.ค. 2568 09:15 น.' and
'อัปเดตล่าสุด ...', a desk instead of a person as author, a credit naming the paper, a
'อ่านข่าวที่เกี่ยวข้อง: ...' link inside the copy, '© 2568 บริษัท ... จำกัด สงวนลิขสิทธิ์'); a
Bangladeshi national daily in Bengali dated in Bengali digits ('প্রকাশ: ১৫ ডিসেম্বর ২০২৫, ১০: ৩০'
and 'আপডেট: ...', a district-correspondent byline, a caption with '| ছবি: OUTLET', an
'আরও পড়ুন' label over a headline and a 'বিজ্ঞাপন' label inside the copy, an editor-and-publisher
line in the footer); a Vietnamese provincial paper's page holding a news story and an attached
'GHI CHÉP' piece by another reporter ('Thứ Ba, 16/12/2025 - 07:05', a text-to-speech player with
voice choices, a sapo opening with the paper's initials '(BLG) - ...', each reporter's bare name
on its own line after the copy, the field notes with no date of their own, the press-licence
footer); and an Albanian-language TV station's news site ('16 dhjetor 2025, 08:40' with
'Përditësuar: para 2 orësh', the station named in the copy and the caption credit, 'Lexo edhe:
...' and 'Reklamë' inside the copy, reader comments with relative times). Two pages hold two
articles each, the others one. Dates mix absolute dates in several formats, scripts and eras
with relative times (alone, or as an update time beside a full date); the outlet is named in
mastheads, bylines, photo credits, the copy, datelines, footers and copyright lines. Outlets,
people and places are invented. Their gold files were written before the splitter was ever run
on them. They are a measurement, not a target: nothing here asserts on the scores, and the file
is not collected by pytest.

First measurement (the models of 0ad503d: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh28 and the seeds; run once, before any change for
these pages): 10 articles of gold, 10 found; title 90.0%, outlet 60.0%, date 40.0%, boundary 40.0%, 7 furniture
lines left. Without the article filter: 11 found; title 90.0%, outlet 60.0%, date 40.0%, boundary 36.4%, 12
furniture lines left. The rules alone (no tagger, no chooser, no filter): 12 found; title 20.0%, outlet 30.0%, date
30.0%, boundary 33.3%, 43 furniture lines left. Per page with all parts (title / outlet / date / boundary, furniture
left): albanian_tv_station_news_site_date_plus_relative_update_lexo_edhe_reader_comments_bregu_tv 1/1/0/1, 0;
bengali_bangladeshi_national_daily_bengali_digits_district_correspondent_editor_publisher_footer_doinik_nobalok
1/1/0/0, 3; korean_public_broadcaster_english_service_language_bar_write_update_lines_photo_line_hbs_world 1/1/1/1, 0;
pacific_island_daily_wordpress_share_this_like_loading_related_in_category_relative_only_tauvili_star 1/1/1/0, 0;
thai_national_daily_buddhist_era_dates_cold_disaster_zone_desk_byline_photo_credit_prachawaree 1/0/0/0, 2;
uk_religious_news_service_daily_digest_two_items_page_date_posted_times_agency_datelines_lamplight_news_service
1/0.5/0.5/1, 0;
us_regional_business_journal_photo_credit_line_byline_with_title_and_outlet_updated_timestamp_lakeshore_business_journal
2 found of 1, 1/0/0/0, 0;
vietnamese_provincial_paper_outlet_initials_in_sapo_author_after_body_listen_voices_plus_ghi_chep_bao_lam_giang 1 found
of 2, 0.5/0.5/0.5/0, 2.

Run ``python tests/layouts_fresh29_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH29 = HERE / "data" / "layouts-fresh29"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH29, label="fresh29 pages"))
