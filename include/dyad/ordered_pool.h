// run_ordered(): process a stream of items on N worker threads and hand the results back in
// input order, keeping at most `max_in_flight` items alive (constant memory on endless
// input). Used by `dyad code -j N`.
//
//   run_ordered<Article, std::string>(
//       [&](Article& a) { return reader->next(a, problems); },   // calling thread
//       [&](Article& a) { return code_to_jsonl(a); },             // worker threads
//       [&](std::string& out) { std::cout << out; },              // calling thread, in order
//       threads, 4 * threads);
//
// Contract:
// - In must be default-constructible and movable; Out movable.
// - next_input and sink run only on the calling thread, so they need no locking.
// - work runs concurrently on the workers: it must be safe to call from several threads at
//   once, and it must not throw (catch inside and return an error value in Out). An
//   exception escaping work terminates the program.
// - If next_input or sink throws, the workers are stopped and joined, then the exception
//   propagates to the caller.
// - threads <= 1 runs a plain loop in the calling thread and starts no thread.
#pragma once
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace dyad {

template <typename In, typename Out>
void run_ordered(const std::function<bool(In&)>& next_input, const std::function<Out(In&)>& work,
                 const std::function<void(Out&)>& sink, size_t threads, size_t max_in_flight) {
  if (threads <= 1) {
    In item{};
    while (next_input(item)) {
      Out out = work(item);
      sink(out);
      item = In{};
    }
    return;
  }
  // At least one item per worker, or some would idle.
  const size_t capacity = std::max(max_in_flight, threads);

  struct Shared {
    std::mutex mu;
    std::condition_variable work_ready;    // workers wait for queued items
    std::condition_variable result_ready;  // the calling thread waits for the next result
    std::deque<std::pair<size_t, In>> queue;
    std::vector<std::optional<Out>> slots;  // result of item `seq` lives in slots[seq % capacity]
    bool stop = false;
  } shared;
  shared.slots.resize(capacity);

  auto worker = [&shared, &work, capacity] {
    for (;;) {
      std::pair<size_t, In> job;
      {
        std::unique_lock lock(shared.mu);
        shared.work_ready.wait(lock, [&] { return shared.stop || !shared.queue.empty(); });
        if (shared.queue.empty()) return;  // stopping and nothing left
        job = std::move(shared.queue.front());
        shared.queue.pop_front();
      }
      Out out = work(job.second);
      {
        std::lock_guard lock(shared.mu);
        shared.slots[job.first % capacity].emplace(std::move(out));
      }
      shared.result_ready.notify_one();
    }
  };

  // Joins the workers however this function is left, so an exception from next_input or
  // sink cannot destroy a joinable std::thread.
  struct Crew {
    Shared& shared;
    std::vector<std::thread> threads;
    ~Crew() {
      {
        std::lock_guard lock(shared.mu);
        shared.stop = true;
        shared.queue.clear();
      }
      shared.work_ready.notify_all();
      for (auto& t : threads) t.join();
    }
  } crew{shared, {}};
  crew.threads.reserve(threads);
  for (size_t i = 0; i < threads; ++i) crew.threads.emplace_back(worker);

  size_t next_in = 0;   // sequence number of the next item read
  size_t next_out = 0;  // sequence number of the next result to deliver
  bool input_done = false;

  // Takes the result for next_out if it is ready (or waits for it when `wait` is set).
  auto take_result = [&](bool wait) -> std::optional<Out> {
    std::unique_lock lock(shared.mu);
    auto& slot = shared.slots[next_out % capacity];
    if (wait) shared.result_ready.wait(lock, [&] { return slot.has_value(); });
    if (!slot) return std::nullopt;
    std::optional<Out> out = std::move(slot);
    slot.reset();
    return out;
  };

  for (;;) {
    // Deliver whatever is already done, so output flows while input is slow.
    while (next_out < next_in) {
      std::optional<Out> out = take_result(/*wait=*/false);
      if (!out) break;
      ++next_out;
      sink(*out);
    }
    if (!input_done && next_in - next_out < capacity) {
      In item{};
      if (next_input(item)) {
        {
          std::lock_guard lock(shared.mu);
          shared.queue.emplace_back(next_in++, std::move(item));
        }
        shared.work_ready.notify_one();
      } else {
        input_done = true;
      }
      continue;
    }
    if (next_out == next_in) break;  // input done and everything delivered
    // Full, or input done: wait for the oldest item.
    std::optional<Out> out = take_result(/*wait=*/true);
    ++next_out;
    sink(*out);
  }
}

}  // namespace dyad
