"""Sixty-first blind held-out measurement of page splitting (tests/data/layouts-fresh61).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all eight are regional and
local daily newspapers' websites in large countries, from regions and cities not used before (three
in languages not used before: Russian, Nigerian Pidgin and Konkani), five of them single-article
pages with heavy furniture and three section fronts or news lists printing their items in full: a
Russian-language regional daily's story from Cherepovets, Vologda Oblast (an age rating '16+' first,
a weather and currency strip with arrows 'USD 81,20 ▲', 'Вторник, 26 мая 2026' with a genitive month,
the masthead in caps 'ВОЛОГОДСКИЙ ЭКСПРЕСС' over a tagline, 'Главная / Новости / Череповец', a caps
rubric, 'Автор: NAME' and the date on its own line as 'вчера в 18:40' with a 24-hour time, a view
count '2 341 просмотр', a caption ending 'Фото: NAME / «Вологодский экспресс»', guillemets closed by
'», — сказал ...', the outlet named in the copy, a 'Читайте также: Вологда: ...' link and a
'Реклама' label inside the copy, 'Теги:', a Ctrl+Enter error line, a Telegram prompt, 'Самое
читаемое', a media registration sentence, a founder line and a copyright line naming the company
'ООО «Северный медиадом»', a cookie line last); a Brazilian state daily's 'Interior' section front
from Pernambuco printing three stories in full (a São João countdown line first, 'Recife,
quarta-feira, 27 de maio de 2026' with the city first, a caps masthead with a founding year, caps
town kickers, one line 'Por NAME, da sucursal de Caruaru · Há 4 horas', 'Por NAME, de Petrolina ·
Ontem às 19h15' and 'Por NAME · 25/05/2026 às 08h02' with 'h' times, curly quotes closed by '”,
disse ...', a 'Leia também: ...' link inside the first story, 'Compartilhe: ...' and 'Comentários
(N)' after each, a 'PUBLICIDADE' label and an advertisement between the second and third, a WhatsApp
signup, a description sentence, a copyright line naming 'Editora Capibaribe S.A.' and an LGPD cookie
line last); a Nigerian Pidgin-language news site's story from Warri, Delta State (a power-supply
strip 'Light yesterday: Warri 14 hrs · ...' first, 'Read for English ›', 'Thursday, 28 May 2026', a
caps masthead, a '»' breadcrumb, a caps 'FIRE' label, 'Na NAME write am' and '6 hours wey don pass' on
their own lines, 'Share dis tori: ...', a caption ending 'Foto: Waffi Tori', a quotation closed by
',\" Mama NAME, wey dey sell wrapper for di market, tell Waffi Tori.', a 'Read dis one too: ...'
link and a caps 'ADVERTISEMENT' label inside the copy, 'Oda tori dem', a WhatsApp channel box, a
Pidgin description sentence, a copyright line naming 'Ubiebi Media Ltd.' and a Pidgin cookie line
last); a Konkani-language Goan daily's Margao city edition story in Devanagari (a fish price strip
from the Margao market first, 'सुक्रार, २९ मे २०२६' with a Konkani weekday and Devanagari digits, a
'देवनागरी | Romi Konknni' script switch, an edition line 'आवृत्ती: पणजी | मडगांव | म्हापसा', 'आमचो
प्रतिनिधी | मडगांव' as byline, 'काल सांजे ७.३० वरां' (yesterday evening at 7.30) as the only date, a
caption ending '(फोटो: दर्यावेळ)', curly quotes closed by ',” अशें ... हांणी सांगलें.', a 'हेंय वाचात:
...' link and a 'जायरात' label inside the copy, 'हेर खबरो', a description sentence, a copyright line
in Devanagari digits naming the publishing company and an English cookie line last); a Mexican
state daily's 'Municipios' section front from Yucatán printing three stories in full (a caps 'ALERTA
DE CALOR: ...' line first, 'Mérida, Yucatán · Sábado 30 de mayo de 2026 · Ma'alob k'iin' with a Maya
greeting, a Maya-language menu item, caps town kickers, ONE LINE WITH THE DATE BEFORE THE BYLINE:
'Hace 45 minutos | Redacción', 'Hace 2 días | Por NAME, corresponsal' and 'miércoles 27 de mayo de
2026 · 13:05 hrs | Por NAME', a 'Te puede interesar: ...' link inside the first story, 'Comparte
esta nota' and 'Ver más de TOWN ›' after each, a 'PUBLICIDAD' label and an advertisement between the
second and third, a newsletter box, a description sentence with a founding year, a copyright line
naming 'Grupo Editorial Sac-Bé, S.A. de C.V.' and a cookie line last); an Indonesian provincial
site's 'Berita Terkini' list from Banjarmasin, South Kalimantan, printing two items in full (a river
tide strip with WITA times first, 'Senin, 1 Juni 2026 | 15 Zulhijah 1447 H' with the Hijri date of
the same day, a caps masthead over a Banjarese tagline, caps kickers, 'Oleh NAME · 3 jam lalu' and
'Oleh NAME · Sabtu, 30 Mei 2026 16:20 WITA', a caption ending '(Foto: Banua Ekspres/NAME)', the first
body opening with the caps dateline 'BANJARMASIN, BANUAEKSPRES.COM – ...' naming the site's domain,
Indonesian parenthesised event dates '(31/5/2026)' and '(29/5/2026)', a Banjarese 'Baca jua: ...'
link inside the copy, 'Editor: NAME' and 'Bagikan: ...' after each, an 'Iklan' label and an
advertisement between the items, 'Terpopuler', a description sentence, a 'Pedoman Media Siber' link
row and a copyright line naming 'PT Banua Media Utama' last, no cookie line); a Chinese city evening
paper's story from Harbin in simplified Chinese (a '滚动：...' rolling headline first, '2026年5月25日
星期一　哈尔滨 晴 12℃~24℃' with the city's weather, the masthead over a pinyin masthead in caps and a
media group line, '当前位置：首页 > 文旅 > 正文', the date on its own line as '今天 07:48' (today at
07:48), '本报记者 NAME 文/摄', a read count '阅读：12.6万', a caption marked '（资料图）', the body opening
with the lead-in '本报讯（记者 NAME）5月24日，...' and an event date of the day before, a '推荐阅读：...'
link and a '广告' label inside the copy, '责任编辑：NAME', a '【版权声明】' notice naming the paper,
'相关新闻', '热门排行', an ICP registration line and a copyright line naming '松花江晚报社', no cookie
line); and an Egyptian Arabic-language regional news site's story from Aswan (a train times strip
first, 'الأحد 31 مايو 2026 - 23 بشنس 1742' with the Coptic date of the same day, an 'English' link, a
'»' breadcrumb, 'كتب: NAME' and 'منذ 3 ساعات' on their own lines, a view count, a caption ending
'- صورة أرشيفية' without a credit, guillemets closed by '»، بحسب ما صرّح به ... لـ«الجنادل».' naming
the outlet after a prefixed preposition, an 'اقرأ أيضًا: ...' link and an 'إعلان' label inside the
copy, 'الكلمات المفتاحية:', 'أخبار ذات صلة', 'الأكثر قراءة' with '1-', a chairman and editor line, a
copyright line naming 'مؤسسة الجنوب للصحافة والنشر' and an Arabic cookie line last). Three pages hold
two or three articles each (two three, one two), the others one. Dates mix absolute dates in several
formats and languages ('25/05/2026 às 08h02' day first, 'miércoles 27 de mayo de 2026 · 13:05 hrs',
'Sabtu, 30 Mei 2026 16:20 WITA') with relative times ('вчера в 18:40', 'Há 4 horas', 'Ontem às 19h15',
'6 hours wey don pass', 'काल सांजे ७.३० वरां', 'Hace 45 minutos', 'Hace 2 días', '3 jam lalu', '今天
07:48', 'منذ 3 ساعات') beside a date line that fixes the day they were read (mastheads' date lines in
Russian, Portuguese, English, Konkani, Spanish, Indonesian, Chinese and Arabic, with a greeting, a
Hijri date, the weather or a Coptic date beside four of them), and event days that are not the
articles' dates (a bridge closure from 1 June to 31 August and a crash on Saturday 23 May, the São
João from 1 June and a visit from Monday 1 June, a festival from 9 to 26 July, relief from Monday 1
June and a fire on Wednesday night, the monsoon around 5 June and drain works until 3 June, a cenote
reopening on Monday 15 June and feed deliveries from 4 June, an octopus season from 1 August, a
market Sunday (31/5/2026) and a seed handover (29/5/2026), a park opening on 6月20日 announced 5月24日,
a heat wave from Tuesday 2 June). The outlet is named in mastheads, photo credits, the copy,
description, registration and copyright notices (one site's domain opens a dateline; every copyright
line names a company, group, foundation or newspaper office instead of the outlet). Outlets, people
and organisations are invented (the towns are real). Their gold files were written before the
splitter was ever run on them. They are a measurement, not a target: nothing here asserts on the
scores, and the file is not collected by pytest.

First measurement (the models and rules of 6b5f231, session 18's: the learned parts trained on fresh3 to fresh60
with the session's rules; the pages were written while those rules were made and kept unread until this run): 13
articles of gold, 13 found; title 92.3%, outlet 53.8%, date 38.5%, boundary 84.6%, 2 furniture lines left. Without
the article filter: 13 found; title 92.3%, outlet 53.8%, date 38.5%, boundary 84.6%, 2 furniture lines left. The
rules alone: 15 found; title 0.0%, outlet 0.0%, date 38.5%, boundary 13.3%, 48 furniture lines left. Also blind, on
eadc212 (the end of session 17): 13 found; title 92.3%, outlet 53.8%, date 38.5%, boundary 84.6%, 4 furniture lines
left.

Run ``python tests/layouts_fresh61_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH61 = HERE / "data" / "layouts-fresh61"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH61, label="fresh61 pages"))
