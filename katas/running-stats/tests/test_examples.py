from fractions import Fraction

from judge.testing import asking, expect_raises

NEAR_1E9 = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]  # mean 1e9 + 10, variance 22.5


def test_statement_example(solution, stats):
    stats.expect(solution.running_stats([2, 4, 4, 4, 5, 5, 7, 9]), 8, 5, 4, scale=9)


def test_floats(solution, stats):
    stats.expect(solution.running_stats([1.5, 2.5, -0.5]), *stats.exact([1.5, 2.5, -0.5])[:3], scale=2.5)


def test_one_value(solution, stats):
    stats.expect(solution.running_stats([7]), 1, 7, 0, scale=7, note="one value: its own mean, variance 0.0")
    stats.expect(solution.running_stats([-2.5]), 1, Fraction(-5, 2), 0, scale=2.5)


def test_integers_give_float_mean_and_variance(solution, stats):
    stats.expect(solution.running_stats([3, 3]), 2, 3, 0, scale=3, note="the mean and the variance are floats, even of ints")
    stats.expect(solution.running_stats([1, 2]), 2, Fraction(3, 2), Fraction(1, 4), scale=2,
                 note="the population variance divides by the count, not by count - 1")


def test_empty_input_is_an_error(solution, support):
    expect_raises("ValueError", solution.running_stats, [])
    with asking("running_stats(v for v in [])"):
        expect_raises("ValueError", solution.running_stats, support.one_shot([]))
    expect_raises("ValueError", solution.running_stats, ())


def test_any_iterable(solution, stats):
    stats.expect(solution.running_stats((1, 2, 3, 4)), 4, Fraction(5, 2), Fraction(5, 4), scale=4, note="a tuple is an iterable of numbers too")


def test_generator_read_only_once(solution, support, stats):
    values = [1.0, 2.0, 4.0, 9.0]
    with asking(f"running_stats(v for v in {values!r})"):
        got = solution.running_stats(support.one_shot(values))
    stats.expect(got, *stats.exact(values)[:3], scale=9,
                 note="the values come from a generator, which can be read only once")


def test_values_near_1e9_with_a_small_spread(solution, stats):
    stats.expect(solution.running_stats(NEAR_1E9), 4, 10**9 + 10, Fraction(45, 2), scale=10**9 + 16,
                 variance_rel=1e-6, variance_abs=0,
                 note="E[x²] - E[x]² loses every digit here; use Welford's algorithm (or shift by a value of the data)")


def test_negative_values_near_1e9(solution, stats):
    values = [-1e9 - d for d in (0.5, 1.5, 2.0, 3.5, 0.5, 2.5)]
    stats.expect(solution.running_stats(values), *stats.exact(values)[:3], scale=1e9 + 3.5, variance_rel=1e-6, variance_abs=0)


def test_a_million_values_from_a_generator(solution, support, stats):
    # 1e9 + 0.5·(k mod 1000): a million values in whole cycles, so the statistics are those of one cycle
    one_cycle = [Fraction(10**9) + Fraction(k, 2) for k in range(1000)]
    count, mean, variance, scale = stats.exact(one_cycle)
    with asking("running_stats(1e9 + 0.5 * (k % 1000) for k in range(1_000_000))",
                if_slow="one pass with a few operations per value reads a million values in about a second"):
        got = solution.running_stats(support.cycling_stream(1_000_000, 1e9, 1000, 0.5))
    stats.expect(got, 1_000_000, mean, variance,
                 scale=scale, variance_rel=1e-6, variance_abs=0, note="a generator of a million values near 1e9, read once")
