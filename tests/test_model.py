"""kata.toml is parsed strictly: one clear line naming the file, the key and the fix."""

import shutil
from pathlib import Path

import pytest

from judge.catalogue import find_kata
from judge.errors import KataError
from judge.model import load_kata

LRU = Path(__file__).resolve().parent.parent / "katas" / "lru"


@pytest.fixture
def kata_dir(tmp_path):
    target = tmp_path / "lru"
    shutil.copytree(LRU, target)
    return target


def rewrite(kata_dir, old, new):
    toml = kata_dir / "kata.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new, 1))


def error_of(kata_dir) -> str:
    with pytest.raises(KataError) as info:
        load_kata(kata_dir)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_shipped_kata_loads():
    kata = load_kata(LRU)
    assert kata.meta.requires == ["LRUCache"]
    assert [g for g, _ in kata.group_weights()] == ["rules", "examples", "properties", "performance", "space"]


def test_misspelled_key_names_the_key_and_the_nearest_valid_one(kata_dir):
    rewrite(kata_dir, "difficulty =", "dificulty =")
    message = error_of(kata_dir)
    assert "kata.toml" in message and "'dificulty'" in message and "did you mean 'difficulty'?" in message


def test_misspelled_nested_key(kata_dir):
    rewrite(kata_dir, "call_s = 10", "cal_s = 10")
    message = error_of(kata_dir)
    assert "'limits.cal_s'" in message and "did you mean 'call_s'?" in message


def test_wrong_type(kata_dir):
    rewrite(kata_dir, "examples = 25", 'examples = "25"')
    message = error_of(kata_dir)
    assert "groups.examples" in message and "'25'" in message


def test_missing_field(kata_dir):
    rewrite(kata_dir, 'title = "LRU cache with O(1) get and put"\n', "")
    assert "missing key 'title'" in error_of(kata_dir)


def test_forbidden_needs_exactly_one_selector(kata_dir):
    rewrite(kata_dir, 'name = "collections.OrderedDict"', 'name = "collections.OrderedDict"\nmodule = "collections"')
    assert "exactly one of module, name, builtin, method or syntax" in error_of(kata_dir)


def test_group_with_weight_needs_its_tests(kata_dir):
    (kata_dir / "tests" / "test_properties.py").unlink()
    message = error_of(kata_dir)
    assert "group 'properties' has a weight" in message and "test_properties.py" in message


def test_invalid_toml(kata_dir):
    (kata_dir / "kata.toml").write_text("title = \n")
    assert "not valid TOML" in error_of(kata_dir)


def test_unknown_slug_suggests_the_nearest():
    with pytest.raises(KataError, match="unknown kata 'lur'; did you mean 'lru'"):
        find_kata("lur")
