from judge.testing import not_in_variant, variant

LEETCODE = variant()  # "reverse-string": LeetCode 344's lists of printable ASCII characters, at least one
NOT_ASCII = "LeetCode 344's characters are printable ASCII"


def test_statement_examples(reverses):
    reverses("hello", "olleh")
    reverses("racecar", "racecar")
    if LEETCODE:
        reverses("Hannah", "hannaH")  # LeetCode 344's second example
        reverses("A man, a plan: 7 ~ {x}!", "!}x{ ~ 7 :nalp a ,nam A")  # printable ASCII beyond letters


def test_empty_and_one_character(reverses):
    if LEETCODE is None:  # LeetCode 344's lists hold at least one character
        reverses("", "")
    reverses("a", "a")
    reverses("ab", "ba")


def test_whitespace_and_control_characters(reverses):
    not_in_variant(NOT_ASCII)
    reverses(" a\tb\n\x00", "\x00\nb\ta ")


def test_accented_latin(reverses):
    not_in_variant(NOT_ASCII)
    reverses("héllo wörld", "dlröw olléh", note="é and ö are one code point each")


def test_other_scripts(reverses):
    not_in_variant(NOT_ASCII)
    reverses("日本語", "語本日")
    reverses("привет", "тевирп")


def test_characters_outside_the_basic_plane(reverses):
    not_in_variant(NOT_ASCII)
    reverses("a😀b", "b😀a", note="😀 is one code point (U+1F600), not two")
    reverses("𝄞♪", "♪𝄞", note="𝄞 is one code point (U+1D11E)")


def test_reversed_by_code_point_not_by_grapheme(reverses):
    not_in_variant(NOT_ASCII)
    reverses("e\u0301", "\u0301e", note="e + combining acute accent are two code points")
    reverses("👍🏽", "🏽👍", note="the thumbs-up and its skin-tone modifier are two code points")


def test_result_is_a_str(reverses):
    reverses("abc", "cba")
    reverses("x", "x")
