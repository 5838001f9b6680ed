// Reads an istream in fixed-size chunks so that a reader can take lines or the whole rest
// of the input with a byte limit, and never holds more than the limit (plus one chunk) in
// memory however long a line is. Also lets the format sniffer peek at the first bytes.
#pragma once
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::io_detail {

class ChunkedInput {
 public:
  explicit ChunkedInput(std::istream& in, size_t chunk_bytes = 64 * 1024);

  enum class LineStatus { Ok, TooLong, End };
  // Takes the next line into `line` (without "\n" or "\r\n"). A line longer than max_bytes
  // is consumed but not kept: TooLong, `line` empty. End when nothing is left.
  LineStatus next_line(std::string& line, size_t max_bytes);
  // Number of the line last returned by next_line (1-based).
  int line_number() const { return line_number_; }

  // Takes everything left into `out`. Returns false (and stops reading) when more than
  // max_bytes remain; `out` is then cleared.
  bool read_rest(std::string& out, size_t max_bytes);

  // The next up to n bytes without consuming them (shorter at the end of input).
  std::string_view peek(size_t n);
  // Drops a UTF-8 byte order mark if the input starts with one.
  void skip_bom();

 private:
  bool fill();  // reads more bytes after end_; false at end of input

  std::istream& in_;
  std::vector<char> buf_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  int line_number_ = 0;
};

}  // namespace dyad::io_detail
