// The input options shared by the commands that read articles (code, ingest).
#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "dyad/io.h"

namespace dyad::cli {

struct InputFlags {
  std::string date;                 // --date, for records without one
  std::string format = "auto";      // --input-format
  size_t max_record = 16u << 20;    // --max-record-bytes
  size_t max_article = 1u << 20;    // --max-article-bytes
};

void add_input_flags(CLI::App& app, InputFlags& f);

// The reader options the flags ask for; an Error naming the flag when one is invalid.
Result<ReaderOptions> reader_options(const InputFlags& f);

}  // namespace dyad::cli
