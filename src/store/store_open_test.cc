#include <gtest/gtest.h>
#include <sqlite3.h>

#include <unistd.h>

#include <filesystem>

#include "dyad/store.h"

namespace dyad {
namespace {

std::string temp_db(const char* name) {
  auto p = std::filesystem::temp_directory_path() /
           (std::string("dyad_store_open_") + name + "_" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(p);
  return p.string();
}

TEST(StoreOpen, CreatesTheSchemaInWalMode) {
  std::string path = temp_db("create");
  auto store = Store::open(path);
  ASSERT_TRUE(store.ok()) << store.error();
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2((*store)->db(), "PRAGMA journal_mode", -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
  sqlite3_finalize(st);
  for (const char* table : {"articles", "sentences", "mentions", "events", "stories",
                            "rollup_dyad_month", "sentences_fts"}) {
    std::string sql = std::string("SELECT count(*) FROM ") + table;
    ASSERT_EQ(sqlite3_prepare_v2((*store)->db(), sql.c_str(), -1, &st, nullptr), SQLITE_OK)
        << table;
    EXPECT_EQ(sqlite3_step(st), SQLITE_ROW);
    sqlite3_finalize(st);
  }
  store->reset();
  // Opening again (schema already there) and read-only both work.
  EXPECT_TRUE(Store::open(path).ok());
  EXPECT_TRUE(Store::open(path, true).ok());
  std::filesystem::remove(path);
}

TEST(StoreOpen, RefusesAFileThatIsNotAStore) {
  std::string path = temp_db("foreign");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
               "INSERT INTO meta VALUES ('schema_version','99')", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto store = Store::open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().find("version 99"), std::string::npos) << store.error();
  std::filesystem::remove(path);
}

TEST(StoreOpen, ReadOnlyOnAMissingFileIsAnError) {
  auto store = Store::open(temp_db("missing"), true);
  EXPECT_FALSE(store.ok());
}

TEST(TextHash, IsStableAndSixteenHexDigits) {
  EXPECT_EQ(text_hash(""), text_hash(""));
  EXPECT_EQ(text_hash("").size(), 16u);
  EXPECT_EQ(text_hash("a").size(), 16u);
  EXPECT_NE(text_hash("a"), text_hash("b"));
}

}  // namespace
}  // namespace dyad
