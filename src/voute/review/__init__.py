"""Review someone else's contract (PDF, DOCX, Markdown, text) against the checklist.

>>> from voute.review import review_text
>>> review_text("This Agreement is governed by the laws of the State of New York.").present_labels()
['governing_law']
"""

from voute.review.api import review_document, review_text
from voute.review.report import (
    Evidence,
    FlagFinding,
    KeyPointStatus,
    LabelFinding,
    ReviewReport,
    TermFinding,
)

__all__ = [
    "Evidence",
    "FlagFinding",
    "KeyPointStatus",
    "LabelFinding",
    "ReviewReport",
    "TermFinding",
    "review_document",
    "review_text",
]
