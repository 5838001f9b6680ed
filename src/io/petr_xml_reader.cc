// PETRARCH XML articles: every <Sentence date="YYYYMMDD" id="..."> with a <Text> child is one
// article; <Parse> and other children are ignored.
#include <cstdint>
#include <pugixml.hpp>

#include "io/article_checks.h"
#include "io/readers.h"
#include "io/xml_support.h"

namespace dyad::io_detail {

namespace {

// pugixml needs the whole document in memory; anything beyond this many records' worth of
// bytes is refused rather than risk running out of memory.
constexpr size_t kMaxDocumentRecords = 64;

void find_sentences(const pugi::xml_node& node, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (std::string_view(child.name()) == "Sentence")
      out.push_back(child);
    else
      find_sentences(child, out);
  }
}

class PetrXmlReader : public ArticleReader {
 public:
  PetrXmlReader(std::unique_ptr<ChunkedInput> in, std::string name, ReaderOptions opts)
      : in_(std::move(in)), name_(std::move(name)), opts_(std::move(opts)) {}

  bool next(Article& out, std::vector<Problem>& problems) override {
    if (!loaded_) load(problems);
    while (position_ < sentences_.size()) {
      size_t index = position_++;
      if (convert(sentences_[index], index, out, problems)) return true;
    }
    return false;
  }

 private:
  void load(std::vector<Problem>& problems) {
    loaded_ = true;
    size_t limit = opts_.max_record_bytes > SIZE_MAX / kMaxDocumentRecords
                       ? SIZE_MAX
                       : opts_.max_record_bytes * kMaxDocumentRecords;
    if (!in_->read_rest(doc_text_, limit)) {
      problems.push_back(
          {name_, "XML document larger than " + std::to_string(limit) + " bytes; not read"});
      return;
    }
    lines_ = LineIndex(doc_text_);
    // In place: the parsed tree points into doc_text_, so the document is held only once.
    pugi::xml_parse_result result = doc_.load_buffer_inplace(doc_text_.data(), doc_text_.size());
    if (!result) {
      problems.push_back({name_ + ":" + std::to_string(lines_.line_of(result.offset)),
                          describe_parse_error(result, lines_)});
      return;
    }
    find_sentences(doc_, sentences_);
  }

  bool convert(const pugi::xml_node& s, size_t index, Article& out,
               std::vector<Problem>& problems) {
    // offset_debug() is relative to the buffer handed to pugixml, which is the input as read.
    int line = lines_.line_of(s.offset_debug());
    Article a;
    a.id = s.attribute("id").value();
    std::string record = record_name(name_, line, a.id);
    if (a.id.empty()) {
      problems.push_back({record + " (sentence #" + std::to_string(index + 1) + ")",
                          "<Sentence> without an id attribute"});
      return false;
    }
    pugi::xml_node text = s.child("Text");
    if (!text) {
      problems.push_back({record, "<Sentence> without a <Text> child"});
      return false;
    }
    a.text = normalised_text(text);
    a.source = s.attribute("source").value();
    if (!assign_date(a, s.attribute("date").value(), opts_, record, problems)) return false;
    if (!check_text(a, opts_, record, problems)) return false;
    a.origin = name_ + ":" + std::to_string(line);
    out = std::move(a);
    return true;
  }

  std::unique_ptr<ChunkedInput> in_;
  std::string name_;
  ReaderOptions opts_;
  bool loaded_ = false;
  std::string doc_text_;
  pugi::xml_document doc_;
  LineIndex lines_{""};
  std::vector<pugi::xml_node> sentences_;
  size_t position_ = 0;
};

}  // namespace

std::unique_ptr<ArticleReader> make_petr_xml_reader(std::unique_ptr<ChunkedInput> in,
                                                    const std::string& name,
                                                    const ReaderOptions& opts) {
  return std::make_unique<PetrXmlReader>(std::move(in), name, opts);
}

}  // namespace dyad::io_detail
