"""`--shard K/N`: parsing, and a deterministic partition (judge/grade/shard.py)."""

import pytest
from hypothesis import given, strategies as st

from judge.errors import KataError
from judge.grade.shard import Shard, parse_shard, shard_of


@pytest.mark.parametrize("text, shard", [("1/1", Shard(1, 1)), ("2/3", Shard(2, 3)), (" 3 / 3 ", Shard(3, 3))])
def test_parse(text, shard):
    assert parse_shard(text) == shard
    assert str(shard) == text.replace(" ", "")


@pytest.mark.parametrize("text, says", [
    ("3/2", "K must be between 1 and N=2"), ("0/2", "K must be between 1 and N=2"),
    ("1/0", "N must be at least 1"), ("a/b", "is not K/N"), ("2", "is not K/N"), ("-1/2", "is not K/N"),
])
def test_bad_shards_name_the_value_and_the_fix(text, says):
    with pytest.raises(KataError) as info:
        parse_shard(text)
    assert f"'{text}'" in str(info.value) and says in str(info.value)


names = st.text(st.characters(codec="utf-8", exclude_characters="/"), min_size=1, max_size=12)


@given(st.sets(st.tuples(names, st.sampled_from(["lru", "pair-sum", "x"])), max_size=60), st.integers(1, 8))
def test_shards_partition_the_work(items, count):
    parts = [{item for item in items if Shard(k, count).holds(*item)} for k in range(1, count + 1)]
    assert set().union(*parts) == items
    assert sum(len(p) for p in parts) == len(items)


def test_a_submission_keeps_its_shard_as_the_group_grows():
    before = {m: shard_of(m, "lru", 4) for m in (f"m{i}" for i in range(50))}
    after = {m: shard_of(m, "lru", 4) for m in (f"m{i}" for i in range(80))}
    assert all(after[m] == s for m, s in before.items())
    assert set(before.values()) == {1, 2, 3, 4}
