// `dyad dict check` and `dyad dict coverage` end to end, native dictionaries with --dict and
// from the data folder, and a native file coding exactly like the same entries in PETRARCH
// format.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_support.h"

namespace dyad::e2e {
namespace {

const char* kArticle =
    R"({"id":"a1","date":"2022-02-17","text":"France will withdraw its troops from Mali."})";

const char* kNative =
    "# France, Mali and a withdrawal\n"
    "actor\tFRA\tFrance; French\n"
    "actor\tMLI\tMali\n"
    "agent\t~MIL\ttroops{}; soldier\n"
    "synset\tMILITARY\ttroops{}; soldier\n"
    "verb\tWITHDRAW\t---\twithdraw; pull out\n"
    "pattern\tWITHDRAW\t0874\t* &MILITARY (from +)\n"
    "noun\t0874\twithdrawal\tof $; from +\n"
    "discard\tstory\tWorld Cup\n";

std::string write(const std::string& name, const std::string& text) {
  std::string p = temp_path(name);
  write_file(p, text);
  return p;
}

std::vector<nlohmann::json> events_of(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string l;
  while (std::getline(in, l)) v.push_back(nlohmann::json::parse(l));
  return v;
}

TEST(DictCli, CheckGoodFile) {
  std::string f = write("good.dyad", kNative);
  auto r = run_dyad("dict check --no-default-dicts --dict " + f);
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  for (const char* line : {"files: 1\n", "actors: 2\n", "actor phrases: 3\n", "agents: 1\n",
                           "verbs: 2\n", "patterns: 1\n", "nouns: 1\n", "synsets: 1\n",
                           "discards: 1\n", "problems: 0\n"})
    EXPECT_NE(r.out.find(line), std::string::npos) << line << " not in\n" << r.out;
  auto positional = run_dyad("dict check --no-default-dicts " + f);
  EXPECT_EQ(positional.status, 0) << positional.out;
  EXPECT_NE(positional.out.find("files: 1\n"), std::string::npos);
}

TEST(DictCli, CheckBadFileNamesEveryLine) {
  std::string f = write("bad.dyad",
                        "actor\tFRA\tFrance\n"                  // 1 fine
                        "actor FRA France\n"                   // 2 spaces
                        "actor\tFRA@2022-02-30..\tFrance\n"    // 3 bad date
                        "verb\tW\t---\twithdraw\n"             // 4 fine
                        "pattern\tW\t0874\t* &NOWHERE\n"       // 5 undefined synset
                        "noun\t9999\tthing\tof $\n"            // 6 not a CAMEO code
                        "\x01\x02 binary\n");                  // 7
  auto r = run_dyad("dict check --no-default-dicts --dict " + f);
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  for (int line : {2, 3, 5, 6, 7})
    EXPECT_NE(r.out.find("bad.dyad:" + std::to_string(line) + ": "), std::string::npos)
        << "line " << line << " not named in:\n" << r.out;
  for (int line : {1, 4})
    EXPECT_EQ(r.out.find("bad.dyad:" + std::to_string(line) + ": "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("problems: 5\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("actors: 1\n"), std::string::npos) << r.out;
}

TEST(DictCli, MissingDictionaryFile) {
  auto r = run_dyad("dict check --no-default-dicts --dict /nonexistent/x.dyad");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("/nonexistent/x.dyad"), std::string::npos) << r.err;
}

TEST(DictCli, CoverageOfATinyDictionary) {
  std::string f = write("tiny.dyad",
                        "verb\tWITHDRAW\t087\twithdraw\n"
                        "pattern\tWITHDRAW\t0874\t* &MILITARY\n"
                        "synset\tMILITARY\ttroops\n"
                        "pattern\tWITHDRAW\t032:033\t* +\n"
                        "noun\t036:---\ttalks{}\tbetween %\n");
  auto r = run_dyad("dict coverage --no-default-dicts --dict " + f);
  EXPECT_EQ(r.status, 1) << r.err;
  const std::string out = "\n" + r.out;  // every listed code starts a line
  EXPECT_NE(out.find("\n5 of 291 codes covered\n"), std::string::npos) << r.out;
  for (const char* listed : {"\n010\t", "\n0871\t", "\n204\t", "\n2042\t"})
    EXPECT_NE(out.find(listed), std::string::npos) << listed;
  for (const char* covered : {"\n087\t", "\n0874\t", "\n032\t", "\n033\t", "\n036\t"})
    EXPECT_EQ(out.find(covered), std::string::npos) << covered;
  EXPECT_EQ(out.find("\n01\t"), std::string::npos) << "two-digit roots are not listed";
}

TEST(DictCli, FullCoverageExitsZero) {
  std::ifstream table(std::string(DYAD_SOURCE_DIR) + "/data/tables/cameo_codes.tsv");
  ASSERT_TRUE(table) << "data/tables/cameo_codes.tsv";
  std::string line, dict;
  int n = 0;
  while (std::getline(table, line)) {
    std::string code = line.substr(0, line.find('\t'));
    if (code.size() < 3 || code.size() > 4 ||
        code.find_first_not_of("0123456789") != std::string::npos)
      continue;
    dict += "noun\t" + code + "\tthing" + std::to_string(n++) + "\tof $\n";
  }
  std::string f = write("full.dyad", dict);
  auto r = run_dyad("dict coverage --no-default-dicts " + f);
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("291 of 291 codes covered"), std::string::npos) << r.out;
}

TEST(DictCli, DefaultNativeFilesLoadInNameOrderDictBeforeGenerated) {
  namespace fs = std::filesystem;
  fs::path data = fs::path(temp_path("data-" + std::to_string(::getpid())));
  fs::create_directories(data / "dict");
  fs::create_directories(data / "generated");
  write_file((data / "dict" / "b.dyad").string(), "pattern\tW\t0874\t* &MILITARY\n");
  write_file((data / "dict" / "a.dyad").string(), "verb\tW\t---\twithdraw\n");
  write_file((data / "dict" / "notes.txt").string(), "not a dictionary\n");
  write_file((data / "generated" / "0.dyad").string(), "pattern\tW\t087\t* +\n");
  write_file((data / "dict" / "c.dyad").string(), "synset\tMILITARY\ttroops{}\n");
  ::setenv("DYAD_DATA", data.string().c_str(), 1);
  auto r = run_dyad("dict check");
  ::unsetenv("DYAD_DATA");
  fs::remove_all(data);
  // a.dyad defines the block before b.dyad uses it; c.dyad's synset comes after b.dyad
  // needs it; generated/0.dyad loads after every dict/ file.
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("files: 4\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("b.dyad:1: undefined synset &MILITARY"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("patterns: 1\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("problems: 1\n"), std::string::npos) << r.out;
}

TEST(DictCli, NativeAndPetrarchFilesCodeAlike) {
  std::string article = write("native-article.jsonl", std::string(kArticle) + "\n");
  std::string native = write("fm.dyad", kNative);
  std::string actors = write("fm.actors.txt", "FRANCE [FRA]\n+FRENCH\nMALI [MLI]\n");
  std::string agents = write("fm.agents.txt", "TROOPS {} [~MIL]\nSOLDIER [~MIL]\n");
  std::string verbs = write("fm.verbs.txt",
                            "&MILITARY\n+TROOPS_\n+SOLDIER\n--- WITHDRAW [---] ---\nWITHDRAW\n"
                            "+PULL_OUT\n- * &MILITARY (FROM +) [0874]\n");
  auto n = run_dyad("code --no-default-dicts --dict " + native + " " + article);
  auto p = run_dyad("code --no-default-dicts --actors " + actors + " --agents " + agents +
                    " --verbs " + verbs + " " + article);
  ASSERT_EQ(n.status, 0) << n.err;
  ASSERT_EQ(p.status, 0) << p.err;
  auto ne = events_of(n.out), pe = events_of(p.out);
  ASSERT_EQ(ne.size(), 1u) << n.out << n.err;
  ASSERT_EQ(pe.size(), 1u) << p.out << p.err;
  EXPECT_EQ(ne[0]["source"], "FRA");
  EXPECT_EQ(ne[0]["target"], "MLI");
  EXPECT_EQ(ne[0]["code"], "0874");
  for (const char* key : {"source", "target", "code", "root", "quad", "date"})
    EXPECT_EQ(ne[0][key], pe[0][key]) << key;
}

TEST(DictCli, LaterDictOverridesEarlier) {
  std::string article = write("override-article.jsonl", std::string(kArticle) + "\n");
  std::string base = write("base.dyad", kNative);
  std::string user = write("user.dyad", "actor\tMLIGOV\tMali\n");
  auto r = run_dyad("code --no-default-dicts --dict " + base + " --dict " + user + " " + article);
  ASSERT_EQ(r.status, 0) << r.err;
  auto ev = events_of(r.out);
  ASSERT_EQ(ev.size(), 1u) << r.out << r.err;
  EXPECT_EQ(ev[0]["target"], "MLIGOV");
}

}  // namespace
}  // namespace dyad::e2e
