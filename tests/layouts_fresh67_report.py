"""Sixty-seventh blind held-out measurement of page splitting (tests/data/layouts-fresh67).

The eight pages there were written before any change made for them, as pages a researcher would
paste (select all, copy, paste as plain text), from invented outlets in layouts distinct from each
other and from the earlier batches. This time every page is pasted FROM AN APP OR A READER rather
than from an outlet's ordinary article page (a news app's article screen, a feed reader, a lite
site, a notification digest, a messaging channel, a print view, a browser reader mode and an
archived copy), each from a country or in a language not used before: a Tok Pisin-language Papua New
Guinea news app's article screen (the phone's status bar '9:41' / '4G ▮▮▮ 62%' first, '← Bek', the
app's masthead 'Tok Tru Nius', an action row 'Aa · Seivim · Salim', 'Tede: Fraide, 12 Jun 2026' with a
Tok Pisin weekday, a caps 'PROVINS · MOROBE' kicker, 'Stori bilong NAME long Lae', '4 aua i go pinis ·
3 minit long ritim' with a relative age as the only date, a caption ending 'Foto: Tok Tru Nius' before
the first paragraph, curly quotes closed by ',” lida bilong ol papa graun, Mista NAME, i tok.', a 'Ritim
tu: Lae: ...' link inside the copy, a 'Salim:' share line, a like line, 'Ol narapela stori long Morobe'
over 'Asde' and '2 de i go pinis', and the app's bottom tab bar one item a line, no footer); a web RSS
reader's 'Today' view holding three Latin-language news items in full from a Vatican City service and
a Roman weekly, with the reader's own strings in English (the reader's name 'Leafline' first, feed and
folder names with unread counts, 'Monday, 15 June 2026' under 'Today', feed lines 'FEED · NAME · 2h',
'FEED · NAME · Yesterday, 18:30' and 'FEED · Fri, 12 Jun 2026 09:00' with the feed's name first, Roman
calendar dates in the copy ('a die Veneris, XXVI mensis Iunii', 'a Kalendis Iuliis'), guillemets closed
by '», dixit NAME, ...', a Latin feed footer 'Hic nuntius primum in Actis Diurnis Vaticanis editus est.'
naming the outlet in the ablative, 'Open original ↗ · ☆ Save · Share' after each item, 'You're all
caught up in Latine'); a Cuban provincial weekly's text-only 'versión ligera' printing two items in
full (the site's name with '— versión ligera' first, a page-weight line '(11 KB)', '[Ir a la versión
completa]', 'Bayamo, martes 16 de junio de 2026. «Año 68 de la Revolución»' with the official year motto,
a pipe menu, 'Por NAME | hace 5 horas' and 'Por NAME | 14/06/2026' with the byline first, guillemets
closed by '», explicó NAME, ...', '[Comentarios (N)] [Compartir]' in brackets, a description sentence
with a founding year and a copyright line allowing reproduction); a Djiboutian French-language news
app's evening notification digest opened in a browser (the app's name and 'Ouvrir dans l'application'
first, 'Mercredi 17 juin 2026 — 18:05' with a clock time, 'Votre résumé du soir', five notifications
each under a 'CAPS LABEL · AGE' line, three collapsed to their headline and 'Appuyez pour lire
l'article' and two 'FLASH' items printed in full: 'FLASH · il y a 2 h' and 'FLASH · hier, 21:05',
guillemets with French spacing, a Sunday-to-Thursday working week in the copy, 'Partager · Masquer ce
type d'alerte', a description sentence and a copyright line naming the media group); a Guinea-Bissau
Portuguese-language daily's WhatsApp channel reposting two articles (WhatsApp's European Portuguese
strings first, 'Canal · 48,2 mil seguidores', a channel description naming the paper, posts oldest
first under caps relative day dividers 'ONTEM' and 'HOJE' with no date dividers, headlines opening with
'📰', '🔗 Leia no site: ...', emoji reaction counts and bare clock times, and between the two articles a
Guinea-Bissau Kriol and Portuguese greeting post 'Bon dia, Bissau! Kuma ku bu sta? Hoje é quinta-feira,
18 de junho de 2026. ...' that alone fixes the day); a Yemeni Arabic-language Aden daily's 'print this
article' view (the print buttons '[طباعة] [إغلاق النافذة]' first, 'نسخة للطباعة', the name with
'صحيفة' over a tagline, a print date line 'طُبعت هذه الصفحة في: 19/06/2026 10:42' two days after the
article, 'كتب: NAME', 'نُشر في: الأربعاء 17 يونيو 2026 - 08:30 م' with a 12-hour clock and 'م', an
archive photo caption without a picture, guillemets after 'وأضاف:', 'رابط المقال: URL' and a copyright
line, no share line, no related links); a Svalbard Norwegian-language local weekly's article in
Microsoft Edge's immersive reader (the domain 'isfjordbladet.no' and the reader's Norwegian toolbar
first, the site's name and '4 min lesing', a one-sentence standfirst starting the body, then 'Av NAME',
'18.06.2026 kl. 21.40' alone on its line and a caption ending 'Foto: Isfjordbladet' before the first
paragraph, an en-dash quotation '– ..., sier politioverbetjent NAME til Isfjordbladet.' naming the
outlet in the copy, a tips line last, no page date line, no menus); and an Equatorial Guinea
Spanish-language digital daily's article as an archived copy on a page-archiving service (the
archive's English banner 'keepsnap.today', 'webpage capture', 'Saved from' over the URL and the capture
time '20 Jun 2026 06:41:17 UTC', the day after the archived page's own date line, first; then the
masthead over a tagline, 'Malabo, viernes 19 de junio de 2026', a menu, 'Por NAME', 'hace 6 horas ·
Lectura: 3 min' with a relative age frozen in the capture, a caption ending 'Foto: Ecos de Bioko',
guillemets closed by '», contó por teléfono a Ecos de Bioko NAME, ...', a 'Lea también: Bata: ...' link
inside the copy, 'Noticias relacionadas' over slashed dates, a description sentence and a copyright
line). Four pages hold two or three articles each (one three, three two), the others one: 13
articles. Dates mix absolute dates in several formats and languages ('14/06/2026', 'Fri, 12 Jun 2026
09:00', the Arabic 'الأربعاء 17 يونيو 2026 - 08:30 م', the Norwegian '18.06.2026 kl. 21.40') with relative
times ('4 aua i go pinis', '2h', 'Yesterday, 18:30', 'hace 5 horas', 'il y a 2 h', 'hier, 21:05', the
dividers 'ONTEM' and 'HOJE', 'hace 6 horas') beside a date line that fixes the day they were read (an
app's 'Tede:' line, a reader's 'Today' heading, a lite site's date line with a year motto, a digest's
date line with a clock time, a greeting post inside a channel and an archived page's own date line
that the archive's capture time contradicts), and things that are not the articles' dates (a phone's
status-bar clock, a print date, a capture time, Roman-calendar days, a working week from Sunday 21
June, Independence Day on 27 June, power cuts from Saturday 20 June, a cashew campaign to 31 August,
dialysis from Monday 22 June, a pumping schedule from Saturday 20 June, cabins closed to 1 July and a
second ship from 3 August). The outlet is named in app mastheads, feed lines, a lite site's name
line, a channel's name and description, a print view's masthead with 'صحيفة', a reader view's site
name, photo credits, the copy, description sentences and copyright lines (one copyright line names a
media group instead of the outlet; the reader app, WhatsApp and the archive are not outlets).
Outlets, people and organisations are invented (the towns, islands and regions are real). Their gold
files were written before the splitter was ever run on them. They are a measurement, not a target:
nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the models and rules of a2aec5d, session 18's last: the learned parts trained on fresh3 to
fresh60): 13 articles of gold, 14 found; title 84.6%, outlet 30.8%, date 38.5%, boundary 85.7%, 2 furniture
lines left. Without the article filter: 16 found; title 84.6%, outlet 30.8%, date 38.5%, boundary 75.0%, 7
furniture lines left. The rules alone: 16 found; title 30.8%, outlet 7.7%, date 38.5%, boundary 18.8%, 24
furniture lines left. Also blind, on 799b897 (session 19's first rules, made before these pages were read): 14
found; title 84.6%, outlet 30.8%, date 38.5%, boundary 85.7%, 2 furniture lines left.

Run ``python tests/layouts_fresh67_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH67 = HERE / "data" / "layouts-fresh67"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH67, label="fresh67 pages"))
