// Consistency of dyad's shipped data with its own CAMEO table: every event code that the
// starter verb dictionary assigns must be a real CAMEO code, so that coded events always
// get a label, a root, a quad class and a Goldstein score.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "dyad/cameo.h"
#include "dyad/paths.h"

namespace dyad {
namespace {

TEST(ShippedData, EveryVerbDictionaryCodeIsInTheCameoTable) {
  auto table = CameoTable::load();
  ASSERT_TRUE(table.ok()) << table.error();
  std::string path = data_path("dict/dyad.verbs.txt");
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot open " << path;
  // Codes appear as [CODE] after a block name, a verb or a pattern; "---" means no event.
  const std::regex code_in_brackets(R"(\[([0-9]{2,4}|---)\])");
  std::string line;
  int line_no = 0, codes = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string text = line.substr(0, line.find('#'));
    for (std::sregex_iterator it(text.begin(), text.end(), code_in_brackets), end; it != end;
         ++it) {
      std::string code = (*it)[1];
      if (code == "---") continue;
      ++codes;
      EXPECT_NE(table->find(code), nullptr) << path << ":" << line_no << ": " << code;
    }
  }
  EXPECT_GT(codes, 100) << "the verb dictionary should assign many event codes";
}

}  // namespace
}  // namespace dyad
