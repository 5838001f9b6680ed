// Test helper: runs a reader over a string and collects everything it yields.
#pragma once
#include <sstream>
#include <string>
#include <vector>

#include "dyad/io.h"

namespace dyad::testing_support {

struct ReadAll {
  std::vector<Article> articles;
  std::vector<Problem> problems;
};

inline ReadAll read_all(const std::string& input, const std::string& name, ReaderOptions opts) {
  std::istringstream in(input);
  auto reader = open_reader(in, name, opts);
  ReadAll out;
  Article a;
  while (reader->next(a, out.problems)) out.articles.push_back(a);
  return out;
}

inline ReadAll read_all(const std::string& input, const std::string& name, InputFormat format,
                        const std::string& default_date = "") {
  ReaderOptions opts;
  opts.format = format;
  opts.default_date = default_date;
  return read_all(input, name, opts);
}

}  // namespace dyad::testing_support
