#include "dict/native_phrase.h"

#include <algorithm>

#include "dict/native_line.h"
#include "dict/parse_util.h"
#include "dyad/text.h"

namespace dyad::dict {

namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) out += (i ? " " : "") + words[i];
  return out;
}

bool has_brace(std::string_view s) { return s.find_first_of("{}") != std::string_view::npos; }

void add_unique(std::vector<Phrase>& out, Phrase p) {
  bool seen = std::any_of(out.begin(), out.end(),
                          [&](const Phrase& q) { return q.words == p.words; });
  if (!seen) out.push_back(std::move(p));
}

}  // namespace

std::vector<std::string> native_words(std::string_view text) {
  std::vector<std::string> words;
  for (Token& t : tokenize(text)) words.push_back(std::move(t.upper));
  return words;
}

bool plain_phrase(std::string_view text, const std::string& origin, Phrase& out,
                  std::string& error) {
  text = trim(text);
  if (has_brace(text)) {
    error = "plural braces '{ }' only go with agents, nouns and synset members: '" +
            excerpt(text) + "'";
    return false;
  }
  out.words = native_words(text);
  if (out.words.empty()) {
    error = "phrase without words: '" + excerpt(text) + "'";
    return false;
  }
  out.text = std::string(text);
  out.origin = origin;
  return true;
}

bool phrase_with_plurals(std::string_view text, const std::string& origin,
                         std::vector<Phrase>& out, std::string& error) {
  text = trim(text);
  std::string_view head = text, inside;
  bool braces = false;
  size_t open = text.find('{');
  if (open != std::string_view::npos || text.find('}') != std::string_view::npos) {
    size_t close = text.find('}');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
        has_brace(text.substr(open + 1, close - open - 1)) ||
        !trim(text.substr(close + 1)).empty()) {
      error = "malformed plural braces (want phrase{} or phrase{plural; plural}): '" +
              excerpt(text) + "'";
      return false;
    }
    braces = true;
    head = trim(text.substr(0, open));
    inside = text.substr(open + 1, close - open - 1);
  }
  Phrase base;
  if (!plain_phrase(head, origin, base, error)) return false;
  std::vector<Phrase> phrases{base};
  if (!braces) {
    std::string last = regular_plural(base.words.back());
    if (!last.empty()) {
      Phrase plural = base;
      plural.words.back() = std::move(last);
      plural.text = joined(plural.words);
      add_unique(phrases, std::move(plural));
    }
  }
  for (std::string_view item : split_list(inside)) {
    Phrase plural;
    if (!plain_phrase(item, origin, plural, error)) return false;
    if (plural.words.size() == 1 && base.words.size() > 1) {
      std::vector<std::string> words = base.words;
      words.back() = plural.words[0];
      plural.words = std::move(words);
      plural.text = joined(plural.words);
    }
    add_unique(phrases, std::move(plural));
  }
  for (Phrase& p : phrases) add_unique(out, std::move(p));
  return true;
}

}  // namespace dyad::dict
