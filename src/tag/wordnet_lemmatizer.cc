#include "tag/wordnet_lemmatizer.h"

#include <memory>
#include <string>
#include <vector>

#include "dyad/tagger.h"
#include "tag/morphy.h"
#include "tag/string_table.h"
#include "tag/word_shape.h"

namespace dyad {

namespace tag {
namespace {

constexpr size_t kMaxWord = 64;
// Set in a table value when the form is itself a lemma of that part of speech: a token tagged
// with the base tag (NN, VB, JJ, RB) then keeps its own form ("data" NN stays DATA, though
// noun.exc maps data -> datum for NNS).
constexpr uint32_t kFormIsLemma = 1u << 31;

// Penn's split-off clitics and their lemmas. "n't" becomes NOT so that "did n't" and "did not"
// match the same dictionary patterns; "'s" (possessive, "is" or "has") and "'d" ("would" or
// "had") are ambiguous and keep their own form.
struct Clitic {
  std::string_view form;
  std::string_view lemma;
  bool modal_only;  // "wo" and "ca" are clitic halves only as MD ("wo n't", "ca n't")
};
constexpr Clitic kClitics[] = {
    {"n't", "NOT", false}, {"'s", "'S", false},    {"'re", "BE", false},
    {"'m", "BE", false},   {"'ve", "HAVE", false}, {"'ll", "WILL", false},
    {"'d", "'D", false},   {"wo", "WILL", true},   {"ca", "CAN", true}};

std::string upper_copy(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_lower_ascii(c)) c = static_cast<char>(c - 32);
  return out;
}

// Which WordNet part of speech a Penn tag selects, and whether the tag marks an inflection.
struct WnChoice {
  bool open = false;
  WnPos pos = WnPos::Noun;
  bool inflected = false;
};

WnChoice wordnet_choice(Pos tag) {
  switch (tag) {
    case Pos::NN:
      return {true, WnPos::Noun, false};
    case Pos::NNS:
      return {true, WnPos::Noun, true};
    case Pos::VB:
    case Pos::VBP:
      return {true, WnPos::Verb, false};
    case Pos::VBD:
    case Pos::VBG:
    case Pos::VBN:
    case Pos::VBZ:
      return {true, WnPos::Verb, true};
    case Pos::JJ:
      return {true, WnPos::Adj, false};
    case Pos::JJR:
    case Pos::JJS:
      return {true, WnPos::Adj, true};
    case Pos::RB:
      return {true, WnPos::Adv, false};
    case Pos::RBR:
    case Pos::RBS:
      return {true, WnPos::Adv, true};
    default:
      return {};
  }
}

constexpr char kPosKey[kWnPosCount] = {'n', 'v', 'a', 'r'};

class WordNetLemmatizer final : public Lemmatizer {
 public:
  explicit WordNetLemmatizer(const WordNetData& wn) { build(wn); }

  void lemmatize(std::vector<Token>& tokens) const override {
    for (Token& token : tokens) lemmatize_one(token);
  }

 private:
  void lemmatize_one(Token& token) const {
    char key[kMaxWord + 1];
    const size_t n = lower_into(token.text, key + 1, kMaxWord);
    if (n == 0) {  // empty, or too long to be a word
      token.lemma = upper_copy(token.text);
      return;
    }
    const std::string_view lower(key + 1, n);
    for (const Clitic& c : kClitics)
      if (c.form == lower && (!c.modal_only || token.tag == Pos::MD)) {
        token.lemma.assign(c.lemma);
        return;
      }
    const WnChoice choice = wordnet_choice(token.tag);
    if (choice.open) {
      key[0] = kPosKey[static_cast<size_t>(choice.pos)];
      const uint32_t v = table_.find(std::string_view(key, n + 1));
      if (v != StringTable::kMissing && (choice.inflected || !(v & kFormIsLemma))) {
        token.lemma.assign(lemmas_[v & ~kFormIsLemma]);
        return;
      }
    }
    // Proper nouns, closed classes and forms WordNet cannot reduce keep their own spelling.
    // Lower-casing first and upper-casing back also normalises the curly apostrophe.
    token.lemma.assign(lower);
    for (char& c : token.lemma)
      if (is_lower_ascii(c)) c = static_cast<char>(c - 32);
  }

  uint32_t lemma_id(std::string_view lower_lemma) {
    std::string upper = upper_copy(lower_lemma);
    const uint32_t id = lemma_ids_.insert(upper, static_cast<uint32_t>(lemmas_.size()));
    if (id == lemmas_.size()) lemmas_.push_back(std::move(upper));
    return id;
  }

  void build(const WordNetData& wn) {
    std::string key, buffer;
    for (size_t p = 0; p < kWnPosCount; ++p) {
      const WnPos pos = static_cast<WnPos>(p);
      const StringTable& index = wn.index[p];
      auto flags = [&](std::string_view form) { return index.contains(form) ? kFormIsLemma : 0; };
      // Exceptions first: they win over the rules, as in morphy.
      for (const WordNetData::Exception& e : wn.exceptions[p]) {
        if (e.form.find('_') != std::string::npos || e.base.find('_') != std::string::npos)
          continue;
        key.assign(1, kPosKey[p]);
        key += e.form;
        if (!table_.contains(key)) table_.assign(key, lemma_id(e.base) | flags(e.form));
      }
      // Every form a detachment rule could map onto an indexed lemma, with morphy's answer
      // for it (the first rule that succeeds, which need not be the rule that produced it).
      index.for_each([&](std::string_view lemma, uint32_t) {
        if (lemma.find('_') != std::string_view::npos) return;
        for (const Detachment& rule : detachment_rules(pos)) {
          if (!lemma.ends_with(rule.ending)) continue;
          key.assign(1, kPosKey[p]);
          key.append(lemma.substr(0, lemma.size() - rule.ending.size()));
          key.append(rule.suffix);
          if (table_.contains(key)) continue;
          const std::string_view form = std::string_view(key).substr(1);
          const std::string_view base = detach(form, pos, index, buffer);
          if (base.empty()) continue;
          table_.assign(key, lemma_id(base) | flags(form));
        }
      });
    }
  }

  StringTable table_;      // pos char + lower-case form -> lemma id (| kFormIsLemma)
  StringTable lemma_ids_;  // upper-case lemma -> id, to share strings
  std::vector<std::string> lemmas_;
};

}  // namespace
}  // namespace tag

Result<std::shared_ptr<const Lemmatizer>> Lemmatizer::load(const std::string& dir) {
  auto wn = tag::read_wordnet(dir.empty() ? tag::kWordNetDir : dir);
  if (!wn) return Error{"lemmatizer: " + wn.error()};
  return std::shared_ptr<const Lemmatizer>(std::make_shared<tag::WordNetLemmatizer>(*wn));
}

}  // namespace dyad
