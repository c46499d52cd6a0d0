"""Thirty-fifth blind held-out measurement of page splitting (tests/data/layouts-fresh35).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different kinds
and four in other languages, copied from a browser (select all, copy, paste as plain text), from
invented outlets in layouts distinct from each other and from the earlier batches: an Atlantic
Canadian fisheries trade magazine's processing story (a 'Skip to main content' link first, a 'WEB
EXCLUSIVE' kicker, a dek without a full stop, 'By NAME, Associate Editor', 'Jan. 26, 2026', '4 min
read', 'Email the author', a caption ending 'Photo courtesy of COMPANY', a 'RELATED: ...' link and
two subheads in the copy, 'Filed under:' tags, an author box, a sponsored whitepaper, 'Upcoming
events' with later date ranges, the publishing company in the copyright line); a Malawian daily's
'National' page printing two full stories (the page's date line above the masthead, 'By NAME' in
capitals, '5 hours ago · 2 Comments' as the first story's only date, a caption with '| Photo:
NAME', a 'TRENDING: ...' link and an 'ADVERTISEMENT' label inside the copy, kwacha amounts as
'K85,000', 'Share this:' rows, the second story 'By Our Reporter' and 'January 27, 2026 at 4:20 pm
· 0 Comments', 'More from National' with relative ages, a cookie notice last); a Bahamian
government information bureau's press release (an official-website banner first, a '>' breadcrumb
ending in the ministry, 'Release No. 26-0147', 'January 29, 2026', 'By: NAME, BPI', '(BPI
Photo/NAME)', an all-caps dateline naming settlement, island and country, the end mark '-30-', a
media-contact block, 'Download PDF (184 KB)', previous and next releases, 'Was this page helpful?',
'Last modified: 30/01/2026 14:02' a day later); a Maldivian English-language news site's atolls
story (a language switch with the Dhivehi item in Thaana script, 'Friday, 30 January 2026', the
reporter's bare name over 'Translated by NAME', '30 January 2026, 11:48 AM', 'Photo: NAME /
Holhuashi Post', islands with atoll codes 'Ha. Fenmaafushi', an 'Also on Holhuashi Post: ...' link,
'This article was first published in Dhivehi.' and a Thaana link, 'No comments yet.', a newsletter
box, 'Latest' with relative ages); a Sinhala Sri Lankan news site's provincial story (a Sinhala,
English and Tamil language switch, the year-first date line '2026 ජනවාරි 31, සෙනසුරාදා', the byline
above the headline as the name followed by 'විසිනි', 'පැය 4කට පෙර' as the only date, a reads count,
'ඡායාරූපය - ගංතොට පුවත්', a 'මේවාත් කියවන්න: ...' link and a 'දැන්වීම' label inside the copy, Viber
in the share row, related items over relative ages); a Yoruba Nigerian news site's local page
printing two full stories (tone marks and underdots, 'Ọjọ́ Ajé, 2 Oṣù Èrèlé, 2026', 'Láti ọwọ́
NAME', 'Wákàtí 3 sẹ́yìn' as the first story's only date, 'Àwòrán: Akéde Ìlú', a 'Ka èyí náà: ...'
link and an 'Ìpolówó' label inside the copy, naira amounts, comment counts after each story, the
second story 'Láti ọwọ́ Akọ̀ròyìn wa' and 'Ọjọ́ Àìkú, 1 Oṣù Èrèlé 2026 | 6:45 ìrọ̀lẹ́'); a Kyrgyz
Cyrillic news agency's regions story ('Бейшемби, 29-январь, 2026-жыл', no byline anywhere,
'Жарыяланды: 29-январь 2026, 11:32', a reading time, 'Сүрөт: «Жаңырык»', the agency dateline
'КЫЗЫЛ-ТОКОЙ, 29-янв. /Жаңырык/.' opening the body, «...» quotes with '— деди ...', an 'Ошондой эле
окуңуз: ...' link and a 'Жарнама' label inside the copy, tags, latest news over yearless dates, a
reuse notice); and a Punjabi Gurmukhi daily's district page printing two full stories (the
Gregorian and Nanakshahi dates on one line 'ਸ਼ੁੱਕਰਵਾਰ, 30 ਜਨਵਰੀ 2026 | 17 ਮਾਘ, ਨਾਨਕਸ਼ਾਹੀ ਸੰਮਤ 557',
a '›' breadcrumb, 'ਪ੍ਰਕਾਸ਼ਿਤ: 29 ਜਨਵਰੀ 2026, 09:40 PM', 'ਤਸਵੀਰ: ਦੁਆਬਾ ਦਰਪਣ', the reporter named
only in the dateline 'TOWN, 29 ਜਨਵਰੀ (NAME)-' glued to the first word, an 'ਇਹ ਵੀ ਪੜ੍ਹੋ: ...' link
and an 'ਇਸ਼ਤਿਹਾਰ' label inside the copy, the second story with no date line of its own and '(ਨਿੱਜੀ
ਪੱਤਰ ਪ੍ਰੇਰਕ)' in its dateline). Three pages hold two articles each, the others one. Dates mix
absolute dates in several formats, scripts and languages (an abbreviated month with a full stop, US
order with 'at' and a lower-case time, US order alone beside a next-day DD/MM/YYYY last-modified
line, day-month-year with a 12-hour time, Yoruba, Kyrgyz hyphenated and Punjabi month names, a
Nanakshahi date, a dateline's day and month without a year) with relative times ('5 hours ago',
'පැය 4කට පෙර', 'Wákàtí 3 sẹ́yìn') beside a date line that fixes the day they were read; the Punjabi
second story is dated only by its dateline. The outlet is named in mastheads, bylines, photo
credits, datelines, the copy, in-copy link labels, edition notes, reuse notices and copyright lines
(some naming only the owning company). Outlets, people and places are invented. Their gold files
were written before the splitter was ever run on them. They are a measurement, not a target:
nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the models of 9579ee1: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh33 and the seeds; the rules of 5578f98; run once,
before any change for these pages): 11 articles of gold, 11 found; title 72.7%, outlet 63.6%, date 45.5%, boundary
81.8%, 5 furniture lines left. Without the article filter: the same. The rules alone (no tagger, no chooser, no
filter): 9 found; title 36.4%, outlet 0.0%, date 45.5%, boundary 27.3%, 29 furniture lines left. Per page with all
parts (title / outlet / date / boundary, furniture left):
bahamian_government_information_bureau_press_release_release_number_us_date_by_colon_initials_byline_caps_dateline_thirty_end_mark_media_contact_download_pdf_was_this_page_helpful_last_modified_next_day_bpi
1/1/1/1, 0;
canadian_atlantic_fisheries_trade_magazine_skip_link_web_exclusive_kicker_dek_byline_with_role_abbreviated_month_date_read_time_photo_courtesy_caption_related_caps_link_subheads_filed_under_events_date_ranges_sounding_line
1/0/1/1, 0;
kyrgyz_cyrillic_news_agency_ky_ru_switch_hyphenated_day_month_header_date_unsigned_story_zharyialandy_date_reading_time_caps_town_slash_agency_dateline_oshondoi_ele_okunuz_link_zharnama_label_tags_zhangyryk
1/0/0/1, 1;
malawian_daily_national_page_two_full_stories_header_date_above_masthead_caps_byline_relative_time_and_comments_run_together_trending_link_advertisement_label_by_our_reporter_at_time_date_shirewater_times
2/0/2/1, 0;
maldivian_english_news_site_thaana_language_switch_bare_reporter_name_translated_by_line_date_comma_12_hour_time_atoll_code_island_names_also_on_outlet_link_first_published_in_dhivehi_note_holhuashi_post
1/1/1/1, 0;
punjabi_gurmukhi_daily_district_page_two_full_stories_nanakshahi_header_date_chevron_breadcrumb_prakashit_date_pm_time_town_date_bracketed_reporter_hyphen_dateline_ih_vi_parho_link_nijji_patar_prerak_duaba_darpan
1/2/0/1, 3;
sinhala_sri_lankan_news_site_three_script_language_switch_year_first_header_date_visini_byline_above_headline_relative_only_paya_kata_pera_reads_count_chayarupaya_outlet_credit_mevat_kiyavanna_link_ganthota_puwath
0/1/0/1, 1;
yoruba_nigerian_news_site_local_page_two_full_stories_tone_marked_header_date_lati_owo_bylines_relative_wakati_seyin_and_weekday_date_pipe_irole_time_aworan_credit_ka_eyi_naa_link_ipolowo_label_akede_ilu
1/2/0/2, 0. Misses: 'Email the author', a language link, a comment count and an e-paper link read as outlets; a
Kyrgyz hyphenated day-month date, a Punjabi date, and Sinhala and Yoruba relative times left without a day;
a shortened headline and two truncated teasers read as headlines; the Malawian second story
running into the next item's text; in-copy 'read also' links and advertisement labels in Kyrgyz,
Punjabi and Sinhala left in the text.

Run ``python tests/layouts_fresh35_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH35 = HERE / "data" / "layouts-fresh35"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH35, label="fresh35 pages"))
