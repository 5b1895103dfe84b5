"""Scoring comments for the six Perspective attributes, locally and offline.

``Scorer.load()`` loads the packaged default model; ``scorer.score(texts)``
returns one :class:`commentdesk.domain.ScoreResult` per text.
"""

from commentdesk.scoring.scorer import Scorer

__all__ = ["Scorer"]
