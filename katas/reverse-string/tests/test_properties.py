"""reverse_string against an index loop, on any text (every plane, combining marks, controls).
Judged as LeetCode 344: on lists of 1 to 40 printable ASCII characters (the `reverses` fixture
is in conftest.py)."""

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import not_in_variant, variant

LEETCODE = variant()
# LeetCode 344: 1 <= s.length, and every s[i] is a printable ASCII character
PRINTABLE_ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
TEXT = st.text(max_size=40) if LEETCODE is None else st.text(alphabet=PRINTABLE_ASCII, min_size=1, max_size=40)


def model(s: str) -> str:
    return "".join(s[i] for i in range(len(s) - 1, -1, -1))


@given(s=TEXT)
def test_matches_model(s, reverses):
    reverses(s, model(s))


@given(s=st.text(alphabet=st.characters(min_codepoint=0x80), min_size=1, max_size=20))
def test_matches_model_without_ascii(s, reverses):
    not_in_variant("LeetCode 344's characters are printable ASCII")
    reverses(s, model(s), note="every code point counts as one, however many bytes it takes")


def test_large_mixed_text_matches_the_reference(engine):
    """The measured input, checked before measuring: a fast path that is wrong only on long
    text is a wrong answer, not a time to compare."""
    if LEETCODE is None:
        engine.check_answers("reverse", 16_000, what="reverse_string() on mixed text", size_name="code points")
    else:
        engine.check_answers("reverse_ascii", 16_000, what="reverse_string() on printable ASCII", size_name="characters")
