// One ClickHouse server spoken to over its HTTP interface (POST / with the query).
#pragma once
#include <string>

#include "dyad/query.h"
#include "dyad/result.h"

namespace dyad::ch {

class Connection {
 public:
  explicit Connection(std::string url) : url_(std::move(url)) {}
  const std::string& url() const { return url_; }

  // Runs one statement; returns the answer's body. Errors name the server and carry
  // ClickHouse's own message.
  Result<std::string> execute(const std::string& sql) const;
  // INSERT: `insert_sql` ("INSERT INTO t (a, b) FORMAT TabSeparated") goes in the URL,
  // the rows in the body, so the rows are never parsed as SQL.
  Result<std::string> insert(const std::string& insert_sql, const std::string& rows) const;
  // SELECT (without FORMAT): the answer as a Table. `settings` are URL parameters
  // ("distributed_group_by_no_merge=1"), applied to the whole query.
  Result<Table> select(const std::string& sql, const std::string& settings = "") const;
  // SELECT with an external table: `rows` (TabSeparated, columns as `structure` says, e.g.
  // "id String, n UInt32") is sent beside the query as the temporary table `name`, usable as
  // "x IN name" or "FROM name". Parsing a big IN list of literals costs ClickHouse 18 far
  // more than reading the same values as data.
  Result<Table> select_with_table(const std::string& sql, const std::string& name,
                                  const std::string& structure, const std::string& rows) const;
  // True when GET /ping answers "Ok.".
  bool ping() const;

 private:
  Result<std::string> post(const std::string& path, const std::string& body,
                           const std::string& what) const;
  std::string url_;
};

// Percent-encoding for a URL query parameter value.
std::string url_encode(const std::string& s);

}  // namespace dyad::ch
