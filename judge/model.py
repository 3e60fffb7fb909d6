"""Loading a kata: `katas/<slug>/kata.toml` parsed strictly into frozen data.

Nothing here decides a verdict; it only says what a kata is.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import KataError

GROUP_ORDER = ("rules", "examples", "properties", "performance", "space")
CORRECTNESS_GROUPS = ("examples", "properties")
MEASURED_GROUPS = ("performance", "space")
SYNTAX_RULES = ("dict_display", "set_display", "dict_comprehension", "set_comprehension", "bare_except", "except_base_exception")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Complexity(_Strict):
    """The bounds the contract states; a kata whose contract states none leaves them out
    (a stated bound must be measured: a project test holds every kata to that)."""

    time: str | None = Field(default=None, min_length=1)
    space: str | None = Field(default=None, min_length=1)


class Forbidden(_Strict):
    """One forbidden construct: exactly one of the selectors, and the learner's message."""

    module: str | None = None  # any import of the module or a submodule
    name: str | None = None  # a qualified name such as collections.OrderedDict
    builtin: str | None = None  # a builtin such as sorted
    method: str | None = None  # a method call such as .sort() or .pop(0)
    args: list[int | str] | None = None  # with method: only calls whose first arguments are these literals
    syntax: Literal["dict_display", "set_display", "dict_comprehension", "set_comprehension", "bare_except",
                    "except_base_exception"] | None = None
    message: str = Field(min_length=1)

    @model_validator(mode="after")
    def _one_selector(self) -> "Forbidden":
        chosen = [k for k in ("module", "name", "builtin", "method", "syntax") if getattr(self, k) is not None]
        if len(chosen) != 1:
            raise ValueError("give exactly one of module, name, builtin, method or syntax")
        if self.args is not None and self.method is None:
            raise ValueError("args only goes with method")
        return self


class Limits(_Strict):
    call_s: Annotated[float, Field(gt=0, le=120)] = 10.0  # wall clock for one call into the submission
    import_s: Annotated[float, Field(gt=0, le=60)] = 10.0  # wall clock for importing the submission
    group_s: Annotated[float, Field(gt=0, le=600)] = 120.0  # wall clock for one test group
    cpu_s: Annotated[int, Field(gt=0, le=600)] = 120  # CPU seconds for the solution process
    memory_mb: Annotated[int, Field(ge=64, le=8192)] = 1024  # address space of the solution process
    output_kb: Annotated[int, Field(ge=1, le=65536)] = 1024  # what the submission may print or write
    recursion_limit: Annotated[int, Field(ge=100, le=100_000)] = 1000  # sys.setrecursionlimit in the solution process
    judging_s: Annotated[float, Field(gt=0, le=3600)] = 300.0  # wall clock for the whole judging, whatever the submission does
    scratch_mb: Annotated[int, Field(ge=1, le=1024)] = 16  # all the files the submission writes in its scratch folder


class Groups(_Strict):
    rules: Annotated[int, Field(ge=0)] = 0
    examples: Annotated[int, Field(ge=0)] = 0
    properties: Annotated[int, Field(ge=0)] = 0
    performance: Annotated[int, Field(ge=0)] = 0
    space: Annotated[int, Field(ge=0)] = 0


class Example(_Strict):
    """A visible example `kata test` runs: calls in the statement's words, and what the last gives."""

    call: str = Field(min_length=1)  # "LRUCache(2); put(1, 1); get(1)" (see judge/trying.py)
    expect: str = Field(min_length=1)  # a Python literal, or "raises ValueError"
    unordered: bool = False  # a list whose order the contract leaves free
    leetcode: bool = True  # false: LeetCode's statement does not ask it (len, ValueError), so its variants skip it

    @model_validator(mode="after")
    def _literal(self) -> "Example":
        import ast

        if not self.expect.startswith("raises "):
            try:
                ast.literal_eval(self.expect)
            except (ValueError, SyntaxError) as exc:
                raise ValueError(f"expect {self.expect!r} is neither a Python literal nor 'raises <Exception>': {exc}") from None
        return self


class Variant(_Strict):
    """The same problem as LeetCode states it: the learner's file keeps LeetCode's names and
    signatures (`class Solution` methods, `MyQueue`), an adapter in the kata's folder
    (`variants/<slug>.py`) gives the hidden tests the kata's names, and the tests leave out
    what LeetCode's problem does not ask (testing.not_in_variant)."""

    slug: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")  # LeetCode's slug: valid-palindrome
    leetcode: Annotated[int, Field(gt=0)]  # the problem's number: 125
    title: str = Field(min_length=1)
    # what the learner's file defines, LeetCode's way: "Solution.isPalindrome", "MyQueue"
    requires: list[Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")]] = Field(min_length=1)
    # the kata's names as the learner's file calls them, for feedback: is_palindrome → Solution().isPalindrome
    names: dict[str, str] = {}
    # a bound LeetCode's problem does not state is advice printed with an accepted verdict,
    # unless the organiser asks for the kata's own bounds (--strict)
    advice: list[Literal["space"]] = []
    contract: str = Field(min_length=1)  # how it differs from the kata, in a sentence or two
    stub: str = Field(min_length=1)  # LeetCode's code template: what `kata new <slug>` writes


TRACKS = ("dsa", "coding", "llm")  # katas.md's two sections, and katas-llm.md


class KataToml(_Strict):
    title: str = Field(min_length=1)
    track: Literal["dsa", "coding", "llm"] = "dsa"  # which part of the catalogue (kata list --track)
    difficulty: Literal["easy", "medium", "hard"]
    tags: list[str]
    requires: list[str] = Field(min_length=1)
    complexity: Complexity = Complexity()
    forbidden: list[Forbidden] = []
    # support.py functions the solution process calls before importing the submission
    # (for instance to install a fake clock the submission will capture)
    before_import: list[str] = []
    limits: Limits = Limits()
    groups: Groups
    examples: list[Example] = []  # visible examples for `kata test`
    hints: list[Annotated[str, Field(min_length=1)]] = Field(default=[], max_length=5)  # `kata hint`, gentle to nearly the answer
    variants: list[Variant] = []  # LeetCode's statements of the same problem (see Variant)


@dataclass(frozen=True)
class Kata:
    slug: str
    path: Path
    meta: KataToml
    variant: Variant | None = None  # judged as LeetCode states it (see Variant)

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def name(self) -> str:
        """What the learner called it: the kata's slug, or the LeetCode slug of its variant."""
        return self.variant.slug if self.variant else self.slug

    @property
    def cli_name(self) -> str:
        """How a command names it: `leetcode:<slug>` where LeetCode's slug is also the kata's."""
        return f"leetcode:{self.variant.slug}" if self.variant and self.variant.slug == self.slug else self.name

    @property
    def record_key(self) -> str:
        """Where the learner's status is kept: a variant's apart from its kata's, so that a file
        written to LeetCode's statement never records the kata's own bounds as met."""
        return f"leetcode:{self.variant.slug}" if self.variant else self.slug

    @property
    def requires(self) -> list[str]:
        """The names the learner's file must define: the kata's, or LeetCode's for a variant."""
        return list(self.variant.requires if self.variant else self.meta.requires)

    @property
    def advice(self) -> tuple[str, ...]:
        """The groups whose bounds are advice, not verdicts: a variant's that LeetCode does not state."""
        return tuple(self.variant.advice) if self.variant else ()

    def with_variant(self, slug: str) -> "Kata":
        variant = next(v for v in self.meta.variants if v.slug == slug)
        return replace(self, variant=variant)

    @property
    def adapter_path(self) -> Path | None:
        return self.path / "variants" / f"{self.variant.slug}.py" if self.variant else None

    @property
    def statement(self) -> str:
        return (self.path / "statement.md").read_text(encoding="utf-8")

    @property
    def stub_path(self) -> Path:
        return self.path / "stub.py"

    @property
    def support_path(self) -> Path | None:
        p = self.path / "support.py"
        return p if p.is_file() else None

    @property
    def reference_path(self) -> Path:
        return self.path / "submissions" / "accepted" / "reference.py"

    def group_weights(self) -> list[tuple[str, int]]:
        """The groups this kata uses (weight > 0), in pipeline order."""
        return [(g, getattr(self.meta.groups, g)) for g in GROUP_ORDER if getattr(self.meta.groups, g) > 0]

    def test_file(self, group: str) -> Path:
        return self.path / "tests" / f"test_{group}.py"

    def known_submissions(self) -> list[tuple[str, Path]]:
        """(expected verdict folder, file) for every known submission, sorted; a variant's are
        its own, written LeetCode's way, in variants/<slug>/<verdict>/."""
        root = self.path / "variants" / self.variant.slug if self.variant else self.path / "submissions"
        return sorted((p.parent.name, p) for p in root.glob("*/*.py"))


def _where(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def _explain(error: dict[str, Any], file: Path) -> str:
    loc = error["loc"]
    key = _where(loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        parent: type[BaseModel] = KataToml
        for part in loc[:-1]:
            if isinstance(part, int):
                continue
            field = parent.model_fields.get(str(part))
            ann = getattr(field, "annotation", None)
            inner = getattr(ann, "__args__", (ann,))
            parent = next((a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)), parent)
        valid = list(parent.model_fields)
        close = difflib.get_close_matches(str(loc[-1]), valid, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"valid keys here: {', '.join(valid)}"
        return f"{file}: unknown key '{key}'; {hint}"
    if kind == "missing":
        return f"{file}: missing key '{key}'; add it (see README.md, 'Writing a kata')"
    got = error.get("input")
    return f"{file}: key '{key}' = {got!r}: {error['msg'][0].lower() + error['msg'][1:]}"


def parse_kata_toml(file: Path) -> KataToml:
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KataError(f"{file}: no such file; every kata needs a kata.toml") from None
    except tomllib.TOMLDecodeError as exc:
        raise KataError(f"{file}: not valid TOML ({exc}); fix the syntax") from None
    try:
        return KataToml.model_validate(raw)
    except ValidationError as exc:
        # A misspelled key shows as both "unknown" and "missing": name the misspelling.
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        raise KataError(_explain(errors[0], file)) from None


def load_kata(path: Path) -> Kata:
    """Parse and check one kata folder. Raises KataError naming the file and the fix."""
    meta = parse_kata_toml(path / "kata.toml")
    kata = Kata(slug=path.name, path=path, meta=meta)
    for required in ("statement.md", "stub.py"):
        if not (path / required).is_file():
            raise KataError(f"{path / required}: missing; every kata needs one")
    if not kata.group_weights():
        raise KataError(f"{path / 'kata.toml'}: [groups] gives every group weight 0; give at least one a weight")
    for group, _ in kata.group_weights():
        if group != "rules" and not kata.test_file(group).is_file():
            raise KataError(
                f"{path / 'kata.toml'}: group '{group}' has a weight but {kata.test_file(group)} does not exist; "
                "add the tests or set its weight to 0"
            )
    if meta.groups.rules and not meta.forbidden:
        raise KataError(f"{path / 'kata.toml'}: group 'rules' has a weight but no [[forbidden]] rule is listed")
    if meta.before_import and kata.support_path is None:
        raise KataError(f"{path / 'kata.toml'}: before_import names support functions but {path / 'support.py'} does not exist")
    if not kata.reference_path.is_file():
        raise KataError(f"{kata.reference_path}: missing; every kata ships an accepted reference solution")
    for variant in meta.variants:
        adapter = path / "variants" / f"{variant.slug}.py"
        if not adapter.is_file():
            raise KataError(f"{path / 'kata.toml'}: variant '{variant.slug}' has no adapter; write {adapter}")
        if not list((path / "variants" / variant.slug / "accepted").glob("*.py")):
            raise KataError(f"{path / 'kata.toml'}: variant '{variant.slug}' ships no accepted submission; "
                            f"add one in {path / 'variants' / variant.slug / 'accepted'}")
    return kata
