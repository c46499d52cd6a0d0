"""Fifteenth blind held-out measurement of page splitting (tests/data/layouts-fresh15).

The ten pages there were written before any change made for them, as ordinary English-language
pages that each hold SEVERAL articles, copied from a browser (select all, copy, paste as plain
text), in layouts distinct from each other and from fresh13/fresh14: a US local news site's
section front with four teaser cards (headline, a time line under it - '2 hours ago', '5 hours
ago', 'Yesterday', 'Dec. 1, 2025' - a two-paragraph summary, 'Read more', a byline AFTER the
summary, comment counts, an 'ADVERTISEMENT' between cards); a news agency's 'Latest news' feed
with five short items under two day-divider lines ('Friday, 28 November 2025'), relative times
('6 min ago') for the two newest and 'HH:MM GMT' clock times for the rest, 'PLACE, Nov 28
(Meridian) -' datelines, 'Reporting by ...; Editing by ...' and 'Section · N min read' lines,
a 'Sponsored' ad in the feed; a UK regional paper's 'News in brief' column with four briefs
under one page headline and one 'Published: 27/11/2025 06:00' line, three briefs opening with
an upper-case place dateline ('WEST ASHBY:'); a Sunday magazine's contents page, which is not
an article (page numbers on their own lines over feature titles and teasers, 'Regulars' entries
including 'Editor's letter'), with the editor's letter under it as the only article (the
newspaper as outlet, the issue date 'Sunday 30 November 2025'); a community radio station's
news page with three written-out bulletins, each with 'Read by NAME', 'Listen (2:48)',
'Download MP3' and 'Share this bulletin', the first dated 'Posted 47 minutes ago' UNDER its
headline and the other two 'Thu 27 Nov 2025 · 17:00' ABOVE theirs; a government ministry's
news-release listing with three full releases (a 'News release' label above each headline,
'From: MINISTRY', dates as '2025-11-26', 'November 21, 2025' and '18 Nov 2025', 'PLACE —'
datelines, a 'Quick facts' subhead in the body, the '- 30 -' end mark and a repeated four-line
'Media contact' block, a 'Date modified:' page date); a university newsroom with two full stories
(category kicker, standfirst without a final stop, then byline, date, 'N min read' and a photo
caption between the standfirst and the first paragraph, a subhead, 'Media contact:' and 'Tags:'
lines, the second kicker following straight on); a newspaper archive's search results with
three OCR'd full-text hits from 1961 in three different papers (result number, headline, source
paper - the outlet, not the archive - date in three formats, 'Page N', 'Words: N', 'Text
accuracy: N%', 'View original page' / 'Add to clippings' / 'Cite this'); a hosted local-history
blog's front page with two posts and their reader comments and no blank lines ('Posted 2 days
ago by NAME' and 'Posted on 11/19/2025 by NAME', commenter name / relative or absolute time /
comment / 'Reply', one comment by the blog's author); and a print paper's e-edition text export
with three articles from pages A1-A3 and the print running heads copied in ('THE SALTMARSH
CHRONICLE | SATURDAY, NOVEMBER 29, 2025 | A1'), article 1 jumping from A1 to A2 ('Please see
INLET, Page A2', page lines, 'INLET' / 'Continued from Page A1' inside its body span), a photo
credit and cutline between articles 2 and 3, legal notices after article 3. Outlets, people and
places are invented. Their gold files were written before the splitter was ever run on them.
They are a measurement, not a target: nothing here asserts on the scores, and the file is not
collected by pytest.

First measurement (the splitter at 38c4860: the rules with the learned line tagger trained on the tuning
corpus, fresh3 to fresh14 and the seeds; run once, before any change for these pages): title 90.0%, outlet
36.7%, date 73.3%, boundary 58.8%, 12 furniture lines left; 34 articles found of 30. The rules alone (no
tagger) on the same pages: title 80.0%, outlet 36.7%, date 73.3%, boundary 58.8%, 22 furniture lines left; 34
found. Per page with the tagger (title / outlet / date / boundary, furniture left):
archive_search_three_hits_quillmark 1/0/1/0.67, 2; blog_two_posts_comments_fenwick_street_notes 5 found of 2,
1/0/0.5/0.4, 3; community_radio_three_bulletins_kelvedge_fm 5 found of 3, 1/0/1/0.6, 2;
epaper_text_export_three_articles_saltmarsh_chronicle 4 found of 3, 1/1/1/0, 2;
government_press_releases_three_westmarch_transport 1/0/1/1, 0;
magazine_contents_editors_letter_sunday_tidings 0/1/1/0, 1; news_in_brief_four_briefs_hallam_gazette 2 found
of 4, 0.5/0/0.5/0, 1; section_front_four_stories_brindle_valley_courier 1/0/1/0.75, 1;
university_newsroom_two_stories_calderwood 1/1/1/1, 0; wire_latest_feed_five_items_meridian_wire 1/1/0/1, 0.

Run ``python tests/layouts_fresh15_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH15 = HERE / "data" / "layouts-fresh15"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH15, label="fresh15 pages"))
