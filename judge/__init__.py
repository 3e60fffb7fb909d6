"""kata: a coding-kata judge that gives verdicts the way an online judge does."""

__version__ = "0.1.0"
