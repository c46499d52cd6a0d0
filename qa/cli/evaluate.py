"""`factdesk eval`: answer accuracy, citation recall, abstention, short-answer EM/F1, latency;
and, with `--claims`, fact-check accuracy, per-verdict precision/recall and the confusion matrix.

SQuAD 1.1 and 2.0 files are read alike (2.0's `is_impossible` questions have no answers), and
scored with SQuAD 2.0's measures too: HasAns EM/F1 with an abstention scored 0, the NoAns abstain
rate and the HasAns false-abstain rate. `titles` keeps only the questions of some articles (a
validation split); `off_topic` also removes those articles from the index, so every question
should abstain.

A claims file is either JSONL `{"claim", "verdict"}` lines checked against the assistant's own
index, or a Fool Me Twice file (one Wikipedia page per claim, with gold and retrieved evidence
sentences): every page becomes one article of an in-memory index, and `fmt_split` splits its
claims by page into train / val / test.
"""

from __future__ import annotations

import collections
import hashlib
import json
import random
import re
import string
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.records import VERDICTS, Article, VerdictKind


@dataclass(frozen=True)
class EvalItem:
    """One question with its gold answers; `gold_articles` are ids, `gold_title_word` a title word."""

    question: str
    answers: tuple[str, ...]
    gold_articles: tuple[str, ...] = ()
    gold_title_word: str | None = None
    title: str | None = None  # the SQuAD article the question was written about


def load_squad(path: Path) -> tuple[list[Article], list[EvalItem]]:
    """Every paragraph of a SQuAD 1.1 or 2.0 file as an article (title = the article's title), and its questions."""
    from qa.ingest.files import article_id

    data = json.loads(path.read_text(encoding="utf-8"))
    articles: list[Article] = []
    items: list[EvalItem] = []
    for doc in data.get("data", []):
        title = doc.get("title", "").replace("_", " ")
        for i, para in enumerate(doc.get("paragraphs", [])):
            text = para["context"]
            aid = article_id(title, text, None)
            articles.append(Article(id=aid, title=title, text=text, path=f"{path.name}#{doc.get('title')}/{i}"))
            for qa in para.get("qas", []):
                answers = () if qa.get("is_impossible") else \
                    tuple(dict.fromkeys(a["text"] for a in qa.get("answers", [])))
                items.append(EvalItem(qa["question"], answers, (aid,), title=title))
    return articles, items


def load_jsonl(path: Path) -> list[EvalItem]:
    """A JSONL QA file: {"question", "answers": [...], "article": title word or null} per line."""
    from qa.ingest.files import read_jsonl_objects

    return [EvalItem(o["question"], tuple(o.get("answers") or ()), (), o.get("article"))
            for o in read_jsonl_objects(path, "question")]


def evaluate(assistant, path: Path, limit: int | None = None, sample: int | None = None,
             out: Path | None = None, show_progress: bool = False, titles: frozenset[str] | None = None,
             off_topic: bool = False) -> dict:
    """Ask every question of an evaluation file and score the answers.

    Args:
        assistant: the Assistant (its config and model are used; a SQuAD file gets its own
            in-memory index of every paragraph, a JSONL file uses the assistant's index).
        path: SQuAD JSON or JSONL QA file.
        limit: only the first N questions.
        sample: a seeded random sample of N questions.
        out: write one JSON line per question (answer, gold, hit flags) here.
        show_progress: show a progress bar.
        titles: only ask the questions of these SQuAD articles (titles with spaces or underscores).
        off_topic: leave the asked questions' articles out of the index (every answer should abstain).

    Returns:
        The contract's metrics plus short-answer EM/F1 and the abstain rate.
    """
    from qa.assistant import AssistantError

    if not path.is_file():
        raise AssistantError(f"{path}: no such file")
    if path.suffix.lower() == ".json":
        articles, items = load_squad(path)
        if not articles:
            raise AssistantError(f"{path} has no SQuAD paragraphs")
        if titles is not None:
            wanted = {t.replace("_", " ") for t in titles}
            items = [it for it in items if it.title in wanted]
            if not items:
                raise AssistantError(f"{path} has no questions about the given titles")
        if off_topic:
            asked = {it.title for it in items}
            articles = [a for a in articles if a.title not in asked]
            if not articles:
                raise AssistantError("off-topic evaluation needs articles other than the asked ones")
            items = [EvalItem(it.question, (), (), title=it.title) for it in items]
        assistant = assistant.over_articles(articles, show_progress=show_progress)
    else:
        if titles is not None or off_topic:
            raise AssistantError("--titles and --off-topic need a SQuAD JSON file")
        items = load_jsonl(path)
    if sample:
        items = random.Random(13).sample(items, min(sample, len(items)))
    if limit:
        items = items[:limit]
    assistant.encoder.encode([it.question for it in items], show_progress=show_progress)
    rows = []
    iterator = items
    if show_progress:
        from tqdm import tqdm

        iterator = tqdm(items, desc="questions", unit="q")
    for item in iterator:
        answer = assistant.ask(item.question)
        rows.append(_score(item, answer))
    if out:
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return _aggregate(rows)


def _score(item: EvalItem, answer) -> dict:
    answerable = bool(item.answers)
    text = _norm_space(answer.answer)
    hit = answerable and not answer.abstained and any(_norm_space(g) in text for g in item.answers)
    cited: list[tuple[str, str]] = []
    for c in answer.citations[:5]:
        cited.append((c.article.id, c.article.title))
        cited.extend((a.id, a.title) for a in c.also_reported_by)
    if item.gold_articles:
        recall = any(aid in item.gold_articles for aid, _ in cited)
    elif item.gold_title_word:
        recall = any(item.gold_title_word.lower() in title.lower() for _, title in cited)
    else:
        recall = None
    # SQuAD 2.0 scoring: an abstention (or no short answer) on an answerable question scores 0.
    short = "" if answer.abstained else (answer.short_answer or "")
    em = max((squad_em(short, g) for g in item.answers), default=None) if answerable else None
    f1 = max((squad_f1(short, g) for g in item.answers), default=None) if answerable else None
    return {"question": item.question, "answers": list(item.answers), "answer": answer.answer,
            "short_answer": answer.short_answer, "abstained": answer.abstained, "answerable": answerable,
            "correct": hit, "citation_hit": recall, "em": em, "f1": f1,
            "first_citation": answer.citations[0].article.title if answer.citations else None,
            "latency_ms": answer.timings_ms.get("total", 0.0)}


def _aggregate(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    recall = [r["citation_hit"] for r in answerable if r["citation_hit"] is not None]
    latencies = np.array([r["latency_ms"] for r in rows]) if rows else np.zeros(0)

    def mean(values):
        values = [float(v) for v in values if v is not None]
        return round(sum(values) / len(values), 4) if values else None

    return {
        "questions": len(rows),
        "answer_accuracy": mean(r["correct"] for r in answerable),
        "citation_recall_at_5": mean(recall),
        "abstain_accuracy": mean(r["abstained"] == (not r["answerable"]) for r in rows),
        "abstain_rate": mean(r["abstained"] for r in rows),
        "short_answer_em": mean(r["em"] for r in answerable),
        "short_answer_f1": mean(r["f1"] for r in answerable),
        "hasans_questions": len(answerable),
        "hasans_em": mean(r["em"] for r in answerable),
        "hasans_f1": mean(r["f1"] for r in answerable),
        "hasans_false_abstain": mean(r["abstained"] for r in answerable),
        "noans_questions": len(unanswerable),
        "noans_abstain": mean(r["abstained"] for r in unanswerable),
        "latency_ms_p50": round(float(np.percentile(latencies, 50)), 2) if len(latencies) else None,
        "latency_ms_p95": round(float(np.percentile(latencies, 95)), 2) if len(latencies) else None,
    }


def _norm_space(text: str) -> str:
    return " ".join(text.lower().split())


def squad_normalise(text: str) -> str:
    """SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces."""
    text = "".join(ch for ch in text.lower() if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def squad_em(prediction: str, gold: str) -> float:
    """SQuAD exact match (1.0 or 0.0) after normalisation."""
    return float(squad_normalise(prediction) == squad_normalise(gold))


def squad_f1(prediction: str, gold: str) -> float:
    """SQuAD token F1 between a predicted and a gold answer."""
    p, g = squad_normalise(prediction).split(), squad_normalise(gold).split()
    common = collections.Counter(p) & collections.Counter(g)
    same = sum(common.values())
    if not p or not g:
        return float(p == g)
    if same == 0:
        return 0.0
    precision, recall = same / len(p), same / len(g)
    return 2 * precision * recall / (precision + recall)


def corpus_key(articles: list[Article]) -> str:
    """A short hash naming a set of articles (for caches and reports)."""
    digest = hashlib.sha256()
    for a in articles:
        digest.update(a.id.encode())
    return digest.hexdigest()[:12]


# -- claim verification ---------------------------------------------------------------------

SPLITS = ("all", "train", "val", "test")
FMT_LABELS: dict[str, VerdictKind] = {"SUPPORTS": "supported", "REFUTES": "contradicted"}


@dataclass(frozen=True)
class ClaimItem:
    """One claim with its gold verdict; `page` is the Wikipedia page of a Fool Me Twice claim."""

    claim: str
    verdict: VerdictKind
    page: str | None = None


def _bucket(family: str, key: str) -> int:
    """0..99 from the sha1 of a key (case and spacing ignored): one key always lands in one bucket."""
    return int(hashlib.sha1(f"factdesk-verifier:{family}:{' '.join(key.lower().split())}".encode()).hexdigest(), 16) % 100


def fmt_split(page: str) -> str:
    """The split of a Fool Me Twice Wikipedia page: 50% train, 20% val (thresholds), 30% test (reporting).

    Args:
        page: the claim's `wikipedia_page` (case and spacing do not matter).

    Returns:
        "train", "val" or "test"; every claim about one page lands in the same split.
    """
    b = _bucket("fmt-page", page)
    return "train" if b < 50 else "val" if b < 70 else "test"


def load_claims(path: Path) -> list[ClaimItem]:
    """A JSONL claims file: `{"claim": ..., "verdict": "supported"|"contradicted"|"not_found"}` per line.

    Other keys are allowed and ignored; blank lines are skipped.

    Args:
        path: the JSONL file.

    Returns:
        The claims in file order.

    Raises:
        AssistantError: one line naming the first bad line (not JSON, no claim, an unknown verdict).
    """
    from qa.assistant import AssistantError
    from qa.ingest.files import IngestError, read_jsonl_lines

    try:
        lines = read_jsonl_lines(path, "claim")
    except IngestError as exc:
        raise AssistantError(str(exc)) from None
    items = []
    for number, obj, error in lines:
        if error is None and not obj["claim"].strip():
            error = "the claim is empty"
        if error is None and obj.get("verdict") not in VERDICTS:
            error = f"needs a \"verdict\": one of {', '.join(VERDICTS)}"
        if error is not None:
            raise AssistantError(f"{path} line {number}: {error}")
        items.append(ClaimItem(obj["claim"], obj["verdict"]))
    return items


def load_fool_me_twice(path: Path, split: str = "all") -> tuple[list[Article], list[ClaimItem]]:
    """A Fool Me Twice file: one article per Wikipedia page, and the claims of one split.

    Every page's article is built from all the claims of the file whatever `split` is (so
    retrieval meets realistic distractors): the union of its gold and retrieved evidence
    sentences, each once, grouped by section header (sections in first-seen order, a blank line
    between them, sentences joined by a space), titled with the page name.

    Args:
        path: JSONL, one object per line with `text`, `label` (SUPPORTS / REFUTES),
            `wikipedia_page`, `gold_evidence` and `retrieved_evidence` (lists of
            `{section_header, text}`).
        split: "all", or only the claims whose page `fmt_split` puts in "train", "val" or "test".

    Returns:
        (articles in first-seen page order, claims in file order) with SUPPORTS as "supported"
        and REFUTES as "contradicted".

    Raises:
        AssistantError: an unknown split, or one line naming the first bad line of the file.
    """
    from qa.assistant import AssistantError
    from qa.ingest.files import IngestError, article_id, read_jsonl_lines

    if split not in SPLITS:
        raise AssistantError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    try:
        lines = read_jsonl_lines(path, "text")
    except IngestError as exc:
        raise AssistantError(str(exc)) from None
    pages: dict[str, dict[str, list[str]]] = {}  # page -> section -> sentences, in first-seen order
    seen: dict[str, set[str]] = {}
    items: list[ClaimItem] = []
    for number, obj, error in lines:
        if error is None:
            error = _fmt_error(obj)
        if error is not None:
            raise AssistantError(f"{path} line {number}: {error}")
        page = obj["wikipedia_page"]
        sections = pages.setdefault(page, {})
        known = seen.setdefault(page, set())
        for evidence in list(obj.get("gold_evidence") or ()) + list(obj.get("retrieved_evidence") or ()):
            sentence = " ".join(evidence["text"].split())
            if sentence and sentence not in known:
                known.add(sentence)
                sections.setdefault(evidence.get("section_header") or "", []).append(sentence)
        if split == "all" or fmt_split(page) == split:
            items.append(ClaimItem(obj["text"], FMT_LABELS[obj["label"]], page))
    articles = []
    for page, sections in pages.items():
        text = "\n\n".join(" ".join(sentences) for sentences in sections.values())
        if text:
            articles.append(Article(id=article_id(page, text, None), title=page, text=text,
                                    path=f"{path.name}#{page}"))
    return articles, items


def _fmt_error(obj: dict) -> str | None:
    """Why a Fool Me Twice line cannot be used, or None."""
    if not obj["text"].strip():
        return "the claim (\"text\") is empty"
    if obj.get("label") not in FMT_LABELS:
        return f"needs a \"label\": one of {', '.join(FMT_LABELS)}"
    if not isinstance(obj.get("wikipedia_page"), str) or not obj["wikipedia_page"].strip():
        return "needs a \"wikipedia_page\" string"
    for key in ("gold_evidence", "retrieved_evidence"):
        evidence = obj.get(key) or []
        if not isinstance(evidence, list) or not all(
                isinstance(e, dict) and isinstance(e.get("text"), str)
                and isinstance(e.get("section_header", ""), (str, type(None))) for e in evidence):
            return f"\"{key}\" must be a list of {{\"section_header\", \"text\"}} objects"
    return None


def is_fool_me_twice(path: Path) -> bool:
    """Whether a JSONL file is in the Fool Me Twice format (its first object has its evidence keys).

    Args:
        path: the JSONL file.

    Returns:
        True when the first non-blank line is an object with `gold_evidence` or `wikipedia_page`.
    """
    with open(path, "rb") as fh:  # the first line only: the loader reads the whole file once, after this
        lines = (line.decode("utf-8-sig", errors="replace") for line in fh)
        line = next((line for line in lines if line.strip()), "")
    for line in (line,):
        if line.strip():
            try:
                first = json.loads(line)
            except ValueError:
                return False
            return isinstance(first, dict) and ("gold_evidence" in first or "wikipedia_page" in first)
    return False


def evaluate_claims(assistant, path: Path, limit: int | None = None, sample: int | None = None,
                    out: Path | None = None, show_progress: bool = False, split: str = "all") -> dict:
    """Fact-check every claim of a claims file and score the verdicts.

    Args:
        assistant: the Assistant. A Fool Me Twice file gets its own in-memory index of every
            page (`assistant.over_articles`); a plain claims file is checked against the
            assistant's index.
        path: a JSONL claims file (`{"claim", "verdict"}`) or a Fool Me Twice file.
        limit: only the first N claims (after `split` and `sample`).
        sample: a seeded random sample of N claims.
        out: write one JSON line per claim here (claim, gold, predicted, explanation, the first
            evidence quote, check_ms).
        show_progress: show progress bars.
        split: Fool Me Twice only: "all", or the "train" / "val" / "test" pages of `fmt_split`.

    Returns:
        The `claim_metrics` of the checked claims.

    Raises:
        AssistantError: no such file, a bad line, a split for a plain claims file, no claims.
    """
    from qa.assistant import AssistantError

    if not path.is_file():
        raise AssistantError(f"{path}: no such file")
    if split not in SPLITS:
        raise AssistantError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    if is_fool_me_twice(path):
        articles, items = load_fool_me_twice(path, split)
        if not items:
            raise AssistantError(f"{path} has no claims in the {split} split")
        assistant = assistant.over_articles(articles, show_progress=show_progress)
    else:
        if split != "all":
            raise AssistantError(f"--split {split} needs a Fool Me Twice file; {path} is a plain claims file")
        items = load_claims(path)
        if not items:
            raise AssistantError(f"{path} has no claims")
    if sample:
        items = random.Random(13).sample(items, min(sample, len(items)))
    if limit:
        items = items[:limit]
    iterator = items
    if show_progress:
        from tqdm import tqdm

        iterator = tqdm(items, desc="claims", unit="claim")
    rows = []
    for item in iterator:
        t0 = time.perf_counter()
        verdict = assistant.check(item.claim)
        elapsed = (time.perf_counter() - t0) * 1e3
        rows.append({"claim": item.claim, "page": item.page, "gold": item.verdict, "predicted": verdict.verdict,
                     "explanation": verdict.explanation,
                     "evidence": verdict.evidence[0].quote if verdict.evidence else None,
                     "check_ms": round(elapsed, 2)})
    if out:
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return claim_metrics(rows)


def claim_metrics(rows: list[dict]) -> dict:
    """Accuracy, per-verdict precision/recall and the confusion matrix of checked claims.

    Args:
        rows: one dict per claim with `gold` and `predicted` verdicts and `check_ms`.

    Returns:
        `claims`; `accuracy`; `not_found_rate` (share of predictions that are not_found);
        `false_supported_rate` (share of gold-contradicted claims predicted supported);
        `per_class` {verdict: {gold, predicted, precision, recall}}; `confusion`
        {gold: {predicted: count}} over all three verdicts; `check_ms_p50` / `check_ms_p95`.
        A rate with no denominator is None.
    """
    def share(hits: int, total: int) -> float | None:
        return round(hits / total, 4) if total else None

    confusion = {g: {p: 0 for p in VERDICTS} for g in VERDICTS}
    for r in rows:
        confusion[r["gold"]][r["predicted"]] += 1
    gold_n = {c: sum(confusion[c].values()) for c in VERDICTS}
    pred_n = {c: sum(confusion[g][c] for g in VERDICTS) for c in VERDICTS}
    correct = sum(confusion[c][c] for c in VERDICTS)
    times = np.array([r["check_ms"] for r in rows], dtype=float)
    return {
        "claims": len(rows),
        "accuracy": share(correct, len(rows)),
        "not_found_rate": share(pred_n["not_found"], len(rows)),
        "false_supported_rate": share(confusion["contradicted"]["supported"], gold_n["contradicted"]),
        "per_class": {c: {"gold": gold_n[c], "predicted": pred_n[c], "precision": share(confusion[c][c], pred_n[c]),
                          "recall": share(confusion[c][c], gold_n[c])} for c in VERDICTS},
        "confusion": confusion,
        "check_ms_p50": round(float(np.percentile(times, 50)), 2) if len(times) else None,
        "check_ms_p95": round(float(np.percentile(times, 95)), 2) if len(times) else None,
    }
