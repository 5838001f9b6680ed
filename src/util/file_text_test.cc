#include "dyad/file_text.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

TEST(ReadFileText, ReturnsTheBytesOfAFile) {
  auto path = std::filesystem::temp_directory_path() /
              ("dyad_file_text_" + std::to_string(::getpid()));
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string("a\0b\nc", 5);
  }
  auto text = read_file_text(path.string());
  ASSERT_TRUE(text.ok()) << text.error();
  EXPECT_EQ(*text, std::string("a\0b\nc", 5));
  std::filesystem::remove(path);
}

TEST(ReadFileText, NamesAMissingFile) {
  auto text = read_file_text("/nonexistent/dyad/file.tsv");
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().find("/nonexistent/dyad/file.tsv"), std::string::npos);
  EXPECT_NE(text.error().find("No such file"), std::string::npos);
}

}  // namespace
}  // namespace dyad
