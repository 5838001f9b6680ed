#include "io/chunked_input.h"

#include <cstring>

namespace dyad::io_detail {

ChunkedInput::ChunkedInput(std::istream& in, size_t chunk_bytes) : in_(in), buf_(chunk_bytes) {}

bool ChunkedInput::fill() {
  if (eof_) return false;
  if (begin_ == end_) {
    begin_ = end_ = 0;
  } else if (end_ == buf_.size()) {
    // Keep unread bytes, move them to the front. Only peek() needs more than one chunk.
    if (begin_ == 0) {
      buf_.resize(buf_.size() * 2);
    } else {
      std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
  }
  in_.read(buf_.data() + end_, static_cast<std::streamsize>(buf_.size() - end_));
  size_t got = static_cast<size_t>(in_.gcount());
  end_ += got;
  if (got == 0) eof_ = true;
  return got > 0;
}

ChunkedInput::LineStatus ChunkedInput::next_line(std::string& line, size_t max_bytes) {
  line.clear();
  size_t length = 0;
  bool any = false;
  for (;;) {
    if (begin_ == end_ && !fill()) break;
    any = true;
    const char* start = buf_.data() + begin_;
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
    size_t take = nl ? static_cast<size_t>(nl - start) : end_ - begin_;
    length += take;
    if (length <= max_bytes + 1) line.append(start, take);  // +1: room for a '\r' to strip
    begin_ += take;
    if (nl) {
      ++begin_;
      break;
    }
  }
  if (!any) return LineStatus::End;
  ++line_number_;
  if (!line.empty() && line.back() == '\r') {
    line.pop_back();
    --length;
  }
  if (length > max_bytes) {
    line.clear();
    return LineStatus::TooLong;
  }
  return LineStatus::Ok;
}

bool ChunkedInput::read_rest(std::string& out, size_t max_bytes) {
  out.clear();
  for (;;) {
    if (begin_ == end_ && !fill()) return true;
    size_t take = end_ - begin_;
    if (out.size() + take > max_bytes) {
      out.clear();
      out.shrink_to_fit();
      return false;
    }
    out.append(buf_.data() + begin_, take);
    begin_ = end_;
  }
}

std::string_view ChunkedInput::peek(size_t n) {
  while (end_ - begin_ < n && fill()) {
  }
  size_t have = end_ - begin_;
  return {buf_.data() + begin_, have < n ? have : n};
}

void ChunkedInput::skip_bom() {
  if (peek(3) == "\xEF\xBB\xBF") begin_ += 3;
}

}  // namespace dyad::io_detail
