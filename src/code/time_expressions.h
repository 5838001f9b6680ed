// Time expressions in a sentence, resolved against the article date: weekdays ("on
// Thursday", "Wednesday night": the latest such day on or before the article date),
// "yesterday", "today", "last week", "last month", "earlier this month", explicit dates
// ("Feb. 16", "16 February 2022", "March 3, 2021") and years ("in 2013", "since 2013").
#pragma once
#include <string>
#include <vector>

#include "dyad/parse.h"
#include "dyad/token.h"

namespace dyad {

struct TimeExpr {
  TokenRange range;
  int date = 0;               // yyyymmdd; for a month or a year its first day
  std::string precision;      // "day", "week", "month", "year"
  bool historical = false;    // a year or date before the article's year
};

std::vector<TimeExpr> find_time_expressions(const std::vector<Token>& toks, int article_date);

}  // namespace dyad
