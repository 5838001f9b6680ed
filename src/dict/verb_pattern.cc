#include "dict/verb_pattern.h"

#include <vector>

#include "dict/parse_util.h"

namespace dyad::dict {

namespace {

bool is_stop(char c) {
  return is_space(c) || c == '_' || c == '(' || c == ')' || c == '{' || c == '}' || c == '*';
}

struct Item {
  bool verb = false;
  bool joined_to_previous = false;  // a '_' connector links it to the item before
  PatElem elem;
};

}  // namespace

bool parse_pattern(std::string_view text, Pattern& out, std::string& error) {
  std::vector<Item> items;
  std::vector<PatGroup> groups;
  std::vector<int> open;  // group numbers, innermost last
  size_t star = SIZE_MAX;
  bool connector = false;      // a '_' joins the last item to the next one
  size_t last_end = SIZE_MAX;  // text position just after the last item or group mark

  auto add = [&](Item item) {
    item.joined_to_previous = connector && !items.empty();
    item.elem.group = open.empty() ? 0 : open.back();
    connector = false;
    items.push_back(std::move(item));
  };

  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    char c = text[i];
    if (is_space(c)) {
      connector = false;
      ++i;
      continue;
    }
    if (c == '_') {
      // A connector only between two things: "A_B", "A_*", "*_B"; "A_ B" is the exact mark.
      bool after_item = last_end == i;
      bool before_item = i + 1 < n && !is_space(text[i + 1]) && text[i + 1] != '_' &&
                         text[i + 1] != ')' && text[i + 1] != '}';
      if (after_item && before_item) connector = true;
      last_end = i + 1;  // "A__B" still joins
      ++i;
      continue;
    }
    if (c == '(' || c == '{') {
      int parent = open.empty() ? 0 : open.back();
      groups.push_back({c == '(', parent});
      open.push_back(static_cast<int>(groups.size()));
      last_end = i + 1;
      ++i;
      continue;
    }
    if (c == ')' || c == '}') {
      if (open.empty() || groups[open.back() - 1].prepositional != (c == ')')) {
        error = std::string("unbalanced '") + c + "'";
        return false;
      }
      open.pop_back();
      last_end = i + 1;
      ++i;
      continue;
    }
    if (c == '*') {
      if (star != SIZE_MAX) {
        error = "more than one '*'";
        return false;
      }
      star = items.size();
      Item v;
      v.verb = true;
      add(std::move(v));
      last_end = ++i;
      continue;
    }
    size_t b = i;
    while (i < n && !is_stop(text[i])) ++i;
    std::string_view tok = text.substr(b, i - b);
    last_end = i;
    Item item;
    if (tok == "$" || tok == "+" || tok == "^" || tok == "%") {
      item.elem.kind = tok == "$"   ? PatKind::Source
                       : tok == "+" ? PatKind::Target
                       : tok == "^" ? PatKind::Skip
                                    : PatKind::Compound;
      add(std::move(item));
    } else if (tok[0] == '&') {
      if (tok.size() == 1) {
        error = "'&' without a synset name";
        return false;
      }
      item.elem.kind = PatKind::Synset;
      item.elem.word = to_upper(tok.substr(1));
      add(std::move(item));
    } else {
      // "CHINA'S" -> CHINA 'S: the clitic must follow its word directly.
      std::vector<std::string> words = phrase_words(tok);
      for (size_t k = 0; k < words.size(); ++k) {
        Item w;
        w.elem.kind = PatKind::Word;
        w.elem.word = std::move(words[k]);
        if (k > 0) connector = true;
        add(std::move(w));
      }
    }
  }
  if (!open.empty()) {
    error = groups[open.back() - 1].prepositional ? "unclosed '('" : "unclosed '{'";
    return false;
  }
  if (star == SIZE_MAX) {
    error = "pattern without '*'";
    return false;
  }
  // Where a connector lands: before the verb, `tight` on element i means it is directly
  // followed by element i+1 (or the verb); after the verb, that it directly follows element
  // i-1 (or the verb).
  for (size_t k = 1; k < items.size(); ++k) {
    if (!items[k].joined_to_previous) continue;
    if (k <= star)
      items[k - 1].elem.tight = true;
    else
      items[k].elem.tight = true;
  }
  out.pre.clear();
  out.post.clear();
  for (size_t k = 0; k < items.size(); ++k) {
    if (k < star) out.pre.push_back(std::move(items[k].elem));
    if (k > star) out.post.push_back(std::move(items[k].elem));
  }
  out.groups = std::move(groups);
  return true;
}

}  // namespace dyad::dict
