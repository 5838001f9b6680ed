// Dictionaries: actors, agents, verbs (with patterns and synsets) and discards, read from the
// TABARI / PETRARCH formats (and later dyad's own), then compiled into read-only indexes that
// all worker threads share.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/huge_pages.h"
#include "dyad/result.h"
#include "dyad/string_table.h"
#include "dyad/token.h"

namespace dyad {

// A problem found while loading: "file:line: message". Loading never stops on one.
struct Diagnostic {
  std::string origin;  // "Phoenix.agents.txt:812"
  std::string message;
};

// A dictionary phrase split into uppercase words the way the tokenizer splits text:
// "MINAS_TIRITH" -> {"MINAS","TIRITH"}, "CHINA'S" -> {"CHINA","'S"}. The trailing '_'
// (PETRARCH's "exact word" mark) is dropped.
struct Phrase {
  std::vector<std::string> words;
  std::string text;    // as written in the file
  std::string origin;  // file:line
};

// Splits dictionary text into uppercase words the way the tokenizer splits text (Penn style):
// '_' and whitespace separate words; a trailing '_' is dropped; "'S", "N'T" and the plural
// possessive "'" become words of their own ("CHINA'S" -> CHINA 'S, "DON'T" -> DO N'T);
// '(' ')' '"' and ',' (except between digits) are words of their own; '.', '-', '/' stay
// inside words ("U.S.", "BARAD-DUR", "F/A-18"). Only ASCII letters are uppercased.
std::vector<std::string> phrase_words(std::string_view text);
// A Phrase from text as written: words from phrase_words, text trimmed.
Phrase make_phrase(std::string_view text, std::string origin);

// ---- actors ---------------------------------------------------------------------------

// One code rule: [FRAGOV], [FRAGOV >170514], [HOB < 950601], [USAGOV 090120-170120],
// [FRO/BIL/SAM] (several codes at once).
struct ActorCode {
  std::vector<std::string> codes;
  int from = 0;       // inclusive yyyymmdd
  int to = 99999999;  // inclusive yyyymmdd
  bool restricted = false;
  std::string origin;
};

struct ActorEntry {
  std::vector<Phrase> phrases;   // the name first, then its '+' synonyms
  std::vector<ActorCode> codes;  // file order
  // Codes in force on `date` (yyyymmdd): the first restricted rule whose interval holds the
  // date, else the first unrestricted rule, else nullptr (the actor has no code then).
  // A date <= 0 (unknown) skips the restricted rules.
  const ActorCode* codes_at(int date) const;
};

// Parses the inside of one actor code bracket ("HOB < 950601", "FRO/BIL/SAM",
// "USAGOV 090120-170120"): codes uppercased, "<D" -> to = D-1, ">D" -> from = D+1 (dates are
// compared as yyyymmdd integers, so D-1 / D+1 need not be calendar dates), "A-B" inclusive.
// Returns false and sets `error` when the code or date is malformed.
bool parse_actor_code(std::string_view inside, ActorCode& out, std::string& error);

// ---- agents ---------------------------------------------------------------------------

struct AgentEntry {
  std::vector<Phrase> phrases;  // the name, its plurals (generated or given) and macro expansions
  std::string code;             // without the '~': "GOV", "NGO"
  bool prefix = false;          // [NGO~] goes before the actor code; [~GOV] after
  std::string origin;
};

// ---- discards -------------------------------------------------------------------------

struct DiscardEntry {
  Phrase phrase;
  bool story = false;  // '+' in the file: discard the whole story, else only the sentence
};

// ---- verbs ----------------------------------------------------------------------------

enum class PatKind : uint8_t {
  Word,      // a literal uppercase word
  Synset,    // &NAME: any member of the synset
  Source,    // $  the source actor is found here
  Target,    // +  the target actor is found here
  Skip,      // ^  an actor here is skipped
  Compound,  // %  a compound actor ("X and Y") here
};

// A PETRARCH-2 group: "( ... )" is a prepositional phrase, "{ ... }" a noun phrase; a noun
// phrase may sit inside a prepositional phrase: "(OF {BANNED PARTIES})".
struct PatGroup {
  bool prepositional = false;
  int parent = 0;  // the enclosing group's number, 0 when at top level
};

struct PatElem {
  PatKind kind = PatKind::Word;
  std::string word;  // Word: the word; Synset: the synset name without '&'
  // The connector between this element and its neighbour on the verb side was '_'
  // (must be adjacent) rather than a space (other words may come between).
  bool tight = false;
  // PETRARCH-2 grouping: inside "( ... )" (a prepositional phrase) or "{ ... }" (a noun
  // phrase); 0 when not grouped, else a group number unique within the pattern.
  int group = 0;
  // Word: the word's id in CompiledDictionaries::words (set by compile()).
  uint32_t word_id = 0xFFFFFFFFu;
  // Synset: index into DictionarySet::synsets (set by compile()), or -1 when undefined.
  int synset = -1;
};

struct Pattern {
  std::vector<PatElem> pre;      // elements before the '*', left to right
  std::vector<PatElem> post;     // elements after the '*', left to right
  std::vector<PatGroup> groups;  // groups[g - 1] describes group number g
  std::string code;              // as written between [ ]: "064", "042:043", ":173", "---"
  std::string text;              // the pattern line as written (without the comment)
  std::string origin;            // file:line
  // Word ids of the literal words the pattern needs (set by compile()): a sentence that lacks
  // one of them cannot match, which saves trying it.
  std::vector<uint32_t> required_words;
};

// One way a verb appears in text. Multi-word verbs keep the other words adjacent:
// "+CORDONED_OFF" -> words {CORDONED, OFF}, head 0; "WIRE_+TAPPED" -> {WIRE, TAPPED}, head 1.
struct VerbForm {
  std::vector<std::string> words;
  int head = 0;
  bool regular = false;  // generated by rule (TAKES, TAKED...), not written in the file
};

// Regular English forms of a verb word: 3rd person (S/ES/IES), past (ED/D/IED, plus the
// doubled-consonant variant after a final consonant-vowel-consonant: STOPPED), gerund
// (ING, dropping a final E, IE -> YING, plus the doubled variant). The base is not included.
std::vector<std::string> regular_verb_forms(std::string_view base);
// Regular English plural of a noun: S; ES after S/X/Z/CH/SH; IES after consonant+Y;
// -MAN -> -MEN (except HUMAN, GERMAN...). Empty when the word does not end in a letter.
std::string regular_plural(std::string_view noun);

struct VerbEntry {
  std::string name;             // as written: "BREAK", "+CORDON_OFF", "LASH OUT"
  std::string lemma;            // uppercase base form of the head word ("BREAK", "CORDON")
  std::vector<VerbForm> forms;  // base + generated regular forms + given irregular forms
  std::string code;             // the entry's own code if it has one, else the block's
  int block = -1;               // index into VerbDictionary::blocks
  std::string origin;
};

struct VerbBlock {
  std::string name;               // "--- ABANDON [080] ---" -> "ABANDON"
  std::string code;               // "080", "---"
  std::vector<Pattern> patterns;  // file order
  std::string origin;
};

struct Synset {
  std::string name;  // without '&' and trailing '_'
  // Each member as consecutive words; members naming another synset (+&OTHER) are expanded
  // in place, and regular plurals of the last word follow each member unless the name or the
  // member ends in '_' (PETRARCH's "no plural" mark).
  std::vector<std::vector<std::string>> members;
  std::vector<std::vector<uint32_t>> member_ids;  // the same as word ids (set by compile())
  // (first word id, member index) and (last word id, member index), sorted: the members that
  // can start or end at a token, found by binary search (set by compile()).
  std::vector<std::pair<uint32_t, uint32_t>> by_first, by_last;
  std::string origin;
};

// PETRARCH-2 verb transformation ("~ a (a b ATTACK) SAY = a b 015"), kept as written.
struct VerbTransform {
  std::vector<std::string> pattern;  // {"a", "(a", "b", "ATTACK)", "SAY"}
  std::vector<std::string> result;   // {"a", "b", "015"}
  std::string origin;
};

// ---- events said as nouns ------------------------------------------------------------------

// "the withdrawal of French troops from Mali": after the noun, "of" introduces the source and
// "from" the target. `role` is Source ($), Target (+) or Compound (% : both directions).
struct NounFrame {
  std::string prep;  // uppercase preposition: "OF", "WITH", "BETWEEN"
  PatKind role = PatKind::Target;
};

struct NounEvent {
  std::vector<Phrase> phrases;  // the noun(s) and their plurals
  std::string code;             // event code, may be paired ("036:036")
  std::vector<NounFrame> frames;
  std::string origin;           // file:line
};

// ---- the whole set ----------------------------------------------------------------------

struct DictionarySet {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<DiscardEntry> discards;
  std::vector<VerbBlock> verb_blocks;
  std::vector<VerbEntry> verbs;
  std::vector<Synset> synsets;
  std::vector<NounEvent> nouns;         // native format only
  std::vector<VerbTransform> transforms;
  std::vector<Diagnostic> diagnostics;  // every malformed entry, with file:line
  std::vector<std::string> files;       // files loaded (paths; names for parse_*), in order
  // 64-bit FNV-1a over the bytes of every file (or string) parsed, in order.
  uint64_t content_hash = 14695981039346656037ull;
};

// Each loader appends to `set` and records problems in set.diagnostics; a file that cannot
// be opened is an Error. Later entries override earlier ones only in the sense that every
// entry is kept and lookups prefer later files for identical phrases (user files last).
Result<bool> load_actors(const std::string& path, DictionarySet& set);
Result<bool> load_agents(const std::string& path, DictionarySet& set);
Result<bool> load_discards(const std::string& path, DictionarySet& set);
// Reads both the PETRARCH-2 verb format (CAMEO.2.0.txt) and the older TABARI-style pattern
// format (CAMEO.verbpatterns.*.txt, PETR.Validate.verbs.txt).
Result<bool> load_verbs(const std::string& path, DictionarySet& set);

// dyad's native format (docs/dictionary-format.md): one TAB-separated record per line
// (actor, agent, discard, synset, verb, pattern, noun), phrases split by dyad's tokenizer,
// verb inflections generated (regular rules plus WordNet's irregular forms). Any problem
// skips its whole line with a diagnostic. A pattern may name a verb block or synset defined
// anywhere in the same file or in a file loaded before it.
Result<bool> load_native(const std::string& path, DictionarySet& set);

// Same, from a string (for tests and fuzzing); `name` stands in for the file name.
// Diagnostics and origins name the file by its base name ("Phoenix.agents.txt:812").
void parse_actors(std::string_view text, const std::string& name, DictionarySet& set);
void parse_agents(std::string_view text, const std::string& name, DictionarySet& set);
void parse_discards(std::string_view text, const std::string& name, DictionarySet& set);
void parse_verbs(std::string_view text, const std::string& name, DictionarySet& set);
void parse_native(std::string_view text, const std::string& name, DictionarySet& set);

// ---- which files --------------------------------------------------------------------------

// The dictionaries one run uses.
struct DictionarySources {
  std::vector<std::string> actors, agents, verbs, discards;  // TABARI / PETRARCH formats
  std::vector<std::string> dicts;                            // dyad's native format
  bool no_default_dicts = false;
};

// Loads every dictionary into `set`, in this order (later files override earlier ones):
// unless no_default_dicts, the native *.dyad files of data_path("dict") and then of
// data_path("generated"), each folder sorted by name, then the legacy PETRARCH-format starter
// files data/dict/dyad.{actors,agents,verbs,discards}.txt that exist; then the user's actors,
// agents, verbs, discards files and last the native `dicts`. Diagnostics stay in
// set.diagnostics. An Error names the first file that cannot be read.
Result<bool> load_sources(const DictionarySources& sources, DictionarySet& set);

// ---- compiled indexes -------------------------------------------------------------------

// Interned uppercase words. The compiled tries share one table, so a caller can turn a
// sentence's tokens into word ids once and walk every trie with them.
class WordTable {
 public:
  static constexpr uint32_t kUnknown = 0xFFFFFFFFu;
  uint32_t intern(std::string_view word);
  uint32_t find(std::string_view word) const;  // kUnknown when absent
  // find() for each token's Token::upper.
  std::vector<uint32_t> ids(const std::vector<Token>& toks) const;
  // The same into `out` (cleared first), reusing its storage.
  void ids(const std::vector<Token>& toks, std::vector<uint32_t>& out) const;
  std::string_view word(uint32_t id) const { return words_.at(id); }
  size_t size() const { return words_.size(); }

 private:
  StringTable ids_;                // word -> id (StringTable::kMissing == kUnknown)
  std::deque<std::string> words_;  // by id; a deque keeps word() views valid while interning
};

// A trie over uppercase words: finds the longest dictionary phrase starting at a token.
class PhraseTrie {
 public:
  PhraseTrie();  // with a word table of its own
  // Tries built with the same table share word ids.
  explicit PhraseTrie(std::shared_ptr<WordTable> words);
  void add(const std::vector<std::string>& words, uint32_t id);
  struct Match {
    uint32_t length = 0;                         // tokens covered; 0 = no match
    const std::vector<uint32_t>* ids = nullptr;  // entries whose phrase this is, in the order
                                                 // added (later files last)
  };
  // Longest match of a phrase starting at toks[i], comparing Token::upper.
  Match longest_at(const std::vector<Token>& toks, size_t i) const;
  // Every match starting at toks[i], longest first.
  std::vector<Match> all_at(const std::vector<Token>& toks, size_t i) const;
  // The same over word ids from words().ids(toks) (no string hashing per step).
  Match longest_at(const std::vector<uint32_t>& word_ids, size_t i) const;
  std::vector<Match> all_at(const std::vector<uint32_t>& word_ids, size_t i) const;
  // The same into `out` (cleared first), reusing its storage.
  void all_at(const std::vector<uint32_t>& word_ids, size_t i, std::vector<Match>& out) const;
  // Entries whose phrase is exactly `words`, or nullptr.
  const std::vector<uint32_t>* find(const std::vector<std::string>& words) const;
  size_t size() const { return ids_.size(); }  // nodes, the root included
  size_t phrases() const { return phrases_; }  // distinct phrases added
  const WordTable& words() const { return *words_; }

 private:
  static constexpr uint32_t kNoNode = 0xFFFFFFFFu;
  uint32_t child(uint32_t node, uint32_t word) const;
  uint32_t add_child(uint32_t node, uint32_t word);
  void grow_edges();

  bool may_start(uint32_t word) const {
    return word / 64 < first_words_.size() && (first_words_[word / 64] >> (word % 64) & 1);
  }

  std::shared_ptr<WordTable> words_;
  // Bit set over word ids: the first words of the phrases added. Most tokens start no phrase,
  // and this answers them without probing the edge table.
  std::vector<uint64_t> first_words_;
  // The root's children by first word id (kNoNode when none): every token is a candidate
  // start, and a dense array finds its node with one access instead of a probe in the edge
  // table, whose size makes nearly every probe a cache miss.
  std::vector<uint32_t> root_children_;
  bool terminal(uint32_t node) const { return terminal_[node / 64] >> (node % 64) & 1; }

  // Edges in one open-addressing table keyed by (node << 32 | word id): compact, no
  // per-node allocation, and a probe reads key and child from the same cache line.
  struct Edge {
    uint64_t key;
    uint32_t child;
  };
  std::vector<Edge, HugePageAllocator<Edge>> edges_table_;
  size_t edges_ = 0;
  std::vector<std::vector<uint32_t>> ids_{1};  // per node; the root is node 0
  // Bit set over nodes: those that end a phrase (non-empty ids_), read without touching ids_.
  std::vector<uint64_t> terminal_{0};
  size_t phrases_ = 0;
};

// Everything the coder needs, built once from a DictionarySet and shared read-only.
struct CompiledDictionaries {
  DictionarySet set;
  std::shared_ptr<WordTable> words;  // shared by the four tries
  PhraseTrie actors;                 // ids index set.actors
  PhraseTrie agents;                 // ids index set.agents
  PhraseTrie discards;               // ids index set.discards
  PhraseTrie verbs;  // ids index set.verbs (every form; the trie key is the form's words)
  PhraseTrie nouns;  // ids index set.nouns
  std::unordered_map<std::string, uint32_t> verb_by_lemma;  // single-word lemma -> verb id
  std::unordered_map<std::string, uint32_t> synset_by_name;
  // True when every one-word verb form has its head at 0 (always, for forms the loaders
  // make): the verb finder then needs no search for the head of a one-word match.
  bool one_word_heads_zero = false;
  // For each verb block, its patterns sorted most specific first (more literal elements
  // first, then file order): indexes into VerbBlock::patterns.
  std::vector<std::vector<uint32_t>> pattern_order;
  // Per word id: kStartsSynsetMember when the word begins a member of some synset,
  // kEndsSynsetMember when it ends one (set by compile()). Most words are neither, which lets
  // the pattern matcher skip the synset look-up.
  static constexpr uint8_t kStartsSynsetMember = 1, kEndsSynsetMember = 2;
  std::vector<uint8_t> synset_word_flags;
  // Per word id, the synsets with a member that starts or ends with it:
  // synsets_of_word[synsets_of_word_begin[w] .. synsets_of_word_begin[w + 1]) (set by compile()).
  std::vector<uint32_t> synsets_of_word_begin;
  std::vector<uint32_t> synsets_of_word;

  // A 256-bit summary of what a pattern needs (its literal words and its synsets) or of what
  // a sentence offers (its words and the synsets they can start or end): a pattern whose bits
  // are not all in the sentence's cannot match, so the matcher skips it unseen.
  struct PatternFilter {
    uint64_t bits[4] = {};
    void add_word(uint32_t word_id) { set(word_id * 0x9E3779B97F4A7C15ull); }
    void add_synset(uint32_t synset) { set((synset + 0x632BE59BD9B4E019ull) * 0xD6E8FEB86659FD93ull); }
    bool within(const PatternFilter& o) const {
      return !((bits[0] & ~o.bits[0]) | (bits[1] & ~o.bits[1]) | (bits[2] & ~o.bits[2]) |
               (bits[3] & ~o.bits[3]));
    }

   private:
    void set(uint64_t h) { bits[h >> 62] |= 1ull << ((h >> 56) & 63); }
  };
  // Per verb block, the filter of each pattern in pattern_order's order (set by compile()).
  std::vector<std::vector<PatternFilter>> pattern_filters;
  std::string hash;  // short hex digest of every loaded file's bytes, for Event::coder
                     // (16 hex digits of DictionarySet::content_hash)
};

std::shared_ptr<const CompiledDictionaries> compile(DictionarySet set);

}  // namespace dyad
