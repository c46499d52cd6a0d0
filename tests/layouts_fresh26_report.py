"""Twenty-sixth blind held-out measurement of page splitting (tests/data/layouts-fresh26).

The eight pages there were written before any change made for them, as ordinary everyday news
pages of the kinds a user pastes most often, copied from a browser (select all, copy, paste as
plain text), from invented outlets in layouts distinct from each other and from the earlier
batches: an American national newspaper's politics story ('Skip to site index', a section label
and 'Today's Paper' above the masthead, the day's date written out, a dek with a full stop
starting the body, 'Share full article' over a bare comment count, a caption with its
'Credit...NAME for OUTLET' line before a two-reporter byline, 'Reporting from Washington',
'Dec. 15, 2025' and 'Updated 9:02 p.m. ET' on separate lines, a 'Related:' link inside the copy,
two author bios ending 'More about NAME', a print-edition line with a different date and 'Order
Reprints | Today’s Paper | Subscribe'); a UK national broadcaster's world story (a cookie box
with 'Yes, I agree', a service menu and a world sub-menu of regions, no masthead text, '2 hours
ago' as the only date, the correspondent's name over her title without 'By', a picture-agency
credit on its own line over a caption without a full stop, before the copy and again inside it,
a quoted subhead, the outlet's initials named only in the copy, 'Search WBC' and the copyright
line); an American cable-news site's story page with a second story loaded under 'Up next'
(initials as the masthead, an edition switch, 'By NAME, NCN', 'N minute read', the network's
time-first 'Updated 4:17 PM EST, Mon December 15, 2025', 'Link Copied!', an autoplay video
block read out as text before the first paragraph with 'Video Ad Feedback', '02:14 - Source:
NCN', 'Autoplay is on' / 'Autoplay is off' and 'Now playing', a 'City, State (NCN) —' dateline,
a 'Related article' label inside the copy, 'Paid Partner Content'); a New Zealand regional
paper's court story (macrons in the masthead and names, 'Advertisement' over 'Advertise with
COMPANY' before the headline and inside the copy, a standfirst with a full stop, the reporter's
name over 'Court reporter', '16 Dec, 2025 04:05 PM', '3 mins to read', a 'Photo / NAME' caption,
a 'Related articles' box inside the copy, 'Comments are closed on this article.', a newsletter
box, 'Latest from Court' with yearless times); a Pakistani English daily's business page with
the next story loaded below by infinite scroll ('Our Correspondent' as the first byline, separate
'Published' and 'Updated' lines, a share row one button a line, an '— Chenab photo/File'
caption, an ALL-CAPS dateline with a colon starting the copy, 'Rs3,850', a 'Read more:' link
inside the copy, 'Published in OUTLET, December 16th, 2025', 'Comments (7)' and 'Closed', a
'Next Story' label, 'Published 5 hours ago' as the second story's only date); a South African
nonprofit health site's story (a POPIA cookie notice, no masthead text, a standfirst with a full
stop, '15 December 2025', a one-line share row with pipes, an 'Image: NAME' caption, an 'ALSO
READ | HEADLINE' link inside the copy, the site named only in the copy and after it, 'About the
author', a 'Republish this article' Creative Commons box with 'Copy HTML', a donation appeal);
a Canadian city paper's transit story (a weather widget, no standfirst, 'By NAME' over 'Staff
Reporter', 'Mon., Dec. 15, 2025', '3 min. read', 'Article was updated 2 hrs ago', 'Join the
conversation' over a bare comment count, 'Open this photo in gallery:' over a caption and an
ALL-CAPS 'NAME/OUTLET' credit line, a reporter note with an e-mail address, 'Report an error',
'Journalistic Standards', 'Comments (18)'); and an American local TV station's tornado story
('First Alert Weather Day' and a one-line warning banner above the headline, two reporters, one
'Published: ... CST|Updated: 4 hours ago' line, a caption with the credit glued on '.(KVRT)', an
ALL-CAPS 'CITY, State (KVRT) - ' dateline, a 'RELATED:' line inside the copy, the station
group's app, photo-tip and report-a-typo sentences, 'Copyright 2025 KVRT. All rights reserved.',
the station's address and phone over FCC links). Two pages hold two articles each, the others
one. Dates mix absolute dates in several formats with relative times (alone, or as an update
time beside a full date); the outlet is named in a masthead, in bylines, in the copy or only in
the furniture after it. Outlets, people and places are invented. Their gold files were written
before the splitter was ever run on them. They are a measurement, not a target: nothing here
asserts on the scores, and the file is not collected by pytest.

First measurement (the splitter at b2e337c, the code and models of 1b80a13: the rules with the learned line tagger,
the site-name chooser and the article filter, all trained on the tuning corpus, fresh3 to fresh25 and the seeds;
run once, before any change for these pages): 10 articles of gold, 11 found; title 70.0%, outlet 40.0%, date 90.0%,
boundary 54.5%, 3 furniture lines left. Without the article filter: the same. The rules alone (no tagger, no
chooser, no filter): 11 found; title 70.0%, outlet 40.0%, date 90.0%, boundary 27.3%, 18 furniture lines left. Per
page with all parts (title / outlet / date / boundary, furniture left):
canadian_city_paper_transit_open_photo_in_gallery_updated_hrs_ago_ridgeford_record 1/1/0/0, 2;
nz_regional_court_sentencing_comments_closed_totara_coast_leader 1/1/1/1, 0;
pakistani_daily_business_our_correspondent_published_in_next_story_daily_chenab 0.5/0/1/1, 0;
south_african_health_site_republish_creative_commons_impilo_report 1/0/1/1, 0;
uk_broadcaster_world_cookie_agree_copyright_only_wbc 1/0/1/1, 0;
us_cable_news_autoplay_video_up_next_two_stories_ncn 0.5/0.5/1/0.5, 0;
us_local_tv_tornado_first_alert_report_typo_copyright_kvrt_7 0/1/1/0, 0;
us_national_daily_politics_print_edition_line_national_beacon 2 found of 1, 1/0/1/0, 1.

Run ``python tests/layouts_fresh26_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH26 = HERE / "data" / "layouts-fresh26"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH26, label="fresh26 pages"))
