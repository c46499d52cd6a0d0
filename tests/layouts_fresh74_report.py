"""Seventy-fourth blind held-out measurement of page splitting (tests/data/layouts-fresh74).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time the eight are from SCIENCE,
HEALTH, EDUCATION AND ENVIRONMENT DESKS (a university's research news, hospital and health centre
news, an education department's bulletin, an environment association's field report, a nature
reserve's news, a science magazine's short news and a national daily's education section), from
countries not used before (Timor-Leste, Peru, the Republic of the Congo) and in languages not used
before (Mizo, Chuvash, Bambara, Bashkir, Minangkabau): a Timor-Leste university's research news
story in European Portuguese (a skip link 'Saltar para o conteúdo' first, 'Tetum | Português |
English', the university's name over its office line, 'Terça-feira, 7 de julho de 2026', Tetum menu
items, a caps 'INVESTIGAÇÃO · AMBIENTE' kicker, a one-sentence standfirst without a full stop
starting the body, then 'Texto: NAME | Fotos: NAME', 'Publicado em 03/07/2026 · Leitura: 4 min' and
a share line between the standfirst and the first paragraph, a caption ending 'Foto: NAME / UNILOS'
and a 'Leia também: Hera: ...' link inside the copy, curly quotes closed by '”, afirmou a Profª.
NAME.', a journal 'Referência:' line, a press contact line, 'Outras notícias da investigação' over
'há 2 dias' and slashed dates, a description sentence, a copyright line and a Portuguese cookie line
last); a Mizo-language mission hospital's news page from Aizawl, Mizoram, printing two items in full
(a 'Mizo | English' switch first, an emergency line, a Mizo motto with 'since 1968', 'Nilaini, July
8, 2026' with a Mizo weekday and an English month, caps Mizo labels, meta lines 'Darkar 3 kal ta ·
Ziaktu: NAME' and 'Nimin, 4:30 PM · Ziaktu: PRO, ZCH' with the date first, a caption ending
'Thlalak: ZCH' and a 'Chhiar bawk rawh: ...' link inside the copy, straight quotes closed by ',\"
tiin ... Dr. NAME chuan a sawi.', 'Share: Facebook | WhatsApp' after each, 'Chanchin dang', an English
description sentence, a copyright line naming the hospital's society and an English cookie line
last); a Chuvash-language district education department's bulletin from Kanash printing three items
in full (a Russian low-vision link first, 'Чӑвашла | Русский', the bulletin's masthead 'Шкул ҫулӗ',
'кӗҫнерникун, 2026 ҫулхи утӑ уйӑхӗн 9-мӗшӗ' with the month in the genitive and an ordinal day, caps
labels, meta lines '3 сехет каялла · Хатӗрлекен: NAME', 'ӗнер, 14:20 · ...' and '06.07.2026 · ...' with
the date first, guillemets closed by '», — терӗ ... NAME.', a 'Вуласа тух: ...' link inside the
copy, a share line and a view count 'Пӑхнӑ: N' after each, a publisher sentence, a copyright line
naming the department, not the bulletin, and a Russian cookie line last); a Bambara-language
environment association's field report from Markala near Ségou, Mali, on a site with French strings
(a French skip link and 'Faire un don' first, 'Bamanankan | Français', 'Juma, 10 Zuluyekalo 2026'
with a Bambara weekday and month, a caps 'RAPƆRI' label, 'Sɛbɛnnikɛla: NAME · kunu, 18:30' with the
writer first and yesterday with a clock time as the only date, a French share line before the body,
a caption ending 'Ja: Jiri ni Ji / NAME' and an 'A kalan fana: Sɛgu: ...' link inside the copy,
guillemets closed by '», Markala dugutigi NAME ko.', 'Rapɔri wɛrɛw' over Bambara month dates, a French
registration sentence with a récépissé number and a French cookie line last); a Peruvian science
magazine's 'En breve' page printing three short items in full (a print subscription line in soles
first, 'Lunes 13 de julio de 2026 | Lima 15 °C, garúa' with a weather part after a pipe, caps topic
kickers, meta lines 'hace 5 horas · Redacción Quipu', 'hace 2 días · Por NAME' and '09/07/2026 · Por
NAME' with the date first, 'setiembre' spelt the Peruvian way, Quechua potato names in straight
quotes, a caps 'PUBLICIDAD' label and a one-line advertisement between the second and third items, a
caption ending 'Foto: Quipu Ciencia / NAME' inside the third, 'Compartir: ...' after each, a newsletter
line, a publisher sentence and a copyright line naming the company); a Republic of the Congo national
daily's 'Éducation' section front from Brazzaville printing two stories in full (a 'Flash info : ...'
bar with an event day first, the city-first 'Brazzaville, mardi 14 juillet 2026', caps kickers, meta
lines 'Il y a 4 heures · Par NAME' and 'Publié le 11 juillet 2026 à 10h25 · Par NAME' with the date
first, guillemets closed by '», a assuré le directeur des examens, NAME.', a 'Lisez aussi :
Pointe-Noire : ...' link inside the copy, 'Réagir (N) | Partager' after each, a numbered 'Les plus
lus' list repeating a headline, a publisher sentence, a copyright line naming the company's initials
and a cookie line last); a Bashkir-language state nature reserve's science story on wild bee tree
hives (a 'Башҡортса | Русский | English' switch first, the reserve's name over a founding-year line,
'Шаршамбы, 15 июль 2026' with a Bashkir weekday, a caps 'ФӘН' kicker, 'кисә, 17:45 · Авторы: NAME · 684
ҡарау' with yesterday and a clock time first and a view count, a caption ending 'Фото: Инйәр
ҡурсаулығы' and an 'Уҡығыҙ шулай уҡ: Бөрйән: ...' link inside the copy, guillemets closed by '», —
тине ... NAME.', 'Башҡа яңылыҡтар' over '3 көн элек' and a dotted date, a Russian legal-name line, a
Russian copyright line naming no one and a Russian cookie line last); and a Minangkabau-language
community health centre's news portal from Palembayan, West Sumatra, with Indonesian site strings (a
complaints WhatsApp line first, 'Kamih, 16 Juli 2026' with a Minang weekday, a '»' breadcrumb, a caps
'IMUNISASI' kicker, 'Ditulih dek: NAME · 2 hari nan lalu' with the writer first and a relative age as
the only date, a caption ending 'Foto: Humas Puskesmas Palembayan' and a 'Baco juo: ...' link inside
the copy, straight quotes closed by ',\" kato ... dr. NAME.', 'Kaba lainnyo' over '1 minggu nan lalu'
and a slashed date, an address line, a copyright line naming the health centre, not the portal, and
no cookie line). Four pages hold two or three articles each (two three, two two), the others one.
Dates mix absolute dates in several formats and languages ('03/07/2026' and '09/07/2026' day first,
the dotted '06.07.2026', 'Publié le 11 juillet 2026 à 10h25') with relative times ('Darkar 3 kal ta',
'Nimin, 4:30 PM', '3 сехет каялла', 'ӗнер, 14:20', 'kunu, 18:30', 'hace 5 horas', 'hace 2 días', 'Il y a
4 heures', 'кисә, 17:45', '2 hari nan lalu') beside a date line that fixes the day they were read
(mastheads' date lines in Portuguese, Mizo, Chuvash, Bambara, Spanish with a weather part, French
with the city first, Bashkir and Minangkabau), relative ages of other stories in related rails, and
event days that are not the articles' dates (a seminar on 21 July and measurements from September,
fogging until July 20 and applications until July 31, medals on 24 July, a camp shift from 20 July and
repairs by 15 August, work from 15 August to 30 September, a flyby on 2 September and a release in
November, orals from 16 to 18 July and results on 31 July, applications until 15 August and classes
from 5 October, excursions until 1 September, an immunisation month from 1 to 31 August and a
posyandu on Saturday 18 July). The outlet is named in mastheads, photo credits, the copy, description,
publisher and registration sentences and copyright lines (five copyright lines name a society, a
department, a company, a company's initials or a health centre instead of the outlet, and one names no
one). Outlets,
people and organisations are invented (the towns and rivers are real). Their gold files were written
before the splitter was ever run on them. They are a measurement, not a target: nothing here asserts
on the scores, and the file is not collected by pytest.

First measurement (the models and rules of b68472a, session 19's last: the learned parts trained on fresh3 to
fresh68 at 0816c6a; the gold was committed at ca88acd before any splitter run): 14 articles of gold, 14 found;
title 100.0%, outlet 42.9%, date 64.3%, boundary 78.6%, 1 furniture line left. Without the article filter: 15
found; title 100.0%, outlet 42.9%, date 64.3%, boundary 73.3%, 2 furniture lines left. The rules alone: 15
found; title 78.6%, outlet 0.0%, date 64.3%, boundary 53.3%, 30 furniture lines left. Also blind, on c07f700
(session 20's first rules, made from fresh69-72 before these pages were read): the same.

Run ``python tests/layouts_fresh74_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH74 = HERE / "data" / "layouts-fresh74"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH74, label="fresh74 pages"))
