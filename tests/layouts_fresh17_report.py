"""Seventeenth blind held-out measurement of page splitting (tests/data/layouts-fresh17).

The ten pages there were written before any change made for them, as a realistic mix of what
users paste, copied from a browser (select all, copy, paste as plain text), in layouts distinct
from each other and from the earlier batches: a UK local weekly's article in a big regional
publisher's template (masthead, consent banner, 'News' / 'Local News' breadcrumb, a standfirst,
a byline split over three lines ('By' / NAME / 'Local Democracy Reporter'), '17:42, 5 DEC 2025'
and 'Updated 18:10, 5 DEC 2025', a caption ending '(Image: OUTLET)', two 'READ MORE:' links and a
five-line newsletter sign-up box inside the copy, 'Follow OUTLET' over three platform names, a
'Most Read' list with bare rank numbers on their own lines); a US national daily's politics
story with no masthead text (the paper's name first appears in the photo credit, then in the
reporters' tagline, a 'Follow' line and '© 1996-2025 ...'), a joint byline over three lines,
'Updated 3 hours ago' above 'December 4, 2025 at 7:41 p.m. EST', a one-button-a-line tool row
with a bare comment count, a 'WASHINGTON —' dateline, two 'Advertisement' / 'Story continues
below advertisement' pairs and a subhead inside the body; an Australian regional paper's article
(no standfirst, the reporter's name twice, one date line 'Updated December 4 2025 - 3:15pm,
first published 11:30am', a 'Picture by NAME' caption, three bare 'Advertisement' lines inside
the copy, an author box, a subscription offer, an acknowledgement of Country); a US local
daily's homepage top block of three story cards (ALL-CAPS masthead, edition date, a 'BREAKING'
banner headline, a weather widget, ALL-CAPS section kickers, summaries of two and one
paragraphs, the byline and a relative time ('38 mins ago', '2 hrs ago', '5 hrs ago') after each
summary, 'Related:' links, an ad between cards, headline-only 'More Top Stories'); a UK national
site's 'Latest news' list of three items with one-line two-sentence summaries and a
'Section | time' line after each ('12 minutes ago', '1 hour ago', '5 Dec 2025, 21:15'); a local
paper's opinion column (ALL-CAPS 'COLUMN' label, a two-clause headline, standfirst, the
columnist's name over 'Columnist', a first-person body with a pull quote that repeats the next
paragraph's first two sentences, an author bio box, a views-are-the-writer's-own disclaimer,
'More from NAME' with dated headlines); a US small-town paper's news obituary (a headline opening
with a quotation, the deceased's name line and life dates 'Aug. 14, 1936 – Dec. 1, 2025' above
the byline and the publication date 'Dec 5, 2025', a 'Services' subhead, a 'Recent Obituaries'
rail of three five-line paid notices, each with its own 'Published ... in OUTLET' line); a French
regional daily's subscriber article (French consent banner, place kicker, 'Abonnés' badge, a
headline with a spaced colon, a chapô, 'Par NAME', 'Le 5 décembre 2025 à 18h42, modifié le ...',
guillemets, 'Lire aussi :' link, an intertitre, 'Publicité' in the body and the footer); a German
local paper's 'WA+' article (German consent banner, a Dachzeile, a teaser, 'Von NAME',
'06.12.2025, 07:15 Uhr', 'Lesezeit: 3 Min.', the Ortsmarke 'Wendbach.' opening the first
paragraph, „...“ quotes, 'Lesen Sie auch:' and 'Anzeige' inside the body, a
'Folgen Sie dem Wendbacher Anzeiger auf WhatsApp' line, a footer naming only the publishing
company); and a sports site's football story (an abbreviated wordmark 'TLN', a live-scores strip
one cell a line, '2h ago' as the only date, a five-line stats box and a betting ad inside the
copy, a TAB-separated league-table extract, the full site name only in a 'Follow' line and the
footer). Outlets, people and places are invented. Their gold files were written before the
splitter was ever run on them. They are a measurement, not a target: nothing here asserts on the
scores, and the file is not collected by pytest.

First measurement (the splitter at a34b3dc: the rules with the learned line tagger and the site-name chooser,
both trained on the tuning corpus, fresh3 to fresh16 and the seeds; run once, before any change for these
pages): 14 articles of gold, 16 found; title 100.0%, outlet 71.4%, date 57.1%, boundary 50.0%, 14 furniture
lines left. The rules alone (no tagger, no chooser) on the same pages: 16 found; title 92.9%, outlet 50.0%,
date 64.3%, boundary 50.0%, 22 furniture lines left. Per page with both (title / outlet / date / boundary,
furniture left): australian_regional_first_published_tallowood_mail 1/1/0/0, 4;
french_regional_abonnes_lire_aussi_voix_de_l_orbenne 1/1/1/1, 0;
german_lokalzeitung_plus_ortsmarke_wendbacher_anzeiger 1/0/0/0, 1;
homepage_top_stories_three_cards_kestrel_bay_daily 1/1/0.67/0.67, 1;
latest_news_list_three_summaries_greystone_observer 1/0.33/1/1, 0;
obituary_news_obit_recent_notices_marlin_creek_record 2 found of 1, 1/1/0/0.5, 3;
opinion_column_pull_quote_author_bio_lanthorn_courier 1/1/0/0, 3;
sports_site_manager_sacked_stats_box_touchline_north 1/0/1/1, 0;
uk_local_weekly_read_more_newsletter_ambervale_advertiser 2 found of 1, 1/1/0/0, 1;
us_national_gift_article_listen_halberd_post 1/1/1/0, 1.

Run ``python tests/layouts_fresh17_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH17 = HERE / "data" / "layouts-fresh17"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH17, label="fresh17 pages"))
