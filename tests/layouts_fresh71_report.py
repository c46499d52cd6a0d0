"""Seventy-first blind held-out measurement of page splitting (tests/data/layouts-fresh71).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all eight are HYPERLOCAL
AND PERSONAL PUBLISHING (a student newspaper, a village newsletter, a neighbourhood blog, a post on
an email newsletter platform, a forum thread quoting a full article, a social-media group repost, a
podcast episode page and a school's news page), from countries and in languages not used before: a
Nicaraguan university student newspaper's 'Campus' section front from León printing two stories in
full (a student-made bar with an edition number first, the masthead 'La Chachalaca' over 'Hecho por
estudiantes desde 1998', 'León, martes 9 de junio de 2026' with the city first, caps 'CAMPUS' and
'CIUDAD' kickers, 'Texto: NAME (III año) · Fotos: NAME (II año)' with the year of study and 'hace 4
horas' alone on its line, a voseo 'Seguí leyendo: ...' link and a caption 'Foto: NAME / La
Chachalaca' inside the copy, 'Por NAME, estudiante de IV año | 05/06/2026', 'Comentarios (N)' and
'Compartir', a voseo call for writers, a disclaimer and a Creative Commons copyright line); a
Comorian village association's monthly newsletter from Nioumachoua on Mohéli printing three items in
full (a Huri Money donation appeal first, 'Le Lien de Nioumachoua' over a description line, 'Bulletin
n° 37 — juin 2026' as an issue line, 'Mis en ligne le samedi 13 juin 2026', a Shimwali 'Karibu!
Marahaba ...' greeting, caps 'VIE DU VILLAGE', 'ÉCOLE' and 'DIASPORA' labels, 'Par WRITER · DATE' meta
lines with 'il y a 2 jours', '10/06/2026' and 'hier, 21 h 10', guillemets closed by '», a expliqué
NAME, ...', a photo credit inside the copy, 'Réagir (N)', a publisher sentence naming the association
and a 'Marahaba! — Le bureau' sign-off); a Louisiana French neighbourhood blog from Breaux Bridge
printing two posts in full on WordPress with English theme strings (a crawfish price strip with
'asteur' first, 'La Rue du Pont' over a tagline, 'Mardi, le 16 juin 2026' with 'le', 'Publié y a 5
heures par Tante Rosalie' with the Louisiana 'y a', a 'Lis aussi : ...' link inside the copy, 'Publié
le 12 juin 2026 par NAME', 'samedi le 13' and the parade day in the second headline, a body ending with
a quotation, 'Posted in ... · Tagged ...', 'N Comments', 'Leave a comment', 'Older posts' and 'Proudly
powered by WordPress'); a Mauritanian journalist's French newsletter post on an email newsletter
platform from Nouakchott (the newsletter's name, 'Abonnez-vous' and 'Se connecter' first and no page
date, a subtitle without a full stop starting the body, the writer's bare name, '17 juin 2026', three
bare reaction counts, 'Partager' and '▶ Écouter cet article · 7 min' between the subtitle and the
first paragraph, a three-line subscribe prompt and a reader-supported plea inside the copy, two
reader comments aged 'il y a 2 j' and 'il y a 1 j', a 'Payant' badge, a 'Prêt pour plus ?' box and the
platform's footer); a Guyanese phpBB-style community forum thread from Rose Hall, Corentyne whose
first post quotes a newspaper article in full (a board breadcrumb first, 'Lime Yard Forum' over a
tagline, 'It is currently Fri Jun 19, 2026 8:47 am', the thread title in the poster's words, 'Post by
USER » Thu Jun 18, 2026 6:12 am', 'Quote:', the article's own headline and 'By NAME | Wednesday, June
17, 2026', a 'Source: The Berbice Beacon, URL' line, a 'Last edited by ...' line and two replies in
Guyanese Creolese); a Salvadoran neighbourhood Facebook group's post reposting a local news article in
full from Santa Tecla (the network's 'Facebook' / 'Buscar en Facebook' strings first, the group's name
with a flag emoji, 'Grupo público · 48,2 mil miembros', 'Miembro destacado · 3 h · 🌎', an emoji intro
by the member, the article's headline over 'Tecla Hoy | Lunes 15 de junio de 2026' with the outlet
first, hashtags, 'Ver traducción', a reactions line, comment and share counts and two comments with
bare ages); a Hmong-language independent podcast's episode page from Saint Paul, Minnesota (a 'Mloog
rau: Apple Podcasts · Spotify · YouTube · RSS' bar first, 'Suab Zos' over a Hmong tagline, 'Hnub Peb,
Lub 6 Hlis Tim 17, 2026' with a Hmong weekday and a numbered month, 'Hmoob | English', a caps 'SUAB ZOS ·
NTU 73' line, 'Tso tawm 2 hnub dhau los · 38 feeb', a player line, a sponsor read inside the show
notes, a 'Lub Sijhawm' chapter list, 'Lwm Ntu' with other episodes' dates, an English copyright line
naming the podcast's company and an English cookie line last); and a Quebec primary school's news page
from Gaspé printing two items in full (a closures and school bus alert first, 'Aujourd'hui : mercredi
10 juin 2026' before the skip link, the school's name as masthead, 'Publié hier à 15 h 30 par la
direction' and 'Publié le lundi 1er juin 2026 par le conseil d'établissement' with offices as writers,
a headline holding an event day, a deadline note inside the copy, 'Partager : Facebook · Courriel', a
newsletter box, an address line and an affiliation sentence naming the school service centre). Four
pages hold two or three items each (one three, three two), the others one. Dates mix absolute dates in
several formats and languages ('05/06/2026' and '10/06/2026' day first, 'Publié le 12 juin 2026',
'17 juin 2026', 'Wednesday, June 17, 2026' inside a forum quote, 'Lunes 15 de junio de 2026' after an
outlet's name, 'Publié le lundi 1er juin 2026') with relative times ('hace 4 horas', 'il y a 2 jours',
'hier, 21 h 10', 'y a 5 heures', '2 hnub dhau los', 'hier à 15 h 30') beside a date line that fixes the
day they were read (mastheads' date lines in Spanish, French, Louisiana French and Hmong, an online
line and a date strip), post times, comment ages and a board clock that are NOT the articles' dates,
and event days that are not the articles' dates (a clinic on 27 June, night opening from 15 June to 4
July and the Student Day on 23 July, a ceremony on 19 June, the Aïd on 27 May and weddings on 25 July
and 1 August, an opening for 4 July and a parade moved from the 13th to 27 June, a breakdown since 1
June and a part due by 30 June, works from June 22 and a reopening in September, works from 22 June
to 31 August, a garden open day on 11 July, a school trip moved to 19 June and a collection on 30
May). The outlet is named in mastheads, photo credits, subscribe prompts, a source line under a forum
quote, a line under a reposted headline, episode lines, description, publisher and address sentences
and copyright lines (the forum, the social network, the group, the newsletter platform and the
podcast's company are NOT outlets; one copyright line names a company and one affiliation sentence a
school service centre instead of the outlet). Outlets, people and organisations are invented (the
towns are real). Their gold files were written before the splitter was ever run on them. They are a
measurement, not a target: nothing here asserts on the scores, and the file is not collected by
pytest.

First measurement (the models and rules of 0816c6a, session 19's last: the learned parts trained on fresh3 to
fresh68 with the session's rules; the pages were written while those rules were made and kept unread until
this run): 13 articles of gold, 13 found; title 76.9%, outlet 61.5%, date 46.2%, boundary 76.9%, 10 furniture
lines left. Without the article filter: 15 found; title 76.9%, outlet 61.5%, date 46.2%, boundary 66.7%, 13
furniture lines left. The rules alone: 13 found; title 30.8%, outlet 0.0%, date 46.2%, boundary 15.4%, 61
furniture lines left. Also blind, on a2aec5d (the end of session 18): 13 found; title 84.6%, outlet 61.5%,
date 46.2%, boundary 76.9%, 10 furniture lines left.

Run ``python tests/layouts_fresh71_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH71 = HERE / "data" / "layouts-fresh71"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH71, label="fresh71 pages"))
