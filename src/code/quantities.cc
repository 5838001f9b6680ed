#include "code/quantities.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "code/roles.h"
#include "dyad/parse.h"

namespace dyad {

namespace {

template <size_t N>
int index_of(const std::string& w, const std::array<std::string_view, N>& set) {
  for (size_t i = 0; i < N; ++i)
    if (w == set[i]) return static_cast<int>(i);
  return -1;
}

// What a number counts when the noun after it is one of these (plural forms as in news).
std::string counted_noun(const std::string& w) {
  static const std::array<std::string_view, 24> kPeople = {
      "troops",    "soldiers",  "people",   "civilians", "fighters",  "militants",
      "police",    "policemen", "officers", "refugees",  "migrants",  "children",
      "protesters", "demonstrators", "prisoners", "hostages", "workers", "students",
      "rebels",    "insurgents", "jihadists", "mercenaries", "peacekeepers", "personnel"};
  if (index_of(w, kPeople) < 0) return "";
  if (w == "soldiers" || w == "personnel") return "troops";  // counted as troops
  return w;
}

// Verbs whose object count is the casualty figure: "killed at least 12 soldiers".
std::string casualty(const std::string& lw) {
  static const std::array<std::string_view, 16> kForms = {
      "killed",    "kill",       "kills",     "wounded",   "wound",    "injured",
      "kidnapped", "abducted",   "arrested",  "detained",  "displaced", "dead",
      "died",      "executed",   "captured",  "injuring"};
  int i = index_of(lw, kForms);
  if (i < 0) return "";
  std::string_view f = kForms[i];
  if (f == "kill" || f == "kills" || f == "dead" || f == "died" || f == "executed")
    return "killed";
  if (f == "wound" || f == "injured" || f == "injuring") return "wounded";
  if (f == "abducted") return "kidnapped";
  if (f == "detained" || f == "captured") return "arrested";
  return std::string(f);
}

// `w` as written (compared lower-cased).
double multiplier(const std::string& w) {
  if (lower_equals(w, "hundred")) return 1e2;
  if (lower_equals(w, "thousand")) return 1e3;
  if (lower_equals(w, "million") || lower_equals(w, "mln") || lower_equals(w, "m")) return 1e6;
  if (lower_equals(w, "billion") || lower_equals(w, "bln") || lower_equals(w, "bn")) return 1e9;
  return 0;
}

}  // namespace

bool number_value(const std::string& word, double* value) {
  static const std::array<std::string_view, 21> kWords = {
      "zero",    "one",     "two",      "three",    "four",    "five",    "six",
      "seven",   "eight",   "nine",     "ten",      "eleven",  "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  // Number words start with a letter; lower-casing cannot change a figure's verdict.
  const bool figure = !word.empty() && word[0] >= '0' && word[0] <= '9';
  std::string lowered;
  if (!figure) {
    lowered = lower_ascii(word);
    if (int i = index_of(lowered, kWords); i >= 0) {
      *value = i;
      return true;
    }
    if (lowered == "dozen" || lowered == "dozens") {
      *value = 12;
      return true;
    }
  }
  const std::string& w = figure ? word : lowered;
  std::string digits;
  bool dot = false;
  for (size_t k = 0; k < w.size(); ++k) {
    char c = w[k];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == ',' && k > 0 && k + 3 < w.size() + 1 && !digits.empty()) {
      continue;  // thousands separator
    } else if (c == '.' && !dot && k > 0 && k + 1 < w.size()) {
      digits += c;
      dot = true;
    } else {
      return false;
    }
  }
  if (digits.empty() || digits.size() > 15) return false;
  if (!dot) {  // at most 15 digits: exact in a double, as strtod would give it
    uint64_t n = 0;
    for (char c : digits) n = n * 10 + static_cast<uint64_t>(c - '0');
    *value = static_cast<double>(n);
    return true;
  }
  *value = std::strtod(digits.c_str(), nullptr);
  return true;
}

std::vector<QuantityHit> find_quantities(const SentenceView& v) {
  std::vector<QuantityHit> out;
  const int n = v.size();
  std::string last_what;
  for (int i = 0; i < n; ++i) {
    if (v.toks[i].tag != Pos::CD) continue;
    double value = 0;
    if (!number_value(v.toks[i].text, &value)) continue;
    int e = i + 1;
    if (e < n) {
      double m = multiplier(v.toks[e].text);
      if (m > 0) {
        value *= m;
        ++e;
      }
    }
    // Years and dates are not counts.
    if (value >= 1900 && value <= 2100 && v.toks[i].text.find(',') == std::string::npos &&
        e == i + 1)
      continue;
    QuantityHit h;
    int b = i;
    std::string prev = i > 0 ? lower_ascii(v.toks[i - 1].text) : "";
    std::string prev2 = i > 1 ? lower_ascii(v.toks[i - 2].text) : "";
    if (prev == "about" || prev == "around" || prev == "some" || prev == "nearly" ||
        prev == "almost" || prev == "roughly" || prev == "approximately" ||
        (prev == "estimated" && prev2 == "an")) {
      h.q.approximate = true;
      b = prev == "estimated" ? i - 2 : i - 1;
    } else if ((prev == "least" && prev2 == "at") || (prev == "than" && prev2 == "more") ||
               prev == "over") {
      h.q.bound = "at_least";
      b = prev == "over" ? i - 1 : i - 2;
    } else if (prev == "to" && prev2 == "up") {
      h.q.bound = "up_to";
      b = i - 2;
    }
    std::string next = e < n ? lower_ascii(v.toks[e].text) : "";
    std::string noun = counted_noun(next);
    if (!noun.empty()) ++e;
    // The casualty verb before ("killed at least 12") or after ("12 people were killed").
    std::string cas;
    for (int k = b - 1; k >= 0 && k >= b - 2 && cas.empty(); --k) cas = casualty(lower_ascii(v.toks[k].text));
    for (int k = e; k < n && k <= e + 2 && cas.empty(); ++k) {
      std::string w = lower_ascii(v.toks[k].text);
      if (w == "were" || w == "was" || w == "have" || w == "had" || w == "been") continue;
      cas = casualty(w);
    }
    if (!cas.empty() && (!noun.empty() || next.empty() || counted_noun(next).empty()))
      h.q.what = cas;
    else if (!noun.empty())
      h.q.what = noun;
    else if (!last_what.empty() && (prev == "including" || prev == "and" || prev == ","))
      h.q.what = last_what;  // "4,300 troops ..., including 2,400 in Mali"
    if (h.q.what.empty()) continue;
    last_what = noun.empty() ? last_what : noun;
    h.q.value = value;
    h.range = {b, e};
    // "in Mali" right after.
    if (e + 1 < n && lower_equals(v.toks[e].text, "in")) {
      int u = v.unit_of_token[e + 1];
      if (u >= 0 && !v.units[u].readings.empty()) h.place_unit = u;
    }
    // "12 Malian soldiers" belong to Mali; "France has 4,300 troops" to France; a casualty
    // count without a named side belongs to no one we know.
    int own = v.unit_of_token[i];
    if (own >= 0 && !v.units[own].readings.empty() &&
        v.units[own].readings.front().code.compare(0, 3, "---") != 0) {
      h.actor_unit = own;
    } else if (cas.empty() || h.q.what != cas) {
      RoleContext rc;
      if (h.place_unit >= 0) rc.used.push_back(h.place_unit);
      h.actor_unit = find_subject(v, b, rc, nullptr);
    }
    out.push_back(h);
    i = e - 1;
  }
  return out;
}

}  // namespace dyad
