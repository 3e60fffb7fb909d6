"""Grading a study group: many members' submissions, one scoreboard."""
