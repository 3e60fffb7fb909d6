"""Fixed cases. The judge patches its own objects in your process (see support.py): a module
`settings`, a class `Config` (a staticmethod `load`, a classmethod `create`, a property
`size`, a method `describe`, a class attribute `retries`), an instance `config`, a class
`Base` and its subclass `Child`, a __slots__ instance `point`, and `int`. Its values are plain
objects named like `fake_load`. `play(*steps)` runs the steps and checks each one against the
model in conftest.py."""

from judge.testing import asking, expect


def test_entering_sets_the_value_and_returns_it(play):
    play(["patch", "p1", "settings", "timeout", "short_timeout"], ["enter", "b1", "p1"])


def test_leaving_puts_a_module_attribute_back(play):
    play(["patch", "p1", "settings", "timeout", "short_timeout"], ["enter", "b1", "p1"], ["leave", "b1"])
    play(["patch", "p1", "settings", "connect", "fake_connect"], ["enter", "b1", "p1"], ["leave", "b1"])


def test_a_staticmethod_comes_back_as_a_staticmethod(play):
    play(["patch", "p1", "Config", "load", "fake_load"], ["enter", "b1", "p1"], ["leave", "b1"])


def test_a_classmethod_a_property_and_a_method_come_back(play):
    play(["patch", "p1", "Config", "create", "fake_create"], ["enter", "b1", "p1"], ["leave", "b1"])
    play(["patch", "p1", "Config", "size", "fake_size"], ["enter", "b1", "p1"], ["leave", "b1"])
    play(["patch", "p1", "Config", "describe", "fake_describe"], ["enter", "b1", "p1"], ["leave", "b1"])
    play(["patch", "p1", "config", "name", "temporary_name"], ["enter", "b1", "p1"], ["leave", "b1"])


def test_an_inherited_attribute_is_deleted_again(play):
    play(["patch", "p1", "Child", "level", "level_99"], ["enter", "b1", "p1"], ["leave", "b1"])
    play(["patch", "p1", "config", "retries", "no_retries"], ["enter", "b1", "p1"], ["leave", "b1"])
    play(["patch", "p1", "config", "describe", "fake_describe"], ["enter", "b1", "p1"], ["leave", "b1"])
    # deleted, not shadowing: a later patch of the base class shows through the subclass again
    play(["patch", "p1", "Child", "level", "level_99"], ["enter", "b1", "p1"], ["leave", "b1"],
         ["patch", "p2", "Base", "level", "level_7"], ["enter", "b2", "p2"], ["leave", "b2"])


def test_a_missing_attribute_is_deleted_again(play):
    play(["patch", "p1", "settings", "missing_flag", "flag_on"], ["enter", "b1", "p1"], ["leave", "b1"])
    play(["patch", "p1", "Config", "extra", "fake_extra"], ["enter", "b1", "p1"], ["leave", "b1"])


def test_none_is_a_value_like_any_other(play):
    play(["patch", "p1", "settings", "cache", "fake_cache"], ["enter", "b1", "p1"], ["leave", "b1"])
    play(["patch", "p1", "settings", "timeout", None], ["enter", "b1", "p1"],
         ["patch", "p2", "settings", "timeout", "short_timeout"], ["enter", "b2", "p2"], ["leave", "b2"], ["leave", "b1"])


def test_leaving_by_an_exception_restores_too(play):
    play(["patch", "p1", "settings", "timeout", "short_timeout"], ["enter", "b1", "p1"], ["raise", "b1"])
    play(["patch", "p1", "Config", "load", "fake_load"], ["enter", "b1", "p1"], ["raise", "b1"])


def test_the_exception_propagates_unchanged(play):
    play(["patch", "p1", "Config", "retries", "no_retries"], ["enter", "b1", "p1"], ["raise", "b1"],
         ["enter", "b2", "p1"], ["raise", "b2"])


def test_patches_of_one_attribute_nest(play):
    play(["patch", "p1", "settings", "timeout", "timeout_5"], ["patch", "p2", "settings", "timeout", "timeout_1"],
         ["enter", "b1", "p1"], ["enter", "b2", "p2"], ["leave", "b2"], ["leave", "b1"])
    play(["patch", "p1", "Config", "load", "fake_load"], ["patch", "p2", "Config", "load", "other_load"],
         ["enter", "b1", "p1"], ["enter", "b2", "p2"], ["raise", "b2"], ["leave", "b1"])


def test_one_patch_object_entered_again_while_active(play):
    play(["patch", "p1", "settings", "timeout", "short_timeout"], ["enter", "b1", "p1"], ["enter", "b2", "p1"],
         ["leave", "b2"], ["leave", "b1"])
    play(["patch", "p1", "Config", "load", "fake_load"], ["patch", "p2", "Config", "load", "other_load"],
         ["enter", "b1", "p1"], ["enter", "b2", "p2"], ["enter", "b3", "p1"], ["leave", "b3"], ["leave", "b2"],
         ["leave", "b1"])


def test_one_patch_object_used_again_and_again(play):
    play(["patch", "p1", "Child", "level", "level_99"], ["enter", "b1", "p1"], ["leave", "b1"],
         ["enter", "b2", "p1"], ["raise", "b2"], ["enter", "b3", "p1"], ["leave", "b3"])


def test_patches_of_different_attributes_are_independent(play):
    play(["patch", "p1", "Config", "load", "fake_load"], ["patch", "p2", "config", "name", "temporary_name"],
         ["enter", "b1", "p1"], ["enter", "b2", "p2"], ["leave", "b1"], ["leave", "b2"])
    play(["patch", "p1", "Base", "level", "level_7"], ["patch", "p2", "Child", "level", "level_99"],
         ["enter", "b1", "p1"], ["enter", "b2", "p2"], ["leave", "b1"], ["leave", "b2"])


def test_the_decorator_patches_during_each_call(play):
    play(["patch", "p1", "settings", "timeout", "short_timeout"], ["call", "c1", "p1", False],
         ["call", "c2", "p1", False])
    play(["patch", "p1", "Config", "create", "fake_create"], ["call", "c1", "p1", False])


def test_the_decorator_restores_when_the_call_raises(play):
    play(["patch", "p1", "settings", "timeout", "short_timeout"], ["call", "c1", "p1", True])
    play(["patch", "p1", "Config", "load", "fake_load"], ["call", "c1", "p1", True], ["call", "c2", "p1", False])


def test_the_decorator_keeps_the_function_metadata(support):
    with asking("@patch(settings, 'timeout', v1) on a function load_profile"):
        found = support.decorator_metadata()
    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        got, want = found[attr]
        expect(got, want, call=f"patch(settings, 'timeout', v1)(load_profile).{attr}",
               note="the wrapper must carry the function's own attributes (functools.wraps)")
    expect(found["__wrapped__"], "the function", call="patch(settings, 'timeout', v1)(load_profile).__wrapped__ "
           "(is it load_profile?)", note="functools.wraps sets __wrapped__ to the decorated function")


def test_a_decorated_recursive_function_restores_each_level(play):
    play(["patch", "p1", "settings", "timeout", "short_timeout"], ["recurse", "p1", 3, False])
    play(["patch", "p1", "Config", "load", "fake_load"], ["recurse", "p1", 2, True])


def test_a_builtin_type_refuses_the_attribute(play):
    play(["patch", "p1", "int", "answer", "v42"], ["enter", "b1", "p1"])
    play(["patch", "p1", "int", "real", "v42"], ["enter", "b1", "p1"])


def test_a_slots_object_refuses_the_attribute(play):
    play(["patch", "p1", "point", "z", "v3"], ["enter", "b1", "p1"])
    play(["patch", "p1", "point", "dims", "v3"], ["enter", "b1", "p1"])
