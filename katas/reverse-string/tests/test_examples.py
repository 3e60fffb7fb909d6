from judge.testing import expect


def test_statement_examples(solution):
    expect(solution.reverse_string("hello"), "olleh")
    expect(solution.reverse_string("racecar"), "racecar")


def test_empty_and_one_character(solution):
    expect(solution.reverse_string(""), "")
    expect(solution.reverse_string("a"), "a")
    expect(solution.reverse_string("ab"), "ba")


def test_whitespace_and_control_characters(solution):
    expect(solution.reverse_string(" a\tb\n\x00"), "\x00\nb\ta ")


def test_accented_latin(solution):
    expect(solution.reverse_string("héllo wörld"), "dlröw olléh", note="é and ö are one code point each")


def test_other_scripts(solution):
    expect(solution.reverse_string("日本語"), "語本日")
    expect(solution.reverse_string("привет"), "тевирп")


def test_characters_outside_the_basic_plane(solution):
    expect(solution.reverse_string("a😀b"), "b😀a", note="😀 is one code point (U+1F600), not two")
    expect(solution.reverse_string("𝄞♪"), "♪𝄞", note="𝄞 is one code point (U+1D11E)")


def test_reversed_by_code_point_not_by_grapheme(solution):
    expect(solution.reverse_string("e\u0301"), "\u0301e", note="e + combining acute accent are two code points")
    expect(solution.reverse_string("👍🏽"), "🏽👍", note="the thumbs-up and its skin-tone modifier are two code points")


def test_result_is_a_str(solution):
    expect(solution.reverse_string("abc"), "cba")
    expect(solution.reverse_string("x"), "x")
