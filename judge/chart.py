"""A picture of the growth: the submission's cost against the reference's over the sizes
measured, with the stated bound's shape drawn for comparison, as text for a terminal and as
an inline SVG for the HTML report; and, for an accepted solution, one sentence on where it
stands against the reference.

Pure functions of a figures dict (judge/complexity/feedback.py: `time_figures`,
`space_figures`): nothing here measures, decides a verdict, reads or prints.

Both axes are logarithmic, so a cost that grows like n^k is a straight line of slope k, and
the bound's shape (O(1) flat, O(n) a diagonal…) can be laid over the measured lines. The
figures are per unit (per operation when the test divides by a count of operations, else
per call), so the shape drawn is the bound's own: O(1) per operation is flat.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from .complexity import stats
from .results import MEASURED

# As judge/complexity/engine.py's SPACE_NOISE_BYTES (not imported: the engine pulls in the
# sandbox): the kernel's memory count moves in per-CPU batches of 256-512 KiB.
NOISE_BYTES = 1 << 20
MIN_SPAN = 4.0  # the cost axis spans at least this factor, so noise on a flat line stays small
BOUND_REACH = 4.0  # the cost axis stretches by up to this factor to show where the bound's line ends
TOO_COSTLY = ("time_limit_exceeded", "memory_limit_exceeded")
YOURS, REFERENCE, BOTH, BOUND = "*", "o", "@", "."


# ---- the stated bound's shape --------------------------------------------------------------

@dataclass(frozen=True)
class Shape:
    """The growth a bound states, as n^power · (log n)^logs in the measured size n."""

    stated: str  # the big-O expression as written: "O(n log n)"
    power: float
    logs: int
    flat_in_size: bool = False  # the bound is in other quantities and says it is independent of n

    def ratio(self, n: float, n0: float) -> float:
        """f(n) / f(n0)."""
        def log(x: float) -> float:
            return max(math.log(x), math.log(2))  # sizes below 2 have no useful log

        return (n / n0) ** self.power * (log(n) / log(n0)) ** self.logs

    def name(self, size_name: str = "the size") -> str:
        return f"{self.stated}, flat in {size_name}" if self.flat_in_size else self.stated


_LOG = re.compile(r"\(?\s*\b(?:log|lg|ln)\b\s*(?:\^\s*(\d+)\s*)?(?:_?\d+\s*)?\(?\s*[a-z]\w*\s*\)?\s*\)?(?:\s*\^\s*(\d+))?")
_ROOT = re.compile(r"\bsqrt\s*\(\s*[a-z]\w*\s*\)|√\s*\(?\s*[a-z]\w*\s*\)?")
_SYMBOL = re.compile(r"\b([a-z]\w*)(?:\s*\^\s*(\d+(?:\.\d+)?))?")
_INDEPENDENT = re.compile(r"\bindependent of\b|\bwhatever the\b|\bregardless of\b", re.IGNORECASE)


def _big_o(text: str) -> str | None:
    """The first O(…) expression in the text, parentheses balanced, without the O( )."""
    start = re.search(r"(?<![A-Za-z0-9_])O\(", text)
    if start is None:
        return None
    depth = 0
    for j in range(start.end() - 1, len(text)):
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            depth -= 1
            if depth == 0:
                return text[start.end():j]
    return None


def _term(term: str) -> tuple[float, int, bool] | None:
    """(power of n, power of log n, whether n itself is named) for one product term, or None."""
    t = term.lower().replace("²", "^2").replace("³", "^3").replace("**", "^").replace("·", " ").replace("*", " ")
    if re.search(r"\^\s*[a-z(]|!", t):  # 2^n, n!: no polynomial shape to draw
        return None
    logs = 0
    for m in _LOG.finditer(t):
        logs += int(m.group(1) or m.group(2) or 1)
    t = _LOG.sub(" ", t)
    power = 0.5 * len(_ROOT.findall(t))
    t = _ROOT.sub(" ", t)
    names_n = False
    symbols = _SYMBOL.findall(t)
    if any(len(name) >= 3 for name, _ in symbols):  # a quantity in words: "number of items held", "capacity"
        power += 1
    else:
        for name, exponent in symbols:
            power += float(exponent or 1)
            names_n = names_n or name == "n"
    rest = _SYMBOL.sub(" ", t)
    if re.sub(r"[\s\d.()]", "", rest):
        return None
    return power, logs, names_n


def parse_bound(bound: str) -> Shape | None:
    """The shape of the first big-O expression in a bound's text: O(1), O(log n), O(n),
    O(n log n), O(n^2) or O(n²), O(k), O(V + E), O(number of items)… Symbols other than n
    stand for the size (the dominant term of a sum counts), except when every symbol is
    another quantity and the text says the cost is independent of the size ("O(m) for a
    word of length m, independent of how many words are stored"): then it is flat in n.
    None when there is no expression or no polynomial shape to draw."""
    inner = _big_o(bound or "")
    if inner is None or not inner.strip():
        return None
    terms = []
    for part in re.split(r"\+", inner):
        parsed = _term(part)
        if parsed is None:
            return None
        terms.append(parsed)
    power, logs, _ = max(terms, key=lambda t: (t[0], t[1]))
    names_n = any(t[2] for t in terms)
    stated = "O(" + " ".join(inner.split()) + ")"
    if (power or logs) and not names_n and _INDEPENDENT.search(bound):
        return Shape(stated, 0.0, 0, flat_in_size=True)
    return Shape(stated, power, logs)


def unit_of(figures: dict) -> str:
    """What one unit of a time figure is. The figures hold no flag for it, so it is read from
    the bound's text: per operation when the test divides by operations, else per call."""
    if figures.get("unit"):
        return str(figures["unit"])
    bound = str(figures.get("bound", "")).lower()
    stated = re.search(r"\bper (operation|call|transfer)\b", bound)
    if stated:
        return stated.group(1)
    if re.search(r"\bamortized\b|\bper (?:insert|op|item|element|query|lookup|update)\b", bound):
        return "operation"
    return "call"


# ---- what a chart shows ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Plot:
    kind: str  # "time" or "space"
    measure: str  # "CPU time per operation", "extra memory at its peak"
    size_name: str
    fmt: Callable[[float], str]
    sizes: tuple[int, ...]
    yours: tuple[float, ...]  # 0 for nothing measured (or a negative or broken number)
    reference: tuple[float, ...]
    shape: Shape | None
    anchor: tuple[int, float, str] | None  # (n0, cost at n0, whose point) the bound's line goes through

    @property
    def title(self) -> str:
        return f"{self.measure}, by {self.size_name} (log-log)"

    @property
    def positive(self) -> list[float]:
        return [v for v in self.yours + self.reference if v > 0]

    @property
    def has_zero(self) -> bool:
        return any(v <= 0 for v in self.yours + self.reference)

    def bound_at(self, n: float) -> float | None:
        if self.shape is None or self.anchor is None:
            return None
        n0, y0, _ = self.anchor
        return y0 * self.shape.ratio(n, n0)


def _number(v) -> float:
    try:
        v = float(v)
    except (TypeError, ValueError):
        return 0.0
    return v if math.isfinite(v) and v > 0 else 0.0


def _plot(figures: dict) -> _Plot | None:
    if not isinstance(figures, dict):
        return None
    if "submission_s" in figures:
        kind, mine, theirs, fmt = "time", figures["submission_s"], figures.get("reference_s"), stats.fmt_s
    elif "submission_bytes" in figures:
        kind, mine, theirs, fmt = "space", figures["submission_bytes"], figures.get("reference_bytes"), stats.fmt_bytes
    else:
        return None
    points = []
    for n, y, r in zip(figures.get("sizes") or [], mine or [], theirs or []):
        try:
            n = int(n)
        except (TypeError, ValueError):
            continue
        if n > 0:
            points.append((n, _number(y), _number(r)))
    if not points:
        return None
    points.sort(key=lambda p: p[0])
    sizes, yours, reference = (tuple(p[i] for p in points) for i in range(3))
    size_name = str(figures.get("size_name") or "n")
    measure = f"CPU time per {unit_of(figures)}" if kind == "time" else "extra memory at its peak"
    shape = parse_bound(str(figures.get("bound", "")))
    anchor = next(((n, r, "the reference's first point") for n, r in zip(sizes, reference) if r > 0), None)
    if anchor is None:
        anchor = next(((n, y, "your first point") for n, y in zip(sizes, yours) if y > 0), None)
    return _Plot(kind, measure, size_name, fmt, sizes, yours, reference, shape, anchor)


def _cost_range(p: _Plot) -> tuple[float, float]:
    """(bottom, top) of the logarithmic cost axis: the measured values, widened to MIN_SPAN
    around them when they barely move, and stretched (by at most BOUND_REACH) toward where
    the bound's line ends."""
    positive = p.positive
    if not positive:
        return 0.5, 2.0
    lo, hi = min(positive), max(positive)
    if hi / lo < MIN_SPAN:
        middle = math.sqrt(lo * hi)
        lo, hi = middle / math.sqrt(MIN_SPAN), middle * math.sqrt(MIN_SPAN)
    ends = [p.bound_at(n) for n in (p.sizes[0], p.sizes[-1])]
    for end in ends:
        if end is None or end <= 0:
            continue
        if hi < end <= hi * BOUND_REACH:
            hi = end
        if lo / BOUND_REACH <= end < lo:
            lo = end
    return lo, hi


def _legend(p: _Plot, both: bool, marks: tuple[str, str, str, str], bound_seen: bool = True) -> list[str]:
    yours, reference, overlap, bound = marks
    items = [f"{yours} yours", f"{reference} the reference"]
    if both:
        items.append(f"{overlap} both")
    if p.shape is not None and p.anchor is not None:
        hidden = "" if bound_seen else " (drawn over by the measured lines)"
        items.append(f"{bound} the stated bound's shape, {p.shape.name(p.size_name)}, through {p.anchor[2]}{hidden}")
    return items


def _noise_note(p: _Plot) -> str | None:
    if p.kind == "space" and p.positive and max(p.positive) < NOISE_BYTES:
        return f"(below {stats.fmt_bytes(NOISE_BYTES)} the kernel's memory count is mostly noise)"
    return None


# ---- text ------------------------------------------------------------------------------------

def _wrap(items: list[str], width: int, indent: str) -> list[str]:
    """Legend items side by side while they fit, an item too long for a line broken at spaces."""
    room = max(12, width - len(indent))
    lines: list[str] = []
    line = ""
    for item in items:
        if line and len(line) + 3 + len(item) <= room:
            line += "   " + item
            continue
        if line:
            lines.append(line)
        line = ""
        for word in item.split(" "):
            if line and len(line) + 1 + len(word) > room:
                lines.append(line)
                line = "  " + word
            else:
                line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return [(indent + x)[:width] for x in lines]


def text_chart(figures: dict, width: int = 72, height: int = 8) -> list[str]:
    """The chart as lines of at most `width` characters (no colour needed): yours '*', the
    reference's 'o' ('@' where they meet), the bound's shape '.'; both axes logarithmic,
    labelled with the smallest and largest size and cost. [] when there is nothing to draw."""
    p = _plot(figures)
    if p is None:
        return []
    positive = p.positive
    has_zero = p.has_zero
    labels = {}
    if positive:
        labels[min(positive)] = p.fmt(min(positive))
        labels[max(positive)] = p.fmt(max(positive))
    zero_label = p.fmt(0)
    label_w = max([len(s) for s in labels.values()] + [len(zero_label) if has_zero else 0, 1])
    plot_w = max(8, width - label_w - 2)
    height = max(5 if has_zero else 3, height)
    rows = height - 2 if has_zero else height  # rows of the logarithmic part; then a break and the 0 line
    zero_row = rows + 1
    lo, hi = _cost_range(p)
    llo, lhi = math.log(lo), math.log(hi)
    lx0, lx1 = math.log(p.sizes[0]), math.log(p.sizes[-1])

    def col(n: float) -> int:
        if lx1 == lx0:
            return (plot_w - 1) // 2
        return round((math.log(n) - lx0) / (lx1 - lx0) * (plot_w - 1))

    def row(y: float) -> int | None:
        """The row of a cost, None when it is outside the axis."""
        if y <= 0:
            return None
        frac = (lhi - math.log(y)) / (lhi - llo)
        if frac < -1e-9 or frac > 1 + 1e-9:
            return None
        return min(rows - 1, max(0, round(frac * (rows - 1))))

    grid: list[list[set[str]]] = [[set() for _ in range(plot_w)] for _ in range(zero_row + 1 if has_zero else rows)]

    def mark(r: int, c: int, who: str) -> None:
        if 0 <= c < plot_w and 0 <= r < len(grid):
            grid[r][c].add(who)

    def draw(values: tuple[float, ...], who: str) -> None:
        cols = [col(n) for n in p.sizes]
        for c, y in zip(cols, values):
            mark(row(y) if y > 0 else zero_row, c, who)
        for (c0, y0), (c1, y1) in zip(zip(cols, values), zip(cols[1:], values[1:])):
            if y0 <= 0 and y1 <= 0:
                for c in range(c0, c1 + 1):
                    mark(zero_row, c, who)
                continue
            if y0 <= 0 or y1 <= 0 or c1 == c0:
                continue  # no line between 0 and a cost on a logarithmic axis
            previous = row(y0)
            for c in range(c0 + 1, c1 + 1):
                r = row(math.exp(math.log(y0) + (math.log(y1) - math.log(y0)) * (c - c0) / (c1 - c0)))
                if r is None or previous is None:
                    continue
                for between in range(min(previous, r) + 1, max(previous, r)):  # a steep rise stays joined
                    mark(between, c, who)
                mark(r, c, who)
                previous = r

    draw(p.reference, "reference")
    draw(p.yours, "yours")
    if p.shape is not None and p.anchor is not None:
        c_first, c_last = col(p.sizes[0]), col(p.sizes[-1])
        for c in range(c_first, c_last + 1):
            n = p.sizes[0] if lx1 == lx0 else math.exp(lx0 + (lx1 - lx0) * c / (plot_w - 1))
            r = row(p.bound_at(n))
            if r is not None:
                mark(r, c, "bound")

    def char(cell: set[str]) -> str:
        if {"yours", "reference"} <= cell:
            return BOTH
        if "yours" in cell:
            return YOURS
        if "reference" in cell:
            return REFERENCE
        return BOUND if "bound" in cell else " "

    label_rows = {}
    for value, text in labels.items():
        label_rows.setdefault(row(value), text)
    lines = _wrap([p.title], width, "")
    for r, cells in enumerate(grid):
        if has_zero and r == rows:
            lines.append(" " * label_w + " ~")
            continue
        if has_zero and r == zero_row:
            left, axis = zero_label, "+"
        else:
            left, axis = label_rows.get(r, ""), "+" if r in label_rows else "|"
        lines.append((f"{left:>{label_w}} {axis}" + "".join(char(c) for c in cells)).rstrip())
    axis = ["-"] * plot_w
    for n in p.sizes:
        axis[col(n)] = "+"
    lines.append(" " * label_w + " +" + "".join(axis))
    lines.append(" " * (label_w + 2) + _x_labels(p, col, plot_w))
    shown = {char(c) for line in grid for c in line}
    lines += _wrap(_legend(p, BOTH in shown, (YOURS, REFERENCE, BOTH, BOUND), BOUND in shown), width, " " * (label_w + 2))
    note = _noise_note(p)
    if note:
        lines += _wrap([note], width, " " * (label_w + 2))
    return [line[:width] for line in lines]


def _x_labels(p: _Plot, col: Callable[[float], int], plot_w: int) -> str:
    first, last = f"{p.sizes[0]:,}", f"{p.sizes[-1]:,}"
    if p.sizes[0] == p.sizes[-1]:
        c = col(p.sizes[0])
        return (" " * max(0, c - len(first) // 2) + first)[:plot_w]
    gap = plot_w - len(first) - len(last)
    if gap < 1:
        return (first + " " + last)[:plot_w]
    name = f"{p.size_name} (log scale)"
    if len(name) + 2 <= gap:
        left = (gap - len(name)) // 2
        return first + " " * left + name + " " * (gap - len(name) - left) + last
    return first + " " * gap + last


# ---- SVG -------------------------------------------------------------------------------------

SVG_W, SVG_H = 560, 300
LEFT, RIGHT, TOP, BOTTOM = 84, 24, 56, 46
CHAR_PX = 7.2  # a generous width of one character at 12 px, to lay the legend out
COLOURS = {"yours": "#cf222e", "reference": "#0969da", "bound": "#6e7781"}


def _description(p: _Plot) -> str:
    def span(values: tuple[float, ...]) -> str:
        return f"from {p.fmt(values[0])} at {p.sizes[0]:,} to {p.fmt(values[-1])} at {p.sizes[-1]:,}"

    text = (f"Chart of {p.measure} against {p.size_name}, both axes logarithmic: yours {span(p.yours)}; "
            f"the reference's {span(p.reference)}.")
    if p.shape is not None and p.anchor is not None:
        text += f" Dashed: the stated bound's shape, {p.shape.name(p.size_name)}, through {p.anchor[2]}."
    return text


def svg_chart(figures: dict) -> str:
    """The chart as one self-contained inline <svg>: no script, no external resource, no id
    (several can share a page); role="img" with an aria-label and a <title> saying what it
    shows. "" when there is nothing to draw."""
    p = _plot(figures)
    if p is None:
        return ""
    def f(v: float) -> str:
        return f"{v:.1f}"

    has_zero = p.has_zero
    x0, x1 = LEFT, SVG_W - RIGHT
    legend = [("yours", "yours", ""), ("reference", "the reference", "")]
    if p.shape is not None and p.anchor is not None:
        legend.append(("bound", f"the bound's shape, {p.shape.name(p.size_name)}", ' stroke-dasharray="5 4"'))
    placed, lx, ly = [], x0, 34
    for who, text, dash in legend:
        room = 28 + CHAR_PX * len(text)
        if lx > x0 and lx + room > x1:
            lx, ly = x0, ly + 18
        placed.append((who, text, dash, lx, ly))
        lx += room + 18
    height = SVG_H + (ly - 34)
    y_top, y_bottom = TOP + (ly - 34), height - BOTTOM - (30 if has_zero else 0)
    y_zero = height - BOTTOM - 6
    lo, hi = _cost_range(p)
    llo, lhi = math.log(lo), math.log(hi)
    lx0, lx1 = math.log(p.sizes[0]), math.log(p.sizes[-1])

    def x(n: float) -> float:
        return (x0 + x1) / 2 if lx1 == lx0 else x0 + (math.log(n) - lx0) / (lx1 - lx0) * (x1 - x0)

    def y(v: float) -> float:
        if v <= 0:
            return y_zero
        return y_bottom - (math.log(v) - llo) / (lhi - llo) * (y_bottom - y_top)

    out = [(f'<svg xmlns="http://www.w3.org/2000/svg" class="growth-chart" role="img" viewBox="0 0 {SVG_W} {height}" '
            f'width="{SVG_W}" height="{height}" style="max-width:100%;height:auto" '
            f'aria-label="{escape(_description(p))}" font-family="system-ui, sans-serif" font-size="12">'),
           f"<title>{escape(_description(p))}</title>",
           f'<rect x="0" y="0" width="{SVG_W}" height="{height}" fill="#ffffff"/>',
           f'<text x="{x0}" y="16" font-weight="600" fill="#1f2328">{escape(p.title)}</text>']
    for who, text, dash, lx, ly in placed:
        colour = COLOURS[who]
        out.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 22}" y2="{ly}" stroke="{colour}" stroke-width="2"{dash}/>')
        if who != "bound":
            out.append(_marker(who, lx + 11, ly))
        out.append(f'<text x="{lx + 28}" y="{ly + 4}" fill="#1f2328">{escape(text)}</text>')
    # axes
    out.append(f'<line x1="{x0}" y1="{y_top - 4}" x2="{x0}" y2="{y_bottom}" stroke="#1f2328"/>')
    axis_y = y_zero + 8 if has_zero else y_bottom
    if has_zero:
        out.append(f'<path d="M{x0 - 5} {f(y_bottom + 9)} l10 -4 M{x0 - 5} {f(y_bottom + 14)} l10 -4" stroke="#1f2328"/>')
        out.append(f'<line x1="{x0}" y1="{f(y_bottom + 12)}" x2="{x0}" y2="{f(axis_y)}" stroke="#1f2328"/>')
        out.append(f'<text x="{x0 - 8}" y="{f(y_zero + 4)}" text-anchor="end" fill="#1f2328">{escape(p.fmt(0))}</text>')
    out.append(f'<line x1="{x0}" y1="{f(axis_y)}" x2="{x1}" y2="{f(axis_y)}" stroke="#1f2328"/>')
    for n in p.sizes:
        out.append(f'<line x1="{f(x(n))}" y1="{f(axis_y)}" x2="{f(x(n))}" y2="{f(axis_y + 5)}" stroke="#1f2328"/>')
    ends = [(p.sizes[0], "start" if lx1 != lx0 else "middle")] + ([(p.sizes[-1], "end")] if lx1 != lx0 else [])
    for n, anchor in ends:
        out.append(f'<text x="{f(x(n))}" y="{f(axis_y + 18)}" text-anchor="{anchor}" fill="#1f2328">{n:,}</text>')
    if lx1 != lx0:
        out.append(f'<text x="{f((x0 + x1) / 2)}" y="{f(axis_y + 18)}" text-anchor="middle" fill="#656d76">'
                   f"{escape(p.size_name)} (log scale)</text>")
    positive = p.positive
    for value in sorted({min(positive), max(positive)} if positive else set()):
        out.append(f'<line x1="{x0 - 5}" y1="{f(y(value))}" x2="{x0}" y2="{f(y(value))}" stroke="#1f2328"/>')
        out.append(f'<text x="{x0 - 8}" y="{f(y(value) + 4)}" text-anchor="end" fill="#1f2328">{escape(p.fmt(value))}</text>')
    # the bound's shape, cut where it leaves the axis
    if p.shape is not None and p.anchor is not None:
        runs, run = [], []
        steps = 1 if lx1 == lx0 else 48
        for i in range(steps + 1):
            n = p.sizes[0] if lx1 == lx0 else math.exp(lx0 + (lx1 - lx0) * i / steps)
            v = p.bound_at(n)
            if v is not None and lo * (1 - 1e-9) <= v <= hi * (1 + 1e-9):
                run.append(f"{f(x(n))},{f(y(v))}")
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        for run in runs:
            if len(run) > 1:
                out.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{COLOURS["bound"]}" '
                           'stroke-width="1.5" stroke-dasharray="5 4"/>')
    for who, values in (("reference", p.reference), ("yours", p.yours)):
        segment: list[str] = []
        for n, v in zip(p.sizes, values):
            if v > 0:
                segment.append(f"{f(x(n))},{f(y(v))}")
            else:
                if len(segment) > 1:
                    out.append(_polyline(segment, who))
                segment = []
        if len(segment) > 1:
            out.append(_polyline(segment, who))
        zeros = [f"{f(x(n))},{f(y_zero)}" for n, v in zip(p.sizes, values) if v <= 0]
        if len(zeros) > 1:
            out.append(_polyline(zeros, who))
        for n, v in zip(p.sizes, values):
            out.append(_marker(who, x(n), y(v)))
    out.append("</svg>")
    return "\n".join(out)


def _polyline(points: list[str], who: str) -> str:
    return f'<polyline points="{" ".join(points)}" fill="none" stroke="{COLOURS[who]}" stroke-width="2"/>'


def _marker(who: str, cx: float, cy: float) -> str:
    """Yours a filled circle, the reference's a hollow square: told apart without colour."""
    if who == "yours":
        return f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" fill="{COLOURS[who]}"/>'
    return (f'<rect x="{cx - 3.5:.1f}" y="{cy - 3.5:.1f}" width="7" height="7" fill="#ffffff" '
            f'stroke="{COLOURS[who]}" stroke-width="1.5"/>')


# ---- where an accepted solution stands -------------------------------------------------------

def standing(figures: dict) -> str | None:
    """One sentence on the constant factor and the growth against the reference's, at the
    largest size: "1.8× the reference's time per operation at n = 64,000; growth the same as
    the reference's". None when the figures hold nothing to compare."""
    p = _plot(figures)
    if p is None:
        return None
    n, mine, theirs = p.sizes[-1], p.yours[-1], p.reference[-1]
    at = stats.at_size(p.size_name, n)
    noise = False
    if p.kind == "time":
        what = f"time per {unit_of(figures)}"
        if theirs <= 0 or mine <= 0:
            return None
        head = _factor(mine / theirs, what, at)
    else:
        if max(mine, theirs) < NOISE_BYTES:
            noise = max(p.positive or [0]) < NOISE_BYTES
            head = (f"extra memory within the kernel's counting noise, as the reference's "
                    f"({stats.fmt_bytes(mine)} against {stats.fmt_bytes(theirs)} at {at})")
        elif theirs < NOISE_BYTES:
            head = f"{stats.fmt_bytes(mine)} of extra memory at {at}, where the reference's is under {stats.fmt_bytes(NOISE_BYTES)}"
        else:
            head = _factor(mine / theirs, "extra memory", at)
    if len(p.sizes) < 2:
        return head
    if noise:
        return f"{head}; no growth above the noise"
    return f"{head}; {_growth(p, figures)}"


def _factor(ratio: float, what: str, at: str) -> str:
    if ratio >= 1:
        return f"{ratio:.1f}× the reference's {what} at {at}"
    return f"faster than the reference: {ratio:.2g}× its {what} at {at}" if "time" in what else \
        f"less than the reference: {ratio:.2g}× its {what} at {at}"


def _growth(p: _Plot, figures: dict) -> str:
    """The submission's growth over the reference's: the engine's own numbers when the
    figures hold them, else last over first (memory with the engine's noise floor added)."""
    try:
        mine, theirs = float(figures["submission_growth"]), float(figures["reference_growth"])
    except (KeyError, TypeError, ValueError):
        floor = float(NOISE_BYTES) if p.kind == "space" else 0.0
        mine, theirs = ((v[-1] + floor) / max(v[0] + floor, 1e-12) for v in (p.yours, p.reference))
    ratio = mine / max(theirs, 1e-12)
    if ratio >= 1.5:
        return f"growth {ratio:.1f}× the reference's"
    if ratio <= 1 / 1.5:
        return "growth slower than the reference's"
    return "growth the same as the reference's"


# ---- which tests to draw ---------------------------------------------------------------------

def drawn(group: str, verdict, figures: dict, every: bool = False) -> list[tuple[str, dict]]:
    """(test, figures) of a group whose charts are shown: with `every`, each measured test;
    else, when a performance or space group was rejected for its cost, the tests that failed
    (a time test's figures name its reason; a space test's do not, so all of its group's)."""
    if group not in MEASURED or not isinstance(figures, dict):
        return []
    tests = [(name, f) for name, f in figures.items() if _plot(f) is not None]
    if every:
        return tests
    if getattr(verdict, "value", verdict) not in TOO_COSTLY:
        return []
    return [(name, f) for name, f in tests if f.get("verdict_reason")] or tests
