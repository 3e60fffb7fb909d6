"""The adversarial corpus: submissions written by a learner who has read judge/ and tries to
get a too-slow, too-big or wrong solution accepted by the performance and space groups.

    tests/adversarial/<kata>/<honest verdict>/<name>.py

Each file starts with `# class: …` (the route it takes: detect-measuring, forge-figures,
hide-memory, memoise, move-work, wrong-on-large, other) and `# why: …` (the trick, and why the
folder's verdict is the honest one). tests/test_adversarial.py and
benchmarks/adversarial_corpus.py judge every entry against the real kata, every layer active.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "adversarial"
CLASSES = ("detect-measuring", "forge-figures", "hide-memory", "memoise", "move-work", "wrong-on-large", "other")


@dataclass(frozen=True)
class Entry:
    kata: str
    expect: str
    path: Path
    route: str
    why: str

    @property
    def name(self) -> str:
        return f"{self.kata}/{self.path.stem}"


def _header(path: Path, key: str) -> str:
    for line in path.read_text().splitlines()[:5]:
        if line.startswith(f"# {key}:"):
            return line.split(":", 1)[1].strip()
    return ""


def corpus() -> list[Entry]:
    return [
        Entry(path.parts[-3], path.parts[-2], path, _header(path, "class"), _header(path, "why"))
        for path in sorted(ROOT.glob("*/*/*.py"))
    ]
