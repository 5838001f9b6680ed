#include "cli/progress_line.h"

#include <unistd.h>

#include <cstdio>

namespace dyad::cli {

ProgressLine::ProgressLine(std::string command, bool on)
    : command_(std::move(command)), on_(on), start_(Clock::now()), last_(start_) {}

bool ProgressLine::wanted(bool quiet) { return !quiet && ::isatty(STDERR_FILENO); }

double ProgressLine::elapsed() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

void ProgressLine::show(size_t done, const char* unit, const std::string& what,
                        double fraction, bool force) {
  if (!on_) return;
  auto now = Clock::now();
  if (!force && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double secs = elapsed();
  char eta[48] = "";
  if (fraction > 0.01 && fraction < 1) {
    int left = static_cast<int>(secs / fraction * (1 - fraction));
    std::snprintf(eta, sizeof eta, "  %3.0f%%  ETA %d:%02d", fraction * 100, left / 60,
                  left % 60);
  }
  std::fprintf(stderr, "\r\033[K%s: %zu %s  %.0f/s  %s%s", command_.c_str(), done, unit,
               secs > 0 ? done / secs : 0.0, what.c_str(), eta);
  std::fflush(stderr);
  shown_ = true;
}

void ProgressLine::clear() {
  if (!shown_) return;
  std::fprintf(stderr, "\r\033[K");
  shown_ = false;
}

}  // namespace dyad::cli
