// When an event happened and what the text claims about it: its date (from the time
// expression of its own clause, else the article date), whether it lies years back, its
// status (happened, announced, intended, demanded, denied, conditional, hypothetical) and who
// reported it ("Macron says France will withdraw": attributed to Macron).
#pragma once
#include <string>
#include <vector>

#include "code/sentence_view.h"
#include "code/time_expressions.h"

namespace dyad {

struct EventContext {
  int date = 0;
  bool historical = false;
  TokenRange date_range;  // empty when the article date was used
  std::string status = "happened";
  int attribution_unit = -1;   // the reporting actor's unit, or -1
  TokenRange attribution_verb;  // the reporting verb
};

// First token of the clause that holds `pos` (relative clauses count as their own clause).
int clause_begin(const SentenceView& v, int pos);

EventContext event_context(const SentenceView& v, TokenRange trigger,
                           const std::vector<TimeExpr>& times, int article_date);

}  // namespace dyad
