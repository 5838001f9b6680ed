// A self-overwriting status line on stderr for long runs (ingest, recode): only on a
// terminal, at most five updates a second, cleared before any other message.
#pragma once
#include <chrono>
#include <string>

namespace dyad::cli {

class ProgressLine {
 public:
  // `command` prefixes the line ("dyad ingest"); `on` false makes every call a no-op (piped
  // stderr, --quiet).
  ProgressLine(std::string command, bool on);
  // True when stderr is a terminal and not `quiet`.
  static bool wanted(bool quiet);

  // Seconds since the line was made.
  double elapsed() const;
  // Shows `done` items at their rate, `what` after it ("12 events"), and when
  // 0 < fraction < 1 the share done and the time left. Rate-limited unless `force`.
  void show(size_t done, const char* unit, const std::string& what, double fraction,
            bool force = false);
  // Clears the line so that a message can be printed on a clean one.
  void clear();

 private:
  using Clock = std::chrono::steady_clock;
  std::string command_;
  bool on_, shown_ = false;
  Clock::time_point start_, last_;
};

}  // namespace dyad::cli
