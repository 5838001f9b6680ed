#include "code/time_expressions.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <string_view>

#include "dyad/calendar.h"

namespace dyad {

namespace {

int weekday_of(std::string_view w) {
  static const std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (size_t i = 0; i < kDays.size(); ++i)
    if (w == kDays[i]) return static_cast<int>(i);
  return -1;
}

// 1..12 for month names and their news abbreviations ("Feb.", "Sept."), else 0.
int month_of(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return 0;  // no month name is shorter or longer
  static const std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static const std::array<std::string_view, 12> kShort = {"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i)
    if (w == kFull[i] || w == kShort[i]) return i + 1;
  if (w == "sept") return 9;
  return 0;
}

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// At most four digits: the value, else -1.
int number(std::string_view w) {
  if (!all_digits(w) || w.size() > 4) return -1;
  int v = 0;
  for (char c : w) v = v * 10 + (c - '0');
  return v;
}

bool valid(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] &&
         !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

}  // namespace

std::vector<TimeExpr> find_time_expressions(const std::vector<Token>& toks, int article_date) {
  std::vector<TimeExpr> out;
  if (article_date <= 0) return out;
  const int n = static_cast<int>(toks.size());
  const int ay = article_date / 10000, am = article_date / 100 % 100;
  // The lower-case words, back to back in one buffer (no string per token).
  thread_local std::string buffer;
  thread_local std::vector<uint32_t> starts;
  buffer.clear();
  starts.assign(1, 0);
  for (int i = 0; i < n; ++i) {
    for (char c : toks[i].text) buffer.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    starts.push_back(static_cast<uint32_t>(buffer.size()));
  }
  auto at = [&](int i) -> std::string_view {
    if (i < 0 || i >= n) return {};
    return std::string_view(buffer).substr(starts[i], starts[i + 1] - starts[i]);
  };
  auto add = [&](int b, int e, int date, const char* precision) {
    TimeExpr t;
    t.range = {b, e};
    t.date = date;
    t.precision = precision;
    t.historical = date / 10000 < ay;
    out.push_back(t);
  };

  for (int i = 0; i < n; ++i) {
    const std::string_view x = at(i);
    if (int wd = weekday_of(x); wd >= 0) {
      // The latest such weekday on or before the article date.
      int back = (weekday(article_date) - wd + 7) % 7;
      int e = i + 1;
      if (at(e) == "night" || at(e) == "morning" || at(e) == "afternoon" || at(e) == "evening")
        ++e;
      add(i, e, add_days(article_date, -back), "day");
      i = e - 1;
      continue;
    }
    if (x == "yesterday") {
      add(i, i + 1, add_days(article_date, -1), "day");
      continue;
    }
    if (x == "today" || x == "tonight") {
      add(i, i + 1, article_date, "day");
      continue;
    }
    if (x == "tomorrow") {
      add(i, i + 1, add_days(article_date, 1), "day");
      continue;
    }
    if (x == "last" && (at(i + 1) == "week" || at(i + 1) == "month" || at(i + 1) == "year")) {
      if (at(i + 1) == "week") add(i, i + 2, add_days(article_date, -7), "week");
      if (at(i + 1) == "month")
        add(i, i + 2, am == 1 ? (ay - 1) * 10000 + 1201 : ay * 10000 + (am - 1) * 100 + 1,
            "month");
      if (at(i + 1) == "year") add(i, i + 2, (ay - 1) * 10000 + 101, "year");
      ++i;
      continue;
    }
    if (x == "earlier" && at(i + 1) == "this" &&
        (at(i + 2) == "week" || at(i + 2) == "month" || at(i + 2) == "year")) {
      if (at(i + 2) == "week") add(i, i + 3, article_date, "week");
      if (at(i + 2) == "month") add(i, i + 3, ay * 10000 + am * 100 + 1, "month");
      if (at(i + 2) == "year") add(i, i + 3, ay * 10000 + 101, "year");
      i += 2;
      continue;
    }
    if (int m = month_of(x); m > 0 && (x != "may" || all_digits(at(i + 1)))) {
      // "Feb. 16", "February 16, 2022", "March 2021"
      int d = number(at(i + 1));
      if (d >= 1 && d <= 31) {
        int e = i + 2, y = -1;
        if (at(e) == "," && number(at(e + 1)) >= 1900) {
          y = number(at(e + 1));
          e += 2;
        } else if (number(at(e)) >= 1900) {
          y = number(at(e));
          ++e;
        }
        if (y < 0) y = (m * 100 + d > article_date % 10000) ? ay - 1 : ay;
        if (valid(y, m, d)) add(i, e, y * 10000 + m * 100 + d, "day");
        i = e - 1;
        continue;
      }
      if (int y = number(at(i + 1)); y >= 1900 && y <= 2100) {
        add(i, i + 2, y * 10000 + m * 100 + 1, "month");
        ++i;
        continue;
      }
    }
    if (int d = number(x); d >= 1 && d <= 31) {
      // "16 February 2022"
      if (int m = month_of(at(i + 1)); m > 0) {
        int e = i + 2, y = number(at(e)) >= 1900 ? number(at(e)) : -1;
        if (y > 0) ++e;
        if (y < 0) y = (m * 100 + d > article_date % 10000) ? ay - 1 : ay;
        if (valid(y, m, d)) add(i, e, y * 10000 + m * 100 + d, "day");
        i = e - 1;
        continue;
      }
    }
    if ((x == "in" || x == "since" || x == "until" || x == "by" || x == "from") &&
        number(at(i + 1)) >= 1900 && number(at(i + 1)) <= 2100 && at(i + 1).size() == 4 &&
        !month_of(at(i + 2))) {
      int y = number(at(i + 1));
      add(i, i + 2, y * 10000 + 101, "year");
      ++i;
      continue;
    }
  }
  return out;
}

}  // namespace dyad
