"""Fifty-fifth blind held-out measurement of page splitting (tests/data/layouts-fresh55).

The six pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all six are ordinary
general news pages (national dailies, television news sites and a national news agency's wire
service) from large countries in Asia, Africa and the Americas not used before, each in a major
language of its country: a mainland Chinese national television news site's article page in
simplified Chinese (an app download bar '下载神州新闻客户端，随时随地看新闻 >' first, '2026年5月11日 星期一
农历三月廿五' with the weekday and the lunar date of the same day, the news brand over '神州广播电视总台主办',
a '>' breadcrumb, a two-part headline, one meta line '记者 NAME | 3小时前 | 来源：神州新闻' with a relative
age and a source label naming the outlet, '字号：大 中 小', '分享到：...', a caption beginning '图为5月10日，'
and ending '（神州新闻 记者 NAME 摄）', a dateline '神州新闻郑州消息：' opening the body, a '相关阅读：...'
link inside the copy, corner quotes closed by '”NAME说，', a bracketed reporter credit and '责任编辑：NAME'
after the body, '相关新闻' over '05-09 14:20' times, a numbered '热点排行', a reprint sentence, ICP and
public security numbers and a copyright line naming the broadcaster); a Colombian national daily's
'Regiones' section front printing two stories in full (a market strip 'TRM hoy: $3.912,40 ▼ 0,35 % |
...' first, a caps masthead, 'Bogotá, martes 12 de mayo de 2026', caps place kickers 'CALI' and
'SANTANDER', 'Por NAME - Corresponsal en CITY' bylines, 'Hace 4 horas' alone as the first story's
only date, curly quotes closed by '”, afirmó NAME, ...', a 'Lea también: Jamundí: ...' link inside
the copy, 'Compartir: Facebook | X | WhatsApp' after each story, a caps 'PUBLICIDAD' label and a
one-line advertisement between the stories, '11 de mayo de 2026 - 06:30 p. m.' with a spaced 'p. m.',
'Lo más leído', a description sentence with a founding year, a copyright line naming the publishing
company and a Spanish cookie line last); a Chilean television channel's earthquake live page with
three timed entries (a '🔴 SEÑAL EN VIVO · ...' bar first, the channel over its news brand, a caps 'EN
VIVO' kicker over 'Minuto a minuto: ...' and a standfirst without a full stop, 'Actualizado: miércoles
13 de mayo de 2026, 11:24 hrs.' as the page's only full date, a staff credit, a 'Resumen' box of '•'
summaries, entries timed 'Hace 6 min', 'Hace 1 hora' and '08:47 hrs.', each closed by 'Compartir', a
'▶ VIDEO | ... (0:41)' block between the first two entries, a quotation closed by '\", contó a Pacífico
Noticias NAME, ...' naming the outlet in the copy, 'Te puede interesar' over abbreviated dates '12 may.
2026', a description sentence and a copyright line naming the company); an Algerian French-language
national daily's article page (an Arabic edition link 'النسخة العربية | Français' first, 'Jeudi 14 mai
2026 — Alger 24°C' with a weather part, a '/' breadcrumb, a caps 'RÉGIONS' kicker, a headline with a
spaced colon 'Oran : ...', a one-line chapeau, 'Par NAME' alone, 'Publié hier à 21h40 | Mis à jour il y
a 2 h' with a relative day and an 'h' time, a caption ending '(Photo : D. R.)', guillemets closed by
'», a déclaré ...' and '», confie NAME, ...', a 'Lire aussi : Mostaganem : ...' link inside the copy,
'Commentaires (3)', 'Dans la même rubrique' over slashed dates, a publisher sentence, a copyright line
naming the company and a French cookie line last); an Angolan news agency's Portuguese wire story in
the pre-reform spelling Angola keeps ('Português | English | Français' first, 'Luanda, sexta-feira,
15 de Maio de 2026' with a capitalised month, the agency's full name as masthead, 'Publicado a 14 Maio
2026 - 16h05' and 'Actualizado a 15 Maio 2026 - 08h12' on separate lines, a city and en dash dateline
'Lubango – ...' opening the body, curly quotes closed by '”, disse NAME, em declarações à AKN.', an
editors' initials line 'AJS/NBG/MRA' after the body, 'Tags:' with pipes, 'Notícias relacionadas', a
description sentence with the initials and a founding year and '© 2026 AKN. ...'); and a Syrian
Arabic-language national daily's article page with the Levantine month names ('English | العربية'
first, 'السبت 9 أيار 2026 | دمشق 27°' with a weather part, a '»' breadcrumb, a headline holding an event
date 'في 25 أيار', one meta line 'حماة - NAME | منذ 5 ساعات' with the city before the reporter and a
relative age as the only date, a caption ending '(تصوير: NAME)', an 'اقرأ أيضاً: حمص: ...' link and an
'إعلان' label inside the copy, guillemets closing a paragraph with '».', 'الوسوم:' tags, 'أخبار ذات صلة'
over Levantine-month dates, a description sentence with a founding year and a copyright line naming
the publishing foundation). Two pages hold two or three articles each (one three, one two), the
others one: nine articles. Dates mix absolute dates in several formats and languages ('11 de mayo de
2026 - 06:30 p. m.', 'Publicado a 14 Maio 2026 - 16h05', a bare '08:47 hrs.' on a live page) with
relative times ('3小时前', 'Hace 4 horas', 'Hace 6 min', 'Hace 1 hora', 'hier à 21h40', 'منذ 5 ساعات')
beside a date line that fixes the day they were read (mastheads' date lines in Chinese with the lunar
date, Spanish, French, Portuguese and Arabic, two with a weather part, and a live page's updated
line), an update line that is not the publication date, and event days that are not the articles'
dates (a harvest from 5月下旬 and machines from 5月25日, a school holiday from 19 June and a holiday
Monday 18 May, a cocoa fair on 5 June, classes suspended until Friday 15 May, water round the clock
from 1 June and Eid around 27 May, a train from 1 June with tickets from 25 May, wheat buying from 25
May until August). The outlet is named in mastheads, source labels, caption credits, datelines, the
copy, description, publisher and reprint sentences and copyright lines (four copyright lines name a
broadcaster, company or publishing foundation instead of the outlet, and one only the agency's
initials). Outlets, people and organisations are invented (the towns and regions are real). Their
gold files were written before the splitter was ever run on them. They are a measurement, not a
target: nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the models and rules of 35c1a25, session 17's last: the learned parts retrained on fresh3 to
fresh50 with the session's rules; run once, before any change for these pages): 9 articles of gold, 9 found; title
100.0%, outlet 77.8%, date 66.7%, boundary 77.8%, 3 furniture lines left. Without the article filter: 13 found;
title 100.0%, outlet 77.8%, date 66.7%, boundary 53.8%, 17 furniture lines left. The rules alone: 13 found; title
55.6%, outlet 11.1%, date 33.3%, boundary 30.8%, 32 furniture lines left. Also blind, on 4782e83 (the end of session
16): 9 found; title 88.9%, outlet 77.8%, date 44.4%, boundary 77.8%, 3 furniture lines left.

Run ``python tests/layouts_fresh55_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH55 = HERE / "data" / "layouts-fresh55"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH55, label="fresh55 pages"))
