"""When an answer stage should abstain: a logistic model over the sentence rules' confidence, calibrated on other titles.

The signal that separates a question the indexed articles answer from one they do not is how
well the best quoted sentence matches the question: the sentence rules' confidence
(`Answerer.confidence`: embedding cosine, word overlap and answer-type features of the best
sentence, less a penalty when the question's names are missing from its passage). The model turns
it into P(the articles answer); the stage abstains below a threshold. Weights and threshold are
fitted by `training/calibrate_reader.py` on SQuAD training titles (answerable questions against
off-topic and SQuAD 2.0 unanswerable ones) and stored in `qa/read/weights/abstain.json`.

Two more signals were measured and left out (training/README.md): the reader's own has-answer
probability added nothing on the validation titles, and the best passage's cosine, which helps on
SQuAD, made short news questions ("How long is the front line?") abstain on the seeds, whose
answering chunk has a low cosine with a short question.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from qa.read.span_model import ReaderError

ABSTAIN_PATH = Path(__file__).resolve().parent / "weights" / "abstain.json"
FEATURES = ("rule_confidence",)
# A confidence of -inf (nothing to quote) is clipped here so the model stays finite.
_FLOOR = -5.0


def features(confidence: float) -> tuple[float, ...]:
    """The abstention features of one question, in `FEATURES` order.

    Args:
        confidence: the sentence rules' confidence in their best sentence.

    Returns:
        The feature row.
    """
    return (max(float(confidence), _FLOOR),)


@dataclass(frozen=True)
class Abstainer:
    """Logistic P(answerable) over `FEATURES`, standardised, and the threshold below which to abstain.

    Attributes:
        mean: feature means used to standardise.
        scale: feature standard deviations.
        weights: one weight per standardised feature.
        bias: the intercept.
        threshold: abstain when the probability is below this.
    """

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, confidence: float) -> float:
        """P(the retrieved passages answer the question).

        Args:
            confidence: the sentence rules' confidence in their best sentence.

        Returns:
            A probability in (0, 1).
        """
        return self.probability_of(features(confidence))

    def probability_of(self, row: Sequence[float]) -> float:
        """P(answerable) of one feature row (in `FEATURES` order)."""
        z = self.bias + sum(w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def abstains(self, confidence: float) -> bool:
        """Whether the stage should abstain (see `probability`)."""
        return self.probability(confidence) < self.threshold

    def to_json(self) -> dict:
        """The stored form (`abstain.json`'s "model")."""
        return {"features": list(FEATURES), "mean": list(self.mean), "scale": list(self.scale),
                "weights": list(self.weights), "bias": self.bias, "threshold": self.threshold}

    @classmethod
    def from_json(cls, data: dict) -> "Abstainer":
        """Read the stored form; one-line ValueError when it does not fit `FEATURES`."""
        if tuple(data.get("features", ())) != FEATURES:
            raise ValueError(f"abstention model features {data.get('features')} are not {list(FEATURES)}")
        return cls(tuple(map(float, data["mean"])), tuple(map(float, data["scale"])),
                   tuple(map(float, data["weights"])), float(data["bias"]), float(data["threshold"]))


def load(path: str | Path = ABSTAIN_PATH) -> Abstainer:
    """The abstention model shipped with the reader.

    Args:
        path: the JSON file written by `training/calibrate_reader.py`.

    Returns:
        The model.

    Raises:
        ReaderError: the file is missing or damaged (one line saying how to restore it).
    """
    path = Path(path)
    try:
        return Abstainer.from_json(json.loads(path.read_text(encoding="utf-8"))["model"])
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ReaderError(f"abstention model missing or damaged at {path} ({type(exc).__name__}: {exc}); restore "
                          "it with: git checkout qa/read/weights (or: python training/calibrate_reader.py)") from None
