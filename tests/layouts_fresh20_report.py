"""Twentieth blind held-out measurement of page splitting (tests/data/layouts-fresh20).

The eight pages there were written before any change made for them, as ordinary everyday
English-language news pages copied from a browser (select all, copy, paste as plain text), from
invented mainstream outlets in different countries, in layouts distinct from each other: an
Indian national daily's article (a 'Trending:' row, a standfirst with a full stop, one 'Written
By: NAME | Edited By: NAME' line, 'Updated: Dec 12, 2025, 18:42 IST', a '(Photo: VNS)' caption,
'Also Read | HEADLINE' and 'Story continues below this ad' inside the copy, '(With inputs from
agencies)', 'First Published: ... IST' after the body); an Australian commercial TV network's
news article (a state edition selector NSW / VIC / QLD / SA / WA, a 'Breaking' line, 'By NAME'
over '4:27pm Dec 13, 2025' and 'Updated 5:58pm Dec 13, 2025', a 'Watch:' video caption over a
bare '1:42', 'READ MORE:' and 'Advertisement' inside the copy, a Crime Stoppers appeal as the
last paragraph, the network's newsletter line, a footer company name unlike the news brand); a
Nigerian daily's article (the page date 'Sunday, December 14, 2025' above the masthead, '13th
December 2025' over 'By  NAME', 'Kindly share this story:' twice, '4 Comments', a 'Related
News' box of three headlines inside the copy, 'N2.5m', the reproduction notice ending 'THE
HARMATTAN POST.', an author box, a comment form); an American local TV station's story in a
station-group template (call letters with the channel number, a weather widget with an
advisory, a headline opening with a quotation, a two-sentence standfirst, 'Author: NAME
(WQRD)', 'Published: 6:18 AM EST December 13, 2025' / 'Updated: ...', a 'WATCH:' video title,
an AP-style dateline, a 'Related Articles' box inside the copy, 'Watch more from WQRD 11:'); a
British regional paper's court report in a big chain's template ('Advertisement' / 'Hide Ad'
pairs before the headline and inside the copy, a standfirst without a full stop, 'By NAME' over
'Court reporter', 'Published 12th Dec 2025, 15:40 GMT' / 'Updated ...', a '| Wyndale Star'
caption credit, a seven-line newsletter widget and a 'Read More' link inside the copy, 'The
trial continues.' as the last paragraph, 'Related topics:'); a Canadian public broadcaster's
explainer (a service menu and a news sub-menu, a deck without a full stop, 'Social Sharing', one
line 'NAME · OUTLET · Posted: Dec 13, 2025 4:00 AM CST | Last Updated: 2 hours ago', 'Listen to
this article' / 'Estimated 4 minutes' and a text-to-speech disclosure, four question subheads,
'With files from NAME', 'ABOUT THE AUTHOR'); a Southeast Asian regional portal republishing
two wire stories, the second loaded under 'Up next' ('13 Dec 2025 | 10:41 AM' on the first and
'3 hours ago' on the second, wire datelines with plain hyphens, the agencies named only in a
'Source: AGENCY' line and a closing '— AGENCY' credit line, which are the outlets, not the
portal); and a Caribbean daily's sport section page holding three short stories in full (a
sport sub-menu, each story under a kicker repeating a sub-menu item, bylines with and without
'By' and a sports desk, '7 hrs ago' on the newest and 'Dec 12, 2025' / 'Dec 11, 2025' on the
others, an 'ADVERTISEMENT' label between the first two stories only, 'Load more', 'Most Read').
Two pages hold two or three articles, the others one. Dates mix absolute dates in several
formats with relative times (alone, or as an update time beside a full date). Outlets, people
and places are invented. Their gold files were written before the splitter was ever run on
them. They are a measurement, not a target: nothing here asserts on the scores, and the file is
not collected by pytest.

First measurement (the splitter at 8098f68: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh19 and the seeds; run once, before any change for
these pages): 11 articles of gold, 13 found; title 90.9%, outlet 72.7%, date 63.6%, boundary 46.2%, 9 furniture
lines left. The same without the article filter: the same 13 articles and scores (the filter dropped nothing here).
The rules alone (no tagger, no chooser, no filter): 13 found; title 72.7%, outlet 72.7%, date 63.6%, boundary
46.2%, 17 furniture lines left. Per page with all three (title / outlet / date / boundary, furniture left):
australian_tv_network_dashcam_video_read_more_ironbark_news 1/1/1/1, 0;
canadian_broadcaster_explainer_with_files_from_tamarack_news 1/1/0/1, 1;
caribbean_daily_sports_section_three_items_windward_chronicle 1/0.67/1/1, 0;
indian_national_daily_written_edited_by_also_read_daily_vistar 2 found of 1, 1/1/0/0, 0;
nigerian_daily_kindly_share_related_news_harmattan_post 1/1/0/0, 3;
regional_portal_two_wire_stories_source_lines_nusaportal 0.5/0.5/1/0.5, 1;
uk_regional_chain_advertisement_hide_ad_wyndale_star 1/1/1/0, 3; us_local_tv_author_published_updated_wqrd_11 2
found of 1, 1/0/0/0, 1.

Run ``python tests/layouts_fresh20_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH20 = HERE / "data" / "layouts-fresh20"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH20, label="fresh20 pages"))
