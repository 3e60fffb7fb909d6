"""The scoreboard as one self-contained static HTML page (fit for GitHub Pages): inline
CSS, no script, no external asset of any kind. Member names, paths, feedback and what
submissions printed are escaped; each cell links to its feedback further down, where a
submission rejected for its growth has an inline SVG chart of it (judge/chart.py)."""

from __future__ import annotations

from html import escape

from .. import chart
from .scoreboard import LABEL, SHORT, Cell, Scoreboard

CSS = """
:root { --ok: #1a7f37; --bad: #cf222e; --slow: #9a6700; --code: #8250df; --ie: #24292f; --dim: #656d76; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0; color: #1f2328; background: #fff; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; }
h3 { font-size: 16px; margin: 0 0 4px; }
.meta, .path, .legend { color: var(--dim); font-size: 13px; }
.scroll { overflow-x: auto; }
table.board { border-collapse: collapse; margin: 16px 0 8px; }
table.board th, table.board td { border: 1px solid #d0d7de; padding: 6px 10px; text-align: center; white-space: nowrap; }
table.board thead th { background: #f6f8fa; }
table.board th.member { text-align: left; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.v { font-weight: 600; }
td.v a { color: inherit; text-decoration: none; display: block; }
td.v-accepted { background: #dafbe1; color: var(--ok); }
td.v-wrong_answer, td.v-runtime_error { background: #ffebe9; color: var(--bad); }
td.v-time_limit_exceeded, td.v-memory_limit_exceeded { background: #fff8c5; color: var(--slow); }
td.v-compile_error, td.v-rule_violation { background: #fbefff; color: var(--code); }
td.v-internal_error { background: var(--ie); color: #fff; }
td.v-empty, td.v-unreadable, td.v-missing { background: #eaeef2; color: var(--bad); }
td.none { color: #afb8c1; }
small.late { color: var(--slow); font-weight: 400; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.side pre { margin: 4px 0; }
mark { background: #fff8c5; }
article { border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
article:target { outline: 3px solid #0969da; }
figure.growth { margin: 12px 0 4px; }
figure.growth figcaption { color: var(--dim); font-size: 13px; margin-bottom: 4px; }
figure.growth svg { display: block; max-width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 6px; }
pre { background: #f6f8fa; padding: 10px 12px; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
"""


def _cell_td(cell: Cell | None, anchor: str | None) -> str:
    if cell is None:
        return '<td class="none" title="not submitted">·</td>'
    late = f", late (committed {cell.committed_at})" if cell.late else ""
    title = escape(f"{cell.label}, {cell.score}/100{late} — {cell.path}")
    shown = f"{escape(cell.short)} {cell.score}"
    if anchor is not None:  # a cell that was not accepted links to its feedback
        shown = f'<a href="#{anchor}">{shown}</a>'
    if cell.late:
        shown += ' <small class="late">late</small>'
    return f'<td class="v v-{escape(cell.outcome)}" title="{title}">{shown}</td>'



def _growth_charts(cell: Cell) -> list[str]:
    """A chart of each test that failed in a performance or space group rejected for its cost,
    drawn from the figures the judge's result carries (a cache hit and a merged shard carry
    them too)."""
    shown = []
    for group in (cell.result or {}).get("groups") or []:
        if not isinstance(group, dict):
            continue
        for test, f in chart.drawn(group.get("name"), group.get("verdict"), group.get("figures")):
            shown.append(f'<figure class="growth"><figcaption>{escape(str(group["name"]))} · {escape(str(test))}: '
                           f"your cost against the reference's as the size grows</figcaption>\n{chart.svg_chart(f)}</figure>")
    return shown


def _article(cell: Cell, anchor: str) -> str:
    when = f" · judged {escape(cell.judged_at)}" if cell.judged_at else ""
    cached = " (from the cache)" if cell.cached else ""
    sha = f" · sha256 {escape(cell.sha256[:12])}" if cell.sha256 else ""
    parts = [
        f'<article id="{anchor}">',
        f"<h3>{escape(cell.member)} · {escape(cell.kata)} — {escape(cell.label)}, {cell.score}/100</h3>",
        f'<p class="path">{escape(cell.path)}{sha}{when}{cached}</p>',
        f"<pre>{escape(cell.feedback)}</pre>",
        *_growth_charts(cell),
    ]
    if cell.output.strip():
        parts.append(f"<details><summary>What the submission printed</summary><pre>{escape(cell.output)}</pre></details>")
    parts.append("</article>")
    return "\n".join(parts)


def _marked(text: str, spans: list[list[int]]) -> str:
    """The text, escaped, with the ranges found in the other file marked."""
    out, at = [], 0
    for start, end in sorted(spans):
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        out += [escape(text[at:start]), "<mark>", escape(text[start:end]), "</mark>"]
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def _similar_section(board: Scoreboard) -> str:
    if not board.similar:
        return ""
    parts = ["<h2>Similar solutions</h2>",
             f'<p class="meta">{len(board.similar)} pairs of solutions to the same kata that are nearly identical once names, '
             "formatting and comments are set aside (the kata's stub does not count). For the organiser to read: "
             "similar code is not proof of copying, and it never changes a verdict. Marked: code found in the other file.</p>"]
    for pair in board.similar:
        columns = "".join(f"<div><p class=\"path\">{escape(path)} · {share:.0%} found in the other</p>"
                          f"<pre>{_marked(text, spans)}</pre></div>"
                          for path, share, text, spans in zip(pair.paths, pair.similarity, pair.texts, pair.spans))
        parts.append(f"<article><h3>{escape(pair.kata)} · {escape(pair.members[0])} and {escape(pair.members[1])}</h3>"
                     f'<div class="side">{columns}</div></article>')
    return "\n".join(parts)


def scoreboard_html(board: Scoreboard) -> str:
    anchors = {(c.member, c.kata): f"cell-{i}" for i, c in enumerate(board.cells) if not c.accepted}
    head = "".join(f'<th scope="col" title="{escape(board.titles.get(k, k))}">{escape(k)}</th>' for k in board.katas)
    rows = []
    for s in board.standings():
        tds = "".join(_cell_td(board.cell(s.member, k), anchors.get((s.member, k))) for k in board.katas)
        rows.append(f'<tr><td class="num">{s.rank}</td><th scope="row" class="member">{escape(board.display(s.member))}</th>{tds}'
                    f'<td class="num">{s.solved}/{s.out_of}</td><td class="num">{s.total}</td></tr>')
    used = sorted({c.outcome for c in board.cells}, key=list(SHORT).index)
    legend = ", ".join([*(f"<b>{SHORT[o]}</b> = {escape(LABEL[o].lower())}" for o in used), "<b>·</b> = not submitted"])
    failing = [c for c in board.cells if not c.accepted]
    articles = "\n".join(_article(c, anchors[(c.member, c.kata)]) for c in failing)
    feedback = (f"<h2>Feedback</h2>\n<p class=\"meta\">{len(failing)} submissions not accepted; click a cell to jump here.</p>\n{articles}"
                if failing else "<h2>Feedback</h2>\n<p>Every submission was accepted.</p>")
    shard = f" · shard {escape(board.shard)}" if board.shard else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kata scoreboard</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>Kata scoreboard</h1>
<p class="meta">{len(board.members)} members · {len(board.katas)} katas · {len(board.cells)} submissions · graded {escape(board.graded_at)} · judge {escape(board.judge_version)} · seed {board.seed}{shard}</p>
</header>
<main>
<div class="scroll">
<table class="board">
<thead><tr><th scope="col">#</th><th scope="col" class="member">member</th>{head}<th scope="col">solved</th><th scope="col">total</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</div>
<p class="legend">{legend}</p>
{feedback}
{_similar_section(board)}
</main>
</body>
</html>
"""
