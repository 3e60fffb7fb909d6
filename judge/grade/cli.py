"""`kata grade` and `kata ci` (being built; see issue 7)."""

import click


@click.group("grade", invoke_without_command=True)
def grade() -> None:
    """Grade a study group's repository (not built yet)."""
    raise click.ClickException("kata grade is not built yet")


@click.group("ci")
def ci() -> None:
    """CI helpers for study groups (not built yet)."""
