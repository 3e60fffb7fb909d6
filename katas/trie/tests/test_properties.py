"""The trie against a simple model: a Python set of the inserted words."""

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from judge.testing import expect, submission, variant

LEETCODE = variant()  # "implement-trie-prefix-tree" (LeetCode 208): words of at least one letter, no autocomplete

# Short words over a tiny alphabet, so that prefixes are shared, words repeat and the
# empty string comes up often (LeetCode 208's words and prefixes are never empty).
texts = st.text(alphabet="abc", max_size=3) if LEETCODE is None else st.text(alphabet="abc", min_size=1, max_size=3)


class TrieAgainstModel(RuleBasedStateMachine):
    @initialize()
    def create(self):
        self.model: set[str] = set()
        self.trie = submission().Trie()

    @rule(word=texts)
    def insert(self, word):
        expect(self.trie.insert(word), None)
        self.model.add(word)

    @rule(word=texts)
    def search(self, word):
        note = f"{word!r} was inserted" if word in self.model else f"{word!r} was never inserted"
        expect(self.trie.search(word), word in self.model, note=note)

    @rule(prefix=texts)
    def starts_with(self, prefix):
        having = sorted(w for w in self.model if w.startswith(prefix))
        note = f"{having[0]!r} starts with {prefix!r}" if having else f"no inserted word starts with {prefix!r}"
        expect(self.trie.starts_with(prefix), bool(having), note=note)

    if LEETCODE is None:  # LeetCode 208 has no autocomplete
        @rule(prefix=texts)
        def words_with_prefix(self, prefix):
            expect(
                self.trie.words_with_prefix(prefix),
                sorted(w for w in self.model if w.startswith(prefix)),
                note="every inserted word with the prefix, sorted, each once",
            )


TrieAgainstModel.TestCase.settings = settings(max_examples=100, stateful_step_count=20)
test_trie_matches_model = TrieAgainstModel.TestCase


def test_a_large_trie_agrees_with_the_reference(engine):
    """A fast path that is wrong only on many words is a wrong answer before anything is timed."""
    if LEETCODE is None:
        engine.check_answers("words_with_prefix", 4_000, what="words_with_prefix() on fresh prefixes", size_name="stored words")
    else:
        engine.check_answers("starts_with_lowercase", 4_000, what="starts_with() on fresh prefixes", size_name="stored words")
    engine.check_answers("insert_search", 4_000, what="insert() and search()", size_name="stored words")
