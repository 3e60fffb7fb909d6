"""The promise of issue 7 at full size, with the real judge: a 20-member group over lru and
pair-sum, from known submissions of every verdict, graded with --jobs 1 and --jobs 2 (the
same verdicts, each the one its folder names), then warm from the cache, then as 3 shards
merged back. Slow (two cold gradings, about 1-3 minutes on 2 cores): `pytest -m slow`."""

import json
import sys
from pathlib import Path

import pytest
import xmlschema
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "data"))
import grade_fixtures as gf  # noqa: E402

from judge.cli import main  # noqa: E402

pytestmark = pytest.mark.slow


def kata_grade(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["grade", *map(str, args)])
    assert "Traceback" not in result.stderr, result.stderr
    return result.exit_code, result.stdout


def outcomes(path: Path) -> dict:
    return {(c["member"], c["kata"]): (c["verdict"] or c["status"], c["score"], c["sha256"])
            for c in json.loads(path.read_text())["cells"]}


def test_a_twenty_member_group_end_to_end(tmp_path):
    root = tmp_path / "group"
    expected = gf.build_group(root)
    out = tmp_path / "out"
    boards = {}
    for jobs in (1, 2):
        code, stdout = kata_grade(root, "--jobs", jobs, "--cache", tmp_path / f"cache{jobs}", "--json", out / f"cold{jobs}.json",
                                  "--junit", out / f"junit{jobs}.xml", "--html", out / "index.html", "--markdown", out / "summary.md")
        assert code == 0, stdout
        boards[jobs] = outcomes(out / f"cold{jobs}.json")
        assert {k: v[0] for k, v in boards[jobs].items()} == expected, f"--jobs {jobs}"
    assert boards[1] == boards[2]  # verdicts and scores identical across --jobs settings
    xmlschema.XMLSchema(Path(__file__).parent / "data" / "junit.xsd").validate(str(out / "junit2.xml"))

    code, stdout = kata_grade(root, "--jobs", 2, "--cache", tmp_path / "cache2", "--json", out / "warm.json")
    warm = json.loads((out / "warm.json").read_text())
    judged = sum(v[0] not in ("empty", "missing", "unreadable") for v in boards[2].values())
    assert code == 0 and warm["judged"] == 0 and warm["cached"] == judged
    assert outcomes(out / "warm.json") == boards[2]

    shards = [out / f"shard{k}.json" for k in (1, 2, 3)]
    for k, path in enumerate(shards, 1):
        assert kata_grade(root, "--shard", f"{k}/3", "--cache", tmp_path / "cache2", "--json", path)[0] == 0
    assert kata_grade("merge", *shards, "--json", out / "merged.json")[0] == 0
    assert outcomes(out / "merged.json") == boards[2]
