"""Eighty-fourth blind held-out measurement of page splitting (tests/data/layouts-fresh84).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all eight are MAINSTREAM
ASIAN AND MIDDLE EASTERN NEWS SITES in their own scripts and conventions (national dailies,
broadcasters' sites, city portals), one page each in Japanese, Korean, Simplified Chinese, Arabic,
Hindi, Indonesian, Turkish and Vietnamese: a Japanese commercial broadcaster's Kansai news section
front from Osaka printing three items in full (a live-stream bar first, the station's name over 'KHT
NEWS', a menu, a '＞' breadcrumb, NO header date anywhere, '2026年3月10日 10時32分' over a video line
'▶ 動画を再生（1分24秒）', '3時間前' and '昨日 19:40' as the other items' only dates, the reporter credit
in full-width brackets after each body ('（関西ひかりテレビ 記者 NAME）', '（京都支局 記者 NAME）'), share rows
with full-width spaces, a 'PR' advertisement between the items, an access ranking, an app box, a
Japanese cookie line and the company's English copyright line last; a ferry timetable, tourist express
buses in Kyoto and a Kobe bus terminal opening next April); a Korean national television network's
story from Busan printed as a report transcript (the network's name and an 'ON AIR' line first,
'NAME 기자', '입력 2026.09.16 오전 10:32' and '수정 2026.09.16 오후 2:15' with 오전/오후 clock times, a
'▶ 재생 02:14' video line, bracketed '[앵커]', '[리포트]' and '[인터뷰] NAME / ROLE' markers inside the
copy, the sign-off 'NRB뉴스 박지훈입니다.', a camera and editing credits line, the reporter's e-mail, the
copyright notice, other stories with '3시간 전', '6시간 전' and '어제' at the ends of their lines and a
footer; a tram's trial runs from the 28th and its opening next March); a Simplified-Chinese Hangzhou
city portal's transport section front printing four items in full (the date line first as a
'今天是2026年5月20日 星期三' sentence with the weather, the portal's name over its pinyin, '来源：杭城在线
记者 NAME 通讯员 NAME 3小时前', '昨天 19:40 记者 NAME', '2026-05-18 08:15 记者 NAME' and a republished item
'来源：西子早报 作者：记者 NAME 5小时前' whose body opens '西子早报讯' and ends before a '（本文转载自西子早报，
如有侵权请联系删除）' note, reading counters and '收起全文 ∧' after each item, an '广告' label and an app banner
between the items, an ICP number and a description sentence naming the operating company); an
Arabic-language Dubai news channel's story on a new water-bus line ('شاهد البث المباشر ▶' first, an
'عاجل | ...' ticker, a 'فيديو | ٢:١٤' video line, 'الأربعاء ٧ أكتوبر ٢٠٢٦ - ١٠:٣٢ ص' with Arabic-Indic
digits, an update line 'آخر تحديث: منذ 3 ساعات' that is not its date, 'دبي - NAME، مراسل المرفأ نيوز',
the channel named in the copy with 'لـ«...»', an 'اقرأ أيضاً: ...' link and an 'إعلان' label inside the
copy, related headlines over 'منذ 5 ساعات' and 'منذ يوم', an app line, the media network in the
copyright line with Arabic-Indic digits and an Arabic cookie line last); a Hindi national daily's
Jaipur city page with the next story loaded below in full (an app banner first, 'बुधवार, 22 जुलाई
2026', a city picker, a 'हाइलाइट्स' box of three bullets, 'संवाददाता, जयपुर | 3 घंटे पहले' as the first
story's only date, 'Google News पर फॉलो करें', a 'ये भी पढ़ें: ...' link and a 'विज्ञापन' label inside the
copy, 'अगली खबर', 'भारत प्रहरी न्यूज़ नेटवर्क, जोधपुर' and 'प्रकाशित: 21 जुलाई 2026, 19:40 IST', the
company in the copyright line and a Hindi cookie line last; monsoon waterlogging and a new train from
1 August); an Indonesian Jakarta-based national portal republishing a Pekalongan tidal-flood story from
a regional partner (the portal's name as one caps word first, a trending hashtag line, a partner label
'Nusantara Kini Network | Kabar Pantura' over the headline, 'Kamis, 12 Feb 2026 09:15 WIB' with an
abbreviated month, 'Penulis: NAME | Editor: NAME', a caption credited '(Kabar Pantura/NAME)', a
'PEKALONGAN, NUSANTARAKINI —' dateline naming the portal inside the body, 'ADVERTISEMENT' and 'SCROLL TO
CONTINUE WITH CONTENT' and two 'Baca Juga: ...' links inside the copy, 'Artikel ini telah tayang di
Kabar Pantura dengan judul "..."' after it, related headlines over '3 jam lalu' and 'Kemarin, 20:10' and
the portal's company in the copyright line); a Turkish Istanbul news channel's city section printing
three items in full (a currency and market ticker first, '4 Kasım 2026 Çarşamba · İstanbul 14°C ...',
'LODOS HABER', 'CANLI YAYIN', an app line, 'Muhabir: NAME · 3 saat önce', 'Muhabir: NAME · Dün 19:40'
and an agency item 'Kaynak: Boğaziçi Haber Ajansı (BHA) · 03.11.2026 10:32', share lines and comment
counts, a 'REKLAM' advertisement between the items, a line naming the owning company and a Turkish
cookie line last; Marmaray night trains, a ferry timetable and a landslide in Sarıyer); and a
Vietnamese Ho Chi Minh City television station's morning digest of three short items (an app banner
first, 'PNTV' over its full name, a menu on one line with pipes, the heading 'Điểm tin sáng thứ Tư,
ngày 19/8/2026' as the only date on the page, 'Biên tập: NAME', an audio line, the presenter's greeting
and sign-off sentences, 'Tin 1/3' to 'Tin 3/3' labels over headlines with no bylines or dates of their
own, a caption ending 'Ảnh: PNTV' after the first item, '(Theo Báo Sông Hàn)' after the third, 'Tin mới'
over '3 giờ trước' and '5 giờ trước', a licence line and the station's copyright line asking to credit
'PNTV'). Four pages hold three or four articles each (one four, three three), one two and three one: 18
articles. Dates mix absolute dates in the languages' usual forms ('2026年3月10日 10時32分', '입력
2026.09.16 오전 10:32', '2026-05-18 08:15', '٧ أكتوبر ٢٠٢٦ - ١٠:٣٢ ص' in Arabic-Indic digits, '21 जुलाई
2026, 19:40 IST', 'Kamis, 12 Feb 2026 09:15 WIB', '03.11.2026 10:32') with relative times in the pages'
languages ('3時間前', '昨日 19:40', '3小时前', '昨天 19:40', '5小时前', '3 घंटे पहले', '3 saat önce', 'Dün
19:40'), some beside a date line that fixes the day they were read (Chinese, Hindi and Turkish header
dates) and two on a page where nothing does (the Japanese section front, whose relative-only items have
no date); an update age that is not the article's date (Arabic), a modified time on the same day
(Korean), a digest heading that is the only date of three undated items (Vietnamese), and event days
that are not the articles' dates (a ferry change from 1 April, buses from the 21st, an opening on 24
April next year, trials from the 28th and an opening next March, a metro opening on 28 June and a bus
lane enforced from 1 June, a water-bus line from 1 November, a school holiday on Thursday and a train
from 1 August with bookings from 25 July, a flood since Wednesday 11 February and a forecast until Sunday
15 February, night trains from 13 November and a timetable until 31 March, buses from 1 September and a
bridge show paused from 22 August to 5 September). Three articles come from an outlet other than the
site showing them (a paper reprinted by the Chinese portal, an agency on the Turkish channel and a paper
quoted by the Vietnamese digest) and the Indonesian story from the partner paper the portal names, not
the portal; outlets are otherwise named in mastheads, credits, bylines, captions, app lines,
descriptions and copyright lines (five copyright lines name a company or network instead of the
outlet). Outlets, people and organisations are invented (the cities, stations, ministries and transport
authorities are real). Their gold files were written before the splitter was ever run on them. They are
a measurement, not a target: nothing here asserts on the scores, and the file is not collected by
pytest.

First measurement (the models and rules of d15bd15, session 20's last: the learned parts trained on fresh3 to
fresh76; the pages were written at the start of session 21, committed at 5dbf2f8 and measured before any change of
that session): 18 articles of gold, 13 found; title 38.9%, outlet 27.8%, date 38.9%, boundary 44.4%, 3 furniture
lines left. Without the article filter: 14 found; title 38.9%, outlet 27.8%, date 38.9%, boundary 44.4%, 7 furniture
lines left. The rules alone: 16 found; title 50.0%, outlet 11.1%, date 44.4%, boundary 33.3%, 43 furniture lines
left. Then, still unread, on 9f095dc (session 21's rules, made from fresh77-80's misses, and its parts trained on
fresh3-80): 13 found; title 38.9%, outlet 22.2%, date 38.9%, boundary 44.4%, 3 furniture lines left; without the
filter 14 found, 38.9 / 22.2 / 38.9 / 44.4%, 7 furniture lines left; the rules alone 16 found, 50.0 / 11.1 / 44.4 /
33.3%, 41 furniture lines left. The site-name threshold chosen afterwards on the training folders (0.9, from 0.875)
reads them the same.

Run ``python tests/layouts_fresh84_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH84 = HERE / "data" / "layouts-fresh84"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH84, label="fresh84 pages"))
