"""Running a submission in its own process that answers calls with plain data."""
