// Default source and target of a verb: the subject of its clause and the first actor after
// it, found from clause marks rather than a full parse.
#pragma once
#include <vector>

#include "code/sentence_view.h"

namespace dyad {

// Units the pattern already used, which the defaults must not take again.
struct RoleContext {
  std::vector<int> used;
  bool is_used(int u) const {
    for (int x : used)
      if (x == u) return true;
    return false;
  }
};

// Subject unit (with readings) of the clause that holds the verb group starting at
// `verb_begin`, or -1. Pronoun subjects and clauses whose only subject candidates the pattern
// took are resolved through the enclosing clause. When the verb sits in a relative clause
// without its own subject, the antecedent is returned and *relative_antecedent set.
int find_subject(const SentenceView& v, int verb_begin, const RoleContext& rc,
                 int* object_antecedent);

// First unit with readings after the verb, inside its clause (complement clauses included).
int find_target(const SentenceView& v, int verb_end, const RoleContext& rc);

// The end of the verb's target scope (first hard / subordinate / coordinate mark after it).
int scope_end(const SentenceView& v, int verb_end);

// A passive verb's "by" agent right after it: "was opposed by Osgiliath".
int find_by_agent(const SentenceView& v, const VerbHit& hit);

}  // namespace dyad
