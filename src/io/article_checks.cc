#include "io/article_checks.h"

#include "dyad/article.h"
#include "io/utf8.h"

namespace dyad::io_detail {

std::string record_name(const std::string& name, int line, const std::string& id) {
  std::string out = name + ":" + std::to_string(line);
  if (!id.empty()) out += " (id=" + id + ")";
  return out;
}

bool assign_date(Article& article, const std::string& written, const ReaderOptions& opts,
                 const std::string& record, std::vector<Problem>& problems) {
  const std::string& chosen = written.empty() ? opts.default_date : written;
  if (chosen.empty()) {
    problems.push_back({record, "no date in the record and no default date (--date) given"});
    return false;
  }
  int ymd = parse_date(chosen);
  if (ymd == 0) {
    std::string what = written.empty() ? "default date" : "date";
    problems.push_back(
        {record, "invalid " + what + " '" + chosen + "' (want YYYY-MM-DD or YYYYMMDD)"});
    return false;
  }
  article.date = format_date(ymd);
  return true;
}

bool check_text(Article& article, const ReaderOptions& opts, const std::string& record,
                std::vector<Problem>& problems) {
  if (is_blank(article.text)) {
    problems.push_back({record, "empty text"});
    return false;
  }
  size_t bad = first_invalid_utf8(article.text);
  if (bad != std::string::npos) {
    problems.push_back({record, "invalid UTF-8 in text at byte " + std::to_string(bad)});
    return false;
  }
  if (article.text.size() > opts.max_article_bytes) {
    size_t was = article.text.size();
    article.text.resize(utf8_cut_length(article.text, opts.max_article_bytes));
    problems.push_back({record,
                        "text of " + std::to_string(was) + " bytes cut to " +
                            std::to_string(article.text.size()) + " (max_article_bytes)",
                        /*fatal_for_record=*/false});
  }
  return true;
}

}  // namespace dyad::io_detail
