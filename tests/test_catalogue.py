"""Every kata proves its own hidden tests: `kata verify` over the whole catalogue."""

import pytest

from judge.catalogue import leetcode_variants, slugs
from judge.model import load_kata
from judge.catalogue import katas_root
from judge.verify import verify_kata


@pytest.mark.slow
@pytest.mark.parametrize("slug", slugs())
def test_known_submissions_get_their_verdicts(slug):
    report = verify_kata(load_kata(katas_root() / slug))
    assert report.problems == []


@pytest.mark.slow
@pytest.mark.parametrize("variant,slug", sorted(leetcode_variants().items()), ids=lambda v: v)
def test_every_leetcode_variant_s_known_submissions_get_their_verdicts(variant, slug):
    """A LeetCode variant proves its own known submissions (LeetCode-style files) as a kata does."""
    kata = load_kata(katas_root() / slug).with_variant(variant)
    assert {folder for folder, _ in kata.known_submissions()} >= {"accepted", "compile_error"}
    report = verify_kata(kata)
    assert report.problems == []


@pytest.mark.parametrize("slug", slugs())
def test_every_kata_loads_and_has_known_bad_submissions(slug):
    kata = load_kata(katas_root() / slug)
    folders = {folder for folder, _ in kata.known_submissions()}
    assert "accepted" in folders and len(folders) >= 3


@pytest.mark.parametrize("slug", slugs())
def test_the_stated_time_bound_is_measured(slug):
    """A kata that states a time bound has a weighted performance group that measures it: by
    growth against the reference (engine.check_time), or by counting calls the submission makes
    into the judge's own process (a Callback, for a bound on calls); `kata verify` then proves
    each measurement rejects a known submission. A kata whose contract states no bound states none."""
    import ast

    kata = load_kata(katas_root() / slug)
    if kata.meta.complexity.time is None:
        assert kata.meta.groups.performance == 0, f"{slug} weighs a performance group but states no time bound"
        return
    assert kata.meta.groups.performance > 0, f"{slug} states time {kata.meta.complexity.time!r} but weighs no performance group"
    tests = kata.test_file("performance")
    calls = [n for n in ast.walk(ast.parse(tests.read_text())) if isinstance(n, ast.Call)
             and ((isinstance(n.func, ast.Attribute) and n.func.attr == "check_time")
                  or (isinstance(n.func, ast.Name) and n.func.id == "Callback"))]
    assert calls, f"{tests} never calls engine.check_time nor counts calls through a Callback"


@pytest.mark.parametrize("slug", slugs())
def test_a_kata_uses_only_the_authors_api(slug):
    """Hidden tests import judge.testing and nothing else of the judge (its __all__ is the API)."""
    import ast

    import judge.testing

    kata = katas_root() / slug
    for path in [*kata.glob("tests/*.py"), *kata.glob("support.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("judge"):
                assert node.module == "judge.testing", f"{path}: imports {node.module}"
                assert {a.name for a in node.names} <= set(judge.testing.__all__), f"{path}: imports {[a.name for a in node.names]}"
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("judge") for a in node.names), f"{path}: imports the judge"


@pytest.mark.parametrize("slug", slugs())
def test_the_stated_space_bound_is_measured(slug):
    """A kata that states a space bound has a weighted space group that measures it: its tests
    call engine.check_space (the kernel's peak, against the reference's, in fresh processes);
    `kata verify` then proves the group rejects a known submission. A kata whose contract states
    no space bound states none, and weighs no space group."""
    import ast

    kata = load_kata(katas_root() / slug)
    if kata.meta.complexity.space is None:
        assert kata.meta.groups.space == 0, f"{slug} weighs a space group but states no space bound"
        return
    assert kata.meta.groups.space > 0, f"{slug} states space {kata.meta.complexity.space!r} but weighs no space group"
    tests = kata.test_file("space")
    assert tests.is_file(), f"{slug} weighs a space group but has no {tests}"
    calls = [n for n in ast.walk(ast.parse(tests.read_text())) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Attribute) and n.func.attr == "check_space"]
    assert calls, f"{tests} never calls engine.check_space"


@pytest.mark.parametrize("slug", slugs())
def test_every_kata_has_hints_and_examples_that_its_reference_passes(slug):
    """`kata hint` has two or three hints for every kata, and `kata test` runs the statement's
    examples: every accepted submission gives what the statement says."""
    from judge.opening import open_sandbox
    from judge.trying import check, examples_of, run_calls

    kata = load_kata(katas_root() / slug)
    assert 2 <= len(kata.meta.hints) <= 3, f"{slug} has {len(kata.meta.hints)} hints"
    examples = examples_of(kata)
    assert examples, f"{slug} has no [[examples]] for kata test"
    for folder, path in kata.known_submissions():
        if folder != "accepted":
            continue
        sandbox = open_sandbox(kata, path)
        try:
            for calls, example in examples:
                outcomes = run_calls(sandbox, calls)
                assert len(outcomes) == len(calls), f"{path.name}: {calls[-1].text} did not run"
                verdict = check(outcomes[-1], example.expect, example.unordered)
                assert verdict.passed, f"{path.name}: {example.call} gave {outcomes[-1].raised or outcomes[-1].returned}, the statement says {example.expect}"
        finally:
            sandbox.close()
