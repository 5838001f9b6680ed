// TABARI text records: blank-line separated; a "YYMMDD ID" (or "YYYYMMDD ID") header line,
// then the text on the following lines.
#include <cctype>

#include "io/article_checks.h"
#include "io/readers.h"
#include "io/utf8.h"

namespace dyad::io_detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hspace(char c) { return c == ' ' || c == '\t'; }

// Splits "950101 DEMO-01 extra" into date "950101" and id "DEMO-01"; false when the line
// is not a header.
bool split_header(std::string_view line, std::string& date, std::string& id) {
  size_t i = 0;
  while (i < line.size() && is_digit(line[i])) ++i;
  if (i != 6 && i != 8) return false;
  size_t j = i;
  while (j < line.size() && is_hspace(line[j])) ++j;
  if (j == i || j == line.size()) return false;
  size_t k = j;
  while (k < line.size() && !std::isspace(static_cast<unsigned char>(line[k]))) ++k;
  if (k == j) return false;  // "950101 \f": no id after the blanks (found by fuzzing)
  date.assign(line.substr(0, i));
  id.assign(line.substr(j, k - j));
  return true;
}

class TabariReader : public ArticleReader {
 public:
  TabariReader(std::unique_ptr<ChunkedInput> in, std::string name, ReaderOptions opts)
      : in_(std::move(in)), name_(std::move(name)), opts_(std::move(opts)) {}

  bool next(Article& out, std::vector<Problem>& problems) override {
    using Status = ChunkedInput::LineStatus;
    for (;;) {
      // Find the header: the first non-blank line.
      Status status;
      do {
        status = in_->next_line(line_, opts_.max_record_bytes);
      } while (status == Status::Ok && is_blank(line_));
      if (status == Status::End) return false;
      int header_line = in_->line_number();
      std::string record = record_name(name_, header_line, "");
      std::string date, id;
      if (status == Status::TooLong) {
        problems.push_back({record, "line longer than max_record_bytes; record skipped"});
        skip_record();
        continue;
      }
      if (!split_header(line_, date, id)) {
        problems.push_back({record, "expected a record header 'YYMMDD id' or 'YYYYMMDD id', got '" +
                                        line_.substr(0, 80) + "'"});
        skip_record();
        continue;
      }
      record = record_name(name_, header_line, id);
      Article a;
      a.id = id;
      if (!read_body(a.text, record, problems)) continue;
      if (!assign_date(a, date, opts_, record, problems)) continue;
      if (!check_text(a, opts_, record, problems)) continue;
      a.origin = name_ + ":" + std::to_string(header_line);
      out = std::move(a);
      return true;
    }
  }

 private:
  // Collects text lines up to the next blank line, joined with single spaces.
  bool read_body(std::string& text, const std::string& record, std::vector<Problem>& problems) {
    using Status = ChunkedInput::LineStatus;
    std::string raw;
    bool too_long = false;
    for (;;) {
      Status status = in_->next_line(line_, opts_.max_record_bytes);
      if (status == Status::End) break;
      if (status == Status::Ok && is_blank(line_)) break;
      if (status == Status::TooLong || raw.size() + line_.size() > opts_.max_record_bytes) {
        too_long = true;
        raw.clear();
        continue;  // keep consuming to the end of the record
      }
      if (!too_long) {
        raw += line_;
        raw += '\n';
      }
    }
    if (too_long) {
      problems.push_back({record, "record longer than " + std::to_string(opts_.max_record_bytes) +
                                      " bytes (max_record_bytes); skipped"});
      return false;
    }
    text = normalise_whitespace(raw);
    return true;
  }

  void skip_record() {
    while (in_->next_line(line_, opts_.max_record_bytes) == ChunkedInput::LineStatus::TooLong ||
           (!line_.empty() && !is_blank(line_))) {
    }
  }

  std::unique_ptr<ChunkedInput> in_;
  std::string name_;
  ReaderOptions opts_;
  std::string line_;
};

}  // namespace

bool looks_like_tabari_header(std::string_view line) {
  std::string date, id;
  return split_header(line, date, id);
}

std::unique_ptr<ArticleReader> make_tabari_reader(std::unique_ptr<ChunkedInput> in,
                                                  const std::string& name,
                                                  const ReaderOptions& opts) {
  return std::make_unique<TabariReader>(std::move(in), name, opts);
}

}  // namespace dyad::io_detail
