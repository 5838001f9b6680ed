#include "text/boilerplate.h"

#include "text/char_class.h"

namespace dyad::text {
namespace {

// `s` starts with `prefix` (lower-case ASCII), ignoring ASCII case.
bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (ascii_lower(s[i]) != prefix[i]) return false;
  return true;
}

// The prefix is a whole word: what follows is not a letter.
bool starts_with_word_ci(std::string_view s, std::string_view word) {
  return starts_with_ci(s, word) &&
         (s.size() == word.size() || !is_ascii_alpha(static_cast<unsigned char>(s[word.size()])));
}

// "All rights reserved" anywhere in the sentence, in lower, title or upper case. Runs on every
// sentence, so it first looks for the rarely seen "ights"/"IGHTS" with find() (memchr-fast) and
// only then compares the whole phrase.
bool contains_all_rights_reserved(std::string_view s) {
  static constexpr std::string_view kPhrase = "all rights reserved";
  constexpr size_t kOffset = 5;  // "ights" starts 5 bytes into the phrase
  for (std::string_view probe : {std::string_view("ights"), std::string_view("IGHTS")}) {
    for (size_t at = s.find(probe, kOffset); at != std::string_view::npos;
         at = s.find(probe, at + 1)) {
      if (starts_with_ci(s.substr(at - kOffset), kPhrase)) return true;
    }
  }
  return false;
}

std::string_view span(std::string_view text, const RawToken& t) {
  return text.substr(t.begin, t.end - t.begin);
}

// "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By John F. Smith Jr.".
bool is_byline(std::string_view text, const RawToken* tokens, size_t count) {
  if (count < 2 || count > 14) return false;
  const std::string_view first = span(text, tokens[0]);
  if (first != "By" && first != "BY") return false;
  if (!(tokens[1].flags & kStartsUpper)) return false;
  for (size_t i = 1; i < count; ++i) {
    const RawToken& t = tokens[i];
    const std::string_view w = span(text, t);
    if (t.flags & kWordToken) {
      if (t.flags & kStartsUpper) continue;
      if (w == "and" || w == "of" || w == "the" || w == "de" || w == "al" || w == "van" ||
          w == "von" || w == "der" || w == "bin" || w == "da")
        continue;
      return false;
    }
    if (w == "," || w == ";" || w == "/" || w == "-" || w == "&" || w == "|") continue;
    return false;
  }
  return true;
}

}  // namespace

bool opens_boilerplate(std::string_view rest) {
  if (rest.empty()) return false;
  switch (ascii_lower(rest[0])) {
    case 'c':
      return starts_with_word_ci(rest, "copyright") || starts_with_word_ci(rest, "click here");
    case '(':
      // "(c) 2022 Reuters", "(C) Copyright": a year or the word must follow, since a bare
      // "(C)" is also a footnote or list marker.
      if (!starts_with_ci(rest, "(c)")) return false;
      rest.remove_prefix(3);
      if (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
      return (!rest.empty() && is_ascii_digit(static_cast<unsigned char>(rest[0]))) ||
             starts_with_word_ci(rest, "copyright");
    case '\xC2':
      return rest.size() >= 2 && rest[1] == '\xA9';  // ©
    case 'a':
      return starts_with_word_ci(rest, "all rights reserved") ||
             starts_with_word_ci(rest, "additional reporting by");
    case 'r':
      return starts_with_word_ci(rest, "reporting by");
    case 'e':
      return starts_with_word_ci(rest, "editing by");
    case 'w':
      return starts_with_word_ci(rest, "writing by");
    case 'f':
      return starts_with_word_ci(rest, "follow us");
    case 't':
      return starts_with_word_ci(rest, "to see more");
    default:
      return false;
  }
}

bool is_boilerplate_sentence(std::string_view text, const RawToken* tokens, size_t count,
                             bool whole_line) {
  if (count == 0) return false;
  const std::string_view sentence =
      text.substr(tokens[0].begin, tokens[count - 1].end - tokens[0].begin);
  if (opens_boilerplate(sentence)) return true;
  if (contains_all_rights_reserved(sentence)) return true;
  return whole_line && is_byline(text, tokens, count);
}

}  // namespace dyad::text
