"""Fact checks by reading: the trained verifier scores the claim against its best evidence sentences.

The retrieved passages' sentences are ranked by relevance to the claim (`rank_sentences`, shared
with the rule checker); the most relevant few are read by the verifier (`qa.check.nli_model`),
each with its neighbouring sentences as context, in one batch. The verdict:

* contradicted when one relevant sentence refutes the claim (refutes >= `refute`), unless another
  supports it clearly (supports >= `override`, and more surely than the refutation): one
  refuting sentence of a relevant report beats weak support elsewhere;
* supported when a relevant sentence supports it (supports >= `support`);
* not_found otherwise, or when no sentence is relevant enough (relevance < `min_relevance`).

The thresholds ship in `qa/check/weights/verifier.json`, chosen by `training/calibrate_verifier.py`
on validation claims only. Where the rule alignment finds the differing detail, the explanation
says it ("The source says 426 drones, the claim says 600 drones."); otherwise it quotes the
deciding sentence. Evidence quotes are exact: `article.text[start:end]`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from qa.check.checker import THRESHOLDS, FactChecker, Ranked, article_bag, cite_evidence, rank_sentences
from qa.check.decision import Decision
from qa.check.nli_model import Entailment
from qa.records import Passage, Verdict, VerdictKind


@dataclass(frozen=True)
class VerifierThresholds:
    """The verifier's decision thresholds (probabilities, and the relevance gate)."""

    min_relevance: float = 0.35
    support: float = 0.5
    refute: float = 0.5
    override: float = 0.9
    candidates: int = 6   # sentences read per claim
    context: int = 1      # neighbouring sentences on each side given as context
    # 1: a supporting sentence in which the rule alignment finds a different number, name or a
    # negation contradicts instead (the verifier reads numbers less surely than the alignment).
    veto: int = 1
    # 1: where the rule alignment itself decides (a claim detail agreed or disputed in a relevant
    # sentence), its verdict stands and the verifier decides the rest.
    rules_first: int = 0
    # 1: a claim whose first name (its subject, usually) no retrieved article mentions is
    # not_found: a passage about something else can neither support nor refute it.
    ground: int = 0

    @classmethod
    def from_config(cls, values: dict) -> "VerifierThresholds":
        """Thresholds from the `thresholds` object of verifier.json (unknown keys ignored)."""
        names = {f.name: f.type for f in fields(cls)}
        return cls(**{k: (int(v) if names[k] == "int" else float(v)) for k, v in values.items() if k in names})


@dataclass(frozen=True)
class Reading:
    """What the verifier read for one claim: candidate sentences with their relevance and scores."""

    ranked: Ranked
    candidates: tuple[int, ...]           # indexes into ranked.spans, most relevant first
    scores: tuple[Entailment, ...]        # one per candidate
    conflicts: tuple[bool, ...]           # per candidate: the rule alignment finds a differing detail
    rules: Verdict | None = None          # the rule checker's verdict on the same passages
    unmentioned: str = ""                 # the claim's first name when no retrieved article has it


class Verifier:
    """Decides supported / contradicted / not_found by reading the best evidence with the trained verifier."""

    def __init__(self, encoder, config, model, thresholds: VerifierThresholds | None = None,
                 decision: Decision | None | str = "shipped"):
        """Set up the verifier.

        Args:
            encoder: the shared sentence encoder (ranks the candidate sentences).
            config: the factdesk Config.
            model: the loaded `qa.check.nli_model.NliModel`.
            thresholds: decision thresholds; default: those shipped with the model's weights.
            decision: the learned verdict model (`qa.check.decision`); "shipped" (default): the one
                stored with the weights, if any; None: the thresholds alone decide.
        """
        self.encoder = encoder
        self.config = config
        self.model = model
        self.thresholds = thresholds or VerifierThresholds.from_config(getattr(model, "thresholds", {}) or {})
        self.decision = getattr(model, "decision", None) if decision == "shipped" else decision
        self._rules = FactChecker(encoder, config)

    def check(self, claim: str, passages: list[Passage]) -> Verdict:
        """The verdict on `claim` from retrieved passages (best first); its evidence starts with the deciding sentence."""
        reading = self.read(claim, passages, lazy=True)
        return reading if isinstance(reading, Verdict) else self.decide(claim, reading)

    def read(self, claim: str, passages: list[Passage], lazy: bool = False) -> "Reading | Verdict":
        """Rank the sentences and score the most relevant ones (a not_found Verdict if there are none).

        Args:
            claim: the claim text.
            passages: retrieved passages, best first.
            lazy: skip what this verifier's thresholds will not use: the rule checker's verdict
                is returned as it is where it stands (`rules_first`), and the per-sentence
                alignment is left out without `veto`. Calibration reads everything.

        Returns:
            The reading, or a Verdict that needs no reading.
        """
        th = self.thresholds
        ranked = rank_sentences(self.encoder, claim, passages, THRESHOLDS.relevance_dense_weight)
        if isinstance(ranked, Verdict):
            return ranked
        rules = self._rules.decide(claim, ranked) if th.rules_first or not lazy else None
        if lazy and rules is not None and rules.verdict != "not_found":
            return rules
        cands = tuple(int(i) for i in ranked.order[: th.candidates])
        scores = self.model.score([(self._context(ranked, i), claim) for i in cands])
        aligned = th.veto or not lazy or self.decision is not None  # the learned verdict reads the conflicts too
        conflicts = tuple(self._rules.explain(ranked, i).outcome == "conflict" if aligned else False for i in cands)
        return Reading(ranked, cands, tuple(scores), conflicts, rules, unmentioned_subject(ranked))

    def decide(self, claim: str, reading: Reading, thresholds: VerifierThresholds | None = None) -> Verdict:
        """The verdict for a reading under `thresholds` (default: this verifier's), explained and cited."""
        th = thresholds or self.thresholds
        ranked = reading.ranked
        verdict, i = choose(reading, th, self.decision)
        if i < 0:
            return reading.rules
        if verdict == "contradicted":
            finding = self._rules.explain(ranked, i)
            explanation = finding.detail if finding.outcome == "conflict" else \
                f"The source says otherwise: “{ranked.texts[i]}”"
        elif verdict == "supported":
            finding = self._rules.explain(ranked, i)
            details = ", ".join(finding.agreed) if finding.outcome == "agree" else ""
            explanation = f"The source agrees: it also says {details}." if details else "The source says the same thing."
        elif th.ground and reading.unmentioned:
            explanation = f"No indexed article mentions {reading.unmentioned}."
        elif any(ranked.relevance[c] >= th.min_relevance for c in reading.candidates[: th.candidates]):
            explanation = "The closest passages neither say this nor the opposite."
        else:
            explanation = "No indexed article says this; the closest passages are about something else."
        return Verdict(claim, verdict, explanation, cite_evidence(ranked.spans, ranked.relevance, reading.candidates[: th.candidates], i))

    def _context(self, ranked: Ranked, i: int) -> str:
        """Sentence `i` with up to `context` neighbours on each side from the same passage."""
        n = self.thresholds.context
        passage = ranked.spans[i][0]
        lo, hi = i, i
        while lo > 0 and i - lo < n and ranked.spans[lo - 1][0] is passage:
            lo -= 1
        while hi + 1 < len(ranked.spans) and hi - i < n and ranked.spans[hi + 1][0] is passage:
            hi += 1
        text = passage.article.text
        return text[ranked.spans[lo][1]: ranked.spans[hi][2]]


def ruled(reading: Reading, th: VerifierThresholds) -> tuple[VerdictKind, int] | None:
    """The verdict that stands before the verifier's scores are weighed, None where they decide.

    The rule alignment's verdict where it finds the claim's detail agreed or disputed
    (`rules_first`; index -1), not_found where no retrieved article mentions the claim's subject
    (`ground`; the most relevant sentence).
    """
    if th.rules_first and reading.rules is not None and reading.rules.verdict != "not_found":
        return reading.rules.verdict, -1
    if th.ground and reading.unmentioned:
        return "not_found", int(reading.ranked.order[0])
    return None


def decision_input(reading: Reading, th: VerifierThresholds) -> tuple[np.ndarray, ...]:
    """What the learned verdict reads of the first `th.candidates` candidates (`qa.check.decision.features`).

    Returns:
        (relevance, scores as (supports, neutral, refutes) rows, coverage, conflicts), one entry per candidate.
    """
    cands = list(reading.candidates[: th.candidates])
    ranked = reading.ranked
    return (ranked.relevance[cands].astype(float),
            np.array([(e.supports, e.neutral, e.refutes) for e in reading.scores[: len(cands)]]),
            ranked.coverage[cands].astype(float), np.array(reading.conflicts[: len(cands)], dtype=float))


def choose(reading: Reading, th: VerifierThresholds, decision: Decision | None = None) -> tuple[VerdictKind, int]:
    """The verdict and its deciding sentence (an index into `reading.ranked.spans`) under `th`.

    Where the rule alignment or grounding decides (`ruled`), that stands; otherwise the learned
    `decision` reads the candidates together, or, without one, the thresholds decide sentence by
    sentence. The index is -1 when the rule checker's verdict (`reading.rules`) stands.
    """
    ranked = reading.ranked
    first = ruled(reading, th)
    if first is not None:
        return first
    if decision is not None and reading.candidates:
        inputs = decision_input(reading, th)
        verdict = decision.verdict(*inputs)
        if verdict == "not_found":
            return verdict, int(ranked.order[0])
        column = 0 if verdict == "supported" else 2
        return verdict, int(reading.candidates[int(inputs[1][:, column].argmax())])
    live = [(i, s, c) for i, s, c in zip(reading.candidates[: th.candidates], reading.scores, reading.conflicts)
            if ranked.relevance[i] >= th.min_relevance]
    support = max(live, key=lambda x: x[1].supports, default=None)
    refute = max(live, key=lambda x: x[1].refutes, default=None)
    if refute and refute[1].refutes >= th.refute and not (
            support[1].supports >= th.override and support[1].supports > refute[1].refutes):
        return "contradicted", refute[0]
    if support and support[1].supports >= th.support:
        return ("contradicted" if th.veto and support[2] else "supported"), support[0]
    return "not_found", int(ranked.order[0])


def unmentioned_subject(ranked: Ranked) -> str:
    """The claim's first name (a run of capitalised words) when no retrieved article mentions any word of it, else ""."""
    if not ranked.claim.entities:
        return ""
    first = ranked.claim.entities[0]
    bags = [article_bag(p.article) for p in {id(p): p for p, _, _ in ranked.spans}.values()]
    if any(bag.has_name(w.text) for bag in bags for w in first):
        return ""
    return " ".join(w.text for w in first)
