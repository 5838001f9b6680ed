#include "dyad/article.h"

#include <cctype>
#include <cstdio>

namespace dyad {

namespace {

bool all_digits(const std::string& s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return days[m - 1];
}

int checked(int y, int m, int d) {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return 0;
  return y * 10000 + m * 100 + d;
}

}  // namespace

int parse_date(const std::string& s) {
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    std::string digits = s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
    if (!all_digits(digits)) return 0;
    int v = std::stoi(digits);
    return checked(v / 10000, v / 100 % 100, v % 100);
  }
  if (!all_digits(s)) return 0;
  if (s.size() == 8) {
    int v = std::stoi(s);
    return checked(v / 10000, v / 100 % 100, v % 100);
  }
  if (s.size() == 6) {
    // Two-digit years as in TABARI/PETRARCH dictionaries: 00-30 are 2000s, 31-99 1900s.
    int v = std::stoi(s);
    int yy = v / 10000;
    int y = yy <= 30 ? 2000 + yy : 1900 + yy;
    return checked(y, v / 100 % 100, v % 100);
  }
  return 0;
}

std::string format_date(int v) {
  if (v < 0 || v > 99999999) {  // not a yyyymmdd date: keep printf's rendering of it
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", v / 10000, v / 100 % 100, v % 100);
    return buf;
  }
  // Every event carries two dates: writing the ten digits directly costs a tenth of snprintf.
  std::string out(10, '-');
  auto put = [&](size_t at, int value, int width) {
    for (int k = width - 1; k >= 0; --k, value /= 10) out[at + k] = static_cast<char>('0' + value % 10);
  };
  put(0, v / 10000, 4);
  put(5, v / 100 % 100, 2);
  put(8, v % 100, 2);
  return out;
}

}  // namespace dyad
