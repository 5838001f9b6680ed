// open_reader(): picks the reader for the requested or sniffed format.
#include "dyad/io.h"
#include "io/readers.h"
#include "io/utf8.h"

namespace dyad {

namespace io_detail {

InputFormat sniff_format(std::string_view head) {
  size_t i = 0;
  while (i < head.size() && is_blank(head.substr(i, 1))) ++i;
  if (i == head.size()) return InputFormat::Text;
  if (head[i] == '{') return InputFormat::Jsonl;
  if (head[i] == '<') return InputFormat::PetrXml;
  size_t eol = head.find('\n', i);
  std::string_view first =
      head.substr(i, eol == std::string_view::npos ? head.size() - i : eol - i);
  if (looks_like_tabari_header(first)) return InputFormat::Tabari;
  return InputFormat::Text;
}

}  // namespace io_detail

std::unique_ptr<ArticleReader> open_reader(std::istream& in, const std::string& name,
                                           const ReaderOptions& opts) {
  using namespace io_detail;
  auto input = std::make_unique<ChunkedInput>(in);
  input->skip_bom();
  InputFormat format = opts.format;
  // 4 KiB is plenty to see the first non-blank line of any of the formats.
  if (format == InputFormat::Auto) format = sniff_format(input->peek(4096));
  switch (format) {
    case InputFormat::Jsonl:
      return make_jsonl_reader(std::move(input), name, opts);
    case InputFormat::PetrXml:
      return make_petr_xml_reader(std::move(input), name, opts);
    case InputFormat::Tabari:
      return make_tabari_reader(std::move(input), name, opts);
    case InputFormat::Text:
    case InputFormat::Auto:
      break;
  }
  return make_text_reader(std::move(input), name, opts);
}

}  // namespace dyad
