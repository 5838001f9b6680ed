// Consistency of dyad's shipped data with its own CAMEO table: every event code that the
// shipped verb and noun dictionaries assign must be a real CAMEO code, so that coded events always
// get a label, a root, a quad class and a Goldstein score.
#include <gtest/gtest.h>

#include <fstream>
#include <vector>
#include <sstream>
#include <string>

#include "dyad/cameo.h"
#include "dyad/paths.h"

namespace dyad {
namespace {

// Native dictionary lines: "verb<TAB>BLOCK<TAB>CODE<TAB>lemmas",
// "pattern<TAB>BLOCK<TAB>CODE<TAB>pattern", "noun<TAB>CODE<TAB>nouns<TAB>frames". Paired
// codes ("032:033") name two events.
TEST(ShippedData, EveryVerbDictionaryCodeIsInTheCameoTable) {
  auto table = CameoTable::load();
  ASSERT_TRUE(table.ok()) << table.error();
  int codes = 0;
  for (const char* name : {"dict/verbs.dyad", "dict/nouns.dyad"}) {
    std::string path = data_path(name);
    std::ifstream in(path);
    ASSERT_TRUE(in) << "cannot open " << path;
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      std::string text = line.substr(0, line.find('#'));
      std::vector<std::string> fields;
      std::stringstream ss(text);
      for (std::string f; std::getline(ss, f, '\t');)
        if (!f.empty()) fields.push_back(f);
      if (fields.empty()) continue;
      size_t at = fields[0] == "noun" ? 1 : (fields[0] == "verb" || fields[0] == "pattern") ? 2 : 0;
      if (at == 0 || fields.size() <= at) continue;
      std::string both = fields[at];
      both.erase(0, both.find_first_not_of(' '));
      both.erase(both.find_last_not_of(' ') + 1);
      std::stringstream cs(both);
      for (std::string code; std::getline(cs, code, ':');) {
        if (code.empty() || code == "---") continue;
        ++codes;
        EXPECT_NE(table->find(code), nullptr) << path << ":" << line_no << ": " << code;
      }
    }
  }
  EXPECT_GT(codes, 291) << "the verb dictionary should assign every CAMEO code";
}

}  // namespace
}  // namespace dyad
