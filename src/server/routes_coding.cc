// POST /api/explain (one sentence, everything the coder saw) and POST /api/code (one article,
// optionally stored: the only route that writes, behind the write token).
#include <ctime>

#include "dyad/article.h"
#include "server/api_state.h"
#include "server/explain_view.h"

namespace dyad::server {

namespace {

// The request body as a JSON object; nullopt after answering 400.
std::optional<Json> body_object(const httplib::Request& req, httplib::Response& res) {
  Json body = Json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    send_error(res, 400, "bad body: want a JSON object (Content-Type: application/json)");
    return std::nullopt;
  }
  return body;
}

// A string field; `fallback` when absent or null. False after answering 400.
bool string_field(const Json& body, const char* key, std::string& out, httplib::Response& res,
                  bool required = false) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) {
    if (!required) return true;
    send_error(res, 400, std::string("bad field '") + key + "': required");
    return false;
  }
  if (!it->is_string()) {
    send_error(res, 400, std::string("bad field '") + key + "': want a string");
    return false;
  }
  out = it->get<std::string>();
  return true;
}

bool date_field(const Json& body, std::string& date, httplib::Response& res, bool required) {
  if (!string_field(body, "date", date, res, required)) return false;
  if (date.empty() && !required) return true;
  if (date.size() != 10 || !parse_date(date)) {
    send_error(res, 400, "bad field 'date': want a date YYYY-MM-DD");
    return false;
  }
  return true;
}

std::string today_utc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// Compares without stopping at the first difference (no timing hint about the token).
bool same_secret(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i)
    diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  return diff == 0;
}

bool coder_ready(const ApiState& st, httplib::Response& res) {
  if (st.coder) return true;
  send_error(res, 503, "the coder is not loaded (dictionaries or tagger data missing)");
  return false;
}

}  // namespace

void handle_explain(ApiState& st, const httplib::Request& req, httplib::Response& res) {
  auto body = body_object(req, res);
  if (!body) return;
  std::string sentence, date;
  if (!string_field(*body, "sentence", sentence, res, true)) return;
  if (!date_field(*body, date, res, false)) return;
  if (date.empty()) date = today_utc();
  if (sentence.find_first_not_of(" \t\r\n") == std::string::npos)
    return send_error(res, 400, "bad field 'sentence': empty");
  if (!coder_ready(st, res)) return;
  SentenceAnalysis a = st.coder->code_single(sentence, parse_date(date));
  send_json(res, 200, explain_json(a, st.coder->dictionaries(), sentence, date));
}

void handle_code(ApiState& st, const httplib::Request& req, httplib::Response& res) {
  auto body = body_object(req, res);
  if (!body) return;
  Article article;
  if (!string_field(*body, "text", article.text, res, true)) return;
  if (!date_field(*body, article.date, res, true)) return;
  if (!string_field(*body, "id", article.id, res) ||
      !string_field(*body, "source", article.source, res) ||
      !string_field(*body, "url", article.url, res) ||
      !string_field(*body, "title", article.title, res))
    return;
  bool store = false;
  if (auto it = body->find("store"); it != body->end() && !it->is_null()) {
    if (!it->is_boolean()) return send_error(res, 400, "bad field 'store': want true or false");
    store = it->get<bool>();
  }
  if (store) {
    if (st.opts.write_token.empty())
      return send_error(res, 403, "storing is disabled: start dyad serve with --write-token");
    std::string auth = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (auth.compare(0, prefix.size(), prefix) != 0 ||
        !same_secret(auth.substr(prefix.size()), st.opts.write_token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return send_error(res, 401, "storing needs the header 'Authorization: Bearer <token>'");
    }
  }
  if (!coder_ready(st, res)) return;
  if (article.id.empty()) article.id = "api-" + text_hash(article.text);
  article.origin = "POST /api/code";
  ArticleResult result = st.coder->code_article(article);

  Json out = Json::object();
  out["id"] = article.id;
  Json events = Json::array();
  for (const Event& e : result.events) events.push_back(event_json(e));
  out["events"] = std::move(events);
  out["sentences"] = result.sentences;
  out["skipped"] = result.skipped;
  out["warnings"] = result.warnings;
  out["stored"] = false;
  if (store) {
    std::vector<CodedArticle> batch;
    batch.push_back({article, std::move(result), st.coder->coder_id()});
    Result<PutStats> put = Error{""};
    {
      std::lock_guard<std::mutex> lock(st.write_mutex);
      if (st.pool.shares_writer()) {
        auto only_reader = st.pool.acquire();  // no read runs on the connection meanwhile
        put = st.store.put(batch);
      } else {
        put = st.store.put(batch);
      }
    }
    // Readers on other connections notice the change themselves; one sharing the writer's
    // connection would not.
    st.cache.invalidate();
    if (!put) return send_error(res, 500, "storing failed: " + put.error());
    out["stored"] = true;
    Json stats = Json::object();
    stats["articles"] = put->articles;
    stats["replaced"] = put->replaced;
    stats["mentions"] = put->mentions;
    stats["events_touched"] = put->events_touched;
    out["put"] = std::move(stats);
  }
  send_json(res, 200, out);
}

}  // namespace dyad::server
