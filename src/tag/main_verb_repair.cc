#include "tag/main_verb_repair.h"

namespace dyad::tag {

namespace {

bool is_finite(Pos p) { return p == Pos::VBD || p == Pos::VBZ || p == Pos::VBP || p == Pos::MD; }

bool is_subject_end(Pos p) { return is_noun(p) || p == Pos::PRP; }

// Tokens that open a new clause, whose verbs do not count for the one before.
bool opens_clause(const Token& t, Pos p) {
  return p == Pos::WDT || p == Pos::WP || p == Pos::WRB || p == Pos::COMMA || p == Pos::COLON ||
         p == Pos::CC || p == Pos::LQUOTE || p == Pos::PERIOD ||
         (p == Pos::IN && (t.text == "that" || t.text == "because" || t.text == "after" ||
                           t.text == "before" || t.text == "while" || t.text == "if"));
}

// The first token of a direct object.
bool takes_object(Pos p) {
  return p == Pos::DT || p == Pos::PRPS || p == Pos::CD || p == Pos::PRP || is_noun(p) || is_adj(p);
}

bool is_do_form(const std::string& w) {
  return w == "do" || w == "does" || w == "did" || w == "Do" || w == "Does" || w == "Did";
}

bool is_coordinator(const std::string& w) { return w == "and" || w == "but" || w == "or"; }

bool is_have_form(const std::string& w) {
  return w == "has" || w == "have" || w == "had" || w == "Has" || w == "Have" || w == "Had" ||
         w == "'ve";
}

bool ends_with_ed(const std::string& w) {
  return w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0;
}

}  // namespace

void repair_main_verbs(const Token* tokens, Pos* tags, const uint8_t* can_be_past, size_t n) {
  bool finite_seen = false;
  Pos last_finite = Pos::UNK;
  for (size_t i = 0; i < n; ++i) {
    // 3. The second verb of "X condemned ... and promised aid": a past form read as an
    //    adjective or participle right after "and", when the sentence's last finite verb is a
    //    past tense and the word before "and" is not an adjective ("stolen and burned cars").
    if (i > 1 && last_finite == Pos::VBD && can_be_past[i] &&
        (tags[i] == Pos::JJ || tags[i] == Pos::VBN) && is_coordinator(tokens[i - 1].text) &&
        !is_adj(tags[i - 2]) && tags[i - 2] != Pos::VBN)
      tags[i] = Pos::VBD;
    if (tags[i] == Pos::VBP && i > 1 && is_adv(tags[i - 1])) {
      size_t j = i - 1;
      while (j > 0 && is_adv(tags[j - 1])) --j;
      if (j > 0 && (tags[j - 1] == Pos::MD || tags[j - 1] == Pos::TO ||
                    (is_verb(tags[j - 1]) && is_do_form(tokens[j - 1].text))))
        tags[i] = Pos::VB;
    }
    // 4. After a form of HAVE (adverbs skipped) an -ed word is a participle, not an adjective:
    //    "has reasserted friendship", "has celebrated Eid".
    if (tags[i] == Pos::JJ && ends_with_ed(tokens[i].text) && i > 0) {
      size_t j = i;
      while (j > 0 && is_adv(tags[j - 1])) --j;
      if (j > 0 && is_have_form(tokens[j - 1].text)) tags[i] = Pos::VBN;
    }
    if (is_finite(tags[i])) {
      finite_seen = true;
      last_finite = tags[i];
    }
    // Rule 1 also takes an unknown past form the suffix model read as an adjective
    // ("Rebels tortured Congolese soldiers").
    bool past_like = (tags[i] == Pos::VBN && can_be_past[i]) ||
                     (tags[i] == Pos::JJ && ends_with_ed(tokens[i].text));
    if (!past_like || finite_seen) continue;
    size_t j = i;
    while (j > 0 && is_adv(tags[j - 1])) --j;
    if (j == 0 || !is_subject_end(tags[j - 1])) continue;
    // A pronoun subject ("he later discussed") or a direct object after the verb ("dealers
    // sold bonds") marks an active main verb; a participle followed by a preposition ("soldiers
    // killed in an attack") is left alone, since reading a passive as active swaps who did what.
    if (tags[j - 1] != Pos::PRP && !(i + 1 < n && takes_object(tags[i + 1]))) continue;
    bool finite_after = false;
    for (size_t k = i + 1; k < n && !opens_clause(tokens[k], tags[k]); ++k)
      if (is_finite(tags[k])) {
        finite_after = true;
        break;
      }
    if (finite_after) continue;
    tags[i] = Pos::VBD;
    finite_seen = true;
  }
}

}  // namespace dyad::tag
