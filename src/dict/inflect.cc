// Regular English inflection for dictionary words: verb forms for verb entries, plurals for
// agents and synset members. Deliberately simple: irregular forms come from the files.
#include <algorithm>
#include <array>

#include "dyad/dictionary.h"

namespace dyad {

namespace {

bool is_letter(char c) { return c >= 'A' && c <= 'Z'; }
bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }
bool is_consonant(char c) { return is_letter(c) && !is_vowel(c); }
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// STOP, REGRET, ADMIT: a final consonant after a single vowel may double (STOPPED). Both
// spellings are generated because stress decides (VISITED vs ADMITTED) and we cannot tell.
bool may_double_final(std::string_view w) {
  size_t n = w.size();
  if (n < 3) return false;
  char last = w[n - 1];
  if (!is_consonant(last) || last == 'W' || last == 'X' || last == 'Y') return false;
  return is_vowel(w[n - 2]) && is_consonant(w[n - 3]);
}

}  // namespace

std::vector<std::string> regular_verb_forms(std::string_view base) {
  std::vector<std::string> out;
  size_t n = base.size();
  if (n == 0 || !is_letter(base[n - 1])) return out;
  std::string b(base);
  char last = b[n - 1];
  char prev = n >= 2 ? b[n - 2] : '\0';

  // third person singular
  if (ends_with(b, "S") || ends_with(b, "X") || ends_with(b, "Z") || ends_with(b, "CH") ||
      ends_with(b, "SH") || (last == 'O' && is_consonant(prev)))
    out.push_back(b + "ES");
  else if (last == 'Y' && is_consonant(prev))
    out.push_back(b.substr(0, n - 1) + "IES");
  else
    out.push_back(b + "S");

  // past tense and participle
  if (last == 'E')
    out.push_back(b + "D");
  else if (last == 'Y' && is_consonant(prev))
    out.push_back(b.substr(0, n - 1) + "IED");
  else
    out.push_back(b + "ED");

  // gerund
  if (ends_with(b, "IE") && n > 2)
    out.push_back(b.substr(0, n - 2) + "YING");
  else if (last == 'E' && n > 2 && prev != 'E' && prev != 'O' && prev != 'Y')
    out.push_back(b.substr(0, n - 1) + "ING");
  else
    out.push_back(b + "ING");

  if (may_double_final(b)) {
    out.push_back(b + last + "ED");
    out.push_back(b + last + "ING");
  }
  std::vector<std::string> unique;
  for (auto& f : out)
    if (f != b && std::find(unique.begin(), unique.end(), f) == unique.end())
      unique.push_back(std::move(f));
  return unique;
}

std::string regular_plural(std::string_view noun) {
  size_t n = noun.size();
  if (n == 0 || !is_letter(noun[n - 1])) return {};
  std::string w(noun);
  if (ends_with(w, "MAN")) {
    // Words that merely end in -man take -s.
    static const std::array<std::string_view, 12> kNotMan = {
        "HUMAN",  "GERMAN", "ROMAN", "SHAMAN",   "OTTOMAN", "TALISMAN",
        "CAIMAN", "CAYMAN", "OMAN",  "DOBERMAN", "BRAHMAN", "MUSSULMAN"};
    if (std::find(kNotMan.begin(), kNotMan.end(), w) == kNotMan.end())
      return w.substr(0, n - 3) + "MEN";
  }
  char last = w[n - 1];
  char prev = n >= 2 ? w[n - 2] : '\0';
  if (last == 'S' || last == 'X' || last == 'Z' || ends_with(w, "CH") || ends_with(w, "SH"))
    return w + "ES";
  if (last == 'Y' && is_consonant(prev)) return w.substr(0, n - 1) + "IES";
  return w + "S";
}

}  // namespace dyad
