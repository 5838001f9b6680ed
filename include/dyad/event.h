// A coded event and the evidence that explains it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dyad {

// Byte offsets into Article::text, [begin, end). An empty span (begin == end) means "none".
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin == end; }
};

// Which dictionary entry fired, and where it came from ("Phoenix.agents.txt:812").
struct EntryRef {
  std::string phrase;  // the dictionary phrase as written ("FRENCH", "TROOPS")
  std::string code;    // the code it contributed ("FRA", "~MIL")
  std::string origin;  // file:line
};

struct Evidence {
  Span source, target, verb;
  Span date;  // the time expression that dated the event; empty when it took the article date
  std::vector<EntryRef> source_entries;
  std::vector<EntryRef> target_entries;
  EntryRef verb_entry;   // the verb form and its block code
  EntryRef pattern;      // the pattern that decided the code (phrase = pattern text), may be empty
};

// A number tied to an actor and to what it counts: "about 4,300 troops", "killed at least 12
// soldiers". Attached to the event of its clause, or emitted on its own as a "quantity" record.
struct Quantity {
  std::string what;            // "troops", "killed", "wounded", "kidnapped", "arrested",
                               // "displaced", "refugees", "people", ... (lowercase)
  double value = 0;            // 4300
  bool approximate = false;    // about, around, some, nearly, an estimated
  std::string bound;           // "", "at_least" (at least, more than, over), "up_to"
  std::string actor;           // actor code it belongs to, "" when unknown
  std::string location_country;  // ISO alpha-2 when the text places it ("2,400 in Mali")
  Span span;                   // the number and what it counts
  // For stand-alone records:
  std::string article;
  int sentence = 0;
  std::string text;
};

// Where an event (or an actor) took place, from the gazetteer.
struct EventLocation {
  std::string name;         // "Gao"
  std::string country;      // ISO 3166-1 alpha-2, "" for a region across countries
  std::string admin1;       // ISO 3166-2 code when known
  double lat = 0, lon = 0;
  std::string precision;    // "city", "admin2", "admin1", "country", "region"; "" = unknown
  double confidence = 0;
  Span span;                // the mention; empty when it is the article's main place
  std::string basis;        // "clause", "sentence" or "article"
  bool known() const { return !precision.empty(); }
};

struct Event {
  std::string id;        // stable hash of article id, sentence index and spans
  std::string article;   // input article id
  int sentence = 0;      // sentence index within the article
  std::string text;      // the sentence verbatim
  std::string date;      // YYYY-MM-DD: the event's own date (time expressions resolved)
  std::string article_date;  // YYYY-MM-DD: the article's date
  bool historical = false;   // the text places the event years before the article
  // What the text claims: "happened", "announced" (reported as planned), "intended" ("will
  // withdraw"), "demanded", "denied", "conditional", "hypothetical".
  std::string status = "happened";
  std::string attributed_to;  // actor code of whoever reported or claimed it ("" = the text)
  Span attribution;           // the reporting verb ("says", "accuses")
  std::vector<Quantity> quantities;  // numbers of its clause ("killed at least 12 soldiers")
  EventLocation location;            // where it happened
  // PLOVER reading of the code (data/tables/cameo_plover.tsv); event empty when unmapped.
  std::string plover_event, plover_mode;
  std::vector<std::string> plover_context;
  EventLocation source_location, target_location;  // "Malian troops in Gao" 
  std::string source;    // actor code, e.g. "FRAGOV"
  std::string target;
  std::string code;      // event code as a string with leading zeros ("0874"); opaque
  std::string root;      // first two digits when the code is in the CAMEO table, else empty
  std::optional<int> quad;          // 1..4, empty for codes not in the table
  std::optional<double> goldstein;  // empty for codes not in the table
  Evidence evidence;
  std::string coder;     // "dyad 0.1.0 dict:abcd1234"
};

}  // namespace dyad
