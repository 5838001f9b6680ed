#include "cli/input_flags.h"

namespace dyad::cli {

namespace {

InputFormat parse_format(const std::string& s) {
  if (s == "jsonl") return InputFormat::Jsonl;
  if (s == "text") return InputFormat::Text;
  if (s == "xml" || s == "petrarch") return InputFormat::PetrXml;
  if (s == "tabari") return InputFormat::Tabari;
  return InputFormat::Auto;
}

}  // namespace

void add_input_flags(CLI::App& app, InputFlags& f) {
  app.add_option("--date", f.date, "date for records without one, YYYY-MM-DD");
  app.add_option("--input-format", f.format, "auto, jsonl, text, xml, tabari")
      ->check(CLI::IsMember({"auto", "jsonl", "text", "xml", "petrarch", "tabari"}));
  app.add_option("--max-record-bytes", f.max_record, "skip records larger than this");
  app.add_option("--max-article-bytes", f.max_article, "cut article texts longer than this");
}

Result<ReaderOptions> reader_options(const InputFlags& f) {
  if (!f.date.empty() && !parse_date(f.date))
    return Error{"bad --date '" + f.date + "' (want YYYY-MM-DD)"};
  ReaderOptions r;
  r.format = parse_format(f.format);
  r.default_date = f.date;
  r.max_record_bytes = f.max_record;
  r.max_article_bytes = f.max_article;
  return r;
}

}  // namespace dyad::cli
