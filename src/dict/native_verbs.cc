#include "dict/native_verbs.h"

#include <algorithm>

#include "dict/native_phrase.h"
#include "dict/parse_util.h"

namespace dyad::dict {

bool native_verb_forms(std::string_view lemma, const IrregularVerbs& irregular, VerbEntry& entry,
                       std::string& error) {
  VerbForm base;
  bool marked = false;
  // The '+' mark is read before tokenizing: the tokenizer would make "+" a word of its own.
  for (std::string_view piece : split_blanks(lemma)) {
    bool head = piece.front() == '+';
    if (head) piece.remove_prefix(1);
    if (piece.find('+') != std::string_view::npos || (head && piece.empty())) {
      error = "misplaced '+' in verb '" + excerpt(lemma) + "'";
      return false;
    }
    if (head) {
      if (marked) {
        error = "more than one '+' in verb '" + excerpt(lemma) + "'";
        return false;
      }
      marked = true;
      base.head = static_cast<int>(base.words.size());
    }
    std::vector<std::string> words = native_words(piece);
    if (head && words.empty()) {
      error = "'+' marks no word in verb '" + excerpt(lemma) + "'";
      return false;
    }
    for (auto& w : words) base.words.push_back(std::move(w));
  }
  if (base.words.empty()) {
    error = "verb without words: '" + excerpt(lemma) + "'";
    return false;
  }
  entry.name = std::string(trim(lemma));
  entry.lemma = base.words[base.head];
  entry.forms.clear();
  entry.forms.push_back(base);
  auto add = [&](std::string word, bool regular) {
    VerbForm f = base;
    f.words[f.head] = std::move(word);
    f.regular = regular;
    bool seen = std::any_of(entry.forms.begin(), entry.forms.end(),
                            [&](const VerbForm& g) { return g.words == f.words; });
    if (!seen) entry.forms.push_back(std::move(f));
  };
  // Irregular forms first: a form that is both (WordNet lists some doubled consonants,
  // "abetted") counts as irregular, i.e. known rather than guessed.
  for (const std::string& w : irregular.forms(entry.lemma)) add(w, false);
  for (std::string& w : regular_verb_forms(entry.lemma)) add(std::move(w), true);
  return true;
}

}  // namespace dyad::dict
