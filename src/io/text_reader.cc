// Plain text: the whole input is one article named after the file.
#include "io/article_checks.h"
#include "io/readers.h"

namespace dyad::io_detail {

namespace {

std::string basename_of(const std::string& name) {
  if (name == "-" || name.empty()) return "stdin";
  size_t slash = name.find_last_of('/');
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

class TextReader : public ArticleReader {
 public:
  TextReader(std::unique_ptr<ChunkedInput> in, std::string name, ReaderOptions opts)
      : in_(std::move(in)), name_(std::move(name)), opts_(std::move(opts)) {}

  bool next(Article& out, std::vector<Problem>& problems) override {
    if (done_) return false;
    done_ = true;
    Article a;
    a.id = basename_of(name_);
    std::string record = record_name(name_, 1, a.id);
    if (!in_->read_rest(a.text, opts_.max_record_bytes)) {
      problems.push_back({record, "text longer than " + std::to_string(opts_.max_record_bytes) +
                                      " bytes (max_record_bytes); skipped"});
      return false;
    }
    if (!assign_date(a, "", opts_, record, problems)) return false;
    if (!check_text(a, opts_, record, problems)) return false;
    a.origin = name_ + ":1";
    out = std::move(a);
    return true;
  }

 private:
  std::unique_ptr<ChunkedInput> in_;
  std::string name_;
  ReaderOptions opts_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ArticleReader> make_text_reader(std::unique_ptr<ChunkedInput> in,
                                                const std::string& name,
                                                const ReaderOptions& opts) {
  return std::make_unique<TextReader>(std::move(in), name, opts);
}

}  // namespace dyad::io_detail
