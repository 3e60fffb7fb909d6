from __future__ import annotations

import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.catalogue import find_kata

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write(tmp_path):
    """Write a submission file from dedented source and return its path."""

    def _write(source: str, name: str = "submission.py") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(source))
        return path

    return _write


@pytest.fixture(scope="session")
def lru():
    return find_kata("lru")


@pytest.fixture(scope="session")
def pair_sum():
    return find_kata("pair-sum")


# The project's own hypothesis tests write no example database into the checkout.
from hypothesis import settings  # noqa: E402

settings.register_profile("project", database=None)
settings.load_profile("project")


@pytest.fixture
def public_temp():
    """A temp folder others can enter, for a judge's TMPDIR: pytest's own folders are mode 700,
    and where the judge switches the submission to uid nobody, nobody must reach the scratch
    folders it makes in TMPDIR (else the uid layer degrades, with a warning)."""
    folder = Path(tempfile.mkdtemp(prefix="kata-test-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
