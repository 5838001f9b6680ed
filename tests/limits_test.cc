// README "Limits", end to end: hostile inputs through `dyad code` finish in bounded time with
// warnings on stderr, exit status 0 (or 1 where the input is all bad records) and never a
// signal. Labelled "slow" (dyad_e2e_slow_tests): the Release pass runs it, the sanitizer pass
// does not. The CTest TIMEOUT is the hang guard; the time asserted here is generous too.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>
#include <filesystem>

#include "bench/limit_inputs.h"
#include "run_support.h"

namespace dyad::e2e {
namespace {

struct Timed {
  RunResult run;
  double seconds = 0;
};

const limits::LimitInput& input_named(const std::string& name) {
  static const std::vector<limits::LimitInput> inputs = limits::limit_inputs();
  for (const auto& in : inputs)
    if (in.name == name) return in;
  throw std::runtime_error("no limit input " + name);
}

Timed code(const limits::LimitInput& input, const std::string& options = "") {
  const std::string path = temp_path(input.name);
  write_file(path, input.content);
  auto t0 = std::chrono::steady_clock::now();
  Timed t;
  t.run = run_dyad("code --input-format " + input.format + " --date 2022-02-17 " + options +
                   " -o /dev/null " + path);
  t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::filesystem::remove(path);
  return t;
}

// Finished normally (0, or 1 for --strict runs with bad records), well inside the budget.
void expect_finished(const Timed& t, double budget_seconds) {
  EXPECT_LT(t.run.status, 128) << "killed by signal " << t.run.status - 128 << "\n" << t.run.err;
  EXPECT_TRUE(t.run.status == 0 || t.run.status == 1) << t.run.err;
  EXPECT_LT(t.seconds, budget_seconds);
  EXPECT_NE(t.run.err.find(" articles, "), std::string::npos) << "no summary:\n" << t.run.err;
}

TEST(Limits, TwentyMegabytesOfRandomBytesInEveryFormat) {
  const auto& input = input_named("random-20MB.bin");
  for (std::string format : {"auto", "jsonl", "text", "xml", "tabari"}) {
    limits::LimitInput forced = input;
    forced.format = format;
    // Above the record limit the text reader refuses the whole input; raise the limit so the
    // bytes are actually read and checked.
    Timed t = code(forced, "--max-record-bytes 33554432");
    SCOPED_TRACE(format);
    expect_finished(t, 60);
    EXPECT_NE(t.run.err.find("random-20MB.bin"), std::string::npos) << "problems are named";
  }
  Timed strict = code(input, "--strict");
  expect_finished(strict, 60);
  EXPECT_EQ(strict.run.status, 1) << "random bytes are bad records";
}

TEST(Limits, TenMegabyteOneLineArticleIsCutAndCoded) {
  Timed t = code(input_named("one-line-10MB.jsonl"));
  expect_finished(t, 60);
  EXPECT_EQ(t.run.status, 0);
  EXPECT_NE(t.run.err.find("cut to 1048576 (max_article_bytes)"), std::string::npos) << t.run.err;
  EXPECT_NE(t.run.err.find("cut at 200 tokens"), std::string::npos) << t.run.err;
}

TEST(Limits, TenMegabyteOneLineArticleOnTwoThreads) {
  Timed t = code(input_named("one-line-10MB.jsonl"), "-j 2");
  expect_finished(t, 60);
  EXPECT_EQ(t.run.status, 0);
}

TEST(Limits, FiveThousandTokenSentenceIsCutWithAWarning) {
  Timed t = code(input_named("sentence-5000-tokens.jsonl"));
  expect_finished(t, 30);
  EXPECT_EQ(t.run.status, 0);
  EXPECT_NE(t.run.err.find("sentence 0 cut at 200 tokens into 25 pieces"), std::string::npos)
      << t.run.err;
}

TEST(Limits, CompoundActorSentencesStayBounded) {
  Timed t = code(input_named("compound-actors-1MB.jsonl"));
  expect_finished(t, 60);
  EXPECT_EQ(t.run.status, 0);
}

// The largest peak RSS of any child process run so far (dyad runs through sh, which waits
// for it, so it counts), in MB.
long children_peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_CHILDREN, &ru);
  return ru.ru_maxrss / 1024;
}

TEST(Limits, PaddedCompoundSentenceDoesNotMultiplyItsText) {
  Timed t = code(input_named("padded-compound-900KB.jsonl"));
  expect_finished(t, 30);
  EXPECT_EQ(t.run.status, 0);
  // Every event copies its sentence, cut at max_event_text_bytes (4 KB): without the cut the
  // ~900 events of this sentence would hold 900 KB each.
  EXPECT_LT(children_peak_rss_mb(), 600) << t.run.err;
}

TEST(Limits, HalfMegabyteWord) {
  Timed t = code(input_named("long-word-512KB.jsonl"));
  expect_finished(t, 30);
  EXPECT_EQ(t.run.status, 0);
}

}  // namespace
}  // namespace dyad::e2e
