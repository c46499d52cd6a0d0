"""Eleventh blind held-out measurement of page splitting (tests/data/layouts-fresh11).

The ten pages there were written before any change made for them, in layouts that neither
the tuning corpus (tests/data/layouts) nor the earlier fresh batches cover: a national daily's
article page (an 'Open in app' line, the section name repeated above the headline, author and
role on two lines without 'By', 'Wed 26 Nov 2025 06.00 GMT' and 'Last modified on ...', a bare
comment count '418' alone on a line, a reader-funding appeal, a numbered ten-item 'Most viewed'
rail and a 'More on this story' rail with its own dates); a public broadcaster's regional page
(corporation and 'NEWS' menus, an app-download banner, a relative '3 hours ago' as the only
date, the outlet named only in the byline 'NBS News, Westmarch', 'Image source, ...' /
'Image caption, ...' labels, a one-word quoted subhead in the body, a 'Get in touch' box); a
business wire's quarterly earnings release ('News provided by' over the company, 'DENVER, Nov.
25, 2025 /TradeWire/ --', highlight bullets, a tab-separated results table in the body, then
conference-call, 'About', forward-looking-statements and contact boilerplate, 'SOURCE COMPANY'
and 'Also from this source'); a rugby club's WordPress blog front page of three full posts
(ALL-CAPS category label and ordinal date '24th November 2025' above each headline, 'by NAME',
'Share this:' / 'Like Loading...' widgets, 'Posted in ... | N Comments', a tab-separated
fixtures sidebar); a weekly magazine feature (online date '20 November 2025' and a later
print-issue line, audio-player line, sentence-case subheads inside the body, a subscription box
between paragraphs, an author-bio line); a news aggregator's topic page of four licensed full
stories from four outlets, each naming its outlet differently ('By NAME, OUTLET', 'Source:
OUTLET' after the body, '© AGENCY 2025. All rights reserved.', 'Story from OUTLET' with a
'23/11/2025' date above the headline); a government department's media-release list of three
releases, each a type label, minister name/portfolio line pairs and a weekday date ABOVE the
headline, 'Quotes attributable to ...:' labels in the body and media-contact blocks; an
Afrikaans regional paper ('Deur NAME', 'Gepubliseer: 25 November 2025, 08:14', 'Opgedateer 3
uur gelede', 'Foto:' caption before the body, 'Lees ook:', 'Advertensie', an app-download line);
an Icelandic regional site with a text-less logo, whose outlet is named only in its cookie
notice, photo credit and '© 2025 OUTLET ehf.' footer, the author, e-mail and '26. nóvember 2025
kl. 10:42' ABOVE the headline, 'Tengd frétt:' and 'Auglýsing' in the body; and a Latvian
regional site ('27.11.2025. 09:20', 'Atjaunots pirms 40 minūtēm', 'Lasi arī:', 'Reklāma', the
only byline AFTER the body as 'Teksts: NAME, foto: NAME'). Their gold files were written before
the splitter was ever run on them. They are a measurement, not a target: nothing here asserts
on the scores, and the file is not collected by pytest.

First measurement (the splitter at 6822707, after this session's four layout-independent rules, which
were developed on fresh8-10 before these pages existed; run once at 1b2bf97): 17 articles of gold, 19
found; title 47.1%, outlet 23.5%, date 64.7%, boundary 36.8%, 28 furniture lines left. The splitter
before those rules (21f781d), on the same pages: 20 found; title 47.1%, outlet 23.5%, date 64.7%,
boundary 30.0%, 36 furniture lines: the rules carried over to pages they were not written for
(+6.8 points of boundary, 8 fewer furniture lines, nothing worse). Per page at 6822707 (title /
outlet / date / boundary, furniture left): afrikaans_karoo_koerier 0/0/0/0, 2;
aggregator_topic_source_lines_newsloop 0.75/0.5/0.75/0.75, 3; business_wire_earnings_table_quillon
0/0/1/0, 3; icelandic_austurfrettir_byline_above_headline 0/0/0/0, 2;
latvian_kurzemes_vestis_byline_after_body 1/1/0/1, 2; ministry_media_releases_joint_ministers
0/0/1/0, 0; national_daily_most_viewed_rail_daily_meridian 0/0/1/0, 1;
regional_broadcaster_get_in_touch_westmarch 2 found of 1, 1/0/1/0, 12;
rugby_club_blog_three_posts_fenmoor 4 found of 3, 0.67/0/0.33/0.75, 0;
weekly_magazine_feature_subheads_northern_weekly 1/1/1/0, 3.

Run ``python tests/layouts_fresh11_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH11 = HERE / "data" / "layouts-fresh11"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH11, label="fresh11 pages"))
