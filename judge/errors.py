"""The judge's exception types. The core raises these; only cli.py turns them into exit codes."""


class KataError(Exception):
    """A user mistake (bad kata.toml, unknown slug, missing file): one clear line, exit code 2."""


class InternalError(Exception):
    """The judge's own fault: never blamed on the learner, exit code 3."""
