// Builders for the store's unit tests: articles and events made by hand, without the coder.
#pragma once
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::store_test {

inline std::string temp_db(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() /
           ("dyad_store_" + name + "_" + std::to_string(::getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"})
    std::filesystem::remove(p.string() + suffix);
  return p.string();
}

inline std::unique_ptr<Store> open_store(const std::string& name) {
  auto s = Store::open(temp_db(name));
  return s ? std::move(*s) : nullptr;
}

// One event of sentence `sentence`; its id is unique per article, sentence, dyad and code.
inline Event event(const std::string& date, const std::string& source, const std::string& target,
                   const std::string& code, int sentence = 0) {
  Event e;
  e.sentence = sentence;
  e.date = date;
  e.source = source;
  e.target = target;
  e.code = code;
  e.root = code.substr(0, 2);
  // CAMEO's quad classes by root: 01-05, 06-08, 09-13, 14-20.
  int root = std::stoi(code.substr(0, 2));
  e.quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  e.goldstein = root <= 8 ? 1.0 : -5.0;
  e.evidence.pattern.phrase = "* (FROM +)";
  e.coder = "test-coder";
  return e;
}

// An article of `sentences` sentences "Sentence N." with the given events (their article,
// article date, text and id are filled in).
inline CodedArticle article(const std::string& id, const std::string& date,
                            const std::string& outlet, std::vector<Event> events,
                            int sentences = 3, const std::string& extra_text = "") {
  CodedArticle ca;
  ca.article.id = id;
  ca.article.date = date;
  ca.article.source = outlet;
  ca.article.url = "https://example.org/" + id;
  for (int i = 0; i < sentences; ++i) {
    std::string s = "Sentence " + std::to_string(i) + extra_text + ".";
    uint32_t begin = static_cast<uint32_t>(ca.article.text.size());
    ca.article.text += s;
    ca.result.sentence_spans.push_back({i, begin, static_cast<uint32_t>(ca.article.text.size())});
    ca.article.text += " ";
  }
  ca.result.sentences = sentences;
  for (Event& e : events) {
    e.article = id;
    e.article_date = date;
    e.id = id + "/" + std::to_string(e.sentence) + "/" + e.source + "/" + e.target + "/" + e.code;
    const auto& span = ca.result.sentence_spans.at(e.sentence);
    e.text = ca.article.text.substr(span.begin, span.end - span.begin);
    e.evidence.source = {span.begin, span.begin + 3};
    e.evidence.target = {span.end - 3, span.end - 1};
  }
  ca.result.events = std::move(events);
  ca.coder = "test-coder";
  return ca;
}

// The first column of the first row of `sql`, as text ("" when no row or NULL).
inline std::string scalar(const Store& s, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(s.db(), sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
    out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  return out;
}

inline int64_t count(const Store& s, const std::string& sql) {
  std::string v = scalar(s, sql);
  return v.empty() ? -1 : std::stoll(v);
}

}  // namespace dyad::store_test
