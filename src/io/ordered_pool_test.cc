#include "dyad/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>

namespace dyad {

namespace {

// Runs n items through run_ordered; work sleeps a pseudo-random few microseconds so that
// results finish out of order.
std::vector<int> run(int n, size_t threads, size_t max_in_flight,
                     std::atomic<int>* peak = nullptr) {
  int next = 0;
  std::atomic<int> alive{0};
  std::vector<int> delivered;
  run_ordered<int, int>(
      [&](int& item) {
        if (next == n) return false;
        item = next++;
        int now = ++alive;
        if (peak && now > *peak) *peak = now;
        return true;
      },
      [](int& item) {
        thread_local std::mt19937 rng(std::hash<std::thread::id>()(std::this_thread::get_id()));
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % 200));
        return item * 2;
      },
      [&](int& out) {
        --alive;
        delivered.push_back(out);
      },
      threads, max_in_flight);
  return delivered;
}

}  // namespace

TEST(RunOrdered, FourThreadsKeepInputOrderAndDeliverEverything) {
  std::atomic<int> peak{0};
  std::vector<int> out = run(10000, 4, 16, &peak);
  ASSERT_EQ(out.size(), 10000u);
  for (int i = 0; i < 10000; ++i) ASSERT_EQ(out[i], 2 * i) << "at " << i;
  EXPECT_LE(peak.load(), 16);  // never more than max_in_flight items alive
  EXPECT_GE(peak.load(), 4);   // and the workers really ran side by side
}

TEST(RunOrdered, OneThreadRunsInTheCallingThread) {
  std::set<std::thread::id> work_threads;
  int next = 0;
  std::vector<int> out;
  run_ordered<int, int>([&](int& item) { return next < 100 ? (item = next++, true) : false; },
                        [&](int& item) {
                          work_threads.insert(std::this_thread::get_id());
                          return item + 1;
                        },
                        [&](int& v) { out.push_back(v); }, 1, 8);
  ASSERT_EQ(out.size(), 100u);
  EXPECT_EQ(out.front(), 1);
  EXPECT_EQ(out.back(), 100);
  EXPECT_EQ(work_threads, std::set<std::thread::id>{std::this_thread::get_id()});
}

TEST(RunOrdered, EmptyInputAndTinyWindow) {
  EXPECT_TRUE(run(0, 3, 4).empty());
  std::vector<int> out = run(500, 3, 1);  // window below the thread count is raised to 3
  ASSERT_EQ(out.size(), 500u);
  for (int i = 0; i < 500; ++i) ASSERT_EQ(out[i], 2 * i);
}

TEST(RunOrdered, ExceptionFromSinkStopsWorkersCleanly) {
  int next = 0;
  auto go = [&] {
    run_ordered<int, int>([&](int& item) { return next < 1000 ? (item = next++, true) : false; },
                          [](int& item) { return item; },
                          [](int& v) {
                            if (v == 50) throw std::runtime_error("sink failed");
                          },
                          4, 8);
  };
  EXPECT_THROW(go(), std::runtime_error);
  EXPECT_LT(next, 1000);  // reading stopped soon after the failure
}

}  // namespace dyad
