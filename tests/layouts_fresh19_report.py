"""Nineteenth blind held-out measurement of page splitting (tests/data/layouts-fresh19).

The eight pages there were written before any change made for them, as ordinary everyday news
pages copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other: a Canadian city daily's article in a chain template (the
'This advertisement has not loaded yet, but your article continues below.' placeholder before
the headline and inside the copy, a deck without a full stop starting the body, 'Author of the
article:' over the reporter's name, one line 'Published Dec 08, 2025  •  Last updated 3 hours
ago  •  3 minute read', a 'Photo by NAME /OUTLET' caption, four 'Article content' labels, a
one-line subhead, the reporter's e-mail and 'X: @handle' lines, 'Recommended from Editorial');
an Irish regional weekly's 'news in brief' page holding two short items under the page's own
joined headline (furniture), 'Compiled by NAME', 'Tue, 09 Dec, 2025 - 06:00' as the page date,
a sponsor line, blank lines between the items, a 'Picture: NAME' caption after the first item,
a news-tip line, 'Read More' / 'Most Read' and 'Death Notices' (each item is gold as its own
article with the page's date); a New Zealand national site's article (macrons in the menu,
headline and place names, a standfirst with a full stop, the reporter's name over 'Reporter',
'5 hours ago' as the only date, 'Listen to this article' over a bare '3:41', 'Reading time 3
mins', a 'Related' box of two headlines inside the copy, a 'Kia ora!' newsletter box, 'More from
New Zealand' with relative times); a South African news site's article (ALL-CAPS
'ADVERTISEMENT' labels, no standfirst, '08 December 2025 | 14:20', an audio counter '00:00 /
04:12', a bracketed '(Photo: NAME/OUTLET)' caption, a share row one button a line, 'R11.4-million',
a 'Read more:' link inside the copy, a WhatsApp-channel line, 'Tags', 'Trending', a footer with
'Press Code' and 'PAIA Manual'); a Kenyan news site's article page with the next article loaded
below it by infinite scroll (breadcrumb with '»', an ALL-CAPS 'COUNTIES' kicker over each
headline, 'December 8, 2025 10:15 am' on the first and '19 hours ago' as the second's only date,
'N min read', a 'PHOTO | NAME' caption, 'Sh80,000', an 'ALSO READ:' link inside the copy, 'Tags:'
and 'Share this:' rows, a 'NEXT STORY' label between the two articles); an American public-radio
station's web story (call letters over the station's name, 'Listen Live', Donate, a programme
sub-menu, a two-sentence headline without a full stop, 'TVPR | By NAME', 'Published December 8,
2025 at 5:04 AM CST', 'Listen • 4:12', a caption whose 'NAME / TVPR' credit stands on its own
line, no standfirst, a reporter bio, four tags, a donation appeal, the station's frequencies
over the footer; the station is the outlet); a Brazilian business site's article in Portuguese
(a three-line quote strip 'Ibovespa 128.412 pts +0,84%' / 'Dólar ...' / 'Euro ...', a linha
fina without a full stop starting the body, 'Por NAME, OUTLET — Curitiba', one line '08/12/2025
09h31 · Atualizado há 2 horas', 'Compartilhar:', 'Ouvir matéria', a '— Foto: NAME/Divulgação'
caption, 'Leia também:' over a linked headline and 'Publicidade' inside the copy, a one-word
intertítulo, 'Conteúdo publicitário', 'Mais lidas'); and a German magazine site's reportage from
the print issue (the name in capitals, a consent sentence with „...“ quotes, a several-word
Dachzeile over a three-word headline, a two-sentence teaser, 'Eine Reportage von NAME', 'Fotos:
NAME', '7. Dezember 2025, 16:40 Uhr', 'Aus dem Lotsenblatt Nr. 50/2025', '14 Kommentare',
'Artikel verschenken', a '© NAME für Lotsenblatt' caption, a 'Lesen Sie auch:' link and a
Zwischenüberschrift in the copy, an issue note after it, 'Mehr aus Gesellschaft', a trial offer).
Two pages hold two articles each, the others one. Dates mix absolute dates in several formats
with relative times (alone, or as an update time beside a full date). Outlets, people and places
are invented. Their gold files were written before the splitter was ever run on them. They are
a measurement, not a target: nothing here asserts on the scores, and the file is not collected
by pytest.

First measurement (the splitter at 5a9c4a8, the models of a41c9d9: the rules with the learned line tagger and
the site-name chooser, both trained on the tuning corpus, fresh3 to fresh18 and the seeds; run once, before
any change for these pages): 10 articles of gold, 12 found; title 90.0%, outlet 80.0%, date 90.0%, boundary
41.7%, 10 furniture lines left. The rules alone (no tagger, no chooser) on the same pages: 11 found; title
60.0%, outlet 50.0%, date 90.0%, boundary 36.4%, 22 furniture lines left. Per page with both (title / outlet /
date / boundary, furniture left): brazilian_business_linha_fina_cotacoes_pregao_capital 1/1/1/0, 0;
canadian_city_daily_author_of_the_article_brackenridge_examiner 2 found of 1, 1/1/0/0, 3;
german_magazine_reportage_heftausgabe_lotsenblatt 0/1/1/0, 2;
irish_regional_news_in_brief_two_items_clonmara_echo 3 found of 2, 1/0/1/0.67, 1;
kenyan_next_article_infinite_scroll_kilima_courier 1/1/1/1, 0; nz_national_relative_time_listen_korimako_news
1/1/1/1, 0; south_african_listen_whatsapp_read_more_sunveld_times 1/1/1/0, 1;
us_public_radio_listen_support_bio_tamsin_valley_public_radio 1/1/1/0, 3.

Run ``python tests/layouts_fresh19_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH19 = HERE / "data" / "layouts-fresh19"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH19, label="fresh19 pages"))
