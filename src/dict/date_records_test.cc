// The DATE records of PETRARCH's unit-test suite (PETR.UnitTest.records.xml, category DATE)
// against the actors of its validation dictionary: the codes each record expects for the
// dated actors must be what codes_at gives on the record's date.
#include <gtest/gtest.h>

#include <fstream>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

const std::string kActors =
    std::string(DYAD_SHARED_DIR) + "/data/peer/petrarch2/PETR.Validate.actors.txt";

struct DateCase {
  const char* record;
  int date;
  std::vector<std::string> phrase;
  const char* expected;  // the record's source or target code for that actor
};

class DateRecords : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::ifstream(kActors)) GTEST_SKIP() << "reference data absent: " << kActors;
    DictionarySet set;
    ASSERT_TRUE(load_actors(kActors, set).ok());
    dicts = compile(std::move(set));
  }

  std::string code(const std::vector<std::string>& phrase, int date) const {
    const auto* ids = dicts->actors.find(phrase);
    if (!ids) return "(no actor)";
    const ActorCode* c = dicts->set.actors[ids->back()].codes_at(date);
    return c ? c->codes[0] : "(no code)";
  }

  std::shared_ptr<const CompiledDictionaries> dicts;
};

TEST_F(DateRecords, EveryExpectationHolds) {
  const std::vector<std::string> sam = {"SAM", "GAMGEE"};
  const std::vector<std::string> hamfast = {"HAMFAST", "GAMGEE"};
  const std::vector<DateCase> cases = {
      {"DATE-01", 19950104, sam, "HOBCIV"},      // simple <
      {"DATE-02", 20080119, sam, "HOBCIV"},      // < at its boundary
      {"DATE-03", 19950104, hamfast, "HOB"},     // default before an interval
      {"DATE-04", 20121109, hamfast, "HOBGOV"},  // interval lower bound
      {"DATE-05", 20121225, hamfast, "HOBGOV"},  // inside the interval
      {"DATE-06", 20121109, hamfast, "HOBGOV"},
      {"DATE-07", 20140104, hamfast, "HOB"},  // default after the interval
      {"DATE-08", 20100106, sam, "HOBMIL"},   // before the embedded interval
      {"DATE-09", 20100109, sam, "ORCHOB"},   // embedded interval, lower bound
      {"DATE-10", 20100110, sam, "ORCHOB"},
      {"DATE-11", 20100112, sam, "ORCHOB"},  // embedded interval, upper bound
      {"DATE-12", 20100113, sam, "HOBMIL"},  // just after it
      {"DATE-13", 20121231, sam, "HOBGOV"},
      {"DATE-14", 19951101, {"SMEAGOL"}, "HOBGOV"},  // synonyms share the rules
      {"DATE-15", 19951101, {"SLINKER"}, "HOBGOV"},
      {"DATE-16", 19950101, {"STINKER"}, "HOB"},
      {"DATE-17", 19980101, {"SLINKER"}, "HOBGOV"},
      {"DATE-18", 19990101, {"SMEAGOL"}, "HOBGOV"},
      {"DATE-19", 20010101, {"SLINKER"}, "HOBREB"},
      {"DATE-20", 19781223, {"ZIMBABWE"}, "RHO"},  // the last entry of the file
      {"DATE-21", 20010101, {"ZIMBABWE"}, "ZBW"},
      // The other actors of those records, undated.
      {"DATE-01", 19950104, {"MICHEL", "DELVING"}, "SHRGOV"},
      {"DATE-03", 19950104, {"WHITE", "DOWNS"}, "SHR"},
      {"DATE-04", 20121109, {"BREE"}, "BRE"},
      {"DATE-08", 20100106, {"MORDOR"}, "MOR"},
      {"DATE-09", 20100109, {"MORGUL", "ORCS"}, "MRGORC"},
      {"DATE-12", 20100113, {"CIRITH", "UNGOL"}, "MORMIL"},
      {"DATE-14", 19951101, {"GONDOR"}, "GON"},
      {"DATE-15", 19951101, {"ARNOR"}, "ARN"},
  };
  for (const DateCase& c : cases)
    EXPECT_EQ(code(c.phrase, c.date), c.expected) << c.record << " on " << c.date;
}

TEST_F(DateRecords, GollumHasNoCodeBetweenItsIntervals) {
  // [HOBGOV 19950601 - 19990815] then [HOBREB > 990816]: 1999-08-16 itself is in neither.
  EXPECT_EQ(code({"GOLLUM"}, 19990816), "(no code)");
  EXPECT_EQ(code({"GOLLUM"}, 19990817), "HOBREB");
}

}  // namespace
}  // namespace dyad
