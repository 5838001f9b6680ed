#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

TEST(Load, MissingFileIsAnError) {
  DictionarySet s;
  for (auto load : {load_actors, load_agents, load_discards, load_verbs}) {
    Result<bool> r = load("/nonexistent/dir/none.txt", s);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("/nonexistent/dir/none.txt"), std::string::npos);
  }
  EXPECT_TRUE(s.files.empty());
}

TEST(Load, DirectoryIsAnError) {
  DictionarySet s;
  EXPECT_FALSE(load_actors("/", s).ok());
}

TEST(Load, ReadsAFileAndNamesItInDiagnostics) {
  std::string path = std::string(DYAD_TEST_BINARY_DIR) + "/dict_load_test.actors";
  {
    std::ofstream f(path, std::ios::binary);
    f << "ELDAR [ELF]\n[NOPE\n";
  }
  DictionarySet s;
  ASSERT_TRUE(load_actors(path, s).ok());
  std::remove(path.c_str());
  ASSERT_EQ(s.actors.size(), 1u);
  ASSERT_EQ(s.files.size(), 1u);
  EXPECT_EQ(s.files[0], path);
  ASSERT_EQ(s.diagnostics.size(), 1u);
  EXPECT_EQ(s.diagnostics[0].origin, "dict_load_test.actors:2");
  EXPECT_EQ(s.actors[0].phrases[0].origin, "dict_load_test.actors:1");
}

}  // namespace
}  // namespace dyad
