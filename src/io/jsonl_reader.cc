// JSON Lines articles: one object per line {id, date, text, source?, url?, title?}.
#include <nlohmann/json.hpp>

#include "io/article_checks.h"
#include "io/readers.h"
#include "io/utf8.h"

namespace dyad::io_detail {

namespace {

using json = nlohmann::json;

class JsonlReader : public ArticleReader {
 public:
  JsonlReader(std::unique_ptr<ChunkedInput> in, std::string name, ReaderOptions opts)
      : in_(std::move(in)), name_(std::move(name)), opts_(std::move(opts)) {}

  bool next(Article& out, std::vector<Problem>& problems) override {
    for (;;) {
      auto status = in_->next_line(line_, opts_.max_record_bytes);
      if (status == ChunkedInput::LineStatus::End) return false;
      int number = in_->line_number();
      if (status == ChunkedInput::LineStatus::TooLong) {
        problems.push_back({record_name(name_, number, ""),
                            "record longer than " + std::to_string(opts_.max_record_bytes) +
                                " bytes (max_record_bytes); skipped"});
        continue;
      }
      if (is_blank(line_)) continue;
      if (parse(number, out, problems)) return true;
    }
  }

 private:
  // Reads an optional string member; null counts as absent. False on a wrong type.
  static bool optional_string(const json& obj, const char* key, std::string& out,
                              std::string& error) {
    auto it = obj.find(key);
    out.clear();
    if (it == obj.end() || it->is_null()) return true;
    if (!it->is_string()) {
      error = std::string("field '") + key + "' must be a string, not " + it->type_name();
      return false;
    }
    out = it->get<std::string>();
    return true;
  }

  bool parse(int number, Article& out, std::vector<Problem>& problems) {
    std::string record = record_name(name_, number, "");
    size_t bad = first_invalid_utf8(line_);
    if (bad != std::string::npos) {
      problems.push_back({record, "invalid UTF-8 at byte " + std::to_string(bad)});
      return false;
    }
    json obj;
    try {
      obj = json::parse(line_);
    } catch (const json::exception& e) {
      // Caught here and turned into a Problem: no exception leaves the reader.
      problems.push_back({record, std::string("invalid JSON: ") + e.what()});
      return false;
    }
    if (!obj.is_object()) {
      problems.push_back({record, std::string("expected a JSON object, got ") + obj.type_name()});
      return false;
    }

    Article a;
    std::string error, date;
    if (!optional_string(obj, "id", a.id, error)) {
      problems.push_back({record, error});
      return false;
    }
    record = record_name(name_, number, a.id);
    if (a.id.empty()) {
      problems.push_back({record, "missing or empty 'id'"});
      return false;
    }
    if (!optional_string(obj, "text", a.text, error) ||
        !optional_string(obj, "date", date, error) ||
        !optional_string(obj, "source", a.source, error) ||
        !optional_string(obj, "url", a.url, error) ||
        !optional_string(obj, "title", a.title, error)) {
      problems.push_back({record, error});
      return false;
    }
    if (a.text.empty()) {
      problems.push_back({record, "missing or empty 'text'"});
      return false;
    }
    if (!assign_date(a, date, opts_, record, problems)) return false;
    if (!check_text(a, opts_, record, problems)) return false;
    a.origin = name_ + ":" + std::to_string(number);
    out = std::move(a);
    return true;
  }

  std::unique_ptr<ChunkedInput> in_;
  std::string name_;
  ReaderOptions opts_;
  std::string line_;
};

}  // namespace

std::unique_ptr<ArticleReader> make_jsonl_reader(std::unique_ptr<ChunkedInput> in,
                                                 const std::string& name,
                                                 const ReaderOptions& opts) {
  return std::make_unique<JsonlReader>(std::move(in), name, opts);
}

}  // namespace dyad::io_detail
