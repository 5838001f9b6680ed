#include "tag/wordnet_lemmatizer.h"

#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "dyad/huge_pages.h"
#include "dyad/tagger.h"
#include "tag/morphy.h"
#include "dyad/string_table.h"
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

  // Three passes over the sentence: work out each token's table key (hashing it and
  // prefetching its slot), read the slots, then assign the lemmas. The table is megabytes;
  // this way the sentence's cache misses overlap instead of queueing one per token.
  void lemmatize(std::vector<Token>& tokens) const override {
    thread_local std::vector<Pending> pending;
    pending.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) prepare(tokens[i], pending[i]);
    for (Pending& p : pending) {
      if (p.kind != Pending::kLookUp) continue;
      const std::string_view key(p.key, p.size + 1u);
      const uint32_t v = table_.find(key, p.hash);
      if (v != StringTable::kMissing && (p.inflected || !(v & kFormIsLemma))) {
        p.kind = Pending::kLemma;
        p.lemma = v & ~kFormIsLemma;
        __builtin_prefetch(&lemmas_[p.lemma]);
      } else {
        p.kind = Pending::kOwnForm;
      }
    }
    for (size_t i = 0; i < tokens.size(); ++i) finish(tokens[i], pending[i]);
  }

 private:
  struct Pending {
    enum Kind : uint8_t { kTooLong, kClitic, kLookUp, kLemma, kOwnForm };
    Kind kind = kOwnForm;
    bool inflected = false;
    uint8_t clitic = 0;      // kClitic: index into kClitics
    uint16_t size = 0;       // bytes of the lower-case form
    uint32_t hash = 0;       // kLookUp: StringTable::hash32 of the key
    uint32_t lemma = 0;      // kLemma: index into lemmas_
    char key[kMaxWord + 1];  // pos char (kLookUp), then the lower-case form
  };

  void prepare(const Token& token, Pending& p) const {
    p.kind = Pending::kOwnForm;
    char* key = p.key;
    const size_t n = lower_into(token.text, key + 1, kMaxWord);
    if (n == 0) {  // empty, or too long to be a word
      p.kind = Pending::kTooLong;
      return;
    }
    const std::string_view lower(key + 1, n);
    // Every clitic has at most three bytes and starts with one of these.
    if (n <= 3 && (lower[0] == '\'' || lower[0] == 'n' || lower[0] == 'w' || lower[0] == 'c')) {
      for (size_t c = 0; c < std::size(kClitics); ++c)
        if (kClitics[c].form == lower && (!kClitics[c].modal_only || token.tag == Pos::MD)) {
          p.kind = Pending::kClitic;
          p.clitic = static_cast<uint8_t>(c);
          return;
        }
    }
    const WnChoice choice = wordnet_choice(token.tag);
    p.size = static_cast<uint16_t>(n);
    if (choice.open) {
      key[0] = kPosKey[static_cast<size_t>(choice.pos)];
      p.kind = Pending::kLookUp;
      p.inflected = choice.inflected;
      p.hash = StringTable::hash32(std::string_view(key, n + 1));
      table_.prefetch(p.hash);
    }
  }

  void finish(Token& token, const Pending& p) const {
    switch (p.kind) {
      case Pending::kTooLong:
        token.lemma = upper_copy(token.text);
        return;
      case Pending::kClitic:
        token.lemma.assign(kClitics[p.clitic].lemma);
        return;
      case Pending::kLemma:
        token.lemma.assign(lemmas_[p.lemma]);
        return;
      case Pending::kLookUp:  // (resolved by lemmatize() before)
      case Pending::kOwnForm:
        break;
    }
    // Proper nouns, closed classes and forms WordNet cannot reduce keep their own spelling.
    // Lower-casing first and upper-casing back also normalises the curly apostrophe.
    token.lemma.assign(p.key + 1, p.size);
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
  std::vector<std::string, HugePageAllocator<std::string>> lemmas_;
};

}  // namespace
}  // namespace tag

Result<std::shared_ptr<const Lemmatizer>> Lemmatizer::load(const std::string& dir) {
  auto wn = tag::read_wordnet(dir.empty() ? tag::kWordNetDir : dir);
  if (!wn) return Error{"lemmatizer: " + wn.error()};
  return std::shared_ptr<const Lemmatizer>(std::make_shared<tag::WordNetLemmatizer>(*wn));
}

}  // namespace dyad
