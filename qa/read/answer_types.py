"""Expected answer types of questions and the spans of a sentence that could answer them."""

from __future__ import annotations

import math
import re

from qa.text import AUXILIARIES, STOPWORDS, WH_WORDS, Token, tokenize

NUMBER, DATE, PERSON, PLACE, ENTITY, ALIAS, OTHER = "number", "date", "person", "place", "entity", "alias", "other"

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                 "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
                 "eighty ninety hundred thousand million billion trillion dozen dozens hundreds "
                 "thousands millions billions half").split()
_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "percent", "per", "cent", "%",
           "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "degrees",
           "dollars", "euros", "pounds", "kg", "tonnes", "tons", "acres", "mph", "years", "bn", "m"}
_QUALIFIERS = {"about", "around", "approximately", "nearly", "almost", "over", "some", "least",
               "more", "than", "up", "roughly", "estimated"}
_PERSON_NOUNS = set("""person man woman lawyer president minister mayor commander leader king queen emperor
author writer poet scientist spokesman spokeswoman spokesperson official head chief founder director
player coach general officer governor chancellor pope composer architect inventor actor actress singer
artist philosopher physicist chemist explorer ruler prince princess son daughter father mother wife
husband senator judge ceo chairman secretary ambassador envoy negotiator journalist reporter""".split())
_PLACE_NOUNS = set("""city town village country region state province place county capital port island
river mountain area district continent nation location site village neighbourhood neighborhood
suburb street building stadium venue university school hospital airport base""".split())
_NAME_NOUNS = set("""team network company organization organisation party band group newspaper channel
agency club station brand airline magazine firm bank""".split())
_TIME_NOUNS = set("year years date day month century decade era period time season".split())
_NAME_MODIFIERS = set("""another other alternative alternate official full native local formal common original
popular informal proper scientific technical latin greek english french german spanish italian arabic""".split())
# "X, or Y", "X (Y)", "X, also known as Y", "X called Y": the words after the cue rename X
_ALIAS_CUE = re.compile(r",\s*or\s+|\s*\(\s*|,?\s*\b(?:(?:also|sometimes|commonly|often|formerly|popularly|"
                        r"locally|officially|later|now)\s+)?(?:known\s+as|called|named|renamed|dubbed|nicknamed|"
                        r"referred\s+to\s+as|termed|aka)\s+")
_NAME_PARTICLES = set("of de del della dei di der des du da la le van von the and for y e".split())
# Lower-case words inside a name: "Ludwig van Beethoven", "Osama bin Laden".
_NAME_LINKS = ("de", "van", "von", "der", "bin", "of", "al", "la", "du", "da", "the")


def expected_type(question: str) -> str:
    """The kind of answer a question asks for.

    Args:
        question: the question.

    Returns:
        One of "number", "date", "person", "place", "entity" (a name of something else: a team,
        a network, an organisation), "alias" (another name of something the question names:
        "What is the Latin name of ...", "What is ... also known as?"), "other".
    """
    if _asks_alias(question):
        return ALIAS
    q = " ".join(question.lower().replace("?", " ").split())
    words = q.split()
    if re.search(r"\bhow (many|much|long|far|old|big|large|tall|high|deep|wide|often|heavy|fast)\b", q) \
            or re.search(r"\b(what|which) (percentage|percent|proportion|number|amount|share|fraction|size|age|population|temperature)\b", q) \
            or re.search(r"\b(the|a) (number|amount|total) of\b", q):
        return NUMBER
    if q.startswith("when") or re.search(r"\bwhen\b", q) and not re.search(r"\b(what|which|who|where|how)\b", q) \
            or re.search(r"\b(what|which) (year|years|date|day|month|century|decade|time|era|period)\b", q) \
            or re.search(r"\bsince when\b", q):
        return DATE
    if re.search(r"\b(who|whom|whose)\b", q):
        return PERSON
    if re.search(r"\bwhere\b", q):
        return PLACE
    m = re.search(r"\b(what|which)\s+(?:\w+\s+){0,2}?(\w+)", q)
    if m:
        following = words[words.index(m.group(1)) + 1:words.index(m.group(1)) + 4] if m.group(1) in words else []
        for w in following:
            w = re.sub(r"(['’]s)$", "", w)
            if w in _PERSON_NOUNS:
                return PERSON
            if w in _PLACE_NOUNS:
                return PLACE
            if w in _TIME_NOUNS:
                return DATE
        if m.group(1) == "which" or m.group(2) in _NAME_NOUNS:
            return ENTITY
    return OTHER


def _asks_alias(question: str) -> bool:
    """Whether the question asks for another name of something it names itself."""
    q = question.strip().rstrip("?").strip()
    if re.search(r"\b(who|whom|whose|when|where|how)\b", q, re.I):
        return False
    m = re.search(r"\b(\w+)\s+name\s+(?:of|for)\b", q)
    if m and (m.group(1).lower() in _NAME_MODIFIERS or m.group(1)[:1].isupper() and m.group(1).lower() not in WH_WORDS):
        return True
    low = q.lower()
    return bool(re.search(r"\b(?:also|otherwise|commonly|popularly|sometimes|often|formerly)\s+(?:known|called|referred)\b", low)
                or re.search(r"\bnickname", low) or re.search(r"\bstand for$", low))


def alias_spans(sentence: str, anchor_terms: set[str] | None = None, stem=lambda w: w) -> list[tuple[int, int]]:
    """Spans of `sentence` that rename something: the Y of "X, or Y", "X (Y)", "X, known as Y".

    Args:
        sentence: the sentence text.
        anchor_terms: when given, only renamings whose X ends in one of these normalised words.
        stem: a word-normalising function for matching `anchor_terms`.

    Returns:
        (start, end) offsets into the sentence.
    """
    toks = tokenize(sentence)
    spans: list[tuple[int, int]] = []
    for m in _ALIAS_CUE.finditer(sentence):
        before = [t for t in toks if t.end <= m.start() and any(ch.isalnum() for ch in t.text)]
        if not before:
            continue
        after = [t for t in toks if t.start >= m.end()]
        if "(" in m.group() and after and anchor_terms is not None and stem(after[0].low) in anchor_terms:
            # "American Football Conference (AFC)": the name the bracketed short form stands for
            run = []
            for t in reversed(before):
                if not (_capitalised(t) or t.low in ("of", "de", "and", "for") and run):
                    break
                run.insert(0, t)
            while run and not _capitalised(run[0]):
                run.pop(0)
            if run:
                spans.append((run[0].start, run[-1].end))
            continue
        if (anchor_terms is not None and stem(before[-1].low) not in anchor_terms):
            continue
        run: list[Token] = []
        quoted = after and after[0].text in "'\"‘“"
        seq = after[1:] if quoted else after
        for k, t in enumerate(seq):
            if not any(ch.isalnum() for ch in t.text) and t.text not in "-&'’":
                break
            if run and not quoted and not _capitalised(t) and not (
                    t.low in _NAME_PARTICLES and k + 1 < len(seq) and _capitalised(seq[k + 1])) \
                    and _capitalised(run[0]):
                break
            if t.low in STOPWORDS and run and not _capitalised(run[0]):
                break
            if t.low in STOPWORDS and not run:
                if t.low in ("the", "a", "an"):
                    continue
                break
            run.append(t)
            if len(run) >= 6:
                break
        while run and (run[-1].low in STOPWORDS or not any(ch.isalnum() for ch in run[-1].text)):
            run.pop()
        if run:
            spans.append((run[0].start, run[-1].end))
    return spans


def _is_number(tok: Token) -> bool:
    low = tok.text.lower().lstrip("$€£")
    return bool(re.fullmatch(r"\d[\d,.]*%?", low)) or low.rstrip("s") in _NUMBER_WORDS or low in _NUMBER_WORDS \
        or bool(re.fullmatch(r"\d+(st|nd|rd|th|s)", low)) or bool(re.fullmatch(r"(\w+-)?(one|two|three|four|five|six|seven|eight|nine)", low))


def _is_year(tok: Token) -> bool:
    return bool(re.fullmatch(r"(1[0-9]|20)\d\d(s)?", tok.text)) or bool(re.fullmatch(r"\d+(st|nd|rd|th)", tok.text.lower()))


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text)


def candidates(sentence: str, kind: str) -> list[tuple[int, int]]:
    """Spans of `sentence` that could answer a question of type `kind`.

    Args:
        sentence: the sentence text.
        kind: the expected answer type.

    Returns:
        (start, end) offsets into the sentence.
    """
    toks = tokenize(sentence)
    n = len(toks)
    if kind == NUMBER:
        def starts(i: int) -> bool:
            return _is_number(toks[i]) and not (_is_year(toks[i]) and i + 1 < n and toks[i + 1].text == ",")

        def extends(j: int) -> bool:
            nxt = toks[j + 1]
            return _is_number(nxt) or nxt.low in _SCALES or nxt.text == "-" and j + 2 < n and _is_number(toks[j + 2])

        spans = [(toks[i].start, toks[j].end) for i, j in _runs(n, starts, extends)]
    elif kind == DATE:
        def starts(i: int) -> bool:
            low = toks[i].low
            return (low in _MONTHS and _capitalised(toks[i]) and low != "may") or _is_year(toks[i]) \
                or (low in _WEEKDAYS and _capitalised(toks[i]))

        def extends(j: int) -> bool:
            nxt = toks[j + 1]
            return (nxt.low in _MONTHS or _is_year(nxt) or re.fullmatch(r"\d{1,2}", nxt.text) is not None
                    or nxt.text == "," and j + 2 < n and _is_year(toks[j + 2])
                    or nxt.low in ("century", "bc", "ad", "bce", "ce"))

        # "12 March 2024": a day number before the month belongs to the date.
        spans = [(toks[i - 1 if i > 0 and re.fullmatch(r"\d{1,2}", toks[i - 1].text) and toks[i].low in _MONTHS
                       else i].start, toks[j].end) for i, j in _runs(n, starts, extends)]
    elif kind in (PERSON, PLACE, ENTITY):
        def starts(i: int) -> bool:
            low = toks[i].low
            return _capitalised(toks[i]) and low not in STOPWORDS and low not in _MONTHS and low not in _WEEKDAYS

        def extends(j: int) -> bool:
            return _capitalised(toks[j + 1]) or (toks[j + 1].low in _NAME_LINKS and j + 2 < n
                                                 and _capitalised(toks[j + 2]))

        spans = [(toks[i].start, toks[j].end) for i, j in _runs(n, starts, extends)]
    elif kind == ALIAS:
        spans = alias_spans(sentence)
    else:
        spans = _phrases(toks)
    return spans


def _runs(n: int, starts, extends) -> list[tuple[int, int]]:
    """Token index ranges (first, last): each starts where `starts(i)` and grows while `extends(j)`."""
    runs = []
    i = 0
    while i < n:
        if starts(i):
            j = i
            while j + 1 < n and extends(j):
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


def _phrases(toks: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs of content words (no stopwords at the edges, no punctuation inside)."""
    spans: list[tuple[int, int]] = []
    run: list[Token] = []

    def flush():
        while run and run[-1].low in STOPWORDS:
            run.pop()
        while run and run[0].low in STOPWORDS:
            run.pop(0)
        if run:
            spans.append((run[0].start, run[-1].end))
        run.clear()

    for tok in toks:
        if not any(ch.isalnum() for ch in tok.text) or tok.low in ("and", "or", "but", "which", "that", "who",
                                                                   "is", "was", "are", "were", "has", "had",
                                                                   "have", "by", "as", "because", "when", "while"):
            flush()
        else:
            run.append(tok)
    flush()
    return spans


def question_names(question: str, stem=lambda w: w) -> set[str]:
    """The normalised words a question capitalises (its named entities), first word excluded.

    Args:
        question: the question.
        stem: a word-normalising function.

    Returns:
        A set of normalised words.
    """
    toks = tokenize(question)
    return {stem(t.low) for k, t in enumerate(toks) if k > 0 and _capitalised(t) and t.low not in STOPWORDS}


def best_span(sentence: str, question: str, kind: str, stem=lambda w: w) -> tuple[int, int] | None:
    """The span of `sentence` that most likely answers `question`.

    Candidates of the expected type that repeat no question word are ranked by how close they
    sit to the question's words inside the sentence (answers sit next to the matched context).

    Args:
        sentence: the top answer sentence.
        question: the question.
        kind: the question's expected answer type.
        stem: a word-normalising function (e.g. a stemmer) for matching question words.

    Returns:
        (start, end) offsets into the sentence, or None when nothing fits.
    """
    q_toks = tokenize(question)
    q_terms = {stem(t.low) for t in q_toks if t.low not in STOPWORDS}
    # words the question spells with a capital (not its first word) name its topic entity:
    # a candidate containing them repeats the question ("Super Bowl XLIX" for "Super Bowl").
    q_names = {stem(t.low) for k, t in enumerate(q_toks) if k > 0 and _capitalised(t) and t.low not in STOPWORDS}
    counted = None
    m = re.search(r"\bhow (?:many|much)\s+(?:of\s+the\s+)?([A-Za-z][\w-]*)", question, re.I)
    if m and m.group(1).lower() not in STOPWORDS:
        counted = stem(m.group(1).lower())
    toks = tokenize(sentence)
    matched = [t for t in toks if t.low not in STOPWORDS and stem(t.low) in q_terms]
    best, best_score = None, None
    if kind == OTHER:
        return _gap_span(toks, q_terms, stem, _direction(q_toks))
    for kind_try in [kind]:
        for start, end in candidates(sentence, kind_try):
            words = [t for t in toks if t.start >= start and t.end <= end]
            content = [t for t in words if t.low not in STOPWORDS and any(ch.isalnum() for ch in t.text)]
            if not content or (kind_try not in (OTHER, ALIAS) and any(stem(t.low) in q_names for t in content)):
                continue
            fresh = [t for t in content if stem(t.low) not in q_terms]
            if not fresh:
                continue
            if len(fresh) < len(content):
                # trim question words off the edges: "Mayor Artem Kobzar" -> "Artem Kobzar"
                keep = [t for t in words if not (t.low in STOPWORDS or stem(t.low) in q_terms)]
                first = next(k for k, t in enumerate(words) if t is keep[0])
                last = max(k for k, t in enumerate(words) if t is keep[-1])
                if any(stem(t.low) in q_terms for t in words[first:last + 1] if t.low not in STOPWORDS):
                    continue
                start, end = words[first].start, words[last].end
            distance = min((min(abs(t.start - start), abs(t.end - end)) for t in matched), default=50)
            length = len(fresh)
            score = distance / 10.0 + (0.3 * max(0, length - 2) if kind_try == OTHER else 0.0) \
                + (5.0 if kind_try != kind else 0.0)
            if kind_try in (PERSON, PLACE, ENTITY) and all(t.text.isupper() for t in fresh):
                score += 1.0  # acronyms (NFL, MVP) are rarely the name asked for
            if counted is not None and kind_try == NUMBER:
                after = [stem(t.low) for t in toks if t.start >= end][:3]
                if counted in after:
                    score -= 3.0
            if best_score is None or score < best_score:
                best, best_score = (start, end), score
        if best is not None:
            break
    return best if best is not None else _gap_span(toks, q_terms, stem, _direction(q_toks))


# Shape of the short answer to a "what / which / why / how" question, tuned on the first 12
# SQuAD dev titles: gold spans are short (about 3 words) and sit right next to the words the
# sentence shares with the question, in the gap the question word leaves.
GAP = {"distance": 1.0, "long": 0.45, "short": 0.6, "length": 3, "far": 12, "between": 0.0,
       "capital": 0.0, "connector": 0.3, "against": 1.0, "cluster": 0.3, "tau": 4.0}
_CONNECTORS = {"of", "and", "or", "for", "in", "on", "to", "the", "a", "an", "with", "from", "by"}
_WEAK = set("""said says say told called known used made became become including include includes included
one also would such well many much new first""".split())


def _direction(q_toks: list[Token]) -> int:
    """Where the answer sits relative to the question's words: 1 after (the object of "what did X
    do"), -1 before (the subject of "what caused X"), 0 either."""
    words = [t.low for t in q_toks if any(ch.isalnum() for ch in t.text)]
    wh = next((k for k, w in enumerate(words) if w in ("what", "which")), None)
    if wh is None:
        return 0
    if wh == len(words) - 1:
        return 1
    nxt = words[wh + 1]
    if nxt in AUXILIARIES:
        return 1
    if wh + 2 < len(words) and nxt not in STOPWORDS and words[wh + 2] in AUXILIARIES:
        return 0
    if nxt.endswith(("ed", "es", "s")) and nxt not in STOPWORDS:
        return -1
    return 0


def _gap_span(toks: list[Token], q_terms: set[str], stem, direction: int = 0) -> tuple[int, int] | None:
    """The short run of fresh words next to the question's words: the answer to a what-question."""
    words = [k for k, t in enumerate(toks)]
    is_word = [any(ch.isalnum() for ch in t.text) for t in toks]
    matched = [k for k, t in enumerate(toks) if is_word[k] and t.low not in STOPWORDS and stem(t.low) in q_terms]
    fresh = [is_word[k] and not (t.low not in STOPWORDS and stem(t.low) in q_terms) for k, t in enumerate(toks)]
    best, best_score = None, None
    n = len(toks)
    # distances skip the little words: "asked for a new footbridge" puts the answer next to "asked"
    gaps = [0]
    for t in toks:
        gaps.append(gaps[-1] + (t.low not in STOPWORDS))
    for i in words:
        if not fresh[i] or toks[i].low in STOPWORDS:
            continue
        for j in range(i, min(n, i + 10)):
            if not (fresh[j] or toks[j].text in ("-", "–", "/")):
                break
            if toks[j].low in STOPWORDS or not is_word[j]:
                continue
            inner = toks[i:j + 1]
            content = [t for t in inner if t.low not in STOPWORDS and is_word[toks.index(t)] if True]
            length = sum(1 for t in inner if any(ch.isalnum() for ch in t.text))
            if matched:
                left = min((1 + gaps[i] - gaps[m + 1] for m in matched if m < i), default=GAP["far"])
                right = min((1 + gaps[m] - gaps[j + 1] for m in matched if m > j), default=GAP["far"])
                if direction > 0:
                    dist = min(left, right + GAP["against"]) - 1
                elif direction < 0:
                    dist = min(right, left + GAP["against"]) - 1
                else:
                    dist = min(left, right) - 1
                between = left < GAP["far"] and right < GAP["far"]
            else:
                dist, between = GAP["far"], False
            near = sum(math.exp(-max(i - m, m - j) / GAP["tau"]) for m in matched)
            score = -GAP["cluster"] * near + GAP["distance"] * dist + GAP["long"] * max(0, length - GAP["length"]) \
                + GAP["short"] * max(0, GAP["length"] - length) / GAP["length"] \
                - GAP["between"] * between \
                + GAP["connector"] * sum(1 for t in inner if t.low in STOPWORDS) \
                + 0.5 * sum(1 for t in content if t.low in _WEAK) / max(1, len(content))
            if best_score is None or score < best_score:
                best, best_score = (toks[i].start, toks[j].end), score
    return best
