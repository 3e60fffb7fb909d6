"""Every kata proves its own hidden tests: `kata verify` over the whole catalogue."""

import pytest

from judge.catalogue import slugs
from judge.model import load_kata
from judge.catalogue import katas_root
from judge.verify import verify_kata


@pytest.mark.slow
@pytest.mark.parametrize("slug", slugs())
def test_known_submissions_get_their_verdicts(slug):
    report = verify_kata(load_kata(katas_root() / slug))
    assert report.problems == []


@pytest.mark.parametrize("slug", slugs())
def test_every_kata_loads_and_has_known_bad_submissions(slug):
    kata = load_kata(katas_root() / slug)
    folders = {folder for folder, _ in kata.known_submissions()}
    assert "accepted" in folders and len(folders) >= 3
