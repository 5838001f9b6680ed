// Irregular English verb forms ("withdraw" -> withdrew, withdrawn), from WordNet's verb
// exception list, so dictionaries need only list lemmas. Private to src/dict.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::dict {

// Where WordNet (Debian package wordnet-base) keeps its verb exception list.
inline constexpr const char* kWordNetVerbExceptions = "/usr/share/wordnet/verb.exc";

class IrregularVerbs {
 public:
  // Reads WordNet's verb.exc format, one "inflected lemma [lemma...]" per line
  // ("withdrew withdraw", "lay lie"), and inverts it: lemma -> inflected forms. Multi-word
  // entries ("allowed_for allow_for") are left out (dyad inflects one word of a multi-word
  // verb itself), and so are malformed lines.
  static IrregularVerbs parse(std::string_view exc_text);
  // Reads `path`; empty (no irregular forms) when the file is missing or unreadable.
  static IrregularVerbs load(const std::string& path);
  // The WordNet list, read once on first use (thread-safe); empty when WordNet is absent,
  // in which case dictionaries get regular forms only.
  static const IrregularVerbs& wordnet();

  // Uppercase irregular forms of an uppercase lemma ("FIGHT" -> {"FOUGHT"}), in file order,
  // each once; empty when the verb has none.
  const std::vector<std::string>& forms(std::string_view lemma) const;
  size_t lemmas() const { return by_lemma_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>> by_lemma_;
};

}  // namespace dyad::dict
