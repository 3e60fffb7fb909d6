import ast

from judge.model import Forbidden
from judge.rules import find_violations

LRU_RULES = [
    Forbidden(name="collections.OrderedDict", message="no"),
    Forbidden(name="functools.lru_cache", message="no"),
]


def found(source, rules=LRU_RULES):
    return [v.construct for v in find_violations(ast.parse(source), rules)]


def test_plain_dict_is_fine():
    assert found("d = {}\nclass LRUCache: pass\n") == []


def test_from_import_with_alias():
    # the import and the use of the alias, each named by what it really is
    assert found("from collections import OrderedDict as OD\nx = OD()") == ["collections.OrderedDict", "collections.OrderedDict"]


def test_module_alias_attribute():
    assert found("import collections as c\nx = c.OrderedDict()") == ["collections.OrderedDict"]


def test_decorator_from_functools():
    assert found("import functools\n@functools.lru_cache(maxsize=None)\ndef f(): pass") == ["functools.lru_cache"]


def test_star_import_of_a_module_holding_a_forbidden_name():
    assert found("from collections import *") == ["from collections import *"]


def test_other_names_from_the_same_module_are_fine():
    assert found("from collections import defaultdict\nimport collections\nx = collections.Counter()") == []


def test_dynamic_import_and_eval_are_forbidden_when_rules_exist():
    assert found("m = __import__('collections')") == ["__import__"]
    assert found("import importlib\nm = importlib.import_module('collections')") == ["importlib.import_module"]
    assert found("eval('1')") == ["eval"]
    assert found("eval('1')", rules=[]) == []


def test_builtins_and_methods():
    rules = [Forbidden(builtin="sorted", message="m"), Forbidden(method="sort", message="m"), Forbidden(method="pop", args=[0], message="m"),
             Forbidden(method="insert", args=[0], message="m")]
    assert found("y = sorted(x)", rules) == ["sorted()"]
    assert found("import builtins\ny = builtins.sorted(x)", rules) == ["sorted()"]
    assert found("x.sort()", rules) == [".sort(…)"]
    assert found("x.pop(0)", rules) == [".pop(0)"]
    assert found("x.pop()\nx.pop(1)", rules) == []
    assert found("x.insert(0, 5)", rules) == [".insert(0, …)"]
    assert found("x.insert(1, 5)", rules) == []


def test_syntax_displays():
    rules = [Forbidden(syntax=s, message="m") for s in ("dict_display", "set_display", "dict_comprehension", "set_comprehension")]
    assert len(found("a = {}\nb = {1}\nc = {k: 1 for k in x}\nd = {k for k in x}", rules)) == 4


def test_violation_reads_as_a_sentence():
    [v] = find_violations(ast.parse("\n\nfrom collections import OrderedDict"), [Forbidden(name="collections.OrderedDict", message="Build it yourself.")])
    assert str(v) == "line 3: collections.OrderedDict is not allowed here. Build it yourself."


EXCEPT_RULES = [Forbidden(syntax="bare_except", message="no"), Forbidden(syntax="except_base_exception", message="no")]


def test_bare_except_and_except_base_exception_are_found():
    source = "try:\n    pass\nexcept:\n    pass\ntry:\n    pass\nexcept (ValueError, BaseException) as e:\n    pass\n"
    assert found(source, EXCEPT_RULES) == ["a bare `except:`", "`except BaseException`"]
    assert found("import builtins\ntry:\n    pass\nexcept builtins.BaseException:\n    pass\n", EXCEPT_RULES) == ["`except BaseException`"]


def test_except_exception_is_fine():
    assert found("try:\n    pass\nexcept Exception:\n    raise\n", EXCEPT_RULES) == []



def test_dynamic_imports_by_other_doors_are_found():
    rules = [Forbidden(module="unittest.mock", message="no")]
    for source, construct in [
        ("import pkgutil\nm = pkgutil.resolve_name('unittest.mock')", "pkgutil.resolve_name"),
        ("import builtins\nm = getattr(builtins, '__import__')('unittest.mock')", "getattr(…, '__import__')"),
        ("m = __builtins__['__import__']('unittest.mock')", "__builtins__"),
        ("import runpy\nrunpy.run_module('x')", "runpy.run_module"),
    ]:
        assert construct in found(source, rules), source
