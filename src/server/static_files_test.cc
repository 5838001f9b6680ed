#include "server/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace dyad::server {
namespace {

namespace fs = std::filesystem;

class StaticFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("dyad_static_" + std::to_string(::getpid()));
    fs::remove_all(base_);
    root_ = base_ / "dist";
    fs::create_directories(root_ / "assets");
    fs::create_directories(root_ / "docs");
    write(root_ / "index.html", "<html>");
    write(root_ / "assets" / "app-1a2b.js", "js");
    write(root_ / "docs" / "index.html", "docs");
    write(base_ / "secret.txt", "secret");
    fs::create_symlink(base_ / "secret.txt", root_ / "link.txt");
  }
  void TearDown() override { fs::remove_all(base_); }
  static void write(const fs::path& p, const std::string& s) { std::ofstream(p) << s; }
  StaticFile get(const std::string& path) { return resolve_static(root_.string(), path); }

  fs::path base_, root_;
};

TEST_F(StaticFiles, FindsFilesAndFolderIndexes) {
  auto f = get("/");
  ASSERT_EQ(f.status, StaticStatus::Found);
  EXPECT_EQ(fs::path(f.path).filename(), "index.html");
  EXPECT_EQ(get("/assets/app-1a2b.js").status, StaticStatus::Found);
  EXPECT_EQ(get("//assets//app-1a2b.js").status, StaticStatus::Found);  // empty segments skipped
  auto d = get("/docs");
  ASSERT_EQ(d.status, StaticStatus::Found);
  EXPECT_EQ(fs::path(d.path).parent_path().filename(), "docs");
  EXPECT_EQ(get("/missing.js").status, StaticStatus::NotFound);
}

TEST_F(StaticFiles, RefusesEveryWayOut) {
  for (const char* p : {"/../secret.txt", "/assets/../../secret.txt", "/./index.html", "/..",
                        "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/assets\\..\\x", "relative", "",
                        "/a\x01"
                        "b",
                        "/link.txt"})
    EXPECT_EQ(get(p).status, StaticStatus::Refused) << p;
  // An absolute path inside the request stays under the root.
  EXPECT_EQ(get("//etc/passwd").status, StaticStatus::NotFound);
  EXPECT_EQ(get("/" + (base_ / "secret.txt").string()).status, StaticStatus::NotFound);
}

TEST_F(StaticFiles, MissingRoot) {
  EXPECT_EQ(resolve_static((base_ / "nope").string(), "/").status, StaticStatus::NotFound);
}

TEST(ContentTypes, ByExtension) {
  EXPECT_STREQ(content_type_for("a/index.html"), "text/html; charset=utf-8");
  EXPECT_STREQ(content_type_for("x.JS"), "text/javascript; charset=utf-8");
  EXPECT_STREQ(content_type_for("x.css"), "text/css; charset=utf-8");
  EXPECT_STREQ(content_type_for("x.svg"), "image/svg+xml");
  EXPECT_STREQ(content_type_for("x.woff2"), "font/woff2");
  EXPECT_STREQ(content_type_for("x.json"), "application/json");
  EXPECT_STREQ(content_type_for("x.bin"), "application/octet-stream");
  EXPECT_STREQ(content_type_for("Makefile"), "application/octet-stream");
}

TEST(MissingDashboard, ExplainsHowToBuild) {
  std::string page = dashboard_missing_page("/x/<web>/dist");
  EXPECT_NE(page.find("npm run build"), std::string::npos);
  EXPECT_NE(page.find("&lt;web&gt;"), std::string::npos);
}

}  // namespace
}  // namespace dyad::server
