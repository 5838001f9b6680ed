#include "tag/hmm_tagger.h"

#include <algorithm>
#include <cstring>
#include <span>
#include <vector>

#include "tag/main_verb_repair.h"

namespace dyad {

namespace tag {
namespace {

constexpr size_t kMaxWord = 64;

// One column of the Viterbi lattice.
struct Column {
  uint8_t size = 0;
  Pos tag[HmmModel::kMaxCandidates];
  float emit[HmmModel::kMaxCandidates];
  float best[HmmModel::kMaxCandidates];
  uint8_t back[HmmModel::kMaxCandidates];

  void set(std::span<const Candidate> cands) {
    size = static_cast<uint8_t>(std::min(cands.size(), HmmModel::kMaxCandidates));
    for (size_t k = 0; k < size; ++k) {
      tag[k] = cands[k].tag;
      emit[k] = cands[k].score;
    }
  }
  void set_fixed(Pos p) {
    size = 1;
    tag[0] = p;
    emit[0] = 0;
  }
};

// What the tagger found out about a token before the Viterbi columns are filled.
struct Lookup {
  Pos punct = Pos::UNK;                // punctuation_tag()
  bool plain = false;                  // its own normal form (HmmTagger::is_plain)
  uint32_t hash = 0;                   // StringTable::hash32 of the text, when plain
  std::span<const Candidate> cands;    // its lexicon candidates, when plain
};

class HmmTagger final : public Tagger {
 public:
  explicit HmmTagger(HmmModel model) : model_(std::move(model)) {}

  void tag(std::vector<Token>& tokens) const override {
    if (tokens.empty()) return;
    thread_local std::vector<Column> lattice;
    if (lattice.size() < tokens.size()) lattice.resize(tokens.size());

    // The lexicon is megabytes: look the sentence's words up in bulk first (hash and prefetch
    // every slot, then read them), so that the cache misses overlap instead of queueing.
    thread_local std::vector<Lookup> looked;
    looked.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
      const std::string& text = tokens[i].text;
      Lookup& l = looked[i];
      l.punct = punctuation_tag(text);
      l.plain = l.punct == Pos::UNK && is_plain(text);
      if (!l.plain) continue;
      l.hash = StringTable::hash32(text);
      model_.prefetch_word(l.hash);
    }
    for (size_t i = 0; i < tokens.size(); ++i) {
      Lookup& l = looked[i];
      if (!l.plain) continue;
      l.cands = model_.word(tokens[i].text, l.hash);
      if (!l.cands.empty()) __builtin_prefetch(l.cands.data());
    }

    bool quote_open = false;
    bool initial = true;
    for (size_t i = 0; i < tokens.size(); ++i) {
      Column& col = lattice[i];
      const std::string& text = tokens[i].text;
      Pos fixed = looked[i].punct;
      if (fixed == Pos::LQUOTE && text == "\"") {
        // A straight quote opens or closes depending on the ones before it.
        fixed = quote_open ? Pos::RQUOTE : Pos::LQUOTE;
        quote_open = !quote_open;
      }
      if (fixed != Pos::UNK) {
        col.set_fixed(fixed);
      } else {
        fill(col, text, initial, looked[i].plain ? &looked[i].cands : nullptr);
      }
      if (col.size == 0) col.set_fixed(Pos::NN);  // cannot happen with a loaded model
      // A quotation, bracket or colon starts a fresh run of capitalisation.
      initial = fixed == Pos::LQUOTE || fixed == Pos::LRB || text == ":";
    }
    viterbi(std::span<Column>(lattice.data(), tokens.size()));

    thread_local std::vector<Pos> tags;
    thread_local std::vector<uint8_t> can_be_past;
    tags.resize(tokens.size());
    can_be_past.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Column& col = lattice[i];
      tags[i] = col.tag[col.back[0]];
      can_be_past[i] = std::find(col.tag, col.tag + col.size, Pos::VBD) != col.tag + col.size;
    }
    if (model_.options().repair_main_verbs)
      repair_main_verbs(tokens.data(), tags.data(), can_be_past.data(), tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) tokens[i].tag = tags[i];
  }

 private:
  // A token is its own normal form (see normalise_into(), which only rewrites the curly
  // apostrophe, whose UTF-8 starts with 0xE2) when it has no 0xE2 byte and fits kMaxWord.
  static bool is_plain(std::string_view text) {
    if (text.empty() || text.size() > kMaxWord) return false;
    for (char c : text)  // words are short: a loop beats a call to memchr
      if (static_cast<unsigned char>(c) == 0xE2) return false;
    return true;
  }

  // `known`: the word's lexicon candidates when already looked up (plain tokens only).
  void fill(Column& col, std::string_view text, bool initial,
            const std::span<const Candidate>* known) const {
    char norm[kMaxWord];
    size_t n = 0;
    const char* norm_text = text.data();
    if (known || (text.size() <= kMaxWord && !std::memchr(text.data(), '\xE2', text.size())))
      n = text.size();
    else
      n = normalise_into(text, norm, kMaxWord), norm_text = norm;
    if (n == 0) {  // too long to be a word: a URL or junk
      col.set(model_.unknown(ShapeClass::Other, {}));
      return;
    }
    const std::string_view word(norm_text, n);
    // The lower-case form is needed only by the last resorts below. It fits whenever the
    // normal form does (lower_into() maps each byte or character to as many bytes).
    char low[kMaxWord];
    auto lower = [&] { return std::string_view(low, lower_into(text, low, kMaxWord)); };

    if (initial && starts_upper(word)) {
      if (auto c = model_.sentence_initial(word); !c.empty()) return col.set(c);
    }
    if (auto c = known ? *known : model_.word(word); !c.empty()) return col.set(c);
    if (is_number(word)) return col.set(model_.number());
    if (is_ordinal(word)) return col.set(model_.ordinal());

    const ShapeClass shape = shape_class(word);
    if (shape == ShapeClass::AllCaps) {
      // Headlines: "JAPAN" reads as "Japan", "SOCCER" as "soccer".
      if (auto c = model_.all_caps(word); !c.empty())
        return blend_name(col, c, static_cast<float>(model_.options().headline_name_share));
    }
    const std::string_view lw = lower();
    if (lw.empty()) {  // cannot happen (see above); kept for the original order of tests
      col.set(model_.unknown(ShapeClass::Other, {}));
      return;
    }
    if (shape == ShapeClass::Capitalised) {
      if (auto c = model_.word(lw); !c.empty()) {
        if (initial) return col.set(c);
        return blend_name(col, c, static_cast<float>(model_.options().mid_sentence_name_share));
      }
    }
    col.set(model_.unknown(shape, lw));
  }

  // The word's own candidates scaled by (1 - share), plus NNP with `share`.
  void blend_name(Column& col, std::span<const Candidate> cands, float share) const {
    col.size = 0;
    bool has_nnp = false;
    for (const Candidate& c : cands) {
      if (size_t{col.size} + 1 >= HmmModel::kMaxCandidates) break;
      float p = c.prob * (1 - share);
      if (c.tag == Pos::NNP) {
        p += share;
        has_nnp = true;
      }
      col.tag[col.size] = c.tag;
      col.emit[col.size++] = model_.score(c.tag, p);
    }
    if (!has_nnp) {
      col.tag[col.size] = Pos::NNP;
      col.emit[col.size++] = model_.score(Pos::NNP, share);
    }
  }

  // Fills back[] with back-pointers; afterwards lattice[i].back[0] holds the chosen candidate
  // index of column i.
  void viterbi(std::span<Column> cols) const {
    Column& first = cols[0];
    for (size_t k = 0; k < first.size; ++k)
      first.best[k] = model_.transition(Pos::PERIOD, first.tag[k]) + first.emit[k];
    for (size_t i = 1; i < cols.size(); ++i) {
      const Column& prev = cols[i - 1];
      Column& cur = cols[i];
      for (size_t k = 0; k < cur.size; ++k) {
        float best = -1e30f;
        uint8_t arg = 0;
        for (size_t j = 0; j < prev.size; ++j) {
          float s = prev.best[j] + model_.transition(prev.tag[j], cur.tag[k]);
          if (s > best) {
            best = s;
            arg = static_cast<uint8_t>(j);
          }
        }
        cur.best[k] = best + cur.emit[k];
        cur.back[k] = arg;
      }
    }
    // Walk back, storing each column's choice in back[0] (its own back-pointer is read first).
    Column& last = cols.back();
    uint8_t choice = 0;
    for (size_t k = 1; k < last.size; ++k)
      if (last.best[k] > last.best[choice]) choice = static_cast<uint8_t>(k);
    for (size_t i = cols.size(); i-- > 0;) {
      const uint8_t next_choice = i > 0 ? cols[i].back[choice] : 0;
      cols[i].back[0] = choice;
      choice = next_choice;
    }
  }

  HmmModel model_;
};

}  // namespace

Result<std::shared_ptr<const Tagger>> load_hmm_tagger(const std::string& dir,
                                                      const ModelOptions& options) {
  auto data = read_lingua_data(dir.empty() ? kLinguaDir : dir);
  if (!data) return Error{"tagger: " + data.error()};
  return std::shared_ptr<const Tagger>(
      std::make_shared<HmmTagger>(HmmModel::build(*data, options)));
}

}  // namespace tag

Result<std::shared_ptr<const Tagger>> Tagger::load(const std::string& dir) {
  return tag::load_hmm_tagger(dir, tag::ModelOptions{});
}

}  // namespace dyad
