#include "dict/irregular_verbs.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "dict/parse_util.h"

namespace dyad::dict {

namespace {

// WordNet words are lowercase ASCII letters, '-', '\'' and '.'; anything else (a corrupt
// file, '_' joining a multi-word entry) keeps the line out.
bool plain_word(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' ||
              c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

IrregularVerbs IrregularVerbs::parse(std::string_view text) {
  IrregularVerbs out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::vector<std::string_view> words = split_blanks(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (words.size() < 2 || !std::all_of(words.begin(), words.end(), plain_word)) continue;
    std::string form = to_upper(words[0]);
    for (size_t k = 1; k < words.size(); ++k) {
      std::string lemma = to_upper(words[k]);
      if (lemma == form) continue;
      auto& forms = out.by_lemma_[lemma];
      if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
    }
  }
  return out;
}

IrregularVerbs IrregularVerbs::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse(ss.str());
}

const IrregularVerbs& IrregularVerbs::wordnet() {
  static const IrregularVerbs kWordNet = load(kWordNetVerbExceptions);  // C++11 magic static
  return kWordNet;
}

const std::vector<std::string>& IrregularVerbs::forms(std::string_view lemma) const {
  static const std::vector<std::string> kNone;
  auto it = by_lemma_.find(lemma);
  return it == by_lemma_.end() ? kNone : it->second;
}

}  // namespace dyad::dict
