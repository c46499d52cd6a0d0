"""Thirty-third blind held-out measurement of page splitting (tests/data/layouts-fresh33).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
kinds and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
a Zambian daily's WordPress story (a 'BREAKING NEWS' ticker of two headlines before the
masthead, the page's date line 'Wednesday, January 14, 2026', a meta line with pipes
'14/01/2026 | Mwela Herald Reporter | 4 Comments' naming the outlet as the author, a caption
ending 'PICTURE BY NAME', the real byline 'By CHANDA MWAPE in NSALAMBA' inside the post, an
all-caps first word, a 'RELATED: ...' link inside the copy, then 'Share this:', a 'Tags:' line,
'Post navigation', '4 thoughts on “HEADLINE”', two reader comments with 'NAME says:', dates and
'Reply', and the 'Leave a Reply' form); a Hong Kong English-language daily's housing story (a
newsletter line first, a '繁' language link, 'Thursday, 15 January 2026', a weather warning
line, a breadcrumb 'News / Hong Kong / Housing', a two-bullet summary box under the headline,
the reporter's bare name, 'Published: 8:47pm, 15 Jan 2026' and 'Updated: 11:02pm, 15 Jan
2026', 'Photo: NAME', Chinese names in brackets after two speakers, two 'Advertisement' labels
and a 'Read more: ...' link inside the copy, an author bio naming the paper); a national
geohazards agency's 'Media releases' page printing two volcanic alert bulletins in full (a
status strip of alert levels and an aviation colour code, a bulletin code line above each
headline, '12 January 2026, 10:40 am (UTC+11)', subheads in the first, 'Issued by: NAME, Duty
Volcanologist' and an identical 'Media contact: ...' line after each, 'Share' / 'Email' /
'Download PDF'); a US city alt-weekly's City Hall story (a member-drive bar first, a jokey
two-sentence tagline, a kicker over a two-sentence headline, a two-sentence dek, a lower-case
'by NAME' and the AP-style 'Jan. 13, 2026, 5 a.m.' between dek and first paragraph, a
'Previously: ...' link and a three-line membership appeal inside the copy followed by a quoted
subhead, a 'Reach him at ...' tagline, 'Comments (12)', 'More News' with '2 days ago'); a
Kazakh Cyrillic regional portal ('ҚАЗ' / 'РУС', '14 қаңтар 2026, сәрсенбі', a weather line and a
three-line currency strip, '2 сағат бұрын' as the story's only date, '👁 1 348', 'Фото: Көкжиек',
«...» quotes with '– деді ол', an 'Оқи отырыңыз: ...' link, 'Авторы: NAME' after the body, a
hashtag line, latest news with bare times); an Uzbek Latin-script news site ('Ўзбекча' /
'Oʻzbekcha' / 'Русский', 'Payshanba, 15-yanvar, 2026-yil', the reporter's name and role
'muxbir' on two lines above the headline, '3 soat oldin · 2 184 marta oʻqildi' as the only date,
'Surat: «Yangi Tong»', a 'Shuningdek oʻqing: ...' link and a 'Reklama' label inside the copy, a
'Ctrl+Enter' error-report line); an Armenian regional news site ('ՀԱՅ' / 'РУС' / 'ENG', no page
date, 'հունվարի 16, 2026 11:25' with the genitive month first, 'Հեղինակ՝ NAME', a view count, a
two-sentence standfirst before the caption 'Լուսանկարը՝ Ձորափի Լուրեր', Armenian full stops,
a 'Կարդացեք նաև՝ ...' link, related headlines with dotted dates, the cookie notice last); and a
Marathi daily's district page printing two full stories ('शनिवार, १७ जानेवारी २०२६' with
Devanagari digits, 'प्रतिनिधी | तिरोडगाव', '१७ जाने. २०२६ | सकाळी ०६:३०', '(छाया : जनसेतू)', the
dateline 'तिरोडगाव, ता. १६ :' opening the first body, a 'हेही वाचा : ...' link and a 'जाहिरात'
label inside it, the second story signed 'विशेष प्रतिनिधी' with no date of its own). Two pages
hold two articles each, the others one. Dates mix absolute dates in several formats, scripts
and languages (long with weekdays, numeric with slashes, AP style, with UTC offsets, with the
time before the date, Devanagari digits with an abbreviated month, a genitive month first) with
relative times beside a page date line that fixes the day they were read; the Marathi second
story has no date of its own. The outlet is named in mastheads, bylines, photo credits, the
copy, author bios, reuse notices, channel promotions and copyright lines. Outlets, people and
places are invented. Their gold files were written before the splitter was ever run on them.
They are a measurement, not a target: nothing here asserts on the scores, and the file is not
collected by pytest.

First measurement (the models of 5f5d3c4: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh30 and the seeds; the rules of 16666bf; run once,
before any change for these pages): 10 articles of gold, 10 found; title 40.0%, outlet 70.0%, date 40.0%, boundary
60.0%, 9 furniture lines left. Without the article filter: 12 found; title 40.0%, outlet 70.0%, date 40.0%,
boundary 50.0%, 11 furniture lines left. The rules alone (no tagger, no chooser, no filter): 10 found; title 30.0%,
outlet 40.0%, date 40.0%, boundary 20.0%, 34 furniture lines left. Per page with all parts (title / outlet / date /
boundary, furniture left):
armenian_regional_news_site_three_language_switch_genitive_month_first_date_author_label_with_armenian_comma_views_count_two_sentence_standfirst_photo_credit_kardacek_nayev_link_armenian_full_stops_cookie_bar_last_dzorapi_lurer
1/1/0/0, 0;
geohazards_agency_volcano_media_releases_page_two_releases_alert_level_status_strip_bulletin_codes_day_month_year_comma_time_utc_offset_subheads_issued_by_duty_volcanologist_media_contact_blocks_national_geohazards_service
1/0/1/1, 0;
hong_kong_english_daily_slash_breadcrumb_two_bullet_summary_box_byline_then_published_updated_pm_comma_date_chinese_names_in_brackets_advertisement_labels_read_more_link_photo_colon_credit_author_bio_kowloon_ledger
0/1/1/0, 2;
kazakh_cyrillic_regional_portal_kaz_rus_switch_header_date_weather_and_currency_strip_relative_only_sagat_buryn_eye_view_count_foto_credit_oqi_otyrynyz_link_guillemet_quotes_dash_dedi_author_after_body_hashtags_kokzhiek
0/1/0/1, 1;
marathi_daily_district_page_two_full_stories_devanagari_digit_dates_abbreviated_month_pipe_time_pratinidhi_pipe_town_byline_ta_dateline_chhaya_credit_hehi_vacha_jahirat_second_story_undated_vishesh_pratinidhi_dainik_jansetu
0.5/1/0/1, 2;
us_alt_weekly_member_drive_bar_kicker_two_sentence_dek_lowercase_by_ap_style_abbreviated_date_time_membership_appeal_mid_copy_previously_link_quote_subhead_reach_him_tagline_comments_more_news_relative_marrowgate_rag
0/0/0/0, 3;
uzbek_latin_news_site_cyrillic_latin_russian_script_switch_hyphenated_header_date_slash_breadcrumb_reporter_and_role_above_headline_relative_only_soat_oldin_read_count_surat_credit_shuningdek_oqing_reklama_ctrl_enter_line_yangi_tong
0/1/0/1, 0;
zambian_daily_wordpress_breaking_ticker_pipe_meta_line_slash_date_outlet_reporter_caps_byline_in_town_picture_by_credit_related_colon_link_tags_post_navigation_thoughts_on_comments_leave_a_reply_form_mwela_herald
0/1/1/0, 1. Headlines were the weak field: two photo captions, a date line, a summary bullet
and a dateline were read as headlines; Armenian, Kazakh, Uzbek and Marathi dates were not read.

Run ``python tests/layouts_fresh33_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH33 = HERE / "data" / "layouts-fresh33"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH33, label="fresh33 pages"))
