"""The learned verdict: a softmax regression over what the verifier read for one claim.

The verifier scores a claim against its most relevant sentences (`qa.check.verifier.Reading`).
Hand-set thresholds turned those scores into a verdict one sentence at a time ("one refuting
sentence beats weak support"). This model reads them together instead: the best support and
refutation and how relevant their sentences are, the most relevant sentence's scores, how relevant
the evidence is at all, how many of the claim's words those sentences share, and whether the rule
alignment finds a differing detail in them. It is fitted by `training/calibrate_verifier.py` on Fool Me Twice claims
of the training pages (in the index, and off topic with their pages left out) and stored in
`qa/check/weights/verifier.json` under "decision"; with none stored, the thresholds decide.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa.records import VerdictKind

VERDICTS: tuple[VerdictKind, ...] = ("supported", "contradicted", "not_found")
FEATURES = ("best_support", "best_refute", "first_support", "first_refute", "best_relevance", "mean_relevance",
            "relevance_of_best_support", "relevance_of_best_refute", "least_neutral", "best_support_x_relevance",
            "best_refute_x_relevance", "support_of_first_two", "refute_of_first_two", "support_refute_log_ratio",
            "coverage_of_best_support", "coverage_of_best_refute", "best_coverage", "first_coverage",
            "conflict_of_best_refute", "any_conflict")


def features(relevance: np.ndarray, scores: np.ndarray, coverage: np.ndarray, conflicts: np.ndarray) -> np.ndarray:
    """The feature row of one claim's reading.

    Args:
        relevance: each read sentence's relevance to the claim, most relevant first.
        scores: (supports, neutral, refutes) per read sentence, in the same order.
        coverage: the share of the claim's content words each sentence has (a sentence on the
            same topic that states another fact shares fewer of them than a contradiction does).
        conflicts: 1 where the rule alignment finds a differing number, name or a negation.

    Returns:
        One value per name in FEATURES.
    """
    s, n, r = scores[:, 0], scores[:, 1], scores[:, 2]
    i_s, i_r = int(s.argmax()), int(r.argmax())
    return np.array([s.max(), r.max(), s[0], r[0], relevance.max(), relevance.mean(), relevance[i_s], relevance[i_r],
                     n.min(), (s * relevance).max(), (r * relevance).max(), s[:2].max(), r[:2].max(),
                     np.log(s.max() + 1e-4) - np.log(r.max() + 1e-4),
                     coverage[i_s], coverage[i_r], coverage.max(), coverage[0], conflicts[i_r], conflicts.max()])


@dataclass(frozen=True)
class Decision:
    """Standardised features -> P(supported), P(contradicted), P(not_found)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray   # (1 + len(FEATURES), 3): a bias row, then one row per feature

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """The three verdicts' probabilities for feature rows (one row per claim)."""
        z = np.hstack([np.ones((len(rows), 1)), (rows - self.mean) / self.scale]) @ self.weights
        p = np.exp(z - z.max(axis=1, keepdims=True))
        return p / p.sum(axis=1, keepdims=True)

    def verdict(self, relevance: np.ndarray, scores: np.ndarray, coverage: np.ndarray,
                conflicts: np.ndarray) -> VerdictKind:
        """The likeliest verdict for one reading (see `features`)."""
        row = features(relevance, scores, coverage, conflicts)[None, :]
        return VERDICTS[int(self.probabilities(row)[0].argmax())]

    def to_json(self) -> dict:
        """The parameters as JSON (feature names kept, so a stale file is noticed)."""
        return {"features": list(FEATURES), "classes": list(VERDICTS),
                **{name: np.round(getattr(self, name), 6).tolist() for name in ("mean", "scale", "weights")}}

    @classmethod
    def from_json(cls, data: dict) -> "Decision":
        """The model stored by `to_json`.

        Raises:
            ValueError: the stored features or classes are not this code's.
        """
        if list(data.get("features", ())) != list(FEATURES) or list(data.get("classes", ())) != list(VERDICTS):
            raise ValueError("the stored verdict model was fitted on other features; "
                             "run `python training/calibrate_verifier.py --write`")
        model = cls(**{name: np.array(data[name], dtype=float) for name in ("mean", "scale", "weights")})
        if model.weights.shape != (1 + len(FEATURES), len(VERDICTS)):
            raise ValueError("the stored verdict model has the wrong shape; "
                             "run `python training/calibrate_verifier.py --write`")
        return model


def fit(rows: np.ndarray, labels: np.ndarray, l2: float, steps: int = 3000, rate: float = 0.5) -> Decision:
    """Fit the softmax regression by full-batch gradient descent (deterministic).

    Args:
        rows: feature rows (see `features`).
        labels: the gold verdict of each row, an index into VERDICTS.
        l2: L2 penalty on the feature weights (not the bias).
        steps: gradient steps.
        rate: step size.

    Returns:
        The fitted model.
    """
    mean, scale = rows.mean(axis=0), rows.std(axis=0) + 1e-6
    x = np.hstack([np.ones((len(rows), 1)), (rows - mean) / scale])
    y = np.eye(len(VERDICTS))[labels]
    w = np.zeros((x.shape[1], len(VERDICTS)))
    penalty = np.ones((x.shape[1], 1))
    penalty[0] = 0.0
    for _ in range(steps):
        z = x @ w
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        w -= rate * (x.T @ (p - y) / len(x) + l2 * penalty * w)
    return Decision(mean, scale, w)
