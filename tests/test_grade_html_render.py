"""The HTML scoreboard as a person sees it: rendered by headless Chromium, then read back
through the rendered page (innerText, computed colours, layout boxes), not the source.

Needs Debian's chromium (.ci/run installs it). Skipped on a developer machine without it;
under CI (CI=true) a missing browser is a failure, so the check cannot silently vanish."""

import functools
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data"))
import grade_fixtures as gf  # noqa: E402

from judge.grade.grading import GradeRequest, grade  # noqa: E402
from judge.grade.html_page import scoreboard_html  # noqa: E402
from judge.grade.runner import run_inline  # noqa: E402

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)

PROBE = """<script>
window.addEventListener('load', () => {
  const box = e => e.getBoundingClientRect();
  const rows = [...document.querySelectorAll('table.board tbody tr')].map(tr => [...tr.children].map(td => ({
    text: td.innerText.trim(), bg: getComputedStyle(td).backgroundColor, color: getComputedStyle(td).color,
    visible: box(td).width > 0 && box(td).height > 0 })));
  const table = document.querySelector('table.board');
  const out = { text: document.body.innerText, rows, title: document.title,
    header: [...table.querySelectorAll('thead th')].map(th => th.innerText.trim()),
    tableRight: box(table).right, viewport: window.innerWidth,
    resources: performance.getEntriesByType('resource').map(e => e.name),
    fontSize: parseFloat(getComputedStyle(table).fontSize) };
  out.charts = [...document.querySelectorAll('svg')].map(svg => {
    svg.scrollIntoView({ block: 'center' });
    const b = box(svg), hit = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
    return { width: b.width, height: b.height, right: b.right, label: svg.getAttribute('aria-label'),
      article: svg.closest('article') && svg.closest('article').querySelector('h3').innerText,
      caption: svg.closest('figure') && svg.closest('figure').querySelector('figcaption').innerText,
      seen: !!hit && hit.closest('svg') === svg,
      lines: [...svg.querySelectorAll('polyline')].map(l => { const r = l.getBBox(); return r.width + r.height; }),
      texts: [...svg.querySelectorAll('text')].map(t => t.textContent) };
  });
  window.scrollTo(0, 0);
  const pre = document.createElement('pre'); pre.id = 'kata-probe'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


CHART_MARK = "# chart-fixture: "


def judge_with_figures(task) -> dict:
    """The fake judge, except for a file naming a captured real result (tests/data/chart_*.json,
    with the figures of a performance or space group that failed): that result, as this kata's."""
    text = Path(task.submission).read_text()
    if CHART_MARK not in text:
        return gf.fake_judge(task)
    name = text.split(CHART_MARK, 1)[1].split()[0]
    captured = json.loads((Path(gf.DATA) / f"chart_{name}.json").read_text(encoding="utf-8"))
    return {"result": {**captured, "kata": Path(task.kata_dir).name}}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run must run: apt-get install -y chromium")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    tmp = tmp_path_factory.mktemp("render")
    root = tmp / "group"
    gf.build_group(root, members=gf.MEMBERS[:6])
    (root / "pair-sum" / "zed.py").write_text("# fake-raise\n")
    (root / "lru" / "<i>eve&.py").write_text(gf.fake_source("wrong_answer", message="get(1) returned <b>2</b>", output="SECRET-OUTPUT"))
    (root / "lru" / "member07.py").write_text(f"{CHART_MARK}hash_map_tle\nx = 1\n")
    (root / "pair-sum" / "member07.py").write_text(f"{CHART_MARK}palindrome_mle\nx = 1\n")
    board = grade(GradeRequest(root), functools.partial(run_inline, judge=judge_with_figures))
    page = tmp / "index.html"
    page.write_text(scoreboard_html(board).replace("</body>", PROBE + "</body>"))
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--user-data-dir={tmp / 'profile'}",
         "--window-size=1280,900", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    probe = re.search(r'<pre id="kata-probe">(.*?)</pre>', run.stdout, re.S)
    assert probe, f"chromium rendered nothing usable (exit {run.returncode}): {run.stderr[-1500:]}"
    return board, json.loads(html.unescape(probe.group(1)))


def rgb(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", text)[:3])


def test_a_person_sees_the_table_in_rank_order(rendered):
    board, seen = rendered
    assert seen["title"] == "Kata scoreboard"
    assert seen["header"] == ["#", "member", "lru", "pair-sum", "solved", "total"]
    assert [row[1]["text"] for row in seen["rows"]] == [s.member for s in board.standings()]
    first = [cell["text"] for cell in seen["rows"][0]]
    assert first == ["1", "member01", "AC 100", "AC 100", "2/2", "200"]
    assert all(cell["visible"] for row in seen["rows"] for cell in row)
    assert seen["tableRight"] <= seen["viewport"]  # no sideways scrolling at a laptop's width
    assert seen["fontSize"] >= 13


def test_verdicts_are_coloured_by_kind(rendered):
    board, seen = rendered
    colours = {}
    for row in seen["rows"]:
        for cell in row[2:-2]:
            if cell["text"] != "·":
                colours.setdefault(cell["text"].split()[0], rgb(cell["bg"]))
    r, g, b = colours["AC"]
    assert g > r and g > b  # green
    r, g, b = colours["WA"]
    assert r > g and r > b  # red
    assert max(colours["IE"]) < 80  # dark: the judge's fault stands apart
    assert len({colours[k] for k in ("AC", "WA", "TLE", "CE", "IE")}) == 5


def test_feedback_is_readable_and_markup_stays_text(rendered):
    _, seen = rendered
    text = seen["text"]
    assert "<i>eve&" in text and "get(1) returned <b>2</b>" in text  # shown as typed, not interpreted
    assert "member02 · lru — Wrong answer" in text
    assert "the judge failed on this submission, through no fault of yours" in text
    assert "What the submission printed" in text and "SECRET-OUTPUT" not in text  # folded until opened


def test_the_page_loads_nothing_from_anywhere(rendered):
    _, seen = rendered
    assert seen["resources"] == []


def test_growth_that_failed_is_drawn(rendered):
    _, seen = rendered
    charts = seen["charts"]
    assert [c["article"] for c in charts] == ["member07 · lru — Time limit exceeded, 70/100"] * 2 + \
        ["member07 · pair-sum — Memory limit exceeded, 80/100"]  # only where growth failed, one per failing test
    assert [c["caption"].split(":")[0] for c in charts] == [
        "performance · test_constant_average_time_per_operation", "performance · test_a_large_table_keeps_growing",
        "space · test_is_palindrome_uses_constant_extra_space"]
    for c in charts:
        assert c["width"] > 300 and c["height"] > 150, c  # rendered at a readable size
        assert c["right"] <= seen["viewport"]
        assert c["seen"], c  # on top where it is, not hidden or covered
        assert len(c["lines"]) >= 2 and all(extent > 0 for extent in c["lines"])  # yours and the reference's, drawn
        assert c["label"].startswith("Chart of ") and "yours" in c["label"] and "reference" in c["label"]
    assert "76,109" in charts[1]["texts"] and "11.29 µs" in charts[1]["texts"]
    assert "390.0 MiB" in charts[2]["texts"] and "0 B" in charts[2]["texts"]
