#include "io/chunked_input.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dyad::io_detail {

using Status = ChunkedInput::LineStatus;

TEST(ChunkedInput, SplitsLinesAcrossChunkBoundaries) {
  std::istringstream in("first line\r\nsecond\n\nlast without newline");
  ChunkedInput input(in, 4);  // tiny chunks force lines to span several reads
  std::string line;
  ASSERT_EQ(input.next_line(line, 100), Status::Ok);
  EXPECT_EQ(line, "first line");
  EXPECT_EQ(input.line_number(), 1);
  ASSERT_EQ(input.next_line(line, 100), Status::Ok);
  EXPECT_EQ(line, "second");
  ASSERT_EQ(input.next_line(line, 100), Status::Ok);
  EXPECT_EQ(line, "");
  ASSERT_EQ(input.next_line(line, 100), Status::Ok);
  EXPECT_EQ(line, "last without newline");
  EXPECT_EQ(input.line_number(), 4);
  EXPECT_EQ(input.next_line(line, 100), Status::End);
}

TEST(ChunkedInput, SkipsOverlongLineWithoutKeepingIt) {
  std::string big(100000, 'x');
  std::istringstream in("short\n" + big + "\nafter\n");
  ChunkedInput input(in, 1024);
  std::string line;
  ASSERT_EQ(input.next_line(line, 10), Status::Ok);
  ASSERT_EQ(input.next_line(line, 10), Status::TooLong);
  EXPECT_TRUE(line.empty());
  EXPECT_LT(line.capacity(), 4096u);  // the long line was never held whole
  ASSERT_EQ(input.next_line(line, 10), Status::Ok);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(input.line_number(), 3);
}

TEST(ChunkedInput, LineOfExactlyMaxBytesIsKept) {
  std::istringstream in("abcde\r\nabcdef\n");
  ChunkedInput input(in, 3);
  std::string line;
  ASSERT_EQ(input.next_line(line, 5), Status::Ok);
  EXPECT_EQ(line, "abcde");
  EXPECT_EQ(input.next_line(line, 5), Status::TooLong);
}

TEST(ChunkedInput, PeekDoesNotConsumeAndBomIsSkipped) {
  std::istringstream in("\xEF\xBB\xBF{\"a\":1}\n");
  ChunkedInput input(in, 2);
  input.skip_bom();
  EXPECT_EQ(input.peek(4), "{\"a\"");
  std::string line;
  ASSERT_EQ(input.next_line(line, 100), Status::Ok);
  EXPECT_EQ(line, "{\"a\":1}");
}

TEST(ChunkedInput, ReadRestHonoursLimit) {
  std::istringstream small("hello\nworld");
  ChunkedInput a(small, 4);
  std::string out;
  EXPECT_TRUE(a.read_rest(out, 100));
  EXPECT_EQ(out, "hello\nworld");

  std::istringstream big(std::string(1000, 'y'));
  ChunkedInput b(big, 64);
  EXPECT_FALSE(b.read_rest(out, 999));
  EXPECT_TRUE(out.empty());
}

}  // namespace dyad::io_detail
