"""judge/chart.py: the picture of the growth (text and SVG), the bound's shape read from its
text, and where an accepted solution stands; and how `render_result` shows them.

Pure: figures dicts only, synthetic or captured from real judgings (tests/data/chart_*.json:
hash-map's fixed_buckets.py, time_limit_exceeded; palindrome's cleaned_copy.py,
memory_limit_exceeded; lru's plain_nodes.py, accepted)."""

import io
import json
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rich.console import Console

from judge import chart
from judge.report import render_result
from judge.results import GroupResult, JudgeResult
from judge.verdict import Verdict

DATA = Path(__file__).parent / "data"
SVG = "{http://www.w3.org/2000/svg}"


def result(name: str) -> dict:
    return json.loads((DATA / f"chart_{name}.json").read_text(encoding="utf-8"))


def judge_result(name: str) -> JudgeResult:
    data = result(name)
    groups = tuple(GroupResult(**{**g, "verdict": Verdict(g["verdict"])}) for g in data["groups"])
    return JudgeResult(**{**data, "verdict": Verdict(data["verdict"]), "groups": groups})


def figures_of(name: str, group: str, test: str | None = None) -> dict:
    figures = next(g["figures"] for g in result(name)["groups"] if g["name"] == group)
    return figures[test] if test else next(iter(figures.values()))


def time_figures(sizes, yours, reference, bound="O(1) per operation", size_name="n", **extra) -> dict:
    return {"workload": "w", "bound": bound, "size_name": size_name, "witness": "kernel CPU time", "sizes": list(sizes),
            "submission_s": list(yours), "reference_s": list(reference), **extra}


def space_figures(sizes, yours, reference, bound="O(1) extra space", size_name="n", **extra) -> dict:
    return {"workload": "w", "bound": bound, "size_name": size_name, "witness": "kernel memory peak", "sizes": list(sizes),
            "submission_bytes": list(yours), "reference_bytes": list(reference), "input_bytes": [0] * len(sizes), **extra}


SIZES = [1_000, 2_000, 4_000, 8_000, 16_000]
FLAT_VS_LINEAR = time_figures(SIZES, [1e-6 * n / 1_000 for n in SIZES], [1e-6] * len(SIZES))


def plot_area(lines: list[str]) -> list[str]:
    """The rows of the plot (without the cost labels and the axis), top first."""
    axis = next(i for i, line in enumerate(lines) if line.lstrip().startswith("++") or line.lstrip().startswith("+-"))
    offset = lines[axis].index("+") + 1
    first = next(i for i, line in enumerate(lines) if len(line) > offset - 1 and line[offset - 1] in "|+~")
    return [line[offset:] for line in lines[first:axis]]


def column(rows: list[str], c: int) -> str:
    return "".join(row[c] if c < len(row) else " " for row in rows)


# ---- the bound's shape ------------------------------------------------------------------------

@pytest.mark.parametrize("bound, power, logs", [
    ("O(1)", 0, 0),
    ("O(1) per operation", 0, 0),
    ("O(log n)", 0, 1),
    ("O(log n) comparisons per insert and extract_min, O(1) per peek", 0, 1),
    ("O(n)", 1, 0),
    ("O(n) time: the time per call may grow about as fast as the length, not faster", 1, 0),
    ("an O(n) heapify (sift down every parent, from the last one to the root)", 1, 0),
    ("O(n log n) expected comparisons on every input shape", 1, 1),
    ("O(n lg n)", 1, 1),
    ("O(n^2)", 2, 0),
    ("O(n²)", 2, 0),
    ("O(n**2)", 2, 0),
    ("O(k)", 1, 0),
    ("O(V + E): a queue with O(1) removal at the front (collections.deque), not list.pop(0)", 1, 0),
    ("O(number of containers and items): find a copy already made in O(1)", 1, 0),
    ("O(n^2 + n log n)", 2, 0),  # the dominant term
    ("O(n + k log k)", 1, 1),  # k stands for the size too
    ("O(log^2 n)", 0, 2),
    ("O((log n)^2)", 0, 2),
    ("O(n sqrt(n))", 1.5, 0),
    ("enqueue O(1), dequeue and peek amortized O(1): move each item at most once", 0, 0),
])
def test_the_first_big_o_expression_gives_the_shape(bound, power, logs):
    shape = chart.parse_bound(bound)
    assert shape is not None
    assert (shape.power, shape.logs) == (power, logs)
    assert not shape.flat_in_size
    assert bound.replace(" ", "").find(shape.stated.replace(" ", "")) >= 0  # as stated


@pytest.mark.parametrize("bound", [
    "O(m) for a prefix of length m, independent of how many words are stored",
    "O(m + size of the answer), independent of how many other words are stored",
    "O(capacity) memory, whatever the number of operations: let go of what a key no longer needs",
])
def test_a_bound_in_other_quantities_said_independent_of_the_size_is_flat(bound):
    shape = chart.parse_bound(bound)
    assert (shape.power, shape.logs, shape.flat_in_size) == (0, 0, True)
    assert "flat in stored words" in shape.name("stored words")


def test_independent_of_something_else_keeps_the_size_s_shape():
    assert chart.parse_bound("O(n), independent of the order of the keys").power == 1


@pytest.mark.parametrize("bound", ["", "no bound stated", "O(", "O(2^n)", "O(n!)", "O()", "at most 2n comparisons"])
def test_no_bound_line_when_unparseable(bound):
    assert chart.parse_bound(bound) is None
    lines = chart.text_chart(time_figures(SIZES, [1e-6] * 5, [1e-6] * 5, bound=bound))
    assert lines and not any("bound's shape" in line for line in lines)


def test_shape_ratio():
    assert chart.parse_bound("O(1)").ratio(64_000, 1_000) == 1
    assert chart.parse_bound("O(n)").ratio(64_000, 1_000) == pytest.approx(64)
    assert chart.parse_bound("O(n^2)").ratio(4_000, 1_000) == pytest.approx(16)
    assert chart.parse_bound("O(n log n)").ratio(4_000, 1_000) == pytest.approx(4 * math.log(4_000) / math.log(1_000))


@pytest.mark.parametrize("bound, unit", [
    ("O(1) average per operation: grow the table", "operation"),
    ("O(1) per transfer: order the two locks", "transfer"),
    ("O(1) overhead per call: keep nothing that grows", "call"),
    ("O(n) time: the time per call may grow about as fast as the length", "call"),
    ("enqueue O(1), dequeue and peek amortized O(1)", "operation"),
    ("O(log n) comparisons per insert and extract_min", "operation"),
    ("O(n log n) comparisons", "call"),
])
def test_the_unit_is_read_from_the_bound(bound, unit):
    assert chart.unit_of({"bound": bound}) == unit
    assert chart.text_chart(time_figures(SIZES, [1e-6] * 5, [1e-6] * 5, bound=bound))[0].startswith(f"CPU time per {unit}")


# ---- the text chart ---------------------------------------------------------------------------

def test_a_flat_reference_and_a_linear_submission():
    lines = chart.text_chart(FLAT_VS_LINEAR)
    rows = plot_area(lines)
    yours = [(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch in "*@"]
    theirs = {r for r, row in enumerate(rows) for ch in row if ch in "o@"}
    assert len(theirs) == 1  # flat: one row
    first_col = min(c for _, c in yours)
    last_col = max(c for _, c in yours)
    assert column(rows, last_col).index("*") == 0  # ends at the top
    assert max(r for r, c in yours if c == first_col) == max(theirs)  # starts where the reference is
    # rising steadily from left to right: every column's mark is no lower than the one before
    tops = [min(r for r, c in yours if c == col) for col in range(first_col, last_col + 1)]
    assert tops == sorted(tops, reverse=True)
    assert {r for r, _ in yours} == set(range(len(rows)))  # one unbroken line from the bottom row to the top
    text = "\n".join(lines)
    assert "1.00 µs" in text and "16.00 µs" in text  # smallest and largest cost
    assert "1,000" in text and "16,000" in text  # smallest and largest n
    assert "* yours" in text and "o the reference" in text and "@ both" in text
    words = " ".join(text.split())
    assert "O(1), through the reference's first point (drawn over by the measured lines)" in words


def test_the_bound_line_is_anchored_at_the_reference_s_first_point():
    figures = time_figures(SIZES, [1e-6 * (n / 1_000) ** 2 for n in SIZES], [1e-6 * n / 1_000 for n in SIZES], bound="O(n) time")
    rows = plot_area(chart.text_chart(figures))
    reference = {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch in "o@"}
    bound = {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "."}
    assert not bound or min(c for _, c in bound) > 0  # the reference covers the bound where they agree
    assert len(reference) > 10  # the reference follows O(n): on the bound's line, drawn over it
    rising = time_figures(SIZES, [1e-6 * n / 1_000 for n in SIZES], [2e-6, 2.5e-6, 3e-6, 3.5e-6, 4e-6], bound="O(1)")
    lines = chart.text_chart(rising)
    rows = plot_area(lines)
    dots = {r for r, row in enumerate(rows) if "." in row}
    first = next(r for r in range(len(rows)) if column(rows, 0)[r] in "o@")
    assert dots == {first}  # O(1), flat from the reference's first point
    assert "drawn over" not in "\n".join(lines)
    flat = chart.text_chart(time_figures(SIZES, [1e-6 * n / 1_000 for n in SIZES], [2e-6] * 5, bound="O(1)"))
    assert "." not in "".join(plot_area(flat))
    assert "drawn over by the measured lines" in " ".join(flat)  # the legend says where the bound went


@pytest.mark.parametrize("width", [40, 50, 60, 72, 100])
def test_widths(width):
    for figures in (FLAT_VS_LINEAR, figures_of("palindrome_mle", "space"), figures_of("lru_accepted", "space"),
                    time_figures(SIZES, [1e-6] * 5, [1e-6] * 5, size_name="n (accounts and transfers)",
                                 bound="O(1) per transfer: order the two locks by the accounts' ids, not by searching")):
        lines = chart.text_chart(figures, width=width)
        assert lines and max(map(len, lines)) <= width
        assert max(map(len, plot_area(lines))) >= min(width, 72) - 20  # the plot uses the room


def test_within_72_columns_and_ascii_marks_by_default():
    for name in ("hash_map_tle", "palindrome_mle", "lru_accepted"):
        for group in result(name)["groups"]:
            for figures in group["figures"].values():
                lines = chart.text_chart(figures)
                assert max(map(len, lines)) <= 72
                marks = set("".join(plot_area(lines)))
                assert marks <= set(" *o@.")  # readable without colour, no braille or box drawing


def test_height():
    assert len(plot_area(chart.text_chart(FLAT_VS_LINEAR, height=12))) == 12
    assert len(plot_area(chart.text_chart(FLAT_VS_LINEAR, height=1))) >= 3


def test_one_size_does_not_crash():
    lines = chart.text_chart(time_figures([5_000], [2e-6], [1e-6], bound="O(n^2)"))
    text = "\n".join(lines)
    assert "5,000" in text and "2.00 µs" in text and "1.00 µs" in text
    assert "*" in text and "o" in "".join(plot_area(lines))
    assert chart.svg_chart(time_figures([5_000], [2e-6], [1e-6])).startswith("<svg")
    assert chart.standing(time_figures([5_000], [2e-6], [1e-6])) == "2.0× the reference's time per operation at n = 5,000"


def test_zero_and_negative_values_sit_on_a_zero_line():
    lines = chart.text_chart(space_figures([1_000, 10_000, 100_000], [0, -5, float("nan")], [0, 0, 0]))
    assert any(line.strip().startswith("0 B +") for line in lines)
    lines = chart.text_chart(space_figures([1_000, 10_000, 100_000], [1 << 20, 10 << 20, 100 << 20], [0, -1, 0]))
    zero = next(line for line in lines if line.strip().startswith("0 B +"))
    assert set(zero.split("+", 1)[1]) == {"o"}  # the reference's zeros, joined along the zero line
    assert any(line.strip() == "~" for line in lines)  # the axis is broken above it
    assert "through your first point" in "\n".join(lines)  # no reference cost to anchor the bound on
    for mine, theirs in (([0, 0], [0, 0]), ([-1, 2], [3, -4]), ([1e-9, 0], [0, 1e-9])):
        figures = time_figures([10, 20], mine, theirs)
        assert chart.text_chart(figures)
        ET.fromstring(chart.svg_chart(figures))
        chart.standing(figures)


def test_nothing_to_draw():
    for figures in ({}, {"sizes": []}, time_figures([], [], []), {"sizes": [1], "something": [1]}, None, "x",
                    time_figures([0, -3], [1e-6, 1e-6], [1e-6, 1e-6])):
        assert chart.text_chart(figures) == []
        assert chart.svg_chart(figures) == ""
        assert chart.standing(figures) is None


def test_a_failing_space_chart_from_a_real_judging():
    lines = chart.text_chart(figures_of("palindrome_mle", "space"))
    text = "\n".join(lines)
    assert lines[0] == "extra memory at its peak, by n (log-log)"
    assert "390.0 MiB" in text and "12.0 MiB" in text and "262,144" in text and "8,388,608" in text
    rows = plot_area(lines)
    assert rows[0].rstrip().endswith("*")  # yours climbs to the top right corner


# ---- the SVG ---------------------------------------------------------------------------------

def all_figures():
    for name in ("hash_map_tle", "palindrome_mle", "lru_accepted"):
        for group in result(name)["groups"]:
            yield from group["figures"].values()


@pytest.mark.parametrize("figures", [*all_figures(), FLAT_VS_LINEAR,
                                     time_figures([7], [1e-3], [2e-3], size_name='n <"&\'>', bound="O(n) <script>&amp;")])
def test_the_svg_is_well_formed_and_self_contained(figures):
    svg = chart.svg_chart(figures)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == root.get("aria-label")
    assert "yours" in title.text and "reference" in title.text
    tags = {e.tag.removeprefix(SVG) for e in root.iter()}
    assert tags <= {"svg", "title", "rect", "text", "line", "polyline", "circle", "path"}
    assert not [a for e in root.iter() for a in e.attrib if "href" in a or a.startswith("on") or a == "id"]
    assert any(e.tag == f"{SVG}circle" for e in root.iter())  # your points
    assert any(e.tag == f"{SVG}rect" and e.get("fill") == "#ffffff" and e.get("width") == "7" for e in root.iter())


def test_svg_text_is_escaped():
    figures = time_figures([10, 100], [1e-3, 2e-3], [1e-3, 1e-3], size_name='n <"&\'>', bound="O(n) <script>")
    svg = chart.svg_chart(figures)
    assert "<script" not in svg
    texts = [e.text for e in ET.fromstring(svg).iter() if e.text]
    assert any('n <"&\'> (log scale)' == t for t in texts)
    assert 'n <"&\'>' in ET.fromstring(svg).get("aria-label")


def test_svg_draws_the_bound_dashed():
    root = ET.fromstring(chart.svg_chart(FLAT_VS_LINEAR))
    dashed = [e for e in root.iter(f"{SVG}polyline") if e.get("stroke-dasharray")]
    assert len(dashed) == 1
    assert len(list(root.iter(f"{SVG}polyline"))) == 3
    root = ET.fromstring(chart.svg_chart(time_figures(SIZES, [1e-6] * 5, [1e-6] * 5, bound="no shape")))
    assert not [e for e in root.iter(f"{SVG}polyline") if e.get("stroke-dasharray")]


# ---- standing --------------------------------------------------------------------------------

def test_standing_sentences():
    sizes = [1_000, 4_000, 16_000, 64_000]
    slower = time_figures(sizes, [1.8e-6] * 4, [1e-6] * 4, submission_growth=1.1, reference_growth=1.0)
    assert chart.standing(slower) == "1.8× the reference's time per operation at n = 64,000; growth the same as the reference's"
    faster = time_figures(sizes, [0.6e-6] * 4, [1e-6] * 4, bound="O(n) time: the time per call", size_name="keys")
    assert chart.standing(faster) == "faster than the reference: 0.6× its time per call at keys 64,000; growth the same as the reference's"
    steeper = time_figures(sizes, [1e-6, 1e-6, 2e-6, 4e-6], [1e-6] * 4)
    assert chart.standing(steeper).endswith("; growth 4.0× the reference's")
    gentler = time_figures(sizes, [1e-6] * 4, [1e-6, 1e-6, 2e-6, 4e-6])
    assert chart.standing(gentler).endswith("; growth slower than the reference's")


def test_standing_of_memory():
    mib = 1 << 20
    sizes = [1_000, 64_000]
    assert chart.standing(space_figures(sizes, [2 * mib, 18 * mib], [mib, 10 * mib])) == \
        "1.8× the reference's extra memory at n = 64,000; growth the same as the reference's"
    assert chart.standing(space_figures(sizes, [mib, 5 * mib], [0, 0])) == \
        "5.0 MiB of extra memory at n = 64,000, where the reference's is under 1.0 MiB; growth 3.0× the reference's"
    noise = chart.standing(figures_of("lru_accepted", "space"))
    assert noise.startswith("extra memory within the kernel's counting noise") and noise.endswith("no growth above the noise")


def test_standing_from_a_real_accepted_judging():
    assert chart.standing(figures_of("lru_accepted", "performance")) == \
        "1.0× the reference's time per operation at capacity 32,000; growth the same as the reference's"


# ---- which tests are drawn -------------------------------------------------------------------

def test_drawn():
    hash_map = {g["name"]: g for g in result("hash_map_tle")["groups"]}
    perf = hash_map["performance"]
    assert [t for t, _ in chart.drawn("performance", perf["verdict"], perf["figures"])] == list(perf["figures"])
    palindrome = {g["name"]: g for g in result("palindrome_mle")["groups"]}
    space, accepted = palindrome["space"], palindrome["performance"]
    assert [t for t, _ in chart.drawn("space", Verdict(space["verdict"]), space["figures"])] == list(space["figures"])
    assert chart.drawn("performance", accepted["verdict"], accepted["figures"]) == []
    assert len(chart.drawn("performance", accepted["verdict"], accepted["figures"], every=True)) == 2
    assert chart.drawn("examples", "time_limit_exceeded", perf["figures"], every=True) == []
    assert chart.drawn("performance", "wrong_answer", perf["figures"]) == []  # a wrong answer is not about growth
    one_failed = {"a": {**perf["figures"]["test_a_large_table_keeps_growing"]},
                  "b": {k: v for k, v in perf["figures"]["test_constant_average_time_per_operation"].items() if k != "verdict_reason"}}
    assert [t for t, _ in chart.drawn("performance", "time_limit_exceeded", one_failed)] == ["a"]


# ---- render_result ---------------------------------------------------------------------------

def rendered(name: str, **options) -> str:
    out = io.StringIO()
    render_result(judge_result(name), Console(file=out, width=100, highlight=False, soft_wrap=True), **options)
    return out.getvalue()


def test_a_failing_performance_group_shows_its_charts_under_the_message():
    text = rendered("hash_map_tle")
    message = text.index("performance: put() of new keys")
    first = text.index("performance · test_constant_average_time_per_operation")
    second = text.index("performance · test_a_large_table_keeps_growing")
    assert message < first < second
    assert text.count("CPU time per operation, by keys (log-log)") == 2
    assert max(len(line) for line in text[first:].splitlines()) <= 72


def test_a_failing_space_group_shows_its_chart_and_not_the_accepted_ones():
    text = rendered("palindrome_mle")
    assert "space · test_is_palindrome_uses_constant_extra_space" in text
    assert "extra memory at its peak, by n (log-log)" in text
    assert "test_is_palindrome_is_linear" not in text  # accepted: drawn only on request
    text = rendered("palindrome_mle", chart=True)
    assert "performance · test_is_palindrome_is_linear" in text
    assert "1.1× the reference's time per call at n = 128,000" in text  # an accepted group's chart says where it stands


def test_accepted_says_where_it_stands_and_draws_on_request():
    text = rendered("lru_accepted")
    assert "performance · test_get_and_put_are_constant_time: 1.0× the reference's time per operation" in text
    assert "space · test_memory_follows_the_capacity_not_the_operations: extra memory within" in text
    assert "log-log" not in text
    text = rendered("lru_accepted", chart=True)
    assert text.count("log-log") == 2
    assert text.count("1.0× the reference's time per operation") == 1


def test_a_narrow_terminal_gets_a_narrower_chart():
    out = io.StringIO()
    render_result(judge_result("hash_map_tle"), Console(file=out, width=50, highlight=False, soft_wrap=True))
    chart_lines = [line for line in out.getvalue()[out.getvalue().index("performance · test_"):].splitlines()
                   if line.startswith("  ")]
    assert max(map(len, chart_lines)) <= 50
