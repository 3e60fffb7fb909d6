from judge.testing import expect, not_in_variant


def test_statement_examples(solution):
    expect(solution.is_palindrome("A man, a plan, a canal: Panama"), True)
    expect(solution.is_palindrome("race a car"), False, note='the letters read "raceacar", backwards "racaecar"')
    expect(solution.is_palindrome(" ,."), True, note="a string without letters or digits is a palindrome")


def test_empty_string(solution):
    not_in_variant("LeetCode 125 asks only of strings of at least one character")
    expect(solution.is_palindrome(""), True, note="the empty string has no letters or digits, so it is a palindrome")


def test_one_character(solution):
    expect(solution.is_palindrome("a"), True)
    expect(solution.is_palindrome("7"), True)
    expect(solution.is_palindrome("!"), True)


def test_digits_count(solution):
    expect(solution.is_palindrome("0P"), False, note="digits count (str.isalnum): '0' and 'p' differ")
    expect(solution.is_palindrome("ab2a"), False, note="digits count (str.isalnum): the 2 breaks the palindrome")
    expect(solution.is_palindrome("1a2"), False)
    expect(solution.is_palindrome("12:21"), True)


def test_case_is_ignored(solution):
    expect(solution.is_palindrome("Aa"), True, note="comparison ignores case")
    expect(solution.is_palindrome("No 'x' in Nixon"), True, note="comparison ignores case")
    expect(solution.is_palindrome("Was it a car or a cat I saw?"), True)


def test_only_letters_and_digits_count(solution):
    expect(solution.is_palindrome("a.b"), False)
    expect(solution.is_palindrome(".a"), True)
    expect(solution.is_palindrome("a_a"), True, note="'_' is not a letter or digit")
    expect(solution.is_palindrome("a_b_"), False)
    expect(solution.is_palindrome("!!a  ,b;;C!"), False)
    expect(solution.is_palindrome("!!a  ,b;;A!"), True)
    expect(solution.is_palindrome("(Ab)[bA]"), True)


def test_mismatch_near_the_middle(solution):
    expect(solution.is_palindrome("abcdxdcba"), True)
    expect(solution.is_palindrome("abcdxydcba"), False)
    expect(solution.is_palindrome("ab"), False)


def test_every_printable_character_as_a_separator(solution):
    others = "".join(chr(c) for c in range(0x20, 0x7F) if not chr(c).isalnum())
    expect(solution.is_palindrome(others), True, note="none of these is a letter or digit")
    expect(solution.is_palindrome("x" + others + "X"), True)
    expect(solution.is_palindrome("x" + others + "y"), False)
