// CAMEO -> PLOVER: the PLOVER event type, mode and context of a CAMEO event code, from
// data/tables/cameo_plover.tsv (derived from Open Event Data's CAMEO2PLOVER table, CC BY-SA
// 4.0; see data/tables/README.md).
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/result.h"

namespace dyad {

struct PloverInfo {
  std::string event;                 // one of PLOVER's 16 event types: "RETREAT"
  std::string mode;                  // "disarm"; may be empty
  std::vector<std::string> context;  // {"military"}; may be empty
};

class PloverTable {
 public:
  // Loads cameo_plover.tsv from `dir` (default: data_path("tables")).
  //
  // The table is dyad's own data, so a malformed line is an Error whose message starts with
  // "file:line: ": not four tab-separated columns, a code that is not two to four digits
  // with a root 01-20, an event that is not one of the 16 PLOVER types, a mode or context
  // word outside [a-z0-9_-], a duplicate code. Comment lines ('#') and blank lines are
  // ignored; the first other line must be the header "code<TAB>event<TAB>mode<TAB>context".
  static Result<PloverTable> load(const std::string& dir = "");
  // Same, from the file's contents; `name` stands in for the file name in error messages.
  static Result<PloverTable> parse(std::string_view tsv,
                                   const std::string& name = "cameo_plover.tsv");

  // The PLOVER reading of a CAMEO code. When the exact code is not in the table, a four-digit
  // code falls back to its three-digit parent ("1213" -> "121") and then to its root, a
  // three-digit code to its root ("0xx" -> "0x"): a subcode the mapping does not list still
  // belongs to its parent's event type. nullptr when neither the code nor a parent is listed
  // (the statements 01x and appeals 02x, which the source does not map; the root "08", split
  // between CONCEDE and RETREAT) or when `code` is not two to four digits.
  const PloverInfo* find(std::string_view code) const;
  // The row for exactly this code, without fallback; nullptr when absent.
  const PloverInfo* find_exact(std::string_view code) const;
  size_t size() const { return rows_.size(); }

  // True for PLOVER's 16 event types (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID,
  // RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT).
  static bool is_event_type(std::string_view event);

 private:
  std::unordered_map<std::string, PloverInfo> rows_;
};

}  // namespace dyad
