// Readers for articles (JSON Lines, plain text, PETRARCH XML, TABARI records) and writers for
// events. Readers never throw on bad input: a bad record becomes a Problem naming the record,
// is skipped, and reading goes on.
#pragma once
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "dyad/article.h"
#include "dyad/event.h"
#include "dyad/result.h"

namespace dyad {

enum class InputFormat { Auto, Jsonl, Text, PetrXml, Tabari };

struct ReaderOptions {
  InputFormat format = InputFormat::Auto;
  std::string default_date;             // --date, YYYY-MM-DD; used when a record has none
  size_t max_record_bytes = 16u << 20;  // a record over this is skipped with a problem
  size_t max_article_bytes = 1u << 20;  // a longer text is cut (with a warning) and coded
};

// Something wrong with one input record. `record` names it: "input.jsonl:12 (id=abc)".
struct Problem {
  std::string record;
  std::string message;
  bool fatal_for_record = true;  // false: only a warning (e.g. text cut), the record is kept
};

class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // Reads the next good article into `out`; bad records on the way are appended to
  // `problems` and skipped. Returns false at the end of the input.
  virtual bool next(Article& out, std::vector<Problem>& problems) = 0;
};

// `name` is used in messages ("-" for stdin). With InputFormat::Auto the format is sniffed
// from the first bytes ('{' -> JSON Lines, '<' -> PETRARCH XML, a "YYMMDD id" first line ->
// TABARI, else plain text). The stream must outlive the reader.
//  - JSON Lines: {id, date?, text, source?, url?, title?}; other keys are ignored; blank lines
//    are skipped; Article::origin = "name:line".
//  - Plain text: the whole input is one article, id = basename of `name` ("stdin" for "-").
//  - PETRARCH XML: each <Sentence id date [source]> with a non-empty <Text> is an article
//    (text whitespace-normalised); the document is parsed whole, so one larger than
//    64 * max_record_bytes is refused.
//  - TABARI: blank-line separated records, header "YYMMDD id" / "YYYYMMDD id", then text.
// In every format a record without a date takes default_date; without either it is skipped.
std::unique_ptr<ArticleReader> open_reader(std::istream& in, const std::string& name,
                                           const ReaderOptions& opts);

// ---- writers ----------------------------------------------------------------------------

// One JSON object per line: {"type":"event", "id", "article", "sentence", "text", "date",
// "source", "target", "code", "root", "quad", "goldstein", "evidence", "coder"}.
void write_event_jsonl(std::ostream& out, const Event& e);
// {"type":"quantity", "article", "sentence", "text", "what", "value", "approximate", "bound",
// "actor", "location", "span"}: a number that no event of its clause carries.
void write_quantity_jsonl(std::ostream& out, const Quantity& q);
// PLOVER JSON Lines: {"id","event_date","actor","recipient","event","mode","context",
// "cameo","location","article","sentence","text"}; nothing for codes PLOVER does not map.
void write_event_plover(std::ostream& out, const Event& e);
// Tab-separated: id article sentence date source target code root quad goldstein text.
// Tabs and line breaks inside a field become spaces; absent quad/goldstein are empty fields.
void write_event_tsv_header(std::ostream& out);
void write_event_tsv(std::ostream& out, const Event& e);
// Escapes a string for JSON (UTF-8 kept, control characters escaped, ill-formed UTF-8 bytes
// replaced by U+FFFD so the output is always valid JSON).
std::string json_escape(const std::string& s);

// ---- PETRARCH validation files ------------------------------------------------------------

struct ExpectedCoding {
  // As written inside the XML quotes: sourcecode='"INJURY TOLL"' gives "\"INJURY TOLL\"".
  std::string source, target, code;
};

struct ValidationRecord {
  std::string id, category, date;  // date as written (YYYYMMDD)
  std::string text;                // whitespace-normalised sentence text
  std::vector<ExpectedCoding> expected;
  bool expect_no_events = false;  // <EventCoding noevents="True">
  std::string expect_error;       // <EventCoding error="...">
  // <Config option=... value=...> elements seen before this record (since the previous one).
  std::vector<std::pair<std::string, std::string>> config;
  int line = 0;
};

struct ValidationFile {
  std::string verbfile, actorfile, agentfile, discardfile;  // as named in <Environment>
  std::vector<std::string> include;                         // categories to run
  std::vector<std::pair<std::string, std::string>> config;  // <Environment> configs
  std::vector<ValidationRecord> records;
  std::vector<Problem> problems;
};

Result<ValidationFile> read_validation_file(const std::string& path);

}  // namespace dyad
