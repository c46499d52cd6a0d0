"""Eighth blind held-out measurement of page splitting (tests/data/layouts-fresh8).

The ten pages there were written before any change made for them, in layouts that neither
the tuning corpus (tests/data/layouts) nor the earlier fresh batches cover: a finished live
blog 'as it happened' in reverse-chronological order (a 'This live coverage has ended' banner,
a 'Key events' list with '12h ago' times, summary bullets and five timestamped posts that form
ONE article, with an advert and an embedded social post between posts); a Catalan regional
news site (consent banner 'Accepta-les totes', 'Inici / Comarques / Segrià', 'Place | Dilluns,
24 de novembre de 2025, 07:50 h', 'Llegeix també:', 'Publicitat', a 'Foto:' caption after the
last paragraph, 'Arxivat a:' tags); a shipping trade-press page with a metered-access line, a
freight-rate table rendered as ' | '-separated text lines inside the body and a second story
under 'Also in today's Freight briefing'; a web RSS reader's unread view of five items from
five feeds, each with a 'FEED — 38m ago' line under its headline and an action line; a local
evening paper's court report whose only date is in its byline, with the image caption before
the byline, a 'Comments have been turned off ... for legal reasons' note and a sponsored
block; a Substack-style newsletter post (bare like / comment / restack counts, in-post
subscribe box, 'Discussion about this post' with a reader comment, platform footer); a local
TV station article under a weather widget ('48°', 'H 52° L 39°', 'Closings & Delays (3)'),
'Posted: Nov 21, 2025 / 05:47 PM EST', a dateline with call letters and a numbered 'Trending
Stories' list between paragraphs; a city government 'News Flash' page of four notices, each
under a department label with 'Posted on: ... | Last Modified on: ...'; a football club's
official match report with a score block, line-ups, bookings and a sponsored man-of-the-match
line; and a syndicated obituary on a web portal, the original publisher's name above 'Story
by NAME' and '• 1d •', the headline below the byline, 'Continue reading' mid-body and 'This
article originally appeared on OUTLET: HEADLINE' at the end. Their gold files were written
before the splitter was ever run on them. They are a measurement, not a target: nothing here
asserts on the scores, and the file is not collected by pytest.

First measurement (the splitter at e35b795, after the fresh7 round and before any change for these
pages; run once): 18 articles of gold, 20 found; title 50.0%, outlet 50.0%, date 66.7%, boundary
30.0%, 29 furniture lines left. Per page (title / outlet / date / boundary, furniture left):
catalan_diari_comarcal_ponent 2 found of 1, 0/0/0/0, 4; city_hall_news_flash_marlow_heights
1/1/1/0.75, 5; club_match_report_lineups_castlebrook 0/0/0/0, 4; court_report_wrexford_star
1/1/1/0, 1; liveblog_storm_idris_as_it_happened 3 found of 1, 0/0/0/0, 2;
newsletter_post_estuary_beat 0/1/1/0, 2; portal_syndicated_obituary 0/0/0/0, 0;
rss_reader_unread_view 4 found of 5, 0.6/0.2/0.6/0.4, 6; trade_press_grain_freight 0.5/1/1/0.5, 0;
tv_station_weather_trending_wctb 0/0/1/0, 5. Like every earlier blind batch, it shows that the
splitter's rules and line model fit the pages they were developed on and not new genres.

Run ``python tests/layouts_fresh8_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH8 = HERE / "data" / "layouts-fresh8"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH8, label="fresh8 pages"))
