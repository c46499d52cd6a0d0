"""Thirty-first blind held-out measurement of page splitting (tests/data/layouts-fresh31).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
kinds and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
a New Zealand rural weekly's 'Latest news' page printing its two newest stories in full (a
category over each headline, the reporter's bare name, 'Wednesday, 17 December 2025' and
'Tuesday, 16 December 2025', a caption credited 'Photo / NAME', three share lines after each
story, a rural-mailbox delivery note in the footer); a Philippine English-language broadsheet's
'Regions' story (the cookie bar before the masthead, 'By: NAME - Correspondent', 'December 18,
2025 | 05:32 AM', a caption opening 'FLOODED.' and ending 'PHOTO COURTESY OF ...', a dateline
'STA. LUCIDA, Nueva Marcela, Philippines — ...' opening the copy, 'ADVERTISEMENT' labels and a
'READ: ...' link inside it, the editor's initials ' /mrp' after the last sentence, 'TAGS: ...'
and a comments disclaimer); a Ugandan daily's regional story (an advertising consent dialog
first, 'By NAME, Journalists @Pearl Times', 'Added 17th December 2025 08:15 AM' with an ordinal
day, '(Photo by NAME)', an 'Also read: ...' link, a 'Rate this article' '0/5' widget); a Gulf
English-language daily's civic story (a prayer-times strip and a weather line in the header, a
standfirst without a full stop, 'Published: Fri 19 Dec 2025, 6:00 AM' and 'Last updated: ...'
between standfirst and copy, '— ST file photo', an 'ALSO READ:' label over two headlines inside
the copy, an author box); a Macedonian Cyrillic regional portal ('МК' and 'SQ' language links,
'Објавено: 17.12.2025 09:15' with the relative 'Ажурирано: пред 3 часа', „...“ quotes, a
'Прочитајте и: ...' link and a 'Реклама' label inside the copy); an Azerbaijani news agency
('18 dekabr 2025 11:20 (UTC +04:00)', no byline, 'Baxış sayı: 1 284', a dateline 'Sarıdərə,
18 dekabr (UXA).' opening the copy, a 'Xəbər lenti' feed of bare times and headlines, chief
editor and address lines in the footer); a Tamil-language Indian daily's district story ('பதிவு:'
and 'மாற்றம்:' date lines with Tamil month names, a dateline 'மருதவனம், டிச.19-' opening the
copy, a statement introduced by 'கூறியதாவது:-' without quotation marks and closed by 'இவ்வாறு
அவர் கூறினார்.', an 'இதையும் படியுங்கள்: ...' link and a 'விளம்பரம்' label inside the copy); and a
Maltese news portal's local story with an attached 'ANALIŻI' piece by another journalist ('Minn
NAME' bylines, '18 ta' Diċembru 2025 | 10:47', 'Ritratt: Il-Fanal', an 'Aqra wkoll: ...' link
inside the copy, the analysis with no date of its own). Two pages hold two articles each, the
others one. Dates mix absolute dates in several formats and languages (long and numeric, with
ordinal days, time zones and update times) with one relative update time beside a full date;
the outlet is named in mastheads, bylines, photo credits, datelines, the copy, disclaimers,
footers and copyright lines. Outlets, people and places are invented. Their gold files were
written before the splitter was ever run on them. They are a measurement, not a target: nothing
here asserts on the scores, and the file is not collected by pytest.

First measurement (the models of 5f5d3c4: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh30 and the seeds; run once, before any change for
these pages): 10 articles of gold, 9 found; title 50.0%, outlet 80.0%, date 50.0%, boundary 50.0%, 3 furniture
lines left. Without the article filter: 10 found; title 50.0%, outlet 80.0%, date 50.0%, boundary 50.0%, 4
furniture lines left. The rules alone (no tagger, no chooser, no filter): 10 found; title 60.0%, outlet 10.0%, date
50.0%, boundary 20.0%, 40 furniture lines left. Per page with all parts (title / outlet / date / boundary,
furniture left):
azerbaijani_news_agency_utc_offset_date_agency_initials_dateline_view_count_news_feed_times_editor_footer_ulduz_xeber_agentliyi
0/0/0/0, 0;
gulf_english_daily_prayer_times_strip_published_last_updated_weekday_dates_standfirst_also_read_list_dash_file_photo_author_bio_sahil_times
1/1/1/1, 0;
macedonian_cyrillic_regional_portal_mk_sq_language_links_dotted_numeric_date_plus_relative_update_procitajte_i_mirkovski_vesnik
1/1/0/1, 0;
maltese_news_portal_local_story_plus_analizi_piece_by_another_reporter_minn_bylines_ta_month_date_pipe_time_aqra_wkoll_il_fanal
1 found of 2, 0.5/0.5/0/0, 0;
nz_rural_weekly_latest_news_page_two_full_stories_category_over_headline_bare_name_weekday_dates_photo_slash_credit_mailbox_footer_southern_paddock
0.5/1/1/1, 0;
philippine_english_broadsheet_regions_story_cookie_bar_first_caps_caption_dateline_philippines_em_dash_read_link_editor_initials_daily_tanglaw
0/1/1/0, 1;
tamil_indian_daily_district_news_breadcrumb_pathivu_maatram_dates_dot_dash_dateline_kooriyathavathu_quote_ithaiyum_padiyungal_kaviri_osai
0/1/0/0, 2; ugandan_daily_consent_dialog_first_journalists_at_outlet_byline_added_ordinal_date_rate_this_article_pearl_times
1/1/1/1, 0. Headlines were the weak field: two photo captions, a date line and a cookie notice were read as
headlines.

Run ``python tests/layouts_fresh31_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH31 = HERE / "data" / "layouts-fresh31"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH31, label="fresh31 pages"))
