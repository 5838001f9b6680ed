// Checks shared by every reader once a record has been taken apart into an Article.
#pragma once
#include <string>
#include <vector>

#include "dyad/io.h"

namespace dyad::io_detail {

// "input.jsonl:12 (id=abc)", or "input.jsonl:12" when the id is not known.
std::string record_name(const std::string& name, int line, const std::string& id);

// Sets article.date to YYYY-MM-DD from `written` ("YYYY-MM-DD", "YYYYMMDD" or "YYMMDD"), or
// from opts.default_date when `written` is empty. On failure appends a Problem and returns
// false.
bool assign_date(Article& article, const std::string& written, const ReaderOptions& opts,
                 const std::string& record, std::vector<Problem>& problems);

// Rejects empty or ill-formed UTF-8 text; cuts text over opts.max_article_bytes at a
// character boundary (a non-fatal Problem). Returns false when the record must be skipped.
bool check_text(Article& article, const ReaderOptions& opts, const std::string& record,
                std::vector<Problem>& problems);

}  // namespace dyad::io_detail
