"""The logistic regression behind the splitter's small learned choices (the site-name chooser, the article filter)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Logistic:
    """Standardised features, one weight each; the first feature is a constant 1 (the bias)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(positive) for feature rows."""
        return 1.0 / (1.0 + np.exp(-((x - self.mean) / self.scale) @ self.weights))

    def to_json(self) -> dict:
        """The parameters as JSON lists."""
        return {name: np.round(getattr(self, name), 6).tolist() for name in ("mean", "scale", "weights")}

    @classmethod
    def from_json(cls, data: dict) -> "Logistic":
        """The model stored by `to_json`."""
        return cls(**{name: np.array(data[name], dtype=float) for name in ("mean", "scale", "weights")})


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 2000, rate: float = 0.5) -> Logistic:
    """Learn the model by full-batch gradient descent, the two classes weighted equally.

    Args:
        x: feature rows, the first column all ones.
        y: 1 for a positive row, else 0.
        l2: L2 penalty.
        steps: gradient steps.
        rate: step size.

    Returns:
        The learned model.
    """
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    mean[0], scale[0] = 0.0, 1.0  # the bias column stays 1
    z = (x - mean) / scale
    share = min(max(float(y.mean()), 1e-6), 1 - 1e-6)
    weight = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        w -= rate * (z.T @ ((p - y) * weight) / len(y) + l2 * w)
    return Logistic(mean, scale, w)
