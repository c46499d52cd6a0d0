"""Twenty-second blind held-out measurement of page splitting (tests/data/layouts-fresh22).

The eight pages there were written before any change made for them, as ordinary news pages copied
from a browser (select all, copy, paste as plain text), from the kinds of English-language site a
newsroom researcher meets besides the big outlets, all invented and in layouts distinct from each
other: a waste-industry trade title's premium article given in full (a three-line sponsored section
header 'Collections Hub' / 'In association with' / SPONSOR and a bare 'Premium' label over the
headline, a standfirst without a full stop, 'by NAME, Deputy Editor' in lower case, '15 Dec 2025',
a share row and an 'Image: COUNCIL' caption between the standfirst and the first paragraph, a 'Read
more:' link and a one-line subhead in the copy, a 'Sponsored content' box, a copyright line naming
the publisher, not the title); a British police force's 'Latest news releases' page holding two
releases in full ('Appeal' and 'Charged' labels over the headlines, 'Published: 14/12/2025 16:52',
one with 'Updated: 14/12/2025 13:20', 'Area:' and 'Reference:' lines, no bylines, a share row after
each, a 'Media enquiries' box and an alert sign-up); a Scottish student newspaper's story ('Words by
NAME (she/her), News Editor', '12 December 2025 at 14:15', a WordPress cookie notice, a 'Read more:'
link, an author box, a 'Write for The Gannet' box, a students'-association publisher line with a
charity number); a county cricket club's official 'Club News' story under a logo without text (a
commerce bar, 'Principal Partner', the date as '13/12/25' with a two-digit year, 'By Club Media', a
caption, a 'WATCH:' video line over a bare '2:47' and an ALL-CAPS 'READ MORE:' link inside the copy,
'Latest News' with 'DD/MM/YY' dates, the club's full name written only in the copyright line); a
technology news site's story ('Dec 11, 2025, 6:02 PM EST' over 'Updated 3 hours ago', an 'Update,
December 12th, 9:40AM ET: ...' note before the first paragraph, an embedded Bluesky post copied as
its text, a '— NAME (@handle) December 11, 2025 at 4:48 PM' line and '[image or embed]', a 'Related'
link in the copy, an author box); a quarterly magazine's long read in three 'Chapter One: ...'
chapters (a two-sentence standfirst with a full stop, 'By NAME' and 'Illustrations by NAME',
'December 14, 2025 · 18 min read', blank lines between paragraphs, two pull quotes in curly quotes,
the first repeating a narrative sentence before it occurs, the second with a '— NAME, ROLE' line);
a hyperlocal community site's front page holding three short stories in full (a neighbourhood label
over each headline, '3 hours ago', 'Yesterday at 4:15pm' and '12 December 2025' as their dates, a
caption and a 'Read more:' link inside the second, 'Comments (N)' after each, a supporter appeal and
a 'What's On' list); and a news agency's own site with the initials 'CNS' as its masthead ('Published
2025-12-15 08:47 UTC' and 'Last corrected 2025-12-15 11:02 UTC', a 'PORT ELLERY (CNS) —' dateline
opening the body, an ALL-CAPS 'RELATED COVERAGE' box inside the copy, a 'This story has been corrected
to show that ...' note and a 'Reporting by ...; editing by ...' line after it, 'Read next' with
relative times, the agency's full name only in the copyright line). Two pages hold more than one
article (the police page two, the hyperlocal page three), the others one. Dates mix absolute dates
in several formats with relative times (alone, or as an update time beside a full date). Outlets,
people and places are invented. Their gold files were written before the splitter was ever run on
them. They are a measurement, not a target: nothing here asserts on the scores, and the file is not
collected by pytest.

First measurement (the splitter at d6271fb, the models of 95665ab: the rules with the learned line tagger, the
site-name chooser and the article filter, all trained on the tuning corpus, fresh3 to fresh21 and the seeds; run
once, before any change for these pages): 11 articles of gold, 13 found; title 100.0%, outlet 72.7%, date 81.8%,
boundary 30.8%, 18 furniture lines left. Without the article filter: 14 found; the same title, outlet and date,
boundary 28.6%, 19 furniture lines left. The rules alone (no tagger, no chooser, no filter): 12 found; title 72.7%,
outlet 54.5%, date 81.8%, boundary 41.7%, 35 furniture lines left. Per page with all three (title / outlet / date /
boundary, furniture left): county_cricket_club_signing_short_numeric_date_copyright_only_wexcombe 1/0/0/1, 0;
hyperlocal_community_site_three_stories_relative_times_pennywell_post 1/1/0.67/0.67, 2;
magazine_longread_chapter_headings_two_pull_quotes_causeway_review 3 found of 1, 1/1/1/0, 4;
news_agency_site_related_coverage_correction_iso_times_calloway_news_service 1/0/1/0, 1;
scottish_student_paper_words_by_pronouns_referendum_the_gannet 1/0/1/0, 2;
tech_site_update_note_bluesky_embed_updated_relative_kernelside 1/1/1/0, 6;
trade_waste_industry_premium_in_association_with_kerbside_review 1/1/1/0, 2;
uk_police_force_news_releases_appeal_and_charged_carrowdale_constabulary 1/1/1/0.5, 1. Most boundary misses are
story ends run on into closing furniture sentences (a newsletter line, a views disclaimer, a press-office note).

Run ``python tests/layouts_fresh22_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH22 = HERE / "data" / "layouts-fresh22"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH22, label="fresh22 pages"))
