// GET /api/health, /api/events, /api/aggregate, /api/actors: read-only queries, each on a
// read connection leased for the request.
#include <string>

#include "dyad/paths.h"
#include "server/api_state.h"
#include "server/json_writer.h"
#include "server/mention_view.h"

namespace dyad::server {

namespace {

const char* level_name(Level l) {
  switch (l) {
    case Level::Mentions:
      return "mentions";
    case Level::Stories:
      return "stories";
    default:
      return "events";
  }
}

Json column_json(sqlite3_stmt* st, int i) {
  switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
      return static_cast<int64_t>(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
      return value_json(Value(sqlite3_column_double(st, i)));
    case SQLITE_TEXT:
      return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, i)),
                         static_cast<size_t>(sqlite3_column_bytes(st, i)));
    default:
      return nullptr;
  }
}

std::string column_text(sqlite3_stmt* st, int i) {
  const unsigned char* p = sqlite3_column_text(st, i);
  return p ? std::string(reinterpret_cast<const char*>(p),
                         static_cast<size_t>(sqlite3_column_bytes(st, i)))
           : std::string();
}

// A query failure: a problem with a parameter (an FTS5 syntax error: "text: ...") is the
// caller's (400), anything else ours (500).
void send_query_error(httplib::Response& res, const EventFilter& f, const std::string& error) {
  std::string message = filter_problem_message(error);
  bool text_error = !f.text.empty() && (message.rfind("bad parameter 'q'", 0) == 0 ||
                                        error.find("fts5") != std::string::npos ||
                                        error.find("MATCH") != std::string::npos);
  if (text_error)
    send_error(res, 400,
               message.rfind("bad parameter", 0) == 0 ? message : "bad parameter 'q': " + error);
  else if (message.rfind("bad parameter", 0) == 0)
    send_error(res, 400, message);
  else
    send_error(res, 500, "query failed: " + error);
}

std::string label_of(const ApiState& st, const std::string& code) {
  if (!st.cameo) return {};
  const CameoInfo* info = st.cameo->find(code);
  return info ? info->label : std::string();
}

// A listing row as an object; events get their CAMEO label after the code.
Json table_row(const ApiState& st, const Table& t, const std::vector<Value>& row, bool with_label) {
  Json out = Json::object();
  for (size_t c = 0; c < t.columns.size() && c < row.size(); ++c) {
    out[t.columns[c]] = value_json(row[c]);
    if (with_label && t.columns[c] == "code" && std::holds_alternative<std::string>(row[c])) {
      std::string label = label_of(st, std::get<std::string>(row[c]));
      out["label"] = label.empty() ? Json(nullptr) : Json(label);
    }
  }
  return out;
}

constexpr const char* kMentionSql =
    "SELECT m.id, m.event_id, m.article_id, m.sentence_idx, m.date, m.article_date, m.source,"
    " m.target, m.code, m.root, m.quad, m.goldstein, m.status, m.attributed_to, m.historical,"
    " m.place, m.country, m.admin1, m.lat, m.lon, m.precision, m.confidence, m.outlet, a.url,"
    " a.title, s.text, s.begin, m.event_json"
    " FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
    " JOIN articles a ON a.id = m.article_id WHERE m.id = ?1";

// The full mention row of docs/api.md; nullopt when the id is not (or no longer) stored.
std::optional<Json> mention_row(ApiState& st, Reader& reader, const std::string& id,
                                std::string& error) {
  sqlite3_stmt* q = reader.statement(kMentionSql, error);
  if (!q) return std::nullopt;
  sqlite3_bind_text(q, 1, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
  if (sqlite3_step(q) != SQLITE_ROW) return std::nullopt;
  Json row = Json::object();
  static const char* kNames[] = {
      "id",           "event_id",   "article_id", "sentence_idx",  "date",
      "article_date", "source",     "target",     "code",          "root",
      "quad",         "goldstein",  "status",     "attributed_to", "historical",
      "place",        "country",    "admin1",     "lat",           "lon",
      "precision",    "confidence", "outlet",     "url",           "title"};
  for (int i = 0; i < 25; ++i) {
    row[kNames[i]] = column_json(q, i);
    if (i == 8) {
      std::string label = label_of(st, column_text(q, 8));
      row["label"] = label.empty() ? Json(nullptr) : Json(label);
    }
  }
  row["historical"] = sqlite3_column_int(q, 14) != 0;
  std::string sentence = column_text(q, 25);
  int64_t sentence_begin = sqlite3_column_int64(q, 26);
  Json event = Json::parse(column_text(q, 27), nullptr, false);
  if (event.is_discarded()) event = nullptr;
  row["sentence"] = sentence;
  Json segments = Json::array();
  for (const Segment& s : sentence_segments(sentence, sentence_begin, event)) {
    Json seg = Json::object();
    seg["text"] = s.text;
    seg["role"] = s.role;
    segments.push_back(std::move(seg));
  }
  row["segments"] = std::move(segments);
  row["evidence"] = mention_evidence(event, sentence, sentence_begin);
  row["event"] = std::move(event);
  sqlite3_reset(q);
  return row;
}

int64_t count_of(Reader& reader, const char* sql, std::string& error) {
  sqlite3_stmt* q = reader.statement(sql, error);
  if (!q) return -1;
  int64_t n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
  sqlite3_reset(q);
  return n;
}

}  // namespace

// The cache generation for a request on this connection: a change of the store since the
// connection last looked (an ingest, a stored article) makes every cached answer stale.
uint64_t cache_generation(ApiState& st, Reader& reader) {
  if (st.cache.enabled() && reader.store_changed()) st.cache.invalidate();
  return st.cache.generation();
}

// Answers from the cache when it has this request; true when it did.
bool answer_cached(ApiState& st, const httplib::Request& req, httplib::Response& res,
                   uint64_t generation) {
  auto hit = st.cache.get(req.target, generation);
  if (!hit) return false;
  res.status = 200;
  res.set_header("X-Dyad-Cache", "hit");
  res.set_content(*hit, "application/json");
  return true;
}

void answer_and_keep(ApiState& st, const httplib::Request& req, httplib::Response& res,
                     uint64_t generation, std::string body) {
  res.status = 200;
  res.set_header("X-Dyad-Cache", st.cache.enabled() ? "miss" : "off");
  res.set_content(body, "application/json");
  st.cache.put(req.target, generation, std::move(body));
}

void handle_health(ApiState& st, const httplib::Request& req, httplib::Response& res) {
  auto reader = st.pool.acquire();
  uint64_t gen = cache_generation(st, *reader);
  if (answer_cached(st, req, res, gen)) return;
  std::string error;
  int64_t articles = count_of(*reader, "SELECT count(*) FROM articles", error);
  int64_t mentions = count_of(*reader, "SELECT count(*) FROM mentions", error);
  int64_t events = count_of(*reader, "SELECT count(*) FROM events", error);
  if (articles < 0 || mentions < 0 || events < 0)
    return send_error(res, 500, "store unreadable: " + error);
  Json body = Json::object();
  body["status"] = "ok";
  body["version"] = version();
  body["articles"] = articles;
  body["mentions"] = mentions;
  body["events"] = events;
  answer_and_keep(st, req, res, gen, dump(body));
}

void handle_events(ApiState& st, const httplib::Request& req, httplib::Response& res) {
  auto q = parse_list_query(request_params(req));
  if (!q) return send_error(res, 400, q.error());
  auto reader = st.pool.acquire();
  uint64_t gen = cache_generation(st, *reader);
  if (answer_cached(st, req, res, gen)) return;
  auto table = list_events(reader->store(), *q, reader->queries());
  if (!table) return send_query_error(res, q->filter, table.error());
  int64_t total = table->total >= 0 ? table->total : static_cast<int64_t>(table->rows.size());
  std::string body = std::string("{\"level\":\"") + level_name(q->level) +
                     "\",\"total\":" + std::to_string(total) +
                     ",\"limit\":" + std::to_string(q->limit) +
                     ",\"offset\":" + std::to_string(q->offset) + ",\"rows\":";
  if (q->level == Level::Mentions) {
    // A mention row is mostly its event JSON and evidence: built as a document.
    Json rows = Json::array();
    size_t id_col = table->columns.size();
    for (size_t c = 0; c < table->columns.size(); ++c)
      if (table->columns[c] == "id") id_col = c;
    for (const auto& row : table->rows) {
      if (id_col < row.size() && std::holds_alternative<std::string>(row[id_col])) {
        std::string error;
        if (auto full = mention_row(st, *reader, std::get<std::string>(row[id_col]), error)) {
          rows.push_back(std::move(*full));
          continue;
        }
        if (!error.empty()) return send_error(res, 500, "query failed: " + error);
      }
      rows.push_back(table_row(st, *table, row, true));
    }
    body += dump(rows);
  } else {
    body.reserve(body.size() + table->rows.size() * 400);
    ExtraMembers label;
    if (q->level == Level::Events)
      label = [&st](std::string& out, const std::string& column, const Value& v) {
        if (column != "code" || !std::holds_alternative<std::string>(v)) return;
        std::string text = label_of(st, std::get<std::string>(v));
        out += ",\"label\":";
        if (text.empty())
          out += "null";
        else
          append_json_string(out, text);
      };
    append_table_rows(body, *table, label);
  }
  body += '}';
  answer_and_keep(st, req, res, gen, std::move(body));
}

void handle_aggregate(ApiState& st, const httplib::Request& req, httplib::Response& res) {
  auto q = parse_aggregate_query(request_params(req));
  if (!q) return send_error(res, 400, q.error());
  auto reader = st.pool.acquire();
  uint64_t gen = cache_generation(st, *reader);
  if (answer_cached(st, req, res, gen)) return;
  auto table = aggregate_events(reader->store(), *q);
  if (!table) return send_query_error(res, q->filter, table.error());
  std::string body = "{\"by\":[";
  for (size_t i = 0; i < q->by.size(); ++i) {
    if (i) body += ',';
    append_json_string(body, q->by[i]);
  }
  body += std::string("],\"level\":\"") + level_name(q->level) + "\",\"rows\":";
  append_table_rows(body, *table);
  body += '}';
  answer_and_keep(st, req, res, gen, std::move(body));
}

namespace {

// Codes starting with the prefix ("FRA" -> FRA, FRAGOV, FRAMIL); "---" (no actor) left out.
constexpr const char* kActorsByCodeSql =
    "SELECT code, SUM(n) AS events, SUM(s) AS as_source, SUM(t) AS as_target FROM ("
    " SELECT source AS code, COUNT(*) AS n, COUNT(*) AS s, 0 AS t FROM events"
    "  WHERE source >= ?1 AND source < ?2 GROUP BY source"
    " UNION ALL"
    " SELECT target, COUNT(*), 0, COUNT(*) FROM events"
    "  WHERE target >= ?1 AND target < ?2 GROUP BY target)"
    " WHERE code <> '---' GROUP BY code ORDER BY events DESC, code LIMIT ?3";

// Codes whose dictionary phrases (the evidence of their mentions) contain the text.
constexpr const char* kActorsByPhraseSql =
    "SELECT code, COUNT(DISTINCT event_id) AS events,"
    " COUNT(DISTINCT CASE WHEN side = 's' THEN event_id END) AS as_source,"
    " COUNT(DISTINCT CASE WHEN side = 't' THEN event_id END) AS as_target FROM ("
    " SELECT m.source AS code, m.event_id, 's' AS side FROM mentions m,"
    "  json_each(m.event_json, '$.evidence.source.entries') j"
    "  WHERE json_extract(j.value, '$.phrase') LIKE ?1 ESCAPE '\\'"
    " UNION ALL"
    " SELECT m.target, m.event_id, 't' FROM mentions m,"
    "  json_each(m.event_json, '$.evidence.target.entries') j"
    "  WHERE json_extract(j.value, '$.phrase') LIKE ?1 ESCAPE '\\')"
    " WHERE code <> '---' GROUP BY code ORDER BY events DESC, code LIMIT ?2";

bool is_code_prefix(const std::string& q) {
  for (char c : q)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

bool collect_actors(sqlite3_stmt* q, Json& rows) {
  int rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    Json row = Json::object();
    row["code"] = column_text(q, 0);
    row["events"] = static_cast<int64_t>(sqlite3_column_int64(q, 1));
    row["as_source"] = static_cast<int64_t>(sqlite3_column_int64(q, 2));
    row["as_target"] = static_cast<int64_t>(sqlite3_column_int64(q, 3));
    rows.push_back(std::move(row));
  }
  sqlite3_reset(q);
  return rc == SQLITE_DONE;
}

}  // namespace

void handle_actors(ApiState& st, const httplib::Request& req, httplib::Response& res) {
  auto q = parse_actor_query(request_params(req));
  if (!q) return send_error(res, 400, q.error());
  auto reader = st.pool.acquire();
  uint64_t gen = cache_generation(st, *reader);
  if (answer_cached(st, req, res, gen)) return;
  std::string error;
  Json rows = Json::array();
  const char* match = "code";
  if (is_code_prefix(q->q)) {
    std::string lo = q->q;
    for (char& c : lo)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    std::string hi = lo + "\x7f";
    sqlite3_stmt* s = reader->statement(kActorsByCodeSql, error);
    if (!s) return send_error(res, 500, "query failed: " + error);
    sqlite3_bind_text(s, 1, lo.data(), static_cast<int>(lo.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 2, hi.data(), static_cast<int>(hi.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 3, q->limit);
    if (!collect_actors(s, rows))
      return send_error(res, 500,
                        "query failed: " + std::string(sqlite3_errmsg(reader->store().db())));
  }
  if (rows.empty() && !q->q.empty()) {
    match = "phrase";
    std::string like = "%";
    for (char c : q->q) {
      if (c == '%' || c == '_' || c == '\\') like += '\\';
      like += c;
    }
    like += '%';
    sqlite3_stmt* s = reader->statement(kActorsByPhraseSql, error);
    if (!s) return send_error(res, 500, "query failed: " + error);
    sqlite3_bind_text(s, 1, like.data(), static_cast<int>(like.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 2, q->limit);
    if (!collect_actors(s, rows))
      return send_error(res, 500,
                        "query failed: " + std::string(sqlite3_errmsg(reader->store().db())));
  }
  Json body = Json::object();
  body["q"] = q->q;
  body["match"] = match;
  body["rows"] = std::move(rows);
  answer_and_keep(st, req, res, gen, dump(body));
}

}  // namespace dyad::server
