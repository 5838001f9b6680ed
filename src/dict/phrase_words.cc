// Dictionary phrases split into words exactly as the tokenizer splits running text, so that a
// phrase and the tokens of a sentence compare word by word.

#include "dict/parse_util.h"
#include "dyad/dictionary.h"

namespace dyad {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Penn-style clitics: "CHINA'S" -> CHINA 'S, "DON'T" -> DO N'T, "ALLIES'" -> ALLIES '.
void push_with_clitics(std::string word, std::vector<std::string>& out) {
  size_t n = word.size();
  if (n > 3 && word.compare(n - 3, 3, "N'T") == 0) {
    out.push_back(word.substr(0, n - 3));
    out.push_back("N'T");
    return;
  }
  if (n > 2 && word.compare(n - 2, 2, "'S") == 0) {
    out.push_back(word.substr(0, n - 2));
    out.push_back("'S");
    return;
  }
  if (n > 1 && word[n - 1] == '\'' && word[n - 2] == 'S') {
    out.push_back(word.substr(0, n - 1));
    out.push_back("'");
    return;
  }
  out.push_back(std::move(word));
}

// One blank- and '_'-free piece: punctuation that the tokenizer splits off becomes words.
void split_piece(std::string_view piece, std::vector<std::string>& out) {
  std::string upper = dict::to_upper(piece);
  std::string cur;
  for (size_t i = 0; i < upper.size(); ++i) {
    char c = upper[i];
    bool alone = c == '(' || c == ')' || c == '"';
    if (c == ',') {
      bool in_number =
          i > 0 && i + 1 < upper.size() && is_digit(upper[i - 1]) && is_digit(upper[i + 1]);
      alone = !in_number;
    }
    if (!alone) {
      cur.push_back(c);
      continue;
    }
    if (!cur.empty()) push_with_clitics(std::move(cur), out);
    cur.clear();
    out.emplace_back(1, c);
  }
  if (!cur.empty()) push_with_clitics(std::move(cur), out);
}

}  // namespace

std::vector<std::string> phrase_words(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (dict::is_space(text[i]) || text[i] == '_')) ++i;
    size_t b = i;
    while (i < text.size() && !dict::is_space(text[i]) && text[i] != '_') ++i;
    if (i > b) split_piece(text.substr(b, i - b), out);
  }
  return out;
}

Phrase make_phrase(std::string_view text, std::string origin) {
  Phrase p;
  p.words = phrase_words(text);
  p.text = std::string(dict::trim(text));
  p.origin = std::move(origin);
  return p;
}

}  // namespace dyad
