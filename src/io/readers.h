// The concrete article readers behind open_reader(). Each takes the input already wrapped in
// a ChunkedInput (so the format sniffer could peek at it) and owns it.
#pragma once
#include <memory>
#include <string>

#include "dyad/io.h"
#include "io/chunked_input.h"

namespace dyad::io_detail {

std::unique_ptr<ArticleReader> make_jsonl_reader(std::unique_ptr<ChunkedInput> in,
                                                 const std::string& name,
                                                 const ReaderOptions& opts);
std::unique_ptr<ArticleReader> make_text_reader(std::unique_ptr<ChunkedInput> in,
                                                const std::string& name, const ReaderOptions& opts);
std::unique_ptr<ArticleReader> make_petr_xml_reader(std::unique_ptr<ChunkedInput> in,
                                                    const std::string& name,
                                                    const ReaderOptions& opts);
std::unique_ptr<ArticleReader> make_tabari_reader(std::unique_ptr<ChunkedInput> in,
                                                  const std::string& name,
                                                  const ReaderOptions& opts);

// Guesses the format from the first bytes of the input (after a byte order mark).
InputFormat sniff_format(std::string_view head);

// True when `line` starts like a TABARI record header: "YYMMDD id" or "YYYYMMDD id".
bool looks_like_tabari_header(std::string_view line);

}  // namespace dyad::io_detail
