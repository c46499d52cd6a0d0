"""`factdesk eval`: answer accuracy, citation recall, abstention, short-answer EM/F1, latency.

SQuAD 1.1 and 2.0 files are read alike (2.0's `is_impossible` questions have no answers), and
scored with SQuAD 2.0's measures too: HasAns EM/F1 with an abstention scored 0, the NoAns abstain
rate and the HasAns false-abstain rate. `titles` keeps only the questions of some articles (a
validation split); `off_topic` also removes those articles from the index, so every question
should abstain.
"""

from __future__ import annotations

import collections
import hashlib
import json
import random
import re
import string
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.records import Article


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
