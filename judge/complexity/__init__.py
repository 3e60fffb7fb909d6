"""Judging complexity by growth against the reference measured in the same run."""
