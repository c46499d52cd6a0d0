"""Eighteenth blind held-out measurement of page splitting (tests/data/layouts-fresh18).

The ten pages there were written before any change made for them, as news pages copied from a
browser (select all, copy, paste as plain text) by a newsroom researcher following ONE story
across outlets: the same invented event (the River Wendle flooding the town of Hollinsford, a
man of 71 dying at a ford, the 1832 Wendle Bridge closed for at least a fortnight, a record
4.86 m river level) reported by ten different outlets in ten layouts distinct from each other
and from fresh17. The reports share names, quotes and figures but differ on some of them (400,
'about 400', 'more than 400', 'ruim 400', 426, 430 or 431 evacuated; the dead man 71 or 72).
They are: a national broadcaster's article (two-line 'Published' / '2 hours ago' as the only
date, 'Image source, ORG' and 'Image caption, ...' lines before and inside the copy, a two-line
byline after the caption, no standfirst, a 'Media caption, ...' video line inside the body, a
subhead in single quotes, 'More on this story', 'Related internet links' with an external-sites
disclaimer, 'Related topics', 'Top stories'); a UK tabloid's story (ALL-CAPS kicker and ALL-CAPS
headline, standfirst, one 'Published: 06:02, 10 December 2025 | Updated: 09:48, 10 December
2025' line, '87 comments', a share row one button a line, 'Credit:' caption, a capitalised first
word, three ALL-CAPS crossheads kept in the body, a 'READ MORE ON FLOODING' block of two
punning related links and an embedded X post inside the copy, 'MOST READ IN NEWS'); a wire
agency's own story page ('UPDATE 2-' headline prefix, 'December 10, 2025 9:14 AM GMT' over
'Updated 41 min ago', a 'PNA/NAME' caption with 'Purchase Licensing Rights, opens new tab', a
three-bullet 'Summary' box before the body, an 'HOLLINSFORD, England, Dec 10 (PNA) -' dateline
kept in the body start, 'Advertisement · Scroll to continue', a 'Reporting by ...; Editing by
...' credit, trust-principles line, 'Suggested Topics:', reporter bio, 'Read Next'); a regional
daily's article (a masthead date line for the same day, consent banner, standfirst, 'By NAME' /
'Chief Reporter', 'Wednesday 10 December 2025 5:32 pm', a gallery label, a five-line 'ROAD
CLOSURES' box inside the copy with the story carrying on after it, two one-line subheads, a
'How to get help' box with a helpline after the body); the town's own local weekly on a
WordPress site (a quoted headline, 'Posted on 11th December 2025 by NAME', a five-line 'FLOOD
APPEAL' box inside the copy, WordPress share and 'Like' rows, 'Related' posts with 'In "News"'
lines, two reader comments, the 'Leave a Reply' form and a sidebar); a business paper's premium
article (a four-line markets strip, a 'Premium' badge, a byline without 'By' giving the writers'
cities, 'December 11 2025', a chart block of three lines inside the copy, 'Explore the topics
covered in this article'); a Spanish national paper's international story by its London
correspondent ('Publicado: 10/12/2025 13:05h' and 'Actualizado: ...', a '(PNA)' caption, a
'LONDRES.-' dateline kept in the body start, « » quotes, 'Noticia relacionada' and 'Publicidad'
inside the copy, 'Temas', 'Lo más leído'); an Italian regional daily's foreign story (ALL-CAPS
occhiello, a two-sentence headline with no final full stop, a sommario with an inner « » quote,
'di NAME', '3 ore fa' as the only date, 'Tempo di lettura', a '▶ Video | ...' line, 'Leggi
anche' and 'Pubblicità' inside the copy, 'Riproduzione riservata ©', a footer with a VAT
number); a Dutch regional daily's foreign story ('11 dec 2025 om 07:12' over 'Laatste update: 1
uur geleden', 'Leestijd 2 minuten', single-quote Dutch quotations, a tussenkop, 'Lees ook:' and
'Advertentie' inside the copy, 'Meer over', 'Meest gelezen'); and a regional digital site's live
blog with three entries, newest first (the live page's own headline and standfirst, a 'Key
points' box, the page date, blank lines between entries, each entry a time line above its own
headline, 'Posted by NAME' and 'Share'; two relative times and one bare clock time; an embedded
X post inside the second entry; each entry is gold as its own article with the page's date).
Outlets, people and places are invented. Their gold files were written before the splitter was
ever run on them. They are a measurement, not a target: nothing here asserts on the scores, and
the file is not collected by pytest.

First measurement (the splitter at f743286, the same models as at a34b3dc: the rules with the learned line
tagger and the site-name chooser, both trained on the tuning corpus, fresh3 to fresh16 and the seeds; run
once, before any change for these pages): 12 articles of gold, 19 found; title 83.3%, outlet 75.0%, date
50.0%, boundary 47.4%, 28 furniture lines left. The rules alone (no tagger, no chooser) on the same pages: 17
found; title 75.0%, outlet 25.0%, date 50.0%, boundary 52.9%, 36 furniture lines left (9 right boundaries
either way). Per page with both (title / outlet / date / boundary, furniture left):
business_paper_ticker_chart_premium_mercantile_review 1/0/1/0, 1;
dutch_buitenland_intro_leestijd_lindewaards_dagblad 1/1/0/0, 1;
italian_esteri_occhiello_sommario_voce_di_castelmarno 1/1/1/1, 1;
live_blog_three_entries_key_points_westmarch_live 4 found of 3, 1/1/0.33/0.75, 6;
local_weekly_wordpress_appeal_comments_hollinsford_herald 3 found of 1, 1/1/1/0.33, 7;
national_broadcaster_media_caption_harbourlight_news 3 found of 1, 0/1/0/0.33, 6;
regional_daily_closures_box_gallery_westmarch_chronicle 1/1/1/1, 0;
spanish_internacional_corresponsal_diario_almenara 1/0/0/1, 0;
tabloid_allcaps_headline_crossheads_morning_siren 1/1/1/1, 1; wire_agency_update_summary_dateline_pennant 3
found of 1, 0/0/0/0, 5.

Run ``python tests/layouts_fresh18_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH18 = HERE / "data" / "layouts-fresh18"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH18, label="fresh18 pages"))
