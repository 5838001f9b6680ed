// CAMEO code tables shipped in data/tables: labels, Goldstein scores, quad classes.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/result.h"

namespace dyad {

struct CameoInfo {
  std::string label;                 // e.g. "Retreat or surrender militarily" (0874)
  std::optional<double> goldstein;   // Goldstein (1992) weight, -10..+10
};

class CameoTable {
 public:
  // Loads data/tables/cameo_codes.tsv and data/tables/goldstein.tsv from `dir`
  // (default: data_path("tables")).
  //
  // The tables are dyad's own data, so a malformed line is an Error whose message starts
  // with "file:line: " (a silently shortened code table would mislabel events). Comment
  // lines ('#') and blank lines are ignored; the first other line must be the column
  // header ("code<TAB>label", "code<TAB>score"). A code without a Goldstein score is
  // allowed (goldstein is nullopt); a score for a code not in cameo_codes.tsv is an error.
  static Result<CameoTable> load(const std::string& dir = "");
  // Same as load(), from the two files' contents (for tests and fuzzing); the names stand
  // in for the file names in error messages.
  static Result<CameoTable> parse(std::string_view codes_tsv, std::string_view goldstein_tsv,
                                  const std::string& codes_name = "cameo_codes.tsv",
                                  const std::string& goldstein_name = "goldstein.tsv");
  // nullptr when the code is not a CAMEO code in the table ("903", "174K" are not).
  const CameoInfo* find(const std::string& code) const;
  // The two-digit root ("0874" -> "08") when the code is in the table, else "".
  std::string root(const std::string& code) const;
  // QuadClass by root: 01-05 verbal cooperation (1), 06-08 material cooperation (2),
  // 09-13 verbal conflict (3), 14-20 material conflict (4); nullopt when not in the table.
  std::optional<int> quad(const std::string& code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoInfo> codes_;
};

}  // namespace dyad
