"""reverse_string against an index loop, on any text (every plane, combining marks, controls)."""

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import expect, submission


def model(s: str) -> str:
    return "".join(s[i] for i in range(len(s) - 1, -1, -1))


@given(s=st.text(max_size=40))
def test_matches_model(s):
    expect(submission().reverse_string(s), model(s))


@given(s=st.text(alphabet=st.characters(min_codepoint=0x80), min_size=1, max_size=20))
def test_matches_model_without_ascii(s):
    expect(submission().reverse_string(s), model(s), note="every code point counts as one, however many bytes it takes")


def test_large_mixed_text_matches_the_reference(engine):
    """The measured input, checked before measuring: a fast path that is wrong only on long
    text is a wrong answer, not a time to compare."""
    engine.check_answers("reverse", 16_000, what="reverse_string() on mixed text", size_name="code points")
