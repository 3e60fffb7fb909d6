"""`kata grade --similarity`: pairs of members whose solutions to the same kata are nearly
identical once names, formatting and comments are set aside, as MOSS and Gradescope report
them. The fingerprints are copydetect's (MOSS-style winnowing over pygments tokens, with
names normalised); the kata's stub, which every member starts from, is boilerplate and never
counts. A report for the organiser to read: it never changes a verdict or a score.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from itertools import combinations
from ..errors import KataError

DEFAULT_THRESHOLD = 0.8
NOISE = 25  # copydetect's defaults: matches shorter than this many filtered characters are noise,
GUARANTEE = 30  # and every match at least this long is found
MIN_OVERLAP = 2 * NOISE  # a pair must share at least this much code, so two tiny files are not "similar"


@dataclass(frozen=True)
class SimilarPair:
    kata: str
    members: tuple[str, str]
    paths: tuple[str, str]
    similarity: tuple[float, float]  # for each file: the share of its code found in the other
    spans: tuple[list[list[int]], list[list[int]]]  # for each file: [start, end) character ranges found in the other
    texts: tuple[str, str]  # both files, for a side-by-side view

    @property
    def score(self) -> float:
        return max(self.similarity)


def require_copydetect():
    try:
        import copydetect
    except ImportError:
        raise KataError("--similarity needs copydetect, which is not installed; run: "
                        "pip install 'kata-judge[similarity]'") from None
    return copydetect


def similar_pairs(sources: dict[tuple[str, str], bytes], cells, stubs: dict[str, str | None],
                  threshold: float = DEFAULT_THRESHOLD) -> list[SimilarPair]:
    """Every pair of files for one kata whose similarity (the larger of the two shares) is at
    least `threshold`, most similar first. `sources`: the bytes grading read, by (member, kata)
    (never read again: what was judged is what is compared); `stubs`: each kata's starting code."""
    copydetect = require_copydetect()
    window = GUARANTEE - NOISE + 1
    found: list[SimilarPair] = []
    by_kata: dict[str, list] = {}
    for cell in cells:
        if cell.status == "judged":
            by_kata.setdefault(cell.kata, []).append(cell)
    for kata, mine in sorted(by_kata.items()):
        stub = stubs.get(kata)
        boilerplate = (sorted(copydetect.CodeFingerprint("stub.py", NOISE, window, fp=io.StringIO(stub),
                                                         language="python").hashes) if stub else [])
        prints = {}
        for cell in mine:
            data = sources.get((cell.member, cell.kata))
            if data is None:
                continue
            text = data.decode("utf-8", "replace")
            prints[cell.member] = (cell, copydetect.CodeFingerprint(cell.path, NOISE, window, boilerplate=boilerplate,
                                                                    language="python", fp=io.StringIO(text)))
        for a, b in combinations(sorted(prints), 2):
            (cell_a, fa), (cell_b, fb) = prints[a], prints[b]
            overlap, (sim_a, sim_b), (slices_a, slices_b) = copydetect.compare_files(fa, fb)
            if overlap < MIN_OVERLAP or max(sim_a, sim_b) < threshold:
                continue
            found.append(SimilarPair(
                kata, (a, b), (cell_a.path, cell_b.path), (round(float(sim_a), 3), round(float(sim_b), 3)),
                (_spans(slices_a), _spans(slices_b)), (fa.raw_code, fb.raw_code)))
    return sorted(found, key=lambda p: (-p.score, p.kata, p.members))


def _spans(slices) -> list[list[int]]:
    if len(slices) == 0 or len(slices[0]) == 0:
        return []
    return [[int(s), int(e)] for s, e in zip(slices[0], slices[1])]


def percent(pair: SimilarPair) -> str:
    return f"{pair.similarity[0]:.0%} / {pair.similarity[1]:.0%}"
